// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMainWindow>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace gd {

class Database;
class DetailPane;
class ImportController;
class InboxModel;

/**
 * The officer's main window: the inbox of applications with search and filters on
 * the left, the selected application on the right, counts in the status bar.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::shared_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    InboxModel *inboxModel() const { return m_model; }
    ImportController *importController() const { return m_import; }
    /** Selects the row of @p id (its highest version) when loaded; false when absent. */
    bool selectApplication(const QString &id, int version = 0);
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createFilterBar();
    void restoreSettings();
    void applyQuery();
    void refresh();
    void showCurrentRow();
    void restoreSelection();
    void updateStatusBar();
    void showAbout();

    std::shared_ptr<Database> m_db;
    InboxModel *m_model;
    QTableView *m_view;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_allVersions = nullptr;
    QTimer *m_searchTimer;
    QLabel *m_countLabel;
    ImportController *m_import;
    QString m_selectedId;
    int m_selectedVersion = 0;
};

} // namespace gd
