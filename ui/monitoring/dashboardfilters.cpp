// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardPage: the filter bar, the period presets and the query they make.
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

enum Preset
{
    Last12Months,
    ThisYear,
    LastYear,
    Custom
};

} // namespace

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
        layout->addWidget(combo, 1); // wider as the bar has room, up to their maximum width
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardPage::filterChanged);
    }
    m_body->setToolTip(tr("Implementing body"));
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
    // The menu's arrow as a character: Fusion draws an instant popup's over the text (#18).
    m_export->setText(tr("Export") + QStringLiteral(" ▾"));
    m_export->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
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

} // namespace gd
