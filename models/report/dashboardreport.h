// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <memory>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "monitoring/alerts.h"
#include "monitoring/dashboardbreakdown.h"
#include "monitoring/indicators.h"
#include "report/charts.h"
#include "report/pdfdocument.h"

class QTextDocument;

namespace gd::report {

/** Everything the monitoring dashboard shows, as computed once. */
struct DashboardData
{
    monitoring::IndicatorReport report;
    monitoring::DashboardBreakdown breakdown;
    QList<monitoring::Alert> alerts;
    QString filterText;    // translated description of the filter; empty: all cases
    QDateTime generatedAt; // when it was computed
};

/**
 * One chart of the dashboard: the data to draw (QtCharts on screen, charts.h on paper) and,
 * per category (bar group, slice, month), the applications behind it for drill-down.
 */
struct DashboardChart
{
    QString id; // "calls", "revenue", "domains", "modes", "incidents", "registration"
    monitoring::Dimension dimension = monitoring::Dimension::Procedure;
    charts::ChartData data;
    QList<QStringList> categoryIds; // one per data.categories
    /** Factor the values were divided by for drawing (10,000 for large figures), else 1. */
    double scale = 1;
    /** The chart as a page draws it, where that differs from data: the dashboard marks a
     *  month not yet whole (a paler bar, a point apart), a page cannot, so there a month chart's
     *  figures stop with the last whole month and its axis says so. */
    std::optional<charts::ChartData> paper;
};

/**
 * The six charts of the dashboard, titled and with axis labels: calls and revenue per month
 * (from the indicators' series), applications by domain and by mode, incidents by severity,
 * registration coverage (from the breakdown).
 */
QList<DashboardChart> dashboardCharts(const DashboardData &data);

/** Header of indicatorTableCsv() and of the tables in the PDF (translated). */
QStringList indicatorTableHeaders();

/**
 * The indicator table of one dimension as CSV (UTF-8 with a BOM, RFC 4180 quoting, CRLF): one
 * row per indicator (its main value) and one per secondary figure. Columns: indicator id,
 * indicator, measure key, measure, value (as `indicators --json` gives it), text, cases.
 */
QByteArray indicatorTableCsv(const monitoring::IndicatorReport &report,
                             monitoring::Dimension dimension);
/** "monitoring-procedure-2026-01-01_2026-12-31.csv" */
QString indicatorTableFileName(const monitoring::IndicatorReport &report,
                               monitoring::Dimension dimension);

/** Title of the dashboard report (translated). */
QString dashboardReportTitle();
/** The report as a document laid out for @p dpi (charts drawn at that resolution). */
std::unique_ptr<QTextDocument> dashboardDocument(const DashboardData &data, int dpi);
PageStyle dashboardPageStyle(const DashboardData &data);
/** The alerts the report lists one by one, at most: the most severe first (the engine's order).
 *  Every alert is counted by kind and severity above the list. 44,053 alerts at 100,000
 *  applications made a table the window waited minutes for (some 2,800 pages). */
inline constexpr qsizetype kReportAlertsListed = 1000;
/** The dashboard as an A4 PDF: the indicator tables of the four dimensions, the charts, the
 * alerts (counted by kind and severity, the kReportAlertsListed most severe listed). Needs a
 * QGuiApplication. */
Result<QByteArray> dashboardPdf(const DashboardData &data);

} // namespace gd::report
