// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardPage: the charts (Qt Charts) drawn from the report's chart data, and their drill-down.
#include "dashboardpage.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFontMetricsF>
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
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedBarSeries>
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

/** A month's label under the axis: "1月" / "Jan"; January of a later year is named by its year. */
QString monthLabel(const QDate &month, const QDate &first)
{
    if (month.month() == 1 && month.year() > first.year())
        return QString::number(month.year());
    // A period of more than a year repeats month names, which an axis takes only once: a
    // zero-width space per year after the first keeps them apart and shows nothing.
    return QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat) +
           QString(month.year() - first.year(), QChar(0x200B));
}

/**
 * @p text on lines no wider than @p width where it can break (at spaces, before a bracket); a
 * word wider than that has a line of its own.
 */
QStringList wrappedLines(const QString &text, double width, const QFontMetricsF &metrics)
{
    static const QRegularExpression breaks(QStringLiteral("\\s+|(?=[（(])"));
    const QStringList words = text.split(breaks, Qt::SkipEmptyParts);
    QStringList lines;
    for (const QString &word : words) {
        // A full-width bracket follows without a space, as Chinese is written.
        const QString joined = lines.isEmpty() ? QString()
                               : word.startsWith(QChar(0xFF08))
                                   ? lines.last() + word
                                   : lines.last() + QLatin1Char(' ') + word;
        if (!lines.isEmpty() && metrics.horizontalAdvance(joined) <= width)
            lines.last() = joined;
        else
            lines << word;
    }
    return lines;
}

/** The same as the HTML an axis or legend label takes. */
QString wrappedLabel(const QString &text, double width, const QFontMetricsF &metrics)
{
    QStringList lines = wrappedLines(text, width, metrics);
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br/>"));
}

/** The chart's title (its "fullTitle") on as many lines as the chart's width needs. */
void fitTitle(QChart *chart)
{
    const double width =
        chart->size().width() - chart->margins().left() - chart->margins().right() - 16;
    if (width <= 0)
        return;
    const QFontMetricsF metrics(chart->titleFont());
    QStringList paragraphs = chart->property("fullTitle").toString().split(QLatin1Char('\n'));
    for (QString &paragraph : paragraphs)
        paragraph = wrappedLabel(paragraph, width, metrics);
    const QString title = paragraphs.join(QStringLiteral("<br/>"));
    if (chart->title() != title)
        chart->setTitle(title);
}

/**
 * Places the ring and its legend: Qt Charts gives a legend on the right at most a third of a
 * small chart and cuts its texts with "...". Here the legend takes what its texts need, up to
 * 55% of the plot area (a text too long for that wraps onto more lines; a single word too long
 * widens it up to 70%), and the ring is drawn in the rest.
 */
void layoutRing(QChart *chart, QPieSeries *series, const QStringList &names,
                const QStringList &figures)
{
    QLegend *legend = chart->legend();
    const QFontMetricsF metrics(legend->font());
    const QRectF area = chart->plotArea();
    if (area.width() <= 0 || area.height() <= 0)
        return;
    const double overhead = metrics.height() * 3 + 8; // the marker, the spaces around it
    const double widest = area.width() * 0.55 - overhead;
    double textWidth = 0;
    double height = 0;
    const QList<QLegendMarker *> markers = legend->markers(series);
    for (int i = 0; i < markers.size() && i < names.size(); ++i) {
        // The name and its figures on one line, or on as many as the width allows.
        const QStringList lines =
            wrappedLines(names.at(i) + QLatin1Char(' ') + figures.at(i), widest, metrics);
        QStringList html;
        for (const QString &line : lines) {
            textWidth = std::max(textWidth, metrics.horizontalAdvance(line));
            html << line.toHtmlEscaped();
        }
        const QString text = html.join(QStringLiteral("<br/>"));
        if (markers.at(i)->label() != text)
            markers.at(i)->setLabel(text);
        height += metrics.lineSpacing() * double(lines.size()) + 8;
    }
    const double width = std::min(textWidth + overhead, area.width() * 0.7); // a long word
    // Centred beside the ring, with the rest of the height below in case the texts need it.
    const double top = std::max(0.0, (area.height() - height) / 2);
    legend->setGeometry(QRectF(area.right() - width, area.top() + top, width, area.height() - top));
    legend->update();
    // The ring in the rest: its size and position are shares of the plot area.
    const double room = area.width() - width;
    const double side = std::min(area.width(), area.height());
    const double diameter = std::min(room - 8, area.height()) * 0.92;
    series->setHorizontalPosition(room / 2 / area.width());
    series->setPieSize(std::clamp(diameter / side, 0.1, 1.0));
    if (series->holeSize() > 0)
        series->setHoleSize(series->pieSize() * 0.56);
}

} // namespace

/**
 * Labels @p axis under every month, or every 2nd, 3rd, 4th, 6th or 12th (always on the same
 * calendar months) when the plot is too narrow for all of them whole.
 */
void DashboardPage::labelMonthAxis(QCategoryAxis *axis, const QList<QDate> &months,
                                   double plotWidth)
{
    if (months.isEmpty())
        return;
    QStringList labels;
    const QFontMetricsF metrics(axis->labelsFont());
    double widest = 0;
    for (const QDate &month : months) {
        labels << monthLabel(month, months.first());
        widest = std::max(widest, metrics.horizontalAdvance(labels.last()));
    }
    const double slot = plotWidth / double(months.size());
    const double needed = widest + metrics.averageCharWidth() * 1.5; // a gap between labels
    // Every s months; beyond 12, every s / 12 years (on January, which is named by its year).
    int step = 120;
    for (int s : {1, 2, 3, 4, 6, 12, 24, 36, 60})
        if (s * slot >= needed) {
            step = s;
            break;
        }
    if (plotWidth <= 0)
        step = 1; // not laid out yet: plotAreaChanged() labels it again
    QList<int> shown;
    for (int i = 0; i < months.size(); ++i) {
        const QDate &m = months.at(i);
        if (step <= 12 ? (m.month() - 1) % step == 0
                       : m.month() == 1 && (m.year() - months.first().year()) % (step / 12) == 0)
            shown << i;
    }
    if (shown.isEmpty())
        shown << 0;
    if (axis->property("monthLabels").value<QList<int>>() == shown)
        return;
    axis->setProperty("monthLabels", QVariant::fromValue(shown));
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    for (int i : shown)
        axis->append(labels.at(i), i);
}

namespace {

/**
 * Lays the charts out in as many columns (three at most) as the chart area holds at their
 * minimum width, again whenever its width changes: the dashboard's default window at
 * 1280×800 leaves the charts less than three widths, which scrolled them sideways.
 */
class ChartColumns final : public QObject
{
public:
    ChartColumns(QScrollArea *scroll, QGridLayout *grid, QList<QWidget *> charts)
        : QObject(scroll)
        , m_scroll(scroll)
        , m_grid(grid)
        , m_charts(std::move(charts))
    {
        scroll->viewport()->installEventFilter(this);
        fit();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        const int spacing = m_grid->horizontalSpacing();
        const int each = m_charts.isEmpty() ? 1 : m_charts.constFirst()->minimumWidth() + spacing;
        const int columns = std::clamp((m_scroll->viewport()->width() + spacing) / each, 1, 3);
        if (columns == m_columns)
            return;
        m_columns = columns;
        for (QWidget *chart : std::as_const(m_charts))
            m_grid->removeWidget(chart);
        for (int i = 0; i < m_charts.size(); ++i)
            m_grid->addWidget(m_charts.at(i), i / columns, i % columns);
    }

    QScrollArea *m_scroll;
    QGridLayout *m_grid;
    QList<QWidget *> m_charts;
    int m_columns = 0;
};

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
    QList<QWidget *> views;
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
        view->setMinimumSize(300, 260);
        views << view;
        m_chartViews.insert(ids.at(i), view);
        connect(chart, &QChart::geometryChanged, chart, [chart] { fitTitle(chart); });
    }
    scroll->setWidget(panel);
    new ChartColumns(scroll, grid, views);
    return scroll;
}

void DashboardPage::showChart(const report::DashboardChart &chart)
{
    QChartView *view = m_chartViews.value(chart.id);
    if (!view)
        return;
    QChart *c = view->chart();
    clearChart(c);
    c->setProperty("fullTitle", chart.data.title);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    fitTitle(c);
    // Domains: many names of several characters, which no axis of this size shows whole; a
    // ring with a legend names every one (the printed report draws bars, it has the room).
    if (chart.data.kind == charts::ChartData::Kind::Pie || chart.id == QLatin1String("domains"))
        showRing(c, chart);
    else
        showSeries(c, chart);
}

/**
 * The slices of a ring: every category, or, past kRingSlices, the largest ones and one slice
 * for the rest, so that the legend beside the ring names every slice whole.
 */
QList<DashboardPage::RingSlice> DashboardPage::ringSlices(const charts::ChartData &d)
{
    constexpr int kRingSlices = 6;
    const QList<double> values = d.series.value(0).values;
    QList<RingSlice> slices;
    for (int i = 0; i < d.categories.size(); ++i) {
        const QColor color = d.categoryColors.value(i).isValid() ? d.categoryColors.value(i)
                                                                 : charts::paletteColor(i);
        slices.append({d.categories.at(i), values.value(i), color, {i}});
    }
    if (slices.size() <= kRingSlices)
        return slices;
    std::stable_sort(slices.begin(), slices.end(),
                     [](const RingSlice &a, const RingSlice &b) { return a.value > b.value; });
    RingSlice rest{QString(), 0, palette::kQuiet.lighter(190), {}};
    for (qsizetype i = kRingSlices - 1; i < slices.size(); ++i) {
        rest.value += slices.at(i).value;
        rest.categories += slices.at(i).categories;
    }
    rest.label = tr("Others");
    slices.resize(kRingSlices - 1);
    slices.append(rest);
    return slices;
}

/** A pie or ring: one slice per category, its value and share in the legend; a click drills down.
 */
void DashboardPage::showRing(QChart *c, const report::DashboardChart &chart)
{
    const charts::ChartData &d = chart.data;
    const QString id = chart.id;
    auto *series = new QPieSeries(c);
    series->setPieSize(0.62);
    if (!d.centerText.isEmpty() || d.donut)
        series->setHoleSize(0.35);
    const QList<RingSlice> slices = ringSlices(d);
    double total = 0;
    for (const RingSlice &s : slices)
        total += s.value;
    QStringList names;
    QStringList figures;
    for (const RingSlice &s : slices) {
        // The legend names the slice with its value and share (the ring has no labels).
        const QString value = d.format ? d.format(s.value) : QString::number(s.value);
        names << s.label;
        figures
            << (total > 0
                    ? tr("%1 (%2%)").arg(value, QLocale().toString(100.0 * s.value / total, 'f', 0))
                    : value);
        auto *slice = series->append(s.label, s.value);
        slice->setColor(s.color);
        slice->setBorderColor(palette::kPlain);
        slice->setLabelVisible(false);
        const QList<int> categories = s.categories;
        connect(slice, &QPieSlice::clicked, this,
                [this, id, categories] { drillDownCategories(id, categories); });
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
    }
    c->addSeries(series);
    c->legend()->setVisible(true);
    c->legend()->setShowToolTips(true);
    c->legend()->detachFromChart(); // placed by layoutRing()
    c->legend()->setAlignment(Qt::AlignLeft);
    layoutRing(c, series, names, figures);
    connect(c, &QChart::plotAreaChanged, series,
            [c, series, names, figures] { layoutRing(c, series, names, figures); });
    if (total <= 0) {
        c->setProperty("fullTitle",
                       d.title + QStringLiteral("\n") + tr("(nothing in this period)"));
        fitTitle(c);
    }
}

/** Bars or lines over the categories, with a value axis; a click on a bar or point drills down. */
void DashboardPage::showSeries(QChart *c, const report::DashboardChart &chart)
{
    const charts::ChartData &d = chart.data;
    const bool months = chart.id == QLatin1String("calls") || chart.id == QLatin1String("revenue");
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.82));
    QAbstractAxis *x = months ? monthAxis(c, chart) : categoryAxis(c, d);
    x->setTitleText(d.xLabel);
    x->setLabelsFont(small);
    x->setTitleFont(small);
    auto *y = new QValueAxis(c);
    y->setTitleText(d.yLabel);
    double maximum = 0;
    for (const charts::Series &s : d.series)
        for (double v : s.values)
            maximum = std::max(maximum, v);
    setValueRange(y, maximum, chart.scale == 1 && chart.id != QLatin1String("revenue"));
    y->setLabelsFont(small);
    y->setTitleFont(small);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    const MonthSpan span = months ? monthSpan(chart.id) : MonthSpan{};
    const QList<QAbstractSeries *> series =
        d.kind == charts::ChartData::Kind::Bar ? addBars(c, chart, span) : addLines(c, chart, span);
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    c->legend()->attachToChart();
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignBottom);
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(x)) {
        const QStringList categories = d.categories;
        connect(c, &QChart::plotAreaChanged, axis, [axis, categories](const QRectF &plot) {
            labelCategoryAxis(axis, categories, plot.width());
        });
        labelCategoryAxis(axis, categories, c->plotArea().width());
    }
    if (auto *axis = qobject_cast<QCategoryAxis *>(x)) {
        // The month labels follow the room the plot has: every month, or every second, third…
        const QList<QDate> shown = span.months;
        connect(c, &QChart::plotAreaChanged, axis,
                [axis, shown](const QRectF &plot) { labelMonthAxis(axis, shown, plot.width()); });
        labelMonthAxis(axis, shown, c->plotArea().width());
    }
}

/** Bars: one set per series; the month still being reported as a set of its own, paler. */
QList<QAbstractSeries *> DashboardPage::addBars(QChart *c, const report::DashboardChart &chart,
                                                const MonthSpan &span)
{
    const charts::ChartData &d = chart.data;
    const QString id = chart.id;
    QAbstractBarSeries *series = nullptr;
    if (span.partial >= 0)
        series = new QStackedBarSeries(c);
    else
        series = new QBarSeries(c);
    for (const charts::Series &s : d.series) {
        const QColor color = s.color.isValid() ? s.color : charts::paletteColor(0);
        auto *set = new QBarSet(s.name, series);
        auto *partial = span.partial >= 0 ? new QBarSet(span.partialLabel, series) : nullptr;
        for (int i = 0; i < s.values.size(); ++i) {
            set->append(i == span.partial ? 0.0 : s.values.at(i));
            if (partial)
                partial->append(i == span.partial ? s.values.at(i) : 0.0);
        }
        set->setColor(color);
        series->append(set);
        if (partial) {
            partial->setColor(color.lighter(160));
            partial->setBorderColor(color);
            series->append(partial);
        }
    }
    series->setLabelsVisible(span.months.isEmpty());
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    connect(series, &QAbstractBarSeries::clicked, this,
            [this, id](int index, QBarSet *) { drillDownChart(id, index); });
    c->addSeries(series);
    return {series};
}

/** Lines over the months reported in full; the month still being reported as a point apart. */
QList<QAbstractSeries *> DashboardPage::addLines(QChart *c, const report::DashboardChart &chart,
                                                 const MonthSpan &span)
{
    const charts::ChartData &d = chart.data;
    const QString id = chart.id;
    const auto drill = [this, id](const QPointF &point) {
        drillDownChart(id, int(std::lround(point.x())));
    };
    QList<QAbstractSeries *> out;
    for (const charts::Series &s : d.series) {
        const QColor color = s.color.isValid() ? s.color : charts::paletteColor(1);
        auto *series = new QLineSeries(c);
        series->setName(s.name);
        // Months not over yet are no drop to zero: the line ends with the last full month.
        const int full =
            span.partial >= 0 ? span.partial : std::min(span.reported, int(s.values.size()));
        for (int i = 0; i < full && i < s.values.size(); ++i)
            series->append(i, s.values.at(i));
        series->setPointsVisible(true);
        series->setPen(QPen(color, 2));
        connect(series, &QLineSeries::clicked, this, drill);
        c->addSeries(series);
        out << series;
        if (span.partial < 0 || span.partial >= s.values.size())
            continue;
        auto *partial = new QScatterSeries(c);
        partial->setName(span.partialLabel);
        partial->append(span.partial, s.values.at(span.partial));
        partial->setMarkerSize(9);
        partial->setColor(palette::kPlain);
        partial->setBorderColor(color);
        partial->setPen(QPen(color, 2));
        connect(partial, &QScatterSeries::clicked, this, drill);
        c->addSeries(partial);
        out << partial;
    }
    return out;
}

/** The x axis of the domain and severity charts: one label per category, on several lines
 * when the category's share of the plot is too narrow for it on one (labelCategoryAxis()). */
QAbstractAxis *DashboardPage::categoryAxis(QChart *c, const charts::ChartData &d)
{
    auto *x = new QBarCategoryAxis(c);
    x->append(d.categories);
    x->setTruncateLabels(false); // labelCategoryAxis() wraps them
    return x;
}

void DashboardPage::labelCategoryAxis(QBarCategoryAxis *axis, const QStringList &categories,
                                      double plotWidth)
{
    if (categories.isEmpty() || plotWidth <= 0)
        return;
    // Qt Charts gives each label the plot's width over one more than the categories, less 8 px.
    const double width = plotWidth / double(categories.size() + 1) - 8;
    const QFontMetricsF metrics(axis->labelsFont());
    QStringList labels;
    for (const QString &category : categories)
        labels << wrappedLabel(category, width, metrics);
    if (labels.size() != categories.size() || labels.removeDuplicates() > 0 ||
        axis->categories() == labels)
        return;
    axis->setCategories(labels);
}

/** The x axis of a month chart: a value axis, month i at x = i, labelled by labelMonthAxis(). */
QAbstractAxis *DashboardPage::monthAxis(QChart *c, const report::DashboardChart &chart)
{
    auto *x = new QCategoryAxis(c);
    x->setObjectName(QStringLiteral("monthAxis"));
    const int count = int(chart.data.categories.size());
    x->setRange(-0.5, std::max(0, count - 1) + 0.5);
    x->setStartValue(-0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setGridLineVisible(false);
    x->setTruncateLabels(false); // labelMonthAxis() leaves room for every label it sets
    return x;
}

/** The months of month chart @p key, which of them is still being reported, and its name. */
DashboardPage::MonthSpan DashboardPage::monthSpan(const QString &key) const
{
    QList<QDate> months;
    qsizetype fed = 0; // months the feed has reported (IndicatorSeries::reportedMonths())
    if (const monitoring::IndicatorSeries *s = m_data.report.findSeries(key)) {
        for (const monitoring::MonthPoint &p : s->points)
            months << p.month;
        fed = s->reportedMonths();
    }
    return monthSpan(months, fed);
}

DashboardPage::MonthSpan DashboardPage::monthSpan(const QList<QDate> &months, qsizetype fed) const
{
    MonthSpan span;
    span.months = months;
    const QDate until = m_data.report.lastDay();
    span.reported = int(span.months.size());
    for (int i = 0; i < span.months.size() && until.isValid(); ++i) {
        const QDate first = span.months.at(i);
        if (first > until) {
            span.reported = std::min(span.reported, i);
        } else if (until < first.addMonths(1).addDays(-1) && span.partial < 0) {
            span.partial = i;
            const QString month =
                QLocale().standaloneMonthName(first.month(), QLocale::ShortFormat);
            span.partialLabel =
                until == m_data.report.on
                    ? tr("%1 to date (partial)").arg(month)
                    : tr("%1 up to %2 (partial)").arg(month, until.toString(Qt::ISODate));
        }
    }
    // A month the feed has not reported yet is no month of nothing: the figures stop before it.
    span.reported = std::min(span.reported, int(fed));
    if (span.partial >= span.reported) {
        span.partial = -1;
        span.partialLabel.clear();
    }
    return span;
}

QChartView *DashboardPage::chartView(const QString &id) const
{
    return m_chartViews.value(id);
}

void DashboardPage::drillDownCategories(const QString &chartId, const QList<int> &indexes)
{
    if (indexes.size() == 1) {
        drillDownChart(chartId, indexes.first());
        return;
    }
    for (const report::DashboardChart &chart : std::as_const(m_charts)) {
        if (chart.id != chartId)
            continue;
        QStringList ids;
        QStringList names;
        for (int index : indexes) {
            ids += chart.categoryIds.value(index);
            names << chart.data.categories.value(index);
        }
        ids.removeAll(QString());
        ids.removeDuplicates();
        const QString label =
            tr("%1: %2").arg(chart.data.title, QLocale().createSeparatedList(names));
        if (ids.isEmpty())
            emit notify(tr("No cases are behind \"%1\".").arg(label));
        else
            emit applicationsRequested(ids, label);
        return;
    }
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
