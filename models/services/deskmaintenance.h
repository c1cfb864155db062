// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <memory>

#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/backup.h"
#include "domain/databasecheck.h"

namespace gd {

class CheckInterrupt;
class Desk;

/**
 * Looking after the desk's database file (issue 13 items 2 and 4), for the ui and the
 * programs: the checks (`db check`, the quick check on opening), whether and why the file is
 * read-only, and the backups beside it. What works on a closed file (listing and restoring
 * backups, the quick check on a connection of its own) takes the file's location; the rest
 * works on the open desk. Only this class's .cpp reaches the store (docs/architecture.md §1).
 */
class DeskMaintenance final
{
public:
    explicit DeskMaintenance(std::shared_ptr<Desk> desk);

    /**
     * Every check, never writing: the file's integrity (PRAGMA integrity_check), its schema
     * against the one this build's migrations create and, when the file is sound, the audit
     * trail from seq 1 (audit::verifyTrail: chain, checkpoints, signed cases).
     */
    Result<DatabaseCheck> check() const;
    /** What check() is doing, said before each part (a million applications take minutes). */
    enum class CheckPart
    {
        File,      // integrity and schema
        AuditTrail // the chain, its checkpoints and the signed cases
    };
    Result<DatabaseCheck> check(const std::function<void(CheckPart)> &starting) const;

    /**
     * What the GUI runs when it opens a database: PRAGMA quick_check and the schema check, on
     * a read-only connection of its own to @p location (so it may run in another thread).
     */
    static Result<DatabaseCheck> quickCheck(const QString &location);

    /**
     * quickCheck() as a run another thread can stop: a window closing on a large file
     * interrupts it at once instead of waiting seconds for PRAGMA quick_check.
     */
    class QuickCheck final
    {
    public:
        QuickCheck();
        ~QuickCheck();
        QuickCheck(const QuickCheck &) = delete;
        QuickCheck &operator=(const QuickCheck &) = delete;

        /** quickCheck(@p location), in the thread that calls it; an error once interrupted. */
        Result<DatabaseCheck> run(const QString &location);
        /** Any thread: run() returns at once, now or when it starts. */
        void interrupt();
        bool isInterrupted() const;

    private:
        std::unique_ptr<CheckInterrupt> m_interrupt;
    };

    /** Why the file at @p location can only be read (translated); empty when it can be written. */
    static QString readOnlyCause(const QString &location);
    /** Why a file may not be written by this process (docs/storage.md, read-only use). */
    enum class ReadOnlyFile
    {
        None,   // it may be written (or does not exist yet)
        File,   // the file exists and is read-only
        Folder, // the file exists in a folder that is read-only (no WAL, no lock, no backup)
    };
    /** Whether the file at @p location, existing, must be opened read-only, and why. */
    static ReadOnlyFile readOnlyFile(const QString &location);
    /** The schema version this build creates and migrates to. */
    static int schemaVersion();
    /** How long a second process waits for the first one's lock, in milliseconds. */
    static int busyTimeoutMs();
    /** Whether a storage problem (disk full, locked, damaged…) was met in this process. */
    static bool storageProblemSeen();

    /** The backups beside the database at @p location, newest first, each checked. */
    static QList<backups::Backup> backups(const QString &location);
    /** Checks one backup file as backups() does. */
    static backups::Backup inspectBackup(const QString &file);
    /**
     * Puts @p backup in place of the database at @p location, which must be closed (no desk
     * open on it); the file in place is kept beside it (store/backups.h).
     */
    static Result<backups::Restored> restore(const QString &location, const QString &backup);

    /**
     * A handle that expires when the database behind @p desk is closed: when every holder of
     * the desk, and of the connection core objects took from it, has gone (a restore needs it).
     */
    static std::weak_ptr<const void> watchClosing(const std::shared_ptr<Desk> &desk);

private:
    std::shared_ptr<Desk> m_desk;
};

} // namespace gd
