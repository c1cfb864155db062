// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardPage: the charts (Qt Charts) drawn from the report's chart data, and their drill-down.
#include "dashboardpage.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLocale>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTextDocument>
#include <QTime>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "common/charts.h"
#include "common/palette.h"
#include "common/filedialogs.h"
#include "core/log.h"
#include "monitoring/alertpanel.h"
#include "monitoring/alerts.h"
#include "monitoring/dashboardbreakdown.h"
#include "monitoring/indicatorcard.h"
#include "monitoring/watchedfolder.h"
#include "pricing/rulelibrary.h"
#include "services/monitoringservice.h"

namespace gd {
namespace {

using monitoring::Dimension;
namespace charts = report::charts;

/** Axis range and tick count: whole numbers for small counts, else "nice" ticks. */
void setValueRange(QValueAxis *axis, double maximum, bool whole)
{
    if (whole && maximum <= 6) {
        const int top = std::max(1, int(std::ceil(maximum)));
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        return;
    }
    const QList<double> ticks = charts::niceTicks(0, std::max(maximum, 1.0), 4);
    axis->setRange(0, ticks.isEmpty() ? std::max(maximum, 1.0) : ticks.last());
    axis->setTickCount(ticks.isEmpty() ? 5 : int(ticks.size()));
    const double step = ticks.size() > 1 ? ticks.at(1) - ticks.at(0) : 1;
    axis->setLabelFormat(step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

} // namespace

QWidget *DashboardPage::makeCharts()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *panel = new QWidget(scroll);
    auto *grid = new QGridLayout(panel);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    const QStringList ids = {QStringLiteral("calls"),     QStringLiteral("revenue"),
                             QStringLiteral("domains"),   QStringLiteral("modes"),
                             QStringLiteral("incidents"), QStringLiteral("registration")};
    for (int i = 0; i < ids.size(); ++i) {
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setAlignment(Qt::AlignBottom);
        QFont legendFont = font();
        legendFont.setPointSizeF(std::max(7.0, legendFont.pointSizeF() * 0.85));
        chart->legend()->setFont(legendFont);
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto *view = new QChartView(chart, panel);
        view->setObjectName(ids.at(i) + QStringLiteral("Chart"));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 225);
        grid->addWidget(view, i / 3, i % 3);
        m_chartViews.insert(ids.at(i), view);
    }
    scroll->setWidget(panel);
    return scroll;
}

void DashboardPage::showChart(const report::DashboardChart &chart)
{
    QChartView *view = m_chartViews.value(chart.id);
    if (!view)
        return;
    QChart *c = view->chart();
    clearChart(c);
    c->setTitle(chart.data.title);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    // Domains: many names of several characters, which no axis of this size shows whole; a
    // ring with a legend names every one (the printed report draws bars, it has the room).
    if (chart.data.kind == charts::ChartData::Kind::Pie || chart.id == QLatin1String("domains"))
        showRing(c, chart);
    else
        showSeries(c, chart);
}

/** A pie or ring: one slice per category, its share in the legend; a click drills down. */
void DashboardPage::showRing(QChart *c, const report::DashboardChart &chart)
{
    const charts::ChartData &d = chart.data;
    const QString id = chart.id;
    auto *series = new QPieSeries(c);
    series->setPieSize(0.62);
    if (!d.centerText.isEmpty() || d.donut)
        series->setHoleSize(0.35);
    const QList<double> values = d.series.value(0).values;
    double total = 0;
    for (double v : values)
        total += v;
    for (int i = 0; i < d.categories.size(); ++i) {
        const double v = values.value(i);
        auto *slice = series->append(
            tr("%1: %2").arg(d.categories.at(i), d.format ? d.format(v) : QString::number(v)), v);
        const QColor color = d.categoryColors.value(i).isValid() ? d.categoryColors.value(i)
                                                                 : charts::paletteColor(i);
        slice->setColor(color);
        slice->setBorderColor(palette::kPlain);
        slice->setLabelVisible(false); // the legend names it, with its share
        connect(slice, &QPieSlice::clicked, this, [this, id, i] { drillDownChart(id, i); });
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
    }
    c->addSeries(series);
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignRight);
    c->legend()->setShowToolTips(true);
    // Shares in the legend too, so nothing needs a label on the ring.
    const auto markers = c->legend()->markers(series);
    for (int i = 0; i < markers.size() && i < values.size(); ++i) {
        if (total > 0)
            markers.at(i)->setLabel(
                tr("%1 (%2%)")
                    .arg(markers.at(i)->label())
                    .arg(QLocale().toString(100.0 * values.at(i) / total, 'f', 0)));
    }
    if (total <= 0)
        c->setTitle(d.title + QStringLiteral("\n") + tr("(nothing in this period)"));
}

/** Bars or lines over the categories, with a value axis; a click on a bar or point drills down. */
void DashboardPage::showSeries(QChart *c, const report::DashboardChart &chart)
{
    const charts::ChartData &d = chart.data;
    const QString id = chart.id;
    auto *x = new QBarCategoryAxis(c);
    const bool months = chart.id == QLatin1String("calls") || chart.id == QLatin1String("revenue");
    x->append(d.categories);
    x->setTitleText(d.xLabel);
    auto *y = new QValueAxis(c);
    y->setTitleText(d.yLabel);
    double maximum = 0;
    for (const charts::Series &s : d.series)
        for (double v : s.values)
            maximum = std::max(maximum, v);
    setValueRange(y, maximum, chart.scale == 1 && chart.id != QLatin1String("revenue"));
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.82));
    x->setLabelsFont(small);
    y->setLabelsFont(small);
    x->setTitleFont(small);
    y->setTitleFont(small);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    if (d.kind == charts::ChartData::Kind::Bar) {
        auto *series = new QBarSeries(c);
        for (const charts::Series &s : d.series) {
            auto *set = new QBarSet(s.name, series);
            for (double v : s.values)
                set->append(v);
            set->setColor(s.color.isValid() ? s.color : charts::paletteColor(0));
            series->append(set);
        }
        series->setLabelsVisible(!months);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        connect(series, &QBarSeries::clicked, this,
                [this, id](int index, QBarSet *) { drillDownChart(id, index); });
        c->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    } else {
        for (const charts::Series &s : d.series) {
            auto *series = new QLineSeries(c);
            series->setName(s.name);
            for (int i = 0; i < s.values.size(); ++i)
                series->append(i, s.values.at(i));
            series->setPointsVisible(true);
            series->setPen(QPen(s.color.isValid() ? s.color : charts::paletteColor(1), 2));
            connect(series, &QLineSeries::clicked, this, [this, id](const QPointF &point) {
                drillDownChart(id, int(std::lround(point.x())));
            });
            c->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        }
    }
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignBottom);
}

QChartView *DashboardPage::chartView(const QString &id) const
{
    return m_chartViews.value(id);
}

void DashboardPage::drillDownChart(const QString &chartId, int index)
{
    for (const report::DashboardChart &chart : std::as_const(m_charts)) {
        if (chart.id != chartId || index < 0 || index >= chart.categoryIds.size())
            continue;
        QStringList ids = chart.categoryIds.at(index);
        ids.removeAll(QString());
        const QString label =
            tr("%1: %2").arg(chart.data.title, chart.data.categories.value(index));
        if (ids.isEmpty()) {
            emit notify(tr("No cases are behind \"%1\".").arg(label));
            return;
        }
        emit applicationsRequested(ids, label);
        return;
    }
}

} // namespace gd
