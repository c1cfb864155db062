// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlsnapshotrepository.h"

#include <QSqlQuery>

#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/monitoringfacts.h"
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

/**
 * The applications monitoring judges one by one: those with a decision on any version (the
 * decided cases, and authorizations whose renewal is still pending), those a feed record names
 * (a call, incident or filing is filtered through its application), and those whose facts are
 * unknown (read from their file). Each part is read from an index; the rest of the cases are
 * counted by submissions(). The decision list is av_decided's, word for word, so that SQLite
 * uses that partial index; the statements join it with CROSS JOIN, which makes SQLite walk
 * these few applications and look up their versions, not walk every version (a plan it
 * otherwise chose; PostgreSQL plans it as an inner join). Each feed gives its applications
 * once (DISTINCT, from its app_id index) before the UNION: the UNION's own b-tree took every
 * record's id, 616,805 calls at 100,000 applications (0.19-0.39 s, against 0.07 s).
 */
const char *const kMonitored =
    "WITH monitored (app_id) AS ("
    "SELECT app_id FROM application_versions "
    "WHERE decision IN ('approved', 'conditionally_approved', 'rejected') "
    "UNION SELECT app_id FROM application_versions WHERE mlps_level IS NULL "
    "UNION SELECT c.app_id FROM (SELECT DISTINCT app_id FROM feed_calls WHERE app_id <> '') c "
    "UNION SELECT i.app_id FROM (SELECT DISTINCT app_id FROM feed_incidents WHERE app_id <> '') i "
    "UNION SELECT f.app_id FROM (SELECT DISTINCT app_id FROM feed_filings WHERE app_id <> '') f) ";

/** The highest versions with their monitoring columns, to @p sink or else into @p rows; the
 *  stored file only where those are unknown (none, normally: the migration fills them). The
 *  file comes in the same statement, joined only for such rows: a separate query for them
 *  read every highest version's row a second time to find none. */
Status readVersions(QSqlQuery &q, SnapshotRows &rows, SnapshotSink *sink)
{
    if (!q.exec(
            QString::fromLatin1(kMonitored) +
            QStringLiteral("SELECT v.app_id, v.version, v.status, v.decision, v.submitted_at, "
                           "v.scenario_name, v.domain, v.mode, v.use_class, v.implementing_body, "
                           "v.operator_code, v.operator_name, v.period_start, v.period_end, "
                           "v.mlps_level, v.crypto_assessment, v.emergency_plan, f.source_json "
                           "FROM monitored m CROSS JOIN application_versions v LEFT JOIN "
                           "application_files f ON f.version_pk = v.pk AND v.mlps_level IS NULL "
                           "WHERE v.is_latest = 1 AND v.app_id = m.app_id ORDER BY v.app_id")))
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
    if (!q.exec(QString::fromLatin1(kMonitored) +
                QStringLiteral("SELECT v.app_id, r.name, r.registration_code, r.provider, "
                               "r.grade, r.volume, r.field_count FROM monitored m "
                               "CROSS JOIN application_versions v JOIN requested_resources r ON "
                               "r.version_pk = v.pk WHERE v.is_latest = 1 AND "
                               "v.app_id = m.app_id ORDER BY v.app_id, r.position")))
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

    if (!sink || sink->readsAgreements()) {
        auto agreed = agreements();
        if (!agreed)
            return agreed.error();
        rows.agreedAt = std::move(agreed).value();
    }

    if (Status read = readVersions(q, rows, sink); !read)
        return read.error();
    if (Status read = readRequested(q, rows, sink); !read)
        return read.error();

    // The answers monitoring reads are those of a decision (decision_incomplete), of the
    // items the sink asks for.
    const QStringList items = sink ? sink->answerItems() : QStringList();
    QString answers = QStringLiteral(
        "SELECT v.app_id, a.item_id, a.verdict FROM application_versions v "
        "JOIN reviews r ON r.version_pk = v.pk JOIN review_answers a ON a.review_pk = r.pk "
        "WHERE v.decision IN ('approved', 'conditionally_approved', 'rejected') AND "
        "v.is_latest = 1");
    if (!items.isEmpty())
        answers += QStringLiteral(" AND a.item_id IN (%1)")
                       .arg(QStringList(items.size(), QStringLiteral("?")).join(u','));
    if (!q.prepare(answers))
        return queryError(q);
    for (const QString &item : items)
        q.addBindValue(item);
    if (!q.exec())
        return queryError(q);
    while (q.next()) {
        SnapshotRows::Answer a{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        if (sink)
            sink->answer(std::move(a));
        else
            rows.answers.append(std::move(a));
    }

    // Only codes in the register: the first request matters for the days to register, and
    // for a code the register does not know there is none. One seek per code in
    // rr_code_submitted (schema v11: each request keeps its version's submission time).
    if (!q.exec(QStringLiteral("SELECT g.code, (SELECT MIN(r.submitted_at) FROM "
                               "requested_resources r WHERE r.registration_code = g.code) "
                               "FROM register_resources g")))
        return queryError(q);
    while (q.next()) {
        if (!q.value(1).isNull())
            rows.firstRequested.insert(q.value(0).toString(), dateTimeOf(q, 1));
    }

    // From av_decided: the few decided versions, then their status.
    if (!q.exec(QStringLiteral("SELECT app_id, MAX(version) FROM application_versions WHERE "
                               "decision IN ('approved', 'conditionally_approved', 'rejected') "
                               "AND decision <> 'rejected' AND status IN ('countersigned', "
                               "'filed') GROUP BY app_id")))
        return queryError(q);
    while (q.next())
        rows.authorizing.insert(q.value(0).toString(), q.value(1).toInt());

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

Result<QHash<QString, QDateTime>> SqlSnapshotRepository::agreements() const
{
    QSqlQuery q(sql::connection(*m_db));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT subject, at FROM audit_events WHERE action = 'case.agree' "
                               "ORDER BY seq")))
        return queryError(q);
    QHash<QString, QDateTime> agreedAt;
    while (q.next())
        agreedAt.insert(q.value(0).toString(), dateTimeOf(q, 1));
    return agreedAt;
}

Status SqlSnapshotRepository::submissions(const SubmissionScope &scope,
                                          const std::function<void(SubmittedRow &&)> &take) const
{
    const QSqlDatabase db = sql::connection(*m_db);
    // One range of av_latest_submissions, which holds every column read here.
    QString sql = QStringLiteral("SELECT v.app_id, v.submitted_at, v.domain, v.mode, "
                                 "v.registration_codes FROM application_versions v WHERE "
                                 "v.is_latest = 1 AND v.submitted_at >= ? AND v.submitted_at < ?");
    QVariantList values{scope.fromUtc, scope.toUtc};
    const auto equal = [&](const char *column, const QString &value, bool factColumn) {
        if (value.isEmpty())
            return;
        const QString clause = factColumn
                                   ? QStringLiteral(" AND (v.mlps_level IS NULL OR v.%1 = ?)")
                                   : QStringLiteral(" AND v.%1 = ?");
        sql += clause.arg(QLatin1String(column));
        values << value;
    };
    equal("implementing_body", scope.implementingBody, true);
    equal("domain", scope.domain, false);
    equal("mode", scope.mode, false);
    equal("operator_code", scope.operatorCode, true);
    sql += QStringLiteral(" ORDER BY v.app_id");

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return queryError(q);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return queryError(q);
    while (q.next()) {
        take({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
              q.value(3).toString(), sql::splitRegistrationCodes(q.value(4).toString())});
    }
    return success();
}

Result<FilterValues> SqlSnapshotRepository::filterValues() const
{
    QSqlQuery q(sql::connection(*m_db));
    q.setForwardOnly(true);
    FilterValues values;
    // Each from an index led by is_latest (av_latest_body, av_latest_domain, av_latest_mode,
    // av_latest_operator), not from the versions' rows.
    const auto distinct = [&q](const char *column, QStringList &out) -> Status {
        if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM application_versions WHERE "
                                   "is_latest = 1 AND %1 IS NOT NULL AND %1 <> '' ORDER BY %1")
                        .arg(QLatin1String(column))))
            return queryError(q);
        while (q.next())
            out << q.value(0).toString();
        return success();
    };
    for (const auto &[column, out] :
         {std::pair<const char *, QStringList *>{"implementing_body", &values.implementingBodies},
          {"domain", &values.domains},
          {"mode", &values.modes}}) {
        if (Status read = distinct(column, *out); !read)
            return read.error();
    }
    if (!q.exec(QStringLiteral("SELECT operator_code, MAX(operator_name) FROM "
                               "application_versions WHERE is_latest = 1 AND operator_code IS NOT "
                               "NULL AND operator_code <> '' GROUP BY operator_code")))
        return queryError(q);
    while (q.next())
        values.operators.append({q.value(0).toString(), q.value(1).toString()});
    return values;
}

} // namespace gd::monitoring
