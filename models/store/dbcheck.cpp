// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbcheck.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "audit/trailanchor.h"
#include "store/database.h"
#include "store/queryerror.h"

namespace gd {
namespace {

const QString kWhere = QStringLiteral("database check");

/**
 * A schema as comparable text: "table NAME" → its columns (name, type, not null, default,
 * key) and "index NAME" / "trigger NAME" / "view NAME" → its SQL with whitespace collapsed.
 * Tables are compared by their columns, not their SQL: ALTER TABLE rewrites the stored SQL
 * of a migrated table, while the columns are what the code relies on.
 */
Result<QMap<QString, QString>> schemaOf(const QSqlDatabase &db)
{
    QMap<QString, QString> schema;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                   "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")))
        return queryError(query, kWhere);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList tables;
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString();
        if (type == QLatin1String("table"))
            tables << name;
        else
            schema.insert(type + u' ' + name,
                          query.value(2).toString().replace(space, QStringLiteral(" ")).trimmed());
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery columns(db);
        if (!columns.exec(QStringLiteral("PRAGMA table_xinfo(\"%1\")")
                              .arg(QString(table).replace(u'"', QStringLiteral("\"\"")))))
            return queryError(columns, kWhere);
        QStringList described;
        while (columns.next())
            described << QStringLiteral("%1 %2%3%4%5")
                             .arg(columns.value(1).toString(), columns.value(2).toString(),
                                  columns.value(3).toInt() ? QStringLiteral(" not null")
                                                           : QString(),
                                  columns.value(4).isNull()
                                      ? QString()
                                      : QStringLiteral(" default ") + columns.value(4).toString(),
                                  columns.value(5).toInt() ? QStringLiteral(" key") : QString());
        schema.insert(QStringLiteral("table ") + table, described.join(QStringLiteral(", ")));
    }
    return schema;
}

} // namespace

Result<DatabaseCheck> checkDatabase(const std::shared_ptr<Database> &db)
{
    DatabaseCheck check;
    QSqlDatabase connection = db->connection();

    QSqlQuery integrity(connection);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
        check.integrity << queryError(integrity, kWhere).what;
    while (integrity.next()) {
        // One row per problem, or one row holding several lines.
        for (const QString &line : integrity.value(0).toString().split(u'\n')) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")) &&
                !line.trimmed().isEmpty())
                check.integrity << line.trimmed();
        }
    }
    if (!check.integrity.isEmpty())
        return check; // the rest would read damaged pages

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{kWhere, QStringLiteral("cannot create a temporary folder for the reference "
                                            "schema")};
    Database::Options options;
    options.lock = false;
    auto reference = Database::open(scratch.filePath(QStringLiteral("reference.sqlite")), options);
    if (!reference)
        return reference.error();
    const auto expected = schemaOf(reference.value()->connection());
    const auto actual = schemaOf(connection);
    if (!expected)
        return expected.error();
    if (!actual)
        return actual.error();
    if (db->schemaVersion() != Database::kSchemaVersion)
        check.schema << QStringLiteral("schema version %1, expected %2")
                            .arg(db->schemaVersion())
                            .arg(Database::kSchemaVersion);
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (!actual->contains(it.key()))
            check.schema << it.key() + QStringLiteral(" is missing");
        else if (actual->value(it.key()) != it.value())
            check.schema << it.key() + QStringLiteral(" differs: ") + actual->value(it.key()) +
                                QStringLiteral(" (expected: ") + it.value() + u')';
    }
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (!expected->contains(it.key()))
            check.schema << it.key() + QStringLiteral(" is not GrantDesk's");
    }

    // The trail is checked even with a schema problem: it says what was cut.
    if (!actual->contains(QStringLiteral("table audit_events"))) {
        check.audit << QStringLiteral("no audit trail table");
        return check;
    }
    // The chain, the signed checkpoints and what the cases say was signed (audit::verifyTrail).
    const auto report = audit::verifyTrail(db);
    if (!report) {
        check.audit << report.error().toString();
        return check;
    }
    check.events = report->chain.checked;
    check.unanchored = report->unanchored();
    check.audit << report->problems;
    return check;
}

} // namespace gd
