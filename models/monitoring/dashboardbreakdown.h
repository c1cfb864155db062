// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "monitoring/indicators.h"

namespace gd {
class Database;
}

namespace gd::monitoring {

struct Snapshot;

/** One bar or slice of a dashboard chart, with the cases behind it (for drill-down). */
struct BreakdownItem
{
    QString key;   // domain name, mode code, severity code, registration status group
    QString label; // translated where the key is a code
    double value = 0;
    QStringList applicationIds; // sorted, no empty ids
};

/** A choice of a filter control: the value to filter by and what to show. */
struct FilterChoice
{
    QString value;
    QString label;
};

/**
 * What the dashboard charts beside the indicators (same filter and period rules as
 * IndicatorEngine, computed from the same Snapshot):
 *  - byDomain / byMode: applications submitted in the period (the cases of the
 *    "registration" indicator), by scenario domain and by authorization mode;
 *  - incidentsBySeverity: incidents opened in the period, per severity, least serious first
 *    (the counts of the "incidents" indicator);
 *  - registration: the resources those applications request, by registration status:
 *    "active" (active, changed, corrected), "cancelled", "unregistered";
 *  - callsByMonth: the call records of the "products" indicator by month, with the
 *    applications they name (only months with records).
 * The choices list every implementing body, domain, mode and operator in the database, so the
 * filter controls offer them whatever the current filter is.
 */
struct DashboardBreakdown
{
    QList<BreakdownItem> byDomain;
    QList<BreakdownItem> byMode;
    QList<BreakdownItem> incidentsBySeverity;
    QList<BreakdownItem> registration;
    /** Call records of the period by the month they start ("yyyy-MM"): calls, applications. */
    QList<BreakdownItem> callsByMonth;
    /** Every month of the period ("yyyy-MM", zeros included): decisions taken (approved,
     * conditionally approved, rejected) and applications submitted, with their ids. */
    QList<BreakdownItem> decisionsByMonth;
    QList<BreakdownItem> submissionsByMonth;
    QList<FilterChoice> implementingBodies;
    QList<FilterChoice> domains;
    QList<FilterChoice> modes;
    QList<FilterChoice> operators; // value: credit code; label: "name (code)"
};

/** The breakdowns for @p query (its period defaults as IndicatorEngine::compute's do). */
Result<DashboardBreakdown> computeDashboardBreakdown(const std::shared_ptr<Database> &db,
                                                     const IndicatorQuery &query);
/** The same on a snapshot already loaded. */
Result<DashboardBreakdown> computeDashboardBreakdown(const Snapshot &snapshot,
                                                     const IndicatorQuery &query);

/** The registration status groups of DashboardBreakdown::registration, in order. */
QStringList registrationGroups();
/** Translated label of a registration status group. */
QString registrationGroupLabel(const QString &group);

} // namespace gd::monitoring
