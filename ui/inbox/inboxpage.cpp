// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's inbox page: the search and filter bar, the table of cases with the chip of a
// dashboard drill-down, the detail pane and the counts. The class is split by responsibility:
// mainwindow.cpp holds the shell (menus, tabs, settings, packages), reviewtabs.cpp the reviews.
#include "services/changefeed.h"
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
#include <QSet>
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
#include "domain/subject.h"
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
#include "services/desk.h"
#include "settings/officerdialog.h"
#include "settings/settingsdialog.h"
#include "common/palette.h"
#include "common/statuscolours.h"

namespace gd {
namespace {

constexpr int kSearchDebounceMs = 150;

} // namespace

void MainWindow::createInboxView()
{
    // The table of cases, paged by the model, and the search that feeds it.
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

    // An empty list says why, over the table.
    m_emptyInbox = new QLabel(m_view->viewport());
    m_emptyInbox->setObjectName(QStringLiteral("inboxEmptyState"));
    m_emptyInbox->setWordWrap(true);
    m_emptyInbox->setAlignment(Qt::AlignCenter);
    m_emptyInbox->setMaximumWidth(460);
    m_emptyInbox->setStyleSheet(QStringLiteral("color:%1;").arg(palette::kMuted.name()));
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->addWidget(m_emptyInbox, 0, Qt::AlignCenter);
    m_emptyInbox->hide();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyQuery);
}

void MainWindow::createInboxPage()
{
    // The inbox page: the table of cases, the chip of a drill-down, the detail pane.
    createInboxView();

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
    m_idChip->setStyleSheet(QStringLiteral("QPushButton { background: %1; border: 1px solid "
                                           "%2; border-radius: 9px; padding: 2px 10px; }")
                                .arg(palette::kChipBackground.name(), palette::kChipBorder.name()));
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
}

void MainWindow::connectInbox()
{
    connect(m_model, &InboxModel::errorOccurred, this, [this](const QString &message) {
        log::warning(QStringLiteral("inbox: %1").arg(message));
        statusBar()->showMessage(tr("The inbox could not be read: %1").arg(message), 15000);
    });
    connect(m_model, &InboxModel::modelReset, this, &MainWindow::restoreSelection);
    connect(m_model, &InboxModel::countsChanged, this, &MainWindow::updateStatusBar);
    connect(m_model, &InboxModel::totalCountChanged, this, &MainWindow::updateEmptyState);
    connect(m_model, &InboxModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentRow);
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
                                    statusDot(statuscolours::caseStatus(status)));
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
    m_idChip->setText(tr("%1 · %Ln case(s)  ✕", nullptr, int(m_idFilter.size())).arg(label));
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
    // The detail pane says where the search found the selected application.
    m_detail->setSearchTerms(query.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

void MainWindow::refresh()
{
    m_model->refresh();
}

void MainWindow::followOtherOfficers()
{
    auto *feed = new ChangeFeed(m_desk, this);
    if (!feed->isLive())
        return;
    // Several changes in one moment (an import, a save of many answers) are one refresh.
    auto *settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(200);
    auto changed = std::make_shared<QSet<QString>>(); // "ID vN" of each changed case
    connect(feed, &ChangeFeed::changed, settle, [settle, changed](const QString &subject) {
        changed->insert(subject);
        settle->start();
    });
    connect(settle, &QTimer::timeout, this, [this, changed] {
        refresh();
        showCurrentRow();
        // An open review of a changed case shows what the other officer saved (unless this
        // officer's own edits are pending: their save compares and reports a conflict).
        for (int i = 0; i < m_tabs->count(); ++i) {
            auto *workspace = qobject_cast<ReviewWorkspace *>(m_tabs->widget(i));
            if (workspace &&
                changed->contains(subjectOf(workspace->applicationId(), workspace->version())))
                workspace->document()->reloadFromStore();
        }
        changed->clear();
    });
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
    const int row = m_model->locateRow(id, version);
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
    const QLocale locale;
    const int total = m_model->totalCount();
    const QString totalText = m_model->isTotalExact()
                                  ? tr("%Ln application(s)", nullptr, total)
                                  : tr("%1+ applications (counting…)").arg(locale.toString(total));
    const auto overdue = m_model->overdueCount();
    QString overdueText = overdue ? tr("%Ln overdue", nullptr, *overdue)
                          : m_model->countError().isEmpty()
                              ? tr("counting overdue cases…")
                              : tr("overdue unknown (%1)").arg(m_model->countError());
    overdueText = overdueText.toHtmlEscaped();
    if (overdue.value_or(0) > 0)
        overdueText = QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
                          .arg(palette::kBad.name(), overdueText);
    m_countLabel->setText(QStringList{totalText.toHtmlEscaped(), overdueText,
                                      tr("database %1").arg(m_desk->displayName()).toHtmlEscaped()}
                              .join(QStringLiteral(" · ")));
}

void MainWindow::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_emptyInbox->hide();
        return;
    }
    QString text;
    if (!m_idFilter.isEmpty()) {
        text = tr("None of the %Ln case(s) behind this figure is in this database (a monitoring "
                  "feed may name cases that were never imported here). Click the chip above to "
                  "show all cases again.",
                  nullptr, int(m_idFilter.size()));
    } else if (!m_search->text().trimmed().isEmpty()) {
        text = tr("No application matches “%1”. The search looks in the number, the applicant, "
                  "the scenario, the domain and the requested data resources. Press Esc to clear "
                  "it.")
                   .arg(m_search->text().trimmed());
    } else if (m_statusFilter->currentIndex() > 0 || m_waitingFilter->currentIndex() > 0 ||
               m_allVersions->isChecked()) {
        text = tr("No application with these filters. Choose “All statuses” and “Everyone” "
                  "to see every case.");
    } else {
        text = tr("No applications yet. File → Import Applications… adds them.");
    }
    m_emptyInbox->setText(text);
    m_emptyInbox->show();
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
    m_startReview->setToolTip(row ? tr("Open the review of the selected application (Enter)")
                                  : tr("Not available: select an application in the list first"));
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
    m_waitingFilter->setToolTip(
        profile.isComplete()
            ? tr("Show only the cases that wait for you in one of your roles")
            : tr("Not available: complete your officer profile first (Tools → Officer Profile…)"));
    applyQuery();
    reopenReviews();
}

} // namespace gd
