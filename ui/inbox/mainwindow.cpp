// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
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
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
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

#include "core/identitytext.h"
#include "core/setting.h"
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
#include "package/packagecontroller.h"
#include "pricing/feecalculatordialog.h"
#include "pricing/rulefilesdialog.h"
#include "review/reviewdocument.h"
#include "review/reviewworkspace.h"
#include "settings/officerdialog.h"
#include "settings/settingsdialog.h"
#include "store/database.h"

namespace gd {
namespace {

const Setting<QByteArray> kGeometry{"MainWindow/Geometry", {}};
const Setting<QByteArray> kState{"MainWindow/State", {}};
const Setting<QByteArray> kSplitter{"MainWindow/Splitter", {}};
const Setting<QByteArray> kInboxHeader{"Inbox/Header", {}};
const Setting<bool> kAllVersions{"Inbox/AllVersions", false};

constexpr int kSearchDebounceMs = 150;

} // namespace

MainWindow::MainWindow(std::shared_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_model(new InboxModel(db, this))
    , m_view(new QTableView(this))
    , m_detail(new DetailPane(db, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_startReview(new QPushButton(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_saveLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
    , m_countLabel(new QLabel(this))
    , m_import(new ImportController(db, this))
    , m_officerLabel(new QLabel(this))
{
    m_packages = new PackageController(db, this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GrantDesk") + QStringLiteral(" — ") + QFileInfo(m_db->path()).fileName());

    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setItemDelegateForColumn(InboxModel::StatusColumn, new StatusDotDelegate(m_view));
    // Fixed row heights keep scrolling through 100,000 rows cheap (no per-row sizing).
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(InboxModel::SubmittedColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint pos) {
        QMenu menu(this);
        for (int column = 0; column < InboxModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(
                m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            action->setEnabled(column != InboxModel::IdColumn);
            connect(action, &QAction::toggled, header,
                    [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });

    // The detail pane with the button that opens the review (Enter in the table does too).
    auto *detailArea = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailArea);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(0);
    detailLayout->addWidget(m_detail, 1);
    auto *startBar = new QHBoxLayout;
    startBar->setContentsMargins(8, 6, 12, 8);
    startBar->addStretch(1);
    startBar->addWidget(m_startReview);
    detailLayout->addLayout(startBar);
    m_startReview->setObjectName(QStringLiteral("startReviewButton"));
    m_startReview->setAutoDefault(false);
    m_startReview->setEnabled(false);
    connect(m_startReview, &QPushButton::clicked, this, &MainWindow::openSelectedReview);
    connect(m_view, &QTableView::activated, this, [this] { openSelectedReview(); });

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    // A drill-down from the dashboard shows a chip above the table until it is clicked.
    auto *inboxArea = new QWidget(this);
    auto *inboxLayout = new QVBoxLayout(inboxArea);
    inboxLayout->setContentsMargins(0, 0, 0, 0);
    inboxLayout->setSpacing(0);
    auto *chipBar = new QWidget(inboxArea);
    auto *chipLayout = new QHBoxLayout(chipBar);
    chipLayout->setContentsMargins(6, 4, 6, 4);
    m_idChip = new QPushButton(chipBar);
    m_idChip->setObjectName(QStringLiteral("idFilterChip"));
    m_idChip->setStyleSheet(QStringLiteral("QPushButton { background: #e3ecf7; border: 1px solid "
                                           "#9db7d9; border-radius: 9px; padding: 2px 10px; }"));
    connect(m_idChip, &QPushButton::clicked, this, &MainWindow::clearIdFilter);
    chipLayout->addWidget(m_idChip);
    chipLayout->addStretch(1);
    chipBar->hide();
    inboxLayout->addWidget(chipBar);
    inboxLayout->addWidget(m_view, 1);
    m_splitter->addWidget(inboxArea);
    m_splitter->addWidget(detailArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    // The inbox is the first tab and stays; each open review gets a closable tab beside it.
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(false);
    m_tabs->addTab(m_splitter, tr("Inbox"));
    m_dashboard = new DashboardPage(db, m_tabs);
    m_tabs->addTab(m_dashboard, tr("Monitoring"));
    for (int fixed : {0, 1}) {
        for (auto side : {QTabBar::RightSide, QTabBar::LeftSide}) {
            if (QWidget *button = m_tabs->tabBar()->tabButton(fixed, side))
                button->hide();
            m_tabs->tabBar()->setTabButton(fixed, side, nullptr);
        }
    }
    connect(m_dashboard, &DashboardPage::applicationsRequested, this,
            &MainWindow::showApplications);
    connect(m_dashboard, &DashboardPage::notify, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *workspace = qobject_cast<ReviewWorkspace *>(m_tabs->widget(index)))
            closeReview(workspace);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    setCentralWidget(m_tabs);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextFormat(Qt::RichText);
    statusBar()->addWidget(m_countLabel, 1);
    m_saveLabel->setObjectName(QStringLiteral("saveLabel"));
    m_saveLabel->hide();
    statusBar()->addPermanentWidget(m_saveLabel);
    m_officerLabel->setObjectName(QStringLiteral("officerLabel"));
    m_officerLabel->setToolTip(tr("The officer at this workstation (Tools → Officer Profile…)"));
    statusBar()->addPermanentWidget(m_officerLabel);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyQuery);

    createFilterBar();
    createActions();
    // After the first paint: the trail since the last checkpoint (audittrailstatus.h).
    QTimer::singleShot(0, this, [this] { warnIfAuditTrailBroken(statusBar(), m_db); });

    connect(m_model, &InboxModel::errorOccurred, this, [this](const QString &message) {
        log::warning(QStringLiteral("inbox: %1").arg(message));
        statusBar()->showMessage(tr("The inbox could not be read: %1").arg(message), 15000);
    });
    connect(m_model, &InboxModel::modelReset, this, &MainWindow::restoreSelection);
    connect(m_model, &InboxModel::totalCountChanged, this, &MainWindow::updateStatusBar);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentRow);
    connect(m_import, &ImportController::imported, this, &MainWindow::refresh);
    connect(m_import, &ImportController::imported, m_dashboard, &DashboardPage::invalidate);
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
    setAcceptDrops(true);

    restoreSettings();
    new DatabaseHealth(m_db, this); // File → Restore from Backup…, quick check, read-only marks
    reloadOfficerProfile();         // applies the query
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

MainWindow::~MainWindow()
{
    // Reviews save what is pending when they close; they must go while this still exists.
    closeAllReviews();
}

void MainWindow::createFilterBar()
{
    QToolBar *bar = addToolBar(tr("Search and filters"));
    bar->setObjectName(QStringLiteral("filterBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setEnabled(false);
    bar->setContentsMargins(4, 2, 4, 2);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search applicant, scenario, domain, resources…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(m_search->placeholderText()) + 60);
    m_search->setMaximumWidth(m_search->minimumWidth() * 3 / 2);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyQuery();
    });
    bar->addWidget(m_search);
    bar->addSeparator();

    auto *statusLabel = new QLabel(tr("Status:"), bar);
    statusLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(statusLabel);
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const QString &code : caseStatusCodes()) {
        const CaseStatus status = *caseStatusFromCode(code);
        m_statusFilter->addItem(caseStatusLabel(status), code);
        m_statusFilter->setItemIcon(m_statusFilter->count() - 1,
                                    statusDot(InboxModel::statusColor(status)));
    }
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    statusLabel->setBuddy(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyQuery);
    bar->addWidget(m_statusFilter);
    bar->addSeparator();

    m_allVersions = new QCheckBox(tr("Show all versions"), bar);
    m_allVersions->setObjectName(QStringLiteral("allVersionsCheck"));
    m_allVersions->setToolTip(tr("List every stored version instead of only the highest one"));
    m_allVersions->setContentsMargins(6, 0, 0, 0);
    connect(m_allVersions, &QCheckBox::toggled, this, &MainWindow::applyQuery);
    bar->addWidget(m_allVersions);
    bar->addSeparator();

    // "Waiting for me": only the roles the officer holds are offered (reloadOfficerProfile).
    auto *waitingLabel = new QLabel(tr("Waiting:"), bar);
    waitingLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(waitingLabel);
    m_waitingFilter = new QComboBox(bar);
    m_waitingFilter->setObjectName(QStringLiteral("waitingFilter"));
    m_waitingFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_waitingFilter->setToolTip(tr("Show only the cases that wait for you in one of your roles"));
    waitingLabel->setBuddy(m_waitingFilter);
    connect(m_waitingFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyQuery);
    bar->addWidget(m_waitingFilter);
}

void MainWindow::showApplications(const QStringList &ids, const QString &label)
{
    m_idFilter = ids;
    m_idFilter.removeAll(QString());
    m_idFilter.removeDuplicates();
    if (m_idFilter.isEmpty()) {
        clearIdFilter();
        return;
    }
    m_idChip->setText(tr("%1 · %n case(s)  ✕", nullptr, int(m_idFilter.size())).arg(label));
    m_idChip->setToolTip(tr("Only the cases behind this figure of the dashboard; click to show "
                            "all cases again"));
    m_idChip->parentWidget()->show();
    {
        // Exactly those cases: the other filters would hide some of them.
        const QSignalBlocker search(m_search);
        const QSignalBlocker status(m_statusFilter);
        const QSignalBlocker waiting(m_waitingFilter);
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_waitingFilter->setCurrentIndex(0);
    }
    m_searchTimer->stop();
    m_tabs->setCurrentIndex(0);
    applyQuery();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::clearIdFilter()
{
    const bool had = !m_idFilter.isEmpty();
    m_idFilter.clear();
    if (m_idChip)
        m_idChip->parentWidget()->hide();
    if (had)
        applyQuery();
}

void MainWindow::showDashboard()
{
    m_tabs->setCurrentWidget(m_dashboard);
}

void MainWindow::createActions()
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

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    QAction *openReviewAction =
        review->addAction(tr("&Open Review"), this, &MainWindow::openSelectedReview);
    openReviewAction->setObjectName(QStringLiteral("actionOpenReview"));
    openReviewAction->setStatusTip(tr("Start or continue the review of the selected application"));
    QAction *closeReviewAction = review->addAction(tr("&Close Review"), this, [this] {
        if (ReviewWorkspace *workspace = currentReview())
            closeReview(workspace);
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

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *profile =
        tools->addAction(tr("Officer &Profile…"), this, [this] { editOfficerProfile(); });
    profile->setObjectName(QStringLiteral("actionOfficerProfile"));
    profile->setStatusTip(tr("Your name, position, unit and roles (reviewer, approver)"));
    QAction *settings = tools->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog *dialog = SettingsDialog::createWithAllPages(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setStatusTip(tr("Signing keys, trusted certificates and monitoring thresholds"));
    settings->setMenuRole(QAction::PreferencesRole);
    tools->addSeparator();
    QAction *feeCalculator = tools->addAction(tr("&Fee Calculator…"), this, [this] {
        auto *dialog = new FeeCalculatorDialog(this);
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
    help->addAction(tr("&About GrantDesk"), this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

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
        header->resizeSection(InboxModel::StatusColumn,
                              width(QStringLiteral("Awaiting appr")) + fm.height());
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
        header->resizeSection(
            InboxModel::ResourcesColumn,
            width(QStringLiteral("3 · ") + InboxModel::tr("%n unregistered", nullptr, 1)));
        // Mode and use class are in the detail pane; the header's menu shows them again.
        header->setSectionHidden(InboxModel::ModeColumn, true);
        header->setSectionHidden(InboxModel::UseClassColumn, true);
    }

    if (!m_splitter->restoreState(kSplitter.value())) {
        // Room for the visible columns, the rest for the detail pane.
        const int total = std::max(width(), 1000);
        const int table = std::min(header->length() + 24, total * 13 / 20);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            m_searchTimer->stop();
            applyQuery();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->selectRow(0);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::applyQuery()
{
    InboxQuery query = m_model->query(); // keeps the order chosen in the header
    query.search = m_search->text().trimmed();
    const QString status = m_statusFilter->currentData().toString();
    query.statuses = status.isEmpty() ? QStringList() : QStringList{status};
    query.allVersions = m_allVersions->isChecked();
    query.waitingFor = m_waitingFilter->currentData().isValid()
                           ? InboxQuery::Waiting(m_waitingFilter->currentData().toInt())
                           : InboxQuery::Waiting::Anyone;
    query.officer =
        query.waitingFor == InboxQuery::Waiting::Anyone ? QString() : officer::currentName();
    query.ids = m_idFilter;
    m_model->setQuery(query);
}

void MainWindow::refresh()
{
    m_model->refresh();
}

void MainWindow::showCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    const InboxRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (!row)
        return;
    m_selectedId = row->id;
    m_selectedVersion = row->version;
    m_detail->showApplication(row->id, row->version);
    updateStartButton();
    updatePackageActions();
}

bool MainWindow::selectApplication(const QString &id, int version)
{
    const int row = m_model->findRow(id, version);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, InboxModel::IdColumn));
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, InboxModel::IdColumn));
    return true;
}

void MainWindow::restoreSelection()
{
    if (m_selectedId.isEmpty())
        return;
    // After a search or an import, keep showing the same case when it is still listed.
    const int version = m_model->query().allVersions ? m_selectedVersion : 0;
    if (!selectApplication(m_selectedId, version)) {
        m_selectedId.clear();
        m_selectedVersion = 0;
        m_detail->clear();
    } else if (m_detail->currentId() == m_selectedId) {
        m_detail->reload(); // the status may have changed (review started, submitted)
    }
    updateStartButton();
}

void MainWindow::updateStatusBar()
{
    const int total = m_model->totalCount();
    const auto counted = m_model->overdueCount();
    const int overdue = counted ? *counted : 0;
    QString overdueText = counted ? tr("%n overdue", nullptr, overdue)
                                  : tr("overdue unknown (%1)").arg(counted.error().toString());
    if (overdue > 0)
        overdueText = QStringLiteral("<span style=\"color:#b01e1e; font-weight:bold\">%1</span>")
                          .arg(overdueText.toHtmlEscaped());
    m_countLabel->setText(
        QStringList{tr("%n application(s)", nullptr, total).toHtmlEscaped(), overdueText,
                    tr("database %1").arg(QFileInfo(m_db->path()).fileName()).toHtmlEscaped()}
            .join(QStringLiteral(" · ")));
}

void MainWindow::updateStartButton()
{
    const QModelIndex current = m_view->currentIndex();
    const InboxRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    m_startReview->setEnabled(row != nullptr);
    QString text = tr("Start review");
    if (row && row->status == CaseStatus::InReview)
        text = tr("Continue review");
    else if (row && row->status != CaseStatus::Received)
        text = tr("Open review");
    m_startReview->setText(text + QStringLiteral("  ⏎"));
    m_startReview->setToolTip(tr("Open the review of the selected application (Enter)"));
}

ReviewWorkspace *MainWindow::reviewWorkspace(const QString &id, int version) const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *workspace = qobject_cast<ReviewWorkspace *>(m_tabs->widget(i));
        if (workspace && workspace->applicationId() == id && workspace->version() == version)
            return workspace;
    }
    return nullptr;
}

ReviewWorkspace *MainWindow::currentReview() const
{
    return qobject_cast<ReviewWorkspace *>(m_tabs->currentWidget());
}

ReviewWorkspace *MainWindow::openSelectedReview()
{
    const QModelIndex current = m_view->currentIndex();
    const InboxRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    return row ? openReview(row->id, row->version) : nullptr;
}

ReviewWorkspace *MainWindow::openReview(const QString &id, int version)
{
    if (ReviewWorkspace *open = reviewWorkspace(id, version)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    const officer::Profile profile = officer::currentProfile();
    if (!profile.isComplete()) {
        // Every audit event names the officer; without a profile there is no one to name.
        // Non-modal, with the way to fix it on the box.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Review"),
                                    tr("Before opening a review, enter your officer profile: "
                                       "name, unit and role. Every event in the audit trail "
                                       "names the officer who did it."),
                                    QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("profileRequired"));
        QPushButton *edit = box->addButton(tr("Officer Profile…"), QMessageBox::AcceptRole);
        connect(edit, &QPushButton::clicked, this, [this] { editOfficerProfile(); });
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
        return nullptr;
    }
    auto document = ReviewDocument::open(m_db, id, version, profile);
    if (!document) {
        log::warning(QStringLiteral("review: %1").arg(document.error().toString()));
        // Non-modal: no dialog blocks the window (and tests can read it).
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Review"),
                                    tr("The review of %1 v%2 could not be opened.\n\n%3")
                                        .arg(id)
                                        .arg(version)
                                        .arg(document.error().toString()),
                                    QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("reviewOpenError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
        return nullptr;
    }
    auto *workspace = new ReviewWorkspace(m_db, std::move(document).value(), m_tabs);
    m_undoGroup->addStack(workspace->undoStack());
    connect(workspace, &ReviewWorkspace::saved, this, &MainWindow::showSavedAt);
    connect(workspace, &ReviewWorkspace::saveFailed, this, [this](const QString &message) {
        m_saveLabel->setText(tr("Not saved: %1").arg(message));
        m_saveLabel->show();
    });
    connect(workspace, &ReviewWorkspace::statusChanged, this, [this] {
        refresh();
        updateReviewActions();
    });
    const int index = m_tabs->addTab(workspace, workspace->shortTitle());
    m_tabs->setTabToolTip(
        index, identitytext::displaySafe(workspace->document()->application().scenario.name));
    m_tabs->setCurrentIndex(index);
    refresh(); // opening moves a received case into review
    return workspace;
}

void MainWindow::closeReview(ReviewWorkspace *workspace)
{
    const int index = m_tabs->indexOf(workspace);
    if (!workspace || index <= 0)
        return;
    m_undoGroup->removeStack(workspace->undoStack());
    m_tabs->removeTab(index);
    delete workspace; // saves what is pending
}

void MainWindow::closeAllReviews()
{
    for (int i = m_tabs->count() - 1; i > 0; --i) {
        if (auto *workspace = qobject_cast<ReviewWorkspace *>(m_tabs->widget(i)))
            closeReview(workspace);
    }
}

void MainWindow::updateReviewActions()
{
    ReviewWorkspace *workspace = currentReview();
    m_returnNotice->setEnabled(workspace &&
                               workspace->document()->status() == CaseStatus::Returned);
    updatePackageActions();
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

void MainWindow::reloadOfficerProfile()
{
    const officer::Profile profile = officer::currentProfile();
    QStringList roles;
    if (profile.reviewer)
        roles << tr("Reviewer");
    if (profile.approver)
        roles << tr("Approver");
    m_officerLabel->setText(
        profile.isComplete()
            ? QStringLiteral("%1 · %2").arg(profile.displayName(),
                                            roles.join(tr(", ", "between list items")))
            : tr("No officer profile (Tools → Officer Profile…)"));

    const auto previous = m_waitingFilter->currentData();
    const QSignalBlocker blocker(m_waitingFilter);
    m_waitingFilter->clear();
    m_waitingFilter->addItem(tr("Everyone"), int(InboxQuery::Waiting::Anyone));
    if (profile.reviewer)
        m_waitingFilter->addItem(tr("Waiting for me as reviewer"),
                                 int(InboxQuery::Waiting::Reviewer));
    if (profile.approver)
        m_waitingFilter->addItem(tr("Waiting for me as approver"),
                                 int(InboxQuery::Waiting::Approver));
    m_waitingFilter->setCurrentIndex(std::max(0, m_waitingFilter->findData(previous)));
    m_waitingFilter->setEnabled(profile.isComplete());
    applyQuery();
}

bool MainWindow::editOfficerProfile()
{
    if (!OfficerDialog::editCurrentProfile(this))
        return false;
    reloadOfficerProfile();
    log::info(QStringLiteral("officer profile changed"));
    return true;
}

void MainWindow::currentTabChanged()
{
    updateReviewActions();
    ReviewWorkspace *workspace = currentReview();
    m_undoGroup->setActiveStack(workspace ? workspace->undoStack() : nullptr);
    const QDateTime saved = !workspace ? QDateTime()
                            : workspace->document()->lastSaved().isValid()
                                ? workspace->document()->lastSaved()
                                : workspace->document()->state().updatedAt;
    if (saved.isValid()) {
        showSavedAt(saved);
    } else if (workspace) {
        m_saveLabel->setText(tr("No edits yet"));
        m_saveLabel->show();
    } else {
        m_saveLabel->hide();
    }
}

void MainWindow::showSavedAt(const QDateTime &at)
{
    auto *workspace = qobject_cast<ReviewWorkspace *>(sender());
    if (workspace && workspace != currentReview())
        return;
    m_saveLabel->setText(
        tr("Last edit saved %1").arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    m_saveLabel->show();
}

QString MainWindow::verifyAuditTrail()
{
    return showAuditTrailVerification(this, m_db);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About GrantDesk"),
                       tr("<h3>GrantDesk %1</h3>"
                          "<p>A review desk for applications to use public data under authorized "
                          "operation: inbox, review, pricing, signed review packages.</p>"
                          "<p>Database: %2</p>")
                           .arg(QLatin1String(GRANTDESK_VERSION), m_db->path().toHtmlEscaped()));
}

} // namespace gd
