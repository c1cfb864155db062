// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include "report/pdfdocument.h"

namespace gd::report::charts {
namespace {

const QColor kAxis(0x44, 0x44, 0x44);
const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);

/** Device pixels per typographic point on @p painter's device. */
qreal pointUnit(const QPainter &painter)
{
    const QPaintDevice *device = painter.device();
    return (device ? device->logicalDpiY() : 96) / 72.0;
}

/**
 * The body font at @p points on @p painter's device. Pixel sizes, because a painter on
 * a QImage resolves point sizes at 96 dpi whatever the image's resolution.
 */
QFont chartFont(const QPainter &painter, qreal points)
{
    QFont font = bodyFont(points);
    font.setPixelSize(std::max(1, int(std::lround(points * pointUnit(painter)))));
    return font;
}

QString defaultFormat(double value)
{
    const bool integral = std::trunc(value) == value;
    return QLocale().toString(value, 'f', integral ? 0 : 2);
}

QString formatValue(const ChartData &data, double value)
{
    return data.format ? data.format(value) : defaultFormat(value);
}

QString formatX(const ChartData &data, double value)
{
    if (data.formatX)
        return data.formatX(value);
    return formatValue(data, value);
}

QColor seriesColor(const ChartData &data, int index)
{
    const QColor c = data.series.value(index).color;
    return c.isValid() ? c : paletteColor(index);
}

/** The title and, for several named series, the legend; returns what is left below. */
QRectF paintHeading(QPainter &painter, const QRectF &rect, const ChartData &data, bool legend)
{
    const qreal pt = pointUnit(painter);
    QRectF rest = rect;
    if (!data.title.isEmpty()) {
        QFont font = chartFont(painter, 9.5);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(kText);
        const qreal h = QFontMetricsF(font).height() * 1.3;
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), h),
                         Qt::AlignHCenter | Qt::AlignVCenter, data.title);
        rest.setTop(rest.top() + h);
    }
    if (legend) {
        const QFont font = chartFont(painter, 8);
        painter.setFont(font);
        const QFontMetricsF fm(font);
        const qreal swatch = 7 * pt;
        const qreal gap = 10 * pt;
        qreal width = 0;
        for (const Series &s : data.series)
            width += swatch + 3 * pt + fm.horizontalAdvance(s.name) + gap;
        width -= gap;
        qreal x = rest.left() + qMax<qreal>(0, (rest.width() - width) / 2);
        const qreal h = fm.height() * 1.4;
        for (int i = 0; i < data.series.size(); ++i) {
            const Series &s = data.series.at(i);
            painter.fillRect(QRectF(x, rest.top() + (h - swatch) / 2, swatch, swatch),
                             seriesColor(data, i));
            x += swatch + 3 * pt;
            painter.setPen(kText);
            const qreal w = fm.horizontalAdvance(s.name);
            painter.drawText(QRectF(x, rest.top(), w + pt, h), Qt::AlignLeft | Qt::AlignVCenter,
                             s.name);
            x += w + gap;
        }
        rest.setTop(rest.top() + h);
    }
    return rest;
}

struct YAxis
{
    QList<double> ticks;
    double min = 0;
    double max = 1;
    qreal labelWidth = 0;
};

YAxis yAxisFor(const ChartData &data, const QFontMetricsF &fm)
{
    double lo = 0;
    double hi = 0;
    for (const Series &s : data.series) {
        for (double v : s.values) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (hi <= lo)
        hi = lo + 1;
    YAxis axis;
    axis.ticks = niceTicks(lo, hi, 5);
    axis.min = axis.ticks.constFirst();
    axis.max = axis.ticks.constLast();
    for (double t : axis.ticks)
        axis.labelWidth = std::max(axis.labelWidth, fm.horizontalAdvance(formatValue(data, t)));
    return axis;
}

/** Grid, y ticks and the axis label left of @p plot. */
void paintYAxis(QPainter &painter, const QRectF &plot, const YAxis &axis, const ChartData &data,
                const QRectF &outer)
{
    const qreal pt = pointUnit(painter);
    const QFont font = chartFont(painter, 7.5);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    for (double t : axis.ticks) {
        const qreal y = plot.bottom() - (t - axis.min) / (axis.max - axis.min) * plot.height();
        painter.setPen(QPen(t == 0 ? kAxis : kGrid, 0.5 * pt));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kMuted);
        painter.drawText(QRectF(plot.left() - axis.labelWidth - 6 * pt, y - fm.height() / 2,
                                axis.labelWidth + 3 * pt, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, formatValue(data, t));
    }
    painter.setPen(QPen(kAxis, 0.75 * pt));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    if (!data.yLabel.isEmpty()) {
        painter.save();
        painter.setPen(kMuted);
        painter.translate(outer.left() + fm.height() * 0.1, plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height() * 1.2),
                         Qt::AlignCenter, data.yLabel);
        painter.restore();
    }
}

qreal yOf(const QRectF &plot, const YAxis &axis, double value)
{
    return plot.bottom() - (value - axis.min) / (axis.max - axis.min) * plot.height();
}

/** The room the x axis title takes under a chart's @p area: a line, or two where the title is
 *  wider than the area (a month chart's reach note beside its months in a half-width chart). */
qreal xLabelHeight(const ChartData &data, const QFontMetricsF &fm, const QRectF &area)
{
    if (data.xLabel.isEmpty())
        return 0;
    return fm.height() * (fm.horizontalAdvance(data.xLabel) > area.width() ? 2.5 : 1.4);
}

/** The x axis title at the foot of @p area, centred, wrapped at its width. */
void paintXLabel(QPainter &painter, const QRectF &area, qreal height, const QFont &font,
                 const ChartData &data)
{
    if (data.xLabel.isEmpty())
        return;
    painter.setFont(font);
    painter.setPen(kMuted);
    painter.drawText(QRectF(area.left(), area.bottom() - height, area.width(), height),
                     Qt::AlignCenter | Qt::TextWordWrap, data.xLabel);
}

} // namespace

QColor paletteColor(int index)
{
    static const QColor colours[] = {QColor(0x3b, 0x6e, 0xa8), QColor(0xd0, 0x8a, 0x2e),
                                     QColor(0x4f, 0x9a, 0x6a), QColor(0xa8, 0x4b, 0x4b),
                                     QColor(0x7a, 0x5c, 0x9e), QColor(0x5a, 0x9b, 0xb0),
                                     QColor(0x9a, 0x8a, 0x3c), QColor(0x80, 0x80, 0x80)};
    constexpr int count = int(std::size(colours));
    return colours[((index % count) + count) % count];
}

QList<double> niceTicks(double min, double max, int count)
{
    if (!(max > min) || !std::isfinite(min) || !std::isfinite(max))
        return {min, min + 1};
    count = std::max(count, 2);
    const double rough = (max - min) / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    const double first = std::floor(min / step) * step;
    QList<double> ticks;
    for (double t = first; t < max + step * 0.999 && ticks.size() < 50; t += step)
        ticks << (std::fabs(t) < step * 1e-9 ? 0.0 : t);
    if (ticks.size() < 2)
        ticks << first + step;
    return ticks;
}

void paintBarChart(QPainter &painter, const QRectF &rect, const ChartData &data)
{
    painter.save();
    const qreal pt = pointUnit(painter);
    const bool legend = data.series.size() > 1 ||
                        (data.series.size() == 1 && !data.series.constFirst().name.isEmpty());
    QRectF area = paintHeading(painter, rect, data, legend);

    const QFont tickFont = chartFont(painter, 7.5);
    const QFontMetricsF fm(tickFont);
    const YAxis axis = yAxisFor(data, fm);
    const qreal left = axis.labelWidth + 8 * pt + (data.yLabel.isEmpty() ? 0 : fm.height() * 1.3);
    const qreal categoryHeight = fm.height() * 2.4;
    const qreal xTitle = xLabelHeight(data, fm, area);
    const qreal valueHeadroom = data.showValues ? fm.height() * 1.2 : 0;
    const QRectF plot(area.left() + left, area.top() + valueHeadroom, area.width() - left - 4 * pt,
                      area.height() - valueHeadroom - categoryHeight - xTitle);
    if (plot.width() <= 0 || plot.height() <= 0 || data.categories.isEmpty()) {
        painter.restore();
        return;
    }
    paintYAxis(painter, plot, axis, data, area);

    const auto groups = int(data.categories.size());
    const auto bars = std::max<int>(1, int(data.series.size()));
    const qreal groupWidth = plot.width() / groups;
    const qreal inner = groupWidth * 0.72;
    const qreal barWidth = inner / bars;
    const QFont valueFont = chartFont(painter, bars > 3 ? 6.5 : 7.5);
    for (int g = 0; g < groups; ++g) {
        const qreal x0 = plot.left() + g * groupWidth + (groupWidth - inner) / 2;
        for (int s = 0; s < data.series.size(); ++s) {
            const double v = data.series.at(s).values.value(g);
            const qreal yv = yOf(plot, axis, v);
            const qreal y0 = yOf(plot, axis, 0);
            const QRectF bar(x0 + s * barWidth + barWidth * 0.06, std::min(yv, y0), barWidth * 0.88,
                             std::fabs(y0 - yv));
            painter.fillRect(bar, seriesColor(data, s));
            if (data.showValues) {
                painter.setFont(valueFont);
                painter.setPen(kText);
                const QFontMetricsF vm(valueFont);
                painter.drawText(QRectF(bar.center().x() - barWidth, bar.top() - vm.height() * 1.1,
                                        barWidth * 2, vm.height()),
                                 Qt::AlignHCenter | Qt::AlignBottom, formatValue(data, v));
            }
        }
        QFont labelFont = tickFont;
        labelFont.setBold(g == data.highlight);
        painter.setFont(labelFont);
        painter.setPen(kText);
        painter.drawText(QRectF(plot.left() + g * groupWidth + pt, plot.bottom() + 3 * pt,
                                groupWidth - 2 * pt, categoryHeight - 3 * pt),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, data.categories.at(g));
        if (g == data.highlight) {
            QPen pen(kAxis, 0.75 * pt, Qt::DashLine);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(plot.left() + g * groupWidth + 2 * pt,
                                    plot.top() - valueHeadroom, groupWidth - 4 * pt,
                                    plot.height() + valueHeadroom + categoryHeight));
        }
    }
    painter.setPen(QPen(kAxis, 0.75 * pt));
    painter.drawLine(QPointF(plot.left(), yOf(plot, axis, 0)),
                     QPointF(plot.right(), yOf(plot, axis, 0)));
    paintXLabel(painter, area, xTitle, tickFont, data);
    painter.restore();
}

namespace {

/** The x scale of a line chart: the given positions, or evenly spaced categories. */
struct XScale
{
    QRectF plot;
    bool numeric = false;
    double min = 0;
    double max = 1;
    QList<double> ticks; // numeric only

    qreal ofValue(double v) const { return plot.left() + (v - min) / (max - min) * plot.width(); }
    qreal ofPoint(const ChartData &data, int i) const
    {
        return ofValue(numeric ? data.xValues.at(i) : double(i));
    }
};

/** Chooses the x range and ticks of a line chart of @p points points drawn in @p plot. */
XScale lineXScale(const ChartData &data, const QRectF &plot, int points)
{
    XScale x;
    x.plot = plot;
    x.numeric = data.xValues.size() == points;
    x.min = 0;
    x.max = std::max(1, points - 1);
    if (x.numeric) {
        x.min = *std::min_element(data.xValues.cbegin(), data.xValues.cend());
        const double hi = *std::max_element(data.xValues.cbegin(), data.xValues.cend());
        x.ticks = niceTicks(x.min, hi > x.min ? hi : x.min + 1, 5);
        x.min = std::min(x.min, x.ticks.constFirst());
        x.max = std::max(hi, x.ticks.constLast());
        // Drop a last tick far beyond the data so the curve uses the width.
        while (x.ticks.size() > 2 && x.ticks.at(x.ticks.size() - 2) >= hi)
            x.ticks.removeLast();
        x.max = std::max(hi, x.ticks.constLast());
    }
    return x;
}

/** The x tick labels (with grid lines when numeric) and the x axis line under the plot. */
void paintXAxis(QPainter &painter, const XScale &x, const ChartData &data, const QFont &tickFont,
                int points)
{
    const qreal pt = pointUnit(painter);
    const QRectF &plot = x.plot;
    const QFontMetricsF fm(tickFont);
    painter.setFont(tickFont);
    painter.setPen(kMuted);
    if (x.numeric) {
        for (double t : x.ticks) {
            const qreal at = x.ofValue(t);
            painter.setPen(QPen(kGrid, 0.5 * pt));
            painter.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()));
            painter.setPen(kMuted);
            const QString text = formatX(data, t);
            const qreal w = fm.horizontalAdvance(text) + 2 * pt;
            painter.drawText(QRectF(at - w / 2, plot.bottom() + 2 * pt, w, fm.height()),
                             Qt::AlignCenter, text);
        }
    } else {
        const qreal slot = plot.width() / std::max(1, points);
        for (int i = 0; i < points; ++i) {
            const qreal at = x.ofPoint(data, i);
            const QString text = data.categories.at(i);
            const qreal w = std::max(slot, fm.horizontalAdvance(text) + 2 * pt);
            painter.drawText(QRectF(at - w / 2, plot.bottom() + 2 * pt, w, fm.height()),
                             Qt::AlignCenter, text);
        }
    }
    painter.setPen(QPen(kAxis, 0.75 * pt));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
}

/** The vertical marker lines and their labels above the plot, alternating rows when crowded. */
void paintMarkers(QPainter &painter, const XScale &x, const ChartData &data, qreal markerRoom,
                  qreal rightRoom)
{
    const qreal pt = pointUnit(painter);
    const QRectF &plot = x.plot;
    const QFont markerFont = chartFont(painter, 7);
    const QFontMetricsF mm(markerFont);
    qreal lastLabelRight = -1e9;
    int row = 0;
    for (const Marker &marker : data.markers) {
        const qreal at = x.ofValue(marker.x);
        if (at < plot.left() - 1 || at > plot.right() + 1)
            continue;
        const QColor colour = marker.color.isValid() ? marker.color : kMuted;
        painter.setPen(QPen(colour, 0.75 * pt, marker.dashed ? Qt::DashLine : Qt::SolidLine));
        painter.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()));
        if (!marker.label.isEmpty()) {
            painter.setFont(markerFont);
            const qreal w = mm.horizontalAdvance(marker.label) + 2 * pt;
            row = at - w / 2 < lastLabelRight ? 1 - row : 0; // alternate when crowded
            qreal lx = std::clamp(at - w / 2, plot.left(), plot.right() + rightRoom - w);
            const qreal ly = plot.top() - markerRoom + row * mm.height() * 1.05;
            painter.setPen(colour);
            painter.drawText(QRectF(lx, ly, w, mm.height()), Qt::AlignCenter, marker.label);
            lastLabelRight = lx + w;
        }
    }
}

/** Each series as a line through its points, with a dot at every point. */
void paintSeriesLines(QPainter &painter, const XScale &x, const YAxis &axis, const ChartData &data,
                      int points)
{
    const qreal pt = pointUnit(painter);
    const QRectF &plot = x.plot;
    for (int s = 0; s < data.series.size(); ++s) {
        const Series &series = data.series.at(s);
        QPainterPath path;
        for (int i = 0; i < points && i < series.values.size(); ++i) {
            const QPointF p(x.ofPoint(data, i), yOf(plot, axis, series.values.at(i)));
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        painter.setPen(QPen(seriesColor(data, s), 1.6 * pt));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setBrush(seriesColor(data, s));
        painter.setPen(Qt::NoPen);
        for (int i = 0; i < points && i < series.values.size(); ++i)
            painter.drawEllipse(QPointF(x.ofPoint(data, i), yOf(plot, axis, series.values.at(i))),
                                1.8 * pt, 1.8 * pt);
    }
}

} // namespace

void paintLineChart(QPainter &painter, const QRectF &rect, const ChartData &data)
{
    painter.save();
    const qreal pt = pointUnit(painter);
    const bool legend = !data.series.isEmpty() && !data.series.constFirst().name.isEmpty();
    QRectF area = paintHeading(painter, rect, data, legend);

    const QFont tickFont = chartFont(painter, 7.5);
    const QFontMetricsF fm(tickFont);
    const YAxis axis = yAxisFor(data, fm);
    const qreal left = axis.labelWidth + 8 * pt + (data.yLabel.isEmpty() ? 0 : fm.height() * 1.3);
    const qreal xTitle = xLabelHeight(data, fm, area);
    const qreal bottom = fm.height() * 1.6 + xTitle;
    const qreal markerRoom = data.markers.isEmpty() ? fm.height() * 0.5 : fm.height() * 2.3;
    const qreal rightRoom = fm.horizontalAdvance(QStringLiteral("0000000")) / 2;
    const QRectF plot(area.left() + left, area.top() + markerRoom, area.width() - left - rightRoom,
                      area.height() - bottom - markerRoom);
    const int points = int(data.categories.size());
    if (plot.width() <= 0 || plot.height() <= 0 || points == 0) {
        painter.restore();
        return;
    }
    paintYAxis(painter, plot, axis, data, area);

    const XScale x = lineXScale(data, plot, points);
    paintXAxis(painter, x, data, tickFont, points);
    paintMarkers(painter, x, data, markerRoom, rightRoom);
    paintSeriesLines(painter, x, axis, data, points);
    paintXLabel(painter, area, xTitle, tickFont, data);
    painter.restore();
}

void paintPieChart(QPainter &painter, const QRectF &rect, const ChartData &data)
{
    painter.save();
    const qreal pt = pointUnit(painter);
    QRectF area = paintHeading(painter, rect, data, false);
    const QList<double> values =
        data.series.isEmpty() ? QList<double>() : data.series.first().values;
    double total = 0;
    for (double v : values)
        total += std::max(0.0, v);

    const QFont font = chartFont(painter, 8);
    const QFontMetricsF fm(font);
    const qreal diameter = std::min(area.height() * 0.92, area.width() * 0.45);
    const QRectF pie(area.left() + (area.width() * 0.45 - diameter) / 2,
                     area.top() + (area.height() - diameter) / 2, diameter, diameter);
    const auto sliceColor = [&](int i) {
        const QColor c = data.categoryColors.value(i);
        return c.isValid() ? c : paletteColor(i);
    };
    if (total <= 0) {
        painter.setPen(QPen(kGrid, pt));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(pie);
    } else {
        int start = 90 * 16;
        painter.setPen(QPen(Qt::white, 0.8 * pt));
        for (int i = 0; i < values.size(); ++i) {
            const double v = std::max(0.0, values.at(i));
            const int span = -int(std::lround(v / total * 360 * 16));
            painter.setBrush(sliceColor(i));
            if (span != 0)
                painter.drawPie(pie, start, span);
            start += span;
        }
    }
    if (data.donut) {
        const qreal hole = diameter * 0.55;
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(pie.center(), hole / 2, hole / 2);
        QFont big = chartFont(painter, 10);
        big.setBold(true);
        painter.setFont(big);
        painter.setPen(kText);
        painter.drawText(
            QRectF(pie.center().x() - hole / 2, pie.center().y() - hole / 2, hole, hole),
            Qt::AlignCenter | Qt::TextWordWrap,
            data.centerText.isEmpty() ? formatValue(data, total) : data.centerText);
    }

    // Legend right of the pie: swatch, label, value and share.
    painter.setFont(font);
    const qreal lineHeight = fm.height() * 1.5;
    const qreal legendLeft = area.left() + area.width() * 0.5;
    qreal y = area.top() + std::max<qreal>(0, (area.height() - lineHeight * values.size()) / 2);
    for (int i = 0; i < values.size() && i < data.categories.size(); ++i) {
        const qreal swatch = 7 * pt;
        painter.fillRect(QRectF(legendLeft, y + (lineHeight - swatch) / 2, swatch, swatch),
                         sliceColor(i));
        painter.setPen(kText);
        QString text = data.categories.at(i);
        if (data.showValues) {
            const double share = total > 0 ? std::max(0.0, values.at(i)) / total * 100 : 0;
            text += QStringLiteral("  %1 (%2%)")
                        .arg(formatValue(data, values.at(i)), QLocale().toString(share, 'f', 1));
        }
        const QRectF line(legendLeft + swatch + 4 * pt, y,
                          area.right() - legendLeft - swatch - 4 * pt, lineHeight);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(text, Qt::ElideRight, line.width()));
        y += lineHeight;
    }
    painter.restore();
}

void paint(QPainter &painter, const QRectF &rect, const ChartData &data)
{
    switch (data.kind) {
    case ChartData::Kind::Bar:
        paintBarChart(painter, rect, data);
        return;
    case ChartData::Kind::Line:
        paintLineChart(painter, rect, data);
        return;
    case ChartData::Kind::Pie:
        paintPieChart(painter, rect, data);
        return;
    }
}

QImage toImage(const ChartData &data, const QSizeF &sizeMm, int dpi)
{
    const QSize pixels(int(std::lround(sizeMm.width() / 25.4 * dpi)),
                       int(std::lround(sizeMm.height() / 25.4 * dpi)));
    QImage image(pixels, QImage::Format_RGB32);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal pad = dpi / 25.4 * 1.5; // 1.5 mm
    paint(painter, QRectF(pad, pad, pixels.width() - 2 * pad, pixels.height() - 2 * pad), data);
    painter.end();
    return image;
}

} // namespace gd::report::charts
