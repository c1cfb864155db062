// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "monitoring/feedimporter.h"
#include "monitoring/feeds.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/feedrepository.h"
#include "store/sqlite/schema.h"
#include "store/repositories.h"

using namespace gd;
using namespace gd::monitoring;

namespace {
/** UTF-8 literals as strings (the build forbids implicit conversions from char *). */
QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list << QString::fromUtf8(t);
    return list;
}
} // namespace

/** Feed files: validation with exact messages, storing, idempotence, replacement, folders. */
class TestFeeds final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void parsesJsonAndCsvAlike();
    void goodFilesImport();
    void badFilesAreRefusedWithTheirErrors_data();
    void badFilesAreRefusedWithTheirErrors();
    void refusedFileWritesNothing();
    void sameFileTwiceIsUnchanged();
    void correctedRecordReplaces();
    void folderWalkSkipsOtherFormats();
    void csvQuotingAndLineNumbers();
    void hiddenCharactersInIdentifiersAreRefused();
    void version2DatabaseGainsFeedTables();

private:
    static QString data(const QString &name)
    {
        return QStringLiteral(GRANTDESK_TEST_DATA "/monitoring/") + name;
    }
    int rows(const char *table) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestFeeds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("feeds.sqlite")));
    QVERIFY(db.ok());
    m_db = db.value();
}

int TestFeeds::rows(const char *table) const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestFeeds::parsesJsonAndCsvAlike()
{
    const FeedParseOutcome json = parseFeedFile(data(QStringLiteral("calls-good.json")));
    QVERIFY(json.file);
    QCOMPARE(json.file->kind, FeedKind::Calls);
    QCOMPARE(json.file->source, QStringLiteral("广州市公共数据授权运营平台"));
    QCOMPARE(json.file->calls.size(), 2);
    const CallRecord &r = json.file->calls.first();
    QCOMPARE(r.operatorCode, QStringLiteral("91440101MA5CXK7Q9R"));
    QCOMPARE(r.periodStart, QDate(2026, 3, 1));
    QCOMPARE(r.calls, 120000);
    QCOMPARE(r.chargedCalls(), 100000);
    QCOMPARE(r.revenue.toJsonString(), QStringLiteral("45000.00"));
    QVERIFY(json.file->calls.at(1).applicationId.isEmpty());

    const FeedParseOutcome csv = parseFeedFile(data(QStringLiteral("calls-good.csv")));
    QVERIFY(csv.file);
    QCOMPARE(csv.file->source, QStringLiteral("福建省公共数据资源开发服务平台"));
    QCOMPARE(csv.file->exportedAt,
             QDateTime::fromString(QStringLiteral("2026-04-01T08:00:00+08:00"), Qt::ISODate));
    QCOMPARE(csv.file->calls.size(), 2);
    QCOMPARE(csv.file->calls.first().calls, 3750000);
    QCOMPARE(csv.file->calls.at(1).operatorName, QStringLiteral("厦门海峡物流信息科技有限公司"));
    QCOMPARE(csv.file->calls.at(1).revenue.toJsonString(), QStringLiteral("2.50"));
    QVERIFY(csv.file->calls.at(1).resourceCode.isEmpty());

    const FeedParseOutcome incidents = parseFeedFile(data(QStringLiteral("incidents-good.json")));
    QVERIFY(incidents.file);
    QCOMPARE(incidents.file->incidents.size(), 2);
    QVERIFY(incidents.file->incidents.at(1).isOpenOn(QDate(2026, 4, 1)));
    QVERIFY(!incidents.file->incidents.at(0).isOpenOn(QDate(2026, 3, 5)));
    QVERIFY(incidents.file->incidents.at(0).isOpenOn(QDate(2026, 3, 4)));

    const FeedParseOutcome filings = parseFeedFile(data(QStringLiteral("filings-good.json")));
    QVERIFY(filings.file);
    QCOMPARE(filings.file->filings.size(), 3);
    QCOMPARE(filings.file->filings.at(2).year, 2025);
    QVERIFY(!filings.file->filings.at(1).filedAt.isValid());
}

void TestFeeds::goodFilesImport()
{
    FeedImporter importer(m_db);
    for (const char *name :
         {"calls-good.json", "calls-good.csv", "incidents-good.json", "filings-good.json"}) {
        const FeedFileResult result = importer.importFile(data(QLatin1String(name)));
        QVERIFY2(result.kind == FeedFileResult::Kind::Imported,
                 qPrintable(result.errors.isEmpty() ? QString::fromLatin1(name)
                                                    : result.errors.first().toString()));
        QCOMPARE(result.added, result.records);
    }
    QCOMPARE(rows("feed_calls"), 4);
    QCOMPARE(rows("feed_incidents"), 2);
    QCOMPARE(rows("feed_filings"), 3);
    QCOMPARE(rows("feed_imports"), 4);
    const auto calls = makeFeedRepository(m_db)->calls({QDate(2026, 3, 15), QDate(2026, 3, 15)});
    QVERIFY(calls.ok());
    QCOMPARE(calls->size(), 4);
    QVERIFY(makeFeedRepository(m_db)->calls({QDate(2026, 4, 1), {}})->isEmpty());
    const auto stored = makeFeedRepository(m_db)->incidents();
    QCOMPARE(stored->first().closedAt,
             QDateTime::fromString(QStringLiteral("2026-03-05T18:00:00+08:00"), Qt::ISODate));
    QVERIFY(!stored->at(1).closedAt.isValid());
    const auto imports = makeFeedRepository(m_db)->imports();
    QCOMPARE(imports->size(), 4);
    QCOMPARE(imports->first().sha256.size(), 64);
    QCOMPARE(imports->first().format, kCallsFormat);
    // When the file says it was exported, as written (how far a feed reaches); null otherwise.
    QCOMPARE(imports->first().exportedAt,
             QDateTime::fromString(QStringLiteral("2026-04-01T08:00:00+08:00"), Qt::ISODate));
    QCOMPARE(imports->first().exportedAt.date(), QDate(2026, 4, 1));
    QCOMPARE(imports->at(2).format, kIncidentsFormat);
    QVERIFY(!imports->at(2).exportedAt.isValid());
}

void TestFeeds::badFilesAreRefusedWithTheirErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("calls json")
        << "calls-bad.json"
        << strings(
               {"calls-bad.json: records[0].calls: expected an integer, not a string",
                "calls-bad.json: records[0].revenue: not an amount in yuan with at most 2 "
                "decimals (more than 2 decimal places in \"45000.125\")",
                "calls-bad.json: records[0]: unknown field 'colour'",
                "calls-bad.json: records[1].id: duplicate id, already at records[0]",
                "calls-bad.json: records[1].operatorCode: credit code check character is '8', "
                "expected '7' (GB 32100)",
                "calls-bad.json: records[1].periodEnd: must not be before periodStart (2026-03-01)",
                "calls-bad.json: records[1].freeCalls: must not be more than calls (0)"});
    QTest::newRow("calls csv")
        << "calls-bad.csv"
        << strings({"calls-bad.csv: line 4, column calls: expected an integer, not a string",
                    "calls-bad.csv: line 5: expected 12 cells, found 11",
                    "calls-bad.csv: line 6, column id: duplicate id, already at line 4",
                    "calls-bad.csv: line 6, column periodEnd: not a valid date (expected "
                    "YYYY-MM-DD)"});
    QTest::newRow("csv header")
        << "calls-badheader.csv"
        << strings({"calls-badheader.csv: line 3, column 5: unknown column \"colour\""});
    QTest::newRow("incidents")
        << "incidents-bad.json"
        << strings({"incidents-bad.json: records[0].severity: must be one of low, medium, "
                    "high, critical",
                    "incidents-bad.json: records[0].closedAt: must not be before openedAt",
                    "incidents-bad.json: records[1].operatorCode: an incident names its "
                    "subject: operatorCode, applicationId or resourceCode"});
    QTest::newRow("filings")
        << "filings-bad.json"
        << strings({"filings-bad.json: records[0].filedAt: must not be before decidedAt "
                    "(2026-01-05)",
                    "filings-bad.json: records[1].validTo: must not be before validFrom "
                    "(2028-04-01)",
                    "filings-bad.json: records[2].year: required field missing"});
    QTest::newRow("malformed")
        << "malformed.json"
        << strings({"malformed.json: malformed JSON at line 1, column 53: object is missing "
                    "after a comma"});
    QTest::newRow("not a feed") << QString::fromUtf8("not-a-feed.json")
                                << strings({"not-a-feed.json: format: not a feed format (expected "
                                            "grantdesk.feed.calls/1, grantdesk.feed.incidents/1 or "
                                            "grantdesk.feed.filings/1)",
                                            "not-a-feed.json: records: required field missing",
                                            "not-a-feed.json: unknown field 'resources'"});
}

void TestFeeds::badFilesAreRefusedWithTheirErrors()
{
    QFETCH(QString, file);
    QFETCH(QStringList, errors);
    const FeedParseOutcome outcome = parseFeedFile(data(file), file);
    QVERIFY(!outcome.file);
    QStringList got;
    for (const Error &e : outcome.errors)
        got << e.toString();
    QCOMPARE(got, errors);
}

void TestFeeds::refusedFileWritesNothing()
{
    const FeedImportReport report = FeedImporter(m_db).importPaths(
        {data(QStringLiteral("calls-bad.json")), data(QStringLiteral("incidents-bad.json"))});
    QVERIFY(report.anyRefused());
    QCOMPARE(report.files.size(), 2);
    for (const FeedFileResult &f : report.files) {
        QCOMPARE(f.kind, FeedFileResult::Kind::Refused);
        QVERIFY(f.errors.first().where.startsWith(f.path));
    }
    QCOMPARE(rows("feed_calls"), 0);
    QCOMPARE(rows("feed_incidents"), 0);
    QCOMPARE(rows("feed_imports"), 0);
}

void TestFeeds::sameFileTwiceIsUnchanged()
{
    FeedImporter importer(m_db);
    QCOMPARE(importer.importFile(data(QStringLiteral("calls-good.json"))).kind,
             FeedFileResult::Kind::Imported);
    QSqlQuery q(sql::connection(*m_db));
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(updated_at) FROM feed_calls")) && q.next());
    const QString stamps = q.value(0).toString();
    const FeedFileResult again = importer.importFile(data(QStringLiteral("calls-good.json")));
    QCOMPARE(again.kind, FeedFileResult::Kind::Unchanged);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(again.added + again.replaced, 0);
    QCOMPARE(rows("feed_imports"), 1);
    QCOMPARE(rows("feed_calls"), 2);
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(updated_at) FROM feed_calls")) && q.next());
    QCOMPARE(q.value(0).toString(), stamps);

    // The same records in other bytes are unchanged too (the import itself is recorded).
    QFile source(data(QStringLiteral("calls-good.json")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString copy = m_dir->filePath(QStringLiteral("copy.json"));
    QFile target(copy);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(source.readAll() + "\n\n");
    target.close();
    const FeedFileResult reformatted = importer.importFile(copy);
    QCOMPARE(reformatted.kind, FeedFileResult::Kind::Unchanged);
    QCOMPARE(reformatted.unchanged, 2);
    QCOMPARE(rows("feed_calls"), 2);
}

void TestFeeds::correctedRecordReplaces()
{
    FeedImporter importer(m_db);
    QCOMPARE(importer.importFile(data(QStringLiteral("calls-good.json"))).kind,
             FeedFileResult::Kind::Imported);
    const FeedFileResult corrected =
        importer.importFile(data(QStringLiteral("calls-corrected.json")));
    QCOMPARE(corrected.kind, FeedFileResult::Kind::Imported);
    QCOMPARE(corrected.replaced, 1);
    QCOMPARE(corrected.unchanged, 1);
    QCOMPARE(corrected.added, 0);
    QCOMPARE(rows("feed_calls"), 2);
    const auto calls = makeFeedRepository(m_db)->calls();
    QCOMPARE(calls->first().id, QStringLiteral("GZ-CALLS-2026-03-001"));
    QCOMPARE(calls->first().calls, 130000);
    QCOMPARE(calls->first().revenue.toJsonString(), QStringLiteral("48000.00"));
}

void TestFeeds::folderWalkSkipsOtherFormats()
{
    QDir dir(m_dir->path());
    QVERIFY(dir.mkpath(QStringLiteral("in/sub")));
    for (const char *name : {"calls-good.json", "incidents-good.json", "not-a-feed.json"})
        QVERIFY(QFile::copy(data(QLatin1String(name)),
                            dir.filePath(QStringLiteral("in/") + QLatin1String(name))));
    QVERIFY(QFile::copy(data(QStringLiteral("calls-good.csv")),
                        dir.filePath(QStringLiteral("in/sub/calls-good.csv"))));
    QFile other(dir.filePath(QStringLiteral("in/readme.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    const FeedImportReport report =
        FeedImporter(m_db).importPaths({dir.filePath(QStringLiteral("in"))});
    QCOMPARE(report.files.size(), 4);
    QVERIFY(!report.anyRefused());
    int skipped = 0, imported = 0;
    for (const FeedFileResult &f : report.files) {
        skipped += f.kind == FeedFileResult::Kind::Skipped;
        imported += f.kind == FeedFileResult::Kind::Imported;
    }
    QCOMPARE(skipped, 1);
    QCOMPARE(imported, 3);
    // Named on its own, the same file is refused.
    QCOMPARE(FeedImporter(m_db).importFile(dir.filePath(QStringLiteral("in/not-a-feed.json"))).kind,
             FeedFileResult::Kind::Refused);
}

void TestFeeds::csvQuotingAndLineNumbers()
{
    const QByteArray csv =
        "\xEF\xBB\xBF#format: grantdesk.feed.incidents/1\n"
        "#source: 平台\n"
        "id,openedAt,severity,operatorCode,summary\n"
        "\n"
        "I-1,2026-03-01T10:00:00+08:00,low,91440101MA5CXK7Q9R,\"两行,\n含逗号和\"\"引号\"\"\"\n"
        "I-2,2026-03-01T10:00:00+08:00,urgent,91440101MA5CXK7Q9R,x\n";
    const FeedParseOutcome outcome = parseFeed(csv, QStringLiteral("i.csv"), true);
    QVERIFY(!outcome.file);
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().toString(),
             QStringLiteral("i.csv: line 7, column severity: must be one of low, medium, high, "
                            "critical"));
    const FeedParseOutcome fixed =
        parseFeed(QByteArray(csv).replace("urgent", "medium"), QStringLiteral("i.csv"), true);
    QVERIFY(fixed.file);
    QCOMPARE(fixed.file->incidents.first().summary, QStringLiteral("两行,\n含逗号和\"引号\""));

    const FeedParseOutcome numbers = parseFeed(
        "#format: grantdesk.feed.calls/1\n#source: s\n"
        "id,operatorCode,operatorName,product,periodStart,periodEnd,calls,freeCalls,activeUsers,"
        "revenue\n"
        "A,91350200MA2Y7QH17E,x,P,2026-03-01,2026-03-31,1e3,0,1,1.00\n"
        "B,91350200MA2Y7QH17E,x,P,2026-03-01,2026-03-31,-5,0,1,1.00\n",
        QStringLiteral("n.csv"), true);
    QCOMPARE(numbers.errors.size(), 2);
    QCOMPARE(numbers.errors.at(0).toString(),
             QStringLiteral("n.csv: line 4, column calls: expected an integer, not a string"));
    QCOMPARE(numbers.errors.at(1).toString(),
             QStringLiteral("n.csv: line 5, column calls: must be at least 0 (is -5)"));

    const FeedParseOutcome noFormat = parseFeed("id,calls\n1,2\n", QStringLiteral("x.csv"), true);
    QCOMPARE(noFormat.errors.first().toString(),
             QStringLiteral("x.csv: the first line must be \"#format: grantdesk.feed.calls/1\" "
                            "(or incidents, filings)"));
    const FeedParseOutcome open = parseFeed("#format: grantdesk.feed.calls/1\n#source: s\nid\n\"a",
                                            QStringLiteral("y.csv"), true);
    QCOMPARE(open.errors.first().toString(),
             QStringLiteral("y.csv: line 4: a quoted cell is not closed"));
}

void TestFeeds::hiddenCharactersInIdentifiersAreRefused()
{
    // Issue 12 item 3: names and identifiers in a feed refuse control and bidi characters,
    // named by line and column (CSV) or JSON path; free text (an incident summary) is kept.
    const QByteArray header = "#format: grantdesk.feed.calls/1\n#source: s\n"
                              "id,operatorCode,operatorName,product,periodStart,periodEnd,calls,"
                              "freeCalls,activeUsers,revenue\n";
    const FeedParseOutcome calls = parseFeed(
        header + "A,91350200MA2Y7QH17E,厦门\u202E物流,P,2026-03-01,2026-03-31,1,0,1,1.00\n" +
            "B,91350200MA2Y7QH17E,x,P\u200B1,2026-03-01,2026-03-31,1,0,1,1.00\n",
        QStringLiteral("n.csv"), true);
    QCOMPARE(calls.errors.size(), 2);
    QVERIFY2(calls.errors.at(0).toString().startsWith(
                 QStringLiteral("n.csv: line 4, column operatorName: contains U+202E")),
             qPrintable(calls.errors.at(0).toString()));
    QVERIFY2(calls.errors.at(1).toString().startsWith(
                 QStringLiteral("n.csv: line 5, column product: contains U+200B")),
             qPrintable(calls.errors.at(1).toString()));

    const FeedParseOutcome summary = parseFeed(
        "#format: grantdesk.feed.incidents/1\n#source: s\nid,openedAt,severity,operatorCode,"
        "summary\nI-1,2026-03-01T10:00:00+08:00,low,91440101MA5CXK7Q9R,\u6545\u969C\u202E\n",
        QStringLiteral("i.csv"), true);
    QVERIFY2(summary.file,
             summary.errors.isEmpty() ? "" : qPrintable(summary.errors.first().toString()));
    QCOMPARE(summary.file->incidents.first().summary, QStringLiteral("故障\u202E"));
}

void TestFeeds::version2DatabaseGainsFeedTables()
{
    const QString path = m_dir->filePath(QStringLiteral("v2.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QStringList statements = schema::migrationStep(0) + schema::migrationStep(1);
        statements << QStringLiteral("INSERT INTO applicants VALUES ('91440101MA5CXK7Q9R', "
                                     "'广州低空智联科技有限公司', '2026-03-01T00:00:00Z')")
                   << QStringLiteral("PRAGMA user_version=2");
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
    QSqlQuery q(sql::connection(*db.value()));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM applicants")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    for (const char *table :
         {"feed_imports", "feed_calls", "feed_incidents", "feed_filings", "alert_acks"})
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)), table);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("v2.sqlite.v2.bak")}).size(), 1);
    const FeedFileResult result =
        FeedImporter(db.value()).importFile(data(QStringLiteral("filings-good.json")));
    QCOMPARE(result.kind, FeedFileResult::Kind::Imported);
}

QTEST_GUILESS_MAIN(TestFeeds)
#include "tst_feeds.moc"
