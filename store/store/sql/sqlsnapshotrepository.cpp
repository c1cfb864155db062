// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlsnapshotrepository.h"

#include <QSqlQuery>

#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/queryerror.h"

namespace gd::monitoring {
namespace {

QDateTime dateTimeOf(const QSqlQuery &q, int column)
{
    return QDateTime::fromString(q.value(column).toString(), Qt::ISODate);
}

} // namespace

SqlSnapshotRepository::SqlSnapshotRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<SnapshotRows> SqlSnapshotRepository::read() const
{
    SnapshotRows rows;
    QSqlQuery q(sql::connection(*m_db));
    q.setForwardOnly(true);

    if (!q.exec(QStringLiteral("SELECT subject, at FROM audit_events WHERE action = 'case.agree' "
                               "ORDER BY seq")))
        return queryError(q);
    while (q.next())
        rows.agreedAt.insert(q.value(0).toString(), dateTimeOf(q, 1));

    // One pass over the highest versions with the files as received (no attachment sizes
    // needed here, so not ApplicationStore::load, which asks two more queries per version).
    if (!q.exec(QStringLiteral("SELECT v.app_id, v.version, v.status, v.decision, v.submitted_at, "
                               "f.source_json FROM application_versions v JOIN application_files "
                               "f ON f.version_pk = v.pk WHERE v.is_latest = 1 ORDER BY v.app_id")))
        return queryError(q);
    while (q.next())
        rows.versions.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                              q.value(3).toString(), dateTimeOf(q, 4), q.value(5).toByteArray()});

    if (!q.exec(QStringLiteral("SELECT v.app_id, a.item_id, a.verdict FROM review_answers a "
                               "JOIN reviews r ON r.pk = a.review_pk "
                               "JOIN application_versions v ON v.pk = r.version_pk "
                               "WHERE v.is_latest = 1")))
        return queryError(q);
    while (q.next())
        rows.answers.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});

    if (!q.exec(QStringLiteral("SELECT r.registration_code, MIN(v.submitted_at) FROM "
                               "requested_resources r JOIN application_versions v ON "
                               "v.pk = r.version_pk WHERE r.registration_code <> '' "
                               "GROUP BY r.registration_code")))
        return queryError(q);
    while (q.next())
        rows.firstRequested.insert(q.value(0).toString(), dateTimeOf(q, 1));

    if (!q.exec(QStringLiteral("SELECT code, name, provider, status, registered_at, updated_at "
                               "FROM register_resources")))
        return queryError(q);
    while (q.next()) {
        RegisteredResource r;
        r.code = q.value(0).toString();
        r.name = q.value(1).toString();
        r.provider = q.value(2).toString();
        r.status =
            registrationStatusFromCode(q.value(3).toString()).value_or(RegistrationStatus::Active);
        r.registeredAt = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.updatedAt = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        rows.resources.append(r);
    }
    return rows;
}

} // namespace gd::monitoring
