// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include "core/result.h"

namespace gd {

/** What `db copy` did: each table's rows, and the audit chain checked on both sides. */
struct DatabaseCopyReport
{
    QList<QPair<QString, qint64>> tables;
    qint64 eventsBefore = 0; // the source's chain, verified from seq 1 before copying
    qint64 eventsAfter = 0;  // the copy's chain, verified from seq 1 after
};

/**
 * Moves a workstation's data to the office server, or makes a self-contained archive of the
 * server in a file (issue 16, "moving in"): `grantdesk-cli db copy --from A --to B`, where
 * each is a file path or a postgresql:// locator.
 */
class DatabaseCopyService final
{
public:
    /**
     * Opens @p from read-only and verifies its audit trail (refused when broken), copies it
     * into @p to — a file that does not exist yet, or an empty server database — and verifies
     * the copy: its trail from seq 1 and every table's count against the source's. A copy
     * that fails any check is not kept: a new file is removed; the server's transaction was
     * rolled back or the mismatch is named.
     */
    static Result<DatabaseCopyReport> copy(const QString &from, const QString &to);
};

} // namespace gd
