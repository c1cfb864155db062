// SPDX-License-Identifier: GPL-3.0-or-later
// The monitoring dashboard on paper: the indicator tables of the four dimensions with their
// charts and the alerts, as one QTextDocument painted by pdfdocument; and each indicator
// table as CSV.
#include "dashboardreport.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QJsonValue>
#include <QLocale>
#include <QTextDocument>
#include <QUrl>

#include "core/i18n.h"
#include "core/identitytext.h"

namespace gd::report {
namespace {

using monitoring::Dimension;

QString esc(const QString &text)
{
    return identitytext::displaySafe(text, identitytext::Lines::Keep).toHtmlEscaped();
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

constexpr int kChartWidthPx = 600; // CSS pixels (1/96 in): about 159 mm
constexpr int kHalfChartWidthPx = 296;
constexpr double kPxToMm = 25.4 / 96.0;

/** 1 or 10,000 (万): keeps axis labels short for large figures. */
double scaleFor(double maximum)
{
    return maximum >= 100000.0 ? 10000.0 : 1.0;
}

/** Numbers with @p decimals; counts (0 decimals) keep one where an axis tick falls between. */
std::function<QString(double)> numberFormat(int decimals)
{
    return [decimals](double v) {
        const bool whole = std::abs(v - std::round(v)) < 1e-9;
        return QLocale().toString(v, 'f', decimals == 0 && !whole ? 1 : decimals);
    };
}

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const double v = value.toDouble();
    // Integers without a decimal point; shares and averages as given.
    if (v == double(qint64(v)) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 12);
}

/** A CSV field, quoted when needed; control and bidi characters escaped (identitytext). */
QString csvField(const QString &field)
{
    const QString text = identitytext::displaySafe(field, identitytext::Lines::Keep);
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

/** "Month (2026-01 to 2026-12)", and how far the feed reaches when it stops before the end. */
QString monthAxisTitle(const monitoring::IndicatorSeries &series)
{
    const QString first = series.points.first().month.toString(QStringLiteral("yyyy-MM"));
    const QString last = series.points.last().month.toString(QStringLiteral("yyyy-MM"));
    if (series.reportedMonths() == series.points.size())
        return QCoreApplication::translate("DashboardReport", "Month (%1 to %2)").arg(first, last);
    return series.reportedUntil.isValid()
               ? QCoreApplication::translate("DashboardReport",
                                             "Month (%1 to %2; reported up to %3)")
                     .arg(first, last, series.reportedUntil.toString(Qt::ISODate))
               : QCoreApplication::translate("DashboardReport",
                                             "Month (%1 to %2; nothing reported)")
                     .arg(first, last);
}

/**
 * The paper version of month chart @p d of @p series (DashboardChart::paper), when it has
 * figures for a month not over by the evaluation day (or by the period's end, if earlier):
 * on paper they are not drawn.
 */
std::optional<charts::ChartData> onPaper(const charts::ChartData &d,
                                         const monitoring::IndicatorSeries &series,
                                         const monitoring::IndicatorReport &report)
{
    const QDate until = report.lastDay();
    qsizetype whole = 0;
    while (whole < series.points.size() &&
           series.points.at(whole).month.addMonths(1).addDays(-1) <= until)
        ++whole;
    if (d.series.isEmpty() || whole >= d.series.first().values.size())
        return std::nullopt;
    charts::ChartData paper = d;
    for (charts::Series &s : paper.series)
        s.values.resize(whole);
    paper.xLabel = QCoreApplication::translate("DashboardReport",
                                               "Month (%1 to %2; %3 not a whole month, not drawn)")
                       .arg(series.points.first().month.toString(QStringLiteral("yyyy-MM")),
                            series.points.last().month.toString(QStringLiteral("yyyy-MM")),
                            series.points.at(whole).month.toString(QStringLiteral("yyyy-MM")));
    return paper;
}

/** A per-month chart of @p key with the applications of each month's call records. */
DashboardChart monthChart(const DashboardData &data, const QString &key, bool bar)
{
    DashboardChart chart;
    chart.id = key;
    chart.dimension = Dimension::Benefit;
    charts::ChartData &d = chart.data;
    d.kind = bar ? charts::ChartData::Kind::Bar : charts::ChartData::Kind::Line;
    d.xLabel = QCoreApplication::translate("DashboardReport", "Month");
    d.showValues = false;
    QHash<QString, QStringList> ids;
    for (const monitoring::BreakdownItem &item : data.breakdown.callsByMonth)
        ids.insert(item.key, item.applicationIds);
    QList<double> values;
    double maximum = 0;
    const monitoring::IndicatorSeries *series = data.report.findSeries(key);
    if (series) {
        // Every month under the axis ("MM"; their year is in the axis title), values for the
        // months reported: the line and the bars stop where the feed does.
        const qsizetype reported = series->reportedMonths();
        for (qsizetype i = 0; i < series->points.size(); ++i) {
            const monitoring::MonthPoint &p = series->points.at(i);
            d.categories << p.month.toString(QStringLiteral("MM"));
            chart.categoryIds << ids.value(p.month.toString(QStringLiteral("yyyy-MM")));
            if (i < reported) {
                values << p.number;
                maximum = std::max(maximum, p.number);
            }
        }
    }
    if (series && !series->points.isEmpty())
        d.xLabel = monthAxisTitle(*series);
    chart.scale = scaleFor(maximum);
    for (double &v : values)
        v /= chart.scale;
    const bool large = chart.scale > 1;
    if (key == QLatin1String("calls")) {
        d.title = QCoreApplication::translate("DashboardReport", "Calls per month");
        d.yLabel = large ? QCoreApplication::translate("DashboardReport", "Calls (10,000)")
                         : QCoreApplication::translate("DashboardReport", "Calls");
        d.series << charts::Series{QCoreApplication::translate("DashboardReport", "Calls"), values,
                                   charts::paletteColor(0)};
        d.format = numberFormat(large && maximum / chart.scale < 10 ? 1 : 0);
    } else {
        d.title = QCoreApplication::translate("DashboardReport", "Revenue per month");
        d.yLabel = large ? QCoreApplication::translate("DashboardReport", "Revenue (10,000 yuan)")
                         : QCoreApplication::translate("DashboardReport", "Revenue (yuan)");
        d.series << charts::Series{QCoreApplication::translate("DashboardReport", "Revenue"),
                                   values, charts::paletteColor(1)};
        d.format = numberFormat(large && maximum / chart.scale < 10 ? 1 : 0);
    }
    if (series)
        chart.paper = onPaper(d, *series, data.report);
    return chart;
}

DashboardChart itemChart(const QString &id, Dimension dimension, charts::ChartData::Kind kind,
                         const QString &title, const QString &seriesName,
                         const QList<monitoring::BreakdownItem> &items)
{
    DashboardChart chart;
    chart.id = id;
    chart.dimension = dimension;
    charts::ChartData &d = chart.data;
    d.kind = kind;
    d.title = title;
    d.format = numberFormat(0);
    QList<double> values;
    for (const monitoring::BreakdownItem &item : items) {
        d.categories << (item.label.isEmpty()
                             ? QCoreApplication::translate("DashboardReport", "(none)")
                             : item.label);
        values << item.value;
        chart.categoryIds << item.applicationIds;
    }
    d.series << charts::Series{seriesName, values, charts::paletteColor(0)};
    return chart;
}

/** Builds the document; its QCoreApplication::translate("DashboardReport", ) context is
 * "DashboardReport". */
class DashboardReport final
{
public:
    DashboardReport(const DashboardData &data, int dpi)
        : m_data(data)
        , m_dpi(dpi)
    {}

    std::unique_ptr<QTextDocument> build()
    {
        auto document = std::make_unique<QTextDocument>();
        document->setDefaultFont(bodyFont(10.5));
        document->setDocumentMargin(0);
        document->setDefaultStyleSheet(styleSheet());
        document->setMetaInformation(QTextDocument::DocumentTitle, dashboardReportTitle());

        cover();
        const QList<DashboardChart> charts = dashboardCharts(m_data);
        int section = 0;
        for (Dimension dimension : monitoring::kDimensions) {
            heading(++section, monitoring::dimensionLabel(dimension));
            indicatorTable(dimension);
            QList<const DashboardChart *> mine;
            for (const DashboardChart &chart : charts)
                if (chart.dimension == dimension)
                    mine << &chart;
            chartRow(mine);
        }
        heading(++section, QCoreApplication::translate("DashboardReport", "Risk alerts"));
        alerts();

        document->setHtml(QStringLiteral("<html><body>") + m_html +
                          QStringLiteral("</body></html>"));
        // Added after setHtml(), which drops the resources added before it.
        for (const auto &[url, image] : std::as_const(m_images))
            document->addResource(QTextDocument::ImageResource, url, image);
        return document;
    }

private:
    static QString styleSheet()
    {
        return QStringLiteral(
            "h1 { font-size: 17pt; font-weight: bold; text-align: center; margin-top: 0px; "
            "margin-bottom: 4px; }"
            "h2 { font-size: 12.5pt; font-weight: bold; margin-top: 16px; margin-bottom: 6px; }"
            "p { margin-top: 3px; margin-bottom: 3px; }"
            "p.subtitle { text-align: center; font-size: 10.5pt; color: #333333; "
            "margin-bottom: 12px; }"
            "p.small { font-size: 8.5pt; color: #444444; }"
            "table.grid { border-collapse: collapse; border-color: #777777; border-style: solid; }"
            "table.grid td, table.grid th { padding: 3px; border-color: #777777; "
            "border-style: solid; vertical-align: top; }"
            "th { background-color: #e8ecf2; font-weight: bold; text-align: left; "
            "font-size: 9.5pt; }"
            "td { font-size: 9.5pt; }"
            "td.num { text-align: right; }"
            "td.label { background-color: #f3f5f8; font-weight: bold; }"
            "span.critical { color: #a02020; font-weight: bold; }"
            "span.warning { color: #8a5a00; font-weight: bold; }"
            "span.small { font-size: 8.5pt; color: #444444; }");
    }

    void add(const QString &html) { m_html += html; }

    void heading(int n, const QString &text)
    {
        static const char16_t *numerals[] = {u"一", u"二", u"三", u"四", u"五",
                                             u"六", u"七", u"八", u"九", u"十"};
        const QString number = i18n::englishInUse() || n < 1 || n > int(std::size(numerals))
                                   ? QString::number(n)
                                   : QString::fromUtf16(numerals[n - 1]);
        add(QStringLiteral("<h2>%1</h2>")
                .arg(esc(
                    QCoreApplication::translate("DashboardReport", "%1. %2").arg(number, text))));
    }

    void cover()
    {
        const monitoring::IndicatorReport &r = m_data.report;
        add(QStringLiteral("<h1>%1</h1>").arg(esc(dashboardReportTitle())));
        add(QStringLiteral("<p class=\"subtitle\">%1</p>")
                .arg(esc(QCoreApplication::translate("DashboardReport",
                                                     "Period %1 to %2 · evaluated on %3")
                             .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
                                  r.on.toString(Qt::ISODate)))));
        QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                                      "cellpadding=\"4\" border=\"1\">");
        auto row = [&html](const QString &label, const QString &value) {
            html += QStringLiteral("<tr><td class=\"label\" width=\"22%\">%1</td>"
                                   "<td width=\"78%\">%2</td></tr>")
                        .arg(esc(label), esc(orDash(value)));
        };
        row(QCoreApplication::translate("DashboardReport", "Cases"),
            m_data.filterText.isEmpty()
                ? QCoreApplication::translate("DashboardReport", "All cases")
                : m_data.filterText);
        row(QCoreApplication::translate("DashboardReport", "Alerts"),
            QCoreApplication::translate("DashboardReport", "%1 alerts, %2 not acknowledged")
                .arg(QLocale().toString(m_data.alerts.size()),
                     QLocale().toString(monitoring::notAcknowledged(m_data.alerts))));
        row(QCoreApplication::translate("DashboardReport", "Generated"),
            m_data.generatedAt.isValid() ? m_data.generatedAt.toOffsetFromUtc(8 * 3600).toString(
                                               QStringLiteral("yyyy-MM-dd HH:mm")) +
                                               QStringLiteral(" (UTC+8)")
                                         : QString());
        add(html + QStringLiteral("</table>"));
    }

    void indicatorTable(Dimension dimension)
    {
        QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                                      "cellpadding=\"3\" border=\"1\"><thead><tr>"
                                      "<th width=\"17%\">%1</th><th width=\"17%\">%2</th>"
                                      "<th width=\"30%\">%3</th><th width=\"36%\">%4</th>"
                                      "</tr></thead>")
                           .arg(esc(QCoreApplication::translate("DashboardReport", "Indicator")),
                                esc(QCoreApplication::translate("DashboardReport", "Value")),
                                esc(QCoreApplication::translate("DashboardReport", "Figures")),
                                esc(QCoreApplication::translate("DashboardReport", "Definition")));
        for (const monitoring::Indicator &i : m_data.report.ofDimension(dimension)) {
            QStringList figures;
            for (const monitoring::IndicatorFigure &f : i.figures)
                figures << esc(QCoreApplication::translate("DashboardReport", "%1: %2")
                                   .arg(f.label, orDash(f.text)));
            html += QStringLiteral("<tr><td><b>%1</b></td><td class=\"num\">%2</td><td>%3</td>"
                                   "<td><span class=\"small\">%4</span></td></tr>")
                        .arg(esc(i.label), esc(orDash(i.text)),
                             figures.join(QStringLiteral("<br/>")), esc(i.definition));
        }
        add(html + QStringLiteral("</table>"));
    }

    QString image(const DashboardChart &chart, int widthPx, int heightPx)
    {
        const QSizeF sizeMm(widthPx * kPxToMm, heightPx * kPxToMm);
        const QUrl url(QStringLiteral("chart:%1").arg(chart.id));
        m_images.append({url, charts::toImage(chart.paper.value_or(chart.data), sizeMm, m_dpi)});
        return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/>")
            .arg(url.toString())
            .arg(widthPx)
            .arg(heightPx);
    }

    /** One chart across the page, or two side by side. */
    void chartRow(const QList<const DashboardChart *> &charts)
    {
        if (charts.isEmpty())
            return;
        if (charts.size() == 1) {
            add(QStringLiteral("<p align=\"center\">%1</p>")
                    .arg(image(*charts.first(), kChartWidthPx, 250)));
            return;
        }
        QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
        for (int i = 0; i < charts.size(); i += 2) {
            html += QStringLiteral("<tr>");
            for (int j = i; j < i + 2; ++j)
                html += j < charts.size()
                            ? QStringLiteral("<td align=\"center\" width=\"50%\">%1</td>")
                                  .arg(image(*charts.at(j), kHalfChartWidthPx, 230))
                            : QStringLiteral("<td width=\"50%\"></td>");
            html += QStringLiteral("</tr>");
        }
        add(html + QStringLiteral("</table>"));
    }

    void alerts()
    {
        if (m_data.alerts.isEmpty()) {
            add(QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("DashboardReport", "No alerts."))));
            return;
        }
        alertCounts();
        alertList();
    }

    /** Every alert, counted by kind and severity (all of them, listed or not). */
    void alertCounts()
    {
        using monitoring::AlertSeverity;
        struct Counts
        {
            qsizetype critical = 0, warning = 0, info = 0, open = 0;
        };
        QHash<QString, Counts> byCode;
        for (const monitoring::Alert &a : m_data.alerts) {
            Counts &c = byCode[a.code];
            (a.severity == AlertSeverity::Critical  ? c.critical
             : a.severity == AlertSeverity::Warning ? c.warning
                                                    : c.info) += 1;
            c.open += a.acknowledged() ? 0 : 1;
        }
        const QLocale locale;
        QString html =
            QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"3\" border=\"1\"><thead><tr>"
                           "<th width=\"40%\">%1</th><th width=\"12%\">%2</th>"
                           "<th width=\"12%\">%3</th><th width=\"12%\">%4</th>"
                           "<th width=\"12%\">%5</th><th width=\"12%\">%6</th></tr></thead>")
                .arg(esc(QCoreApplication::translate("DashboardReport", "Alert")),
                     esc(monitoring::severityLabel(AlertSeverity::Critical)),
                     esc(monitoring::severityLabel(AlertSeverity::Warning)),
                     esc(monitoring::severityLabel(AlertSeverity::Info)),
                     esc(QCoreApplication::translate("DashboardReport", "Not acknowledged")),
                     esc(QCoreApplication::translate("DashboardReport", "Total")));
        const auto cell = [&locale](qsizetype n) {
            return QStringLiteral("<td class=\"num\">%1</td>").arg(locale.toString(n));
        };
        Counts all;
        QStringList codes = monitoring::alertcode::all(); // in their order, then any other
        QStringList others = byCode.keys();
        others.sort();
        for (const QString &code : std::as_const(others))
            if (!codes.contains(code))
                codes << code;
        for (const QString &code : std::as_const(codes)) {
            const auto it = byCode.constFind(code);
            if (it == byCode.cend())
                continue;
            html += QStringLiteral("<tr><td>%1</td>").arg(esc(monitoring::alertcode::label(code))) +
                    cell(it->critical) + cell(it->warning) + cell(it->info) + cell(it->open) +
                    cell(it->critical + it->warning + it->info) + QStringLiteral("</tr>");
            all.critical += it->critical;
            all.warning += it->warning;
            all.info += it->info;
            all.open += it->open;
        }
        html += QStringLiteral("<tr><td class=\"label\">%1</td>")
                    .arg(esc(QCoreApplication::translate("DashboardReport", "Total"))) +
                cell(all.critical) + cell(all.warning) + cell(all.info) + cell(all.open) +
                cell(m_data.alerts.size()) + QStringLiteral("</tr>");
        add(html + QStringLiteral("</table>"));
    }

    /** The most severe alerts one by one (kReportAlertsListed at most), and how many are not. */
    void alertList()
    {
        const qsizetype listed = std::min(m_data.alerts.size(), kReportAlertsListed);
        add(QStringLiteral("<p class=\"small\">%1</p>")
                .arg(esc(listed < m_data.alerts.size()
                             ? QCoreApplication::translate(
                                   "DashboardReport",
                                   "The %1 most severe of %2 alerts are listed below; the "
                                   "dashboard lists the others by kind or severity.")
                                   .arg(QLocale().toString(listed),
                                        QLocale().toString(m_data.alerts.size()))
                             : QCoreApplication::translate(
                                   "DashboardReport", "Every alert, the most severe first."))));
        QString html =
            QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"3\" border=\"1\"><thead><tr>"
                           "<th width=\"10%\">%1</th><th width=\"16%\">%2</th>"
                           "<th width=\"20%\">%3</th><th width=\"34%\">%4</th>"
                           "<th width=\"20%\">%5</th></tr></thead>")
                .arg(esc(QCoreApplication::translate("DashboardReport", "Severity")),
                     esc(QCoreApplication::translate("DashboardReport", "Alert")),
                     esc(QCoreApplication::translate("DashboardReport", "Subject")),
                     esc(QCoreApplication::translate("DashboardReport", "Reason")),
                     esc(QCoreApplication::translate("DashboardReport", "Acknowledged")));
        for (const monitoring::Alert &a : m_data.alerts.first(listed)) {
            const QString severity = monitoring::severityCode(a.severity);
            const QString ack =
                a.acknowledgement
                    ? QCoreApplication::translate("DashboardReport", "%1, %2: %3")
                          .arg(a.acknowledgement->actor,
                               a.acknowledgement->at.toOffsetFromUtc(8 * 3600).toString(
                                   QStringLiteral("yyyy-MM-dd")),
                               a.acknowledgement->note)
                    : QStringLiteral("—");
            html +=
                QStringLiteral("<tr><td><span class=\"%1\">%2</span></td><td>%3</td>"
                               "<td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(severity, esc(monitoring::severityLabel(a.severity)),
                         esc(monitoring::alertcode::label(a.code)),
                         esc(orDash(a.subject.label.isEmpty() ? a.subject.id : a.subject.label)),
                         esc(a.reason), esc(ack));
        }
        add(html + QStringLiteral("</table>"));
    }

    const DashboardData &m_data;
    int m_dpi;
    QString m_html;
    QList<std::pair<QUrl, QImage>> m_images;
};

} // namespace

QList<DashboardChart> dashboardCharts(const DashboardData &data)
{
    using Kind = charts::ChartData::Kind;
    const monitoring::DashboardBreakdown &b = data.breakdown;
    QList<DashboardChart> out;

    DashboardChart modes = itemChart(
        QStringLiteral("modes"), Dimension::Procedure, Kind::Pie,
        QCoreApplication::translate("DashboardReport", "Applications by authorization mode"),
        QCoreApplication::translate("DashboardReport", "Applications"), b.byMode);
    out << modes;

    DashboardChart domains =
        itemChart(QStringLiteral("domains"), Dimension::Procedure, Kind::Bar,
                  QCoreApplication::translate("DashboardReport", "Applications by scenario domain"),
                  QCoreApplication::translate("DashboardReport", "Applications"), b.byDomain);
    domains.data.xLabel = QCoreApplication::translate("DashboardReport", "Scenario domain");
    domains.data.yLabel = QCoreApplication::translate("DashboardReport", "Applications");
    out << domains;

    DashboardChart registration =
        itemChart(QStringLiteral("registration"), Dimension::Supply, Kind::Pie,
                  QCoreApplication::translate("DashboardReport",
                                              "Registration coverage of requested resources"),
                  QCoreApplication::translate("DashboardReport", "Resources"), b.registration);
    registration.data.categoryColors = {QColor(0x2e, 0x7d, 0x4f), QColor(0xb0, 0x3a, 0x2e),
                                        QColor(0x9e, 0x9e, 0x9e)};
    if (const monitoring::Indicator *indicator = data.report.find(QStringLiteral("registration")))
        registration.data.centerText = indicator->text;
    out << registration;

    out << monthChart(data, QStringLiteral("calls"), true);
    out << monthChart(data, QStringLiteral("revenue"), false);

    DashboardChart incidents = itemChart(
        QStringLiteral("incidents"), Dimension::Security, Kind::Bar,
        QCoreApplication::translate("DashboardReport", "Security incidents by severity"),
        QCoreApplication::translate("DashboardReport", "Incidents"), b.incidentsBySeverity);
    incidents.data.xLabel = QCoreApplication::translate("DashboardReport", "Severity");
    incidents.data.yLabel = QCoreApplication::translate("DashboardReport", "Incidents");
    incidents.data.series.first().color = QColor(0xb0, 0x3a, 0x2e);
    out << incidents;
    return out;
}

QStringList indicatorTableHeaders()
{
    return {QCoreApplication::translate("DashboardReport", "Indicator id"),
            QCoreApplication::translate("DashboardReport", "Indicator"),
            QCoreApplication::translate("DashboardReport", "Measure key"),
            QCoreApplication::translate("DashboardReport", "Measure"),
            QCoreApplication::translate("DashboardReport", "Value"),
            QCoreApplication::translate("DashboardReport", "Text"),
            QCoreApplication::translate("DashboardReport", "Cases")};
}

QByteArray indicatorTableCsv(const monitoring::IndicatorReport &report, Dimension dimension)
{
    QStringList lines;
    auto line = [&lines](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        lines << quoted.join(QLatin1Char(','));
    };
    line(indicatorTableHeaders());
    for (const monitoring::Indicator &i : report.ofDimension(dimension)) {
        line({i.id, i.label, QStringLiteral("value"), i.label, valueText(i.value), i.text,
              QString::number(i.applicationIds.size())});
        for (const monitoring::IndicatorFigure &f : i.figures)
            line({i.id, i.label, f.key, f.label, valueText(f.value), f.text, QString()});
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QString indicatorTableFileName(const monitoring::IndicatorReport &report, Dimension dimension)
{
    return QStringLiteral("monitoring-%1-%2_%3.csv")
        .arg(monitoring::dimensionCode(dimension), report.from.toString(Qt::ISODate),
             report.to.toString(Qt::ISODate));
}

QString dashboardReportTitle()
{
    return QCoreApplication::translate(
        "DashboardReport", "Monitoring Report on the Authorized Operation of Public Data");
}

std::unique_ptr<QTextDocument> dashboardDocument(const DashboardData &data, int dpi)
{
    return DashboardReport(data, dpi).build();
}

PageStyle dashboardPageStyle(const DashboardData &data)
{
    PageStyle style;
    style.title = dashboardReportTitle();
    style.header = QCoreApplication::translate("DashboardReport", "%1 · %2 to %3")
                       .arg(dashboardReportTitle(), data.report.from.toString(Qt::ISODate),
                            data.report.to.toString(Qt::ISODate));
    return style;
}

Result<QByteArray> dashboardPdf(const DashboardData &data)
{
    const PageStyle style = dashboardPageStyle(data);
    std::unique_ptr<QTextDocument> document = dashboardDocument(data, style.resolution);
    auto pdf = renderPdf(*document, style);
    if (!pdf)
        return Error{QStringLiteral("dashboard.pdf"), pdf.error().what};
    return pdf;
}

} // namespace gd::report
