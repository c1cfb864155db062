// SPDX-License-Identifier: GPL-3.0-or-later
#include "desksession.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include "core/log.h"
#include "inbox/databasehealth.h"
#include "inbox/mainwindow.h"
#include "inbox/restoredialog.h"
#include "services/desk.h"
#include "services/deskmaintenance.h"

namespace gd {

DeskSession::DeskSession(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

DeskSession::~DeskSession()
{
    closeWindow();
}

void DeskSession::start()
{
    (void)open(); // or the box offering the restore dialog
}

bool DeskSession::open()
{
    Desk::Options options;
    const bool readOnly =
        m_options.readOnly || !DeskMaintenance::readOnlyCause(m_options.path).isEmpty();
    if (readOnly) {
        options.readOnly = true;
        options.lock = false; // a lock file could not be written either
    }
    options.password = m_password;
    auto desk = Desk::open(m_options.path, options);
    if (!desk) {
        log::error(desk.error().toString());
        if (Desk::isServerLocation(m_options.path))
            showServerFailure(desk.error().toString());
        else
            showOpenFailure(desk.error().toString());
        return false;
    }
    log::info(QStringLiteral("database %1 opened%2")
                  .arg(m_options.path, readOnly ? QStringLiteral(" read-only") : QString()));
    m_desk = desk.value();
    if (m_options.prepare)
        m_options.prepare(m_desk);
    auto *window = new MainWindow(m_desk);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_window = window;
    if (auto *health = window->findChild<DatabaseHealth *>()) {
        // Queued: the dialog that asked is the window's child and goes with it.
        connect(health, &DatabaseHealth::restoreRequested, this, &DeskSession::restore,
                Qt::QueuedConnection);
    }
    window->show();
    QApplication::setQuitOnLastWindowClosed(true);
    emit windowOpened(window);
    return true;
}

void DeskSession::showOpenFailure(const QString &message)
{
    // No window yet: the program must not end when this box closes to show the restore dialog.
    QApplication::setQuitOnLastWindowClosed(false);
    auto *box = new QMessageBox(
        QMessageBox::Critical, tr("GrantDesk"),
        tr("The database could not be opened.\n\n%1\n\nIf the file is damaged, a backup can "
           "be put in its place; the file itself is kept.")
            .arg(message));
    box->setObjectName(QStringLiteral("databaseOpenError"));
    QPushButton *restoreButton =
        box->addButton(tr("Restore from &Backup…"), QMessageBox::AcceptRole);
    restoreButton->setObjectName(QStringLiteral("restoreFromOpenError"));
    // Asked to write nothing (--read-only), or unable to: the file is not replaced.
    const bool readOnly =
        m_options.readOnly || !DeskMaintenance::readOnlyCause(filePath()).isEmpty();
    restoreButton->setEnabled(!readOnly);
    if (readOnly)
        restoreButton->setToolTip(Desk::readOnlyRefusal());
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::RejectRole);
    box->setDefaultButton(restoreButton);
    box->setEscapeButton(quit);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        box, &QMessageBox::buttonClicked, this, [this, restoreButton, message](QAbstractButton *b) {
            if (b != restoreButton) {
                QCoreApplication::exit(1);
                return;
            }
            QMetaObject::invokeMethod(
                this,
                [this, message] {
                    auto *dialog = new RestoreDialog(filePath());
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    connect(dialog, &QDialog::finished, this, [this, dialog, message](int result) {
                        const QString backup = dialog->chosenBackup();
                        QMetaObject::invokeMethod(
                            this,
                            [this, backup, message, result] {
                                if (result == QDialog::Accepted && !backup.isEmpty())
                                    restore(backup);
                                else
                                    showOpenFailure(message); // back to the choice
                            },
                            Qt::QueuedConnection);
                    });
                    dialog->show();
                },
                Qt::QueuedConnection);
        });
    m_failure = box;
    box->show();
}

void DeskSession::showServerFailure(const QString &message)
{
    // No backup to restore on a server: sign in (the password is kept for this run only),
    // or work on this workstation's own database, or stop.
    QApplication::setQuitOnLastWindowClosed(false);
    const auto address = Desk::serverAddress(m_options.path).value_or(Desk::ServerAddress{});
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("GrantDesk"),
        tr("The office server could not be opened.\n\n%1\n\nSign in with your password, or "
           "work on this workstation's database for now.")
            .arg(message));
    box->setObjectName(QStringLiteral("serverOpenError"));
    QPushButton *signIn = box->addButton(tr("&Sign In…"), QMessageBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("signInToServer"));
    QPushButton *local =
        box->addButton(tr("&Use This Workstation's Database"), QMessageBox::ActionRole);
    local->setObjectName(QStringLiteral("useWorkstationDatabase"));
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::RejectRole);
    box->setDefaultButton(signIn);
    box->setEscapeButton(quit);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        box, &QMessageBox::buttonClicked, this, [this, signIn, local, address](QAbstractButton *b) {
            if (b == local) {
                m_options.path = Desk::defaultLocation();
                m_password.clear();
            } else if (b == signIn) {
                bool ok = false;
                const QString password =
                    QInputDialog::getText(nullptr, tr("Sign In"),
                                          tr("Password of %1 on the office server (database %2):")
                                              .arg(address.login, address.database),
                                          QLineEdit::Password, QString(), &ok);
                if (!ok) {
                    QCoreApplication::exit(1);
                    return;
                }
                m_password = password;
            } else {
                QCoreApplication::exit(1);
                return;
            }
            QMetaObject::invokeMethod(
                this, [this] { (void)open(); }, Qt::QueuedConnection);
        });
    m_failure = box;
    box->show();
}

void DeskSession::closeWindow()
{
    if (m_window) {
        MainWindow *window = m_window;
        window->saveSettings();
        window->hide();
        delete window; // reviews save what is pending; every holder of the desk goes
    }
    m_window = nullptr;
}

QString DeskSession::filePath() const
{
    // The file itself, not a link to it: the link is not what is moved aside.
    const QFileInfo given(m_options.path);
    return given.exists() ? given.canonicalFilePath() : given.absoluteFilePath();
}

bool DeskSession::restore(const QString &backup)
{
    // Keep the program alive while its only window is replaced.
    QApplication::setQuitOnLastWindowClosed(false);
    closeWindow();
    const std::weak_ptr<const void> closing = DeskMaintenance::watchClosing(m_desk);
    m_desk.reset();
    QString message;
    bool ok = false;
    if (!closing.expired()) {
        message = tr("The database is still in use; nothing was restored.");
    } else if (const auto restored = DeskMaintenance::restore(filePath(), backup); !restored) {
        message = tr("The backup could not be restored: %1").arg(restored.error().toString());
    } else {
        ok = true;
        message = restored->keptAs.isEmpty()
                      ? tr("%1 was restored from %2.")
                            .arg(QFileInfo(m_options.path).fileName(),
                                 QDir::toNativeSeparators(restored->restored))
                      : tr("%1 was restored from %2. The file that was in its place is kept as "
                           "%3.")
                            .arg(QFileInfo(m_options.path).fileName(),
                                 QDir::toNativeSeparators(restored->restored),
                                 QDir::toNativeSeparators(restored->keptAs));
    }
    log::info(QStringLiteral("restore: %1").arg(message));
    if (m_failure)
        m_failure->close();
    if (!open()) {
        // The box offering the restore again is up; it says what the restore did, too.
        if (m_failure && !ok)
            m_failure->setInformativeText(message);
    } else {
        auto *box =
            new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
                            tr("Restore from Backup"), message, QMessageBox::Close, m_window);
        box->setObjectName(QStringLiteral("restoreResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }
    emit restoreFinished(ok, message);
    return ok;
}

} // namespace gd
