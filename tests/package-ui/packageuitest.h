// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the review export test and the package GUI test: a demo database, the demo's
// reviewer and approver with keys, and the decided cases to sign.

#include <memory>

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

#include "common/approverkeys.h"
#include "demo/demodata.h"
#include "demo/demoreviews.h"
#include "package/crypto.h"
#include "package/package.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/repositories.h"

namespace gd::test {

/** A key and a certificate valid from an hour ago for a year, naming @p name. */
inline Result<package::Signer> makeSigner(const QString &name, package::Algorithm algorithm)
{
    return testing::officerSigner(name, algorithm);
}

/** The demo data set in a fresh database at @p path, dated today. */
inline Result<std::shared_ptr<Database>> openDemoDatabase(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    if (auto loaded = demo::load(db.value(), QDate::currentDate()); !loaded)
        return loaded.error();
    return db;
}

/** The status and decision of @p id / @p version. */
inline std::pair<CaseStatus, Decision> caseOf(const std::shared_ptr<Database> &db,
                                              const QString &id, int version)
{
    const auto versions = makeApplicationStore(db)->versions(id);
    if (versions) {
        for (const VersionInfo &info : versions.value()) {
            if (info.version == version)
                return {info.status, info.decision};
        }
    }
    return {CaseStatus::Received, Decision::None};
}

/** The latest versions in @p status, as (id, version). */
inline QList<QPair<QString, int>> casesIn(const std::shared_ptr<Database> &db, CaseStatus status)
{
    InboxQuery query;
    query.statuses = {caseStatusCode(status)};
    query.sortColumn = InboxQuery::Column::Id;
    query.sortOrder = Qt::AscendingOrder;
    QList<QPair<QString, int>> cases;
    const auto rows = makeApplicationStore(db)->rows(query, 0, 1000);
    if (rows) {
        for (const InboxRow &row : rows.value()) {
            if (row.decision != Decision::Returned)
                cases.append({row.id, row.version});
        }
    }
    return cases;
}

inline QByteArray readAll(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace gd::test
