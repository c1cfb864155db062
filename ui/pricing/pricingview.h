// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QWidget>

#include "pricing/feeengine.h"
#include "pricing/rulelibrary.h"
#include "pricing/pricinginputs.h"

class QChart;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QResizeEvent;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace gd {

/**
 * The fee calculator (docs/formats/fee-rules.md): inputs on the left, the
 * engine's trace as a table and the findings in the middle, and two charts — the fee
 * against quantity across the bands with the cap-price line and the application's
 * quantity, and revenue to date + this fee against the maximum allowed revenue. All
 * numbers come from the core's fee engine; this widget only shows them.
 */
class PricingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricingView)

public:
    explicit PricingView(QWidget *parent = nullptr);
    ~PricingView() override;

    /** Shows @p inputs; the rule file is looked up by file name and version. */
    void setInputs(const PricingInputs &inputs);
    PricingInputs inputs() const;
    /** The rule file chosen, if any. */
    std::optional<RuleFileEntry> currentRules() const;
    /** The fee of the inputs shown; empty without a rule file. */
    const std::optional<FeeResult> &result() const { return m_result; }
    void setReadOnly(bool readOnly);
    /** Reads the rule library again (after an import), keeping the choice when it can. */
    void reloadRules();
    RuleLibrary &library() { return m_library; }

signals:
    /** The officer changed an input (not emitted by setInputs()). */
    void inputsEdited();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(bool wide);
    QWidget *makeInputs();
    QWidget *makeResults();
    QWidget *makeCharts();
    void fillRuleCombo(const QString &fileName, const QString &version);
    void fillProducts(const QString &product);
    void edited();
    void recompute();
    void showTrace();
    void showFindings();
    void showCurve();
    void showMar();

    RuleLibrary m_library;
    QList<RuleFileEntry> m_entries;
    std::optional<FeeResult> m_result;
    bool m_loading = false;

    QComboBox *m_rules;
    QLabel *m_rulesInfo;
    QComboBox *m_product;
    QComboBox *m_useClass;
    QLineEdit *m_quantity;
    QComboBox *m_unit;
    QCheckBox *m_smallBusiness;
    QCheckBox *m_priority;
    QLineEdit *m_operator;
    QDateEdit *m_periodStart;
    QDateEdit *m_periodEnd;
    QDateEdit *m_date;

    QLabel *m_fee;
    QLabel *m_freeReason;
    QTableWidget *m_trace;
    QListWidget *m_findings;
    QPlainTextEdit *m_traceLines;
    QChart *m_curveChart = nullptr;
    QChart *m_marChart = nullptr;
    QWidget *m_inputsPanel = nullptr;
    QWidget *m_resultsPanel = nullptr;
    QWidget *m_chartsPanel = nullptr;
    std::optional<bool> m_wide;
};

} // namespace gd
