// SPDX-License-Identifier: GPL-3.0-or-later
#include "workcalendar.h"

namespace gd {
namespace {

bool weekday(const QDate &day)
{
    return day.dayOfWeek() <= 5;
}

/** Monday-to-Friday days in (from, to]. */
qint64 weekdaysBetween(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to);
    const qint64 weeks = days / 7;
    qint64 count = weeks * 5;
    for (QDate d = from.addDays(weeks * 7); d < to;) {
        d = d.addDays(1);
        if (weekday(d))
            ++count;
    }
    return count;
}

} // namespace

bool WorkCalendar::covers(int y) const
{
    return year(y) != nullptr;
}

bool WorkCalendar::covers(const QDate &from, const QDate &to) const
{
    return uncoveredYears(from, to).isEmpty();
}

QList<int> WorkCalendar::uncoveredYears(const QDate &from, const QDate &to) const
{
    QList<int> missing;
    if (!from.isValid() || !to.isValid())
        return missing;
    const QDate first = qMin(from, to);
    const QDate last = qMax(from, to);
    for (int y = first.year(); y <= last.year(); ++y) {
        if (!covers(y))
            missing.append(y);
    }
    return missing;
}

const WorkCalendarYear *WorkCalendar::year(int y) const
{
    for (const WorkCalendarYear &entry : years) {
        if (entry.year == y)
            return &entry;
    }
    return nullptr;
}

bool WorkCalendar::isWorkingDay(const QDate &day) const
{
    if (!day.isValid())
        return false;
    if (workdays.contains(day))
        return true;
    return weekday(day) && !holidays.contains(day);
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    qint64 count = weekdaysBetween(from, to);
    // The calendar's days are few: correct the Monday-to-Friday count by each of them.
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it) {
        if (it.key() > from && it.key() <= to && weekday(it.key()))
            --count;
    }
    for (auto it = workdays.cbegin(); it != workdays.cend(); ++it) {
        if (it.key() > from && it.key() <= to && !weekday(it.key()))
            ++count;
    }
    return int(count);
}

QDate WorkCalendar::addWorkingDays(const QDate &from, int n) const
{
    QDate d = from;
    while (n > 0 && d.isValid()) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --n;
    }
    return d;
}

} // namespace gd
