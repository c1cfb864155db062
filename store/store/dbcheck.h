// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QStringList>

#include "core/result.h"

namespace gd {

class Database;

/**
 * What `grantdesk-cli db check` finds in a database (issue 13 item 2): the file's own
 * integrity, its schema against the one this GrantDesk creates, and the audit trail.
 * Each list is empty when that part is sound; the texts name the table, index, trigger or
 * event concerned.
 */
struct DatabaseCheck
{
    QStringList integrity; // PRAGMA integrity_check, verbatim (SQLite's own words)
    QStringList schema;    // missing, extra or altered tables, columns, indexes, triggers
    QStringList audit;     // the chain, or data with no events at all
    qint64 events = 0;     // audit events hashed
    qint64 unanchored = 0; // events after the newest signed checkpoint

    bool ok() const { return integrity.isEmpty() && schema.isEmpty() && audit.isEmpty(); }
};

/**
 * Runs every check on @p db; never writes to it. The reference schema is built by running
 * this version's migrations on an empty database in a temporary folder, so the check
 * follows the migrations and holds no second copy of the schema. A dropped trigger (the one
 * that keeps audit events from being deleted, say) is a schema problem.
 */
Result<DatabaseCheck> checkDatabase(const std::shared_ptr<Database> &db);

/**
 * What the GUI runs when it opens a database: PRAGMA quick_check (O(N), without the index
 * cross-checks of integrity_check) and the schema check; the audit trail is left to its own
 * check since the last checkpoint. Never writes.
 */
Result<DatabaseCheck> quickCheckDatabase(const std::shared_ptr<Database> &db);

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
