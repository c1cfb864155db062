// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QPair>
#include <QString>

#include "core/result.h"

namespace gd {

class Database;

/**
 * One open desk: the database an officer works on, as the ui and the programs hold it.
 * They never see the store behind it (docs/architecture.md §2): they hand the desk to the
 * core services (inbox, review, approval, export, audit, monitoring), and only those reach
 * the repositories. Opening refuses what Database::open refuses, with the same messages.
 */
class Desk final
{
    Q_DISABLE_COPY_MOVE(Desk)

public:
    struct Options
    {
        bool lock = true; // refuse a second process on the same file
        bool readOnly = false;
        /** How long to wait for another process's lock (the CLI waits; the GUI refuses). */
        int lockWaitMs = 0;
        /** The office server's password, when the officer typed it (never stored). */
        QString password;
    };

    /** Opens (creating and migrating as needed) the desk database at @p location. */
    static Result<std::shared_ptr<Desk>> open(const QString &location, Options options);
    static Result<std::shared_ptr<Desk>> open(const QString &location)
    {
        return open(location, Options{});
    }
    /** A desk over a database the caller opened (core code and tests). */
    static std::shared_ptr<Desk> over(std::shared_ptr<Database> database);
    ~Desk();

    /**
     * A second connection to the same database, read-only, for work off the UI thread (a
     * connection belongs to the thread that opens it: call this in that thread). It signs in
     * to an office server with the password this desk was opened with.
     */
    Result<std::shared_ptr<Desk>> openReader() const;

    /** The default location: the embedded database in AppDataLocation. */
    static QString defaultLocation();
    /**
     * Where the desktop program opens its database when not told (--db): the officer's choice
     * in Settings → Database, or the embedded default.
     */
    static QString startLocation();
    /** Keeps @p location (a server's locator, or empty for the embedded default). */
    static void setStartLocation(const QString &location);

    /** An office server's address as a form asks for it. */
    struct ServerAddress
    {
        QString host; // a host name, or the folder of a Unix socket ("/var/run/postgresql")
        int port = 5432;
        QString database;
        QString login;
        /** The locator's other settings (a client certificate's sslmode, sslcert…), kept as
         *  they were: the Database page does not show them and must not drop them. */
        QList<QPair<QString, QString>> options;
    };
    /** The locator of @p address: postgresql://LOGIN@HOST[:PORT]/DATABASE. */
    static QString serverLocation(const ServerAddress &address);
    /** The address @p location names, when it names an office server. */
    static std::optional<ServerAddress> serverAddress(const QString &location);

    /** How a window title names the database: the file's name, or the office server's
     *  USER@HOST/DATABASE. */
    QString displayName() const;
    /** Whether @p location names an office server (postgresql://…) rather than a file. */
    static bool isServerLocation(const QString &location);
    /** Whether this desk is an office server's (PostgreSQL) rather than a file. */
    bool isOnServer() const;
    /** Where the database is, as an officer would name it (a file path). */
    QString location() const;
    /** Opened read-only: every write is refused (the database refuses it too). */
    bool isReadOnly() const;
    /** What an edit refused on a read-only desk says, in the UI language. */
    static QString readOnlyRefusal();

    /**
     * The store behind the desk, for core services only. The type is incomplete outside the
     * store and the core (store headers are not on the ui's include path), so nothing above
     * the core can use it.
     */
    const std::shared_ptr<Database> &database() const { return m_database; }

private:
    explicit Desk(std::shared_ptr<Database> database);

    std::shared_ptr<Database> m_database;
    QString m_password; // the office server's, when typed: in memory for openReader(), never kept
};

} // namespace gd
