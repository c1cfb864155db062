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

#include "common/readonlymode.h"
#include "core/log.h"
#include "inbox/restoredialog.h"
#include "store/database.h"
#include "store/dbcheck.h"

namespace gd {

DatabaseHealth::DatabaseHealth(std::shared_ptr<Database> db, QMainWindow *window)
    : QObject(window)
    , m_db(std::move(db))
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

    if (m_db->isReadOnly()) {
        QString cause = Database::readOnlyCause(m_db->path());
        if (cause.isEmpty())
            cause = tr("as asked with --read-only");
        readonlymode::mark(window, cause);
        log::info(QStringLiteral("database %1 open read-only (%2)").arg(m_db->path(), cause));
    }
    runQuickCheck();
}

void DatabaseHealth::runQuickCheck()
{
    QElapsedTimer timer;
    timer.start();
    const auto check = quickCheckDatabase(m_db);
    m_checkMs = timer.elapsed();
    if (!check) {
        m_damaged = true;
        m_problems = {check.error().toString()};
    } else {
        m_damaged = !check->integrity.isEmpty();
        m_problems = check->integrity + check->schema;
    }
    log::info(QStringLiteral("quick check of %1: %2 in %3 ms")
                  .arg(m_db->path(), m_problems.isEmpty()
                                         ? QStringLiteral("sound")
                                         : QStringLiteral("%1 problem(s)").arg(m_problems.size()))
                  .arg(m_checkMs));
    if (!m_problems.isEmpty())
        reportProblems();
}

void DatabaseHealth::reportProblems()
{
    for (const QString &problem : std::as_const(m_problems))
        log::error(QStringLiteral("quick check of %1: %2").arg(m_db->path(), problem));
    const QString name = QFileInfo(m_db->path()).fileName();
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
    banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fde2e2; color: #7a1010; border-bottom: 1px solid #e3a0a0; }"));
    banner->setText(QStringLiteral("<b>%1</b> %2 <a href=\"restore\">%3</a>")
                        .arg(tr("Damaged database:").toHtmlEscaped(), what.toHtmlEscaped(),
                             tr("Restore from Backup…").toHtmlEscaped()));
    banner->setToolTip(details);
    connect(banner, &QLabel::linkActivated, this, [this] { showRestoreDialog(); });

    // Said at once too, with the way out on the box; non-modal, so the cases stay readable.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Damaged database"), what,
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("databaseProblem"));
    box->setDetailedText(m_problems.join(QLatin1Char('\n')));
    QPushButton *restore = box->addButton(tr("Restore from Backup…"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreFromProblem"));
    connect(restore, &QPushButton::clicked, this, [this] { showRestoreDialog(); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

RestoreDialog *DatabaseHealth::showRestoreDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    auto *dialog = new RestoreDialog(m_db->path(), m_window);
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
