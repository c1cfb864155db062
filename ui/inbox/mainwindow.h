// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <utility>

#include <QDateTime>
#include <QMainWindow>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoGroup;

namespace gd {

class Desk;
class DetailPane;
class ImportController;
class InboxModel;
class PackageController;
class DashboardPage;
class ReviewWorkspace;

/**
 * The officer's main window: the inbox of applications with search and filters on
 * the left, the selected application on the right, counts in the status bar; each open
 * review in a tab of its own beside the inbox, with Edit → Undo / Redo bound to it.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::shared_ptr<Desk> desk, QWidget *parent = nullptr);
    ~MainWindow() override;

    InboxModel *inboxModel() const { return m_model; }
    ImportController *importController() const { return m_import; }
    /** Selects the row of @p id (its highest version) when loaded; false when absent. */
    bool selectApplication(const QString &id, int version = 0);
    void saveSettings() const;

    /** Opens the review of @p id / @p version in its tab (or shows the tab when open). */
    ReviewWorkspace *openReview(const QString &id, int version);
    /** Opens the review of the application selected in the inbox. */
    ReviewWorkspace *openSelectedReview();
    /** The open review tab of @p id / @p version, or nullptr. */
    ReviewWorkspace *reviewWorkspace(const QString &id, int version) const;
    /** The review in the current tab, or nullptr when the inbox is shown. */
    ReviewWorkspace *currentReview() const;
    /**
     * Closes @p workspace, saving what is pending. With @p ask (the officer closing it) an
     * edit that cannot be saved, another officer's conflicting save above all, is put to the
     * officer — keep mine, keep theirs, or back to the review — instead of being lost.
     */
    void closeReview(ReviewWorkspace *workspace, bool ask = false);
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    /**
     * The monitoring dashboard tab's page, built now if it was not yet: the tab is built the
     * first time it is shown (or after the first paint when a feed folder is watched).
     */
    DashboardPage *dashboard();
    /** Shows the monitoring dashboard tab (View → Monitoring). */
    void showDashboard();
    /** The application ids the inbox is restricted to (a drill-down); empty: none. */
    QStringList idFilter() const { return m_idFilter; }

public slots:
    /**
     * Shows the inbox with exactly the cases @p ids (other filters cleared), with a chip
     * naming @p label that clears the restriction; one case is selected.
     */
    void showApplications(const QStringList &ids, const QString &label);
    void clearIdFilter();

public:
    /** Tools → Verify audit trail: checks every event; the result in a non-modal box. */
    void verifyAuditTrail();
    /**
     * Reads the officer profile again (after Tools → Officer profile… or a change from
     * elsewhere): the status bar and the "waiting for me" filter follow it. Reviews opened
     * later act as the new officer; open ones keep the officer they were opened by.
     */
    void reloadOfficerProfile();
    /** Tools → Officer profile…: edits the profile; true when it was saved. */
    bool editOfficerProfile();
    /** Shows the verification of the review package @p file (File → Verify Package…, drop). */
    void openPackage(const QString &file);
    PackageController *packageController() const { return m_packages; }
    /** The case File → Export Signed Package… acts on: the open review, else the selection. */
    std::pair<QString, int> packageCase() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The shell (mainwindow.cpp)
    void createTabs();
    /** The inbox and the Monitoring tab are always there: no close button. */
    void fixTab(int index);
    void createStatusBar();
    void connectControllers();
    void createActions();
    void createFileMenu();
    void createEditAndViewMenus();
    void createReviewMenu();
    void createToolsAndHelpMenus();
    /** Tools → Settings…, non-modal. */
    void openSettings();
    /** Closes (saving) and starts GrantDesk again on the database Settings → Database chose. */
    void restartOnChosenDatabase();
    // The inbox page (inboxpage.cpp)
    void createInboxPage();
    void createInboxView();
    void connectInbox();
    void createFilterBar();
    void restoreSettings();
    void applyQuery();
    void refresh();
    /** On an office server: the inbox and the selected case follow other officers' changes. */
    void followOtherOfficers();
    /**
     * Each open review reads its case again (ReviewDocument::reloadFromStore): what another
     * program or window did to it meanwhile (a send-back, a submission, an agreement through
     * grantdesk-cli on the same file, which announces nothing) shows without reopening it.
     */
    void followOpenReviews();
    void showCurrentRow();
    void restoreSelection();
    void updateStatusBar();
    /** Says why the inbox is empty (a search, a filter, a drill-down, no cases), or hides. */
    void updateEmptyState();
    void showAbout();
    void currentTabChanged();
    void updateStartButton();
    void showSavedAt(const QDateTime &at);
    void closeAllReviews();
    /** Saves @p workspace's pending edits or asks what to do with them; false: keep it open. */
    bool settleReview(ReviewWorkspace *workspace);
    void updateReviewActions();
    /** Opens the open reviews again for the current officer profile, each at its step. */
    void reopenReviews();
    void updatePackageActions();

    std::shared_ptr<Desk> m_desk;
    InboxModel *m_model;
    QTableView *m_view;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QPushButton *m_startReview;
    QUndoGroup *m_undoGroup;
    QLabel *m_saveLabel;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_allVersions = nullptr;
    QComboBox *m_waitingFilter = nullptr;
    QAction *m_returnNotice = nullptr;
    PackageController *m_packages = nullptr;
    QAction *m_exportPackage = nullptr;
    QTimer *m_searchTimer;
    QLabel *m_countLabel;
    ImportController *m_import;
    QLabel *m_officerLabel;
    QWidget *m_monitoringTab = nullptr;   // the Monitoring tab's place until it is built
    DashboardPage *m_dashboard = nullptr; // until the Monitoring tab is first shown: none
    QPushButton *m_idChip = nullptr;
    QLabel *m_emptyInbox = nullptr;
    QStringList m_idFilter;
    QString m_selectedId;
    int m_selectedVersion = 0;
};

} // namespace gd
