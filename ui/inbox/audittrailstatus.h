// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

class QStatusBar;
class QWidget;

namespace gd {

class Desk;

/**
 * The audit trail in the main window (issue 13 item 1), kept out of MainWindow.
 *
 * On opening: checks the trail since the last verified checkpoint (AuditService::
 * checkSinceCheckpoint) in a thread of its own ("auditOpeningCheck", a child of @p bar while
 * it runs); when it is broken, logs it and adds a warning ("auditTrailWarning") to @p bar
 * whose tooltip names the problem. Signing and acknowledging check the trail themselves
 * (audit::refuseBrokenTrail), whatever this shows.
 */
void warnIfAuditTrailBroken(QStatusBar *bar, const std::shared_ptr<Desk> &desk);

/**
 * Tools → Verify Audit Trail: the full check (AuditService::Verification) in a thread of its
 * own, "Verifying…" with a Stop button while it runs ("auditVerifying"), then a non-modal box
 * ("auditResult") on @p parent with the unanchored tail. Asked again while it runs, brings the
 * running one forward.
 */
void showAuditTrailVerification(QWidget *parent, const std::shared_ptr<Desk> &desk);

} // namespace gd
