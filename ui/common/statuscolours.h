// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include "domain/register.h"
#include "domain/workflow.h"
#include "monitoring/alerts.h"

namespace gd {

/**
 * The status colours of the desk, in one place: a case's status (the inbox, the detail pane,
 * the review's header) and an alert's severity (the alert panel, its filter); and the mark of
 * a resource's registration status (the detail pane, the review's resources page).
 */
namespace statuscolours {

/** The colour of a case in @p status; the inbox's model paints its rows with the same. */
QColor caseStatus(CaseStatus status);
/** Critical red, warning amber, information blue. */
QColor severity(monitoring::AlertSeverity severity);
/** ✓ active, ↻ changed or corrected, ✗ cancelled, ⚠ unregistered. */
QString registrationMark(RegistrationStatus status);

} // namespace statuscolours

} // namespace gd
