// SPDX-License-Identifier: GPL-3.0-or-later
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

enum Preset
{
    Last12Months,
    ThisYear,
    LastYear,
    Custom
};

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{path, file.errorString()};
    return success();
}

QDateEdit *makeDateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QComboBox *makeFilterCombo(const QString &name, const QString &all, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(all, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMaximumWidth(260);
    return combo;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

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

DashboardPage::DashboardPage(std::shared_ptr<Desk> desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(std::move(desk))
    , m_preset(new QComboBox(this))
    , m_from(makeDateEdit(QStringLiteral("periodFrom"), this))
    , m_to(makeDateEdit(QStringLiteral("periodTo"), this))
    , m_body(makeFilterCombo(QStringLiteral("bodyFilter"), tr("All implementing bodies"), this))
    , m_domain(makeFilterCombo(QStringLiteral("domainFilter"), tr("All domains"), this))
    , m_mode(makeFilterCombo(QStringLiteral("modeFilter"), tr("All modes"), this))
    , m_operator(makeFilterCombo(QStringLiteral("operatorFilter"), tr("All operators"), this))
    , m_export(new QToolButton(this))
    , m_notice(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_lowerTabs(new QTabWidget(this))
    , m_table(new QTreeWidget(this))
    , m_alerts(new AlertPanel(m_desk, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_watched(new WatchedFolder(m_desk, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    // Everything in a scroll area: the page must not make the main window wider or taller than
    // the officer wants it (on a small screen the dashboard scrolls instead).
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(makeFilterBar());

    m_notice->setObjectName(QStringLiteral("feedNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);

    // Left: the cards, then charts and the indicator table; right: the alerts.
    auto *left = new QWidget(content);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(6);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(6);
    for (Dimension dimension : monitoring::kDimensions) {
        auto *card = new IndicatorCard(dimension, left);
        connect(card, &IndicatorCard::drillDown, this, &DashboardPage::drillDownIndicator);
        cards->addWidget(card, 1);
        m_cards << card;
    }
    leftLayout->addLayout(cards);

    m_lowerTabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_lowerTabs->setDocumentMode(true);
    m_lowerTabs->addTab(makeCharts(), tr("Charts"));
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setColumnCount(4);
    m_table->setHeaderLabels({tr("Indicator"), tr("Value"), tr("Cases"), tr("Definition")});
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_table, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            drillDownIndicator(id);
    });
    m_lowerTabs->addTab(m_table, tr("Indicator Table"));
    leftLayout->addWidget(m_lowerTabs, 1);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #555555"));
    leftLayout->addWidget(m_summary);

    m_splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_alerts);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_alerts->setMinimumWidth(300);
    m_splitter->setSizes({1080, 360});
    layout->addWidget(m_splitter, 1);
    scroll->setWidget(content);

    connect(m_alerts, &AlertPanel::applicationsRequested, this,
            &DashboardPage::applicationsRequested);
    connect(m_alerts, &AlertPanel::notify, this, &DashboardPage::notify);
    connect(m_alerts, &AlertPanel::acknowledged, this, &DashboardPage::refresh);

    connect(m_watched, &WatchedFolder::feedImported, this,
            [this](const QString &, const QString &summary) {
                showNotice(summary, false);
                emit notify(summary);
                invalidate();
            });
    connect(m_watched, &WatchedFolder::feedRefused, this,
            [this](const QString &path, const QStringList &errors) {
                const QString text =
                    tr("Feed %1 from the watched folder was refused (%n error(s)); nothing was "
                       "imported.",
                       nullptr, int(errors.size()))
                        .arg(QFileInfo(path).fileName());
                showNotice(text, true, errors.join(QLatin1Char('\n')));
                emit notify(text);
            });
    connect(m_watched, &WatchedFolder::folderProblem, this, [this](const QString &message) {
        showNotice(message, true);
        emit notify(message);
    });
    connect(m_watched, &WatchedFolder::settingsChanged, this, &DashboardPage::invalidate);

    applyPreset();
    m_watched->reloadFromSettings();
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::makeFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *periodLabel = new QLabel(tr("Period:"), bar);
    layout->addWidget(periodLabel);
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_preset->addItem(tr("Last 12 months"), Last12Months);
    m_preset->addItem(tr("This year"), ThisYear);
    m_preset->addItem(tr("Last year"), LastYear);
    m_preset->addItem(tr("Custom"), Custom);
    periodLabel->setBuddy(m_preset);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), bar));
    layout->addWidget(m_to);
    layout->addSpacing(12);
    auto *filterLabel = new QLabel(tr("Cases:"), bar);
    layout->addWidget(filterLabel);
    filterLabel->setBuddy(m_body);
    for (QComboBox *combo : {m_body, m_domain, m_mode, m_operator}) {
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardPage::filterChanged);
    }
    m_body->setToolTip(tr("Implementing body (实施机构)"));
    m_domain->setToolTip(tr("Scenario domain"));
    m_mode->setToolTip(tr("Authorization mode"));
    m_operator->setToolTip(tr("Operator (credit code)"));
    layout->addStretch(1);

    auto *refresh = new QToolButton(bar);
    refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    refresh->setText(tr("Refresh"));
    refresh->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(refresh, &QToolButton::clicked, this, &DashboardPage::refresh);
    layout->addWidget(refresh);

    m_export->setObjectName(QStringLiteral("dashboardExport"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    QAction *pdf =
        menu->addAction(tr("Dashboard as &PDF…"), this, &DashboardPage::exportPdfInteractive);
    pdf->setObjectName(QStringLiteral("actionExportDashboardPdf"));
    menu->addSeparator();
    for (Dimension dimension : monitoring::kDimensions) {
        QAction *csv =
            menu->addAction(tr("Table \"%1\" as CSV…").arg(monitoring::dimensionLabel(dimension)),
                            this, [this, dimension] { exportCsvInteractive(dimension); });
        csv->setObjectName(QStringLiteral("actionExportCsv_") +
                           monitoring::dimensionCode(dimension));
    }
    m_export->setMenu(menu);
    layout->addWidget(m_export);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DashboardPage::applyPreset);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_filling)
                return;
            const QSignalBlocker blocker(m_preset);
            m_preset->setCurrentIndex(m_preset->findData(Custom));
            filterChanged();
        });
    }
    return bar;
}

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

void DashboardPage::applyPreset()
{
    const QDate today = m_on.isValid() ? m_on : QDate::currentDate();
    QDate from, to;
    switch (m_preset->currentData().toInt()) {
    case Last12Months:
        to = today;
        from = QDate(today.year(), today.month(), 1).addMonths(-11);
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        to = today;
        break;
    case LastYear:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    default:
        return; // custom: the dates as they are
    }
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    filterChanged();
}

void DashboardPage::setPeriod(const QDate &from, const QDate &to)
{
    m_filling = true;
    {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(Custom));
    }
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    filterChanged();
}

void DashboardPage::setEvaluationDay(const QDate &on)
{
    m_on = on;
    applyPreset();
    invalidate();
}

void DashboardPage::setFilter(const monitoring::MonitoringFilter &filter)
{
    m_filling = true;
    const auto select = [](QComboBox *combo, const QString &value) {
        int index = combo->findData(value);
        if (index < 0 && !value.isEmpty()) {
            combo->addItem(value, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, index));
    };
    select(m_body, filter.implementingBody);
    select(m_domain, filter.domain);
    select(m_mode, filter.mode);
    select(m_operator, filter.operatorCode);
    m_filling = false;
    filterChanged();
}

void DashboardPage::filterChanged()
{
    if (m_filling)
        return;
    invalidate();
}

monitoring::IndicatorQuery DashboardPage::query() const
{
    monitoring::IndicatorQuery q;
    q.from = m_from->date();
    q.to = m_to->date();
    q.on = m_on.isValid() ? m_on : QDate::currentDate();
    q.filter.implementingBody = m_body->currentData().toString();
    q.filter.domain = m_domain->currentData().toString();
    q.filter.mode = m_mode->currentData().toString();
    q.filter.operatorCode = m_operator->currentData().toString();
    return q;
}

void DashboardPage::invalidate()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

QString DashboardPage::filterText() const
{
    QStringList parts;
    const auto add = [&parts](const QString &label, const QComboBox *combo) {
        if (!combo->currentData().toString().isEmpty())
            parts << tr("%1: %2").arg(label, combo->currentText());
    };
    add(tr("Implementing body"), m_body);
    add(tr("Domain"), m_domain);
    add(tr("Mode"), m_mode);
    add(tr("Operator"), m_operator);
    return parts.join(QStringLiteral(" · "));
}

void DashboardPage::refresh()
{
    m_dirty = false;
    QElapsedTimer timer;
    timer.start();
    const monitoring::IndicatorQuery q = query();
    // One read of the database and of the rule files serves the cards, charts and alerts.
    auto overview = MonitoringService(m_desk).overview(q, RuleLibrary().rules(),
                                                       monitoring::MonitoringSettings::load());
    if (!overview) {
        log::warning(QStringLiteral("dashboard: %1").arg(overview.error().toString()));
        showNotice(
            tr("The monitoring figures could not be computed: %1").arg(overview.error().toString()),
            true);
        return;
    }
    m_data.report = std::move(overview->report);
    m_data.breakdown = std::move(overview->breakdown);
    m_data.alerts = std::move(overview->alerts);
    m_data.filterText = filterText();
    m_data.generatedAt = QDateTime::currentDateTimeUtc();
    fillChoices();
    showData();
    log::info(QStringLiteral("dashboard: computed in %1 ms").arg(timer.elapsed()));
    emit refreshed();
}

void DashboardPage::fillChoices()
{
    m_filling = true;
    const auto fill = [](QComboBox *combo, const QList<monitoring::FilterChoice> &choices) {
        const QString current = combo->currentData().toString();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const monitoring::FilterChoice &choice : choices)
            combo->addItem(choice.label, choice.value);
        int index = combo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            combo->addItem(current, current); // keep a filter the data no longer offers
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, index));
    };
    fill(m_body, m_data.breakdown.implementingBodies);
    fill(m_domain, m_data.breakdown.domains);
    fill(m_mode, m_data.breakdown.modes);
    fill(m_operator, m_data.breakdown.operators);
    m_filling = false;
}

void DashboardPage::showData()
{
    const monitoring::DashboardBreakdown &b = m_data.breakdown;
    const auto values = [](const QList<monitoring::BreakdownItem> &items) {
        QList<double> out;
        for (const monitoring::BreakdownItem &item : items)
            out << item.value;
        return out;
    };
    const auto seriesValues = [this](const QString &key) {
        QList<double> out;
        for (const monitoring::Indicator &i : m_data.report.indicators)
            for (const monitoring::IndicatorSeries &s : i.series)
                if (s.key == key)
                    for (const monitoring::MonthPoint &p : s.points)
                        out << p.number;
        return out;
    };
    for (IndicatorCard *card : std::as_const(m_cards)) {
        card->setIndicators(m_data.report.ofDimension(card->dimension()));
        switch (card->dimension()) {
        case Dimension::Procedure:
            card->setTrend(values(b.decisionsByMonth), tr("decisions per month"));
            break;
        case Dimension::Supply:
            card->setTrend(values(b.submissionsByMonth), tr("applications per month"));
            break;
        case Dimension::Benefit:
            card->setTrend(seriesValues(QStringLiteral("calls")), tr("calls per month"));
            break;
        case Dimension::Security:
            card->setTrend(seriesValues(QStringLiteral("incidents")), tr("incidents per month"));
            break;
        }
    }
    m_charts = report::dashboardCharts(m_data);
    for (const report::DashboardChart &chart : std::as_const(m_charts))
        showChart(chart);
    showIndicatorTable();
    m_alerts->setAlerts(m_data.alerts);
    const QString folder = m_watched->folder();
    m_summary->setText(
        tr("Period %1 to %2 · evaluated on %3 · %4")
            .arg(m_data.report.from.toString(Qt::ISODate), m_data.report.to.toString(Qt::ISODate),
                 m_data.report.on.toString(Qt::ISODate),
                 folder.isEmpty() ? tr("no watched feed folder (Tools → Settings…)")
                                  : tr("watching %1").arg(QDir::toNativeSeparators(folder))));
}

void DashboardPage::showChart(const report::DashboardChart &chart)
{
    QChartView *view = m_chartViews.value(chart.id);
    if (!view)
        return;
    QChart *c = view->chart();
    clearChart(c);
    const charts::ChartData &d = chart.data;
    c->setTitle(d.title);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    const QString id = chart.id;
    // Domains: many names of several characters, which no axis of this size shows whole; a
    // ring with a legend names every one (the printed report draws bars, it has the room).
    if (d.kind == charts::ChartData::Kind::Pie || chart.id == QLatin1String("domains")) {
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
                tr("%1: %2").arg(d.categories.at(i), d.format ? d.format(v) : QString::number(v)),
                v);
            const QColor color = d.categoryColors.value(i).isValid() ? d.categoryColors.value(i)
                                                                     : charts::paletteColor(i);
            slice->setColor(color);
            slice->setBorderColor(Qt::white);
            slice->setLabelVisible(false); // the legend names it, with its share
            connect(slice, &QPieSlice::clicked, this, [this, id, i] { drillDownChart(id, i); });
            connect(slice, &QPieSlice::hovered, slice,
                    [slice](bool on) { slice->setExploded(on); });
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
        return;
    }

    auto *x = new QBarCategoryAxis(c);
    QStringList categories = d.categories;
    const bool months = chart.id == QLatin1String("calls") || chart.id == QLatin1String("revenue");
    x->append(categories);
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

void DashboardPage::showIndicatorTable()
{
    m_table->clear();
    for (Dimension dimension : monitoring::kDimensions) {
        auto *top = new QTreeWidgetItem(m_table, {monitoring::dimensionLabel(dimension)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(true);
        for (const monitoring::Indicator &i : m_data.report.ofDimension(dimension)) {
            QStringList ids = i.applicationIds;
            ids.removeAll(QString());
            auto *item = new QTreeWidgetItem(
                top, {i.label, i.text, QString::number(ids.size()), i.definition});
            item->setData(0, Qt::UserRole, i.id);
            item->setToolTip(3, i.definition);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            for (const monitoring::IndicatorFigure &f : i.figures) {
                auto *figure = new QTreeWidgetItem(item, {f.label, f.text});
                figure->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            }
        }
    }
    m_table->expandToDepth(0);
}

void DashboardPage::showNotice(const QString &text, bool problem, const QString &details)
{
    m_notice->setText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm")), text));
    m_notice->setToolTip(details);
    m_notice->setStyleSheet(problem
                                ? QStringLiteral("QLabel { background: #fbeaea; color: #8a1c1c; "
                                                 "border: 1px solid #e0b4b4; padding: 4px; }")
                                : QStringLiteral("QLabel { background: #eaf5ee; color: #1f5a35; "
                                                 "border: 1px solid #b7dcc4; padding: 4px; }"));
    if (!details.isEmpty()) {
        // The first errors on the page, all of them in the tooltip and the log.
        const QStringList lines = details.split(QLatin1Char('\n'));
        QString shown = lines.mid(0, 5).join(QLatin1Char('\n'));
        if (lines.size() > 5)
            shown += QLatin1Char('\n') + tr("… and %n more", nullptr, int(lines.size() - 5));
        m_notice->setText(m_notice->text() + QLatin1Char('\n') + shown);
    }
    m_notice->show();
}

IndicatorCard *DashboardPage::card(Dimension dimension) const
{
    for (IndicatorCard *card : m_cards)
        if (card->dimension() == dimension)
            return card;
    return nullptr;
}

QChartView *DashboardPage::chartView(const QString &id) const
{
    return m_chartViews.value(id);
}

void DashboardPage::drillDownIndicator(const QString &id)
{
    const monitoring::Indicator *indicator = m_data.report.find(id);
    if (!indicator)
        return;
    QStringList ids = indicator->applicationIds;
    ids.removeAll(QString());
    if (ids.isEmpty()) {
        emit notify(tr("No cases are behind \"%1\" for this period.").arg(indicator->label));
        return;
    }
    emit applicationsRequested(ids,
                               tr("%1 (%2 to %3)")
                                   .arg(indicator->label, m_data.report.from.toString(Qt::ISODate),
                                        m_data.report.to.toString(Qt::ISODate)));
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

Status DashboardPage::exportPdf(const QString &path) const
{
    const auto pdf = report::dashboardPdf(m_data);
    if (!pdf)
        return pdf.error();
    return writeAtomically(path, pdf.value());
}

Status DashboardPage::exportCsv(Dimension dimension, const QString &path) const
{
    return writeAtomically(path, report::indicatorTableCsv(m_data.report, dimension));
}

void DashboardPage::exportPdfInteractive()
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export Dashboard as PDF"),
        QStringLiteral("monitoring-%1_%2.pdf")
            .arg(m_data.report.from.toString(Qt::ISODate), m_data.report.to.toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status done = exportPdf(path);
    const QString message = done ? tr("Dashboard saved as %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("The PDF was not saved: %1").arg(done.error().toString());
    showNotice(message, !done);
    emit notify(message);
}

void DashboardPage::exportCsvInteractive(Dimension dimension)
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export Indicator Table as CSV"),
        report::indicatorTableFileName(m_data.report, dimension), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status done = exportCsv(dimension, path);
    const QString message = done ? tr("Table saved as %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("The table was not saved: %1").arg(done.error().toString());
    showNotice(message, !done);
    emit notify(message);
}

} // namespace gd
