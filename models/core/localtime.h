// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace gd::localtime {

/**
 * A moment as officers read it, on screen and in the PDF alike: date with year and time to
 * the minute in this computer's time zone, "2026-12-05 20:10"; "—" when @p at is not valid.
 */
QString dateTime(const QDateTime &at);

/** dateTime() followed by the zone it is in, "2026-12-05 20:10 (UTC+08:00)": for the PDF. */
QString dateTimeWithZone(const QDateTime &at);

/** The date of @p at in this computer's time zone, "2026-12-05"; "—" when not valid. */
QString date(const QDateTime &at);

} // namespace gd::localtime
