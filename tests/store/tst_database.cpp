// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "store/database.h"
#include "store/postgres/pgdatabase.h"
#include "store/sql/connection.h"

using namespace gd;

/** Opening, migrating, locking and refusing databases. */
class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshDatabaseHasCurrentSchema();
    void reopenKeepsData();
    void serverLocatorsAreCheckedWithoutEchoingAPassword_data();
    void serverLocatorsAreCheckedWithoutEchoingAPassword();
    void serverLocatorCarriesAClientCertificate();
    void migratesEmptyVersion0File();
    void refusesVersion0FileWithOtherTables();
    void foreignKeysAreEnforced();
    void walIsOn();
    void secondInstanceIsRefused();
    void lockIsReleasedOnClose();
    void corruptFileIsRefusedClearly();
    void newerSchemaIsRefused();
    void backupCopiesEverything();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("test.sqlite")); }
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

static QStringList tables(const Database &db)
{
    QSqlQuery q(sql::connection(db));
    q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('table') ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void TestDatabase::freshDatabaseHasCurrentSchema()
{
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
    const QStringList names = tables(*db.value());
    for (const char *table :
         {"applicants", "application_versions", "requested_resources", "attachments", "blobs",
          "register_resources", "register_history", "search"})
        QVERIFY2(names.contains(QLatin1String(table)), table);
    QVERIFY(db.value()->integrityCheck().ok());
}

// Refused before any connection is tried, each naming what is wrong; a password given in the
// locator is refused and never repeated in the error (which is printed and logged).
void TestDatabase::serverLocatorsAreCheckedWithoutEchoingAPassword_data()
{
    QTest::addColumn<QString>("locator");
    QTest::addColumn<QString>("expected");
    QTest::newRow("password") << QStringLiteral("postgresql://zhangmin:s3cret@db/office")
                              << QStringLiteral("a password does not belong in the locator");
    QTest::newRow("password, not a URL")
        << QStringLiteral("postgresql://zhangmin:s3cret/x?y@db/office")
        << QStringLiteral("not a server locator");
    QTest::newRow("no user") << QStringLiteral("postgresql://db/office")
                             << QStringLiteral("names no user");
    QTest::newRow("no database") << QStringLiteral("postgresql://zhangmin@db/")
                                 << QStringLiteral("names no database");
    QTest::newRow("no host") << QStringLiteral("postgresql://zhangmin@/office")
                             << QStringLiteral("names no host");
    QTest::newRow("other server") << QStringLiteral("mysql://zhangmin:s3cret@db/office")
                                  << QStringLiteral("names a server GrantDesk cannot use");
    QTest::newRow("unknown option")
        << QStringLiteral("postgresql://zhangmin@db/office?sslmode=require&options=-c%20x")
        << QStringLiteral("option options is not one GrantDesk passes on");
    QTest::newRow("bad sslmode") << QStringLiteral("postgresql://zhangmin@db/office?sslmode=on")
                                 << QStringLiteral("sslmode on is not one of");
    QTest::newRow("quoted path") << QStringLiteral(
                                        "postgresql://zhangmin@db/office?sslcert=/k/a%27b.crt")
                                 << QStringLiteral("sslcert must be a file path");
    QTest::newRow("bad port") << QStringLiteral("postgresql://zhangmin:s3cret@db:99999/office")
                              << QStringLiteral("not a server locator");
}

void TestDatabase::serverLocatorsAreCheckedWithoutEchoingAPassword()
{
    QFETCH(QString, locator);
    QFETCH(QString, expected);
    const auto db = Database::open(locator);
    QVERIFY(!db.ok());
    const QString error = db.error().toString();
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("s3cret")), qPrintable(error));
    const QString scheme = locator.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':');
    QVERIFY2(!QDir::current().exists(scheme), "a locator was taken for a file path");
}

// A client certificate's files and libpq's sslmode pass through the locator, and it reads
// back as given (the title, the settings and db copy show and keep it).
void TestDatabase::serverLocatorCarriesAClientCertificate()
{
    const QString text = QStringLiteral(
        "postgresql://zhangmin@db.example:5433/office?sslmode=verify-full&sslcert=/k/zm.crt&"
        "sslkey=/k/zm.key&sslrootcert=/k/ca.crt");
    const auto locator = postgres::parseLocator(text);
    QVERIFY2(locator.ok(), qPrintable(locator.ok() ? QString() : locator.error().toString()));
    QCOMPARE(locator->host, QStringLiteral("db.example"));
    QCOMPARE(locator->port, 5433);
    QCOMPARE(locator->tls.size(), 4);
    QCOMPARE(locator->tls.first(),
             qMakePair(QStringLiteral("sslmode"), QStringLiteral("verify-full")));
    QCOMPARE(locator->toString(), text);
    const QString socket = QStringLiteral("postgresql://zhangmin@/office?host=/run/pg&port=5433");
    QCOMPARE(postgres::parseLocator(socket)->toString(), socket);
}

void TestDatabase::reopenKeepsData()
{
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
        QSqlQuery q(sql::connection(*db.value()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO applicants VALUES ('91440101MA5CXK7Q9R', "
                                      "'甲', '2026-01-01')")));
    }
    auto db = Database::open(path());
    QVERIFY(db.ok());
    QSqlQuery q(sql::connection(*db.value()));
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM applicants")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("甲"));
    QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
}

void TestDatabase::migratesEmptyVersion0File()
{
    QFile empty(path());
    QVERIFY(empty.open(QIODevice::WriteOnly)); // a zero-byte file is a valid v0 SQLite database
    empty.close();
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
    QVERIFY(tables(*db.value()).contains(QStringLiteral("application_versions")));
}

void TestDatabase::refusesVersion0FileWithOtherTables()
{
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    // Another program's file (issue 13): refused, and no GrantDesk table or backup added.
    auto db = Database::open(path());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().what.contains(QLatin1String("not a GrantDesk database")),
             qPrintable(db.error().toString()));
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    QCOMPARE(files, QStringList{QFileInfo(path()).fileName()});
}

void TestDatabase::foreignKeysAreEnforced()
{
    auto db = Database::open(path());
    QVERIFY(db.ok());
    QSqlQuery q(sql::connection(*db.value()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // An attachment must point at stored content, a version at a stored applicant.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO attachments (version_pk, position, name, kind, "
                                   "path, sha256) VALUES (999, 0, 'x', 'other', 'x', '%1')")
                        .arg(QString(64, QLatin1Char('a')))));
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("FOREIGN KEY")));
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO application_versions (app_id, version, content_sha256, "
        "submitted_at, applicant_code, applicant_name, scenario_name, domain, mode, use_class, "
        "period_start, period_end, resource_count, imported_at) VALUES ('X-1', 1, '', '', "
        "'nobody', '', '', '', 'whole', 'industry', '', '', 0, '')")));
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("FOREIGN KEY")));
}

void TestDatabase::walIsOn()
{
    auto db = Database::open(path());
    QVERIFY(db.ok());
    QSqlQuery q(sql::connection(*db.value()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

void TestDatabase::secondInstanceIsRefused()
{
    auto first = Database::open(path());
    QVERIFY(first.ok());
    auto second = Database::open(path());
    QVERIFY(!second.ok());
    QVERIFY2(second.error().what.contains(QLatin1String("already open")),
             qPrintable(second.error().toString()));
    QVERIFY(second.error().where.contains(QLatin1String("test.sqlite")));
}

void TestDatabase::lockIsReleasedOnClose()
{
    {
        auto first = Database::open(path());
        QVERIFY(first.ok());
    }
    auto again = Database::open(path());
    QVERIFY(again.ok());
}

void TestDatabase::corruptFileIsRefusedClearly()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto db = Database::open(path());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().toString().contains(QLatin1String("not a GrantDesk database")),
             qPrintable(db.error().toString()));
    QFile check(path());
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray(8192, 'x')); // nothing was written into it
}

void TestDatabase::newerSchemaIsRefused()
{
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
        QSqlQuery q(sql::connection(*db.value()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::kSchemaVersion + 1)));
    }
    auto db = Database::open(path());
    QVERIFY(!db.ok());
    QVERIFY(db.error().what.contains(QLatin1String("newer GrantDesk")));
}

void TestDatabase::backupCopiesEverything()
{
    auto db = Database::open(path());
    QVERIFY(db.ok());
    QSqlQuery q(sql::connection(*db.value()));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO applicants VALUES ('c', 'n', 'd')")));
    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(db.value()->backup(copy).ok());
    auto restored = Database::open(copy);
    QVERIFY(restored.ok());
    QSqlQuery r(sql::connection(*restored.value()));
    QVERIFY(r.exec(QStringLiteral("SELECT COUNT(*) FROM applicants")));
    QVERIFY(r.next());
    QCOMPARE(r.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
