// SPDX-License-Identifier: GPL-3.0-or-later
// The private PostgreSQL server the office-server tests stand on (pg_fixture.sh, issue 16):
// Qt's driver reaches it, only over its own socket, it does not run as root, passwords are
// checked, and pg_trgm finds the short Chinese terms that SQLite's trigram index misses.
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "pgtest.h"

class TestPgServer : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return {};
        }
        return q.value(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's PostgreSQL driver is missing (apt install libqt6sql6-psql)");
        QVERIFY2(!pgtest::connectionSettings().isEmpty(),
                 "no server state: run through ctest, which starts the postgresql fixture");
    }

    void reachesTheServerOnlyThroughItsPrivateSocket()
    {
        {
            QSqlDatabase db = pgtest::connection(QStringLiteral("admin"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QCOMPARE(scalar(db, QStringLiteral("SELECT current_user")).toString(),
                     QStringLiteral("grantdesk_admin"));
            QVERIFY(scalar(db, QStringLiteral("SHOW server_version_num")).toInt() >= 150000);
            QCOMPARE(scalar(db, QStringLiteral("SHOW listen_addresses")).toString(), QString());
            QCOMPARE(scalar(db, QStringLiteral("SHOW unix_socket_directories")).toString(),
                     pgtest::connectionSettings().value(QStringLiteral("PGHOST")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    }

    void serverDoesNotRunAsRoot()
    {
        const QFileInfo data(pgtest::connectionSettings().value(QStringLiteral("PGDIR")) +
                             QStringLiteral("/data"));
        QVERIFY(data.isDir());
        QVERIFY2(data.ownerId() != 0, "the cluster belongs to root");
    }

    void refusesAWrongPassword()
    {
        {
            QSqlDatabase db =
                pgtest::connection(QStringLiteral("wrong"), QStringLiteral("grantdesk_admin"),
                                   QStringLiteral("not-the-password"));
            QVERIFY(!db.open());
            QVERIFY2(db.lastError().text().contains(QStringLiteral("password authentication")),
                     qPrintable(db.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
    }

    void trigramIndexFindsTwoCharacterTerms()
    {
        {
            QSqlDatabase db = pgtest::connection(QStringLiteral("trgm"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE t (x text)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX ON t USING gin (x gin_trgm_ops)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO t VALUES ('地铁客流量统计'), ('公交（客流）'), ('气象观测')")));
            QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
            // Two characters, and two characters with punctuation: SQLite 3.40's trigram
            // table answers both with no rows; PostgreSQL rechecks and finds them.
            QCOMPARE(
                scalar(db, QStringLiteral("SELECT count(*) FROM t WHERE x LIKE '%客流%'")).toInt(),
                2);
            QCOMPARE(
                scalar(db, QStringLiteral("SELECT count(*) FROM t WHERE x LIKE '%（客%'")).toInt(),
                1);
            QCOMPARE(
                scalar(db, QStringLiteral("SELECT count(*) FROM t WHERE x LIKE '%观测%'")).toInt(),
                1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trgm"));
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
