// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;

namespace gd::report::charts {

/**
 * Charts for printed reports (review PDF, monitoring dashboard), drawn with QPainter
 * only — the core links no QtCharts and no widgets, so the CLI draws the same charts as
 * the GUI. Values are plain numbers for drawing; exact figures belong in the report's
 * tables. Sizes (fonts, lines) follow the painter's device resolution, so a chart looks
 * the same on a 96 dpi image and a 1200 dpi printer.
 */

/** One series: a bar of each group, a line, or the slices of a pie (first series only). */
struct Series
{
    QString name;
    QList<double> values; // one per category
    QColor color;         // invalid: taken from palette()
};

/** A vertical marker on a line chart (a band edge, the application's quantity). */
struct Marker
{
    double x = 0;
    QString label;
    QColor color; // invalid: grey
    bool dashed = true;
};

struct ChartData
{
    enum class Kind
    {
        Bar,  // grouped bars: one group per category, one bar per series
        Line, // one polyline per series over the categories (or over xValues)
        Pie   // the first series' values as slices of the categories
    };
    Kind kind = Kind::Bar;
    QString title;
    QStringList categories; // group labels (bar), x labels (line), slice labels (pie)
    QList<Series> series;
    QString xLabel;
    QString yLabel;
    /** Line: the x position of each category (e.g. quantities); empty: evenly spaced. */
    QList<double> xValues;
    QList<Marker> markers;        // line charts
    QList<QColor> categoryColors; // pie slices; missing or invalid: paletteColor()
    /** Text of a value (bars' labels, axis ticks, pie legend); default: QLocale number. */
    std::function<QString(double)> format;
    /** Text of an x value (line charts with xValues); default: format. */
    std::function<QString(double)> formatX;
    bool showValues = true; // value labels on bars and slices
    bool donut = true;      // pie: a ring with the total in the middle
    int highlight = -1;     // bar: category drawn with a frame (e.g. the declared mode)
    QString centerText;     // donut: text in the middle; empty = the total
};

/** The colours series take in order (muted, print-friendly, distinct in grey too). */
QColor paletteColor(int index);

void paintBarChart(QPainter &painter, const QRectF &rect, const ChartData &data);
void paintLineChart(QPainter &painter, const QRectF &rect, const ChartData &data);
void paintPieChart(QPainter &painter, const QRectF &rect, const ChartData &data);
/** Paints @p data as its kind says. */
void paint(QPainter &painter, const QRectF &rect, const ChartData &data);

/**
 * @p data drawn on a white image of @p sizeMm at @p dpi (the image carries that
 * resolution, so fonts given in points come out right), for QTextDocument::addResource.
 */
QImage toImage(const ChartData &data, const QSizeF &sizeMm, int dpi);

/**
 * "Nice" axis ticks covering [min, max]: 1, 2 or 5 × 10^n steps, about @p count of
 * them, starting at or below min and ending at or above max.
 */
QList<double> niceTicks(double min, double max, int count = 5);

} // namespace gd::report::charts
