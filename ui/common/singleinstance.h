// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace gd {

/**
 * One GrantDesk window per database: a second start on the same database hands its package
 * files to the running one, which raises its window and verifies them, and then ends, instead
 * of refusing because the database is in use.
 *
 * The running program listens on a local socket in the user's own data folder (0700), named
 * after the database's canonical path, so another user cannot take the name or listen in. When
 * the socket cannot be made (a path too long for a socket, a folder not writable) each start
 * stands alone, as before.
 */
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    /** @p database: the database file; @p folder: where the socket lives (owner-only). */
    SingleInstance(const QString &database, const QString &folder, QObject *parent = nullptr);
    ~SingleInstance() override;

    /**
     * Hands @p packages to a program already running on this database; true when it took
     * them (within @p waitMs), and then this start should end.
     */
    bool handToRunning(const QStringList &packages, int waitMs = 2000) const;
    /** Starts answering later starts; false (and nothing changes) when the socket cannot be made.
     */
    bool listen();

    QString socketPath() const { return m_socket; }

signals:
    /** A later start on the same database asked to be shown, with its package files. */
    void activated(const QStringList &packages);

private:
    void answer();

    QString m_socket;
    QLocalServer *m_server = nullptr;
};

} // namespace gd
