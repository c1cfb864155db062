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

SnapshotRows::Version versionOf(const QSqlQuery &q)
{
    SnapshotRows::Version v;
    v.appId = q.value(0).toString();
    v.version = q.value(1).toInt();
    v.status = q.value(2).toString();
    v.decision = q.value(3).toString();
    v.submittedAt = q.value(4).toString();
    v.scenarioName = q.value(5).toString();
    v.domain = q.value(6).toString();
    v.mode = q.value(7).toString();
    v.useClass = q.value(8).toString();
    v.implementingBody = q.value(9).toString();
    v.operatorCode = q.value(10).toString();
    v.operatorName = q.value(11).toString();
    v.periodStart = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    v.periodEnd = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    if (!q.value(14).isNull())
        v.mlpsLevel = q.value(14).toInt();
    if (!q.value(15).isNull())
        v.cryptoAssessment = q.value(15).toInt() != 0;
    v.emergencyPlan = q.value(16).toInt() != 0;
    return v;
}

/** The highest versions with their monitoring columns, to @p sink or else into @p rows; the
 *  stored file only where those are unknown (none, normally: the migration fills them). The
 *  file comes in the same statement, joined only for such rows: a separate query for them
 *  read every highest version's row a second time to find none. */
Status readVersions(QSqlQuery &q, SnapshotRows &rows, SnapshotSink *sink)
{
    if (!q.exec(QStringLiteral(
            "SELECT v.app_id, v.version, v.status, v.decision, v.submitted_at, v.scenario_name, "
            "v.domain, v.mode, v.use_class, v.implementing_body, v.operator_code, "
            "v.operator_name, v.period_start, v.period_end, v.mlps_level, v.crypto_assessment, "
            "v.emergency_plan, f.source_json FROM application_versions v LEFT JOIN "
            "application_files f ON f.version_pk = v.pk AND v.mlps_level IS NULL "
            "WHERE v.is_latest = 1 ORDER BY v.app_id")))
        return queryError(q);
    while (q.next()) {
        SnapshotRows::Version v = versionOf(q);
        if (!v.mlpsLevel)
            v.sourceJson = q.value(17).toByteArray();
        if (sink)
            sink->version(std::move(v));
        else
            rows.versions.append(std::move(v));
    }
    return success();
}

/** The resources requested by the highest versions, by application and position. */
Status readRequested(QSqlQuery &q, SnapshotRows &rows, SnapshotSink *sink)
{
    if (!q.exec(QStringLiteral("SELECT v.app_id, r.name, r.registration_code, r.provider, "
                               "r.grade, r.volume, r.field_count FROM requested_resources r "
                               "JOIN application_versions v ON v.pk = r.version_pk "
                               "WHERE v.is_latest = 1 ORDER BY v.app_id, r.position")))
        return queryError(q);
    while (q.next()) {
        SnapshotRows::Requested r{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString(), q.value(5).toLongLong(),
                                  q.value(6).toInt()};
        if (sink)
            sink->requested(std::move(r));
        else
            rows.requested.append(std::move(r));
    }
    return success();
}

} // namespace

SqlSnapshotRepository::SqlSnapshotRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<SnapshotRows> SqlSnapshotRepository::read() const
{
    return read(nullptr);
}

Result<SnapshotRows> SqlSnapshotRepository::read(SnapshotSink &sink) const
{
    return read(&sink);
}

Result<SnapshotRows> SqlSnapshotRepository::read(SnapshotSink *sink) const
{
    SnapshotRows rows;
    QSqlQuery q(sql::connection(*m_db));
    q.setForwardOnly(true);

    if (!q.exec(QStringLiteral("SELECT subject, at FROM audit_events WHERE action = 'case.agree' "
                               "ORDER BY seq")))
        return queryError(q);
    while (q.next())
        rows.agreedAt.insert(q.value(0).toString(), dateTimeOf(q, 1));

    if (Status read = readVersions(q, rows, sink); !read)
        return read.error();
    if (Status read = readRequested(q, rows, sink); !read)
        return read.error();

    if (!q.exec(QStringLiteral("SELECT v.app_id, a.item_id, a.verdict FROM review_answers a "
                               "JOIN reviews r ON r.pk = a.review_pk "
                               "JOIN application_versions v ON v.pk = r.version_pk "
                               "WHERE v.is_latest = 1")))
        return queryError(q);
    while (q.next())
        rows.answers.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});

    // Only codes in the register: the first request matters for the days to register, and
    // for a code the register does not know there is none. Grouped by `code || ''`, an
    // expression no index holds: SQLite otherwise walks the requested resources in the code
    // index's order to avoid sorting, and looks up each one's version at random; in table
    // order the versions come in order too, and sorting 22,500 codes is cheap (0.3–0.6 s
    // instead of 1.2 s at 100,000 applications, 14 s instead of 35 s at 1,000,000).
    if (!q.exec(QStringLiteral("SELECT r.registration_code || '', MIN(v.submitted_at) FROM "
                               "requested_resources r JOIN application_versions v ON "
                               "v.pk = r.version_pk JOIN register_resources g ON "
                               "g.code = r.registration_code WHERE r.registration_code <> '' "
                               "GROUP BY r.registration_code || ''")))
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
