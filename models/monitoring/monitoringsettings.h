// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

class QSettings;

namespace gd::monitoring {

/**
 * Thresholds of the risk alerts (settings group "Monitoring"; keys as the member names).
 * The defaults are the ones the issue names.
 */
struct MonitoringSettings
{
    /** expiring: an authorization ends within this many days (0…N inclusive). */
    int expiringDays = 30;
    /** incident_open: an incident open for more than this many days. */
    int incidentOpenDays = 7;
    /** filing_overdue: a plan or agreement not filed this many working days after its
     * decision (the holiday calendar, docs/formats/calendar.md); overdue from the next one. */
    int filingWorkingDays = 20;
    /** disclosure_due: the prior year's disclosure is due by this month and day. */
    int disclosureDueMonth = 3;
    int disclosureDueDay = 31;

    /** Reads group "Monitoring" of @p settings; missing or invalid values keep the default. */
    static MonitoringSettings load(QSettings &settings);
    /** Reads the application's default QSettings (as core/officer.h does). */
    static MonitoringSettings load();
    void save(QSettings &settings) const;

    /**
     * True when every year has day @p day of month @p month, so that a disclosure can be
     * due on it each year (29 February is not).
     */
    static bool isValidDueDay(int month, int day);

    /** The day the disclosure of year @p year - 1 is due in year @p year (31 March). */
    QDate disclosureDueDate(int year) const;
};

/*
 * Every deadline in working days goes through these, on GrantDesk's holiday calendar
 * (builtinWorkCalendar(): statutory holidays and make-up days of the State Council's notices).
 * Beyond the years it covers they count Monday to Friday; workingDaysCaveat() says so.
 */
/** Working days after @p from up to and including @p to; 0 when to ≤ from. */
int workingDaysBetween(const QDate &from, const QDate &to);
/** The day that is @p n working days after @p from. */
QDate addWorkingDays(const QDate &from, int n);
/**
 * Empty when the calendar covers every year from @p from to @p to; else a sentence (with a
 * leading space, to append to an alert's reason) that the count is Monday to Friday only.
 */
QString workingDaysCaveat(const QDate &from, const QDate &to);

} // namespace gd::monitoring
