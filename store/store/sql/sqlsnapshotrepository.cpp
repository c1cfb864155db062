// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlsnapshotrepository.h"

#include <QSqlQuery>

#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/dialect.h"
#include "store/sql/monitoringfacts.h"
#include "store/sql/queryerror.h"

namespace gd::monitoring {
namespace {

QDateTime dateTimeOf(const QSqlQuery &q, int column)
{
    return QDateTime::fromString(q.value(column).toString(), Qt::ISODate);
}

/** A date column, as QDate::fromString(ISO) reads it. */
QDate dateOf(const sql::RowView &r, int column)
{
    return QDate::fromString(r.text(column), Qt::ISODate);
}

SnapshotRows::Version versionOf(const sql::RowView &r)
{
    SnapshotRows::Version v;
    v.appId = r.text(0);
    v.version = int(r.integer(1));
    v.status = r.text(2);
    v.decision = r.text(3);
    v.submittedAt = r.text(4);
    v.scenarioName = r.text(5);
    v.domain = r.text(6);
    v.mode = r.text(7);
    v.useClass = r.text(8);
    v.implementingBody = r.text(9);
    v.operatorCode = r.text(10);
    v.operatorName = r.text(11);
    v.periodStart = dateOf(r, 12);
    v.periodEnd = dateOf(r, 13);
    if (!r.isNull(14))
        v.mlpsLevel = int(r.integer(14));
    if (!r.isNull(15))
        v.cryptoAssessment = r.integer(15) != 0;
    v.emergencyPlan = r.integer(16) != 0;
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

/** @p row to @p sink's @p take, else to @p list. */
template <typename Row>
void deliver(SnapshotSink *sink, void (SnapshotSink::*take)(Row &&), QList<Row> &list, Row &&row)
{
    if (sink)
        (sink->*take)(std::move(row));
    else
        list.append(std::move(row));
}

/** The highest versions with their monitoring columns, to @p sink or else into @p rows; the
 *  stored file only where those are unknown (none, normally: the migration fills them). The
 *  file comes in the same statement, joined only for such rows: a separate query for them
 *  read every highest version's row a second time to find none. Each bulk read here goes
 *  through Dialect::forEachRow (on SQLite, its own interface). */
Status readVersions(const Database &db, SnapshotRows &rows, SnapshotSink *sink)
{
    return sql::dialect(db).forEachRow(
        sql::connection(db),
        QString::fromLatin1(kMonitored) +
            QStringLiteral("SELECT v.app_id, v.version, v.status, v.decision, v.submitted_at, "
                           "v.scenario_name, v.domain, v.mode, v.use_class, v.implementing_body, "
                           "v.operator_code, v.operator_name, v.period_start, v.period_end, "
                           "v.mlps_level, v.crypto_assessment, v.emergency_plan, f.source_json "
                           "FROM monitored m CROSS JOIN application_versions v LEFT JOIN "
                           "application_files f ON f.version_pk = v.pk AND v.mlps_level IS NULL "
                           "WHERE v.is_latest = 1 AND v.app_id = m.app_id ORDER BY v.app_id"),
        {}, [&](const sql::RowView &r) {
            SnapshotRows::Version v = versionOf(r);
            if (!v.mlpsLevel)
                v.sourceJson = r.utf8(17).toByteArray();
            deliver(sink, &SnapshotSink::version, rows.versions, std::move(v));
        });
}

/** The resources requested by the highest versions, by application and position. */
Status readRequested(const Database &db, SnapshotRows &rows, SnapshotSink *sink)
{
    return sql::dialect(db).forEachRow(
        sql::connection(db),
        QString::fromLatin1(kMonitored) +
            QStringLiteral("SELECT v.app_id, r.name, r.registration_code, r.provider, "
                           "r.grade, r.volume, r.field_count FROM monitored m "
                           "CROSS JOIN application_versions v JOIN requested_resources r ON "
                           "r.version_pk = v.pk WHERE v.is_latest = 1 AND "
                           "v.app_id = m.app_id ORDER BY v.app_id, r.position"),
        {}, [&](const sql::RowView &row) {
            SnapshotRows::Requested r{row.text(0), row.text(1),    row.text(2),        row.text(3),
                                      row.text(4), row.integer(5), int(row.integer(6))};
            deliver(sink, &SnapshotSink::requested, rows.requested, std::move(r));
        });
}

/** The review answers of the decided highest versions, of @p items only when not empty. */
Status readAnswers(const Database &db, const QStringList &items, SnapshotRows &rows,
                   SnapshotSink *sink)
{
    QString answers = QStringLiteral(
        "SELECT v.app_id, a.item_id, a.verdict FROM application_versions v "
        "JOIN reviews r ON r.version_pk = v.pk JOIN review_answers a ON a.review_pk = r.pk "
        "WHERE v.decision IN ('approved', 'conditionally_approved', 'rejected') AND "
        "v.is_latest = 1");
    if (!items.isEmpty())
        answers += QStringLiteral(" AND a.item_id IN (%1)")
                       .arg(QStringList(items.size(), QStringLiteral("?")).join(u','));
    return sql::dialect(db).forEachRow(
        sql::connection(db), answers, items, [&](const sql::RowView &row) {
            deliver(sink, &SnapshotSink::answer, rows.answers,
                    SnapshotRows::Answer{row.text(0), row.text(1), row.text(2)});
        });
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

    if (Status read = readVersions(*m_db, rows, sink); !read)
        return read.error();
    if (Status read = readRequested(*m_db, rows, sink); !read)
        return read.error();
    // The answers monitoring reads are those of a decision (decision_incomplete), of the
    // items the sink asks for.
    if (Status read = readAnswers(*m_db, sink ? sink->answerItems() : QStringList(), rows, sink);
        !read)
        return read.error();

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
