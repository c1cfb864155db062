// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QLocale>
#include <QPushButton>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

#include "services/desk.h"
#include "common/filedialogs.h"
#include "core/officer.h"
#include "importer/importer.h"
#include "inbox/audittrailstatus.h"
#include "inbox/detailpane.h"
#include "inbox/importcontroller.h"
#include "inbox/importresultdialog.h"
#include "inbox/mainwindow.h"
#include "monitoring/dashboardpage.h"
#include "itemmodels/inboxmodel.h"
#include "review/reviewworkspace.h"
#include "pricing/feecalculatordialog.h"
#include "pricing/pricingview.h"
#include "review/reviewdocument.h"
#include "settings/officerdialog.h"
#include "store/repositories.h"
#include "store/reviewstore.h"
#include "store/applicationstore.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "common/rawsqlite.h"

using namespace gd;

namespace {

QString examplesDir()
{
    return QStringLiteral(GRANTDESK_TEST_DATA "/examples");
}

int rowOf(const QAbstractItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(InboxModel::IdRole).toString() == id)
            return row;
    }
    return -1;
}

// QTest::keyClicks() takes ASCII only; Chinese arrives as key events carrying text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithFirstRowSelected();
    void monitoringTabIsBuiltWhenFirstShown();
    void selectedCaseIsLaidOutAfterFirstPaint();
    void searchAsYouType();
    void emptyInboxSaysWhy();
    void searchSaysWhereItMatched();
    void feeCalculatorStartsFromTheCaseInView();
    void feeCalculatorOpensTheRegionOfACaseWithoutProduct();
    void selectingShowsDetails();
    void statusFilter();
    void allVersionsCheckBox();
    void statusBarCounts();
    void largeCountsAreGroupedInTheOfficersLanguage();
    void importFolderThroughMenu();
    void importRefusedFileShowsErrors();
    void importRegisterThroughMenu();
    void saveAttachmentCopy();
    void versionGapIsFlagged();
    void geometryPersists();
    void officerProfile();
    void aReadOnlyDatabaseShowsItsReviewsWithoutAProfile();
    void officerDialogNeedsCompleteProfile();
    void closingAReviewInConflictAsksWhoseTextToKeep();
    void aBrokenAuditTrailIsWarnedAfterOpening();
    void anUnreadableSecondConnectionIsNoBrokenTrail();
    void theOpeningCheckMovesTheCheckpointOn();
    void aDrillDownChipCountsInTheLocalesDigits();

private:
    void openDatabase(bool withExamples);
    std::unique_ptr<MainWindow> makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    openDatabase(true);
}

void TestMainWindow::cleanup()
{
    QVERIFY(!FileDialogs::hasNextAnswer()); // every queued answer was used
    m_db.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestMainWindow::openDatabase(bool withExamples)
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("gui.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    m_db = db.value();
    if (withExamples) {
        const ImportReport report = Importer(m_db).importPaths({examplesDir()});
        QCOMPARE(report.count(FileOutcome::Kind::Added), 3);
    }
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(Desk::over(m_db));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestMainWindow::startsWithFirstRowSelected()
{
    auto window = makeWindow();
    auto *view = window->findChild<QTableView *>(QStringLiteral("inboxView"));
    auto *pane = window->findChild<DetailPane *>(QStringLiteral("detailPane"));
    QVERIFY(view && pane);
    QVERIFY(window->findChild<QSplitter *>(QStringLiteral("mainSplitter")));
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(!pane->currentId().isEmpty());
    QCOMPARE(pane->currentId(), view->model()->index(0, 0).data(InboxModel::IdRole).toString());
}

// Issue 13: the selected case is read before the first paint, its text laid out after it: until
// then the pane's browser is blank, and plainText() already says what it will show.
void TestMainWindow::selectedCaseIsLaidOutAfterFirstPaint()
{
    MainWindow window(Desk::over(m_db));
    auto *pane = window.findChild<DetailPane *>(QStringLiteral("detailPane"));
    QVERIFY(pane);
    auto *browser = pane->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
    QVERIFY(browser);
    const QString id = pane->currentId();
    QVERIFY(!id.isEmpty());
    QVERIFY2(browser->toPlainText().isEmpty(), qPrintable(browser->toPlainText()));
    QVERIFY(pane->plainText().contains(id));

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(browser->toPlainText().contains(id));
    QCOMPARE(pane->plainText(), browser->toPlainText());
}

// Issue 17 item 3: only the inbox before the first paint. The Monitoring tab is built the first
// time it is shown — by its shortcut here — and then works as before: a drill-down shows the
// inbox with the cases behind a figure.
void TestMainWindow::monitoringTabIsBuiltWhenFirstShown()
{
    auto window = makeWindow();
    QTest::qWait(50); // past the first paint
    QVERIFY(!window->findChild<DashboardPage *>());
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 0);

    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier); // View → Monitoring
    QCOMPARE(tabs->currentIndex(), 1);
    auto *page = window->findChild<DashboardPage *>();
    QVERIFY(page);
    QCOMPARE(window->dashboard(), page); // the same page, built once
    QTRY_VERIFY(page->isVisible());
    // Refreshed as it was shown: the figures arrive from the refresher's thread.
    QTRY_VERIFY_WITH_TIMEOUT(!page->data().report.indicators.isEmpty(), 30000);

    const QStringList ids{QStringLiteral("GZH-2026-0042")};
    emit page->applicationsRequested(ids, QStringLiteral("test"));
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(window->idFilter(), ids);
    QCOMPARE(window->inboxModel()->rowCount(), 1);

    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->findChildren<DashboardPage *>().size(), 1);
}

void TestMainWindow::feeCalculatorStartsFromTheCaseInView()
{
    // Issue 18: opened while a Guangzhou case was shown, the calculator showed Fujian's rules.
    auto window = makeWindow();
    QVERIFY(window->selectApplication(QStringLiteral("GZH-2026-0042")));
    const QString product = QStringLiteral("GZ-TOUR-FLOW-FORECAST");
    auto *action = window->findChild<QAction *>(QStringLiteral("actionFeeCalculator"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window->findChild<FeeCalculatorDialog *>();
    QVERIFY(dialog);
    const auto rules = dialog->view()->currentRules();
    QVERIFY(rules);
    QVERIFY2(rules->rules.product(product), qPrintable(rules->fileName));
    QCOMPARE(dialog->view()->inputs().product, product);
    QCOMPARE(dialog->view()->inputs().quantity, quint64(250000));
    // Without a case the calculator starts from a sample of another file.
    const FeeCalculatorDialog plain;
    QVERIFY(plain.view()->currentRules());
    QVERIFY(!plain.view()->currentRules()->rules.product(product));
}

void TestMainWindow::feeCalculatorOpensTheRegionOfACaseWithoutProduct()
{
    // Issue 18: a case that names no product opened the calculator on the first rule file
    // (Fujian's), whatever its region. It now opens the file of its implementing body's
    // region. A Guizhou case without a pricing request, imported and selected:
    QFile in(examplesDir() + QStringLiteral("/gzh-tour-0042.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    root.remove(QStringLiteral("pricing"));
    root[QStringLiteral("id")] = QStringLiteral("GZH-2026-0043");
    const QString path = m_dir->filePath(QStringLiteral("gzh-no-pricing.json"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
    }
    QCOMPARE(Importer(m_db).importPaths({path}).count(FileOutcome::Kind::Added), 1);
    auto window = makeWindow();
    QVERIFY(window->selectApplication(QStringLiteral("GZH-2026-0043")));
    window->findChild<QAction *>(QStringLiteral("actionFeeCalculator"))->trigger();
    auto *dialog = window->findChild<FeeCalculatorDialog *>();
    QVERIFY(dialog);
    auto rules = dialog->view()->currentRules();
    QVERIFY(rules);
    QCOMPARE(rules->rules.region, QStringLiteral("贵州省"));
    // A sample product of that file, and the case's own operator and period.
    QVERIFY(rules->rules.product(dialog->view()->inputs().product));
    QCOMPARE(dialog->view()->inputs().periodStart,
             QDate::fromString(root[QStringLiteral("period")][QStringLiteral("start")].toString(),
                               Qt::ISODate));
    dialog->close();

    // A Guangzhou case whose request is dropped opens Guangzhou's file in effect on the day.
    auto guangzhou = makeApplicationStore(m_db)->load(QStringLiteral("GZ-2026-0001"), 1);
    QVERIFY2(guangzhou.ok(), qPrintable(guangzhou ? QString() : guangzhou.error().toString()));
    Application application = guangzhou.value();
    application.pricing.reset();
    FeeCalculatorDialog calculator;
    calculator.startFromCase(application, QDate(2026, 12, 5));
    rules = calculator.view()->currentRules();
    QVERIFY(rules);
    QCOMPARE(rules->rules.version, QStringLiteral("GZ-2026.2.1"));
    calculator.startFromCase(application, QDate(2026, 3, 1));
    QCOMPARE(calculator.view()->currentRules()->rules.version, QStringLiteral("GZ-2026.1.1"));
}

void TestMainWindow::emptyInboxSaysWhy()
{
    // Issue 18: an empty search left a blank list without a word; so did a drill-down to cases
    // that are not in the database.
    auto window = makeWindow();
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *view = window->findChild<QTableView *>(QStringLiteral("inboxView"));
    auto *empty = window->findChild<QLabel *>(QStringLiteral("inboxEmptyState"));
    QVERIFY(search && view && empty);
    QVERIFY(empty->isHidden());

    typeText(search, QStringLiteral("无此申请"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QTRY_VERIFY(!empty->isHidden());
    QVERIFY2(empty->text().contains(QStringLiteral("“无此申请”")), qPrintable(empty->text()));
    // Nothing to open: the start button is disabled and says why (issue 18, frictions).
    auto *start = window->findChild<QPushButton *>(QStringLiteral("startReviewButton"));
    QVERIFY(start);
    QTRY_VERIFY(!start->isEnabled());
    QVERIFY2(start->toolTip().contains(QLatin1String("select an application")),
             qPrintable(start->toolTip()));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(empty->isHidden());

    window->showApplications({QStringLiteral("XX-2026-0001"), QStringLiteral("XX-2026-0002")},
                             QStringLiteral("incidents"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QVERIFY(!empty->isHidden());
    QVERIFY2(empty->text().startsWith(QStringLiteral("None of the 2 case")),
             qPrintable(empty->text()));
    window->clearIdFilter();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QVERIFY(empty->isHidden());

    // An empty database says how to fill it.
    openDatabase(false);
    auto fresh = makeWindow();
    auto *none = fresh->findChild<QLabel *>(QStringLiteral("inboxEmptyState"));
    QTRY_VERIFY(none && !none->isHidden());
    QVERIFY(none->text().contains(QStringLiteral("Import Applications")));
}

void TestMainWindow::searchSaysWhereItMatched()
{
    // Issue 18: a row found by a field the list does not show (a requested resource) gave no
    // hint why it matched; the detail pane now says where the term was found.
    auto window = makeWindow();
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *view = window->findChild<QTableView *>(QStringLiteral("inboxView"));
    auto *pane = window->findChild<DetailPane *>(QStringLiteral("detailPane"));
    QVERIFY(search && view && pane);
    typeText(search, QStringLiteral("短临气象"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    QTRY_COMPARE(pane->currentId(), QStringLiteral("GZ-2026-0001"));
    QTRY_VERIFY2(pane->plainText().contains(QStringLiteral(
                     "“短临气象” is found in: requested data resource “短临气象预报数据”")),
                 qPrintable(pane->plainText().left(400)));
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QVERIFY(!pane->plainText().contains(QStringLiteral("is found in")));
}

void TestMainWindow::searchAsYouType()
{
    auto window = makeWindow();
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *view = window->findChild<QTableView *>(QStringLiteral("inboxView"));
    QVERIFY(search && view);
    QVERIFY(!search->placeholderText().isEmpty());

    typeText(search, QStringLiteral("医疗"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(InboxModel::IdRole).toString(),
             QStringLiteral("FJ-2026-0007"));

    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), 3);

    typeText(search, QStringLiteral("物流"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(InboxModel::IdRole).toString(),
             QStringLiteral("GZ-2026-0001"));

    // Escape clears the search at once.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(view->model()->rowCount(), 3);

    QTest::keyClicks(search, QStringLiteral("GZH"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(InboxModel::IdRole).toString(),
             QStringLiteral("GZH-2026-0042"));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(view->model()->rowCount(), 3);

    typeText(search, QStringLiteral("没有这样的申请"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    auto *pane = window->findChild<DetailPane *>(QStringLiteral("detailPane"));
    QVERIFY(pane->currentId().isEmpty()); // nothing listed, nothing shown
}

void TestMainWindow::selectingShowsDetails()
{
    auto window = makeWindow();
    auto *view = window->findChild<QTableView *>(QStringLiteral("inboxView"));
    auto *pane = window->findChild<DetailPane *>(QStringLiteral("detailPane"));
    auto *browser = pane->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
    QVERIFY(browser);

    for (const auto &[id, scenario] :
         {std::pair{QStringLiteral("GZ-2026-0001"), QStringLiteral("低空物流航线规划与风险评估")},
          std::pair{QStringLiteral("FJ-2026-0007"), QStringLiteral("慢性病随访公益提醒服务")}}) {
        const int row = rowOf(view->model(), id);
        QVERIFY(row >= 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(row, 1)).center());
        QTRY_VERIFY(browser->toPlainText().contains(id));
        QVERIFY(browser->toPlainText().contains(scenario));
        QCOMPARE(pane->currentId(), id);
    }
    // The whole application is there: resources, security, period, attachments, versions.
    const QString text = browser->toPlainText();
    QVERIFY(text.contains(QStringLiteral("基层慢性病随访记录")));
    QVERIFY(text.contains(QStringLiteral("福建省医疗保障局"))); // shared from
    QVERIFY(text.contains(QStringLiteral("2026-07-01 — 2027-06-30")));
    QVERIFY(text.contains(QStringLiteral("12 month(s)")));
    QVERIFY(text.contains(QStringLiteral("v2")));

    const int gz = rowOf(view->model(), QStringLiteral("GZ-2026-0001"));
    view->selectRow(gz);
    QTRY_COMPARE(pane->currentId(), QStringLiteral("GZ-2026-0001"));
    const QString gzText = browser->toPlainText();
    QVERIFY(gzText.contains(QStringLiteral("91440101MA5CXK7Q9R")));
    QVERIFY(gzText.contains(QStringLiteral("数据开发利用方案")));
    QVERIFY(gzText.contains(QStringLiteral("SHA-256 cfff5a5a02cb")));
    QVERIFY(gzText.contains(QStringLiteral("24 month(s)")));
    QVERIFY(gzText.contains(registrationStatusLabel(RegistrationStatus::Unregistered)));
}

void TestMainWindow::statusFilter()
{
    QVERIFY(
        makeApplicationStore(m_db)
            ->setStatus(QStringLiteral("GZH-2026-0042"), 1, CaseStatus::InReview, Decision::None)
            .ok());
    auto window = makeWindow();
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *view = window->findChild<QTableView *>(QStringLiteral("inboxView"));
    QVERIFY(combo && view);
    QCOMPARE(combo->count(), 1 + int(caseStatusCodes().size()));
    QCOMPARE(combo->itemText(combo->findData(QStringLiteral("in_review"))),
             caseStatusLabel(CaseStatus::InReview));

    combo->setCurrentIndex(combo->findData(QStringLiteral("in_review")));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(InboxModel::IdRole).toString(),
             QStringLiteral("GZH-2026-0042"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("received")));
    QTRY_COMPARE(view->model()->rowCount(), 2);
    combo->setCurrentIndex(combo->findData(QStringLiteral("filed")));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    combo->setCurrentIndex(0);
    QTRY_COMPARE(view->model()->rowCount(), 3);
}

void TestMainWindow::allVersionsCheckBox()
{
    auto window = makeWindow();
    auto *check = window->findChild<QCheckBox *>(QStringLiteral("allVersionsCheck"));
    QVERIFY(check);
    QVERIFY(!window->inboxModel()->query().allVersions);
    check->click();
    QVERIFY(window->inboxModel()->query().allVersions);
    QCOMPARE(window->inboxModel()->rowCount(), 3); // the examples hold one version each
}

/**
 * Counts that reach the thousands (the import summary of a 10,000-file folder, the events of
 * an audit check, a figure's cases) are written with the language's digit grouping (%Ln), in
 * the translation too.
 */
void TestMainWindow::largeCountsAreGroupedInTheOfficersLanguage()
{
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/grantdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString added = QCoreApplication::translate(
        "gd::ImportController", "%Ln application file(s) added", nullptr, 12345);
    const QString checked = QCoreApplication::translate(
        "AuditTrailStatus", "The audit trail is intact: %Ln event(s) checked.", nullptr, 1000000);
    QCoreApplication::removeTranslator(&chinese);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = QCoreApplication::translate(
        "gd::ImportController", "%Ln application file(s) added", nullptr, 12345);
    QLocale::setDefault(before);
    QCOMPARE(added, QStringLiteral("新增 12,345 个申请文件"));
    QCOMPARE(checked, QStringLiteral("审计日志完整：已校验 1,000,000 个事件。"));
    QCOMPARE(english, QStringLiteral("12,345 application file(s) added"));
}

void TestMainWindow::statusBarCounts()
{
    auto window = makeWindow();
    auto *label = window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("3 application(s)")));
    QVERIFY(label->text().contains(QStringLiteral("gui.sqlite")));
    // The example deadlines (2026) are compared with today; GZ-2026-0001's is 2026-03-30.
    const int overdue = QDate::currentDate() > QDate(2026, 6, 15)   ? 2
                        : QDate::currentDate() > QDate(2026, 3, 30) ? 1
                                                                    : 0;
    QVERIFY2(label->text().contains(QStringLiteral("%1 overdue").arg(overdue)),
             qPrintable(label->text()));
    window->inboxModel()->setToday(QDate(2026, 4, 1));
    window->inboxModel()->refresh();
    QVERIFY2(label->text().contains(QStringLiteral("1 overdue")), qPrintable(label->text()));
}

void TestMainWindow::importFolderThroughMenu()
{
    openDatabase(false);
    auto window = makeWindow();
    auto *view = window->findChild<QTableView *>(QStringLiteral("inboxView"));
    QCOMPARE(view->model()->rowCount(), 0);
    auto *action = window->findChild<QAction *>(QStringLiteral("actionImportFolder"));
    QVERIFY(action);

    FileDialogs::setNextAnswer(examplesDir());
    action->trigger();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    ImportResultDialog *dialog = window->importController()->resultDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->summary().contains(QStringLiteral("3 application file(s) added")),
             qPrintable(dialog->summary()));
    QVERIFY(dialog->summary().contains(QStringLiteral("0 refused")));
    QVERIFY(dialog->details().contains(QStringLiteral("fee-rules-gz.json"))); // skipped, named
    dialog->close();
    QTRY_VERIFY(!window->importController()->resultDialog());

    // Importing the same files again changes nothing and says so.
    auto *files = window->findChild<QAction *>(QStringLiteral("actionImportApplications"));
    FileDialogs::setNextAnswer(QStringList{examplesDir() + QStringLiteral("/fj-health-0007.json")});
    files->trigger();
    QTRY_VERIFY(window->importController()->resultDialog());
    QVERIFY(window->importController()->resultDialog()->summary().contains(
        QStringLiteral("1 unchanged")));
    window->importController()->resultDialog()->close();
    QTRY_VERIFY(!window->importController()->resultDialog());

    // Cancelled dialogs do nothing.
    FileDialogs::setNextAnswer(QStringList{});
    files->trigger();
    QVERIFY(!window->importController()->resultDialog());
}

void TestMainWindow::importRefusedFileShowsErrors()
{
    auto window = makeWindow();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "grantdesk.application/1", "id": 7})");
    file.close();

    const ImportReport report = window->importController()->importPaths({path});
    QVERIFY(report.anyRefused());
    ImportResultDialog *dialog = window->importController()->resultDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->summary().contains(QStringLiteral("1 refused")));
    // Every refusal line names the file and the JSON path.
    QVERIFY2(dialog->details().contains(QStringLiteral("broken.json: ")),
             qPrintable(dialog->details()));
    for (const Error &error : report.files.constFirst().errors)
        QVERIFY(dialog->details().contains(error.toString()));
    dialog->close();
    QCOMPARE(window->inboxModel()->totalCount(), 3);
}

void TestMainWindow::importRegisterThroughMenu()
{
    auto window = makeWindow();
    auto *pane = window->findChild<DetailPane *>(QStringLiteral("detailPane"));
    QVERIFY(window->selectApplication(QStringLiteral("GZ-2026-0001")));
    QTRY_COMPARE(pane->currentId(), QStringLiteral("GZ-2026-0001"));
    const QString active = registrationStatusLabel(RegistrationStatus::Active);
    QVERIFY(!pane->plainText().contains(active));

    FileDialogs::setNextAnswer(examplesDir() + QStringLiteral("/register-demo.json"));
    window->findChild<QAction *>(QStringLiteral("actionImportRegister"))->trigger();
    ImportResultDialog *dialog = window->importController()->resultDialog();
    QVERIFY(dialog);
    QVERIFY2(dialog->summary().contains(QStringLiteral("5 entries added")),
             qPrintable(dialog->summary()));
    dialog->close();
    // The inbox and the pane read the register again; the selection stays.
    QTRY_VERIFY(pane->plainText().contains(active));
    QCOMPARE(pane->currentId(), QStringLiteral("GZ-2026-0001"));

    // A file that is no register is refused with its errors.
    FileDialogs::setNextAnswer(examplesDir() + QStringLiteral("/fee-rules-gz.json"));
    window->findChild<QAction *>(QStringLiteral("actionImportRegister"))->trigger();
    dialog = window->importController()->resultDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->details().contains(QStringLiteral("fee-rules-gz.json")));
    dialog->close();
}

void TestMainWindow::saveAttachmentCopy()
{
    auto window = makeWindow();
    auto *pane = window->findChild<DetailPane *>(QStringLiteral("detailPane"));
    QVERIFY(window->selectApplication(QStringLiteral("GZ-2026-0001")));
    QTRY_COMPARE(pane->currentId(), QStringLiteral("GZ-2026-0001"));

    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("plan.txt"));
    FileDialogs::setNextAnswer(target);
    QVERIFY(pane->saveAttachment(0));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(saved.readAll(), QCryptographicHash::Sha256).toHex(),
             QByteArray("cfff5a5a02cbba6b4dda3889482334e179f9c9cafee0bf4f20c644a34d99492b"));
    auto *message = pane->findChild<QLabel *>(QStringLiteral("detailMessage"));
    QVERIFY(message && message->isVisible());

    // Cancelling the save dialog writes nothing.
    FileDialogs::setNextAnswer(QString());
    QVERIFY(!pane->saveAttachment(1));
    QVERIFY(!pane->saveAttachment(99)); // no such attachment
}

void TestMainWindow::versionGapIsFlagged()
{
    // GZ-2026-0001 arrives again as version 3: version 2 is missing in between.
    QTemporaryDir dir;
    const QString source = examplesDir() + QStringLiteral("/gz-lowalt-0001");
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("attachments"))));
    for (const QString &name : {QStringLiteral("attachments/development-plan.txt"),
                                QStringLiteral("attachments/security-pledge.txt")})
        QVERIFY(QFile::copy(source + QLatin1Char('/') + name, dir.filePath(name)));
    QFile original(source + QStringLiteral("/application.json"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray json = original.readAll();
    QVERIFY(json.contains("\"version\": 1,"));
    json.replace("\"version\": 1,", "\"version\": 3,");
    QFile copy(dir.filePath(QStringLiteral("application.json")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(json);
    copy.close();
    QCOMPARE(Importer(m_db).importPaths({copy.fileName()}).count(FileOutcome::Kind::Added), 1);

    auto window = makeWindow();
    auto *pane = window->findChild<DetailPane *>(QStringLiteral("detailPane"));
    QVERIFY(window->selectApplication(QStringLiteral("GZ-2026-0001")));
    QTRY_COMPARE(pane->currentVersion(), 3); // the inbox shows the highest version
    QVERIFY2(pane->plainText().contains(QStringLiteral("never received: 2")),
             qPrintable(pane->plainText()));
    QVERIFY(pane->plainText().contains(QStringLiteral("v1")));

    // The link to version 1 shows it in the pane.
    QSignalSpy activated(pane, &DetailPane::versionActivated);
    auto *browser = pane->findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
    emit browser->anchorClicked(QUrl(QStringLiteral("gd:version/1")));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(pane->currentVersion(), 1);
    QVERIFY(pane->plainText().contains(QStringLiteral("GZ-2026-0001 v1")));
}

void TestMainWindow::geometryPersists()
{
    QList<int> sizes;
    QByteArray header;
    {
        auto window = makeWindow();
        window->resize(1111, 777);
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({700, 411});
        sizes = splitter->sizes();
        auto *view = window->findChild<QTableView *>(QStringLiteral("inboxView"));
        view->horizontalHeader()->resizeSection(InboxModel::ApplicantColumn, 321);
        view->sortByColumn(InboxModel::IdColumn, Qt::AscendingOrder);
        QVERIFY(window->close());
    }
    QVERIFY(QSettings().contains(QStringLiteral("MainWindow/Geometry")));

    auto window = makeWindow();
    QCOMPARE(window->size(), QSize(1111, 777));
    QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    auto *view = window->findChild<QTableView *>(QStringLiteral("inboxView"));
    QCOMPARE(view->horizontalHeader()->sectionSize(InboxModel::ApplicantColumn), 321);
    // The order chosen in the header is restored and used by the query.
    QCOMPARE(window->inboxModel()->query().sortColumn, InboxQuery::Column::Id);
    QCOMPARE(window->inboxModel()->query().sortOrder, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, 0).data(InboxModel::IdRole).toString(),
             QStringLiteral("FJ-2026-0007"));
}

void TestMainWindow::officerProfile()
{
    // No profile yet: the status bar says so and a review does not open without one.
    auto window = makeWindow();
    auto *officerLabel = window->findChild<QLabel *>(QStringLiteral("officerLabel"));
    QVERIFY(officerLabel);
    QVERIFY(!officer::currentProfile().isComplete());
    QVERIFY(officerLabel->text().contains(QStringLiteral("Tools")));
    auto *waiting = window->findChild<QComboBox *>(QStringLiteral("waitingFilter"));
    QVERIFY(waiting);
    QVERIFY(!waiting->isEnabled());
    QVERIFY(!window->openReview(QStringLiteral("GZ-2026-0001"), 1));
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("profileRequired"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    box->close();

    // With a profile: the name, unit and roles in the status bar, and the review opens.
    officer::saveProfile(
        {QStringLiteral("张敏"), QStringLiteral("主任科员"), QStringLiteral("审核科"), true, true});
    window->reloadOfficerProfile();
    QVERIFY(officerLabel->text().contains(QStringLiteral("张敏")));
    QVERIFY(officerLabel->text().contains(QStringLiteral("审核科")));
    QVERIFY(officerLabel->text().contains(MainWindow::tr("Reviewer")));
    QVERIFY(officerLabel->text().contains(MainWindow::tr("Approver")));
    QVERIFY(waiting->isEnabled());
    QCOMPARE(waiting->count(), 3);
    ReviewWorkspace *ws = window->openReview(QStringLiteral("GZ-2026-0001"), 1);
    QVERIFY(ws);
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionOfficerProfile")));
    ws->goToStep(ReviewStep::Security);

    // The same profile again (OK without a change): the open review stays as it is.
    window->reloadOfficerProfile();
    QCOMPARE(window->currentReview(), ws);

    // Another role: the open review opens again for it, at the same step (issue 18: it kept
    // the old profile's controls until it was closed and opened again).
    officer::saveProfile({QStringLiteral("张敏"), QStringLiteral("主任科员"),
                          QStringLiteral("审核科"), false, true});
    window->reloadOfficerProfile();
    ReviewWorkspace *again = window->currentReview();
    QVERIFY(again);
    QCOMPARE(again->applicationId(), QStringLiteral("GZ-2026-0001"));
    QCOMPARE(again->currentStep(), ReviewStep::Security);
    QVERIFY(!again->document()->officer().reviewer);
    QVERIFY(again->document()->officer().approver);
    QCOMPARE(window->findChildren<ReviewWorkspace *>().size(), 1);
}

void TestMainWindow::officerDialogNeedsCompleteProfile()
{
    OfficerDialog dialog;
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *unit = dialog.findChild<QLineEdit *>(QStringLiteral("unitEdit"));
    auto *reviewer = dialog.findChild<QCheckBox *>(QStringLiteral("reviewerCheck"));
    auto *approver = dialog.findChild<QCheckBox *>(QStringLiteral("approverCheck"));
    QVERIFY(name && unit && reviewer && approver);
    typeText(name, QStringLiteral("李强"));
    QVERIFY(!ok->isEnabled()); // no unit yet
    typeText(unit, QStringLiteral("数据管理处"));
    reviewer->setChecked(false);
    approver->setChecked(false);
    QVERIFY(!ok->isEnabled()); // no role
    approver->setChecked(true);
    QVERIFY(ok->isEnabled());
    const officer::Profile profile = dialog.profile();
    QCOMPARE(profile.name, QStringLiteral("李强"));
    QCOMPARE(profile.unit, QStringLiteral("数据管理处"));
    QVERIFY(!profile.reviewer);
    QVERIFY(profile.approver);
    // Issue 12 "Four eyes by name only": a zero-width space makes another name that looks
    // the same; the profile refuses it and says which character, where.
    name->setText(QStringLiteral("李\u200B强"));
    QVERIFY(!ok->isEnabled());
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(problem && !problem->isHidden());
    QVERIFY2(problem->text().contains(QLatin1String("U+200B")), qPrintable(problem->text()));
    name->setText(QStringLiteral("李强"));
    unit->setText(QStringLiteral("数据\u202E管理处"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->text().contains(QLatin1String("U+202E")), qPrintable(problem->text()));
    unit->setText(QStringLiteral("数据管理处"));
    QVERIFY(ok->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The same officer at two desks (or two officers) saved one value in between: closing the
// review puts it to the officer instead of losing their text (issue 16: it was logged as
// "edits lost on close" and gone).
// The trail since the last checkpoint is checked after the first paint, off the UI thread
// (at 1,000,000 applications it held the window still for seconds): a sound trail shows
// nothing, an event altered behind GrantDesk's back a warning that names the break.
void TestMainWindow::aBrokenAuditTrailIsWarnedAfterOpening()
{
    {
        auto window = makeWindow();
        QTRY_VERIFY(!window->findChild<QObject *>(QStringLiteral("auditOpeningCheck")));
        QVERIFY(!window->findChild<QLabel *>(QStringLiteral("auditTrailWarning")));
    }
    for (const char *action : {"review.start", "review.edit"})
        QVERIFY(makeAuditTrail(m_db)
                    ->append(QStringLiteral("李华"), QString::fromLatin1(action),
                             QStringLiteral("GZ-2026-0001 v1"), {})
                    .ok());
    // The owner, GrantDesk closed, changes the newest event and puts the schema back.
    QString trigger;
    {
        QSqlQuery q(sql::connection(*m_db));
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                      "name = 'audit_events_no_update'")) &&
                q.next());
        trigger = q.value(0).toString();
    }
    const QString path = m_dir->filePath(QStringLiteral("gui.sqlite"));
    m_db.reset();
    QCOMPARE(test::runSql(path, {QStringLiteral("DROP TRIGGER audit_events_no_update"),
                                 QStringLiteral("UPDATE audit_events SET actor = 'someone else' "
                                                "WHERE seq = (SELECT MAX(seq) FROM audit_events)"),
                                 trigger}),
             QString());
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    m_db = db.value();
    auto window = makeWindow();
    QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("auditTrailWarning")));
    const auto *warning = window->findChild<QLabel *>(QStringLiteral("auditTrailWarning"));
    QVERIFY(window->statusBar()->isAncestorOf(warning));
    QVERIFY2(warning->toolTip().contains(QLatin1String("seq")), qPrintable(warning->toolTip()));
    QVERIFY(!window->findChild<QObject *>(QStringLiteral("auditOpeningCheck")));
    window.reset();

    // The check returns at once and reports when its thread is done; a bar closed meanwhile
    // stops it.
    QStatusBar bar;
    warnIfAuditTrailBroken(&bar, Desk::over(m_db));
    QVERIFY(bar.findChild<QObject *>(QStringLiteral("auditOpeningCheck")));
    QVERIFY(!bar.findChild<QLabel *>(QStringLiteral("auditTrailWarning")));
    QTRY_VERIFY(bar.findChild<QLabel *>(QStringLiteral("auditTrailWarning")));
    {
        QStatusBar closedAtOnce;
        warnIfAuditTrailBroken(&closedAtOnce, Desk::over(m_db));
    }
}

// The opening check reads the trail on a second connection; when that cannot be opened (the
// file moved while the window holds it open), the window's own connection checks it: a
// connection that failed says nothing about the trail, and the sound trail shows no warning.
void TestMainWindow::anUnreadableSecondConnectionIsNoBrokenTrail()
{
    const QString path = m_dir->filePath(QStringLiteral("gui.sqlite"));
    const QString moved = path + QStringLiteral(".moved");
    QVERIFY(QFile::rename(path, moved));
    QVERIFY(!Desk::over(m_db)->openReader().ok());
    QStatusBar bar;
    warnIfAuditTrailBroken(&bar, Desk::over(m_db));
    QTRY_VERIFY(!bar.findChild<QObject *>(QStringLiteral("auditOpeningCheck")));
    QVERIFY(!bar.findChild<QLabel *>(QStringLiteral("auditTrailWarning")));
    QVERIFY(!QFile::exists(path)); // nothing was made in its place
    QVERIFY(QFile::rename(moved, path));
}

/**
 * The opening check reads on a read-only connection of its own; what it found intact is kept
 * on the window's, so that the next opening checks only what came after it. A read-only
 * window keeps nothing.
 */
void TestMainWindow::theOpeningCheckMovesTheCheckpointOn()
{
    const auto checkpoint = [](const std::shared_ptr<Database> &db) {
        QSqlQuery q(sql::connection(*db));
        return q.exec(QStringLiteral("SELECT seq FROM audit_checkpoint WHERE id = 1")) && q.next()
                   ? q.value(0).toLongLong()
                   : 0;
    };
    const QString path = m_dir->filePath(QStringLiteral("gui.sqlite"));
    for (const bool readOnly : {true, false}) {
        QVERIFY(makeAuditTrail(m_db)
                    ->append(QStringLiteral("李华"), QStringLiteral("review.start"),
                             QStringLiteral("GZ-2026-0001 v1"), {})
                    .ok());
        const qint64 before = checkpoint(m_db);
        const qint64 head = makeAuditTrail(m_db)->head().value().first;
        QVERIFY(before < head);
        std::shared_ptr<Database> windowDb = m_db;
        if (readOnly) {
            Database::Options options;
            options.lock = false;
            options.readOnly = true;
            auto opened = Database::open(path, options);
            QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
            windowDb = opened.value();
        }
        {
            MainWindow window(Desk::over(windowDb));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            if (!readOnly)
                QTRY_COMPARE(checkpoint(m_db), head);
            QTRY_VERIFY(!window.findChild<QObject *>(QStringLiteral("auditOpeningCheck")));
            QVERIFY(!window.findChild<QLabel *>(QStringLiteral("auditTrailWarning")));
        }
        QCOMPARE(checkpoint(m_db), readOnly ? before : head);
    }
}

// A database open read-only records nothing, so nobody needs to be named to look at its
// reviews: an auditor with no officer profile reads them; a writable one still asks.
void TestMainWindow::aReadOnlyDatabaseShowsItsReviewsWithoutAProfile()
{
    officer::saveProfile(
        {QStringLiteral("张敏"), QStringLiteral("主任科员"), QStringLiteral("审核科"), true, true});
    {
        auto window = makeWindow();
        QVERIFY(window->openReview(QStringLiteral("GZ-2026-0001"), 1)); // started
    }
    QSettings().clear();
    QVERIFY(!officer::currentProfile().isComplete());
    Database::Options options;
    options.lock = false;
    options.readOnly = true;
    auto opened = Database::open(m_dir->filePath(QStringLiteral("gui.sqlite")), options);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
    MainWindow window(Desk::over(opened.value()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ReviewWorkspace *ws = window.openReview(QStringLiteral("GZ-2026-0001"), 1);
    QVERIFY(ws);
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("profileRequired")));
    // One never started cannot be opened read-only, and says that, not "enter a profile".
    QVERIFY(!window.openReview(QStringLiteral("GZ-2026-0002"), 1));
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("profileRequired")));
    QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("reviewOpenError")));
}

// A drill-down at a million applications names 145,952 cases: the chip writes the count as
// the rest of the window does, with the locale's separators.
void TestMainWindow::aDrillDownChipCountsInTheLocalesDigits()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto window = makeWindow();
    QStringList ids;
    for (int i = 0; i < 1234; ++i)
        ids << QStringLiteral("GZ-2026-%1").arg(i, 4, 10, QLatin1Char('0'));
    window->showApplications(ids, QStringLiteral("三重一大"));
    const QString chip = window->findChild<QPushButton *>(QStringLiteral("idFilterChip"))->text();
    QLocale::setDefault(before);
    QVERIFY2(chip.contains(QStringLiteral("1,234")), qPrintable(chip));
    QVERIFY2(chip.startsWith(QStringLiteral("三重一大")), qPrintable(chip));
}

void TestMainWindow::closingAReviewInConflictAsksWhoseTextToKeep()
{
    officer::saveProfile({QStringLiteral("张敏"), QStringLiteral("主任科员"),
                          QStringLiteral("审核科"), true, false});
    auto window = makeWindow();
    window->reloadOfficerProfile();
    const QString id = QStringLiteral("GZ-2026-0001");
    const QString key = QStringLiteral("formal.note");
    Database::Options second;
    second.lock = false;
    auto otherDb = Database::open(m_dir->filePath(QStringLiteral("gui.sqlite")), second);
    QVERIFY(otherDb.ok());
    QAction *close = window->findChild<QAction *>(QStringLiteral("actionCloseReview"));
    auto stored = [this, &id, &key] {
        return (*makeReviewStore(m_db)->find(id, 1).value()).notes.value(key);
    };
    // One round: the other desk saves, this one edits the same value, the officer closes and
    // answers the question with @p button.
    auto conflictThenClose = [&](const QString &button, const QString &mine, const QString &other) {
        ReviewWorkspace *ws = window->openReview(id, 1);
        QVERIFY(ws);
        auto theirs =
            std::move(ReviewDocument::open(*otherDb, id, 1, QStringLiteral("张敏"))).value();
        theirs->setNote(key, other);
        QVERIFY(theirs->saveNow().ok());
        ws->document()->setNote(key, mine);
        QTimer::singleShot(0, window.get(), [button, other] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QCOMPARE(box->objectName(), QStringLiteral("unsavedReview"));
            QVERIFY2(box->informativeText().contains(other), qPrintable(box->informativeText()));
            box->findChild<QPushButton *>(button)->click();
        });
        close->trigger();
    };

    conflictThenClose(QStringLiteral("keepMine"), QStringLiteral("本台的文字"),
                      QStringLiteral("另一台的文字"));
    QCOMPARE(stored(), QStringLiteral("本台的文字"));
    QVERIFY(!window->reviewWorkspace(id, 1));

    conflictThenClose(QStringLiteral("keepTheirs"), QStringLiteral("本台第二稿"),
                      QStringLiteral("另一台第二稿"));
    QCOMPARE(stored(), QStringLiteral("另一台第二稿"));
    QVERIFY(!window->reviewWorkspace(id, 1));

    conflictThenClose(QStringLiteral("backToReview"), QStringLiteral("本台第三稿"),
                      QStringLiteral("另一台第三稿"));
    ReviewWorkspace *kept = window->reviewWorkspace(id, 1);
    QVERIFY(kept);
    QVERIFY(kept->document()->hasPendingChanges());
    QCOMPARE(kept->document()->state().notes.value(key), QStringLiteral("本台第三稿"));
    QCOMPARE(stored(), QStringLiteral("另一台第三稿"));
    kept->document()->discardPending(); // the window's destructor would save it otherwise
}
