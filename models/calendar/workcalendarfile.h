// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/workcalendar.h"

namespace gd {

struct WorkCalendarParseOutcome
{
    std::optional<WorkCalendar> calendar;
    QList<Error> errors;
};

/**
 * Reads a working-day calendar (docs/formats/calendar.md); every problem is reported as
 * FILE: JSON.PATH: what, and nothing is returned unless the whole file is valid.
 */
WorkCalendarParseOutcome parseWorkCalendar(const QByteArray &json, const QString &label);

/** The calendar shipped with GrantDesk (":/calendar/workdays-cn-2026.1.json"). */
const WorkCalendar &builtinWorkCalendar();

} // namespace gd
