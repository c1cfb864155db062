// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/review.h"

namespace gd {
class Database;
}

namespace gd::review {

/**
 * Writes @p changes to the review of @p state (taking the values from @p state) with one
 * audit event per answer, note or proposal change, in one transaction: the edit and its
 * record are committed together or not at all. Where the officer was (a step change) is
 * stored but not audited. The rule: a signed, countersigned or filed version is read-only,
 * because its package records the review; changing it needs a new version of the
 * application. A step change alone is still stored there.
 */
Status saveChanges(const std::shared_ptr<Database> &db, const ReviewState &state,
                   const QList<ReviewChange> &changes, const QString &actor);

} // namespace gd::review
