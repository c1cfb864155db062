// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscolours.h"

#include "common/palette.h"
#include "itemmodels/inboxmodel.h"

namespace gd::statuscolours {

QColor caseStatus(CaseStatus status)
{
    // Defined beside the inbox's model, which paints its rows with it and cannot include ui/.
    return InboxModel::statusColor(status);
}

QColor severity(monitoring::AlertSeverity severity)
{
    switch (severity) {
    case monitoring::AlertSeverity::Critical:
        return palette::kBad;
    case monitoring::AlertSeverity::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case monitoring::AlertSeverity::Info:
        break;
    }
    return palette::kSeries[0];
}

QString registrationMark(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Active:
        return QStringLiteral("✓");
    case RegistrationStatus::Changed:
    case RegistrationStatus::Corrected:
        return QStringLiteral("↻");
    case RegistrationStatus::Cancelled:
        return QStringLiteral("✗");
    case RegistrationStatus::Unregistered:
        return QStringLiteral("⚠");
    }
    return {};
}

} // namespace gd::statuscolours
