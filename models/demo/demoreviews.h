// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QMap>
#include <QString>

#include "core/result.h"

namespace gd {
class Database;
}

namespace gd::demo {

/**
 * Gives the demo cases reviews at every stage up to "decided", recorded through the
 * real review store (so each has its checklist answers and audit events): earlier
 * versions of resubmitted applications are reviewed and returned; of the latest
 * versions some stay received, some are in review, some await approval and some are
 * decided; resubmissions carry answers over from the returned version, one waiting for
 * the reviewer to confirm them, one sent back by the approver with comments. @p added
 * maps each application id to the versions this load added.
 */
Status addReviews(const std::shared_ptr<Database> &db, const QMap<QString, QList<int>> &added);

/** The demo's two officers: the reviewer (初审) and the approver (复核). */
QString reviewerName();
QString approverName();

} // namespace gd::demo
