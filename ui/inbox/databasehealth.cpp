// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasehealth.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include "common/firstpaint.h"
#include "common/readonlymode.h"
#include "core/log.h"
#include "inbox/restoredialog.h"
#include "services/desk.h"
#include "services/deskmaintenance.h"
#include "common/palette.h"

namespace gd {

DatabaseHealth::DatabaseHealth(std::shared_ptr<Desk> desk, QMainWindow *window)
    : QObject(window)
    , m_desk(std::move(desk))
    , m_window(window)
    , m_restoreAction(new QAction(tr("Restore from &Backup…"), window))
{
    setObjectName(QStringLiteral("databaseHealth"));
    m_restoreAction->setObjectName(QStringLiteral("actionRestoreBackup"));
    m_restoreAction->setStatusTip(
        tr("Put a backup of the database in place of the file; the file is kept beside it"));
    connect(m_restoreAction, &QAction::triggered, this, [this] { showRestoreDialog(); });
    // In the File menu, before the separator that leads to Quit.
    const QList<QAction *> top = window->menuBar()->actions();
    QMenu *file = top.isEmpty() ? nullptr : top.first()->menu();
    if (file) {
        QAction *before = nullptr;
        for (QAction *action : file->actions())
            if (action->isSeparator())
                before = action;
        file->insertAction(before, m_restoreAction);
    } else {
        window->menuBar()->addAction(m_restoreAction);
    }

    if (m_desk->isReadOnly()) {
        QString cause = DeskMaintenance::readOnlyCause(m_desk->location());
        if (cause.isEmpty())
            cause = tr("as asked with --read-only");
        readonlymode::mark(window, cause);
        // Restoring replaces the file: not from a window that promises to write nothing.
        m_restoreAction->setEnabled(false);
        m_restoreAction->setToolTip(Desk::readOnlyRefusal());
        m_restoreAction->setStatusTip(Desk::readOnlyRefusal());
        log::info(QStringLiteral("database %1 open read-only (%2)").arg(m_desk->location(), cause));
    }
    if (m_desk->isOnServer()) {
        // No file here to check or replace: the server keeps its own storage sound, and its
        // backups (pg_dump) are its administrator's. The check's own connection would also
        // need the password the officer typed, which is kept nowhere.
        m_restoreAction->setEnabled(false);
        m_restoreAction->setStatusTip(tr("The office server's backups are restored by its "
                                         "administrator (pg_restore)"));
        m_checked = true;
        QTimer::singleShot(0, this, &DatabaseHealth::checked);
        return;
    }
    // It reads every page and competes for the disk and the two cores: after the first paint.
    afterFirstPaint(window, this, [this] { startQuickCheck(); });
}

DatabaseHealth::~DatabaseHealth()
{
    if (m_thread) {
        disconnect(m_thread, nullptr, this, nullptr);
        m_run->interrupt(); // seconds on a large file otherwise; its finding is not wanted now
        m_thread->wait();
        delete m_thread;
    }
}

void DatabaseHealth::startQuickCheck()
{
    // quick_check reads every page: on a large database that is seconds, beyond the start-up
    // budget (CONTRIBUTING.md, Benchmarks). It runs in a thread of its own, on a read-only
    // connection of its own (a connection belongs to one thread), while the window is shown; what
    // it finds arrives a moment later.
    struct Outcome
    {
        QStringList problems;
        bool damaged = false;
        qint64 ms = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_desk->location();
    m_run = std::make_shared<DeskMaintenance::QuickCheck>();
    m_thread = QThread::create([path, outcome, run = m_run] {
        QElapsedTimer timer;
        timer.start();
        const auto check = run->run(path);
        if (!check) {
            outcome->damaged = true;
            outcome->problems = {check.error().toString()};
        } else {
            outcome->damaged = !check->integrity.isEmpty();
            outcome->problems = check->integrity + check->schema;
        }
        outcome->ms = timer.elapsed();
    });
    m_thread->setObjectName(QStringLiteral("quickCheck"));
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_problems = outcome->problems;
        m_damaged = outcome->damaged;
        m_checkMs = outcome->ms;
        m_checked = true;
        log::info(QStringLiteral("quick check of %1: %2 in %3 ms")
                      .arg(m_desk->location(),
                           m_problems.isEmpty()
                               ? QStringLiteral("sound")
                               : QStringLiteral("%1 problem(s)").arg(m_problems.size()))
                      .arg(m_checkMs));
        if (!m_problems.isEmpty())
            reportProblems();
        emit checked();
    });
    m_thread->start(QThread::LowPriority);
}

void DatabaseHealth::reportProblems()
{
    for (const QString &problem : std::as_const(m_problems))
        log::error(QStringLiteral("quick check of %1: %2").arg(m_desk->location(), problem));
    const QString name = m_desk->displayName();
    const QString what =
        m_damaged ? tr("The database file %1 is damaged: SQLite's check found %n problem(s). "
                       "Work recorded now may be lost; restore the file from a backup.",
                       nullptr, int(m_problems.size()))
                        .arg(name)
                  : tr("The database file %1 is not as this GrantDesk makes it: its schema has "
                       "%n problem(s) (a table, index or trigger missing or changed). Restore "
                       "the file from a backup.",
                       nullptr, int(m_problems.size()))
                        .arg(name);
    QString details = m_problems.mid(0, 5).join(QLatin1Char('\n'));
    if (m_problems.size() > 5)
        details += QLatin1Char('\n') + tr("… and %n more", nullptr, int(m_problems.size() - 5));

    QLabel *banner = readonlymode::banner(m_window, QStringLiteral("databaseProblemBanner"));
    banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-bottom: 1px solid %3; }")
            .arg(palette::kDamageBanner.background.name(), palette::kDamageBanner.text.name(),
                 palette::kDamageBanner.border.name()));
    banner->setText(QStringLiteral("<b>%1</b> %2 <a href=\"restore\">%3</a>")
                        .arg(tr("Damaged database:").toHtmlEscaped(), what.toHtmlEscaped(),
                             m_restoreAction->isEnabled()
                                 ? tr("Restore from Backup…").toHtmlEscaped()
                                 : QString()));
    banner->setToolTip(details);
    connect(banner, &QLabel::linkActivated, this, [this] { showRestoreDialog(); });

    // Said at once too, with the way out on the box; non-modal, so the cases stay readable.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Damaged database"), what,
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("databaseProblem"));
    box->setDetailedText(m_problems.join(QLatin1Char('\n')));
    QPushButton *restore = box->addButton(tr("Restore from Backup…"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreFromProblem"));
    restore->setEnabled(m_restoreAction->isEnabled());
    connect(restore, &QPushButton::clicked, this, [this] { showRestoreDialog(); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

RestoreDialog *DatabaseHealth::showRestoreDialog()
{
    if (!m_restoreAction->isEnabled())
        return nullptr; // read-only
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    auto *dialog = new RestoreDialog(m_desk->location(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString backup = dialog->chosenBackup();
        if (!backup.isEmpty())
            emit restoreRequested(backup);
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace gd
