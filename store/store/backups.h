// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

#include "core/result.h"
#include "domain/backup.h"

namespace gd::backups {

/**
 * The backups beside @p database, newest first: the ones made before each upgrade
 * (NAME.vN.bak, docs/storage.md) and any other NAME…bak, each checked through a read-only,
 * immutable connection (nothing is written to it or beside it). Half-written copies (.part)
 * are not listed.
 */
QList<Backup> list(const QString &database);

/** Checks one backup file as list() does. */
Backup inspect(const QString &file);

/**
 * Replaces the database @p database, which must be closed, by a copy of @p backup. The file
 * in place (and its -wal and -shm) is moved aside as NAME.damaged-yyyyMMdd-HHmmss, never
 * deleted; the backup is copied to NAME.restore.part, made owner-only (0600), flushed and
 * renamed into place. On a failure the damaged file is moved back and nothing else changes.
 */
Result<Restored> restore(const QString &database, const QString &backup);

} // namespace gd::backups
