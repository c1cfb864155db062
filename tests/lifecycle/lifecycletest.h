// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the life-cycle tests: a decided demo case taken through export and countersignature,
// the point where the authorization's life begins.

#include <QTemporaryDir>

#include "package/reviewexport.h"
#include "package/keystore.h"

namespace gd::test {

/** Exports @p id v1's review signed by @p reviewer into @p dir and countersigns it as
 *  @p approver; false (with a warning saying why) when either step refuses. */
inline bool countersignCase(const std::shared_ptr<Database> &db, const QString &id,
                            const package::Signer &reviewer, const package::Signer &approver,
                            const QString &dir)
{
    const QString file = dir + QStringLiteral("/") + id + QStringLiteral(".gdpkg");
    auto exported = package::exportReview(db, id, 1, reviewer, file);
    if (!exported) {
        qWarning("%s", qPrintable(exported.error().toString()));
        return false;
    }
    const QTemporaryDir trust;
    auto countersigned =
        package::countersignReviewFile(file, approver, package::TrustStore(trust.path()), db);
    if (!countersigned)
        qWarning("%s", qPrintable(countersigned.error().toString()));
    return bool(countersigned);
}

} // namespace gd::test
