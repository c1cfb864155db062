// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QCryptographicHash>
#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "services/desk.h"
#include "services/inboxcounter.h"
#include "importer/importer.h"
#include "importer/registerparser.h"
#include "itemmodels/inboxmodel.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/repositories.h"
#include "domain/vocabulary.h"
#include "domain/workflow.h"

using namespace gd;

namespace {

QString examplesDir()
{
    return QStringLiteral(GRANTDESK_TEST_DATA "/examples");
}

ParsedApplication generated(int i)
{
    static const QStringList domains = {QStringLiteral("物流"), QStringLiteral("医疗"),
                                        QStringLiteral("文旅"), QStringLiteral("交通")};
    ParsedApplication parsed;
    Application &a = parsed.application;
    a.id = QStringLiteral("T-2026-%1").arg(i, 5, 10, QLatin1Char('0'));
    a.version = 1;
    a.submittedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(i * 3700);
    a.deadline = QDate(2026, 2, 1).addDays(i % 97);
    a.applicant.name = QStringLiteral("测试单位%1有限公司").arg(i % 37);
    a.applicant.creditCode = QStringLiteral("91440101MA5CXK7Q9R");
    a.applicant.role = QStringLiteral("operator");
    a.scenario.name = QStringLiteral("生成场景%1").arg(i);
    a.scenario.domain = domains.at(i % domains.size());
    a.authorization.mode = i % 2 ? QStringLiteral("scenario") : QStringLiteral("domain");
    a.useClass = i % 3 ? QStringLiteral("industry") : QStringLiteral("public_welfare");
    RequestedResource resource;
    resource.name = QStringLiteral("生成资源%1").arg(i % 11);
    resource.provider = QStringLiteral("测试局");
    resource.fields = {QStringLiteral("字段")};
    resource.delivery = QStringLiteral("api");
    resource.justification = QStringLiteral("测试所需");
    a.resources << resource;
    a.security.mlpsLevel = 3;
    a.periodStart = QDate(2026, 4, 1);
    a.periodEnd = QDate(2027, 3, 31);
    parsed.sourceJson = QStringLiteral("{\"id\":\"%1\",\"version\":1}").arg(a.id).toUtf8();
    parsed.contentSha256 = QString::fromLatin1(
        QCryptographicHash::hash(parsed.sourceJson, QCryptographicHash::Sha256).toHex());
    return parsed;
}

QStringList ids(const InboxModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, InboxModel::IdColumn).data(InboxModel::IdRole).toString();
    return list;
}

void fetchAll(InboxModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestInboxModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void examplesUnderModelTester();
    void headersAndRoles();
    void lazyFetching();
    void pagedModelUnderTester();
    void sortByEachColumn_data();
    void sortByEachColumn();
    void sortOrderIsServerSide();
    void searchFilters_data();
    void searchFilters();
    void statusFilterAndAllVersions();
    void overdueHighlighting();
    void resourcesColumnWarnsAboutRegister();
    void bothRegisterProblemsFitTheColumn();
    void storeErrorsAreSignalled();
    void hostileTextIsShownEscaped();
    void countsBeyondTheCapArriveLater();
    void locateRowReadsOnToTheFirstPage();
    void aNewQueryDropsTheOldCount();
    void countsOfOnePageNeedNoCounting();
    void theWindowReadsAnyRowByItsPage();
    void aSearchIsCountedAsItsMatchesAreSorted();
    void theCounterTakesAKnownTotal();

private:
    void importExamples(bool withRegister);
    void insertGenerated(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestInboxModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = gd::test::openTestDatabase(m_dir->filePath(QStringLiteral("inbox.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    m_db = db.value();
}

void TestInboxModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestInboxModel::importExamples(bool withRegister)
{
    Importer importer(m_db);
    const ImportReport report = importer.importPaths({examplesDir()});
    QCOMPARE(report.count(FileOutcome::Kind::Added), 3);
    QVERIFY(!report.anyRefused());
    if (withRegister) {
        const auto outcome =
            RegisterParser::parseFile(examplesDir() + QStringLiteral("/register-demo.json"),
                                      QStringLiteral("register-demo.json"));
        QVERIFY(outcome.file.has_value());
        QVERIFY(makeRegisterStore(m_db)->importFile(*outcome.file).ok());
    }
}

void TestInboxModel::insertGenerated(int count)
{
    const auto store = makeApplicationStore(m_db);
    for (int i = 0; i < count; ++i) {
        const auto outcome = store->store(generated(i));
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().toString()));
    }
}

void TestInboxModel::examplesUnderModelTester()
{
    importExamples(true);
    InboxModel model(Desk::over(m_db));
    QSignalSpy errors(&model, &InboxModel::errorOccurred);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test fetches; the tester would fetch during resets
    QCOMPARE(model.rowCount(), 0); // nothing before the first query
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalCount(), 3);
    QCOMPARE(model.columnCount(), int(InboxModel::ColumnCount));
    QVERIFY(!model.canFetchMore({}));

    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 3);
    }
    InboxQuery query;
    query.search = QStringLiteral("医疗");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 1);
    query.search.clear();
    query.allVersions = true;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 3);
    model.setToday(QDate(2027, 1, 1));
    QCOMPARE(errors.count(), 0);
}

void TestInboxModel::headersAndRoles()
{
    importExamples(false);
    InboxModel model(Desk::over(m_db));
    model.refresh();
    QCOMPARE(model.headerData(InboxModel::IdColumn, Qt::Horizontal).toString(),
             QStringLiteral("Number"));
    QCOMPARE(model.headerData(InboxModel::DeadlineColumn, Qt::Horizontal).toString(),
             QStringLiteral("Deadline"));
    for (int column = 0; column < InboxModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

    const int row = model.findRow(QStringLiteral("FJ-2026-0007"));
    QVERIFY(row >= 0);
    const QModelIndex status = model.index(row, InboxModel::StatusColumn);
    QCOMPARE(model.index(row, 0).data(InboxModel::IdRole).toString(),
             QStringLiteral("FJ-2026-0007"));
    QCOMPARE(model.index(row, 0).data(InboxModel::VersionRole).toInt(), 2);
    QCOMPARE(status.data(InboxModel::StatusCodeRole).toString(), QStringLiteral("received"));
    // A colour never comes alone: the status cell always has its label.
    QVERIFY(status.data(InboxModel::StatusColorRole).value<QColor>().isValid());
    QVERIFY(status.data(Qt::DecorationRole).value<QColor>().isValid());
    QCOMPARE(status.data().toString(), caseStatusLabel(CaseStatus::Received));
    QCOMPARE(model.index(row, InboxModel::ModeColumn).data().toString(),
             vocabulary::label("mode", QStringLiteral("domain")));
    QCOMPARE(model.index(row, InboxModel::UseClassColumn).data().toString(),
             vocabulary::label("useClass", QStringLiteral("public_welfare")));
    QCOMPARE(model.index(row, InboxModel::SubmittedColumn).data().toString().left(7),
             QStringLiteral("2026-05"));
    QCOMPARE(model.index(row, InboxModel::DeadlineColumn).data().toString(),
             QStringLiteral("2026-06-15"));
    QCOMPARE(model.index(row, InboxModel::DomainColumn).data().toString(), QStringLiteral("医疗"));
}

void TestInboxModel::lazyFetching()
{
    constexpr int kRows = 1000;
    insertGenerated(kRows);
    if (QTest::currentTestFailed())
        return;

    InboxModel model(Desk::over(m_db));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test fetches; the tester would fetch during resets
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refresh();
    QCOMPARE(model.totalCount(), kRows);
    QCOMPARE(model.rowCount(), InboxModel::kFirstPageSize);
    QVERIFY(model.canFetchMore({}));

    int previous = model.rowCount();
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(model.rowCount() > previous);
        QVERIFY(model.rowCount() <= previous + InboxModel::kPageSize);
        QVERIFY(model.rowCount() <= model.totalCount());
        previous = model.rowCount();
    }
    QCOMPARE(model.rowCount(), kRows);
    // The first rows, then a page at a time.
    QCOMPARE(inserted.count(), (kRows - InboxModel::kFirstPageSize + InboxModel::kPageSize - 1) /
                                   InboxModel::kPageSize);
    model.fetchMore({}); // nothing left: no change
    QCOMPARE(model.rowCount(), kRows);

    const QStringList all = ids(model);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), kRows); // no page read twice

    // A new query starts over from the first page.
    InboxQuery query;
    query.search = QStringLiteral("物流");
    model.setQuery(query);
    QCOMPARE(model.totalCount(), kRows / 4);
    QCOMPARE(model.rowCount(), InboxModel::kFirstPageSize);
    fetchAll(model);
    QCOMPARE(model.rowCount(), kRows / 4);
}

void TestInboxModel::pagedModelUnderTester()
{
    insertGenerated(350);
    importExamples(true);
    if (QTest::currentTestFailed())
        return;
    InboxModel model(Desk::over(m_db));
    QSignalSpy errors(&model, &InboxModel::errorOccurred);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test fetches; the tester would fetch during resets
    model.refresh();
    fetchAll(model);
    QCOMPARE(model.rowCount(), 353);
    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        model.sort(column, Qt::DescendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 353);
    }
    InboxQuery query = model.query();
    query.search = QStringLiteral("物流");
    model.setQuery(query);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 89); // 88 generated + GZ-2026-0001
    model.setToday(QDate(2026, 3, 1));
    QCOMPARE(errors.count(), 0);
}

void TestInboxModel::sortByEachColumn_data()
{
    QTest::addColumn<int>("column");
    const InboxModel names(nullptr); // headers only, no database needed
    for (int column = 0; column < InboxModel::ColumnCount; ++column)
        QTest::addRow("%s", qPrintable(names.headerData(column, Qt::Horizontal).toString()))
            << column;
}

void TestInboxModel::sortByEachColumn()
{
    QFETCH(int, column);
    insertGenerated(300);
    importExamples(true);
    if (QTest::currentTestFailed())
        return;
    InboxModel model(Desk::over(m_db));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test fetches; the tester would fetch during resets
    QSignalSpy errors(&model, &InboxModel::errorOccurred);
    model.refresh();

    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(column, order);
        QCOMPARE(int(model.query().sortColumn), column);
        QCOMPARE(model.query().sortOrder, order);
        QVERIFY(reset.count() <= 1);
        QCOMPARE(model.totalCount(), 303);
        QCOMPARE(model.rowCount(), InboxModel::kFirstPageSize);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 303);
    }
    QCOMPARE(errors.count(), 0);
}

void TestInboxModel::sortOrderIsServerSide()
{
    insertGenerated(450);
    if (QTest::currentTestFailed())
        return;
    InboxModel model(Desk::over(m_db));
    model.refresh();

    model.sort(InboxModel::IdColumn, Qt::AscendingOrder);
    fetchAll(model);
    QStringList list = ids(model);
    QStringList sorted = list;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(list, sorted);
    QCOMPARE(list.constFirst(), QStringLiteral("T-2026-00000"));

    // The first page of a descending sort already holds the largest ids: ORDER BY ran in
    // the database, not over the rows loaded so far.
    model.sort(InboxModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), InboxModel::kFirstPageSize);
    QCOMPARE(model.index(0, 0).data(InboxModel::IdRole).toString(), QStringLiteral("T-2026-00449"));

    model.sort(InboxModel::SubmittedColumn, Qt::DescendingOrder);
    fetchAll(model);
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.rowAt(row - 1)->submittedAt >= model.rowAt(row)->submittedAt);
    }
    model.sort(InboxModel::DeadlineColumn, Qt::AscendingOrder);
    fetchAll(model);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.rowAt(row - 1)->deadline <= model.rowAt(row)->deadline);
}

void TestInboxModel::searchFilters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two characters, domain")
        << QStringLiteral("医疗") << QStringList{QStringLiteral("FJ-2026-0007")};
    QTest::newRow("two characters, scenario")
        << QStringLiteral("物流") << QStringList{QStringLiteral("GZ-2026-0001")};
    QTest::newRow("one character")
        << QStringLiteral("旅") << QStringList{QStringLiteral("GZH-2026-0042")};
    QTest::newRow("three characters")
        << QStringLiteral("慢性病") << QStringList{QStringLiteral("FJ-2026-0007")};
    QTest::newRow("applicant name")
        << QStringLiteral("广州低空智联") << QStringList{QStringLiteral("GZ-2026-0001")};
    QTest::newRow("resource name")
        << QStringLiteral("住宿登记") << QStringList{QStringLiteral("GZH-2026-0042")};
    QTest::newRow("no match") << QStringLiteral("不存在的词语") << QStringList{};
}

void TestInboxModel::searchFilters()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    importExamples(false);
    if (QTest::currentTestFailed())
        return;
    InboxModel model(Desk::over(m_db));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test fetches; the tester would fetch during resets
    QSignalSpy total(&model, &InboxModel::totalCountChanged);
    InboxQuery query;
    query.search = search;
    model.setQuery(query);
    QCOMPARE(total.count(), 1);
    QCOMPARE(total.constLast().constFirst().toInt(), int(expected.size()));
    QStringList found = ids(model);
    found.sort();
    QCOMPARE(found, expected);

    query.search.clear();
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 3);
}

void TestInboxModel::statusFilterAndAllVersions()
{
    importExamples(false);
    const auto store = makeApplicationStore(m_db);
    QVERIFY(
        store->setStatus(QStringLiteral("GZ-2026-0001"), 1, CaseStatus::InReview, Decision::None)
            .ok());
    InboxModel model(Desk::over(m_db));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test fetches; the tester would fetch during resets
    InboxQuery query;
    query.statuses = {QStringLiteral("in_review")};
    model.setQuery(query);
    QCOMPARE(ids(model), QStringList{QStringLiteral("GZ-2026-0001")});
    QCOMPARE(model.index(0, InboxModel::StatusColumn).data().toString(),
             caseStatusLabel(CaseStatus::InReview));
    query.statuses = {QStringLiteral("received")};
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 2);
    query.statuses = {QStringLiteral("filed")};
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestInboxModel::overdueHighlighting()
{
    importExamples(false);
    InboxModel model(Desk::over(m_db));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the test fetches; the tester would fetch during resets
    model.setToday(QDate(2026, 3, 1));
    model.refresh();
    const int gz = model.findRow(QStringLiteral("GZ-2026-0001"));
    const int gzh = model.findRow(QStringLiteral("GZH-2026-0042"));
    QVERIFY(gz >= 0 && gzh >= 0);
    const QModelIndex deadline = model.index(gz, InboxModel::DeadlineColumn);
    QVERIFY(!deadline.data(InboxModel::OverdueRole).toBool());
    QVERIFY(!deadline.data(Qt::ForegroundRole).isValid());
    QVERIFY(deadline.data(Qt::ToolTipRole).toString().contains(QStringLiteral("29")));
    QCOMPARE(*model.overdueCount(), 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setToday(QDate(2026, 4, 2)); // three days after 2026-03-30
    QCOMPARE(changed.count(), 1);
    QVERIFY(deadline.data(InboxModel::OverdueRole).toBool());
    QCOMPARE(deadline.data(InboxModel::DaysOverdueRole).toInt(), 3);
    QCOMPARE(deadline.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x1e, 0x1e));
    QVERIFY(deadline.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(deadline.data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue by 3 day(s)"));
    QCOMPARE(deadline.data().toString(), QStringLiteral("2026-03-30")); // the date stays readable
    QCOMPARE(*model.overdueCount(), 1);
    // No deadline, never overdue.
    QVERIFY(!model.index(gzh, InboxModel::DeadlineColumn).data(InboxModel::OverdueRole).toBool());

    // A decided case is no longer waiting: its deadline is not highlighted.
    QVERIFY(
        makeApplicationStore(m_db)
            ->setStatus(QStringLiteral("GZ-2026-0001"), 1, CaseStatus::Decided, Decision::Approved)
            .ok());
    model.refresh();
    const QModelIndex decided =
        model.index(model.findRow(QStringLiteral("GZ-2026-0001")), InboxModel::DeadlineColumn);
    QVERIFY(!decided.data(InboxModel::OverdueRole).toBool());
    QVERIFY(!decided.data(Qt::ForegroundRole).isValid());
    QCOMPARE(*model.overdueCount(), 0);
}

void TestInboxModel::resourcesColumnWarnsAboutRegister()
{
    importExamples(false);
    InboxModel model(Desk::over(m_db));
    model.refresh();
    // Without a register every resource is unregistered.
    int gz = model.findRow(QStringLiteral("GZ-2026-0001"));
    QModelIndex resources = model.index(gz, InboxModel::ResourcesColumn);
    QCOMPARE(resources.data().toString(), QStringLiteral("2 · 2 unregistered"));
    QVERIFY(resources.data(Qt::ForegroundRole).isValid());
    QCOMPARE(resources.data(InboxModel::ProblemResourcesRole).toInt(), 2);

    const auto outcome =
        RegisterParser::parseFile(examplesDir() + QStringLiteral("/register-demo.json"),
                                  QStringLiteral("register-demo.json"));
    QVERIFY(outcome.file.has_value());
    QVERIFY(makeRegisterStore(m_db)->importFile(*outcome.file).ok());
    model.refresh();
    gz = model.findRow(QStringLiteral("GZ-2026-0001"));
    resources = model.index(gz, InboxModel::ResourcesColumn);
    QCOMPARE(resources.data().toString(), QStringLiteral("2"));
    QVERIFY(!resources.data(Qt::ForegroundRole).isValid());
    const QModelIndex gzh =
        model.index(model.findRow(QStringLiteral("GZH-2026-0042")), InboxModel::ResourcesColumn);
    QCOMPARE(gzh.data().toString(), QStringLiteral("2 · 1 unregistered"));
    QVERIFY(gzh.data(Qt::ForegroundRole).isValid());
}

void TestInboxModel::bothRegisterProblemsFitTheColumn()
{
    importExamples(false);
    // GZH-2026-0042 asks for a resource without a code and for GZH-520000-2025-000981: a
    // register in which that code is cancelled gives the case both kinds of problem.
    QFile demo(examplesDir() + QStringLiteral("/register-demo.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray json = demo.readAll();
    const QByteArray active =
        "\"code\": \"GZH-520000-2025-000981\", \"name\": \"景区闸机客流统计\", "
        "\"provider\": \"贵州省文化和旅游厅\", \"status\": \"active\"";
    QVERIFY(json.contains(active));
    json.replace(active, QByteArray(active).replace("\"active\"", "\"cancelled\""));
    QTemporaryDir dir;
    QFile changed(dir.filePath(QStringLiteral("register.json")));
    QVERIFY(changed.open(QIODevice::WriteOnly) && changed.write(json) == json.size());
    changed.close();
    const auto outcome =
        RegisterParser::parseFile(changed.fileName(), QStringLiteral("register.json"));
    QVERIFY(outcome.file.has_value());
    QVERIFY(makeRegisterStore(m_db)->importFile(*outcome.file).ok());

    InboxModel model(Desk::over(m_db));
    model.refresh();
    const QModelIndex gzh =
        model.index(model.findRow(QStringLiteral("GZH-2026-0042")), InboxModel::ResourcesColumn);
    QCOMPARE(gzh.data().toString(), QStringLiteral("2 · 2 register problem(s)"));
    QCOMPARE(gzh.data(InboxModel::ProblemResourcesRole).toInt(), 2);
    QVERIFY(gzh.data(Qt::ForegroundRole).isValid());
    // The tool tip names each kind.
    const QString tip = gzh.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Not in the register: 1")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Cancelled in the register: 1")), qPrintable(tip));

    // The column is as wide as the widest form (MainWindow sizes it from the samples): no
    // form of the text is wider than they are, up to nine requested resources.
    const QFontMetrics fm{QFont()};
    int widest = 0;
    for (const QString &sample : InboxModel::resourcesSamples())
        widest = std::max(widest, fm.horizontalAdvance(sample));
    for (int unregistered : {0, 1, 5, 9})
        for (int cancelled : {0, 1, 4, 9 - unregistered}) {
            if (unregistered + cancelled > 9)
                continue;
            QVERIFY2(fm.horizontalAdvance(InboxModel::resourcesText(9, unregistered, cancelled)) <=
                         widest,
                     qPrintable(InboxModel::resourcesText(9, unregistered, cancelled)));
        }
}

void TestInboxModel::storeErrorsAreSignalled()
{
    importExamples(false);
    InboxModel model(Desk::over(m_db));
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy errors(&model, &InboxModel::errorOccurred);
    // Break the schema under the model: the next query fails and says so.
    QSqlQuery q(sql::connection(*m_db));
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE application_versions RENAME TO broken")));
    model.refresh();
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.constFirst().constFirst().toString().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestInboxModel::hostileTextIsShownEscaped()
{
    // Issue 12 "Hostile text": a name stored before import refused it, and a purpose (free
    // text) holding an ANSI escape, are shown with visible escapes, not obeyed.
    ParsedApplication parsed = generated(1);
    parsed.application.applicant.name = QStringLiteral("广州\u202E司公限有技科\u202C穗数");
    parsed.application.scenario.name = QStringLiteral("研究\x1b[31m红");
    QVERIFY(makeApplicationStore(m_db)->store(parsed).ok());
    InboxModel model(Desk::over(m_db));
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, InboxModel::ApplicantColumn).data().toString(),
             QStringLiteral("广州\\u202E司公限有技科\\u202C穗数"));
    QCOMPARE(model.index(0, InboxModel::ScenarioColumn).data().toString(),
             QStringLiteral("研究\\u001B[31m红"));
    QVERIFY(!model.index(0, InboxModel::ApplicantColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QChar(0x202E)));
}

// A reload reads kFirstPageSize rows; a case among the first kPageSize is still found (as when
// they were read at once), before the counts by fetching on, after them through the window.
void TestInboxModel::locateRowReadsOnToTheFirstPage()
{
    insertGenerated(450);
    if (QTest::currentTestFailed())
        return;
    const auto expected = makeApplicationStore(m_db)->rows(InboxQuery{}, 0, 450);
    QVERIFY(expected.ok());
    const QString inFirstPage = expected->at(150).id;
    const QString beyond = expected->at(400).id; // past the first rows and a page after them

    InboxModel model(Desk::over(m_db));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    model.setCountCap(100); // counted later: the model is not windowed at once
    model.refresh();
    QCOMPARE(model.rowCount(), InboxModel::kFirstPageSize);
    QVERIFY(!model.isWindowed());
    QCOMPARE(model.findRow(inFirstPage), -1);
    QCOMPARE(model.locateRow(inFirstPage), 150);
    QCOMPARE(model.rowAt(150)->id, inFirstPage);
    QCOMPARE(model.locateRow(beyond), -1); // past the first page, as before

    model.refresh();
    QTRY_VERIFY(model.isWindowed());
    QCOMPARE(model.locateRow(inFirstPage), 150);
    QCOMPARE(model.index(150, InboxModel::IdColumn).data(InboxModel::IdRole).toString(),
             inFirstPage);
}

void TestInboxModel::countsBeyondTheCapArriveLater()
{
    insertGenerated(450);
    if (QTest::currentTestFailed())
        return;
    InboxModel model(Desk::over(m_db));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    model.setToday(QDate(2026, 3, 1));
    model.setCountCap(250);
    QSignalSpy counts(&model, &InboxModel::countsChanged);
    QSignalSpy totals(&model, &InboxModel::totalCountChanged);
    model.refresh();
    // At once: the first page and "250+", nothing counted whole on this thread.
    QCOMPARE(model.rowCount(), InboxModel::kFirstPageSize);
    QCOMPARE(model.totalCount(), 250);
    QVERIFY(!model.isTotalExact());
    QVERIFY(!model.overdueCount().has_value());
    QVERIFY(model.canFetchMore({}));
    // Then the exact figures, counted on the counter's own connection.
    QTRY_VERIFY(model.isTotalExact());
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(totals.constLast().constFirst().toInt(), 450);
    QTRY_VERIFY(model.overdueCount().has_value());
    const int overdue = makeApplicationStore(m_db)->overdueCount({}, model.today()).value();
    QVERIFY(overdue > 0);
    QCOMPARE(*model.overdueCount(), overdue);
    QVERIFY(model.countError().isEmpty());
    fetchAll(model);
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.totalCount(), 450);

    // Under the cap the total is exact at once; the overdue cases still come from the counter.
    model.setCountCap(1000);
    model.refresh();
    QVERIFY(model.isTotalExact());
    QCOMPARE(model.totalCount(), 450);
    QTRY_COMPARE(model.overdueCount().value_or(-1), overdue);
    // Another day, other cases overdue: counted again.
    model.setToday(QDate(2026, 1, 1));
    QTRY_COMPARE(model.overdueCount().value_or(-1), 0);
    QVERIFY(counts.count() >= 4);
}

void TestInboxModel::aNewQueryDropsTheOldCount()
{
    insertGenerated(450);
    if (QTest::currentTestFailed())
        return;
    InboxModel model(Desk::over(m_db));
    model.setCountCap(220);
    QSignalSpy totals(&model, &InboxModel::totalCountChanged);
    InboxQuery logistics;
    logistics.search = QStringLiteral("物流"); // every fourth: 113, under a page
    InboxQuery received;
    received.statuses = {QStringLiteral("received")};
    for (int round = 0; round < 5; ++round) {
        model.setQuery(received);
        model.setQuery(InboxQuery{});
    }
    model.setQuery(received);
    QTRY_VERIFY(model.isTotalExact());
    QCOMPARE(model.totalCount(), 450);
    // Nothing else arrives: every earlier request was dropped.
    const int signalled = int(totals.count());
    model.setQuery(logistics);
    QVERIFY(model.isTotalExact());
    QCOMPARE(model.totalCount(), 113);
    QTest::qWait(200);
    QCOMPARE(totals.count(), signalled + 1);
    QCOMPARE(model.totalCount(), 113);
    for (const QVariantList &signal : std::as_const(totals))
        QVERIFY(signal.constFirst().toInt() == 220 || signal.constFirst().toInt() == 450 ||
                signal.constFirst().toInt() == 113);
}

void TestInboxModel::countsOfOnePageNeedNoCounting()
{
    importExamples(false);
    InboxModel model(Desk::over(m_db));
    model.setToday(QDate(2026, 4, 2));
    model.refresh();
    // Every row is loaded: the figures are counted from them, at once.
    QVERIFY(model.isTotalExact());
    QCOMPARE(model.totalCount(), 3);
    QCOMPARE(model.overdueCount().value_or(-1),
             makeApplicationStore(m_db)->overdueCount({}, model.today()).value());
    QCOMPARE(*model.overdueCount(), 1);
}

// A sorted search's first page brings its exact count: the counter counts only the overdue
// cases then, and gives the total it was told.
void TestInboxModel::theCounterTakesAKnownTotal()
{
    insertGenerated(300);
    if (QTest::currentTestFailed())
        return;
    const QDate today(2026, 3, 1);
    const int overdue = makeApplicationStore(m_db)->overdueCount({}, today).value();
    QVERIFY(overdue > 0);
    InboxCounter counter(Desk::over(m_db));
    QSignalSpy counted(&counter, &InboxCounter::counted);
    counter.count(InboxQuery{}, today);
    QTRY_COMPARE(counted.count(), 1);
    QCOMPARE(counted.at(0).at(0).toInt(), 300); // counted
    QCOMPARE(counted.at(0).at(1).toInt(), overdue);
    counter.count(InboxQuery{}, today, 299); // not what a count would say: taken as told
    QTRY_COMPARE(counted.count(), 2);
    QCOMPARE(counted.at(1).at(0).toInt(), 299);
    QCOMPARE(counted.at(1).at(1).toInt(), overdue);
    QVERIFY(counted.at(1).at(2).toString().isEmpty());
}

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"

// Once the exact total is known, rowCount() is the total and a row far down is read with its
// page (the second half from the far end of the order, reversed): the rows, in order, are
// exactly the store's, whichever row is asked first, and only a bounded number of pages is kept.
void TestInboxModel::theWindowReadsAnyRowByItsPage()
{
    constexpr int kRows = 1000;
    insertGenerated(kRows);
    if (QTest::currentTestFailed())
        return;
    const auto store = makeApplicationStore(m_db);
    InboxQuery byApplicant;
    byApplicant.sortColumn = InboxQuery::Column::Applicant;
    byApplicant.sortOrder = Qt::AscendingOrder;
    InboxQuery searched;
    searched.search = QStringLiteral("物流");
    for (const InboxQuery &query : {InboxQuery{}, byApplicant, searched}) {
        const auto expected = store->rows(query, 0, kRows);
        QVERIFY(expected.ok());
        QStringList expectedIds;
        for (const InboxRow &row : *expected)
            expectedIds << row.id;

        InboxModel model(Desk::over(m_db));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setWindowPages(2);
        model.setQuery(query);
        QCOMPARE(model.rowCount(), InboxModel::kFirstPageSize);
        QVERIFY(!model.isWindowed());
        QTRY_VERIFY(model.isWindowed());
        QCOMPARE(model.rowCount(), int(expected->size()));
        QVERIFY(!model.canFetchMore({}));
        // The last row first (one page, read from the end), then one in the middle.
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, InboxModel::IdColumn).data(InboxModel::IdRole).toString(),
                 expectedIds.constLast());
        QCOMPARE(model.rowAt(last / 2)->id, expectedIds.at(last / 2));
        QCOMPARE(model.findRow(expectedIds.constLast()), last);
        // Every row, in order, through pages read and dropped again.
        QCOMPARE(ids(model), expectedIds);
        QCOMPARE(model.rowAt(model.rowCount()), nullptr);
        if (model.rowCount() > 3 * InboxModel::kPageSize) // page 1 dropped for the last two
            QCOMPARE(model.findRow(expectedIds.at(InboxModel::kPageSize + 1)), -1);
    }
}

// A reload reads a screenful, a search's too. A search whose matches are sorted anyway (a
// long term narrowed to its rarest part, or a short one in more versions than walking the
// order would pay for) is counted as it is sorted, exactly and beyond the cap; any other
// query is counted up to the cap.
void TestInboxModel::aSearchIsCountedAsItsMatchesAreSorted()
{
    constexpr int kRows = 2100; // over 10 × 65: a two-character term's plan may sort
    insertGenerated(kRows);
    if (QTest::currentTestFailed())
        return;
    const auto store = makeApplicationStore(m_db);
    const struct
    {
        const char *search;
        int matches;
        bool sorted;
    } cases[] = {
        {"", kRows, false},
        {"测试单", kRows, false}, // a trigram in every version:
                                  // gathered, not sorted
        {"物流", kRows / 4, true},
        {"99", 39, true},
        {"生成场景12", 111, true}, // narrowed
        {"生成场景1", 1111, true}, // narrowed, more than the cap
    };
    for (const auto &c : cases) {
        InboxQuery query;
        query.search = QString::fromUtf8(c.search);
        QCOMPARE(store->count(query).value(), c.matches);
        const auto first = store->firstRows(query, InboxModel::kFirstPageSize);
        QVERIFY(first.ok());
        // PostgreSQL's planner chooses by itself: no search is sorted there.
        const bool sorted = c.sorted && !test::onPostgres();
        QCOMPARE(first->total, sorted ? c.matches : -1);
        QCOMPARE(first->more, c.matches > InboxModel::kFirstPageSize);

        InboxModel model(Desk::over(m_db));
        model.setQuery(query);
        const int read = std::min(c.matches, InboxModel::kFirstPageSize);
        QCOMPARE(model.rowCount(), read);
        QCOMPARE(model.canFetchMore({}), read < c.matches);
        QCOMPARE(model.isTotalExact(), sorted || c.matches <= InboxModel::kCountCap);
        QCOMPARE(model.totalCount(),
                 sorted ? c.matches : std::min(c.matches, InboxModel::kCountCap));
        QStringList expected, shown;
        for (const InboxRow &row : store->rows(query, 0, read).value())
            expected << row.id;
        for (const InboxRow &row : first->rows)
            shown << row.id;
        QCOMPARE(shown, expected);
        shown.clear();
        for (int r = 0; r < model.rowCount(); ++r)
            shown << model.index(r, InboxModel::IdColumn).data(InboxModel::IdRole).toString();
        QCOMPARE(shown, expected);
        QTRY_VERIFY(model.overdueCount().has_value()); // counted off the UI thread as ever
        QCOMPARE(model.totalCount(), c.matches);
    }
}
