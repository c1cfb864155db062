// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QLockFile>
#include <QString>

#include "core/result.h"

namespace gd {

namespace sql {
struct DatabaseAccess; // store/sql/connection.h: the connection, for the store's own code
class Dialect;
} // namespace sql
namespace postgres {
struct Opener; // store/postgres/pgdatabase.h: opens the office server's database
}
namespace dbfile {
struct Inspection;
}

/**
 * An open GrantDesk database: the embedded SQLite file of one workstation, or the office
 * server's PostgreSQL database (issue 16), chosen by what open() is given: a path, or a
 * locator postgresql://USER@HOST[:PORT]/DB (docs/storage.md). Both hold the same schema
 * version and are reached through the same repositories (store/repositories.h).
 *
 * The SQLite file: WAL, foreign keys on, schema version in
 * PRAGMA user_version, marked with PRAGMA application_id (dbfile::kApplicationId). Opening
 * refuses any other SQLite file unchanged, migrates an older file in one transaction (after
 * one VACUUM INTO backup per source version when it holds data) and takes a lock, keyed on the
 * canonical path, so that a second instance is refused.
 * One object per thread; it owns a named SQLite connection, which only the store's own code
 * reaches (store/sql/connection.h): this header names no Qt SQL type, so the core can hold
 * a Database and open a Transaction without linking Qt6::Sql (docs/architecture.md §2).
 */
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Engine
    {
        SQLite,
        PostgreSQL
    };

    static constexpr int kSchemaVersion = 12;
    /** How long a writer waits for another one's transaction before "busy". */
    static constexpr int kBusyTimeoutMs = 5000;

    struct Options
    {
        bool lock = true; // refuse a second process on the same file
        bool readOnly = false;
        /** How long to wait for another process's lock (the CLI waits; the GUI refuses). */
        int lockWaitMs = 0;
        /** The office server's password for this connection (the GUI's sign-in); empty:
         *  libpq's own (PGPASSWORD, ~/.pgpass, a client certificate). Never stored. */
        QString password;
    };

    static Result<std::shared_ptr<Database>> open(const QString &path, Options options);
    static Result<std::shared_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }
    ~Database();

    /** The file's path, or the server's locator (never a password). */
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    /** Whether @p locator names an office server (postgresql://…) rather than a file. */
    static bool isServerLocator(const QString &locator);
    /**
     * Creates the office server's database @p locator names (connecting to the server's
     * "postgres" database as the locator's user, who needs CREATEDB), unless it exists.
     * Opening it then creates the schema and the officers' group roles.
     */
    static Status createOnServer(const QString &locator);
    /** Opened with Options::readOnly: nothing may be written (SQLite refuses it too). */
    bool isReadOnly() const { return m_readOnly; }
    /** What an edit refused on a read-only database says, in the UI language. */
    static QString readOnlyRefusal();
    /**
     * Why the existing file @p path cannot be written by this process — it, or its folder, is
     * read-only — in the UI language; empty when it can (docs/storage.md, read-only use).
     */
    static QString readOnlyCause(const QString &path);
    int schemaVersion() const;

    /** Copies the whole database into @p target with VACUUM INTO. */
    Status backup(const QString &target) const;
    /** PRAGMA integrity_check; an error names what SQLite found. */
    Status integrityCheck() const;

    /** The default location: AppDataLocation/grantdesk.sqlite. */
    static QString defaultPath();

private:
    friend struct sql::DatabaseAccess;
    friend struct postgres::Opener;
    friend class Transaction;
    Database(QString path, QString connectionName, Engine engine);
    /** Connection settings; a read-only connection changes nothing (not even the journal mode). */
    Status configure(bool readOnly);
    Status migrate(int from);
    /** Migrates a file older than kSchemaVersion, or marks an unmarked one; owner-only files. */
    Status bringUpToDate(const dbfile::Inspection &found);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    Engine m_engine = Engine::SQLite;
    std::unique_ptr<sql::Dialect> m_dialect;
    /** Transactions open on the connection: PostgreSQL starts the outermost with BEGIN. */
    mutable int m_transactionDepth = 0;
};

/**
 * RAII transaction, the store's unit of work: rolls back unless commit() succeeded. Built on
 * SAVEPOINT, so it nests: inside another Transaction it is atomic on its own and becomes
 * durable when the outermost one commits (the importer batches files this way). Every
 * repository write made on @p db while it is open joins it, so an edit and its audit event
 * are committed together. On SQLite: SAVEPOINT when made, RELEASE on commit, ROLLBACK TO and
 * RELEASE otherwise. PostgreSQL takes savepoints only inside a transaction block, so there
 * the outermost one is BEGIN … COMMIT or ROLLBACK.
 */
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(const Database &db);
    ~Transaction();
    bool begun() const { return m_begun; }
    Status commit();

private:
    const Database *m_db;
    QString m_name;
    bool m_outermostBlock = false; // PostgreSQL: BEGIN rather than SAVEPOINT
    bool m_begun = false;
    bool m_done = false;
};

} // namespace gd
