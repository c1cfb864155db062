// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include "pgserver/pgtest.h"
#include "store/database.h"

/**
 * The database a store test runs on. The store suite runs twice (tests/CMakeLists.txt,
 * grantdesk_add_store_test): on the embedded SQLite file, and with GRANTDESK_TEST_ENGINE=
 * postgresql on a fresh database of the private PostgreSQL server ctest started
 * (pg_fixture.sh). Each call makes a new, empty database, as a new temporary file does.
 */
namespace gd::test {

inline bool onPostgres()
{
    return qEnvironmentVariable("GRANTDESK_TEST_ENGINE") == QLatin1String("postgresql");
}

/** The server databases this test program made (freshServerDatabase), dropped as it ends. */
inline QStringList &madeServerDatabases()
{
    static QStringList names;
    return names;
}

/**
 * Drops the databases this program made, when its QCoreApplication goes (the test object, and
 * the stores it held, are gone by then). A suite run makes some 250 of them, 2.9 GB that the
 * server's folder otherwise kept to the end: removing it took the fixture's stop 19 s here,
 * and past its 60 s limit in one CI run. WITH (FORCE) ends a connection a test left open.
 */
inline void dropServerDatabases()
{
    if (madeServerDatabases().isEmpty())
        return;
    {
        QSqlDatabase admin = pgtest::connection(QStringLiteral("testdatabase-drop"));
        if (admin.open()) {
            QSqlQuery q(admin);
            for (const QString &name : std::as_const(madeServerDatabases())) {
                if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)))
                    qWarning("%s", qPrintable(q.lastError().text()));
            }
        } else {
            qWarning("%s", qPrintable(admin.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("testdatabase-drop"));
    madeServerDatabases().clear();
}

/** A new empty database on the test server; its locator, or an empty string and a warning. */
inline QString freshServerDatabase()
{
    static std::atomic_int counter{0};
    const auto s = pgtest::connectionSettings();
    if (s.isEmpty()) {
        qWarning("GRANTDESK_TEST_ENGINE=postgresql, but no server state (run through ctest)");
        return {};
    }
    const QString name =
        QStringLiteral("gdt_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    {
        QSqlDatabase admin = pgtest::connection(QStringLiteral("testdatabase-admin"));
        if (!admin.open()) {
            qWarning("%s", qPrintable(admin.lastError().text()));
            return {};
        }
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return {};
        }
    }
    if (madeServerDatabases().isEmpty())
        qAddPostRoutine(dropServerDatabases);
    madeServerDatabases() << name;
    QSqlDatabase::removeDatabase(QStringLiteral("testdatabase-admin"));
    // The store reads the password as libpq does, from PGPASSWORD.
    qputenv("PGPASSWORD", s.value(QStringLiteral("PGPASSWORD")).toUtf8());
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(s.value(QStringLiteral("PGUSER")), name, s.value(QStringLiteral("PGHOST")),
             s.value(QStringLiteral("PGPORT")));
}

/** The locator of the server database made for @p sqlitePath (see openTestDatabase). */
inline QString &serverDatabaseFor(const QString &sqlitePath)
{
    static QHash<QString, QString> databases;
    return databases[sqlitePath];
}

/**
 * Runs @p statements on the test's database behind GrantDesk's back, as an attacker who holds
 * the file (SQLite) or the server's superuser (PostgreSQL) would; false if one fails.
 */
inline bool runAsOwner(const QString &sqlitePath, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db;
        if (onPostgres()) {
            db = pgtest::connection(QStringLiteral("owner"));
            const QString locator = serverDatabaseFor(sqlitePath);
            db.setDatabaseName(
                locator.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("owner"));
            db.setDatabaseName(sqlitePath);
        }
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    return ok;
}

/**
 * Opens the test's database: @p sqlitePath, or on PostgreSQL a server database of its own for
 * each path (fresh the first time, the same one when the test opens the path again).
 */
inline Result<std::shared_ptr<Database>> openTestDatabase(const QString &sqlitePath,
                                                          Database::Options options = {})
{
    if (!onPostgres())
        return Database::open(sqlitePath, options);
    QString &locator = serverDatabaseFor(sqlitePath);
    if (locator.isEmpty())
        locator = freshServerDatabase();
    if (locator.isEmpty())
        return Error{QStringLiteral("test database"), QStringLiteral("no test server")};
    auto opened = Database::open(locator, options);
    if (!opened)
        qWarning("%s", qPrintable(opened.error().toString()));
    return opened;
}

} // namespace gd::test
