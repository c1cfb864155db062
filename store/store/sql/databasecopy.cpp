// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databasecopy.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include "domain/applicationjson.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/queryerror.h"
#include "store/sql/statements.h"
#include "store/sql/sqlapplicationstore.h"

namespace gd {
namespace {

const QString kCopyWhere = QStringLiteral("db copy");

/** The tables a copy moves, parents before children, with their generated key if any. */
struct CopiedTable
{
    const char *name;
    const char *generatedKey; // nullptr: the key is given (a code, a hash, a seq)
};

constexpr CopiedTable kTables[] = {
    {"applicants", nullptr},
    {"application_versions", "pk"},
    {"application_files", nullptr},
    {"requested_resources", "pk"},
    {"blobs", nullptr},
    {"attachments", "pk"},
    {"register_resources", nullptr},
    {"register_history", "pk"},
    {"reviews", "pk"},
    {"review_answers", nullptr},
    {"review_notes", nullptr},
    {"audit_events", nullptr},
    {"audit_checkpoint", nullptr},
    {"audit_anchors", nullptr},
    {"lifecycle_acts", "id"},
    {"feed_imports", "pk"},
    {"feed_calls", nullptr},
    {"feed_incidents", nullptr},
    {"feed_filings", nullptr},
    {"alert_acks", nullptr},
    {"pending_files", nullptr},
};

/** The columns of @p table that both databases have, in the source's order. */
QStringList sharedColumns(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QSqlRecord source = from.record(table);
    const QSqlRecord target = to.record(table);
    QStringList columns;
    for (int i = 0; i < source.count(); ++i) {
        if (target.indexOf(source.fieldName(i)) >= 0)
            columns << source.fieldName(i);
    }
    return columns;
}

Result<qint64> copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QStringList columns = sharedColumns(from, to, table);
    if (columns.isEmpty())
        return Error{kCopyWhere, QStringLiteral("table %1: no columns in common").arg(table)};
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
                       .arg(columns.join(QStringLiteral(", ")), table)))
        return queryError(read, kCopyWhere + QStringLiteral(" (reading %1)").arg(table));
    QSqlQuery write(to);
    if (!write.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")),
                     QStringLiteral("?, ").repeated(columns.size() - 1) + QLatin1Char('?'))))
        return queryError(write, kCopyWhere + QStringLiteral(" (writing %1)").arg(table));
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec())
            return queryError(write, kCopyWhere + QStringLiteral(" (writing %1)").arg(table));
        ++rows;
    }
    return rows;
}

/** Builds the target's search index from the stored files, as an import would. */
Status indexForSearch(const Database &to)
{
    const QSqlDatabase db = sql::connection(to);
    const sql::Dialect &dialect = sql::dialect(to);
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT v.pk, f.source_json, v.is_latest FROM "
                                  "application_versions v JOIN application_files f ON "
                                  "f.version_pk = v.pk ORDER BY v.pk")))
        return queryError(read, kCopyWhere);
    // Read first: a server connection runs one statement at a time, and a write would
    // discard the rows not yet read.
    struct Entry
    {
        qint64 pk;
        QString appId;
        QString body;
        bool latest; // the copied versions say which is the latest
    };
    QList<Entry> entries;
    while (read.next()) {
        const Application a =
            applicationFromJson(QJsonDocument::fromJson(read.value(1).toByteArray()).object());
        entries.append(
            {read.value(0).toLongLong(), a.id, sql::searchBody(a), read.value(2).toInt() == 1});
    }
    read.finish();
    sql::Statements write(db);
    for (const Entry &entry : std::as_const(entries)) {
        if (auto indexed =
                dialect.indexForSearch(write, entry.pk, entry.appId, entry.body, entry.latest);
            !indexed)
            return indexed;
    }
    return success();
}

Result<bool> holdsData(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM application_versions) OR EXISTS "
                               "(SELECT 1 FROM reviews) OR EXISTS (SELECT 1 FROM audit_events) "
                               "OR EXISTS (SELECT 1 FROM register_resources)")) ||
        !q.next())
        return queryError(q, kCopyWhere);
    return q.value(0).toBool();
}

} // namespace

qint64 CopyCounts::total() const
{
    qint64 sum = 0;
    for (const auto &table : tables)
        sum += table.second;
    return sum;
}

Result<CopyCounts> copyDatabase(const std::shared_ptr<Database> &from,
                                const std::shared_ptr<Database> &to)
{
    const QSqlDatabase source = sql::connection(*from);
    const QSqlDatabase target = sql::connection(*to);
    const auto full = holdsData(target);
    if (!full)
        return full.error();
    if (*full)
        return Error{kCopyWhere, QStringLiteral("%1 already holds applications, a register or an "
                                                "audit trail; a copy goes into an empty database")
                                     .arg(to->path())};
    Transaction transaction(*to);
    if (!transaction.begun())
        return Error{kCopyWhere,
                     QStringLiteral("cannot begin a transaction on %1").arg(to->path())};
    CopyCounts counts;
    for (const CopiedTable &table : kTables) {
        const QString name = QLatin1String(table.name);
        const auto rows = copyTable(source, target, name);
        if (!rows)
            return rows.error();
        counts.tables.append({name, *rows});
        if (table.generatedKey) {
            if (auto moved =
                    sql::dialect(*to).continueKeys(target, name, QLatin1String(table.generatedKey));
                !moved)
                return moved.error();
        }
    }
    if (auto indexed = indexForSearch(*to); !indexed)
        return indexed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return counts;
}

Result<CopyCounts> countRows(const std::shared_ptr<Database> &db)
{
    QSqlQuery q(sql::connection(*db));
    CopyCounts counts;
    for (const CopiedTable &table : kTables) {
        const QString name = QLatin1String(table.name);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + name) || !q.next())
            return queryError(q, kCopyWhere);
        counts.tables.append({name, q.value(0).toLongLong()});
    }
    return counts;
}

} // namespace gd
