// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's review tabs: opening a case's review in a tab of its own, closing it, and
// what follows the current tab (Edit → Undo / Redo, the saved mark, the review actions).
// The shell is mainwindow.cpp; the inbox page inboxpage.cpp.
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
#include "services/desk.h"
#include "settings/officerdialog.h"
#include "settings/settingsdialog.h"

namespace gd {

void MainWindow::showDashboard()
{
    m_tabs->setCurrentWidget(dashboard());
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
    if (!profile.isComplete() && !m_desk->isReadOnly()) {
        // Every audit event names the officer; without a profile there is no one to name.
        // Non-modal, with the way to fix it on the box. A database open read-only records
        // nothing: its reviews are looked at, whoever looks.
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
    auto document = ReviewDocument::open(m_desk, id, version, profile);
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
    auto *workspace = new ReviewWorkspace(m_desk, std::move(document).value(), m_tabs);
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

void MainWindow::closeReview(ReviewWorkspace *workspace, bool ask)
{
    const int index = m_tabs->indexOf(workspace);
    if (!workspace || index <= 0)
        return;
    if (ask && !settleReview(workspace))
        return;
    m_undoGroup->removeStack(workspace->undoStack());
    m_tabs->removeTab(index);
    delete workspace; // saves what is pending
}

bool MainWindow::settleReview(ReviewWorkspace *workspace)
{
    ReviewDocument *document = workspace->document();
    if (!document->hasPendingChanges())
        return true;
    const Status saved = document->saveNow();
    if (saved)
        return true;
    m_tabs->setCurrentWidget(workspace);
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("unsavedReview"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Close Review"));
    QPushButton *keepMine = nullptr;
    QPushButton *keepTheirs = nullptr;
    if (document->hasConflicts()) {
        box.setText(tr("Another officer saved values you also edited in %1 v%2.")
                        .arg(workspace->applicationId())
                        .arg(workspace->version()));
        box.setInformativeText(saved.error().what);
        keepMine = box.addButton(tr("Keep &Mine"), QMessageBox::AcceptRole);
        keepMine->setObjectName(QStringLiteral("keepMine"));
        keepTheirs = box.addButton(tr("Keep &Theirs"), QMessageBox::DestructiveRole);
        keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    } else {
        box.setText(tr("Your last edits in %1 v%2 could not be saved.")
                        .arg(workspace->applicationId())
                        .arg(workspace->version()));
        box.setInformativeText(saved.error().what);
        keepTheirs = box.addButton(tr("Close and &Lose Them"), QMessageBox::DestructiveRole);
        keepTheirs->setObjectName(QStringLiteral("loseEdits"));
    }
    QPushButton *back = box.addButton(tr("&Back to the Review"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("backToReview"));
    box.setDefaultButton(back);
    box.exec();
    if (box.clickedButton() == keepMine) {
        if (const Status over = document->saveOverConflicts(); !over) {
            QMessageBox::warning(this, tr("Close Review"),
                                 tr("Still not saved: %1").arg(over.error().what));
            return false;
        }
        return true;
    }
    if (box.clickedButton() == keepTheirs) {
        document->discardPending();
        return true;
    }
    return false;
}

void MainWindow::followOpenReviews()
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *workspace = qobject_cast<ReviewWorkspace *>(m_tabs->widget(i)))
            workspace->document()->reloadFromStore(); // keeps pending edits (their save checks)
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    // Back at the window (from the CLI, another window, a dialog of another program): the open
    // reviews follow what changed meanwhile.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        followOpenReviews();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeAllReviews()
{
    for (int i = m_tabs->count() - 1; i > 0; --i) {
        if (auto *workspace = qobject_cast<ReviewWorkspace *>(m_tabs->widget(i)))
            closeReview(workspace);
    }
}

void MainWindow::reopenReviews()
{
    // A review is opened for an officer profile, which decides what may be done in it: after
    // the profile changed, each open review opens again for the new one, at the same step, and
    // the tab that was shown stays shown. Every change was saved as it was made.
    struct Open
    {
        QString id;
        int version = 0;
        ReviewStep step = ReviewStep::FormalCheck;
    };
    QList<Open> open;
    const QWidget *shown = m_tabs->currentWidget();
    int shownIndex = -1;
    const officer::Profile now = officer::currentProfile();
    const auto same = [&now](const officer::Profile &p) {
        return p.name == now.name && p.position == now.position && p.unit == now.unit &&
               p.reviewer == now.reviewer && p.approver == now.approver &&
               p.certificates == now.certificates;
    };
    bool changed = false;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *workspace = qobject_cast<ReviewWorkspace *>(m_tabs->widget(i))) {
            changed = changed || !same(workspace->document()->officer());
            if (workspace == shown)
                shownIndex = int(open.size());
            open.append(
                {workspace->applicationId(), workspace->version(), workspace->currentStep()});
        }
    }
    if (!changed) // the same officer (the profile dialog closed with OK, nothing changed)
        return;
    const int tabBefore = m_tabs->currentIndex();
    closeAllReviews();
    ReviewWorkspace *toShow = nullptr;
    for (int i = 0; i < open.size(); ++i) {
        ReviewWorkspace *workspace = openReview(open.at(i).id, open.at(i).version);
        if (!workspace)
            continue; // the new profile may not open it (no profile at all): its box says why
        workspace->goToStep(open.at(i).step);
        if (i == shownIndex)
            toShow = workspace;
    }
    if (toShow)
        m_tabs->setCurrentWidget(toShow);
    else if (tabBefore < m_tabs->count() && shownIndex < 0)
        m_tabs->setCurrentIndex(tabBefore);
}

void MainWindow::updateReviewActions()
{
    ReviewWorkspace *workspace = currentReview();
    const bool returned = workspace && workspace->document()->status() == CaseStatus::Returned;
    m_returnNotice->setEnabled(returned);
    // Disabled, the action says why (its tip shows in the status bar and as a tool tip).
    const QString tip =
        returned ? tr("The notice for the applicant of a returned application, to copy or print")
        : !workspace ? tr("Not available: open the review of a returned application first")
                     : tr("Not available: only a returned application has a return notice; this "
                          "case is “%1”")
                           .arg(caseStatusLabel(workspace->document()->status()));
    m_returnNotice->setStatusTip(tip);
    m_returnNotice->setToolTip(tip);
    updatePackageActions();
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

} // namespace gd
