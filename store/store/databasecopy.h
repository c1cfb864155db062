// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QPair>
#include <QString>

#include "core/result.h"

namespace gd {

class Database;

/** What a copy moved: each table's rows, in the order they were copied. */
struct CopyCounts
{
    QList<QPair<QString, qint64>> tables;
    qint64 total() const;
};

/**
 * Copies every row of a GrantDesk database @p from into the empty GrantDesk database @p to,
 * between engines or within one (issue 16, "moving in"): applications and their versions,
 * files and attachments, the register, reviews, feeds, acknowledgements, the audit chain, its
 * checkpoints and the recorded acts, keys kept, in one transaction on @p to. The search
 * index is built anew by @p to's engine. Columns one engine has and the other lacks (the
 * server's record of roles) are left to the target's defaults. Refused when @p to already
 * holds applications, reviews or audit events; whether the chain is intact before and after
 * is the caller's check (the audit is in the core).
 */
Result<CopyCounts> copyDatabase(const std::shared_ptr<Database> &from,
                                const std::shared_ptr<Database> &to);

/** The rows of each copied table in @p db, to compare a copy with its source. */
Result<CopyCounts> countRows(const std::shared_ptr<Database> &db);

} // namespace gd
