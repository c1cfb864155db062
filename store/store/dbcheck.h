// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <mutex>

#include "core/result.h"
#include "domain/databasecheck.h"

namespace gd {

class CheckInterrupt;
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
Result<DatabaseCheck> quickCheckDatabase(const std::shared_ptr<Database> &db,
                                         CheckInterrupt *interrupt = nullptr);

/**
 * Stops a quickCheckDatabase() that runs in another thread: the window closing on a 6 GB file
 * must not wait seconds for PRAGMA quick_check. interrupt() may come from any thread, before,
 * during or after the run; the run then returns an error at once (sqlite3_interrupt on the
 * check's own connection, guarded by the mutex, and a progress handler for the statements
 * after it).
 */
class CheckInterrupt final
{
public:
    void interrupt();
    bool isInterrupted() const { return m_interrupted.load(); }

    /** The check's thread: @p handle (sqlite3 *) runs the check; false when interrupted. */
    bool attach(void *handle);
    /** attach() to @p db's connection (an office server's is not stopped, only told after). */
    bool attach(const Database &db);
    /** The check's thread, before its connection closes. */
    void detach();

private:
    std::atomic_bool m_interrupted{false};
    std::mutex m_mutex;
    void *m_handle = nullptr; // sqlite3 *, only while attached; guarded by m_mutex
};

} // namespace gd
