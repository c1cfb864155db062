// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include "core/result.h"
#include "domain/databasecheck.h"

// A store-internal header (store/sqlite/): the checks of store/dbcheck.h on a connection,
// which the backups also run on a backup file. Core, ui and app files may not include it.

namespace gd {

enum class Thoroughness
{
    Quick, // PRAGMA quick_check
    Full,  // PRAGMA integrity_check (indexes against their tables too)
};

/**
 * The file's integrity and, when it is sound, its schema against the one this build's
 * migrations create at @p version: a database at the current version, or a backup made
 * before an upgrade at its own. Never writes.
 */
Result<DatabaseCheck> checkFileAndSchema(const QSqlDatabase &connection, int version,
                                         Thoroughness thoroughness);

/**
 * The schema of @p connection against the one this build's migrations create at @p version
 * (a backup made before an upgrade is checked at its own version); the problems, named.
 */
Result<QStringList> schemaProblems(const QSqlDatabase &connection, int version);

} // namespace gd
