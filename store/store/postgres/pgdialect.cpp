// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/pgdialect.h"

#include <QSqlQuery>

#include "store/sql/queryerror.h"
#include "store/sql/statements.h"

namespace gd::postgres {
namespace {

/** @p term as a LIKE pattern that finds it anywhere: its own %, _ and \ taken literally. */
QString containsPattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString PgDialect::inJsonArray(const QString &column) const
{
    return QStringLiteral("%1 IN (SELECT json_array_elements_text(CAST(? AS json)))").arg(column);
}

QString PgDialect::jsonKeyIsTrue(const QString &column, const QString &key) const
{
    // Events are written as canonical JSON (AuditTrail); a row that is not JSON fails the
    // cast and the query, which the chain's own check reports first.
    return QStringLiteral("(CAST(%1 AS jsonb) -> '%2') = 'true'::jsonb").arg(column, key);
}

Status PgDialect::lockAuditChain(const QSqlDatabase &db) const
{
    // Held until the transaction ends; every connection appending takes the same key.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7305250001)")))
        return queryError(query, QStringLiteral("audit trail"));
    return success();
}

Status PgDialect::continueKeys(const QSqlDatabase &db, const QString &table,
                               const QString &key) const
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT "
                            "max(%1) FROM %2), 0) + 1, false)")
                 .arg(key, table),
             {table, key}))
        return queryError(query, QStringLiteral("db copy"));
    return success();
}

bool PgDialect::hasTable(const QSqlDatabase &db, const QString &name) const
{
    QSqlQuery query(db);
    return run(query, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {name}) &&
           query.next() && query.value(0).toBool();
}

sql::SearchCondition PgDialect::search(const QSqlDatabase &, const QStringList &terms,
                                       bool latestOnly) const
{
    Q_UNUSED(latestOnly) // the versions' own is_latest answers it
    sql::SearchCondition result;
    QStringList likes;
    for (const QString &term : terms) {
        likes << QStringLiteral("s.body LIKE ? ESCAPE '\\'");
        result.values << containsPattern(sql::asciiFolded(term));
    }
    result.condition = QStringLiteral("v.pk IN (SELECT s.version_pk FROM search_bodies s "
                                      "WHERE %1)")
                           .arg(likes.join(QStringLiteral(" AND ")));
    return result;
}

Status PgDialect::indexForSearch(sql::Statements &st, qint64 versionPk,
                                 const QString & /*appId: the body's first line*/,
                                 const QString &body,
                                 bool /*latest: the server joins the versions*/) const
{
    if (!st.run(QStringLiteral("INSERT INTO search_bodies (version_pk, body) VALUES (?, ?)"),
                {versionPk, sql::asciiFolded(body)}))
        return queryError(st.query());
    return success();
}

Status PgDialect::markLatestForSearch(sql::Statements &, const QString &) const
{
    return success();
}

} // namespace gd::postgres
