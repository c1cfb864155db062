// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/dbcheck.h"

#include <optional>

#include <atomic>

#include <sqlite3.h>

#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sqlite/schemacheck.h"
#include "store/sql/queryerror.h"
#include "store/sqlite/schema.h"

namespace gd {
namespace {

const QString kCheckWhere = QStringLiteral("database check");

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
        return queryError(query, kCheckWhere);
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
            return queryError(columns, kCheckWhere);
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

/** The schema a GrantDesk database has at @p version: this build's migrations run in memory. */
Result<QMap<QString, QString>> referenceSchema(int version)
{
    static std::atomic_int counter{0};
    const QString name = QStringLiteral("grantdesk-reference-%1").arg(++counter);
    Result<QMap<QString, QString>> schema =
        Error{kCheckWhere, QStringLiteral("no reference schema")};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            schema = Error{kCheckWhere, db.lastError().text()};
        } else {
            QSqlQuery query(db);
            QString failed;
            for (int step = 0; failed.isEmpty() && step < version; ++step)
                for (const QString &statement : schema::migrationStep(step))
                    if (failed.isEmpty() && !query.exec(statement))
                        failed = query.lastError().text();
            schema = failed.isEmpty() ? schemaOf(db) : Error{kCheckWhere, failed};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return schema;
}

/** PRAGMA integrity_check or quick_check: the problems it names, verbatim. */
QStringList integrityProblems(const QSqlDatabase &connection, const QString &pragma)
{
    QStringList problems;
    QSqlQuery integrity(connection);
    if (!integrity.exec(pragma))
        problems << queryError(integrity, kCheckWhere).what;
    while (integrity.next()) {
        // One row per problem, or one row holding several lines.
        for (const QString &line : integrity.value(0).toString().split(u'\n')) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")) &&
                !line.trimmed().isEmpty())
                problems << line.trimmed();
        }
    }
    return problems;
}

} // namespace

Result<QStringList> schemaProblems(const QSqlDatabase &connection, int version)
{
    const auto expected = referenceSchema(version);
    if (!expected)
        return expected.error();
    const auto actual = schemaOf(connection);
    if (!actual)
        return actual.error();
    QStringList problems;
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (!actual->contains(it.key()))
            problems << it.key() + QStringLiteral(" is missing");
        else if (actual->value(it.key()) != it.value())
            problems << it.key() + QStringLiteral(" differs: ") + actual->value(it.key()) +
                            QStringLiteral(" (expected: ") + it.value() + u')';
    }
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (!expected->contains(it.key()))
            problems << it.key() + QStringLiteral(" is not GrantDesk's");
    }
    return problems;
}

Result<DatabaseCheck> checkFileAndSchema(const QSqlDatabase &connection, int version,
                                         Thoroughness thoroughness)
{
    DatabaseCheck check;
    check.integrity = integrityProblems(connection, thoroughness == Thoroughness::Quick
                                                        ? QStringLiteral("PRAGMA quick_check")
                                                        : QStringLiteral("PRAGMA integrity_check"));
    if (!check.integrity.isEmpty())
        return check; // the rest would read damaged pages
    QSqlQuery userVersion(connection);
    if (!userVersion.exec(QStringLiteral("PRAGMA user_version")) || !userVersion.next())
        return queryError(userVersion, kCheckWhere);
    if (userVersion.value(0).toInt() != version)
        check.schema << QStringLiteral("schema version %1, expected %2")
                            .arg(userVersion.value(0).toInt())
                            .arg(version);
    auto schema = schemaProblems(connection, version);
    if (!schema)
        return schema.error();
    check.schema << schema.value();
    return check;
}

/** The office server keeps its own pages and its schema is created whole (pgschema.cpp):
 *  what is left to check there is the audit trail, which the core does. */
std::optional<DatabaseCheck> onServer(const Database &db)
{
    if (db.engine() != Database::Engine::PostgreSQL)
        return std::nullopt;
    DatabaseCheck check;
    check.auditTable = true;
    return check;
}

Result<DatabaseCheck> quickCheckDatabase(const std::shared_ptr<Database> &db,
                                         CheckInterrupt *interrupt)
{
    if (auto server = onServer(*db))
        return *server;
    const QSqlDatabase connection = sql::connection(*db);
    const Error interrupted{kCheckWhere, QStringLiteral("interrupted")};
    if (!interrupt)
        return checkFileAndSchema(connection, Database::kSchemaVersion, Thoroughness::Quick);
    if (!interrupt->attach(*db))
        return interrupted;
    auto checked = checkFileAndSchema(connection, Database::kSchemaVersion, Thoroughness::Quick);
    interrupt->detach();
    if (interrupt->isInterrupted())
        return interrupted; // what it found so far is no finding
    return checked;
}

void CheckInterrupt::interrupt()
{
    m_interrupted = true;
    const std::lock_guard lock(m_mutex);
    if (m_handle)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
}

bool CheckInterrupt::attach(void *handle)
{
    const std::lock_guard lock(m_mutex);
    if (m_interrupted)
        return false;
    m_handle = handle;
    // sqlite3_interrupt() stops the statements running when it is called; the statements the
    // check starts after it stop at their first steps.
    if (m_handle)
        sqlite3_progress_handler(
            static_cast<sqlite3 *>(m_handle), 1000,
            [](void *self) { return int(static_cast<CheckInterrupt *>(self)->isInterrupted()); },
            this);
    return true;
}

bool CheckInterrupt::attach(const Database &db)
{
    const QVariant handle = sql::connection(db).driver()->handle();
    return attach(qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3 *const *>(handle.constData())
                      : nullptr);
}

void CheckInterrupt::detach()
{
    const std::lock_guard lock(m_mutex);
    if (m_handle)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
    m_handle = nullptr;
}

Result<DatabaseCheck> checkDatabase(const std::shared_ptr<Database> &db)
{
    if (auto server = onServer(*db))
        return *server;
    auto checked =
        checkFileAndSchema(sql::connection(*db), Database::kSchemaVersion, Thoroughness::Full);
    if (!checked || !checked->integrity.isEmpty())
        return checked;
    DatabaseCheck check = std::move(checked).value();
    const QSqlDatabase connection = sql::connection(*db);
    const auto actual = schemaOf(connection);
    if (!actual)
        return actual.error();

    // The trail is checked even with a schema problem: it says what was cut.
    if (!actual->contains(QStringLiteral("table audit_events"))) {
        check.audit << QStringLiteral("no audit trail table");
        return check;
    }
    // The chain, the signed checkpoints and what the cases say was signed are judged by the
    // core (DeskMaintenance::check, audit::verifyTrail): the store does not call the core.
    check.auditTable = true;
    return check;
}

} // namespace gd
