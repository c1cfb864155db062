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
    /** filing_overdue: a plan or agreement not filed this many working days (Mon–Fri) after
     * its decision; overdue from the next working day. */
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

/** Working days (Monday to Friday) after @p from up to and including @p to; 0 when to ≤ from. */
int workingDaysBetween(const QDate &from, const QDate &to);
/** The day that is @p n working days after @p from. */
QDate addWorkingDays(const QDate &from, int n);

} // namespace gd::monitoring
