// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "core/result.h"

namespace gd {

class Database;

/**
 * Files whose writing is part of a database change (signed packages): a redo log that makes
 * "the file is written and the case moved on" atomic across a kill.
 *
 * Protocol (PendingFiles::write): (1) the bytes go to a temporary file beside the target
 * (QSaveFile), which proves the folder writable and the disk large enough; (2) in ONE
 * transaction the caller records the change (status, audit event) and record() stores the
 * target path, the bytes and their SHA-256 in pending_files; (3) commit; (4) the temporary
 * file is fsynced and renamed over the target; (5) the pending row is deleted.
 * A kill before (3) leaves the case unchanged and no package (at most a stray temporary
 * file, never the target). A kill after (3) leaves the change committed with the package's
 * bytes in the database: reconcile(), run by Database::open, writes every pending file whose
 * target does not hold exactly those bytes (atomically again) and deletes the row. So after
 * the next start there is either no package and no change, or both.
 */
class PendingFiles
{
public:
    virtual ~PendingFiles() = default;

    /** Step (2): inside the caller's transaction, notes that @p path must hold @p data. */
    virtual Status record(const QString &path, const QByteArray &data) = 0;
    /** Step (5): the file is in place. */
    virtual Status done(const QString &path) = 0;
    /** Completes every recorded file; the number of files written. */
    virtual Result<int> reconcile() = 0;
};

} // namespace gd
