// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDate>
#include <QStringList>

#include "core/result.h"

namespace gd {
class Database;
}

namespace gd::demo {

/**
 * The demo applications whose review is decided, signed and countersigned, and whose
 * authorization the demo then takes through its life (docs/domain.md, "The authorization's
 * life"): one at every stage it can reach on the day it is loaded — awaiting the collective
 * decision, the approval, the agreement, the filing, the disclosure; not yet in force, in
 * force, expiring; suspended, revoked, terminated; not adopted. (Expired needs a term that
 * ended before the countersignature, which no act may precede.)
 */
QStringList lifecycleCases();

/**
 * Signs and countersigns the decided review of each lifecycle case with keys made for the
 * demo's two officers (nobody keeps them: what they signed verifies, nothing more can be
 * signed with them), then records each case's acts through LifecycleService, dated
 * @p today (the day of the countersignature: an act may not be dated before it). Cases
 * already countersigned keep what they have and get only the acts they still lack, so a
 * second load adds nothing.
 */
Status addLifecycles(const std::shared_ptr<Database> &db, const QDate &today);

} // namespace gd::demo
