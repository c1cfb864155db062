// SPDX-License-Identifier: GPL-3.0-or-later
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/filestate.h"

/**
 * `grantdesk-cli db check` (issue 13 item 2) on the demo database and on copies that were
 * cut, emptied, extended or corrupted behind GrantDesk's back with plain SQL or bytes — the
 * issue's reproductions. Each is found and named; the sound database passes.
 */
class TestDbCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void soundDatabasePasses();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void corruptPageIsCorruption();
    void checkNeverWrites();
    void readOnlyOption();
    void readOnlyFolderCanBeChecked();

private:
    struct Run
    {
        int code = -1;
        QString out;
    };
    Run check(const QString &db) const;
    QString copyOfDemo(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_demo;
};

TestDbCheck::Run TestDbCheck::check(const QString &db) const
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(GRANTDESK_CLI),
              {QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("check")});
    if (!cli.waitForFinished(60000))
        return {};
    return {cli.exitCode(), QString::fromUtf8(cli.readAll())};
}

QString TestDbCheck::copyOfDemo(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_demo, path))
        qFatal("cannot copy the demo database");
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

namespace {

/** Runs @p statements on @p path as the sqlite3 tool would: no GrantDesk involved. */
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
}

} // namespace

void TestDbCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QProcess cli;
    cli.start(QStringLiteral(GRANTDESK_CLI),
              {QStringLiteral("--db"), m_demo, QStringLiteral("demo")});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    // A copy carries no WAL: checkpointed by the CLI's close.
    QVERIFY(!QFile::exists(m_demo + QStringLiteral("-wal")) ||
            QFile(m_demo + QStringLiteral("-wal")).size() == 0);
}

void TestDbCheck::soundDatabasePasses()
{
    const Run run = check(copyOfDemo(QStringLiteral("sound.sqlite")));
    QVERIFY2(run.code == 0, qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("integrity: ok")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("schema: as this GrantDesk creates it")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("audit trail: intact")), qPrintable(run.out));
}

void TestDbCheck::tamperingIsFound_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("found");
    const QString dropTrigger = QStringLiteral("DROP TRIGGER audit_events_no_delete");
    QTest::newRow("trail cut at the tail")
        << QStringList{dropTrigger,
                       QStringLiteral("DELETE FROM audit_events WHERE seq > (SELECT MAX(seq) - "
                                      "40 FROM audit_events)")}
        << QStringList{QStringLiteral("trigger audit_events_no_delete is missing")};
    QTest::newRow("trail emptied")
        << QStringList{dropTrigger, QStringLiteral("DELETE FROM audit_events")}
        << QStringList{QStringLiteral("trigger audit_events_no_delete is missing"),
                       QStringLiteral("but the audit trail has no events: it was emptied")};
    QTest::newRow("an actor changed")
        << QStringList{QStringLiteral("DROP TRIGGER audit_events_no_update"),
                       QStringLiteral("UPDATE audit_events SET actor = '某人' WHERE seq = 5")}
        << QStringList{QStringLiteral("trigger audit_events_no_update is missing"),
                       QStringLiteral("audit trail broken at seq 5")};
    QTest::newRow("a foreign table") << QStringList{QStringLiteral("CREATE TABLE t(x)")}
                                     << QStringList{QStringLiteral("table t is not GrantDesk's")};
    QTest::newRow("a column dropped")
        << QStringList{QStringLiteral("ALTER TABLE alert_acks DROP COLUMN note")}
        << QStringList{QStringLiteral("table alert_acks differs")};
}

void TestDbCheck::tamperingIsFound()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, found);
    const QString db = copyOfDemo(QStringLiteral("tampered.sqlite"));
    tamper(db, statements);
    const Run run = check(db);
    QVERIFY2(run.code == 1, qPrintable(run.out));
    for (const QString &text : found)
        QVERIFY2(run.out.contains(text), qPrintable(run.out));
}

void TestDbCheck::corruptPageIsCorruption()
{
    // One index page's cell pointers overwritten: every command still opens the file, so
    // only the check can tell. It says corruption (SQLite's words), not "newer version".
    const QString db = copyOfDemo(QStringLiteral("corrupt.sqlite"));
    int rootPage = 0;
    {
        QSqlDatabase sql =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("r"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery query(sql);
        QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = "
                                          "'index' AND name = 'av_latest_deadline'")));
        QVERIFY(query.next());
        rootPage = query.value(0).toInt();
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("r"));
    QVERIFY(rootPage > 1);
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(rootPage - 1) * 4096 + 8));
    file.write(QByteArray(16, '\xff'));
    file.close();
    const Run run = check(db);
    QVERIFY2(run.code == 1, qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("integrity: ")) &&
                 run.out.contains(QStringLiteral("On tree page %1").arg(rootPage)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("the file is damaged")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QLatin1String("newer")));
}

void TestDbCheck::checkNeverWrites()
{
    const QString db = copyOfDemo(QStringLiteral("untouched.sqlite"));
    tamper(db, {QStringLiteral("CREATE TABLE t(x)")});
    QFile before(db);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    QCOMPARE(check(db).code, 1);
    QFile after(db);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QVERIFY(!QFile::exists(db + QStringLiteral(".lock")));
}

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestDbCheck::readOnlyOption()
{
    // --read-only: reading commands work, writing ones are refused saying why, and the file
    // is left as it was (no lock, no migration, no journal mode change).
    const QString db = copyOfDemo(QStringLiteral("option.sqlite"));
    const QByteArray before = contentOf(db);
    auto run = [&db](const QStringList &command) {
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(GRANTDESK_CLI),
                  QStringList{QStringLiteral("--db"), db, QStringLiteral("--read-only")} + command);
        cli.waitForFinished(60000);
        return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAll()));
    };
    for (const QStringList &reading :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
          QStringList{QStringLiteral("db"), QStringLiteral("check")},
          QStringList{QStringLiteral("indicators")}, QStringList{QStringLiteral("alerts")}}) {
        const auto [code, out] = run(reading);
        QVERIFY2(code == 0, qPrintable(reading.join(u' ') + QStringLiteral(": ") + out));
    }
    const auto [code, out] = run({QStringLiteral("demo")});
    QCOMPARE(code, 3); // a storage problem: read-only
    QVERIFY2(out.contains(QLatin1String("opened read-only (--read-only was given); this "
                                        "command changes the database")),
             qPrintable(out));
    QCOMPARE(contentOf(db), before);
    QVERIFY(!QFile::exists(db + QStringLiteral(".lock")));
}

void TestDbCheck::readOnlyFolderCanBeChecked()
{
    // The archive: a database in a read-only folder. Listing and checking it work
    // (read-only is automatic) and nothing is created beside it. Permissions do not bind
    // root, so as root the commands run as "nobody" (runuser, util-linux).
    const bool root = ::geteuid() == 0;
    QTemporaryDir outer;
    QVERIFY(outer.isValid());
    QVERIFY(QFile::setPermissions(
        outer.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                          QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
    QString cli = QStringLiteral(GRANTDESK_CLI);
    if (root) { // nobody may not reach the build folder: a copy of the program beside
        cli = outer.filePath(QStringLiteral("grantdesk-cli"));
        QVERIFY(QFile::copy(QStringLiteral(GRANTDESK_CLI), cli));
    }
    const QString folder = outer.filePath(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/grantdesk.sqlite");
    QVERIFY(QFile::copy(m_demo, db));
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                              QFile::ExeOther | QFile::ReadGroup |
                                              QFile::ExeGroup));
    const QByteArray before = contentOf(db);
    auto run = [&](const QStringList &command) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        gd::test::startUnprivileged(process, cli, QStringList{QStringLiteral("--db"), db} + command,
                                    outer.path());
        process.waitForFinished(60000);
        return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAll()));
    };
    for (const QStringList &reading :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
          QStringList{QStringLiteral("db"), QStringLiteral("check")}}) {
        const auto [code, out] = run(reading);
        QVERIFY2(code == 0, qPrintable(reading.join(u' ') + QStringLiteral(": ") + out));
    }
    const auto [code, out] = run({QStringLiteral("demo")});
    QCOMPARE(code, 3); // a storage problem: read-only
    QVERIFY2(out.contains(QLatin1String("opened read-only (the file is read-only)")),
             qPrintable(out));
    QCOMPARE(contentOf(db), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("grantdesk.sqlite")});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_GUILESS_MAIN(TestDbCheck)
#include "tst_dbcheck.moc"
