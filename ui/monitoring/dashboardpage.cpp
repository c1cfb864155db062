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
#include <QStyledItemDelegate>
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
#include "services/monitoringrefresher.h"
#include "services/monitoringservice.h"
#include "common/palette.h"

namespace gd {
namespace {

using monitoring::Dimension;

/**
 * Wraps a tree's long cells within their column: QTreeView sizes a row without the columns'
 * widths, so the indicators' definitions were cut to one line with "…" (issue 18, item 3).
 */
class ColumnWrapDelegate final : public QStyledItemDelegate
{
public:
    explicit ColumnWrapDelegate(QTreeView *tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem sized = option;
        sized.rect = QRect(0, 0, m_tree->columnWidth(index.column()), 1);
        return QStyledItemDelegate::sizeHint(sized, index);
    }

private:
    QTreeView *m_tree;
};

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
    // As wide as the bar lets it be, up to 260 px: long names (operators, English modes) must
    // not make the page wider than a 1280 px screen; the open list shows them whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Never narrower than the "all" choice it starts with (English "All implementing bodies").
    const QFontMetrics metrics(combo->font());
    const int x = std::max(1, metrics.horizontalAdvance(QLatin1Char('x')));
    combo->setMinimumContentsLength(std::max(8, (metrics.horizontalAdvance(all) + x - 1) / x));
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    combo->setMaximumWidth(260);
    return combo;
}

/** A notice above the dashboard, framed in the colours of @p banner. */
QString bannerStyle(const palette::Banner &banner)
{
    return QStringLiteral(
               "QLabel { background: %1; color: %2; border: 1px solid %3; padding: 4px; }")
        .arg(banner.background.name(), banner.text.name(), banner.border.name());
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
    , m_refresher(new MonitoringRefresher(m_desk, this))
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
    QWidget *left = makeLeftColumn(content);

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

    followAlertsAndFeeds();
    applyPreset();
    m_watched->reloadFromSettings();
}

DashboardPage::~DashboardPage() = default;

/** The indicator cards, then the charts and the indicator table in tabs, then a summary. */
QWidget *DashboardPage::makeLeftColumn(QWidget *parent)
{
    auto *left = new QWidget(parent);
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
    makeIndicatorTable();
    m_lowerTabs->addTab(m_table, tr("Indicator Table"));
    leftLayout->addWidget(m_lowerTabs, 1);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setStyleSheet(palette::textStyle(palette::kQuiet));
    leftLayout->addWidget(m_summary);

    return left;
}

/** The indicators as a table, one per row with its value, cases and definition. */
void DashboardPage::makeIndicatorTable()
{
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setColumnCount(4);
    m_table->setHeaderLabels({tr("Indicator"), tr("Value"), tr("Cases"), tr("Definition")});
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setItemDelegateForColumn(3, new ColumnWrapDelegate(m_table));
    connect(m_table->header(), &QHeaderView::sectionResized, m_table, [this](int logical) {
        if (logical == 3)
            m_table->doItemsLayout(); // the definitions' rows as tall as they wrap
    });
    connect(m_table, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            drillDownIndicator(id);
    });
}

/** The alert panel's requests, and the feeds the watched folder imports or refuses. */
void DashboardPage::followAlertsAndFeeds()
{
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

    connect(m_refresher, &MonitoringRefresher::computed, this, &DashboardPage::showOverview);
    connect(m_refresher, &MonitoringRefresher::failed, this, [this](const QString &error) {
        log::warning(QStringLiteral("dashboard: %1").arg(error));
        showNotice(tr("The monitoring figures could not be computed: %1").arg(error), true);
        showComputing();
    });
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

void DashboardPage::refresh()
{
    m_dirty = false;
    m_requestedAt = QDateTime::currentMSecsSinceEpoch();
    m_requestedFilterText = filterText();
    // One read of the database and of the rule files serves the cards, charts and alerts; the
    // rule files and settings are read here, the database in the refresher's thread.
    m_refresher->request(query(), RuleLibrary().rules(), monitoring::MonitoringSettings::load());
    showComputing();
}

void DashboardPage::showComputing()
{
    const bool computing = m_refresher->busy();
    m_alerts->setComputing(computing);
    // What is exported is what is shown: nothing before the first figures.
    m_export->setEnabled(m_data.generatedAt.isValid());
    if (!m_data.generatedAt.isValid()) {
        // Nothing computed yet: the cards and charts are empty, and say nothing false.
        m_summary->setText(computing ? tr("Computing the monitoring figures and alerts…")
                                     : QString());
        return;
    }
    m_summary->setText(computing ? m_summaryText + QStringLiteral(" · ") + tr("updating…")
                                 : m_summaryText);
}

bool DashboardPage::isComputing() const
{
    return m_refresher->busy();
}

void DashboardPage::showOverview(const MonitoringService::Overview &overview)
{
    m_data.report = overview.report;
    m_data.breakdown = overview.breakdown;
    m_data.alerts = overview.alerts;
    m_data.filterText = m_requestedFilterText;
    m_data.generatedAt = QDateTime::currentDateTimeUtc();
    fillChoices();
    showData();
    showComputing(); // a newer request may still be under way
    log::info(QStringLiteral("dashboard: computed in %1 ms")
                  .arg(QDateTime::currentMSecsSinceEpoch() - m_requestedAt));
    emit refreshed();
}

void DashboardPage::showData()
{
    const monitoring::DashboardBreakdown &b = m_data.breakdown;
    // A card's trend ends with the last month in full: the month still under way (and one its
    // feed has not reported) is no drop.
    const auto whole = [](const QList<double> &values, const MonthSpan &span) {
        return values.mid(0, span.partial >= 0 ? span.partial : span.reported);
    };
    const auto items = [this, &whole](const QList<monitoring::BreakdownItem> &list) {
        QList<double> values;
        QList<QDate> months;
        for (const monitoring::BreakdownItem &item : list) {
            values << item.value;
            months << QDate::fromString(item.key + QStringLiteral("-01"), Qt::ISODate);
        }
        return whole(values, monthSpan(months, months.size()));
    };
    const auto series = [this, &whole](const QString &key) {
        QList<double> values;
        if (const monitoring::IndicatorSeries *s = m_data.report.findSeries(key))
            for (const monitoring::MonthPoint &p : s->points)
                values << p.number;
        return whole(values, monthSpan(key));
    };
    for (IndicatorCard *card : std::as_const(m_cards)) {
        card->setIndicators(m_data.report.ofDimension(card->dimension()));
        switch (card->dimension()) {
        case Dimension::Procedure:
            card->setTrend(items(b.decisionsByMonth), tr("decisions per month"));
            break;
        case Dimension::Supply:
            card->setTrend(items(b.submissionsByMonth), tr("applications per month"));
            break;
        case Dimension::Benefit:
            card->setTrend(series(QStringLiteral("calls")), tr("calls per month"));
            break;
        case Dimension::Security:
            card->setTrend(series(QStringLiteral("incidents")), tr("incidents per month"));
            break;
        }
    }
    m_charts = report::dashboardCharts(m_data);
    for (const report::DashboardChart &chart : std::as_const(m_charts))
        showChart(chart);
    showIndicatorTable();
    m_alerts->setAlerts(m_data.alerts);
    const QString folder = m_watched->folder();
    m_summaryText =
        tr("Period %1 to %2 · evaluated on %3 · %4")
            .arg(m_data.report.from.toString(Qt::ISODate), m_data.report.to.toString(Qt::ISODate),
                 m_data.report.on.toString(Qt::ISODate),
                 folder.isEmpty() ? tr("no watched feed folder (Tools → Settings…)")
                                  : tr("watching %1").arg(QDir::toNativeSeparators(folder)));
    m_summary->setText(m_summaryText);
}

QStringList DashboardPage::indicatorRow(const monitoring::Indicator &i)
{
    const qsizetype cases = i.applicationIds.size() - i.applicationIds.count(QString());
    return {i.label, i.text, QLocale().toString(cases), i.definition};
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
            auto *item = new QTreeWidgetItem(top, indicatorRow(i));
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
    m_notice->setStyleSheet(problem ? bannerStyle(palette::kProblemBanner)
                                    : bannerStyle(palette::kSuccessBanner));
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

} // namespace gd
