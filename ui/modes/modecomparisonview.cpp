// SPDX-License-Identifier: GPL-3.0-or-later
#include "modecomparisonview.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QSlider>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "modes/adjustscoredialog.h"
#include "common/charts.h"
#include "common/palette.h"

namespace gd {
namespace {

QString key(const QString &mode, const QString &dimension)
{
    return mode + QLatin1Char('.') + dimension;
}

} // namespace

ModeComparisonView::ModeComparisonView(const ModeTable &table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_grid(new QTableWidget(int(table.dimensions.size()), int(table.modes.size()), this))
    , m_ranking(new QLabel(this))
    , m_finding(new QLabel(this))
{
    m_grid->setObjectName(QStringLiteral("modeTable"));
    m_grid->setWordWrap(true);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Rows as tall as their wrapped texts, the table as tall as its rows: the page scrolls
    // rather than the cells cutting their reasons to "…" (issue 18, item 3).
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_grid->verticalHeader()->setMinimumSectionSize(56);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->viewport()->installEventFilter(this);
    connect(m_grid->horizontalHeader(), &QHeaderView::sectionResized, this,
            &ModeComparisonView::fitGridHeight, Qt::QueuedConnection);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QStringList rows;
    for (const ModeTableEntry &dimension : m_table.dimensions)
        rows << dimension.name();
    m_grid->setVerticalHeaderLabels(rows);
    connect(m_grid, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int column) { adjustCell(column, row); });

    m_ranking->setObjectName(QStringLiteral("modeRanking"));
    m_ranking->setWordWrap(true);
    m_finding->setObjectName(QStringLiteral("modeFinding"));
    m_finding->setWordWrap(true);
    m_finding->setTextFormat(Qt::RichText);

    auto *hint = new QLabel(tr("Scores from 1 to 5, higher is better for the government (for "
                               "cost: a lower cost). Double-click a cell to adjust its score "
                               "with a written reason. Table version %1.")
                                .arg(m_table.version),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(palette::textStyle(palette::kMuted));

    auto *top = new QHBoxLayout;
    top->addWidget(m_grid, 1);
    top->addWidget(makeChart(), 1); // room for four dimensions' names at 1280 px (issue 18)

    auto *totalsBox = new QGroupBox(tr("Weighted totals (scale 4–20)"), this);
    auto *totalsLayout = new QGridLayout(totalsBox);
    for (int i = 0; i < m_table.modes.size(); ++i) {
        const ModeTableEntry &mode = m_table.modes.at(i);
        auto *name = new QLabel(mode.name(), totalsBox);
        auto *total = new QLabel(totalsBox);
        total->setObjectName(QStringLiteral("total_") + mode.id);
        QFont bold = total->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.2);
        total->setFont(bold);
        m_totals.insert(mode.id, total);
        totalsLayout->addWidget(name, i, 0);
        totalsLayout->addWidget(total, i, 1);
    }
    totalsLayout->addWidget(m_ranking, int(m_table.modes.size()), 0, 1, 2);
    totalsLayout->addWidget(m_finding, int(m_table.modes.size()) + 1, 0, 1, 2);
    totalsLayout->setColumnStretch(0, 1);
    totalsLayout->setColumnStretch(1, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(makeWeights(), 3);
    bottom->addWidget(totalsBox, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addLayout(top, 1);
    layout->addLayout(bottom);
    refresh();
}

ModeComparisonView::~ModeComparisonView() = default;

bool ModeComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    // Once the grid has its new width (its stretched columns theirs), its rows fit again.
    if (watched == m_grid->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &ModeComparisonView::fitGridHeight, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void ModeComparisonView::fitGridHeight()
{
    // Each row as tall as its most wrapped cell at the columns' present widths (the table's
    // hint counts the grid line).
    m_grid->resizeRowsToContents();
    int total = 0;
    for (int row = 0; row < m_grid->rowCount(); ++row)
        total += m_grid->rowHeight(row);
    const int frame = 2 * m_grid->frameWidth();
    m_grid->setMinimumHeight(total + m_grid->horizontalHeader()->height() + frame);
}

QWidget *ModeComparisonView::makeWeights()
{
    auto *box = new QGroupBox(tr("Weight per dimension (0–%1)").arg(ModeScoring::kMaxWeight), this);
    auto *grid = new QGridLayout(box);
    int row = 0;
    for (const ModeTableEntry &dimension : m_table.dimensions) {
        auto *slider = new QSlider(Qt::Horizontal, box);
        slider->setObjectName(QStringLiteral("weight_") + dimension.id);
        slider->setRange(0, ModeScoring::kMaxWeight);
        slider->setPageStep(1);
        slider->setTickPosition(QSlider::TicksBelow);
        slider->setTickInterval(1);
        slider->setAccessibleName(dimension.name());
        auto *value = new QLabel(box);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("10")) + 6);
        m_sliders.insert(dimension.id, slider);
        m_weightLabels.insert(dimension.id, value);
        grid->addWidget(new QLabel(dimension.name(), box), row, 0);
        grid->addWidget(slider, row, 1);
        grid->addWidget(value, row, 2);
        connect(slider, &QSlider::valueChanged, this, [this, id = dimension.id](int weight) {
            m_weightLabels.value(id)->setText(QString::number(weight));
            if (weight != m_scoring.weight(id))
                emit weightEdited(id, weight);
        });
        ++row;
    }
    grid->setColumnStretch(1, 1);
    return box;
}

QChartView *ModeComparisonView::makeChart()
{
    m_chart = new QChart;
    m_chart->setTitle(tr("Scores per dimension"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QBarSeries;
    for (int i = 0; i < m_table.modes.size(); ++i) {
        auto *set = new QBarSet(m_table.modes.at(i).name());
        set->setColor(palette::kSeries[i % 3]);
        for (int d = 0; d < m_table.dimensions.size(); ++d)
            set->append(0);
        m_sets << set;
        series->append(set);
    }
    m_chart->addSeries(series);
    m_categories = new QBarCategoryAxis;
    m_categories->setTitleText(tr("Dimension"));
    QFont labels = m_categories->labelsFont();
    labels.setPointSizeF(labels.pointSizeF() * 0.75);
    m_categories->setLabelsFont(labels);
    m_chart->addAxis(m_categories, Qt::AlignBottom);
    series->attachAxis(m_categories);
    auto *scores = new QValueAxis;
    scores->setRange(0, 5);
    scores->setTickCount(6);
    scores->setLabelFormat(QStringLiteral("%d"));
    scores->setTitleText(tr("Score (1–5)"));
    m_chart->addAxis(scores, Qt::AlignLeft);
    series->attachAxis(scores);
    auto *view = new QChartView(m_chart, this);
    view->setObjectName(QStringLiteral("modeChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(380, 300);
    return view;
}

void ModeComparisonView::setDeclaredMode(const QString &mode)
{
    m_declared = mode;
    refresh();
}

void ModeComparisonView::setScoring(const ModeScoring &scoring)
{
    m_scoring = scoring;
    refresh();
}

void ModeComparisonView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QSlider *slider : std::as_const(m_sliders))
        slider->setEnabled(!readOnly);
}

void ModeComparisonView::setNextAnswer(int score, const QString &reason)
{
    m_nextAnswer = std::make_pair(score, reason);
}

void ModeComparisonView::adjustCell(int modeIndex, int dimensionIndex)
{
    if (m_readOnly || modeIndex < 0 || modeIndex >= m_table.modes.size() || dimensionIndex < 0 ||
        dimensionIndex >= m_table.dimensions.size())
        return;
    const ModeTableEntry &mode = m_table.modes.at(modeIndex);
    const ModeTableEntry &dimension = m_table.dimensions.at(dimensionIndex);
    const ModeCell *cell = m_table.cell(mode.id, dimension.id);
    const auto current = m_scoring.adjustments.constFind(key(mode.id, dimension.id));
    const bool adjusted = current != m_scoring.adjustments.constEnd();

    int score = 0;
    QString reason;
    if (m_nextAnswer) {
        std::tie(score, reason) = *std::exchange(m_nextAnswer, std::nullopt);
    } else {
        AdjustScoreDialog dialog(QStringLiteral("%1 · %2").arg(mode.name(), dimension.name()),
                                 cell->score, adjusted ? current->score : cell->score,
                                 adjusted ? current->reason : QString(), this);
        if (dialog.exec() == QDialog::Accepted) {
            score = dialog.score();
            reason = dialog.reason();
        }
    }
    if (score == 0)
        return;
    if (score == cell->score) {
        if (adjusted)
            emit adjustmentEdited(mode.id, dimension.id, std::nullopt);
        return;
    }
    if (reason.trimmed().isEmpty())
        return; // refused: an adjusted score needs a written reason
    emit adjustmentEdited(mode.id, dimension.id, ModeAdjustment{score, reason.trimmed()});
}

void ModeComparisonView::refresh()
{
    const auto result = modes::compare(m_table, m_scoring, m_declared);
    m_comparison = result.ok() ? std::optional<ModeComparison>(result.value()) : std::nullopt;
    showGrid();
    fitGridHeight();
    showWeights();
    if (!m_comparison) {
        for (QLabel *total : std::as_const(m_totals))
            total->setText(QStringLiteral("—"));
        m_ranking->clear();
        const bool zero = result.error().where == ModeScoring::weightsNoteKey();
        m_finding->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(palette::kBad.name(),
                     (zero ? tr("All weights are zero: give at least one dimension a weight.")
                           : result.error().toString())
                         .toHtmlEscaped()));
        return;
    }
    showTotals();
}

/** The weighted totals, the chart, the ranking and the finding of a comparison that worked. */
void ModeComparisonView::showTotals()
{
    const qsizetype dimensionCount = m_table.dimensions.size();
    const ModeComparison &comparison = *m_comparison;
    for (int m = 0; m < m_table.modes.size(); ++m) {
        const ModeTotal &total = comparison.totals.at(m);
        if (QLabel *label = m_totals.value(total.mode)) {
            label->setText(total.toString(2));
            label->setToolTip(tr("Σ weight × score × %1 / Σ weight = %2 / %3")
                                  .arg(dimensionCount)
                                  .arg(total.numerator)
                                  .arg(total.denominator));
        }
        for (int d = 0; d < dimensionCount; ++d)
            m_sets.at(m)->replace(d, comparison.score(m, d, int(dimensionCount)));
    }
    QStringList ranked;
    for (const QString &mode : comparison.ranking)
        ranked << m_table.mode(mode)->name();
    m_ranking->setText(tr("Ranking: %1").arg(ranked.join(QStringLiteral(" › "))));
    if (comparison.finding) {
        m_finding->setText(
            QStringLiteral("<span style=\"color:%1\">⚠ %2</span>")
                .arg(palette::kWarn.name(), comparison.finding->message().toHtmlEscaped()));
    } else if (!m_declared.isEmpty()) {
        m_finding->setText(
            QStringLiteral("<span style=\"color:%1\">✓ %2</span>")
                .arg(palette::kOk.name(), tr("The declared mode is within %1 points of the best.")
                                              .arg(m_table.findingMargin())
                                              .toHtmlEscaped()));
    } else {
        m_finding->clear();
    }
    m_finding->setToolTip(m_table.findingMarginNote());
}

/** The weight sliders and their numbers, and the chart's categories. */
void ModeComparisonView::showWeights()
{
    QStringList categories;
    for (const ModeTableEntry &dimension : m_table.dimensions) {
        QSlider *slider = m_sliders.value(dimension.id);
        const int weight = m_scoring.weight(dimension.id);
        if (slider && slider->value() != weight) {
            const QSignalBlocker blocker(slider);
            slider->setValue(weight);
        }
        if (QLabel *label = m_weightLabels.value(dimension.id))
            label->setText(QString::number(weight));
        categories << chartLabelOnLines(dimension.name());
    }
    if (m_categories)
        m_categories->setCategories(categories);
}

/** The grid: one column per mode, one row per dimension; adjusted scores marked. */
void ModeComparisonView::showGrid()
{
    const qsizetype dimensionCount = m_table.dimensions.size();
    QStringList headers;
    for (const ModeTableEntry &mode : m_table.modes)
        headers << (mode.id == m_declared ? tr("%1\n★ declared").arg(mode.name()) : mode.name());
    m_grid->setHorizontalHeaderLabels(headers);
    for (int m = 0; m < m_table.modes.size(); ++m) {
        const ModeTableEntry &mode = m_table.modes.at(m);
        if (QTableWidgetItem *header = m_grid->horizontalHeaderItem(m)) {
            QFont font = header->font();
            font.setBold(mode.id == m_declared);
            header->setFont(font);
        }
        for (int d = 0; d < dimensionCount; ++d) {
            const ModeTableEntry &dimension = m_table.dimensions.at(d);
            const ModeCell *cell = m_table.cell(mode.id, dimension.id);
            const auto adjusted = m_scoring.adjustments.constFind(key(mode.id, dimension.id));
            QString scoreLine;
            QString tip;
            QColor background =
                mode.id == m_declared ? palette::kDeclaredBackground : palette::kPlain;
            if (adjusted != m_scoring.adjustments.constEnd()) {
                scoreLine = tr("%1 ✎ adjusted (default %2 · %3)")
                                .arg(adjusted->score)
                                .arg(cell->score)
                                .arg(cell->level());
                tip = tr("Adjusted from %1 to %2: %3")
                          .arg(cell->score)
                          .arg(adjusted->score)
                          .arg(adjusted->reason);
                background = palette::kAdjustedBackground;
            } else {
                scoreLine = QStringLiteral("%1 · %2").arg(cell->score).arg(cell->level());
                tip = tr("Default score %1. Double-click to adjust it.").arg(cell->score);
            }
            auto *item = new QTableWidgetItem(scoreLine + QLatin1Char('\n') + cell->text());
            item->setToolTip(tip);
            item->setBackground(background);
            item->setData(Qt::UserRole, adjusted != m_scoring.adjustments.constEnd());
            m_grid->setItem(d, m, item);
        }
    }
}

} // namespace gd
