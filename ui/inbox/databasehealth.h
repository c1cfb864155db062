// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "inbox/restoredialog.h"
#include "services/deskmaintenance.h"

class QAction;
class QLabel;
class QMainWindow;
class QMessageBox;
class QThread;

namespace gd {

class Desk;

/**
 * What the main window says about its database file (issue 13 items 2 and 4): File → Restore
 * from Backup… (always there), the quick check run when the window opens — PRAGMA quick_check
 * and the schema check, reported as damage, never as a newer version, with the restore
 * offered — and the read-only mode's marks when the database is open read-only.
 */
class DatabaseHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseHealth)

public:
    DatabaseHealth(std::shared_ptr<Desk> desk, QMainWindow *window);
    /** Interrupts a quick check still running: closing never waits for it to read the file. */
    ~DatabaseHealth() override;

    /** Whether the quick check has finished (it runs beside the window, see the .cpp). */
    bool isChecked() const { return m_checked; }
    /** What the quick check found (SQLite's words and the schema's), empty when sound. */
    QStringList problems() const { return m_problems; }
    /** How long the quick check took, in milliseconds. */
    qint64 checkMilliseconds() const { return m_checkMs; }
    QAction *restoreAction() const { return m_restoreAction; }
    /** File → Restore from Backup…: the dialog, window-modal; null when none is open. */
    RestoreDialog *showRestoreDialog();
    RestoreDialog *restoreDialog() const { return m_dialog; }

signals:
    /**
     * The officer chose @p backup: whoever owns the window closes it and the database, puts
     * the backup in place (DeskMaintenance::restore) and opens it again (DeskSession does).
     */
    void restoreRequested(const QString &backup);
    /** The quick check finished; problems() holds what it found. */
    void checked();

private:
    void startQuickCheck();
    void reportProblems();

    std::shared_ptr<Desk> m_desk;
    QMainWindow *m_window;
    QAction *m_restoreAction;
    QStringList m_problems;
    bool m_damaged = false; // the file itself, not only its schema
    qint64 m_checkMs = 0;
    bool m_checked = false;
    QThread *m_thread = nullptr;
    std::shared_ptr<DeskMaintenance::QuickCheck> m_run; // shared with m_thread
    QPointer<RestoreDialog> m_dialog;
};

} // namespace gd
