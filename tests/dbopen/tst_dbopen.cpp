// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 items 3, 6 and 7: only GrantDesk databases are opened, migrations are all or
// nothing with one backup per source version, files are the owner's only, the lock follows
// the canonical path, writers wait for each other and storage problems exit 3.
#include <sys/stat.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/filestate.h"
#include "common/rawsqlite.h"
#include "core/i18n.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/databasefile.h"
#include "store/sql/queryerror.h"
#include "store/sqlite/schema.h"

using namespace gd;

namespace {

QByteArray sha256(const QString &path)
{
    return test::sha256Of(path);
}

int mode(const QString &path)
{
    return test::modeOf(path);
}

QString runSql(const QString &path, const QStringList &statements)
{
    return test::runSql(path, statements);
}

qint64 pragma(const QString &path, const QString &name)
{
    const QVariant value = test::sqlValue(path, QStringLiteral("PRAGMA ") + name);
    return value.isValid() ? value.toLongLong() : -1;
}

bool hasTable(const QString &path, const QString &table)
{
    return test::sqlValue(
               path,
               QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'").arg(table))
               .toInt() == 1;
}

QString errorOf(const Result<std::shared_ptr<Database>> &db)
{
    return db.ok() ? QString() : db.error().toString();
}

} // namespace

class TestDbOpen final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void foreignFileIsRefusedUnchanged();
    void halfGrantDeskFileIsRefusedUnchanged();
    void foreignMarkIsRefused();
    void damagedHeaderIsReportedAsDamaged();
    void newDatabaseIsMarkedAndOlderOnesGetTheMark();
    void migrationIsAllOrNothingWithOneBackup();
    void filesAreOwnerOnly();
    void cliFilesAreOwnerOnly();
    void symlinkIsRefusedByTheLock();
    void emptyLockFromAKillIsCleared();
    void concurrentWritersBothSucceed();
    void exitCodesSeparateStorageFromRefusedInput();
    void diskFullNamesTheFileInTheUiLanguage();
    void refusedReadOnlyMigrationLeavesNoBackup();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    QProcess *start(const QStringList &args);
    Run finish(QProcess *process);
    Run cli(const QStringList &args) { return finish(start(args)); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDbOpen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDbOpen::cleanup()
{
    i18n::install(QStringLiteral("en"));
}

QProcess *TestDbOpen::start(const QStringList &args)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("home/config")));
    env.insert(QStringLiteral("GRANTDESK_LANG"), QStringLiteral("en"));
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_dir->path());
    process->start(QStringLiteral(GRANTDESK_CLI), args);
    return process;
}

TestDbOpen::Run TestDbOpen::finish(QProcess *process)
{
    Run run;
    if (process->waitForFinished(60000)) {
        run.code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -2;
        run.out = QString::fromUtf8(process->readAllStandardOutput());
        run.err = QString::fromUtf8(process->readAllStandardError());
    }
    delete process;
    return run;
}

// "sqlite3 o.sqlite 'create table t(x)'; grantdesk-cli --db o.sqlite list" converted the file.
void TestDbOpen::foreignFileIsRefusedUnchanged()
{
    const QString file = path(QStringLiteral("o.sqlite"));
    QCOMPARE(runSql(file, {QStringLiteral("CREATE TABLE t(x)"),
                           QStringLiteral("INSERT INTO t VALUES (42)")}),
             QString());
    const QByteArray before = sha256(file);

    const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("list")});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QLatin1String("o.sqlite")) &&
                 run.err.contains(QLatin1String("not a GrantDesk database")),
             qPrintable(run.err));

    const auto opened = Database::open(file);
    QVERIFY(!opened.ok());
    QVERIFY2(errorOf(opened).contains(QLatin1String("not a GrantDesk database")),
             qPrintable(errorOf(opened)));

    QCOMPARE(sha256(file), before);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("o.sqlite*")}, QDir::Files),
             QStringList{QStringLiteral("o.sqlite")}); // no -wal, -shm, backup or lock left
}

// "A file that already has a table named audit_events is left half-converted at schema 1."
void TestDbOpen::halfGrantDeskFileIsRefusedUnchanged()
{
    const QString file = path(QStringLiteral("half.sqlite"));
    QCOMPARE(runSql(file, {QStringLiteral("CREATE TABLE audit_events(seq INTEGER PRIMARY KEY, "
                                          "note TEXT)"),
                           QStringLiteral("INSERT INTO audit_events VALUES (1, 'theirs')")}),
             QString());
    const QByteArray before = sha256(file);
    const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("demo")});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QLatin1String("half.sqlite")), qPrintable(run.err));
    QCOMPARE(sha256(file), before);
    QCOMPARE(pragma(file, QStringLiteral("user_version")), 0);
    QVERIFY(!hasTable(file, QStringLiteral("applicants")));

    // Claiming a schema version without GrantDesk's tables does not make it GrantDesk's.
    const QString claimed = path(QStringLiteral("claimed.sqlite"));
    QCOMPARE(runSql(claimed, {QStringLiteral("CREATE TABLE audit_events(x)"),
                              QStringLiteral("PRAGMA user_version=3")}),
             QString());
    const QByteArray claimedBefore = sha256(claimed);
    QVERIFY(!Database::open(claimed).ok());
    QCOMPARE(sha256(claimed), claimedBefore);
    QVERIFY(!QFileInfo::exists(claimed + QStringLiteral(".v3.bak")));
}

void TestDbOpen::foreignMarkIsRefused()
{
    // Another program's mark, even on GrantDesk's tables, is not ours.
    const QString file = path(QStringLiteral("other.sqlite"));
    QStringList statements = schema::migrationStep(0);
    statements << QStringLiteral("PRAGMA user_version=1")
               << QStringLiteral("PRAGMA application_id=1234");
    QCOMPARE(runSql(file, statements), QString());
    const QByteArray before = sha256(file);
    const auto opened = Database::open(file);
    QVERIFY(!opened.ok());
    QVERIFY2(errorOf(opened).contains(QLatin1String("not a GrantDesk database")),
             qPrintable(errorOf(opened)));
    QCOMPARE(sha256(file), before);
}

// "One header corruption is reported as 'made by a newer GrantDesk (schema 472787896)'."
void TestDbOpen::damagedHeaderIsReportedAsDamaged()
{
    const QString good = path(QStringLiteral("good.sqlite"));
    {
        const auto db = Database::open(good);
        QVERIFY2(db.ok(), qPrintable(errorOf(db)));
    }
    QFile source(good);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    source.close();

    struct Damage
    {
        const char *name;
        int offset;
        QByteArray with;
        const char *expected;
    };
    const QList<Damage> damages{
        {"version.sqlite", 60, QByteArray::fromHex("1c2e3fb8"), "is damaged"},
        {"negative.sqlite", 60, QByteArray::fromHex("ffffffff"), "is damaged"},
        {"magic.sqlite", 0, QByteArray("XQLite"), "header is damaged"},
        {"pagesize.sqlite", 16, QByteArray::fromHex("0003"), "is damaged"},
    };
    for (const Damage &damage : damages) {
        const QString file = path(QLatin1String(damage.name));
        QByteArray broken = bytes;
        broken.replace(damage.offset, damage.with.size(), damage.with);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(broken);
        out.close();
        const QByteArray before = sha256(file);

        const auto opened = Database::open(file);
        QVERIFY2(!opened.ok(), damage.name);
        const QString error = errorOf(opened);
        QVERIFY2(error.contains(QLatin1String(damage.expected)), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("newer")), qPrintable(error));
        QCOMPARE(sha256(file), before);

        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("list")});
        QCOMPARE(run.code, 3);
        QVERIFY2(!run.err.contains(QLatin1String("newer")), qPrintable(run.err));
    }

    // A plausible later schema of a marked file is still "newer", and left alone.
    const QString newer = path(QStringLiteral("newer.sqlite"));
    QVERIFY(QFile::copy(good, newer));
    QCOMPARE(
        runSql(newer, {QStringLiteral("PRAGMA user_version=%1").arg(Database::kSchemaVersion + 1)}),
        QString());
    const auto opened = Database::open(newer);
    QVERIFY2(errorOf(opened).contains(QLatin1String("newer GrantDesk")),
             qPrintable(errorOf(opened)));
}

void TestDbOpen::newDatabaseIsMarkedAndOlderOnesGetTheMark()
{
    const QString file = path(QStringLiteral("new.sqlite"));
    {
        const auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(errorOf(db)));
    }
    QCOMPARE(pragma(file, QStringLiteral("application_id")), qint64(dbfile::kApplicationId));
    QCOMPARE(pragma(file, QStringLiteral("user_version")), Database::kSchemaVersion);

    // A current-schema database from before the mark opens and is marked on its first write.
    const QString unmarked = path(QStringLiteral("unmarked.sqlite"));
    QVERIFY(QFile::copy(file, unmarked));
    QCOMPARE(runSql(unmarked, {QStringLiteral("PRAGMA application_id=0")}), QString());
    {
        const auto db = Database::open(unmarked);
        QVERIFY2(db.ok(), qPrintable(errorOf(db)));
    }
    QCOMPARE(pragma(unmarked, QStringLiteral("application_id")), qint64(dbfile::kApplicationId));

    // An empty SQLite file (no tables) is a new database, not a foreign one.
    const QString empty = path(QStringLiteral("empty.sqlite"));
    QCOMPARE(runSql(empty, {QStringLiteral("PRAGMA user_version=0")}), QString());
    const auto db = Database::open(empty);
    QVERIFY2(db.ok(), qPrintable(errorOf(db)));
}

void TestDbOpen::migrationIsAllOrNothingWithOneBackup()
{
    const QString file = path(QStringLiteral("old.sqlite"));
    QStringList v1 = schema::migrationStep(0);
    v1 << QStringLiteral("INSERT INTO applicants VALUES ('91440101MA5CXK7Q9R', 'A', "
                         "'2026-03-01T00:00:00Z')")
       << QStringLiteral("PRAGMA user_version=1")
       // The last step (v5 → v6) creates pending_files: this one makes it fail after the
       // earlier steps ran.
       << QStringLiteral("CREATE TABLE pending_files (x)");
    QCOMPARE(runSql(file, v1), QString());

    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto failed = Database::open(file);
        QVERIFY2(!failed.ok(), "the blocked migration must fail");
        QVERIFY2(errorOf(failed).contains(QLatin1String("pending_files")),
                 qPrintable(errorOf(failed)));
        // Nothing of v2..v5 stayed: the file is still at v1, without the reviews table.
        QCOMPARE(pragma(file, QStringLiteral("user_version")), 1);
        QCOMPARE(pragma(file, QStringLiteral("application_id")), 0);
        QVERIFY(!hasTable(file, QStringLiteral("reviews")));
        QVERIFY(!hasTable(file, QStringLiteral("audit_events")));
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("old.sqlite.*bak*")}, QDir::Files),
                 QStringList{QStringLiteral("old.sqlite.v1.bak")});
    }

    QCOMPARE(runSql(file, {QStringLiteral("DROP TABLE pending_files")}), QString());
    {
        const auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(errorOf(db)));
        QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
    }
    QCOMPARE(pragma(file, QStringLiteral("application_id")), qint64(dbfile::kApplicationId));
    QVERIFY(hasTable(file, QStringLiteral("reviews")));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("old.sqlite.*bak*")}, QDir::Files),
             QStringList{QStringLiteral("old.sqlite.v1.bak")});
    // The backup is the v1 file as it was, and the owner's only.
    const QString backup = path(QStringLiteral("old.sqlite.v1.bak"));
    QCOMPARE(pragma(backup, QStringLiteral("user_version")), 1);
    QVERIFY(hasTable(backup, QStringLiteral("pending_files")));
    QCOMPARE(mode(backup), 0600);
}

// "The database and the log are created 0644 in 0755 folders."
void TestDbOpen::filesAreOwnerOnly()
{
    const QString folder = path(QStringLiteral("a/b"));
    const QString file = folder + QStringLiteral("/g.sqlite");
    const auto db = Database::open(file);
    QVERIFY2(db.ok(), qPrintable(errorOf(db)));
    QCOMPARE(mode(path(QStringLiteral("a"))), 0700);
    QCOMPARE(mode(folder), 0700);
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")}) {
        QVERIFY2(QFileInfo::exists(file + suffix), qPrintable(suffix));
        QCOMPARE(mode(file + suffix), 0600);
    }
    const QString copy = folder + QStringLiteral("/copy.sqlite");
    QVERIFY(db.value()->backup(copy).ok());
    QCOMPARE(mode(copy), 0600);
}

void TestDbOpen::cliFilesAreOwnerOnly()
{
    const QString file = path(QStringLiteral("c/cli.sqlite"));
    const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("demo")});
    QCOMPARE(run.code, 0);
    QCOMPARE(mode(path(QStringLiteral("c"))), 0700);
    QCOMPARE(mode(file), 0600);
    const QString logs = path(QStringLiteral("home/data/GrantDesk/grantdesk/logs"));
    QCOMPARE(mode(logs), 0700);
    QCOMPARE(mode(logs + QStringLiteral("/grantdesk.log")), 0600);
    QCOMPARE(mode(path(QStringLiteral("home/data/GrantDesk"))), 0700);
}

// "Opening the same database through a symlink bypasses the single-instance lock."
void TestDbOpen::symlinkIsRefusedByTheLock()
{
    const QString file = path(QStringLiteral("real.sqlite"));
    const QString link = path(QStringLiteral("link.sqlite"));
    const auto first = Database::open(file);
    QVERIFY2(first.ok(), qPrintable(errorOf(first)));
    QVERIFY(QFile::link(file, link));
    QVERIFY(QDir().mkpath(path(QStringLiteral("sub"))));

    for (const QString &other : {link, path(QStringLiteral("sub/../real.sqlite"))}) {
        const auto second = Database::open(other);
        QVERIFY2(!second.ok(), qPrintable(other));
        QVERIFY2(errorOf(second).contains(QLatin1String("already open")),
                 qPrintable(errorOf(second)));
    }
    QCOMPARE(first.value()->path(), QFileInfo(file).canonicalFilePath());
}

// "Concurrent CLI runs fail with 'database is locked' and exit 2."
void TestDbOpen::concurrentWritersBothSucceed()
{
    // Two writers importing the same folder: the second waits for the first (up to 5 s) and
    // then finds everything stored. (This used `demo`, which now signs twelve reviews and
    // under the sanitizers holds the database longer than the 5 s a command waits.)
    const QString file = path(QStringLiteral("shared.sqlite"));
    const QString examples = QStringLiteral(GRANTDESK_TEST_DATA "/examples");
    QProcess *a = start({QStringLiteral("--db"), file, QStringLiteral("import"), examples});
    QProcess *b = start({QStringLiteral("--db"), file, QStringLiteral("import"), examples});
    const Run first = finish(a);
    const Run second = finish(b);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY2(second.code == 0, qPrintable(second.err));
    const Run list =
        cli({QStringLiteral("--db"), file, QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.code, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 3); // stored once
}

void TestDbOpen::exitCodesSeparateStorageFromRefusedInput()
{
    const QString file = path(QStringLiteral("codes.sqlite"));
    // Refused input: 2.
    const QString bad = path(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("{\"format\": \"grantdesk.application/1\", \"application\": 7}");
    badFile.close();
    QCOMPARE(cli({QStringLiteral("--db"), file, QStringLiteral("import"), bad}).code, 2);

    // Storage problems: 3 — a foreign file, a damaged one, a folder, a database in use.
    const QString foreign = path(QStringLiteral("foreign.sqlite"));
    QCOMPARE(runSql(foreign, {QStringLiteral("CREATE TABLE t(x)")}), QString());
    QCOMPARE(cli({QStringLiteral("--db"), foreign, QStringLiteral("import"), bad}).code, 3);
    QCOMPARE(cli({QStringLiteral("--db"), m_dir->path(), QStringLiteral("list")}).code, 3);

    const auto held = Database::open(file); // like the GUI holding it open
    QVERIFY2(held.ok(), qPrintable(errorOf(held)));
    const Run locked = cli({QStringLiteral("--db"), file, QStringLiteral("list")});
    QCOMPARE(locked.code, 3);
    QVERIFY2(locked.err.contains(QLatin1String("already open")), qPrintable(locked.err));
}

// "On a full disk the error says 'cannot create the lock file (read-only folder?)'."
void TestDbOpen::diskFullNamesTheFileInTheUiLanguage()
{
    const QString file = path(QStringLiteral("full.sqlite"));
    const auto db = Database::open(file);
    QVERIFY2(db.ok(), qPrintable(errorOf(db)));
    QSqlQuery q(sql::connection(*db.value()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages)));
    const QString insert = QStringLiteral("INSERT INTO blobs (sha256, size, content) VALUES "
                                          "(hex(randomblob(32)), 200000, randomblob(200000))");
    QVERIFY(!q.exec(insert));
    const Error english = queryError(q);
    QVERIFY2(english.what.contains(QLatin1String("disk is full")) &&
                 english.what.contains(QLatin1String("full.sqlite")),
             qPrintable(english.toString()));
    QVERIFY(dbfile::storageProblemSeen());

    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    QVERIFY(!q.exec(insert));
    const Error chinese = queryError(q);
    QVERIFY2(chinese.what.contains(QStringLiteral("磁盘已满")) &&
                 chinese.what.contains(QLatin1String("full.sqlite")),
             qPrintable(chinese.toString()));
}

// "Each refused migration of a read-only file leaves one more full-size .bak." An older
// database that cannot be written is refused unchanged, and nothing is created beside it, however
// often it is tried: a read-only file in a writable folder, and a file in a read-only folder.
// Permissions do not bind root, so as root the program runs as "nobody" (runuser, util-linux).
void TestDbOpen::refusedReadOnlyMigrationLeavesNoBackup()
{
    const bool root = ::geteuid() == 0;
    QTemporaryDir outer;
    QVERIFY(outer.isValid());
    const auto everyoneMay = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                             QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                             QFile::ExeGroup;
    QVERIFY(QFile::setPermissions(outer.path(), everyoneMay));
    QString program = QStringLiteral(GRANTDESK_CLI);
    if (root) { // nobody may not reach the build folder: a copy of the program beside
        program = outer.filePath(QStringLiteral("grantdesk-cli"));
        QVERIFY(QFile::copy(QStringLiteral(GRANTDESK_CLI), program));
    }
    QStringList v1 = schema::migrationStep(0);
    v1 << QStringLiteral("INSERT INTO applicants VALUES ('91440101MA5CXK7Q37', 'A', "
                         "'2026-03-01T00:00:00Z')")
       << QStringLiteral("PRAGMA user_version=1");

    struct Case
    {
        QString folder;
        bool folderWritable;
        bool fileWritable;
    };
    for (const Case &c : {Case{QStringLiteral("file-read-only"), true, false},
                          Case{QStringLiteral("folder-read-only"), false, true}}) {
        const QString folder = outer.filePath(c.folder);
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/old.sqlite");
        QCOMPARE(runSql(file, v1), QString());
        QVERIFY(QFile::setPermissions(
            file, c.fileWritable ? QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther |
                                       QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup
                                 : QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup));
        QVERIFY(QFile::setPermissions(
            folder, c.folderWritable ? everyoneMay | QFile::WriteOther | QFile::WriteGroup
                                     : QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                           QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
        const QByteArray before = sha256(file);
        const QStringList beside = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(beside, QStringList{QStringLiteral("old.sqlite")});
        // Reading commands open it read-only and refuse the upgrade; writing ones refuse too.
        for (const QStringList &command :
             {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("list")},
              QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
              QStringList{QStringLiteral("demo")}, QStringList{QStringLiteral("list")}}) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            test::startUnprivileged(process, program,
                                    QStringList{QStringLiteral("--db"), file} + command,
                                    outer.path());
            QVERIFY(process.waitForFinished(60000));
            const QString out = QString::fromUtf8(process.readAll());
            const QString what = c.folder + u' ' + command.join(u' ') + QStringLiteral(": ") + out;
            QVERIFY2(process.exitCode() == 3, qPrintable(what)); // a storage problem
            QVERIFY2(out.contains(QLatin1String("read-only")), qPrintable(what));
            QCOMPARE(sha256(file), before);
            QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), beside);
        }
        QVERIFY(QFile::setPermissions(folder, everyoneMay | QFile::WriteOwner));
    }
}

// A kill between the lock file's creation and its pid being written left an empty lock that
// refused every later start ("already open in another GrantDesk (process 0 on )").
void TestDbOpen::emptyLockFromAKillIsCleared()
{
    const QString file = path(QStringLiteral("killed.sqlite"));
    QVERIFY(Database::open(file).ok());
    QFile lock(file + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly)); // empty, as the kill left it
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                             QFileDevice::FileModificationTime));
    lock.close();
    const auto reopened = Database::open(file);
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
    // While it is open the lock names this process: a second open is still refused.
    const auto second = Database::open(file);
    QVERIFY(!second.ok());
    QVERIFY2(second.error().what.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(second.error().what));
}

QTEST_GUILESS_MAIN(TestDbOpen)
#include "tst_dbopen.moc"
