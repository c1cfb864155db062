// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "core/result.h"
#include "domain/databasecheck.h"

namespace gd {

class Database;

/**
 * Runs the store's checks on @p db: integrity, schema, and whether the audit trail's table
 * is there (auditTable); never writes to it. The trail itself is judged by the core
 * (DeskMaintenance::check runs this and then audit::verifyTrail). The reference schema is built by
 * running this version's migrations on an empty database in a temporary folder, so the check
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

} // namespace gd
