// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QWidget>

#include "modes/modetable.h"

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QSlider;
class QTableWidget;

namespace gd {

/**
 * The mode comparison of docs/domain.md §2 for one case: the 3 × 4 table with the seed's text
 * and the scores, a weight slider per dimension, the weighted totals, a grouped bar chart
 * and the finding. It shows a ModeScoring and reports edits as signals; whoever owns it
 * (the review step, the standalone dialog) stores them and calls setScoring() back.
 */
class ModeComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeComparisonView)

public:
    explicit ModeComparisonView(const ModeTable &table, QWidget *parent = nullptr);
    ~ModeComparisonView() override;

    const ModeTable &table() const { return m_table; }
    void setDeclaredMode(const QString &mode);
    void setScoring(const ModeScoring &scoring);
    const ModeScoring &scoring() const { return m_scoring; }
    /** The comparison shown, or empty when the scoring is refused (all weights zero). */
    const std::optional<ModeComparison> &comparison() const { return m_comparison; }
    void setReadOnly(bool readOnly);

    /** Asks for an adjusted score of a cell (a dialog) and reports it as adjustmentEdited. */
    void adjustCell(int modeIndex, int dimensionIndex);
    /** Test hook: the next adjustCell() takes this answer (score 0: cancel) without a dialog. */
    void setNextAnswer(int score, const QString &reason);

signals:
    void weightEdited(const QString &dimension, int weight);
    /** An adjustment set, or taken back (empty) when the default score is chosen again. */
    void adjustmentEdited(const QString &mode, const QString &dimension,
                          const std::optional<gd::ModeAdjustment> &adjustment);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitGridHeight();
    void showTotals();
    void showWeights();
    void showGrid();
    QWidget *makeWeights();
    QChartView *makeChart();
    void refresh();

    ModeTable m_table;
    ModeScoring m_scoring;
    QString m_declared;
    std::optional<ModeComparison> m_comparison;
    bool m_readOnly = false;
    std::optional<std::pair<int, QString>> m_nextAnswer;

    QTableWidget *m_grid;
    QHash<QString, QSlider *> m_sliders;
    QHash<QString, QLabel *> m_weightLabels;
    QHash<QString, QLabel *> m_totals;
    QLabel *m_ranking;
    QLabel *m_finding;
    QChart *m_chart = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QList<QBarSet *> m_sets;
};

} // namespace gd
