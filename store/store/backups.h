// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

#include "core/result.h"

namespace gd::backups {

/** One backup of a database file, as File → Restore from Backup lists it. */
struct Backup
{
    QString path;
    QDateTime modified;
    qint64 size = 0;
    /** The source version of a backup made before an upgrade (NAME.vN.bak), else 0. */
    int madeBeforeUpgradeFrom = 0;
    int schemaVersion = -1; // PRAGMA user_version; -1 when it cannot be read
    /** What PRAGMA quick_check and the schema check (at its own version) found. */
    QStringList problems;

    bool sound() const { return problems.isEmpty(); }
};

/**
 * The backups beside @p database, newest first: the ones made before each upgrade
 * (NAME.vN.bak, docs/storage.md) and any other NAME…bak, each checked through a read-only,
 * immutable connection (nothing is written to it or beside it). Half-written copies (.part)
 * are not listed.
 */
QList<Backup> list(const QString &database);

/** Checks one backup file as list() does. */
Backup inspect(const QString &file);

/** Where restore() moved a damaged file aside, and what it copied into place. */
struct Restored
{
    QString keptAs;   // the damaged file, renamed; empty when there was none
    QString restored; // the backup copied
};

/**
 * Replaces the database @p database, which must be closed, by a copy of @p backup. The file
 * in place (and its -wal and -shm) is moved aside as NAME.damaged-yyyyMMdd-HHmmss, never
 * deleted; the backup is copied to NAME.restore.part, made owner-only (0600), flushed and
 * renamed into place. On a failure the damaged file is moved back and nothing else changes.
 */
Result<Restored> restore(const QString &database, const QString &backup);

} // namespace gd::backups
