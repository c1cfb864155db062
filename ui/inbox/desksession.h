// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>

class QMessageBox;

namespace gd {

class Desk;
class MainWindow;

/**
 * The desktop program's database and main window, from opening to restoring: opens the
 * database — read-only when asked or when the file or its folder cannot be written — and
 * shows the window; when the database cannot be opened at all, a box says why and offers the
 * restore dialog instead of only quitting. File → Restore from Backup… ends here too: the
 * window and the database are closed, the backup put in place and both opened again.
 */
class DeskSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSession)

public:
    struct Options
    {
        QString path;
        bool readOnly = false; // --read-only
        /** Called with each database opened, before its window is made (the demo data). */
        std::function<void(const std::shared_ptr<Desk> &)> prepare;
    };

    explicit DeskSession(Options options, QObject *parent = nullptr);
    ~DeskSession() override;

    /** Opens the database and shows the window, or the box offering the restore dialog. */
    void start();
    MainWindow *window() const { return m_window; }
    std::shared_ptr<Desk> desk() const { return m_desk; }
    /** The box shown when the database could not be opened; null otherwise. */
    QMessageBox *openFailure() const { return m_failure; }
    /**
     * Closes the window and the database, restores @p backup in place of the file (which is
     * kept as NAME.damaged-…) and opens it again; false (and said) when it failed.
     */
    bool restore(const QString &backup);

signals:
    /** A window was opened on a database (at the start or after a restore). */
    void windowOpened(gd::MainWindow *window);
    /** What a restore did, or why it failed, in the UI language. */
    void restoreFinished(bool ok, const QString &message);

private:
    bool open();
    void showOpenFailure(const QString &message);
    /** An office server that could not be opened: sign in, or this workstation's database. */
    void showServerFailure(const QString &message);
    void closeWindow();
    QString filePath() const;

    Options m_options;
    std::shared_ptr<Desk> m_desk;
    QPointer<MainWindow> m_window;
    QPointer<QMessageBox> m_failure;
    QString m_password; // the office server's, when the officer signed in; never stored
};

} // namespace gd
