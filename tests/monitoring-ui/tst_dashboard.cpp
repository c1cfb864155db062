// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QBarSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QToolButton>
#include <QScrollBar>
#include <QStackedBarSeries>
#include <QTranslator>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "services/desk.h"
#include "audit/trailanchor.h"
#include "common/filedialogs.h"
#include "common/guitest.h"
#include "core/i18n.h"
#include "core/officer.h"
#include "demo/demodata.h"
#include "inbox/mainwindow.h"
#include "package/keystore.h"
#include "package/packagetest.h"
#include "package/passphrasedialog.h"
#include "package/signingpaths.h"
#include "itemmodels/inboxmodel.h"
#include "monitoring/acknowledgedialog.h"
#include "monitoring/alertpanel.h"
#include "monitoring/alerts.h"
#include "monitoring/dashboardpage.h"
#include "monitoring/feedimporter.h"
#include "monitoring/feeds.h"
#include "monitoring/indicatorcard.h"
#include "monitoring/indicators.h"
#include "monitoring/watchedfolder.h"
#include "report/dashboardreport.h"
#include "settings/monitoringsettingspage.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/feedrepository.h"
#include "store/repositories.h"
#include "common/tools.h"

using namespace gd;
using namespace gd::test;

namespace {

// The hand-built data: the three example applications (submitted in March, May and August
// 2026) and small feeds, looked at over 2026 as of 31 December 2026.
const QDate kFrom(2026, 1, 1);
const QDate kTo(2026, 12, 31);
const QDate kOn(2026, 12, 31);

QByteArray callsFeed(const QString &id, const QString &applicationId, const QString &month,
                     int calls, const QString &revenue)
{
    const QDate start = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return QStringLiteral(R"({
  "format": "grantdesk.feed.calls/1",
  "source": "测试平台",
  "records": [
    {
      "id": "%1",
      "operatorCode": "91440101MA5CXK7Q9R",
      "operatorName": "广州低空智联科技有限公司",
      "product": "GZ-LOWALT-RISK-API",
      "applicationId": "%2",
      "periodStart": "%3",
      "periodEnd": "%4",
      "calls": %5,
      "freeCalls": 100,
      "activeUsers": 12,
      "revenue": "%6"
    }
  ]
}
)")
        .arg(id, applicationId, start.toString(Qt::ISODate),
             start.addMonths(1).addDays(-1).toString(Qt::ISODate))
        .arg(calls)
        .arg(revenue)
        .toUtf8();
}

/** An incidents feed exported on the first day of the month after @p lastMonth ("2026-06"),
 *  with one incident of March, as a platform exports a month once it has ended. */
QByteArray incidentsFeed(const QString &lastMonth)
{
    const QDate exported =
        QDate::fromString(lastMonth + QStringLiteral("-01"), Qt::ISODate).addMonths(1);
    return QStringLiteral(R"({
  "format": "grantdesk.feed.incidents/1",
  "source": "测试平台",
  "exportedAt": "%1T08:00:00+08:00",
  "records": [
    {
      "id": "I-1",
      "openedAt": "2026-03-10T09:00:00+08:00",
      "severity": "low",
      "applicationId": "GZ-2026-0001",
      "summary": "弱口令"
    }
  ]
}
)")
        .arg(exported.toString(Qt::ISODate))
        .toUtf8();
}

const QByteArray kIncidents = R"({
  "format": "grantdesk.feed.incidents/1",
  "source": "安全监测",
  "records": [
    {
      "id": "INC-T-1",
      "openedAt": "2026-03-01T10:00:00+08:00",
      "severity": "high",
      "operatorCode": "91440101MA5CXK7Q9R",
      "applicationId": "GZ-2026-0001",
      "summary": "接口异常批量查询"
    },
    {
      "id": "INC-T-2",
      "openedAt": "2026-06-10T09:00:00+08:00",
      "severity": "low",
      "operatorCode": "91350100MA2Y8K3L0B",
      "applicationId": "FJ-2026-0007",
      "summary": "弱口令告警",
      "respondedAt": "2026-06-10T12:00:00+08:00",
      "closedAt": "2026-06-12T18:00:00+08:00"
    }
  ]
}
)";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

monitoring::IndicatorQuery testQuery()
{
    monitoring::IndicatorQuery q;
    q.from = kFrom;
    q.to = kTo;
    q.on = kOn;
    return q;
}

int importCount(const std::shared_ptr<Database> &db)
{
    const auto imports = makeFeedRepository(db)->imports();
    return imports ? int(imports->size()) : -1;
}

/** The translators of the test replaced by those of @p language ("zh_CN", "en"). */
void useLanguage(const QString &language)
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    i18n::install(language);
}

/** The texts a chart draws that Qt Charts cut short ("..." or "…"), with where they are. */
QStringList cutTexts(QChartView *view)
{
    QStringList cut;
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString plain = text->toPlainText();
        if (plain.contains(QStringLiteral("...")) || plain.contains(QChar(0x2026)))
            cut << plain;
    }
    return cut;
}

/** Whether @p label is a month's short name or a year, as the month axes show them. */
bool isMonthLabel(QString label)
{
    label.remove(QChar(0x200B));
    for (int m = 1; m <= 12; ++m)
        if (label == QLocale().standaloneMonthName(m, QLocale::ShortFormat))
            return true;
    static const QRegularExpression year(QStringLiteral("^20\\d\\d$"));
    return year.match(label).hasMatch();
}

} // namespace

/** The figures are computed off the UI thread: waits until those asked for have arrived. */
bool waitForFigures(DashboardPage *page)
{
    return QTest::qWaitFor([page] { return !page->isComputing(); }, 30000);
}

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void inboxQueryByIds();
    void cardsShowTheEngineNumbers();
    void drillDownFromCardListsTheCases();
    void drillDownFromChart();
    void partialMonthIsMarked();
    void monthsNotReportedYetAreNoDrop();
    void filterChangesTheFigures();
    void watchedFolderImportsOnce();
    void watchedFolderRefusesInvalidFile();
    void acknowledgeThroughDialog();
    void csvExport();
    void pdfExport();
    void settingsPage();
    void pdfInChinese();
    void screenshots();
    void readsAtOfficeScreens_data();
    void readsAtOfficeScreens();
    void saysItIsComputingBeforeTheFirstFigures();
    void aLongAlertListIsCappedAndSaysSo();
    void theReportCountsEveryAlertAndListsTheMostSevere();
    void theIndicatorTableCountsInTheLocalesDigits();

private:
    std::unique_ptr<MainWindow> makeWindow();
    DashboardPage *openDashboard(MainWindow *window);
    void importFeed(const QByteArray &bytes, const QString &name);
    /** A copy, in this test's folder, of the demo database loaded today; null if it failed. */
    std::shared_ptr<Database> demoDatabase();
    /** A window whose dashboard looks on 20 August 2026 (since kFrom), with calls reported for
     *  March and for @p lastMonth ("2026-08": so far), incidents up to @p lastMonth's end, its
     *  charts drawn. */
    std::unique_ptr<MainWindow> dashboardWithCalls(const QString &lastMonth);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    // The demo, loaded once for the tests that only read it: five loads were a third of this
    // program's time (ten seconds each under the sanitizers).
    QTemporaryDir m_demoDir;
    bool m_demoLoaded = false;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_dashboard"));
    QSettings().clear();
    if (!screenshotDir().isEmpty())
        QVERIFY(prepareForScreenshots());
}

void TestDashboard::init()
{
    QSettings().clear();
    officer::saveProfile(
        {QStringLiteral("张敏"), QStringLiteral("主任科员"), QStringLiteral("监测科"), true, true});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = openExampleDatabase(m_dir->filePath(QStringLiteral("monitoring.sqlite")), true);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    m_db = db.value();
}

void TestDashboard::cleanup()
{
    m_db.reset();
    m_dir.reset();
    QSettings().clear();
}

std::shared_ptr<Database> TestDashboard::demoDatabase()
{
    const QString loaded = m_demoDir.filePath(QStringLiteral("demo.sqlite"));
    if (!m_demoLoaded) {
        auto db = Database::open(loaded);
        if (!db || !demo::load(db.value(), QDate::currentDate()))
            return {};
        m_demoLoaded = true;
    } // closed: the file holds it all
    if (QFile(loaded + QStringLiteral("-wal")).size() > 0)
        return {};
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    if (!QFile::copy(loaded, path))
        return {};
    auto db = Database::open(path);
    return db ? db.value() : nullptr;
}

std::unique_ptr<MainWindow> TestDashboard::dashboardWithCalls(const QString &lastMonth)
{
    importFeed(callsFeed(QStringLiteral("C-1"), QStringLiteral("GZ-2026-0001"),
                         QStringLiteral("2026-03"), 120000, QStringLiteral("45000.00")),
               QStringLiteral("calls1.json"));
    importFeed(callsFeed(QStringLiteral("C-2"), QStringLiteral("GZ-2026-0001"), lastMonth, 30000,
                         QStringLiteral("9000.00")),
               QStringLiteral("calls2.json"));
    importFeed(incidentsFeed(lastMonth), QStringLiteral("incidents.json"));
    auto window = makeWindow();
    DashboardPage *page = window->dashboard();
    const QDate on(2026, 8, 20);
    page->setEvaluationDay(on);
    page->setPeriod(kFrom, on);
    window->showDashboard();
    if (!QTest::qWaitFor([page] {
            return page->chartView(QStringLiteral("revenue"))->chart()->series().size() > 0;
        }))
        qWarning("the dashboard's charts were not drawn");
    return window;
}

/** The calls and revenue charts of @p page's figures, as the dashboard and its PDF get them. */
static QList<report::DashboardChart> monthCharts(const DashboardPage *page)
{
    QList<report::DashboardChart> out;
    for (const report::DashboardChart &chart : report::dashboardCharts(page->data()))
        if (chart.id == QLatin1String("revenue") || chart.id == QLatin1String("calls"))
            out << chart;
    return out;
}

void TestDashboard::importFeed(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QVERIFY(writeFile(path, bytes));
    const auto result = monitoring::FeedImporter(m_db).importFile(path);
    QVERIFY2(result.kind == monitoring::FeedFileResult::Kind::Imported,
             qPrintable(result.errors.value(0).toString()));
}

std::unique_ptr<MainWindow> TestDashboard::makeWindow()
{
    auto window = std::make_unique<MainWindow>(Desk::over(m_db));
    window->resize(1440, 900);
    window->show();
    return window;
}

DashboardPage *TestDashboard::openDashboard(MainWindow *window)
{
    DashboardPage *page = window->dashboard();
    page->setEvaluationDay(kOn);
    page->setPeriod(kFrom, kTo);
    window->showDashboard();
    waitForFigures(page);
    return page;
}

void TestDashboard::inboxQueryByIds()
{
    const auto store = makeApplicationStore(m_db);
    InboxQuery query;
    query.ids = {QStringLiteral("GZ-2026-0001"), QStringLiteral("FJ-2026-0007"),
                 QStringLiteral("NOPE-0000")};
    QCOMPARE(store->count(query).value(), 2);
    const auto rows = store->rows(query, 0, 100);
    QVERIFY(rows.ok());
    QStringList ids;
    for (const InboxRow &row : rows.value())
        ids << row.id;
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("FJ-2026-0007"), QStringLiteral("GZ-2026-0001")}));
    // A long list: one bound value however many ids.
    QStringList many;
    for (int i = 0; i < 5000; ++i)
        many << QStringLiteral("X-%1").arg(i);
    many << QStringLiteral("GZH-2026-0042");
    query.ids = many;
    QCOMPARE(store->count(query).value(), 1);
    query.ids.clear();
    QCOMPARE(store->count(query).value(), 3);
    // With a search term, both restrictions apply.
    query.ids = {QStringLiteral("GZ-2026-0001"), QStringLiteral("FJ-2026-0007")};
    query.search = QStringLiteral("医疗");
    QCOMPARE(store->count(query).value(), 1);
}

void TestDashboard::cardsShowTheEngineNumbers()
{
    importFeed(callsFeed(QStringLiteral("C-1"), QStringLiteral("GZ-2026-0001"),
                         QStringLiteral("2026-03"), 120000, QStringLiteral("45000.00")),
               QStringLiteral("calls1.json"));
    importFeed(callsFeed(QStringLiteral("C-2"), QStringLiteral("GZ-2026-0001"),
                         QStringLiteral("2026-04"), 80000, QStringLiteral("30000.50")),
               QStringLiteral("calls2.json"));
    importFeed(kIncidents, QStringLiteral("incidents.json"));
    auto window = makeWindow();
    DashboardPage *page = openDashboard(window.get());
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    const auto expected = monitoring::IndicatorEngine(m_db).compute(testQuery());
    QVERIFY(expected.ok());
    QCOMPARE(expected->indicators.size(), 9);
    int checked = 0;
    for (const monitoring::Indicator &indicator : expected->indicators) {
        IndicatorCard *card = page->card(indicator.dimension);
        QVERIFY(card);
        QPushButton *figure = card->figureButton(indicator.id);
        QVERIFY2(figure, qPrintable(indicator.id));
        QCOMPARE(figure->text(), indicator.text);
        ++checked;
    }
    QCOMPARE(checked, 9);
    // The 数据安全 card lists every incident level the chart shows, the most severe included.
    auto *levels = child<QLabel>(page->card(monitoring::Dimension::Security), "figures_incidents");
    for (const QString &severity : monitoring::kIncidentSeverities)
        QVERIFY2(levels->text().contains(monitoring::incidentSeverityLabel(severity)),
                 qPrintable(levels->text()));
    // Hand-checked against the data: 2 call records of one product, 200,000 calls,
    // ¥75,000.50 revenue, 2 incidents, 3 applications submitted in 2026.
    QCOMPARE(page->data().report.find(QStringLiteral("products"))->text, QStringLiteral("1"));
    QCOMPARE(page->data().report.find(QStringLiteral("incidents"))->text, QStringLiteral("2"));
    QCOMPARE(page->data().report.find(QStringLiteral("registration"))->applicationIds.size(), 3);
    QCOMPARE(page->data().report.find(QStringLiteral("economic"))->value.toString(),
             QStringLiteral("75000.50"));

    // The charts show the same figures: calls per month, incidents by severity.
    const QList<report::DashboardChart> charts = report::dashboardCharts(page->data());
    QCOMPARE(charts.size(), 6);
    for (const report::DashboardChart &chart : charts) {
        QVERIFY2(page->chartView(chart.id), qPrintable(chart.id));
        QVERIFY(!page->chartView(chart.id)->chart()->title().isEmpty());
        QCOMPARE(chart.categoryIds.size(), chart.data.categories.size());
        if (chart.id == QLatin1String("calls")) {
            QCOMPARE(chart.data.categories.size(), 12);
            QCOMPARE(chart.data.series.first().values.at(2) * chart.scale, 120000.0);
            QCOMPARE(chart.data.series.first().values.at(3) * chart.scale, 80000.0);
            QCOMPARE(chart.categoryIds.at(2), QStringList{QStringLiteral("GZ-2026-0001")});
        }
        if (chart.id == QLatin1String("incidents")) {
            const QStringList severities = monitoring::kIncidentSeverities;
            QCOMPARE(
                chart.data.series.first().values.at(severities.indexOf(QStringLiteral("high"))),
                1.0);
            QCOMPARE(chart.data.series.first().values.at(severities.indexOf(QStringLiteral("low"))),
                     1.0);
            QCOMPARE(
                chart.data.series.first().values.at(severities.indexOf(QStringLiteral("critical"))),
                0.0);
        }
    }
    // The alert list beside it holds what the alert engine says.
    const auto alerts = monitoring::AlertEngine(m_db).evaluate(kOn);
    QVERIFY(alerts.ok());
    QCOMPARE(page->alertPanel()->shownAlerts().size(), alerts->size());
    auto *table = child<QTreeWidget>(page, "indicatorTable");
    QVERIFY(table);
    QCOMPARE(table->topLevelItemCount(), 4);
}

void TestDashboard::drillDownFromCardListsTheCases()
{
    importFeed(callsFeed(QStringLiteral("C-1"), QStringLiteral("GZ-2026-0001"),
                         QStringLiteral("2026-03"), 120000, QStringLiteral("45000.00")),
               QStringLiteral("calls1.json"));
    auto window = makeWindow();
    DashboardPage *page = openDashboard(window.get());
    auto *tabs = child<QTabWidget>(window.get(), "mainTabs");
    QCOMPARE(tabs->currentWidget(), page);

    for (const QString &id : {QStringLiteral("registration"), QStringLiteral("products")}) {
        const monitoring::Indicator *indicator = page->data().report.find(id);
        QVERIFY(indicator);
        QStringList expected = indicator->applicationIds;
        expected.removeAll(QString());
        QVERIFY(!expected.isEmpty());
        window->showDashboard();
        QPushButton *figure = page->card(indicator->dimension)->figureButton(id);
        QTest::mouseClick(figure, Qt::LeftButton);
        QCOMPARE(tabs->currentIndex(), 0); // the inbox
        QCOMPARE(window->inboxModel()->totalCount(), int(expected.size()));
        QStringList shown;
        for (int row = 0; row < window->inboxModel()->rowCount(); ++row)
            shown << window->inboxModel()->index(row, 0).data(InboxModel::IdRole).toString();
        shown.sort();
        QCOMPARE(shown, expected);
        auto *chip = child<QPushButton>(window.get(), "idFilterChip");
        QVERIFY(chip->isVisible());
        QVERIFY(chip->text().contains(indicator->label));
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY(!chip->isVisible());
        QCOMPARE(window->inboxModel()->totalCount(), 3);
    }
}

void TestDashboard::drillDownFromChart()
{
    auto window = makeWindow();
    DashboardPage *page = openDashboard(window.get());
    QSignalSpy spy(page, &DashboardPage::applicationsRequested);
    // Applications by domain: one bar per domain, one application each.
    const QList<report::DashboardChart> charts = report::dashboardCharts(page->data());
    const auto domains = std::find_if(charts.cbegin(), charts.cend(), [](const auto &chart) {
        return chart.id == QLatin1String("domains");
    });
    QVERIFY(domains != charts.cend());
    const int medical = int(domains->data.categories.indexOf(QStringLiteral("医疗")));
    QVERIFY(medical >= 0);
    page->drillDownChart(QStringLiteral("domains"), medical);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{QStringLiteral("FJ-2026-0007")});
    QCOMPARE(window->inboxModel()->totalCount(), 1);
    QCOMPARE(window->idFilter(), QStringList{QStringLiteral("FJ-2026-0007")});

    // A ring's "Others" slice stands for several domains: their cases together.
    page->drillDownCategories(QStringLiteral("domains"), {0, 1});
    QCOMPARE(spy.size(), 2);
    QStringList expected = domains->categoryIds.at(0) + domains->categoryIds.at(1);
    expected.removeDuplicates();
    QStringList got = spy.at(1).at(0).toStringList();
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    QCOMPARE(got, expected);
    QVERIFY(spy.at(1).at(1).toString().contains(domains->data.categories.at(1)));
}

void TestDashboard::partialMonthIsMarked()
{
    // Calls reported for March and for August so far; the dashboard looks on 20 August.
    auto window = dashboardWithCalls(QStringLiteral("2026-08"));
    DashboardPage *page = window->dashboard();
    QVERIFY(page->chartView(QStringLiteral("revenue"))->chart()->series().size() > 0);
    const QString partial = QStringLiteral("Aug to date (partial)");

    // Revenue: the line ends with July; August is a point of its own, named in the legend.
    QChart *revenue = page->chartView(QStringLiteral("revenue"))->chart();
    QLineSeries *line = nullptr;
    QScatterSeries *point = nullptr;
    for (QAbstractSeries *series : revenue->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            point = scatter;
        else if (auto *l = qobject_cast<QLineSeries *>(series))
            line = l;
    }
    QVERIFY(line);
    QVERIFY(point);
    QCOMPARE(line->count(), 7); // January to July
    QCOMPARE(point->name(), partial);
    QCOMPARE(point->count(), 1);
    QCOMPARE(point->at(0).x(), 7.0);
    QVERIFY(point->at(0).y() > 0);
    QStringList legend;
    for (QLegendMarker *marker : revenue->legend()->markers())
        legend << marker->label();
    QVERIFY2(legend.contains(partial), qPrintable(legend.join(u'|')));

    // Calls: August's bar is a set of its own, with August's calls and nothing else.
    QChart *calls = page->chartView(QStringLiteral("calls"))->chart();
    auto *bars = qobject_cast<QStackedBarSeries *>(calls->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(1)->label(), partial);
    QVERIFY(bars->barSets().at(1)->at(7) > 0);
    QCOMPARE(bars->barSets().at(0)->at(7), 0.0);
    QVERIFY(bars->barSets().at(0)->at(2) > 0); // March, in full

    // On paper, where August cannot be marked apart, the figures stop with July and the axis
    // says why; the dashboard's own data keeps August.
    const QList<report::DashboardChart> charts = monthCharts(page);
    QCOMPARE(charts.size(), 2);
    for (const report::DashboardChart &chart : charts) {
        QCOMPARE(chart.data.series.first().values.size(), 8);
        QVERIFY(chart.paper);
        QCOMPARE(chart.paper->categories.size(), 8);
        QCOMPARE(chart.paper->series.first().values.size(), 7);
        QVERIFY2(chart.paper->xLabel.contains(QStringLiteral("2026-08 not a whole month")),
                 qPrintable(chart.paper->xLabel));
    }

    // Every card's trend ends with July too: August so far is no drop.
    for (const monitoring::Dimension dimension : monitoring::kDimensions) {
        const QString name = QStringLiteral("sparkline_") + monitoring::dimensionCode(dimension);
        auto *trend = page->card(dimension)->findChild<Sparkline *>(name);
        QVERIFY2(trend, qPrintable(name));
        QCOMPARE(trend->values().size(), 7);
    }

    // Two years: month names under the axis, January named by its year, no label lost.
    page->setPeriod(QDate(2025, 1, 1), QDate(2026, 12, 31));
    QTRY_VERIFY(qobject_cast<QCategoryAxis *>(
        page->chartView(QStringLiteral("calls"))->chart()->axes(Qt::Horizontal).value(0)));
    auto *axis = qobject_cast<QCategoryAxis *>(
        page->chartView(QStringLiteral("calls"))->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis->count() >= 2);
    for (const QString &label : axis->categoriesLabels())
        QVERIFY2(isMonthLabel(label), qPrintable(label));

    // A period that ended with its month has no partial month.
    page->setPeriod(kFrom, QDate(2026, 7, 31));
    const auto callsSeries = [page] {
        return page->chartView(QStringLiteral("calls"))->chart()->series().value(0);
    };
    QTRY_VERIFY(callsSeries() && !qobject_cast<QStackedBarSeries *>(callsSeries()));
}

void TestDashboard::monthsNotReportedYetAreNoDrop()
{
    // The calls feed ends with June (platforms export a month after it ends); the dashboard
    // looks on 20 August. July and August are not reported: no drop to zero, no August point.
    auto window = dashboardWithCalls(QStringLiteral("2026-06"));
    DashboardPage *page = window->dashboard();
    QVERIFY(page->chartView(QStringLiteral("revenue"))->chart()->series().size() > 0);

    QChart *revenue = page->chartView(QStringLiteral("revenue"))->chart();
    QCOMPARE(revenue->series().size(), 1); // the line, no point for August
    auto *line = qobject_cast<QLineSeries *>(revenue->series().first());
    QVERIFY(line);
    QCOMPARE(line->count(), 6); // January to June
    QVERIFY(line->at(5).y() > 0);
    const QString note = QStringLiteral("reported up to 2026-06-30");
    for (const char *id : {"revenue", "calls"}) {
        const QString title =
            page->chartView(QLatin1String(id))->chart()->axes(Qt::Horizontal).value(0)->titleText();
        QVERIFY2(title.contains(note), qPrintable(title));
    }

    QChart *calls = page->chartView(QStringLiteral("calls"))->chart();
    auto *bars = qobject_cast<QBarSeries *>(calls->series().value(0)); // no partial set
    QVERIFY(bars);
    QCOMPARE(bars->count(), 1);
    QCOMPARE(bars->barSets().at(0)->count(), 6);
    auto *trend = child<Sparkline>(page->card(monitoring::Dimension::Benefit), "sparkline_benefit");
    QVERIFY(trend);
    QCOMPARE(trend->values().size(), 6);
    // The incidents feed was exported on 1 July: a July and August without incidents are not
    // known to be without them. The security card's trend stops with June too.
    auto *incidents =
        child<Sparkline>(page->card(monitoring::Dimension::Security), "sparkline_security");
    QVERIFY(incidents);
    QCOMPARE(incidents->values().size(), 6);
    QCOMPARE(incidents->values().at(2), 1.0); // March's incident

    // On paper the same: eight months under the axis, figures for six.
    const QList<report::DashboardChart> charts = monthCharts(page);
    QCOMPARE(charts.size(), 2);
    for (const report::DashboardChart &chart : charts) {
        QCOMPARE(chart.data.categories.size(), 8);
        QCOMPARE(chart.data.series.first().values.size(), 6);
        QVERIFY2(chart.data.xLabel.contains(note), qPrintable(chart.data.xLabel));
        QVERIFY(!chart.paper); // August is not reported: nothing of it to leave out
    }
}

void TestDashboard::filterChangesTheFigures()
{
    auto window = makeWindow();
    DashboardPage *page = openDashboard(window.get());
    QCOMPARE(page->data().report.find(QStringLiteral("registration"))->applicationIds.size(), 3);
    auto *domain = child<QComboBox>(page, "domainFilter");
    const int index = domain->findData(QStringLiteral("文旅"));
    QVERIFY(index > 0);
    domain->setCurrentIndex(index);
    QCOMPARE(page->query().filter.domain, QStringLiteral("文旅"));
    QVERIFY(page->isComputing()); // the old figures stay until the new ones arrive
    QCOMPARE(page->data().report.find(QStringLiteral("registration"))->applicationIds.size(), 3);
    QVERIFY(waitForFigures(page));
    QCOMPARE(page->data().report.find(QStringLiteral("registration"))->applicationIds,
             QStringList{QStringLiteral("GZH-2026-0042")});
    monitoring::IndicatorQuery q = testQuery();
    q.filter.domain = QStringLiteral("文旅");
    const auto expected = monitoring::IndicatorEngine(m_db).compute(q);
    QVERIFY(expected.ok());
    for (const monitoring::Indicator &indicator : expected->indicators)
        QCOMPARE(page->card(indicator.dimension)->figureButton(indicator.id)->text(),
                 indicator.text);
    QCOMPARE(page->data().breakdown.byDomain.size(), 1);
}

void TestDashboard::watchedFolderImportsOnce()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    WatchedFolder::setConfiguredFolder(folder.path());
    auto window = makeWindow();
    DashboardPage *page = openDashboard(window.get());
    WatchedFolder *watched = page->watchedFolder();
    QCOMPARE(watched->folder(), QDir::cleanPath(folder.path()));
    watched->setSettleInterval(50);
    watched->setRescanInterval(300);
    QSignalSpy imported(watched, &WatchedFolder::feedImported);
    QCOMPARE(page->card(monitoring::Dimension::Benefit)
                 ->figureButton(QStringLiteral("products"))
                 ->text(),
             QStringLiteral("0"));
    QCOMPARE(importCount(m_db), 0);

    const QString path = folder.filePath(QStringLiteral("calls-2026-03.json"));
    const QByteArray bytes = callsFeed(QStringLiteral("W-1"), QStringLiteral("GZ-2026-0001"),
                                       QStringLiteral("2026-03"), 5000, QStringLiteral("100.00"));
    QVERIFY(writeFile(path, bytes));
    QTRY_COMPARE_WITH_TIMEOUT(importCount(m_db), 1, 10000);
    QTRY_COMPARE(imported.size(), 1);
    // The dashboard follows without a restart, and says what came in.
    QTRY_COMPARE(page->card(monitoring::Dimension::Benefit)
                     ->figureButton(QStringLiteral("products"))
                     ->text(),
                 QStringLiteral("1"));
    auto *notice = child<QLabel>(page, "feedNotice");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("calls-2026-03.json")));

    // Touched, rewritten with the same bytes, copied under another name: still once.
    QFile touched(path);
    QVERIFY(touched.open(QIODevice::ReadWrite));
    QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                QFileDevice::FileModificationTime));
    touched.close();
    QVERIFY(writeFile(path, bytes));
    QVERIFY(QFile::copy(path, folder.filePath(QStringLiteral("copy.json"))));
    watched->scan();
    QTest::qWait(1200); // several rescans and settle intervals
    QCOMPARE(importCount(m_db), 1);
    QCOMPARE(imported.size(), 1);

    // A new file is imported, once.
    QVERIFY(writeFile(folder.filePath(QStringLiteral("calls-2026-04.csv")),
                      "#format: grantdesk.feed.calls/1\n#source: 测试平台\n"
                      "id,operatorCode,operatorName,product,applicationId,periodStart,periodEnd,"
                      "calls,freeCalls,activeUsers,revenue\n"
                      "W-2,91440101MA5CXK7Q9R,广州低空智联科技有限公司,GZ-LOWALT-RISK-API,"
                      "GZ-2026-0001,2026-04-01,2026-04-30,7000,0,3,150.00\n"));
    QTRY_COMPARE_WITH_TIMEOUT(importCount(m_db), 2, 10000);
    QTest::qWait(800);
    QCOMPARE(importCount(m_db), 2);
    QCOMPARE(imported.size(), 2);
    QCOMPARE(watched->importedFiles().size(), 2);
}

void TestDashboard::watchedFolderRefusesInvalidFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto window = makeWindow();
    DashboardPage *page = openDashboard(window.get());
    WatchedFolder *watched = page->watchedFolder();
    watched->setSettleInterval(50);
    watched->setFolder(folder.path());
    QSignalSpy refused(watched, &WatchedFolder::feedRefused);
    QVERIFY(QFile::copy(QStringLiteral(GRANTDESK_TEST_DATA "/monitoring/calls-bad.json"),
                        folder.filePath(QStringLiteral("bad.json"))));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    const QStringList errors = refused.at(0).at(1).toStringList();
    QVERIFY(errors.size() > 1);
    // The same errors as the importer gives.
    const auto direct =
        monitoring::FeedImporter(m_db).importFile(folder.filePath(QStringLiteral("bad.json")));
    QCOMPARE(direct.errors.size(), errors.size());
    QCOMPARE(direct.errors.first().toString(), errors.first());
    QCOMPARE(importCount(m_db), 0);
    auto *notice = child<QLabel>(page, "feedNotice");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(errors.first()));
    QTest::qWait(300);
    QCOMPARE(refused.size(), 1); // refused once, not on every scan
}

void TestDashboard::acknowledgeThroughDialog()
{
    importFeed(kIncidents, QStringLiteral("incidents.json"));
    auto window = makeWindow();
    DashboardPage *page = openDashboard(window.get());
    AlertPanel *panel = page->alertPanel();
    auto *code = child<QComboBox>(panel, "alertCodeFilter");
    code->setCurrentIndex(code->findData(monitoring::alertcode::IncidentOpen));
    const QList<monitoring::Alert> open = panel->shownAlerts();
    QCOMPARE(open.size(), 1); // INC-T-1, open since March
    QVERIFY(!open.first().acknowledged());
    const QString key = open.first().key;
    QVERIFY(panel->selectAlert(key));

    QTest::mouseClick(child<QPushButton>(panel, "acknowledgeButton"), Qt::LeftButton);
    auto *dialog = panel->findChild<AcknowledgeDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // a note is required
    typeText(child<QPlainTextEdit>(dialog, "ackNote"), QStringLiteral("已通知运营机构整改"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    // The acknowledgement is signed into the audit trail: the officer unlocks their key with
    // the passphrase dialog used for signing packages. Without a key it is not saved.
    const QString keys = signing::keyFolderPath();
    QDir(keys).removeRecursively();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(child<QLabel>(dialog, "ackError")->text().contains(QLatin1String("no signing key")));
    QVERIFY(!monitoring::AlertAcknowledgements(m_db).all()->contains(key));
    const package::Signer zhang =
        packagetest::makeSigner(package::Algorithm::Sm2Sm3, QStringLiteral("张敏"));
    QVERIFY(package::KeyFolder(keys).create(zhang.key, zhang.certificate, "ack-pass").ok());
    PassphraseDialog::setNextAnswer(QByteArray("ack-pass"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QDir(keys).removeRecursively();
    const auto trail = audit::verifyTrail(m_db);
    QVERIFY(trail.ok());
    QVERIFY2(!trail->broken(), qPrintable(trail->problems.join(u'\n')));
    QCOMPARE(trail->anchors, 1);
    QCOMPARE(trail->unanchored(), 0);

    const auto acks = monitoring::AlertAcknowledgements(m_db).all();
    QVERIFY(acks.ok());
    QVERIFY(acks->contains(key));
    QCOMPARE(acks->value(key).note, QStringLiteral("已通知运营机构整改"));
    QCOMPARE(acks->value(key).actor, QStringLiteral("张敏"));
    // Still listed, marked acknowledged (once the figures computed after it arrive).
    QVERIFY(waitForFigures(page));
    QTRY_COMPARE(panel->shownAlerts().size(), 1);
    QVERIFY(panel->shownAlerts().first().acknowledged());
    auto *list = child<QTreeWidget>(panel, "alertList");
    QVERIFY(list->topLevelItem(0)->text(1).endsWith(QStringLiteral("✓")));
    QVERIFY(child<QLabel>(panel, "alertDetail")->text().contains(QStringLiteral("已通知")));

    // Open the subject: the inbox shows the application the incident names.
    QVERIFY(panel->selectAlert(key));
    QTest::mouseClick(child<QPushButton>(panel, "openSubjectButton"), Qt::LeftButton);
    QCOMPARE(window->idFilter(), QStringList{QStringLiteral("GZ-2026-0001")});
    QCOMPARE(window->inboxModel()->totalCount(), 1);
}

void TestDashboard::csvExport()
{
    importFeed(callsFeed(QStringLiteral("C-1"), QStringLiteral("GZ-2026-0001"),
                         QStringLiteral("2026-03"), 120000, QStringLiteral("45000.00")),
               QStringLiteral("calls1.json"));
    auto window = makeWindow();
    DashboardPage *page = openDashboard(window.get());
    const QString path = m_dir->filePath(QStringLiteral("benefit.csv"));
    QVERIFY(page->exportCsv(monitoring::Dimension::Benefit, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), report::indicatorTableHeaders().join(QLatin1Char(',')));
    int expectedRows = 0;
    for (const monitoring::Indicator &i :
         page->data().report.ofDimension(monitoring::Dimension::Benefit))
        expectedRows += 1 + int(i.figures.size());
    QCOMPARE(lines.size(), 1 + expectedRows);
    const auto field = [](const QString &text) {
        return text.contains(QLatin1Char(',')) ? QLatin1Char('"') + text + QLatin1Char('"') : text;
    };
    const monitoring::Indicator *products = page->data().report.find(QStringLiteral("products"));
    QVERIFY(lines.contains(QStringLiteral("products,%1,value,%1,1,1,1").arg(products->label)));
    const monitoring::IndicatorFigure *calls = products->figure(QStringLiteral("calls"));
    QVERIFY(lines.contains(QStringLiteral("products,%1,calls,%2,120000,%3,")
                               .arg(products->label, calls->label, field(calls->text))));
    const monitoring::Indicator *economic = page->data().report.find(QStringLiteral("economic"));
    QVERIFY(lines.contains(QStringLiteral("economic,%1,value,%1,45000.00,%2,1")
                               .arg(economic->label, field(economic->text))));
    // Through Export → Table "…" as CSV (the file dialog answered).
    const QString viaMenu = m_dir->filePath(QStringLiteral("procedure.csv"));
    FileDialogs::setNextAnswer(viaMenu);
    auto *action = page->findChild<QAction *>(QStringLiteral("actionExportCsv_procedure"));
    QVERIFY(action);
    action->trigger();
    QFile procedure(viaMenu);
    QVERIFY(procedure.open(QIODevice::ReadOnly));
    QCOMPARE(procedure.readAll(),
             report::indicatorTableCsv(page->data().report, monitoring::Dimension::Procedure));
    QVERIFY(child<QLabel>(page, "feedNotice")->text().contains(QStringLiteral("procedure.csv")));
    QCOMPARE(report::indicatorTableFileName(page->data().report, monitoring::Dimension::Benefit),
             QStringLiteral("monitoring-benefit-2026-01-01_2026-12-31.csv"));
}

void TestDashboard::pdfExport()
{
    importFeed(callsFeed(QStringLiteral("C-1"), QStringLiteral("GZ-2026-0001"),
                         QStringLiteral("2026-03"), 120000, QStringLiteral("45000.00")),
               QStringLiteral("calls1.json"));
    importFeed(kIncidents, QStringLiteral("incidents.json"));
    auto window = makeWindow();
    DashboardPage *page = openDashboard(window.get());
    const QString path = m_dir->filePath(QStringLiteral("dashboard.pdf"));
    const Status written = page->exportPdf(path);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    GD_REQUIRE_TOOL("pdftotext");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    // Table cells wrap (Chinese anywhere between two characters): compare without spaces.
    const auto squeezed = [](QString text) {
        return text.remove(QRegularExpression(QStringLiteral("\\s+")));
    };
    const QString text = squeezed(QString::fromUtf8(pdftotext.readAllStandardOutput()));
    for (monitoring::Dimension dimension : monitoring::kDimensions)
        QVERIFY2(text.contains(squeezed(monitoring::dimensionLabel(dimension))),
                 qPrintable(monitoring::dimensionLabel(dimension)));
    QVERIFY(text.contains(squeezed(report::dashboardReportTitle().left(10))));
    // The indicator figures and an alert are in it.
    QVERIFY(text.contains(squeezed(page->data().report.find(QStringLiteral("economic"))->text)));
    QVERIFY(
        text.contains(squeezed(monitoring::alertcode::label(monitoring::alertcode::IncidentOpen))
                          .left(6))); // a label may wrap in its narrow column
    if (!screenshotDir().isEmpty())
        QFile::copy(path, QDir(screenshotDir()).filePath(QStringLiteral("dashboard.pdf")));
}

void TestDashboard::settingsPage()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto window = makeWindow();
    DashboardPage *page = openDashboard(window.get());
    MonitoringSettingsPage settings;
    QCOMPARE(settings.objectName(), QStringLiteral("monitoringPage"));
    child<QSpinBox>(&settings, "expiringDaysSpin")->setValue(45);
    auto *edit = child<QLineEdit>(&settings, "watchedFolderEdit");
    edit->setText(folder.filePath(QStringLiteral("missing")));
    QVERIFY(!settings.apply()); // no such folder
    edit->setText(folder.path());
    // A due day not every year has is refused here, as reading the settings would drop it.
    child<QSpinBox>(&settings, "disclosureMonthSpin")->setValue(2);
    child<QSpinBox>(&settings, "disclosureDaySpin")->setValue(29);
    QVERIFY(!settings.apply());
    child<QSpinBox>(&settings, "disclosureDaySpin")->setValue(28);
    QVERIFY(settings.apply());
    QCOMPARE(monitoring::MonitoringSettings::load().expiringDays, 45);
    QCOMPARE(monitoring::MonitoringSettings::load().disclosureDueDay, 28);
    QCOMPARE(WatchedFolder::configuredFolder(), QDir::cleanPath(folder.path()));
    // The running dashboard watches the new folder at once.
    QCOMPARE(page->watchedFolder()->folder(), QDir::cleanPath(folder.path()));
    MonitoringSettingsPage again;
    QCOMPARE(child<QSpinBox>(&again, "expiringDaysSpin")->value(), 45);
    QCOMPARE(child<QLineEdit>(&again, "watchedFolderEdit")->text(),
             QDir::toNativeSeparators(QDir::cleanPath(folder.path())));
}

void TestDashboard::pdfInChinese()
{
    // Last but one: the translator stays installed (the screenshots want it too).
    i18n::install(QStringLiteral("zh_CN"));
    QCOMPARE(monitoring::dimensionLabel(monitoring::Dimension::Procedure),
             QStringLiteral("授权程序"));
    GD_REQUIRE_TOOL("pdftotext");
    importFeed(kIncidents, QStringLiteral("incidents.json"));
    report::DashboardData data;
    data.report = monitoring::IndicatorEngine(m_db).compute(testQuery()).value();
    data.breakdown = monitoring::computeDashboardBreakdown(m_db, testQuery()).value();
    data.alerts = monitoring::AlertEngine(m_db).evaluate(kOn).value();
    const auto pdf = report::dashboardPdf(data);
    QVERIFY(pdf.ok());
    const QString path = m_dir->filePath(QStringLiteral("dashboard-zh.pdf"));
    QVERIFY(writeFile(path, pdf.value()));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    // The four dimensions as docs/domain.md §7 names them.
    for (const QString &name : {QStringLiteral("授权程序"), QStringLiteral("资源供给"),
                                QStringLiteral("运营效益"), QStringLiteral("数据安全")})
        QVERIFY2(text.contains(name), qPrintable(name));
}

void TestDashboard::screenshots()
{
    // Runs on every build; the pictures are kept when GRANTDESK_SCREENSHOTS names a folder.
    const QString shots = screenshotDir();
    const auto shot = [&](QWidget *widget, const QString &name) {
        const QPixmap picture = widget->grab();
        QVERIFY(!picture.isNull());
        if (!shots.isEmpty())
            QVERIFY(picture.save(QDir(shots).filePath(name)));
    };
    // The demo data set, as `grantdesk --demo` loads it.
    m_db = demoDatabase();
    QVERIFY(m_db);
    auto window = std::make_unique<MainWindow>(Desk::over(m_db));
    window->resize(1440, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->showDashboard();
    QVERIFY(waitForFigures(window->dashboard()));
    QTest::qWait(300);
    shot(window.get(), QStringLiteral("dashboard.png"));
    DashboardPage *page = window->dashboard();
    QElapsedTimer timer;
    timer.start();
    page->refresh();
    QVERIFY(waitForFigures(page));
    qInfo("dashboard refresh on the demo data: %lld ms", timer.elapsed());
    timer.restart();
    const QString pdf = QDir(shots.isEmpty() ? m_dir->path() : shots)
                            .filePath(QStringLiteral("dashboard-demo.pdf"));
    QVERIFY(page->exportPdf(pdf).ok());
    qInfo("dashboard PDF of the demo data: %lld ms", timer.elapsed());
    auto *tabs = child<QTabWidget>(page, "dashboardTabs");
    tabs->setCurrentIndex(1);
    AlertPanel *panel = page->alertPanel();
    auto *severity = child<QComboBox>(panel, "alertSeverityFilter");
    severity->setCurrentIndex(severity->findData(QStringLiteral("critical")));
    QTest::qWait(200);
    shot(window.get(), QStringLiteral("dashboard-table.png"));
    page->drillDownIndicator(QStringLiteral("registration"));
    QTest::qWait(200);
    const QStringList behind =
        page->data().report.find(QStringLiteral("registration"))->applicationIds;
    QVERIFY(!behind.isEmpty());
    QCOMPARE(window->idFilter(), behind);
    shot(window.get(), QStringLiteral("dashboard-drilldown.png"));
}

void TestDashboard::readsAtOfficeScreens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    QTest::newRow("zh 1280x800") << QStringLiteral("zh_CN") << QSize(1280, 800);
    QTest::newRow("zh 1440x900") << QStringLiteral("zh_CN") << QSize(1440, 900);
    QTest::newRow("en 1280x800") << QStringLiteral("en") << QSize(1280, 800);
    QTest::newRow("en 1440x900") << QStringLiteral("en") << QSize(1440, 900);
    // The window's first size on a 1280×800 screen: nine tenths of it (MainWindow).
    QTest::newRow("zh first window at 1280x800") << QStringLiteral("zh_CN") << QSize(1152, 720);
}

/**
 * The demo data on the screens officers have (issue 18, item 3): the page no wider than the
 * window, no chart text cut to "...", month labels whole and apart, legends inside their
 * charts, the month still being reported named so, alert subjects on rows tall enough.
 */
void TestDashboard::readsAtOfficeScreens()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    useLanguage(language);
    const QDate today = QDate::currentDate();
    m_db = demoDatabase();
    QVERIFY(m_db);
    auto window = std::make_unique<MainWindow>(Desk::over(m_db));
    window->resize(screen);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->showDashboard();
    QVERIFY(waitForFigures(window->dashboard()));
    QTest::qWait(300);
    DashboardPage *page = window->dashboard();
    QVERIFY(!child<QScrollArea>(page, "dashboardScroll")->horizontalScrollBar()->isVisible());
    QVERIFY(!child<QScrollArea>(page, "chartArea")->horizontalScrollBar()->isVisible());

    for (const QString &id :
         {QStringLiteral("calls"), QStringLiteral("revenue"), QStringLiteral("domains"),
          QStringLiteral("modes"), QStringLiteral("incidents"), QStringLiteral("registration")}) {
        QChartView *view = page->chartView(id);
        QChart *chart = view->chart();
        const QStringList cut = cutTexts(view);
        QVERIFY2(cut.isEmpty(), qPrintable(id + QStringLiteral(": ") + cut.join(u'|')));
        const QRectF legend = chart->legend()->geometry();
        QVERIFY2(chart->rect().adjusted(-1, -1, 1, 1).contains(legend), qPrintable(id));
        if (id != QLatin1String("calls") && id != QLatin1String("revenue"))
            continue;
        auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY2(axis, qPrintable(id));
        const QStringList labels = axis->categoriesLabels();
        QVERIFY(labels.size() >= 2);
        const QFontMetricsF metrics(axis->labelsFont());
        double lastRight = -1e9;
        for (const QString &label : labels) {
            QVERIFY2(isMonthLabel(label), qPrintable(label));
            const double x = chart->mapToPosition(QPointF(axis->endValue(label), 0)).x();
            const double width = metrics.horizontalAdvance(label);
            QVERIFY2(x - width / 2 > lastRight, qPrintable(id + QStringLiteral(": ") + label));
            lastRight = x + width / 2;
        }
        // The month still being reported is named so in the legend, not drawn as a drop.
        if (today.day() != today.daysInMonth()) {
            const QString partial =
                QCoreApplication::translate("gd::DashboardPage", "%1 to date (partial)")
                    .arg(QLocale().standaloneMonthName(today.month(), QLocale::ShortFormat));
            QStringList names;
            for (QLegendMarker *marker : chart->legend()->markers())
                names << marker->label();
            QVERIFY2(names.contains(partial), qPrintable(names.join(u'|')));
        }
    }

    // A card's title and its indicators' names wrap between words only, never inside one
    // ("Economic" was cut beside a wide figure); a Chinese title is one word, a Chinese name
    // may break after four characters.
    for (auto *card : page->findChildren<QFrame *>()) {
        if (!card->objectName().startsWith(QStringLiteral("card_")))
            continue;
        for (auto *label : card->findChildren<QLabel *>()) {
            if (!label->wordWrap() || label->objectName().startsWith(QStringLiteral("figures_")))
                continue;
            const QFontMetrics labelMetrics(label->font());
            const int chineseRun = label->objectName() == QLatin1String("cardTitle")
                                       ? label->width()
                                       : labelMetrics.horizontalAdvance(QStringLiteral("产品服务"));
            for (const QString &word : label->text().split(u' ', Qt::SkipEmptyParts)) {
                const bool chinese = word.contains(QRegularExpression(QStringLiteral("\\p{Han}")));
                const int needed = labelMetrics.horizontalAdvance(word);
                QVERIFY2(label->width() >= (chinese ? std::min(needed, chineseRun) : needed),
                         qPrintable(label->text()));
            }
        }
    }

    // Every alert's subject fits its row, wrapped in the subject column's width.
    auto *list = child<QTreeWidget>(page->alertPanel(), "alertList");
    QVERIFY(list->topLevelItemCount() > 0);
    const QFontMetrics metrics(list->font());
    const int width = list->columnWidth(2);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        const int needed =
            metrics.boundingRect(QRect(0, 0, width - 8, 100000), Qt::TextWordWrap, item->text(2))
                .height();
        QVERIFY2(list->visualItemRect(item).height() >= needed, qPrintable(item->text(2)));
    }
    window.reset();
    m_db.reset();
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("demo.sqlite"))));
}

/**
 * Until its first figures arrive (a minute or more at a million applications) the dashboard
 * says they are being computed; it never shows "0 alerts" or "no alerts for these cases"
 * for figures it has not computed. A refresh keeps the figures shown and says it updates.
 */
void TestDashboard::saysItIsComputingBeforeTheFirstFigures()
{
    useLanguage(QStringLiteral("en"));
    m_db = demoDatabase();
    QVERIFY(m_db);
    auto window = std::make_unique<MainWindow>(Desk::over(m_db));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->showDashboard(); // requests the figures; the answer comes through the event loop
    DashboardPage *page = window->dashboard();
    QVERIFY(page->isComputing());
    auto *title = child<QLabel>(page->alertPanel(), "alertTitle");
    auto *detail = child<QLabel>(page->alertPanel(), "alertDetail");
    auto *summary = child<QLabel>(page, "dashboardSummary");
    QCOMPARE(title->text(), AlertPanel::tr("Alerts: being computed…"));
    QCOMPARE(detail->text(), AlertPanel::tr("The alerts are being computed."));
    QCOMPARE(summary->text(), DashboardPage::tr("Computing the monitoring figures and alerts…"));
    // Nothing to export yet: a PDF now would state figures nobody computed.
    auto *exportButton = child<QToolButton>(page, "dashboardExport");
    QVERIFY(!exportButton->isEnabled());
    const QString pdf = m_dir->filePath(QStringLiteral("early.pdf"));
    QVERIFY(!page->exportPdf(pdf).ok());
    QVERIFY(!QFile::exists(pdf));

    QVERIFY(waitForFigures(page));
    const int alerts = int(page->alertPanel()->shownAlerts().size());
    QVERIFY(alerts > 0);
    QVERIFY2(title->text().contains(QString::number(alerts)), qPrintable(title->text()));
    QVERIFY(!title->text().contains(DashboardPage::tr("updating…")));
    QVERIFY(!summary->text().contains(DashboardPage::tr("updating…")));
    QVERIFY(exportButton->isEnabled());
    const QString shown = summary->text();

    // A refresh: the figures stay, marked as being updated, until the new ones arrive.
    page->refresh();
    QVERIFY(page->isComputing());
    QVERIFY2(title->text().contains(QString::number(alerts)), qPrintable(title->text()));
    QVERIFY2(title->text().endsWith(QStringLiteral(" · updating…")), qPrintable(title->text()));
    QCOMPARE(summary->text(), shown + QStringLiteral(" · ") + DashboardPage::tr("updating…"));
    QVERIFY(waitForFigures(page));
    QCOMPARE(summary->text(), shown);
    window.reset();
    m_db.reset();
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("demo.sqlite"))));
}

/**
 * At 1,000,000 applications there are 439,243 alerts: the list shows the most severe
 * AlertPanel::kListed of what the filters let through and says how many there are; the
 * filters reach the others.
 */
void TestDashboard::aLongAlertListIsCappedAndSaysSo()
{
    useLanguage(QStringLiteral("en"));
    auto db = Database::open(m_dir->filePath(QStringLiteral("alerts.sqlite")));
    QVERIFY(db.ok());
    AlertPanel panel(Desk::over(db.value()));
    constexpr int kCritical = 300, kWarnings = AlertPanel::kListed + 200;
    QList<monitoring::Alert> alerts;
    for (int i = 0; i < kCritical + kWarnings; ++i) {
        monitoring::Alert a;
        a.code = i < kCritical ? monitoring::alertcode::ExpiredInUse
                               : monitoring::alertcode::FilingOverdue;
        a.severity = i < kCritical ? monitoring::AlertSeverity::Critical
                                   : monitoring::AlertSeverity::Warning;
        a.subject = {QStringLiteral("application"),
                     QStringLiteral("GZ-%1").arg(i, 6, 10, QChar(u'0')),
                     QStringLiteral("场景 %1").arg(i)};
        a.key = a.code + QStringLiteral(":application:") + a.subject.id;
        alerts << a;
    }
    panel.setAlerts(alerts);
    auto *list = child<QTreeWidget>(&panel, "alertList");
    auto *notListed = child<QLabel>(&panel, "alertsNotListed");
    QCOMPARE(list->topLevelItemCount(), AlertPanel::kListed);
    QVERIFY(!notListed->isHidden());
    QVERIFY2(notListed->text().contains(QLocale().toString(kCritical + kWarnings)),
             qPrintable(notListed->text()));
    // The most severe first, and the title counts them all.
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), alerts.first().key);
    QVERIFY(child<QLabel>(&panel, "alertTitle")
                ->text()
                .contains(QLocale().toString(kCritical + kWarnings)));
    // A severity with fewer than the cap lists them all, and says nothing more.
    auto *severity = child<QComboBox>(&panel, "alertSeverityFilter");
    severity->setCurrentIndex(severity->findData(QStringLiteral("critical")));
    QCOMPARE(list->topLevelItemCount(), kCritical);
    QVERIFY(notListed->isHidden());
    // The warnings are more than the cap again: the others are counted.
    severity->setCurrentIndex(severity->findData(QStringLiteral("warning")));
    QCOMPARE(list->topLevelItemCount(), AlertPanel::kListed);
    QVERIFY(!notListed->isHidden());
    QVERIFY2(notListed->text().contains(QLocale().toString(kWarnings)),
             qPrintable(notListed->text()));
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), alerts.at(kCritical).key);
    // A listed alert is selected by its key; one beyond the list is not.
    QVERIFY(panel.selectAlert(alerts.at(kCritical + 5).key));
    QVERIFY(!panel.selectAlert(alerts.constLast().key));
}

void TestDashboard::theReportCountsEveryAlertAndListsTheMostSevere()
{
    useLanguage(QStringLiteral("en"));
    constexpr int kCritical = 300, kWarnings = int(report::kReportAlertsListed) + 200;
    report::DashboardData data;
    data.report = monitoring::IndicatorEngine(m_db).compute(testQuery()).value();
    for (int i = 0; i < kCritical + kWarnings; ++i) {
        monitoring::Alert a;
        a.code = i < kCritical ? monitoring::alertcode::ExpiredInUse
                               : monitoring::alertcode::FilingOverdue;
        a.severity = i < kCritical ? monitoring::AlertSeverity::Critical
                                   : monitoring::AlertSeverity::Warning;
        a.subject = {QStringLiteral("application"), QStringLiteral("GZ-%1").arg(i),
                     QStringLiteral("Scenario-%1-").arg(i, 6, 10, QChar(u'0'))};
        a.key = a.code + QStringLiteral(":application:") + a.subject.id;
        if (i == kCritical + 1)
            a.acknowledgement = monitoring::AlertAcknowledgement{
                a.key, a.code, QStringLiteral("checked"), QStringLiteral("Zhang Min"),
                QDateTime::currentDateTimeUtc()};
        data.alerts << a;
    }
    const QString text = report::dashboardDocument(data, 96)->toPlainText();
    const QLocale locale;
    const QString listed = locale.toString(report::kReportAlertsListed);
    const QString all = locale.toString(kCritical + kWarnings);
    QVERIFY2(text.contains(QStringLiteral("The %1 most severe of %2 alerts").arg(listed, all)),
             qPrintable(text.right(600)));
    // Listed: the most severe first, up to the cap; the rest counted, not listed.
    QVERIFY(text.contains(QStringLiteral("Scenario-000000-")));
    QVERIFY(text.contains(QStringLiteral("Scenario-%1-")
                              .arg(int(report::kReportAlertsListed) - 1, 6, 10, QChar(u'0'))));
    QVERIFY(!text.contains(
        QStringLiteral("Scenario-%1-").arg(int(report::kReportAlertsListed), 6, 10, QChar(u'0'))));
    // Counted: each kind by severity, the open ones and the total, in the locale's digits (the
    // plain text has a line per cell).
    const QString cells = QStringList(text.split(u'\n')).join(u'|');
    const auto row = [&locale](const QString &label, std::initializer_list<int> counts) {
        QStringList out{label};
        for (int n : counts)
            out << locale.toString(n);
        return out.join(u'|');
    };
    for (const QString &expected :
         {row(monitoring::alertcode::label(monitoring::alertcode::ExpiredInUse),
              {kCritical, 0, 0, kCritical, kCritical}),
          row(monitoring::alertcode::label(monitoring::alertcode::FilingOverdue),
              {0, kWarnings, 0, kWarnings - 1, kWarnings}),
          row(QStringLiteral("Total"),
              {kCritical, kWarnings, 0, kCritical + kWarnings - 1, kCritical + kWarnings})})
        QVERIFY2(cells.contains(expected), qPrintable(expected));
    QVERIFY(text.contains(QStringLiteral("%1 alerts, %2 not acknowledged")
                              .arg(all, locale.toString(kCritical + kWarnings - 1))));
}

// At 100,000 applications the indicator table said "14609" beside "22,118".
void TestDashboard::theIndicatorTableCountsInTheLocalesDigits()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    monitoring::Indicator indicator;
    indicator.label = QStringLiteral("三重一大");
    indicator.text = QStringLiteral("74.5%");
    for (int i = 0; i < 14609; ++i)
        indicator.applicationIds << QStringLiteral("GZ-%1").arg(i);
    indicator.applicationIds << QString(); // an unnamed case is not counted
    const QStringList row = DashboardPage::indicatorRow(indicator);
    QLocale::setDefault(before);
    QCOMPARE(row.value(2), QStringLiteral("14,609"));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
