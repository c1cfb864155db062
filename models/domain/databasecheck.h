// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gd {

/**
 * What `grantdesk-cli db check` finds in a database (issue 13 item 2): the file's own
 * integrity, its schema against the one this GrantDesk creates, and the audit trail.
 * Each list is empty when that part is sound; the texts name the table, index, trigger or
 * event concerned.
 */
struct DatabaseCheck
{
    QStringList integrity;   // PRAGMA integrity_check, verbatim (SQLite's own words)
    QStringList schema;      // missing, extra or altered tables, columns, indexes, triggers
    QStringList audit;       // the chain, or data with no events at all
    qint64 events = 0;       // audit events hashed
    qint64 unanchored = 0;   // events after the newest signed checkpoint
    bool auditTable = false; // the store found table audit_events (the trail can be read)

    bool ok() const { return integrity.isEmpty() && schema.isEmpty() && audit.isEmpty(); }
};

} // namespace gd
