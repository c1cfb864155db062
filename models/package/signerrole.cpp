// SPDX-License-Identifier: GPL-3.0-or-later
#include "signerrole.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/identitytext.h"
#include "package/crypto.h"

namespace gd::package {

QString countersignerProblem(const Certificate &approver, const Certificate &reviewer,
                             const QByteArray &reviewJson)
{
    using identitytext::displaySafe;
    if (approver.sha256() == reviewer.sha256())
        return QCoreApplication::translate("PackageVerify",
                                           "the approver's certificate is the reviewer's: a "
                                           "countersignature needs a second officer");
    if (approver.publicKeySha256() == reviewer.publicKeySha256())
        return QCoreApplication::translate("PackageVerify",
                                           "the approver's key is the reviewer's: a "
                                           "countersignature needs a second officer");
    const QString name = approver.commonName();
    if (const QString problem = identitytext::identityProblem(name); !problem.isEmpty())
        return QCoreApplication::translate("PackageVerify",
                                           "the countersigning certificate's name \"%1\" %2")
            .arg(displaySafe(name), problem);

    const QJsonObject review = QJsonDocument::fromJson(reviewJson).object();
    const bool reviewRecord =
        review.value(QLatin1String("format")).toString() == QLatin1String("grantdesk.review/1");
    if (!review.contains(QLatin1String("approver")) && !reviewRecord)
        return {};
    const QString recorded = review.value(QLatin1String("approver")).toString();
    if (recorded.trimmed().isEmpty())
        return QCoreApplication::translate("PackageVerify",
                                           "review.json records no approver, so no one can "
                                           "countersign as the approver");
    if (const QString problem = identitytext::identityProblem(recorded); !problem.isEmpty())
        return QCoreApplication::translate("PackageVerify", "review.json: approver: \"%1\" %2")
            .arg(displaySafe(recorded), problem);
    if (identitytext::normalizedName(name) != identitytext::normalizedName(recorded))
        return QCoreApplication::translate("PackageVerify",
                                           "the countersigning certificate names %1, but "
                                           "review.json records %2 as the approver")
            .arg(displaySafe(name), displaySafe(recorded));
    return {};
}

} // namespace gd::package
