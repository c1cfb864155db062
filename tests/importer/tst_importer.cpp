// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <atomic>
#include <memory>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "importer/importer.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/repositories.h"
#include "common/errortext.h"

using namespace gd;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(GRANTDESK_TEST_DATA "/") + relative;
}

using gd::test::describe;

QString describe(const ImportReport &report)
{
    QStringList lines;
    for (const FileOutcome &f : report.files)
        lines
            << QStringLiteral("%1 kind=%2 %3").arg(f.path).arg(int(f.kind)).arg(describe(f.errors));
    return lines.join(QLatin1Char('\n'));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** The fj-health example as a JSON object, to derive versions from. */
QJsonObject fjHealth()
{
    QFile file(dataPath(QStringLiteral("examples/fj-health-0007.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray fjVersion(int version, const QString &description = {})
{
    QJsonObject root = fjHealth();
    root.insert(QStringLiteral("version"), version);
    if (!description.isEmpty()) {
        QJsonObject scenario = root.value(QStringLiteral("scenario")).toObject();
        scenario.insert(QStringLiteral("description"), description);
        root.insert(QStringLiteral("scenario"), scenario);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

class TestImporter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void badFixtureChangesNothing_data();
    void badFixtureChangesNothing();
    void examplesAddedThenUnchanged();
    void sameVersionDifferentContentRefused();
    void versionsInAnyOrder();
    void gapWarning();
    void searchFindsTheLatestVersionWhateverTheBatch();
    void folderSkipsOtherJson();
    void explicitFileIsAlwaysValidated();
    void refusedFileDoesNotStopOthers();
    void cancelStopsBetweenFiles();
    void filesReadAheadAreReportedInOrder();
    void oversizedFileRefused();

private:
    /** Row counts of every table plus the inbox count: equal before and after a refusal. */
    QStringList snapshot() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = gd::test::openTestDatabase(m_dir->filePath(QStringLiteral("test.sqlite")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    m_db = db.value();
}

void TestImporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestImporter::snapshot() const
{
    QStringList result;
    QSqlQuery tables(sql::connection(*m_db));
    if (!tables.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return {QStringLiteral("cannot list tables")};
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery count(sql::connection(*m_db));
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name)) || !count.next())
            continue; // e.g. virtual tables that cannot be counted
        result << QStringLiteral("%1=%2").arg(name, count.value(0).toString());
    }
    InboxQuery all;
    all.allVersions = true;
    const auto inbox = makeApplicationStore(m_db)->count(all);
    result << QStringLiteral("inbox=%1").arg(inbox.ok() ? inbox.value() : -1);
    return result;
}

void TestImporter::badFixtureChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    const QDir bad(dataPath(QStringLiteral("import/bad")));
    const QStringList names = bad.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(names.size() >= 22);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << bad.filePath(name + QStringLiteral("/application.json"));
}

void TestImporter::badFixtureChangesNothing()
{
    QFETCH(QString, file);
    Importer importer(m_db);
    // Something stored already, so that "unchanged" is not just "empty".
    QCOMPARE(importer
                 .importFile(dataPath(QStringLiteral("examples/fj-health-0007.json")),
                             QStringLiteral("fj.json"))
                 .kind,
             FileOutcome::Kind::Added);
    const QStringList before = snapshot();

    const ImportReport report = importer.importPaths({file});
    QCOMPARE(report.files.size(), 1);
    QCOMPARE(report.files.first().kind, FileOutcome::Kind::Refused);
    QVERIFY(!report.files.first().errors.isEmpty());
    QVERIFY(report.anyRefused());
    QCOMPARE(report.files.first().errors.first().where.section(QLatin1Char(':'), 0, 0), file);
    QCOMPARE(snapshot(), before);
}

void TestImporter::examplesAddedThenUnchanged()
{
    Importer importer(m_db);
    const QString examples = dataPath(QStringLiteral("examples"));
    const ImportReport first = importer.importPaths({examples});
    QVERIFY2(!first.anyRefused(), qPrintable(describe(first)));
    QCOMPARE(first.count(FileOutcome::Kind::Added), 3);
    // The fee rule files and the register are JSON but not applications: named, skipped.
    QCOMPARE(first.count(FileOutcome::Kind::Skipped), 3);
    QStringList skipped;
    for (const FileOutcome &f : first.files) {
        if (f.kind == FileOutcome::Kind::Skipped) {
            skipped << QFileInfo(f.path).fileName();
            QCOMPARE(f.errors.size(), 1);
            QVERIFY(f.errors.first().where.endsWith(QFileInfo(f.path).fileName()));
            QVERIFY(f.errors.first().what.contains(QLatin1String("not an application")));
        }
    }
    skipped.sort();
    QCOMPARE(skipped,
             QStringList({QStringLiteral("fee-rules-gz.json"), QStringLiteral("fee-rules-gzh.json"),
                          QStringLiteral("register-demo.json")}));
    // FJ-2026-0007 arrives as version 2 alone: version 1 never reached this database.
    QCOMPARE(first.warnings,
             QStringList{QStringLiteral("FJ-2026-0007: version 1 is missing (stored: 2)")});
    QVERIFY(!first.cancelled);
    const QStringList after = snapshot();

    const ImportReport second = importer.importPaths({examples});
    QCOMPARE(second.count(FileOutcome::Kind::Unchanged), 3);
    QCOMPARE(second.count(FileOutcome::Kind::Added), 0);
    QVERIFY(!second.anyRefused()); // the CLI exits 0
    QCOMPARE(snapshot(), after);

    const auto store = makeApplicationStore(m_db);
    QCOMPARE(store->latestVersion(QStringLiteral("GZ-2026-0001")).value(), 1);
    const auto attachment = store->attachmentContent(
        QStringLiteral("cfff5a5a02cbba6b4dda3889482334e179f9c9cafee0bf4f20c644a34d99492b"));
    QVERIFY(attachment.ok());
    QCOMPARE(attachment.value().size(), 80);
}

void TestImporter::sameVersionDifferentContentRefused()
{
    Importer importer(m_db);
    QCOMPARE(importer
                 .importFile(dataPath(QStringLiteral("examples/fj-health-0007.json")),
                             QStringLiteral("fj.json"))
                 .kind,
             FileOutcome::Kind::Added);
    const QStringList before = snapshot();
    const QString changed = m_dir->filePath(QStringLiteral("fj-changed.json"));
    QVERIFY(writeFile(changed, fjVersion(2, QStringLiteral("改过的描述"))));
    const FileOutcome outcome = importer.importFile(changed, QStringLiteral("fj-changed.json"));
    QCOMPARE(outcome.kind, FileOutcome::Kind::Refused);
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().where, QStringLiteral("fj-changed.json"));
    QVERIFY2(outcome.errors.first().what.contains(QLatin1String("FJ-2026-0007 v2")) &&
                 outcome.errors.first().what.contains(QLatin1String("different")),
             qPrintable(outcome.errors.first().what));
    QCOMPARE(snapshot(), before);
}

void TestImporter::versionsInAnyOrder()
{
    QStringList files;
    for (int version : {3, 1, 2}) {
        files << m_dir->filePath(QStringLiteral("v%1.json").arg(version));
        QVERIFY(writeFile(files.last(), fjVersion(version)));
    }
    const ImportReport report = Importer(m_db).importPaths(files);
    QCOMPARE(report.count(FileOutcome::Kind::Added), 3);
    QCOMPARE(report.files.at(0).version, 3);
    QVERIFY(report.warnings.isEmpty());

    const auto store = makeApplicationStore(m_db);
    QCOMPARE(store->latestVersion(QStringLiteral("FJ-2026-0007")).value(), 3);
    QCOMPARE(store->versions(QStringLiteral("FJ-2026-0007")).value().size(), 3);
    InboxQuery latest;
    QCOMPARE(store->count(latest).value(), 1);
    InboxQuery all;
    all.allVersions = true;
    QCOMPARE(store->count(all).value(), 3);
}

void TestImporter::gapWarning()
{
    const QString v1 = m_dir->filePath(QStringLiteral("v1.json"));
    const QString v3 = m_dir->filePath(QStringLiteral("v3.json"));
    QVERIFY(writeFile(v1, fjVersion(1)));
    QVERIFY(writeFile(v3, fjVersion(3)));
    Importer importer(m_db);
    const ImportReport report = importer.importPaths({v3, v1});
    QCOMPARE(report.count(FileOutcome::Kind::Added), 2);
    QCOMPARE(report.warnings,
             QStringList(QStringLiteral("FJ-2026-0007: version 2 is missing (stored: 1, 3)")));

    const QString v2 = m_dir->filePath(QStringLiteral("v2.json"));
    QVERIFY(writeFile(v2, fjVersion(2)));
    QVERIFY(importer.importPaths({v2}).warnings.isEmpty());
}

/**
 * Versions of @p term's matches, latest versions only or all of them, in version order; {-2}
 * when the count disagrees (a search's count reads the full-text table's own mark of the
 * latest version, the rows join the versions).
 */
static QList<int> searchVersions(ApplicationStore &store, const QString &term, bool allVersions)
{
    InboxQuery query;
    query.search = term;
    query.allVersions = allVersions;
    const auto rows = store.rows(query, 0, 50);
    if (!rows)
        return {-1};
    QList<int> versions;
    for (const InboxRow &row : *rows)
        versions << row.version;
    std::sort(versions.begin(), versions.end());
    const auto count = store.count(query);
    if (!count || *count != versions.size())
        return {-2};
    return versions;
}

// The importer indexes a batch's files for search at the batch's end; the search tables
// (trigrams and the one- and two-character table) must still mark the latest version when
// versions arrive in one batch, in any order, or in later batches.
void TestImporter::searchFindsTheLatestVersionWhateverTheBatch()
{
    const auto write = [this](int version, const QString &description) {
        const QString path = m_dir->filePath(QStringLiteral("v%1.json").arg(version));
        return writeFile(path, fjVersion(version, description)) ? path : QString();
    };
    const auto store = makeApplicationStore(m_db);
    Importer importer(m_db);
    // One batch, the later version first: v3 is the latest, v1 is not.
    QCOMPARE(importer
                 .importPaths({write(3, QStringLiteral("港口调度走廊")),
                               write(1, QStringLiteral("港口调度"))})
                 .count(FileOutcome::Kind::Added),
             2);
    QCOMPARE(searchVersions(*store, QStringLiteral("FJ-2026-0007"), false), QList<int>{3});
    QCOMPARE(searchVersions(*store, QStringLiteral("港口调度"), true), (QList<int>{1, 3}));
    QCOMPARE(searchVersions(*store, QStringLiteral("走廊"), false), QList<int>{3});
    // An earlier version in a later batch changes nothing.
    QCOMPARE(importer.importPaths({write(2, QStringLiteral("低空航线"))})
                 .count(FileOutcome::Kind::Added),
             1);
    QCOMPARE(searchVersions(*store, QStringLiteral("走廊"), false), QList<int>{3});
    QCOMPARE(searchVersions(*store, QStringLiteral("航线"), false), QList<int>{});
    QCOMPARE(searchVersions(*store, QStringLiteral("低空航线"), true), QList<int>{2});
    // Two later versions in one more batch: the last takes the mark from v3 in both tables.
    QCOMPARE(importer
                 .importPaths(
                     {write(4, QStringLiteral("客流预测")), write(5, QStringLiteral("碳排核算"))})
                 .count(FileOutcome::Kind::Added),
             2);
    QCOMPARE(searchVersions(*store, QStringLiteral("走廊"), false), QList<int>{});
    QCOMPARE(searchVersions(*store, QStringLiteral("港口调度"), false), QList<int>{});
    QCOMPARE(searchVersions(*store, QStringLiteral("客流"), false), QList<int>{});
    QCOMPARE(searchVersions(*store, QStringLiteral("碳排"), false), QList<int>{5});
    QCOMPARE(searchVersions(*store, QStringLiteral("碳排核算"), false), QList<int>{5});
    QCOMPARE(searchVersions(*store, QStringLiteral("FJ-2026-0007"), true),
             (QList<int>{1, 2, 3, 4, 5}));
}

void TestImporter::folderSkipsOtherJson()
{
    const QString folder = m_dir->filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
    QVERIFY(writeFile(folder + QStringLiteral("/sub/app.json"), fjVersion(2)));
    QVERIFY(writeFile(folder + QStringLiteral("/notes.json"), R"({"format": "other/1"})"));
    QVERIFY(writeFile(folder + QStringLiteral("/list.json"), "[1, 2]"));
    QVERIFY(writeFile(folder + QStringLiteral("/readme.txt"), "not JSON at all"));
    // Broken, but recognisably an application: refused with its errors, not skipped.
    QVERIFY(writeFile(folder + QStringLiteral("/broken.json"),
                      R"({"format": "grantdesk.application/1", "id": )"));

    QList<FileOutcome> skipped;
    const QStringList files = Importer::collectFiles({folder}, &skipped);
    QCOMPARE(files, QStringList({folder + QStringLiteral("/broken.json"),
                                 folder + QStringLiteral("/sub/app.json")}));
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(skipped.at(0).path, folder + QStringLiteral("/list.json"));
    QCOMPARE(skipped.at(1).path, folder + QStringLiteral("/notes.json"));
    QCOMPARE(skipped.at(1).kind, FileOutcome::Kind::Skipped);
    QCOMPARE(skipped.at(1).errors.size(), 1);
    QCOMPARE(skipped.at(1).errors.first().toString(),
             folder + QStringLiteral("/notes.json: not an application file "
                                     "(format 'other/1')"));

    const ImportReport report = Importer(m_db).importPaths({folder});
    QCOMPARE(report.count(FileOutcome::Kind::Added), 1);
    QCOMPARE(report.count(FileOutcome::Kind::Refused), 1);
    QCOMPARE(report.count(FileOutcome::Kind::Skipped), 2);
    QCOMPARE(report.files.size(), 4); // readme.txt is not mentioned
}

void TestImporter::explicitFileIsAlwaysValidated()
{
    const QString notes = m_dir->filePath(QStringLiteral("notes.json"));
    QVERIFY(writeFile(notes, R"({"format": "other/1"})"));
    const ImportReport report = Importer(m_db).importPaths({notes});
    QCOMPARE(report.files.size(), 1);
    QCOMPARE(report.files.first().kind, FileOutcome::Kind::Refused);
    // Another kind of file gets one clear error, not one per missing field.
    QCOMPARE(describe(report.files.first().errors),
             notes + QStringLiteral(": format: must be 'grantdesk.application/1' or "
                                    "'grantdesk.application/2', not 'other/1'"));

    const QString missing = m_dir->filePath(QStringLiteral("missing.json"));
    const ImportReport none = Importer(m_db).importPaths({missing});
    QCOMPARE(none.files.size(), 1);
    QCOMPARE(none.files.first().kind, FileOutcome::Kind::Refused);
    QVERIFY(none.files.first().errors.first().what.startsWith(QLatin1String("cannot read")));
}

void TestImporter::refusedFileDoesNotStopOthers()
{
    const QString bad = dataPath(QStringLiteral("import/bad/credit-code-check/application.json"));
    const ImportReport report =
        Importer(m_db).importPaths({bad, dataPath(QStringLiteral("examples/gzh-tour-0042.json"))});
    QCOMPARE(report.count(FileOutcome::Kind::Refused), 1);
    QCOMPARE(report.count(FileOutcome::Kind::Added), 1);
    QCOMPARE(report.files.at(1).id, QStringLiteral("GZH-2026-0042"));
    InboxQuery all;
    all.allVersions = true;
    QCOMPARE(makeApplicationStore(m_db)->count(all).value(), 1);
}

void TestImporter::cancelStopsBetweenFiles()
{
    QStringList files;
    for (int version = 1; version <= 3; ++version) {
        files << m_dir->filePath(QStringLiteral("v%1.json").arg(version));
        QVERIFY(writeFile(files.last(), fjVersion(version)));
    }
    std::atomic_bool cancel = false;
    QList<int> done;
    const ImportReport report = Importer(m_db).importPaths(
        files,
        [&](int n, int total, const QString &path) {
            QCOMPARE(total, 3);
            QCOMPARE(path, files.at(n - 1));
            done << n;
            cancel = true;
        },
        &cancel);
    QVERIFY(report.cancelled);
    QCOMPARE(done, QList<int>({1}));
    QCOMPARE(report.files.size(), 1);
    QCOMPARE(report.files.first().kind, FileOutcome::Kind::Added);
    QCOMPARE(makeApplicationStore(m_db)->latestVersion(QStringLiteral("FJ-2026-0007")).value(), 1);
}

/**
 * A folder of more files than are read ahead at a time (32), applications among other JSON
 * files and broken applications: every file is reported once, the skipped ones first and the
 * others in path order, progress follows the files in that order, and a cancellation in the
 * middle stores exactly the applications before it (files already read ahead are dropped).
 */
void TestImporter::filesReadAheadAreReportedInOrder()
{
    const QString folder = m_dir->filePath(QStringLiteral("many"));
    QVERIFY(QDir().mkpath(folder));
    QStringList paths;
    QList<FileOutcome::Kind> kinds;
    int version = 0;
    for (int i = 0; i < 100; ++i) {
        paths << folder + QStringLiteral("/f%1.json").arg(i, 3, 10, QLatin1Char('0'));
        if (i % 10 == 9) {
            QVERIFY(writeFile(paths.last(), R"({"format": "other/1"})"));
            kinds << FileOutcome::Kind::Skipped;
        } else if (i % 15 == 14) {
            QVERIFY(writeFile(paths.last(), R"({"format": "grantdesk.application/1", "id": )"));
            kinds << FileOutcome::Kind::Refused;
        } else {
            QVERIFY(writeFile(paths.last(), fjVersion(++version)));
            kinds << FileOutcome::Kind::Added;
        }
    }
    // The report expected for the first @p n files: skipped files first, then the others.
    const auto expected = [&](int n) {
        QStringList lines;
        for (FileOutcome::Kind first : {FileOutcome::Kind::Skipped, FileOutcome::Kind::Added}) {
            for (int i = 0; i < n; ++i) {
                if ((kinds.at(i) == FileOutcome::Kind::Skipped) ==
                    (first == FileOutcome::Kind::Skipped))
                    lines << QStringLiteral("%1 %2").arg(paths.at(i)).arg(int(kinds.at(i)));
            }
        }
        return lines;
    };
    const auto reported = [](const ImportReport &report) {
        QStringList lines;
        for (const FileOutcome &f : report.files)
            lines << QStringLiteral("%1 %2").arg(f.path).arg(int(f.kind));
        return lines;
    };
    const auto applicationsIn = [&](int n) {
        return int(std::count(kinds.cbegin(), kinds.cbegin() + n, FileOutcome::Kind::Added));
    };

    std::atomic_bool cancel = false;
    QList<int> done;
    const ImportReport cancelled = Importer(m_db).importPaths(
        {folder},
        [&](int n, int total, const QString &path) {
            QCOMPARE(total, 100);
            QCOMPARE(path, paths.at(n - 1));
            done << n;
            cancel = n == 40;
        },
        &cancel);
    QVERIFY(cancelled.cancelled);
    QCOMPARE(done.size(), 40);
    QCOMPARE(done.last(), 40);
    QCOMPARE(reported(cancelled), expected(40));
    QCOMPARE(makeApplicationStore(m_db)->latestVersion(QStringLiteral("FJ-2026-0007")).value(),
             applicationsIn(40));

    done.clear();
    const ImportReport all =
        Importer(m_db).importPaths({folder}, [&](int n, int, const QString &path) {
            QCOMPARE(path, paths.at(n - 1));
            done << n;
        });
    QVERIFY(!all.cancelled);
    QCOMPARE(done.size(), 100);
    QStringList rest = expected(100);
    for (QString &line : rest) { // the first 40 files' applications are there already
        const int i = int(paths.indexOf(line.section(QLatin1Char(' '), 0, 0)));
        if (i < 40 && kinds.at(i) == FileOutcome::Kind::Added)
            line = QStringLiteral("%1 %2").arg(paths.at(i)).arg(int(FileOutcome::Kind::Unchanged));
    }
    QCOMPARE(reported(all), rest);
    QCOMPARE(makeApplicationStore(m_db)->latestVersion(QStringLiteral("FJ-2026-0007")).value(),
             applicationsIn(100));
    for (const FileOutcome &f : all.files) {
        if (f.kind == FileOutcome::Kind::Refused)
            QVERIFY2(!f.errors.isEmpty() && f.errors.first().where.startsWith(f.path),
                     qPrintable(describe(f.errors)));
    }
}

void TestImporter::oversizedFileRefused()
{
    ImportLimits limits;
    limits.maxFileBytes = 1000;
    const QStringList before = snapshot();
    const QString file = dataPath(QStringLiteral("examples/fj-health-0007.json"));
    const ImportReport report = Importer(m_db, limits).importPaths({file});
    QCOMPARE(report.count(FileOutcome::Kind::Refused), 1);
    QCOMPARE(report.files.first().errors.size(), 1);
    QCOMPARE(report.files.first().errors.first().where, file);
    QVERIFY(report.files.first().errors.first().what.startsWith(
        QLatin1String("file larger than 1000 B")));
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
