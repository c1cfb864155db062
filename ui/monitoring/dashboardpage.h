// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

#include "core/result.h"
#include "monitoring/indicators.h"
#include "services/monitoringservice.h"
#include "report/dashboardreport.h"

class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSplitter;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace gd {

class AlertPanel;
class Desk;
class IndicatorCard;
class MonitoringRefresher;
class WatchedFolder;

/**
 * The monitoring dashboard (docs/domain.md §7): four cards (授权程序 · 资源供给 · 运营效益 ·
 * 数据安全) with headline figures and a trend, charts below, the alert list on the right; the
 * period and the filter (implementing body, domain, mode, operator) above. Every figure, bar
 * and slice drills down to the cases behind it (applicationsRequested()). Feed files dropped
 * into the watched folder are imported while it runs and the dashboard follows.
 */
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(std::shared_ptr<Desk> desk, QWidget *parent = nullptr);
    ~DashboardPage() override;

    /** A row of the indicator table: its name, value, cases (in the locale's digits: a
     *  million applications give six-figure counts) and definition. */
    static QStringList indicatorRow(const monitoring::Indicator &indicator);

    /** Computes indicators, breakdowns and alerts again and shows them. */
    /** Asks for the figures of the current query; the page keeps showing the old ones until
     *  they arrive (computed off the UI thread), then emits refreshed(). */
    void refresh();
    /** True while figures asked for have not arrived yet. */
    bool isComputing() const;
    /** Refreshes now when visible, else the next time the page is shown. */
    void invalidate();

    const report::DashboardData &data() const { return m_data; }
    monitoring::IndicatorQuery query() const;
    void setPeriod(const QDate &from, const QDate &to);
    /** The day alerts and validity are judged on (default: today). */
    void setEvaluationDay(const QDate &on);
    void setFilter(const monitoring::MonitoringFilter &filter);

    IndicatorCard *card(monitoring::Dimension dimension) const;
    AlertPanel *alertPanel() const { return m_alerts; }
    WatchedFolder *watchedFolder() const { return m_watched; }
    /** The chart view of chart @p id ("calls", "domains"…), or nullptr. */
    QChartView *chartView(const QString &id) const;

    /** Drill-down: the cases behind indicator @p id / category @p index of chart @p chartId. */
    void drillDownIndicator(const QString &id);
    void drillDownChart(const QString &chartId, int index);
    /** The same for several categories at once (a ring's slice of the smaller ones). */
    void drillDownCategories(const QString &chartId, const QList<int> &indexes);

    /** Writes the dashboard as PDF / one indicator table as CSV to @p path (atomically). */
    Status exportPdf(const QString &path) const;
    Status exportCsv(monitoring::Dimension dimension, const QString &path) const;

signals:
    /** Show these cases in the inbox; @p label says what they are. */
    void applicationsRequested(const QStringList &ids, const QString &label);
    /** A message for the status bar. */
    void notify(const QString &message);
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeFilterBar();
    QWidget *makeCharts();
    QWidget *makeLeftColumn(QWidget *parent);
    void makeIndicatorTable();
    void followAlertsAndFeeds();
    void applyPreset();
    void filterChanged();
    void fillChoices();
    void showOverview(const MonitoringService::Overview &overview);
    void showData();
    /** The alert panel and the summary line say whether figures are being computed. */
    void showComputing();
    void showChart(const report::DashboardChart &chart);
    void showRing(QChart *c, const report::DashboardChart &chart);
    /** One slice of a ring: a category, or the smaller ones together. */
    struct RingSlice
    {
        QString label;
        double value = 0;
        QColor color;
        QList<int> categories; // indexes into the chart's categories
    };
    static QList<RingSlice> ringSlices(const report::charts::ChartData &d);
    void showSeries(QChart *c, const report::DashboardChart &chart);

    /** The months of a month chart and how far they are reported. */
    struct MonthSpan
    {
        QList<QDate> months;
        int reported = 0;     // months before this index have begun by the day figures stop
                              // and their feed has reported (IndicatorSeries::reportedMonths)
        int partial = -1;     // the month still being reported (its figures so far), or -1
        QString partialLabel; // its name in the legend: "Dec to date (partial)"
    };
    MonthSpan monthSpan(const QString &key) const;
    /** The span of @p months (first days, in order), of which the first @p fed are reported. */
    MonthSpan monthSpan(const QList<QDate> &months, qsizetype fed) const;
    static QAbstractAxis *categoryAxis(QChart *c, const report::charts::ChartData &d);
    static QAbstractAxis *monthAxis(QChart *c, const report::DashboardChart &chart);
    static void labelCategoryAxis(QBarCategoryAxis *axis, const QStringList &categories,
                                  double plotWidth);
    static void labelMonthAxis(QCategoryAxis *axis, const QList<QDate> &months, double plotWidth);
    QList<QAbstractSeries *> addBars(QChart *c, const report::DashboardChart &chart,
                                     const MonthSpan &span);
    QList<QAbstractSeries *> addLines(QChart *c, const report::DashboardChart &chart,
                                      const MonthSpan &span);
    void showIndicatorTable();
    void showNotice(const QString &text, bool problem, const QString &details = {});
    void exportPdfInteractive();
    void exportCsvInteractive(monitoring::Dimension dimension);
    QString filterText() const;

    std::shared_ptr<Desk> m_desk;
    report::DashboardData m_data;
    QList<report::DashboardChart> m_charts;
    QDate m_on;
    bool m_dirty = true;
    bool m_filling = false;

    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_body;
    QComboBox *m_domain;
    QComboBox *m_mode;
    QComboBox *m_operator;
    QToolButton *m_export;
    QLabel *m_notice;
    QLabel *m_summary;
    QString m_summaryText; // what the figures shown are: period, day, watched folder
    QList<IndicatorCard *> m_cards;
    QHash<QString, QChartView *> m_chartViews;
    QTabWidget *m_lowerTabs;
    QTreeWidget *m_table;
    AlertPanel *m_alerts;
    QSplitter *m_splitter;
    WatchedFolder *m_watched;
    MonitoringRefresher *m_refresher; // computes the figures off the UI thread
    QString m_requestedFilterText;    // of the figures asked for
    qint64 m_requestedAt = 0;         // ms since the epoch
};

} // namespace gd
