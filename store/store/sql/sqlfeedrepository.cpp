// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfeedrepository.h"

#include <array>
#include <memory>

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "core/sharedtexts.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/dialect.h"
#include "store/sql/queryerror.h"

namespace gd::monitoring {
namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString isoDateTime(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODate) : QString();
}

/** Empty, never null: the columns are NOT NULL DEFAULT ''. */
QVariantList notNull(QVariantList values)
{
    for (QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QStringLiteral("");
    }
    return values;
}

QDate dateFrom(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QDateTime dateTimeFrom(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

// --- storing -------------------------------------------------------------------------

QJsonObject toJson(const CallRecord &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("operatorCode"), r.operatorCode},
            {QStringLiteral("operatorName"), r.operatorName},
            {QStringLiteral("product"), r.product},
            {QStringLiteral("applicationId"), r.applicationId},
            {QStringLiteral("resourceCode"), r.resourceCode},
            {QStringLiteral("periodStart"), isoDate(r.periodStart)},
            {QStringLiteral("periodEnd"), isoDate(r.periodEnd)},
            {QStringLiteral("calls"), double(r.calls)},
            {QStringLiteral("freeCalls"), double(r.freeCalls)},
            {QStringLiteral("activeUsers"), double(r.activeUsers)},
            {QStringLiteral("revenue"), r.revenue.toString(2)}};
}

QJsonObject toJson(const IncidentRecord &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("openedAt"), isoDateTime(r.openedAt)},
            {QStringLiteral("severity"), r.severity},
            {QStringLiteral("operatorCode"), r.operatorCode},
            {QStringLiteral("applicationId"), r.applicationId},
            {QStringLiteral("resourceCode"), r.resourceCode},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("respondedAt"), isoDateTime(r.respondedAt)},
            {QStringLiteral("closedAt"), isoDateTime(r.closedAt)}};
}

QJsonObject toJson(const FilingRecord &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("partyKind"), r.partyKind},
            {QStringLiteral("partyId"), r.partyId},
            {QStringLiteral("partyName"), r.partyName},
            {QStringLiteral("applicationId"), r.applicationId},
            {QStringLiteral("reference"), r.reference},
            {QStringLiteral("decidedAt"), isoDate(r.decidedAt)},
            {QStringLiteral("filedAt"), isoDate(r.filedAt)},
            {QStringLiteral("validFrom"), isoDate(r.validFrom)},
            {QStringLiteral("validTo"), isoDate(r.validTo)},
            {QStringLiteral("year"), r.year},
            {QStringLiteral("publishedAt"), isoDate(r.publishedAt)}};
}

CallRecord callFrom(const QSqlQuery &q)
{
    CallRecord r;
    r.id = q.value(0).toString();
    r.operatorCode = q.value(1).toString();
    r.operatorName = q.value(2).toString();
    r.product = q.value(3).toString();
    r.applicationId = q.value(4).toString();
    r.resourceCode = q.value(5).toString();
    r.periodStart = dateFrom(q.value(6).toString());
    r.periodEnd = dateFrom(q.value(7).toString());
    r.calls = q.value(8).toLongLong();
    r.freeCalls = q.value(9).toLongLong();
    r.activeUsers = q.value(10).toLongLong();
    r.revenue = Money::parse(q.value(11).toString(), 2).value_or(Money());
    return r;
}

IncidentRecord incidentFrom(const QSqlQuery &q)
{
    IncidentRecord r;
    r.id = q.value(0).toString();
    r.openedAt = dateTimeFrom(q.value(1).toString());
    r.severity = q.value(2).toString();
    r.operatorCode = q.value(3).toString();
    r.applicationId = q.value(4).toString();
    r.resourceCode = q.value(5).toString();
    r.summary = q.value(6).toString();
    r.respondedAt = dateTimeFrom(q.value(7).toString());
    r.closedAt = dateTimeFrom(q.value(8).toString());
    return r;
}

FilingRecord filingFrom(const QSqlQuery &q)
{
    FilingRecord r;
    r.id = q.value(0).toString();
    r.kind = q.value(1).toString();
    r.partyKind = q.value(2).toString();
    r.partyId = q.value(3).toString();
    r.partyName = q.value(4).toString();
    r.applicationId = q.value(5).toString();
    r.reference = q.value(6).toString();
    r.decidedAt = dateFrom(q.value(7).toString());
    r.filedAt = dateFrom(q.value(8).toString());
    r.validFrom = dateFrom(q.value(9).toString());
    r.validTo = dateFrom(q.value(10).toString());
    r.year = q.value(11).toInt();
    r.publishedAt = dateFrom(q.value(12).toString());
    return r;
}

const char kCallColumns[] = "id, operator_code, operator_name, product, app_id, resource_code, "
                            "period_start, period_end, calls, free_calls, active_users, revenue";
const char kIncidentColumns[] = "id, opened_at, severity, operator_code, app_id, resource_code, "
                                "summary, responded_at, closed_at";
const char kFilingColumns[] = "id, kind, party_kind, party_id, party_name, app_id, reference, "
                              "decided_at, filed_at, valid_from, valid_to, year, published_at";

QString tableOf(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Calls:
        return QStringLiteral("feed_calls");
    case FeedKind::Incidents:
        return QStringLiteral("feed_incidents");
    case FeedKind::Filings:
        return QStringLiteral("feed_filings");
    }
    return {};
}

QString columnsOfTable(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Calls:
        return QString::fromLatin1(kCallColumns);
    case FeedKind::Incidents:
        return QString::fromLatin1(kIncidentColumns);
    case FeedKind::Filings:
        return QString::fromLatin1(kFilingColumns);
    }
    return {};
}

QVariantList valuesOf(const CallRecord &r)
{
    return {
        r.id,           r.operatorCode,         r.operatorName,       r.product, r.applicationId,
        r.resourceCode, isoDate(r.periodStart), isoDate(r.periodEnd), r.calls,   r.freeCalls,
        r.activeUsers,  r.revenue.toString(2)};
}

QVariantList valuesOf(const IncidentRecord &r)
{
    return {r.id,
            r.openedAt.toString(Qt::ISODate),
            r.severity,
            r.operatorCode,
            r.applicationId,
            r.resourceCode,
            r.summary,
            isoDateTime(r.respondedAt),
            isoDateTime(r.closedAt)};
}

QVariantList valuesOf(const FilingRecord &r)
{
    return {r.id,
            r.kind,
            r.partyKind,
            r.partyId,
            r.partyName,
            r.applicationId,
            r.reference,
            isoDate(r.decidedAt),
            isoDate(r.filedAt),
            isoDate(r.validFrom),
            isoDate(r.validTo),
            r.year,
            isoDate(r.publishedAt)};
}
} // namespace

SqlFeedRepository::SqlFeedRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<bool> SqlFeedRepository::seen(const QString &sha256) const
{
    QSqlQuery q(sql::connection(*m_db));
    q.prepare(QStringLiteral("SELECT 1 FROM feed_imports WHERE sha256 = ? LIMIT 1"));
    q.addBindValue(sha256);
    if (!q.exec())
        return queryError(q);
    return q.next();
}

namespace {

/** The feed_imports row of a file about to be stored (its counts are filled in at the end). */
Result<qint64> insertImport(const QSqlDatabase &db, const FeedFile &file, const QString &sha256,
                            const QString &path, const QString &now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO feed_imports (sha256, path, format, source, "
                             "exported_at, records, added, replaced, imported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?) RETURNING pk"));
    q.addBindValue(sha256);
    q.addBindValue(path);
    q.addBindValue(feedFormat(file.kind));
    q.addBindValue(file.source);
    q.addBindValue(file.exportedAt.isValid() ? isoDateTime(file.exportedAt) : QStringLiteral(""));
    q.addBindValue(file.recordCount());
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

/** Stores how many records the import @p importPk added and replaced. */
Status recordCounts(const QSqlDatabase &db, qint64 importPk, const FeedStoreSummary &summary)
{
    QSqlQuery counts(db);
    counts.prepare(QStringLiteral("UPDATE feed_imports SET added = ?, replaced = ? WHERE pk = ?"));
    counts.addBindValue(summary.added);
    counts.addBindValue(summary.replaced);
    counts.addBindValue(importPk);
    if (!counts.exec())
        return queryError(counts);
    return success();
}

} // namespace

Result<FeedStoreSummary> SqlFeedRepository::store(const FeedFile &file, const QString &sha256,
                                                  const QString &path)
{
    FeedStoreSummary summary;
    const auto before = seen(sha256);
    if (!before)
        return before.error();
    if (*before) {
        summary.fileSeenBefore = true;
        summary.unchanged = file.recordCount();
        return summary;
    }
    QSqlDatabase db = sql::connection(*m_db);
    Transaction transaction(*m_db);
    if (!transaction.begun())
        return Error{QStringLiteral("database"), db.lastError().text()};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    const auto imported = insertImport(db, file, sha256, path, now);
    if (!imported)
        return imported.error();
    const qint64 importPk = *imported;

    const QString table = tableOf(file.kind);
    const QString columns = columnsOfTable(file.kind);
    const int count = int(columns.count(QLatin1Char(',')) + 1);
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns, table));
    QSqlQuery upsert(db);
    QStringList updates; // every column but the key "id", which comes first
    for (const QString &column : (columns + QStringLiteral(", source, import_pk, updated_at"))
                                     .split(QStringLiteral(", "))
                                     .mid(1))
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    upsert.prepare(
        QStringLiteral("INSERT INTO %1 (%2, source, import_pk, updated_at) VALUES (%3, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET %4")
            .arg(table, columns, QStringLiteral("?, ").repeated(count - 1) + QStringLiteral("?"),
                 updates.join(QStringLiteral(", "))));

    auto put = [&](const QString &id, const QJsonObject &json, const QVariantList &values,
                   auto fromRow) -> Status {
        find.addBindValue(id);
        if (!find.exec())
            return queryError(find);
        if (find.next()) {
            if (toJson(fromRow(find)) == json) {
                ++summary.unchanged;
                return success();
            }
            ++summary.replaced;
        } else {
            ++summary.added;
        }
        find.finish();
        for (const QVariant &v : notNull(values))
            upsert.addBindValue(v);
        upsert.addBindValue(file.source);
        upsert.addBindValue(importPk);
        upsert.addBindValue(now);
        if (!upsert.exec())
            return queryError(upsert);
        return success();
    };
    for (const CallRecord &r : file.calls) {
        if (Status s = put(r.id, toJson(r), valuesOf(r), callFrom); !s)
            return s.error();
    }
    for (const IncidentRecord &r : file.incidents) {
        if (Status s = put(r.id, toJson(r), valuesOf(r), incidentFrom); !s)
            return s.error();
    }
    for (const FilingRecord &r : file.filings) {
        if (Status s = put(r.id, toJson(r), valuesOf(r), filingFrom); !s)
            return s.error();
    }
    if (Status s = recordCounts(db, importPk, summary); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return summary;
}

namespace {

/** Runs @p select (a select list) on the calls @p query asks for, in @p q; false on error. */
bool selectCalls(QSqlQuery &q, const FeedQuery &query, const QString &select,
                 const QString &order = {})
{
    QString sql = QStringLiteral("SELECT %1 FROM feed_calls WHERE 1 = 1").arg(select);
    if (query.from.isValid())
        sql += QStringLiteral(" AND period_end >= :from");
    if (query.to.isValid())
        sql += QStringLiteral(" AND period_start <= :to");
    q.prepare(sql + order);
    if (query.from.isValid())
        q.bindValue(QStringLiteral(":from"), isoDate(query.from));
    if (query.to.isValid())
        q.bindValue(QStringLiteral(":to"), isoDate(query.to));
    return q.exec();
}

/** Gives @p visit each call record @p query asks for, in @p order (none when empty), read
 *  once: the driver then keeps no copy of every row. */
Status visitCalls(QSqlQuery &q, const FeedQuery &query, const QString &order,
                  const std::function<void(CallRecord &&)> &visit)
{
    q.setForwardOnly(true);
    if (!selectCalls(q, query, QString::fromLatin1(kCallColumns), order))
        return queryError(q);
    while (q.next())
        visit(callFrom(q));
    if (q.lastError().isValid())
        return queryError(q);
    return success();
}

} // namespace

Result<qint64> SqlFeedRepository::callCount(const FeedQuery &query) const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!selectCalls(q, query, QStringLiteral("COUNT(*)")) || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Status SqlFeedRepository::forEachCall(const FeedQuery &query,
                                      const std::function<void(CallRecord &&)> &visit) const
{
    QSqlQuery q(sql::connection(*m_db));
    return visitCalls(q, query, QStringLiteral(" ORDER BY period_start, id"), visit);
}

Status
SqlFeedRepository::forEachCallUnordered(const std::function<void(const CallRow &)> &visit) const
{
    // Each value where the engine holds it (Dialect::forEachRow): millions of records.
    return sql::dialect(*m_db).forEachRow(
        sql::connection(*m_db),
        QStringLiteral("SELECT %1 FROM feed_calls").arg(QLatin1String(kCallColumns)), {},
        [&visit](const sql::RowView &r) {
            visit(CallRow{r.utf8(0), r.utf8(1), r.utf8(2), r.utf8(3), r.utf8(4), r.utf8(5),
                          r.utf8(6), r.utf8(7), r.integer(8), r.integer(9), r.integer(10),
                          r.utf8(11)});
        });
}

Result<QList<CallRecord>> SqlFeedRepository::calls(const FeedQuery &query) const
{
    const Result<qint64> count = callCount(query);
    if (!count)
        return count.error();
    QList<CallRecord> out;
    out.reserve(*count); // allocated once instead of copied as it grows
    // Hundreds of thousands of records name a few thousand operators, products and cases:
    // one copy of each such text is kept, not one per record.
    SharedTexts shared;
    const Status read = forEachCall(query, [&](CallRecord &&r) {
        for (QString *text :
             {&r.operatorCode, &r.operatorName, &r.product, &r.applicationId, &r.resourceCode})
            *text = shared(*text);
        out.append(std::move(r));
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<IncidentRecord>> SqlFeedRepository::incidents(const FeedQuery &query) const
{
    QSqlQuery q(sql::connection(*m_db));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM feed_incidents ORDER BY opened_at, id")
                    .arg(QString::fromLatin1(kIncidentColumns))))
        return queryError(q);
    QList<IncidentRecord> out;
    while (q.next()) {
        IncidentRecord r = incidentFrom(q);
        if (query.to.isValid() && r.openedAt.date() > query.to)
            continue;
        if (query.from.isValid() && r.closedAt.isValid() && r.closedAt.date() < query.from)
            continue;
        out.append(std::move(r));
    }
    return out;
}

Result<QList<FilingRecord>> SqlFeedRepository::filings() const
{
    QSqlQuery q(sql::connection(*m_db));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM feed_filings ORDER BY id")
                    .arg(QString::fromLatin1(kFilingColumns))))
        return queryError(q);
    QList<FilingRecord> out;
    while (q.next())
        out.append(filingFrom(q));
    return out;
}

Result<QList<FeedImportEntry>> SqlFeedRepository::imports() const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!q.exec(QStringLiteral("SELECT sha256, path, format, source, records, added, replaced, "
                               "imported_at, exported_at FROM feed_imports ORDER BY pk")))
        return queryError(q);
    QList<FeedImportEntry> out;
    while (q.next()) {
        FeedImportEntry e;
        e.sha256 = q.value(0).toString();
        e.path = q.value(1).toString();
        e.format = q.value(2).toString();
        e.source = q.value(3).toString();
        e.records = q.value(4).toInt();
        e.added = q.value(5).toInt();
        e.replaced = q.value(6).toInt();
        e.importedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        e.exportedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate); // '': null
        out.append(e);
    }
    return out;
}

Result<QSet<QString>> SqlFeedRepository::ids(FeedKind kind) const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!q.exec(QStringLiteral("SELECT id FROM ") + tableOf(kind)))
        return queryError(q);
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

} // namespace gd::monitoring
