// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QProcess>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QMenu>
#include <QMenuBar>
#include <QWhatsThis>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include "help/guidedialog.h"
#include "core/identitytext.h"
#include "core/setting.h"
#include "common/firstpaint.h"
#include "common/statusdot.h"
#include "core/log.h"
#include "core/officer.h"
#include "domain/workflow.h"
#include "inbox/audittrailstatus.h"
#include "inbox/databasehealth.h"
#include "inbox/detailpane.h"
#include "inbox/importcontroller.h"
#include "itemmodels/inboxmodel.h"
#include "modes/modecomparisondialog.h"
#include "monitoring/dashboardpage.h"
#include "monitoring/watchedfolder.h"
#include "package/packagecontroller.h"
#include "pricing/feecalculatordialog.h"
#include "pricing/rulefilesdialog.h"
#include "review/reviewdocument.h"
#include "review/reviewworkspace.h"
#include "services/desk.h"
#include "settings/officerdialog.h"
#include "settings/officersdialog.h"
#include "settings/settingsdialog.h"

namespace gd {
namespace {

const Setting<QByteArray> kGeometry{"MainWindow/Geometry", {}};
const Setting<QByteArray> kState{"MainWindow/State", {}};
const Setting<QByteArray> kSplitter{"MainWindow/Splitter", {}};
const Setting<QByteArray> kInboxHeader{"Inbox/Header", {}};
const Setting<bool> kAllVersions{"Inbox/AllVersions", false};

} // namespace

MainWindow::MainWindow(std::shared_ptr<Desk> desk, QWidget *parent)
    : QMainWindow(parent)
    , m_desk(std::move(desk))
    , m_model(new InboxModel(m_desk, this))
    , m_view(new QTableView(this))
    , m_detail(new DetailPane(m_desk, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_startReview(new QPushButton(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_saveLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
    , m_countLabel(new QLabel(this))
    , m_import(new ImportController(m_desk, this))
    , m_officerLabel(new QLabel(this))
{
    m_packages = new PackageController(m_desk, this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GrantDesk") + QStringLiteral(" — ") + m_desk->displayName());

    createInboxPage();
    createTabs();
    createStatusBar();

    createFilterBar();
    createActions();
    // After the first paint: the trail since the last checkpoint (audittrailstatus.h).
    afterFirstPaint(this, this, [this] { warnIfAuditTrailBroken(statusBar(), m_desk); });
    // A watched feed folder is read by the dashboard: built then, not only when first shown.
    if (!WatchedFolder::configuredFolder().isEmpty())
        afterFirstPaint(this, this, [this] { dashboard(); });
    // The selected case's text takes longer to lay out than the rest of the window: the inbox's
    // first page paints first, the case beside it right after (issue 13), before the work
    // above (the last filter installed sees the paint first, so its work is queued first).
    m_detail->renderAfterFirstPaint(this);

    connectInbox();
    connectControllers();
    followOtherOfficers();
    setAcceptDrops(true);

    restoreSettings();
    new DatabaseHealth(m_desk, this); // File → Restore from Backup…, quick check, read-only marks
    reloadOfficerProfile();           // applies the query
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

MainWindow::~MainWindow()
{
    // Reviews save what is pending when they close; they must go while this still exists.
    closeAllReviews();
}

void MainWindow::createTabs()
{
    // The inbox is the first tab and stays; each open review gets a closable tab beside it.
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(false);
    m_tabs->addTab(m_splitter, tr("Inbox"));
    // The dashboard (charts, cards, a feed folder watcher) is built when its tab is first shown
    // (dashboard()); an empty widget holds its place until then.
    m_monitoringTab = new QWidget(m_tabs);
    m_monitoringTab->setObjectName(QStringLiteral("monitoringPlaceholder"));
    m_tabs->addTab(m_monitoringTab, tr("Monitoring"));
    fixTab(0);
    fixTab(1);
    // Built before a click switches to it (focus then moves as between built pages); the
    // tab bar's keys and anything else that makes it current build it as it is shown.
    const auto buildMonitoring = [this](int index) {
        if (index >= 0 && m_tabs->widget(index) == m_monitoringTab)
            dashboard();
    };
    connect(m_tabs, &QTabWidget::tabBarClicked, this, buildMonitoring);
    connect(m_tabs, &QTabWidget::currentChanged, this, buildMonitoring);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *workspace = qobject_cast<ReviewWorkspace *>(m_tabs->widget(index)))
            closeReview(workspace, true);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    setCentralWidget(m_tabs);
}

void MainWindow::fixTab(int index)
{
    for (auto side : {QTabBar::RightSide, QTabBar::LeftSide}) {
        if (QWidget *button = m_tabs->tabBar()->tabButton(index, side))
            button->hide();
        m_tabs->tabBar()->setTabButton(index, side, nullptr);
    }
}

DashboardPage *MainWindow::dashboard()
{
    if (m_dashboard)
        return m_dashboard;
    m_dashboard = new DashboardPage(m_desk, m_tabs);
    connect(m_dashboard, &DashboardPage::applicationsRequested, this,
            &MainWindow::showApplications);
    connect(m_dashboard, &DashboardPage::notify, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_import, &ImportController::imported, m_dashboard, &DashboardPage::invalidate);
    // In the placeholder's place, shown if it was: the tab's widget is the page itself.
    const int index = m_tabs->indexOf(m_monitoringTab);
    const bool shown = m_tabs->currentIndex() == index;
    {
        const QSignalBlocker blocker(m_tabs); // the same tab stays current
        m_tabs->insertTab(index, m_dashboard, m_tabs->tabText(index));
        m_tabs->removeTab(index + 1);
        fixTab(index);
        if (shown)
            m_tabs->setCurrentIndex(index);
    }
    m_monitoringTab->deleteLater();
    m_monitoringTab = m_dashboard;
    return m_dashboard;
}

void MainWindow::createStatusBar()
{
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextFormat(Qt::RichText);
    statusBar()->addWidget(m_countLabel, 1);
    m_saveLabel->setObjectName(QStringLiteral("saveLabel"));
    m_saveLabel->hide();
    statusBar()->addPermanentWidget(m_saveLabel);
    m_officerLabel->setObjectName(QStringLiteral("officerLabel"));
    m_officerLabel->setToolTip(tr("The officer at this workstation (Tools → Officer Profile…)"));
    statusBar()->addPermanentWidget(m_officerLabel);
}

void MainWindow::connectControllers()
{
    connect(m_import, &ImportController::imported, this, &MainWindow::refresh);
    // Review packages: signing moves a case on; a .gdpkg dropped on the window is verified.
    connect(m_packages, &PackageController::caseChanged, this,
            [this](const QString &id, int version) {
                // An open review of the case would still show it as decided: open it anew,
                // read-only now, where it was.
                if (ReviewWorkspace *open = reviewWorkspace(id, version)) {
                    QWidget *current = m_tabs->currentWidget();
                    const int index = m_tabs->indexOf(open);
                    closeReview(open);
                    if (ReviewWorkspace *reopened = openReview(id, version)) {
                        m_tabs->tabBar()->moveTab(m_tabs->indexOf(reopened), index);
                        m_tabs->setCurrentWidget(current == open ? reopened : current);
                    }
                }
                refresh();
                updatePackageActions();
            });
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditAndViewMenus();
    createReviewMenu();
    createToolsAndHelpMenus();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(tr("&Import Applications…"), m_import,
                                           &ImportController::importApplicationFiles);
    importFiles->setObjectName(QStringLiteral("actionImportApplications"));
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFiles->setStatusTip(tr("Import application files (grantdesk.application/1)"));
    QAction *importFolder = file->addAction(tr("Import a &Folder of Applications…"), m_import,
                                            &ImportController::importApplicationFolder);
    importFolder->setObjectName(QStringLiteral("actionImportFolder"));
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importFolder->setStatusTip(
        tr("Import every application file found in a folder and its subfolders"));
    QAction *importRegister = file->addAction(tr("Import Resource &Register…"), m_import,
                                              &ImportController::importRegister);
    importRegister->setObjectName(QStringLiteral("actionImportRegister"));
    importRegister->setStatusTip(tr("Update the local copy of the public data resource register"));
    file->addSeparator();
    m_exportPackage = file->addAction(tr("&Export Signed Package…"), this, [this] {
        const auto [id, version] = packageCase();
        (void)m_packages->exportSignedPackage(id, version); // the controller shows the outcome
    });
    m_exportPackage->setObjectName(QStringLiteral("actionExportPackage"));
    m_exportPackage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportPackage->setStatusTip(
        tr("Sign the decided review as its reviewer and write the review package (.gdpkg)"));
    QAction *countersign = file->addAction(tr("&Countersign Package…"), this,
                                           [this] { (void)m_packages->countersignPackage(); });
    countersign->setObjectName(QStringLiteral("actionCountersignPackage"));
    countersign->setStatusTip(tr("Countersign a review package as the approver"));
    QAction *verifyPackage =
        file->addAction(tr("&Verify Package…"), m_packages, &PackageController::verifyPackage);
    verifyPackage->setObjectName(QStringLiteral("actionVerifyPackage"));
    verifyPackage->setStatusTip(tr("Check a review package's members and signatures"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditAndViewMenus()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this); // Qt's own "Undo %1", translated
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    edit->addAction(undo);
    QAction *redo = m_undoGroup->createRedoAction(this);
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(redo);
    // The actions live in the menu bar, so their shortcuts work in every tab.
    addAction(undo);
    addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *allVersions = view->addAction(tr("Show &All Versions"));
    allVersions->setCheckable(true);
    connect(allVersions, &QAction::toggled, m_allVersions, &QCheckBox::setChecked);
    connect(m_allVersions, &QCheckBox::toggled, allVersions, &QAction::setChecked);
    view->addSeparator();
    QAction *reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    QAction *monitoring = view->addAction(tr("&Monitoring"), this, &MainWindow::showDashboard);
    monitoring->setObjectName(QStringLiteral("actionMonitoring"));
    monitoring->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    monitoring->setStatusTip(
        tr("Indicators of the four monitoring dimensions, charts and risk alerts"));
}

void MainWindow::createReviewMenu()
{
    QMenu *review = menuBar()->addMenu(tr("&Review"));
    QAction *openReviewAction =
        review->addAction(tr("&Open Review"), this, &MainWindow::openSelectedReview);
    openReviewAction->setObjectName(QStringLiteral("actionOpenReview"));
    openReviewAction->setStatusTip(tr("Start or continue the review of the selected application"));
    QAction *closeReviewAction = review->addAction(tr("&Close Review"), this, [this] {
        if (ReviewWorkspace *workspace = currentReview())
            closeReview(workspace, true);
    });
    closeReviewAction->setObjectName(QStringLiteral("actionCloseReview"));
    closeReviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    review->addSeparator();
    QAction *inbox =
        review->addAction(tr("Show &Inbox"), this, [this] { m_tabs->setCurrentIndex(0); });
    inbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));

    review->addSeparator();
    m_returnNotice = review->addAction(tr("Return &Notice…"), this, [this] {
        if (ReviewWorkspace *workspace = currentReview())
            workspace->showReturnNotice();
    });
    m_returnNotice->setObjectName(QStringLiteral("actionReturnNotice"));
    m_returnNotice->setStatusTip(
        tr("The notice for the applicant of a returned application, to copy or print"));
    m_returnNotice->setEnabled(false);
}

void MainWindow::createToolsAndHelpMenus()
{
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *profile =
        tools->addAction(tr("Officer &Profile…"), this, [this] { editOfficerProfile(); });
    profile->setObjectName(QStringLiteral("actionOfficerProfile"));
    profile->setStatusTip(tr("Your name, position, unit and roles (reviewer, approver)"));
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setStatusTip(
        tr("Signing keys, trusted certificates, monitoring thresholds and the database"));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *officers = tools->addAction(tr("O&fficers…"), this, [this] {
        auto *dialog = new OfficersDialog(m_desk, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    officers->setObjectName(QStringLiteral("actionOfficers"));
    officers->setEnabled(m_desk->isOnServer());
    officers->setStatusTip(m_desk->isOnServer()
                               ? tr("Who may sign in to the office server, and in which roles")
                               : tr("Only on the office server: on this workstation's database "
                                    "whoever holds the file holds every role"));
    tools->addSeparator();
    QAction *feeCalculator = tools->addAction(tr("&Fee Calculator…"), this, [this] {
        auto *dialog = new FeeCalculatorDialog(this);
        // With a case in view (an open review, or the inbox's selection) it starts from that
        // case and its region's rules, so a Guangzhou case opens Guangzhou's rules, not the
        // first file's, whether or not it names a product.
        const Application *shown = currentReview() ? &currentReview()->document()->application()
                                   : m_detail->application() ? &*m_detail->application()
                                                             : nullptr;
        if (shown)
            dialog->startFromCase(*shown, QDate::currentDate());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    feeCalculator->setObjectName(QStringLiteral("actionFeeCalculator"));
    feeCalculator->setStatusTip(
        tr("Compute a public data operation service fee under a fee rule file"));
    QAction *modeComparison = tools->addAction(tr("&Mode Comparison…"), this, [this] {
        auto *dialog = new ModeComparisonDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    modeComparison->setObjectName(QStringLiteral("actionModeComparison"));
    modeComparison->setStatusTip(tr("Compare the three authorization modes with your weights"));
    QAction *ruleFiles = tools->addAction(tr("Fee &Rule Files…"), this, [this] {
        RuleFilesDialog dialog(this);
        dialog.exec();
    });
    ruleFiles->setObjectName(QStringLiteral("actionRuleFiles"));
    ruleFiles->setStatusTip(tr("List and import the fee rule files GrantDesk prices with"));
    tools->addSeparator();
    QAction *verify =
        tools->addAction(tr("&Verify Audit Trail"), this, [this] { verifyAuditTrail(); });
    verify->setObjectName(QStringLiteral("actionVerifyAuditTrail"));
    verify->setStatusTip(tr("Check the hash chain of every recorded event"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("Officer's &Guide"), this, [this] {
        auto *dialog = new GuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    // Shift+F1, then a click: a checklist item's guidance, among others.
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    help->addAction(whatsThis);
    help->addAction(tr("&About GrantDesk"), this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openSettings()
{
    SettingsDialog *dialog = SettingsDialog::createWithAllPages(this, m_desk->location());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::restartRequested, this, &MainWindow::restartOnChosenDatabase);
    // A feed folder to watch from now on: the dashboard, which reads it, is built.
    connect(dialog, &QDialog::finished, this, [this] {
        if (!WatchedFolder::configuredFolder().isEmpty())
            dashboard();
    });
    dialog->open();
}

namespace {

/**
 * Narrows the applicant and scenario columns (elided, with their tooltips) until every visible
 * column fits in @p room, so that the last one (the resources) is not cut off at 1280×800.
 */
void fitInboxColumns(QHeaderView *header, int room)
{
    const int floor = header->fontMetrics().horizontalAdvance(QStringLiteral("广州低空智")) + 24;
    for (int column : {InboxModel::ScenarioColumn, InboxModel::ApplicantColumn}) {
        const int over = header->length() - room;
        if (over <= 0)
            return;
        const int size = header->sectionSize(column);
        header->resizeSection(column, std::max(floor, size - over));
    }
}

} // namespace

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(kGeometry.value())) {
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 9 / 10);
        move(available.center() - rect().center());
    }
    restoreState(kState.value());

    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(kInboxHeader.value())) {
        const QFontMetrics fm = fontMetrics();
        auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
        header->resizeSection(InboxModel::IdColumn, width(QStringLiteral("GZH-2026-00000")));
        header->resizeSection(InboxModel::VersionColumn, width(QStringLiteral("00 ⚠")));
        // The longest status whole (English "Awaiting approval" was cut, issue 18).
        int status = 0;
        for (CaseStatus s :
             {CaseStatus::Received, CaseStatus::InReview, CaseStatus::AwaitingApproval,
              CaseStatus::Decided, CaseStatus::Returned, CaseStatus::Signed,
              CaseStatus::Countersigned, CaseStatus::Filed})
            status = std::max(status, width(caseStatusLabel(s)));
        header->resizeSection(InboxModel::StatusColumn, status + fm.height());
        // Long names are elided; the tooltip and the detail pane show them whole.
        header->resizeSection(InboxModel::ApplicantColumn,
                              width(QStringLiteral("广州低空智联科技有")));
        header->resizeSection(InboxModel::ScenarioColumn,
                              width(QStringLiteral("低空物流航线规划与风")));
        header->resizeSection(InboxModel::DomainColumn, width(QStringLiteral("医药器械")));
        header->resizeSection(InboxModel::ModeColumn, width(QStringLiteral("依场景授权")));
        header->resizeSection(InboxModel::UseClassColumn, width(QStringLiteral("产业发展")));
        header->resizeSection(InboxModel::SubmittedColumn, width(QStringLiteral("2026-03-02")));
        header->resizeSection(InboxModel::DeadlineColumn, width(QStringLiteral("2026-03-02")));
        // A row with a register problem shows its text in bold (InboxModel's FontRole).
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        int resources = 0;
        for (const QString &sample : InboxModel::resourcesSamples())
            resources = std::max(resources, boldMetrics.horizontalAdvance(sample) + 24);
        header->resizeSection(InboxModel::ResourcesColumn, resources);
        // Mode and use class are in the detail pane; the header's menu shows them again.
        header->setSectionHidden(InboxModel::ModeColumn, true);
        header->setSectionHidden(InboxModel::UseClassColumn, true);
    }

    if (!m_splitter->restoreState(kSplitter.value())) {
        // Room for the visible columns, the rest for the detail pane.
        const int total = std::max(width(), 1000);
        const int chrome = style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                           2 * m_view->frameWidth() + 4; // the rows' scroll bar and frame
        fitInboxColumns(header, total * 7 / 10 - chrome);
        // Names at their narrowest and still too wide (English): a little from the pane.
        const int table = std::min(header->length() + chrome, total * 18 / 25);
        m_splitter->setSizes({table, total - table});
    }
    const QSignalBlocker blocker(m_allVersions);
    m_allVersions->setChecked(kAllVersions.value());
}

void MainWindow::saveSettings() const
{
    kGeometry.setValue(saveGeometry());
    kState.setValue(saveState());
    kSplitter.setValue(m_splitter->saveState());
    kInboxHeader.setValue(m_view->horizontalHeader()->saveState());
    kAllVersions.setValue(m_allVersions->isChecked());
}

void MainWindow::restartOnChosenDatabase()
{
    // The new start reads the chosen database from the settings: --db (and packages to
    // verify) are not passed on; the language and logging are.
    QStringList arguments;
    const QStringList given = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < given.size(); ++i) {
        if (given[i] == QLatin1String("--lang") && i + 1 < given.size())
            arguments << given[i] << given[i + 1];
        else if (given[i].startsWith(QLatin1String("--lang=")) ||
                 given[i] == QLatin1String("--verbose"))
            arguments << given[i];
    }
    if (!close()) // reviews save what is pending as the window goes
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = m_tabs->count() - 1; i > 0; --i) {
        auto *workspace = qobject_cast<ReviewWorkspace *>(m_tabs->widget(i));
        if (workspace && !settleReview(workspace)) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

std::pair<QString, int> MainWindow::packageCase() const
{
    if (ReviewWorkspace *workspace = currentReview())
        return {workspace->applicationId(), workspace->version()};
    return {m_selectedId, m_selectedVersion};
}

void MainWindow::updatePackageActions()
{
    if (!m_exportPackage)
        return;
    const auto [id, version] = packageCase();
    const QString refusal = m_packages->exportRefusal(id, version);
    m_exportPackage->setEnabled(refusal.isEmpty());
    m_exportPackage->setToolTip(refusal.isEmpty() ? m_exportPackage->statusTip() : refusal);
}

void MainWindow::openPackage(const QString &file)
{
    m_packages->openPackage(file);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!PackageController::droppedPackages(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = PackageController::droppedPackages(event->mimeData());
    if (files.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    for (const QString &file : files)
        openPackage(file);
}

bool MainWindow::editOfficerProfile()
{
    if (!OfficerDialog::editCurrentProfile(this))
        return false;
    reloadOfficerProfile();
    log::info(QStringLiteral("officer profile changed"));
    return true;
}

void MainWindow::verifyAuditTrail()
{
    showAuditTrailVerification(this, m_desk);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About GrantDesk"),
        tr("<h3>GrantDesk %1</h3>"
           "<p>A review desk for applications to use public data under authorized "
           "operation: inbox, review, pricing, signed review packages.</p>"
           "<p>Database: %2</p>")
            .arg(QLatin1String(GRANTDESK_VERSION), m_desk->location().toHtmlEscaped()));
}

} // namespace gd
