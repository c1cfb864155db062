// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitoringsettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

#include "calendar/workcalendarfile.h"

namespace gd::monitoring {
namespace {

const QString kGroup = QStringLiteral("Monitoring");

int readInt(QSettings &settings, const QString &key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

} // namespace

MonitoringSettings MonitoringSettings::load(QSettings &settings)
{
    MonitoringSettings s;
    settings.beginGroup(kGroup);
    s.expiringDays = readInt(settings, QStringLiteral("expiringDays"), s.expiringDays, 0, 3660);
    s.incidentOpenDays =
        readInt(settings, QStringLiteral("incidentOpenDays"), s.incidentOpenDays, 0, 3660);
    s.filingWorkingDays =
        readInt(settings, QStringLiteral("filingWorkingDays"), s.filingWorkingDays, 0, 2000);
    const int month =
        readInt(settings, QStringLiteral("disclosureDueMonth"), s.disclosureDueMonth, 1, 12);
    const int day =
        readInt(settings, QStringLiteral("disclosureDueDay"), s.disclosureDueDay, 1, 31);
    settings.endGroup();
    // A due day not every year has (30 or 29 February) keeps the default date.
    if (isValidDueDay(month, day)) {
        s.disclosureDueMonth = month;
        s.disclosureDueDay = day;
    }
    return s;
}

bool MonitoringSettings::isValidDueDay(int month, int day)
{
    return QDate(2001, month, day).isValid(); // a year without 29 February
}

MonitoringSettings MonitoringSettings::load()
{
    QSettings settings;
    return load(settings);
}

void MonitoringSettings::save(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("expiringDays"), expiringDays);
    settings.setValue(QStringLiteral("incidentOpenDays"), incidentOpenDays);
    settings.setValue(QStringLiteral("filingWorkingDays"), filingWorkingDays);
    settings.setValue(QStringLiteral("disclosureDueMonth"), disclosureDueMonth);
    settings.setValue(QStringLiteral("disclosureDueDay"), disclosureDueDay);
    settings.endGroup();
}

QDate MonitoringSettings::disclosureDueDate(int year) const
{
    return QDate(year, disclosureDueMonth, disclosureDueDay);
}

int workingDaysBetween(const QDate &from, const QDate &to)
{
    return builtinWorkCalendar().workingDaysBetween(from, to);
}

QDate addWorkingDays(const QDate &from, int n)
{
    return builtinWorkCalendar().addWorkingDays(from, n);
}

QString workingDaysCaveat(const QDate &from, const QDate &to)
{
    const QList<int> missing = builtinWorkCalendar().uncoveredYears(from, to);
    if (missing.isEmpty())
        return {};
    QStringList years;
    for (int year : missing)
        years << QString::number(year);
    return QLatin1Char(' ') +
           QCoreApplication::translate("Monitoring",
                                       "Counted Monday to Friday only: the holiday calendar "
                                       "does not cover %1.")
               .arg(years.join(QStringLiteral(", ")));
}

} // namespace gd::monitoring
