// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace gd {

/**
 * The one palette of the desk's widgets (docs/architecture.md §4). A colour always comes with a
 * text or a mark, never alone. Status colours of a case are InboxModel::statusColor; a dot
 * of that colour is ui/common/statusdot.h.
 */
namespace palette {
inline const QColor kOk{0x2e, 0x7d, 0x32};      // done, compliant, valid
inline const QColor kWarn{0xa8, 0x5a, 0x00};    // needs attention
inline const QColor kBad{0xb0, 0x1e, 0x1e};     // refused, non-compliant, an error
inline const QColor kMuted{0x6b, 0x6b, 0x6b};   // hints, secondary text
inline const QColor kHeading{0x2b, 0x4a, 0x6b}; // headings, the selected step

/** Chart series in order (modes compared, revenue and fee), and the neutral one (a limit). */
inline const QColor kSeries[] = {QColor(0x3b, 0x6e, 0xa8), QColor(0x4f, 0x9a, 0x6a),
                                 QColor(0xd0, 0x8a, 0x2e)};
inline const QColor kSeriesNeutral{0x9a, 0x9a, 0x9a};

/** The style sheet of a label written in @p colour: "color: #rrggbb". */
inline QString textStyle(const QColor &colour)
{
    return QStringLiteral("color: %1").arg(colour.name());
}

} // namespace palette

} // namespace gd
