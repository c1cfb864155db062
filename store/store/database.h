// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QLockFile>
#include <QString>

#include "core/result.h"

namespace gd {

namespace sqlite {
struct DatabaseAccess; // store/sqlite/connection.h: the connection, for the store's own code
}
namespace dbfile {
struct Inspection;
}

/**
 * The embedded SQLite database: one file, WAL, foreign keys on, schema version in
 * PRAGMA user_version, marked with PRAGMA application_id (dbfile::kApplicationId). Opening
 * refuses any other SQLite file unchanged, migrates an older file in one transaction (after
 * one VACUUM INTO backup per source version when it holds data) and takes a lock, keyed on the
 * canonical path, so that a second instance is refused.
 * One object per thread; it owns a named SQLite connection, which only the store's own code
 * reaches (store/sqlite/connection.h): this header names no Qt SQL type, so the core can hold
 * a Database and open a Transaction without linking Qt6::Sql (docs/architecture.md §2).
 */
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr int kSchemaVersion = 9;
    /** How long a writer waits for another one's transaction before "busy". */
    static constexpr int kBusyTimeoutMs = 5000;

    struct Options
    {
        bool lock = true; // refuse a second process on the same file
        bool readOnly = false;
        /** How long to wait for another process's lock (the CLI waits; the GUI refuses). */
        int lockWaitMs = 0;
    };

    static Result<std::shared_ptr<Database>> open(const QString &path, Options options);
    static Result<std::shared_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }
    ~Database();

    QString path() const { return m_path; }
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
    friend struct sqlite::DatabaseAccess;
    Database(QString path, QString connectionName);
    /** Connection settings; a read-only connection changes nothing (not even the journal mode). */
    Status configure(bool readOnly);
    Status migrate(int from);
    /** Migrates a file older than kSchemaVersion, or marks an unmarked one; owner-only files. */
    Status bringUpToDate(const dbfile::Inspection &found);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
};

/**
 * RAII transaction, the store's unit of work: rolls back unless commit() succeeded. Built on
 * SAVEPOINT, so it nests: inside another Transaction it is atomic on its own and becomes
 * durable when the outermost one commits (the importer batches files this way). Every
 * repository write made on @p db while it is open joins it, so an edit and its audit event
 * are committed together. It runs the same statements as before it hid the connection:
 * SAVEPOINT when made, RELEASE on commit, ROLLBACK TO and RELEASE otherwise.
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
    QString m_connectionName; // the connection is looked up by name: no Qt SQL type here
    QString m_name;
    bool m_begun = false;
    bool m_done = false;
};

} // namespace gd
