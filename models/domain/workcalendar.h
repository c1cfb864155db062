// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace gd {

/** One year of the calendar and the notice its days come from. */
struct WorkCalendarYear
{
    int year = 0;
    QString notice;    // 国务院办公厅关于2026年部分节假日安排的通知
    QString reference; // 国办发明电〔2025〕7号
    QDate published;
};

/**
 * Working days as a government office counts them (docs/formats/calendar.md): Monday to
 * Friday, less the statutory holidays, plus the make-up working days (调休) on a weekend,
 * as the State Council's notice for each year sets them. A day in a year the calendar does
 * not cover counts Monday to Friday only; covers() says whether a span was counted in full.
 */
class WorkCalendar
{
public:
    QString version;
    QList<WorkCalendarYear> years;  // ascending, no duplicates
    QHash<QDate, QString> holidays; // day off -> the holiday it belongs to (春节)
    QHash<QDate, QString> workdays; // make-up working day on a weekend -> the holiday

    bool covers(int year) const;
    /** True when every year from @p from to @p to is covered. */
    bool covers(const QDate &from, const QDate &to) const;
    /** The years from @p from to @p to that are not covered, ascending. */
    QList<int> uncoveredYears(const QDate &from, const QDate &to) const;
    const WorkCalendarYear *year(int year) const;

    bool isWorkingDay(const QDate &day) const;
    /** Working days after @p from up to and including @p to; 0 when to ≤ from. */
    int workingDaysBetween(const QDate &from, const QDate &to) const;
    /** The day that is @p n working days after @p from (@p from itself when n ≤ 0). */
    QDate addWorkingDays(const QDate &from, int n) const;
};

} // namespace gd
