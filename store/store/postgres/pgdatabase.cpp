// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/pgdatabase.h"

#include <atomic>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include "core/log.h"
#include "store/postgres/pgdialect.h"
#include "store/postgres/pgschema.h"
#include "store/sql/connection.h"
#include "store/sql/monitoringfacts.h"
#include "store/sql/queryerror.h"

namespace gd::postgres {
namespace {

std::atomic_int g_pgConnections{0};

// The messages' translation context, declared so that lupdate files them under it too (a free
// function calling QCoreApplication::translate left lupdate guessing the enclosing namespace's).
// Its name differs from the other files' Text classes: a unity batch compiles them together.
class DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

/** The server's own words for a failed connection or statement. */
QString serverText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

/** The QPSQL connection @p name to @p database on the server @p locator names, not yet open;
 *  invalid when the driver is missing. The password is libpq's: PGPASSWORD or ~/.pgpass. */
QSqlDatabase addServerConnection(const QString &name, const Locator &locator,
                                 const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(locator.host);
    db.setPort(locator.port);
    db.setUserName(locator.user);
    db.setDatabaseName(database);
    QString options = QStringLiteral("connect_timeout=10;application_name=GrantDesk");
    for (const auto &[key, value] : locator.tls)
        options += QStringLiteral(";%1=%2").arg(key, value);
    db.setConnectOptions(options);
    return db;
}

/** Why a connection failed, said plainly for the two refusals an officer meets most. */
QString connectProblem(const QSqlError &error)
{
    const QString text = serverText(error);
    if (text.contains(QLatin1String("no password supplied")))
        return DatabaseText::tr("the server asks for this login's password");
    if (text.contains(QLatin1String("password authentication failed")))
        return DatabaseText::tr("the server did not accept the password of this login");
    return DatabaseText::tr("cannot connect: %1").arg(text);
}

/** Creates the schema in an empty database, in one transaction. */
Status createSchema(QSqlDatabase &db)
{
    if (!db.transaction())
        return Error{QStringLiteral("schema"), serverText(db.lastError())};
    const QStringList statements = schemaVersion9() + schemaVersion10Step() +
                                   schemaVersion11Step() + schemaVersion12Step() + officerRoles();
    for (const QString &statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            const QString why = serverText(q.lastError());
            db.rollback();
            return Error{QStringLiteral("schema"), why};
        }
    }
    if (!db.commit())
        return Error{QStringLiteral("schema"), serverText(db.lastError())};
    log::info(QStringLiteral("office server: schema v%1 created").arg(Database::kSchemaVersion));
    return success();
}

/** The schema version the database holds: 0 when it holds no GrantDesk schema yet. */
Result<int> storedVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('grantdesk_schema') IS NOT NULL")) || !q.next())
        return Error{QStringLiteral("schema"), serverText(q.lastError())};
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT max(version) FROM grantdesk_schema")) || !q.next())
        return Error{QStringLiteral("schema"), serverText(q.lastError())};
    return q.value(0).toInt();
}

/** Runs @p statements in @p db's open transaction; rolls it back and names @p step on error. */
Status runStep(QSqlDatabase &db, const QStringList &statements, const QString &step)
{
    for (const QString &statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            const QString why = serverText(q.lastError());
            db.rollback();
            return Error{step, why};
        }
    }
    return success();
}

/** From @p from (9, 10 or 11) to this version in one transaction: v10's monitoring columns,
 *  v11's submission times, codes and indexes and v12's mark, then (from 9) the columns filled
 *  from the stored files. */
Status migrate(QSqlDatabase &db, int from)
{
    if (!db.transaction())
        return Error{QStringLiteral("schema"), serverText(db.lastError())};
    if (from < 10) {
        if (Status done = runStep(db, schemaVersion10Step(), QStringLiteral("migration to v10"));
            !done)
            return done;
    }
    if (from < 11) {
        if (Status done = runStep(db, schemaVersion11Step(), QStringLiteral("migration to v11"));
            !done)
            return done;
    }
    if (Status done = runStep(db, schemaVersion12Step(), QStringLiteral("migration to v12")); !done)
        return done;
    // The columns of both steps from the stored files, once they all exist.
    if (from < 10) {
        if (Status filled = sql::fillMonitoringFacts(db); !filled) {
            db.rollback();
            return filled;
        }
    }
    if (!db.commit())
        return Error{QStringLiteral("schema"), serverText(db.lastError())};
    log::info(QStringLiteral("office server: schema migrated from v%1 to v%2")
                  .arg(from)
                  .arg(Database::kSchemaVersion));
    return success();
}

/** Brings the schema to this version, or says why it cannot. */
Status bringUpToDate(QSqlDatabase &db, bool readOnly)
{
    const auto version = storedVersion(db);
    if (!version)
        return version.error();
    if (*version == Database::kSchemaVersion)
        return success();
    if (*version > Database::kSchemaVersion)
        return Error{
            QStringLiteral("schema"),
            DatabaseText::tr("the server's database has schema %1, newer than this GrantDesk "
                             "(%2): update GrantDesk")
                .arg(*version)
                .arg(Database::kSchemaVersion)};
    if (*version >= 9 && !readOnly)
        return migrate(db, *version);
    if (*version > 0) // later versions migrate step by step here, as the SQLite file does
        return Error{
            QStringLiteral("schema"),
            DatabaseText::tr("the server's database has schema %1, which this GrantDesk cannot "
                             "migrate")
                .arg(*version)};
    if (readOnly)
        return Error{
            QStringLiteral("schema"),
            DatabaseText::tr("the server's database holds no GrantDesk schema yet, and it was "
                             "opened read-only")};
    return createSchema(db);
}

} // namespace

QString Locator::toString() const
{
    const bool socket = host.startsWith(QLatin1Char('/'));
    QString text = QStringLiteral("postgresql://%1@%2").arg(user, socket ? QString() : host);
    if (!socket && port != 5432)
        text += QStringLiteral(":%1").arg(port);
    text += QLatin1Char('/') + database;
    QStringList query;
    if (socket) {
        query << QStringLiteral("host=") + host;
        if (port != 5432)
            query << QStringLiteral("port=%1").arg(port);
    }
    for (const auto &[key, value] : tls)
        query << key + QLatin1Char('=') + value;
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

namespace {

/** The locator's ?options: host and port (a socket's), and libpq's TLS settings. */
Status readOptions(const QUrlQuery &options, Locator &locator, const QString &where)
{
    static const QStringList tlsKeys = {QStringLiteral("sslmode"), QStringLiteral("sslcert"),
                                        QStringLiteral("sslkey"), QStringLiteral("sslrootcert")};
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    // libpq's connection string is built from these: nothing that would end or quote a value.
    static const QRegularExpression unsafe(QStringLiteral("[\\s;'\\\\]"));
    for (const auto &[key, value] : options.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            locator.host = value;
        } else if (key == QLatin1String("port")) {
            locator.port = value.toInt();
        } else if (!tlsKeys.contains(key)) {
            return Error{where,
                         DatabaseText::tr("the locator's option %1 is not one GrantDesk passes on "
                                          "(host, port, sslmode, sslcert, sslkey, sslrootcert)")
                             .arg(key)};
        } else if (key == QLatin1String("sslmode") && !modes.contains(value)) {
            return Error{where, DatabaseText::tr("sslmode %1 is not one of %2")
                                    .arg(value, modes.join(QStringLiteral(", ")))};
        } else if (value.isEmpty() || value.contains(unsafe)) {
            return Error{where,
                         DatabaseText::tr("the locator's %1 must be a file path without spaces, "
                                          "quotes or semicolons")
                             .arg(key)};
        } else {
            locator.tls.append({key, value});
        }
    }
    return success();
}

} // namespace

QString withoutPassword(const QString &text)
{
    static const QRegularExpression password(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://[^:/@?]*):[^@]*@"));
    QString shown = text;
    shown.replace(password, QStringLiteral("\\1@"));
    return shown;
}

Result<Locator> parseLocator(const QString &text)
{
    const QString where = QStringLiteral("database %1").arg(withoutPassword(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error{where, DatabaseText::tr("not a server locator; expected "
                                             "postgresql://USER@HOST[:PORT]/DATABASE")};
    if (!url.password().isEmpty())
        return Error{where, DatabaseText::tr(
                                "a password does not belong in the locator (it would be kept in "
                                "histories and logs); give it in PGPASSWORD or ~/.pgpass")};
    Locator locator;
    locator.user = url.userName();
    locator.host = url.host();
    locator.port = url.port(5432);
    locator.database = url.path().mid(1);
    if (auto read = readOptions(QUrlQuery(url), locator, where); !read)
        return read.error();
    if (locator.user.isEmpty())
        return Error{
            where, DatabaseText::tr("the locator names no user (postgresql://USER@HOST/DATABASE)")};
    if (locator.database.isEmpty() || locator.database.contains(QLatin1Char('/')))
        return Error{where, DatabaseText::tr(
                                "the locator names no database (postgresql://USER@HOST/DATABASE)")};
    if (locator.host.isEmpty())
        return Error{where, DatabaseText::tr(
                                "the locator names no host (postgresql://USER@HOST/DATABASE, or "
                                "?host=/folder for a Unix socket)")};
    if (locator.port <= 0 || locator.port > 65535)
        return Error{where, DatabaseText::tr("the locator's port is not a port number")};
    return locator;
}

Result<std::shared_ptr<Database>> Opener::open(const QString &text, bool readOnly,
                                               const QString &password)
{
    const auto locator = parseLocator(text);
    if (!locator)
        return locator.error();
    const QString shown = locator->toString();
    const QString where = QStringLiteral("database %1").arg(shown);
    const QString name = QStringLiteral("grantdesk-pg-%1").arg(++g_pgConnections);
    std::shared_ptr<Database> database(new Database(shown, name, Database::Engine::PostgreSQL));
    database->m_dialect = std::make_unique<PgDialect>();
    database->m_readOnly = readOnly;

    QSqlDatabase db = addServerConnection(name, *locator, locator->database);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!db.isValid())
        return Error{where, DatabaseText::tr("the Qt PostgreSQL driver is not installed "
                                             "(apt install libqt6sql6-psql)")};
    if (!db.open())
        return Error{where, connectProblem(db.lastError())};
    if (readOnly) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET default_transaction_read_only = on")))
            return Error{where, serverText(q.lastError())};
    }
    if (auto ready = bringUpToDate(db, readOnly); !ready)
        return Error{where, ready.error().what};
    return database;
}

Status Opener::createDatabase(const QString &text)
{
    const auto locator = parseLocator(text);
    if (!locator)
        return locator.error();
    const QString where = QStringLiteral("database %1").arg(locator->toString());
    const QString name = QStringLiteral("grantdesk-pg-create-%1").arg(++g_pgConnections);
    Status result = success();
    {
        QSqlDatabase db = addServerConnection(name, *locator, QStringLiteral("postgres"));
        if (!db.open()) {
            result = Error{where, connectProblem(db.lastError())};
        } else {
            QSqlQuery q(db);
            if (!run(q, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"),
                     {locator->database})) {
                result = Error{where, serverText(q.lastError())};
            } else if (!q.next()) {
                // Built by the server: the name is quoted there. UTF-8 whatever the cluster's
                // default, C collation: the store compares as SQLite does, byte by byte.
                QSqlQuery build(db);
                if (!run(build,
                         QStringLiteral("SELECT format('CREATE DATABASE %I ENCODING ''UTF8'' "
                                        "LC_COLLATE ''C'' LC_CTYPE ''C.UTF-8'' TEMPLATE "
                                        "template0', ?::text)"),
                         {locator->database}) ||
                    !build.next() || !q.exec(build.value(0).toString()))
                    result = Error{
                        where, DatabaseText::tr("cannot create the database: %1")
                                   .arg(serverText(q.lastError().isValid() ? q.lastError()
                                                                           : build.lastError()))};
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int Opener::schemaVersion(const Database &database)
{
    QSqlDatabase db = sql::connection(database);
    const auto version = storedVersion(db);
    return version ? *version : -1;
}

} // namespace gd::postgres
