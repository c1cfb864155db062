// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricingview.h"

#include <utility>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "domain/vocabulary.h"
#include "common/palette.h"
#include "common/charts.h"

namespace gd {
namespace {

/** Display only: a chart coordinate from an exact amount. */
double toChart(const Money &money)
{
    return money.toString().toDouble();
}

QDate emptyDate()
{
    return QDate(2000, 1, 1);
}

void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : emptyDate());
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == emptyDate() ? QDate() : edit->date();
}

QDateEdit *makeDateEdit(const QString &name, bool optional, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(emptyDate());
    if (optional)
        edit->setSpecialValueText(QStringLiteral("—"));
    return edit;
}

QColor findingColour(const QString &code)
{
    if (code == feefinding::FreeUse)
        return palette::kOk;
    if (code == feefinding::TrialSchedule)
        return palette::kWarn;
    return palette::kBad;
}

QChartView *makeChartView(QChart *chart, const QString &name, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 360); // the revenue axis's title whole (issue 18)
    return view;
}

/** 1 or 10,000 (万): keeps axis labels short for large quantities and fees. */
double scaleFor(double maximum)
{
    return maximum >= 100000.0 ? 10000.0 : 1.0;
}

} // namespace

PricingView::PricingView(QWidget *parent)
    : QWidget(parent)
    , m_rules(new QComboBox(this))
    , m_rulesInfo(new QLabel(this))
    , m_product(new QComboBox(this))
    , m_useClass(new QComboBox(this))
    , m_quantity(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_smallBusiness(new QCheckBox(tr("Small business"), this))
    , m_priority(new QCheckBox(tr("Priority scenario"), this))
    , m_operator(new QLineEdit(this))
    , m_periodStart(makeDateEdit(QStringLiteral("periodStartEdit"), true, this))
    , m_periodEnd(makeDateEdit(QStringLiteral("periodEndEdit"), true, this))
    , m_date(makeDateEdit(QStringLiteral("reviewDateEdit"), false, this))
    , m_fee(new QLabel(this))
    , m_freeReason(new QLabel(this))
    , m_trace(new QTableWidget(0, 4, this))
    , m_findings(new QListWidget(this))
    , m_traceLines(new QPlainTextEdit(this))
{
    m_inputsPanel = makeInputs();
    m_resultsPanel = makeResults();
    m_chartsPanel = makeCharts();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    arrange(true);
    m_entries = m_library.entries();
    fillRuleCombo({}, {});
    fillProducts({});
    recompute();
}

PricingView::~PricingView() = default;

/**
 * Inputs, results and charts side by side when the view is wide; on narrower screens (the
 * review's pricing step at 1280×800) the charts go below, side by side, so that the
 * calculation table gets the width its band and step texts need (issue 18, item 3).
 */
void PricingView::arrange(bool wide)
{
    if (m_wide == wide)
        return;
    m_wide = wide;
    auto *grid = static_cast<QGridLayout *>(layout());
    for (QWidget *panel : {m_inputsPanel, m_resultsPanel, m_chartsPanel})
        grid->removeWidget(panel);
    for (int i = 0; i < 3; ++i) {
        grid->setColumnStretch(i, 0);
        grid->setRowStretch(i, 0);
    }
    static_cast<QBoxLayout *>(m_chartsPanel->layout())
        ->setDirection(wide ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    grid->addWidget(m_inputsPanel, 0, 0);
    grid->addWidget(m_resultsPanel, 0, 1);
    if (wide) {
        grid->addWidget(m_chartsPanel, 0, 2);
        grid->setColumnStretch(1, 3);
        grid->setColumnStretch(2, 3);
    } else {
        grid->addWidget(m_chartsPanel, 1, 0, 1, 2);
        grid->setColumnStretch(1, 1);
        grid->setRowStretch(1, 1);
    }
}

void PricingView::resizeEvent(QResizeEvent *event)
{
    // Both arrangements are narrower than the threshold, so the choice cannot oscillate.
    arrange(event->size().width() >= 1100);
    QWidget::resizeEvent(event);
}

QWidget *PricingView::makeInputs()
{
    auto *box = new QGroupBox(tr("Inputs"), this);
    box->setMaximumWidth(340);
    m_rules->setObjectName(QStringLiteral("ruleCombo"));
    m_rules->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rules->setMinimumContentsLength(16);
    m_rulesInfo->setObjectName(QStringLiteral("rulesInfo"));
    m_rulesInfo->setWordWrap(true);
    m_rulesInfo->setStyleSheet(palette::textStyle(palette::kMuted));
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_product->setEditable(true);
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_product->setMinimumContentsLength(16);
    m_useClass->setObjectName(QStringLiteral("useClassCombo"));
    for (const QString &code : vocabulary::codes("useClass"))
        m_useClass->addItem(vocabulary::label("useClass", code), code);
    m_quantity->setObjectName(QStringLiteral("quantityEdit"));
    m_quantity->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{1,13}")), m_quantity));
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    for (const QString &code : vocabulary::codes("billingUnit"))
        m_unit->addItem(vocabulary::label("billingUnit", code), code);
    m_smallBusiness->setObjectName(QStringLiteral("smallBusinessCheck"));
    m_priority->setObjectName(QStringLiteral("priorityCheck"));
    m_operator->setObjectName(QStringLiteral("operatorEdit"));
    m_operator->setPlaceholderText(tr("Unified social credit code"));

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Rule file:"), m_rules);
    form->addRow(m_rulesInfo);
    form->addRow(tr("Product:"), m_product);
    form->addRow(tr("Use class:"), m_useClass);
    form->addRow(tr("Quantity:"), m_quantity);
    form->addRow(tr("Billing unit:"), m_unit);
    form->addRow(tr("Discounts:"), m_smallBusiness);
    form->addRow(QString(), m_priority);
    form->addRow(tr("Operator:"), m_operator);
    form->addRow(tr("Period from:"), m_periodStart);
    form->addRow(tr("Period to:"), m_periodEnd);
    form->addRow(tr("Review date:"), m_date);

    connect(m_rules, &QComboBox::activated, this, [this] {
        fillProducts(m_product->currentText());
        edited();
    });
    connect(m_product, &QComboBox::activated, this, &PricingView::edited);
    connect(m_product, &QComboBox::editTextChanged, this, [this] {
        if (!m_loading)
            edited();
    });
    connect(m_useClass, &QComboBox::activated, this, &PricingView::edited);
    connect(m_unit, &QComboBox::activated, this, &PricingView::edited);
    connect(m_quantity, &QLineEdit::textEdited, this, &PricingView::edited);
    connect(m_operator, &QLineEdit::textEdited, this, &PricingView::edited);
    for (QCheckBox *check : {m_smallBusiness, m_priority})
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                edited();
        });
    for (QDateEdit *edit : {m_periodStart, m_periodEnd, m_date})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_loading)
                edited();
        });
    return box;
}

QWidget *PricingView::makeResults()
{
    auto *panel = new QWidget(this);
    m_fee->setObjectName(QStringLiteral("feeLabel"));
    QFont big = m_fee->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_fee->setFont(big);
    m_fee->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_freeReason->setObjectName(QStringLiteral("freeReason"));
    m_freeReason->setWordWrap(true);

    m_trace->setObjectName(QStringLiteral("traceTable"));
    m_trace->setHorizontalHeaderLabels(
        {tr("Band / step"), tr("Units"), tr("Price"), tr("Amount (yuan)")});
    m_trace->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trace->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trace->verticalHeader()->hide();
    m_trace->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_trace->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_trace->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_trace->setMinimumHeight(220);

    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setWordWrap(true);
    m_findings->setMaximumHeight(130);
    m_traceLines->setObjectName(QStringLiteral("traceLines"));
    m_traceLines->setReadOnly(true);
    m_traceLines->setMaximumHeight(140);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *feeRow = new QHBoxLayout;
    feeRow->addWidget(new QLabel(tr("Fee:"), panel));
    feeRow->addWidget(m_fee, 1);
    layout->addLayout(feeRow);
    layout->addWidget(m_freeReason);
    layout->addWidget(new QLabel(tr("Calculation"), panel));
    layout->addWidget(m_trace, 1);
    layout->addWidget(new QLabel(tr("Findings"), panel));
    layout->addWidget(m_findings);
    layout->addWidget(new QLabel(tr("Trace, step by step"), panel));
    layout->addWidget(m_traceLines);
    return panel;
}

QWidget *PricingView::makeCharts()
{
    auto *panel = new QWidget(this);
    m_curveChart = new QChart;
    m_marChart = new QChart;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeChartView(m_curveChart, QStringLiteral("feeCurveChart"), panel), 1);
    layout->addWidget(makeChartView(m_marChart, QStringLiteral("marChart"), panel), 1);
    return panel;
}

void PricingView::fillRuleCombo(const QString &fileName, const QString &version)
{
    const QSignalBlocker blocker(m_rules);
    m_rules->clear();
    int chosen = m_entries.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const RuleFileEntry &entry = m_entries.at(i);
        m_rules->addItem(entry.builtIn ? tr("%1 — built in").arg(entry.rules.displayName())
                                       : tr("%1 — imported").arg(entry.rules.displayName()),
                         i);
        m_rules->setItemData(i, entry.fileName, Qt::ToolTipRole);
        if (entry.rules.version == version && (fileName.isEmpty() || entry.fileName == fileName))
            chosen = i;
    }
    m_rules->setCurrentIndex(chosen);
}

void PricingView::fillProducts(const QString &product)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_product->clear();
    if (const auto entry = currentRules()) {
        for (const FeeProduct &p : entry->rules.products)
            m_product->addItem(p.id, p.id);
    }
    // A product the rules do not know stays as typed: the engine reports unknown_product.
    m_product->setEditText(product.isEmpty() && m_product->count() > 0 ? m_product->itemText(0)
                                                                       : product);
    m_loading = wasLoading;
}

void PricingView::setInputs(const PricingInputs &inputs)
{
    const bool wasLoading = std::exchange(m_loading, true);
    std::optional<RuleFileEntry> entry;
    if (!inputs.ruleVersion.isEmpty())
        entry = m_library.byVersion(inputs.ruleVersion);
    if (!entry)
        entry = m_library.pickFor(inputs.product, inputs.reviewDate);
    fillRuleCombo(entry ? entry->fileName : inputs.ruleFile,
                  entry ? entry->rules.version : inputs.ruleVersion);
    fillProducts(inputs.product);
    m_useClass->setCurrentIndex(m_useClass->findData(inputs.useClass));
    m_unit->setCurrentIndex(m_unit->findData(inputs.unit));
    m_quantity->setText(QString::number(inputs.quantity));
    m_smallBusiness->setChecked(inputs.smallBusiness);
    m_priority->setChecked(inputs.priorityScenario);
    m_operator->setText(inputs.operatorCode);
    setDate(m_periodStart, inputs.periodStart);
    setDate(m_periodEnd, inputs.periodEnd);
    setDate(m_date, inputs.reviewDate.isValid() ? inputs.reviewDate : QDate::currentDate());
    m_loading = wasLoading;
    recompute();
}

PricingInputs PricingView::inputs() const
{
    PricingInputs inputs;
    if (const auto entry = currentRules()) {
        inputs.ruleFile = entry->fileName;
        inputs.ruleVersion = entry->rules.version;
    }
    inputs.product = m_product->currentText().trimmed();
    inputs.useClass = m_useClass->currentData().toString();
    inputs.unit = m_unit->currentData().toString();
    inputs.quantity = m_quantity->text().toULongLong();
    inputs.smallBusiness = m_smallBusiness->isChecked();
    inputs.priorityScenario = m_priority->isChecked();
    inputs.operatorCode = m_operator->text().trimmed();
    inputs.periodStart = dateOf(m_periodStart);
    inputs.periodEnd = dateOf(m_periodEnd);
    inputs.reviewDate = m_date->date();
    return inputs;
}

std::optional<RuleFileEntry> PricingView::currentRules() const
{
    const int index = m_rules->currentData().toInt();
    if (m_rules->currentIndex() < 0 || index < 0 || index >= m_entries.size())
        return std::nullopt;
    return m_entries.at(index);
}

void PricingView::setReadOnly(bool readOnly)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_rules, m_product, m_useClass, m_unit, m_smallBusiness,
                                          m_priority, m_periodStart, m_periodEnd, m_date})
        w->setEnabled(!readOnly);
    m_quantity->setReadOnly(readOnly);
    m_operator->setReadOnly(readOnly);
}

void PricingView::reloadRules()
{
    const PricingInputs current = inputs();
    m_entries = m_library.entries();
    setInputs(current);
}

void PricingView::edited()
{
    if (m_loading)
        return;
    recompute();
    emit inputsEdited();
}

void PricingView::recompute()
{
    const auto entry = currentRules();
    if (entry) {
        const FeeRules &rules = entry->rules;
        m_result = computeFee(rules, inputs().toRequest());
        m_rulesInfo->setText(tr("%1, issued by %2; effective %3 to %4%5. File: %6")
                                 .arg(rules.region, rules.issuedBy,
                                      rules.effectiveFrom.toString(Qt::ISODate),
                                      rules.effectiveTo.toString(Qt::ISODate),
                                      rules.trial ? tr(" (trial)") : QString(), entry->fileName));
    } else {
        m_result.reset();
        m_rulesInfo->setText(tr("No fee rule file: import one under Tools → Fee Rule Files…"));
    }
    if (m_result) {
        m_fee->setText(m_result->fee.toDisplay());
        m_fee->setToolTip(tr("Gross %1, after discounts %2, rounded half up to the fen")
                              .arg(m_result->gross.toDisplay(), m_result->net.toString()));
    } else {
        m_fee->setText(QStringLiteral("—"));
    }
    if (m_result && m_result->freeUse) {
        m_freeReason->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(palette::kOk.name(),
                     tr("Free of charge: the use class “%1” is free under %2.")
                         .arg(vocabulary::label("useClass",
                                                m_result ? inputs().useClass : QString()),
                              m_result->rulesVersion)
                         .toHtmlEscaped()));
        m_freeReason->show();
    } else {
        m_freeReason->clear();
        m_freeReason->hide();
    }
    showTrace();
    showFindings();
    showCurve();
    showMar();
}

void PricingView::showTrace()
{
    m_trace->setRowCount(0);
    m_traceLines->setPlainText(m_result ? feeTraceLines(*m_result).join(QLatin1Char('\n'))
                                        : QString());
    if (!m_result)
        return;
    const FeeResult &r = *m_result;
    const QLocale locale;
    auto addRow = [this](const QString &step, const QString &units, const QString &price,
                         const QString &amount, bool bold = false, const QString &kind = {}) {
        const int row = m_trace->rowCount();
        m_trace->insertRow(row);
        const QStringList texts{step, units, price, amount};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            item->setData(Qt::UserRole, kind);
            m_trace->setItem(row, c, item);
        }
    };
    if (r.freeUse) {
        addRow(tr("Free use class: no fee"), QString(), QString(), r.fee.toJsonString(), true,
               QStringLiteral("free"));
        return;
    }
    if (!r.productFound) {
        addRow(tr("Unknown product: no fee computed"), QString(), QString(), r.fee.toJsonString(),
               true, QStringLiteral("unknown"));
        return;
    }
    if (!r.fixedFee.isZero())
        addRow(tr("Fixed fee"), QString(), QString(), r.fixedFee.toString(2), false,
               QStringLiteral("fixed"));
    for (const FeeBandRow &band : r.bands)
        addRow(tr("Band %1").arg(band.label), locale.toString(band.units), band.price.toString(2),
               band.amount.toString(2), false, QStringLiteral("band"));
    addRow(tr("Gross"), QString(), QString(), r.gross.toString(2), true, QStringLiteral("gross"));
    for (const FeeDiscountStep &step : r.discounts) {
        const QString flag = step.when == QLatin1String("priorityScenario")
                                 ? tr("priority scenario")
                             : step.when == QLatin1String("smallBusiness") ? tr("small business")
                                                                           : step.when;
        addRow(
            tr("Discount %1 %2%").arg(flag, step.percent.toString()), QString(),
            QStringLiteral("× %1").arg(
                (Money::fromInteger(1) - step.percent.percentOf(Money::fromInteger(1))).toString()),
            step.after.toString(2), false, QStringLiteral("discount"));
    }
    addRow(tr("Rounded half up to the fen"), QString(), QString(), r.fee.toJsonString(), false,
           QStringLiteral("rounding"));
    addRow(tr("Fee"), QString(), QString(), r.fee.toJsonString(), true, QStringLiteral("fee"));
}

void PricingView::showFindings()
{
    m_findings->clear();
    if (!m_result)
        return;
    if (m_result->findings.isEmpty()) {
        auto *item = new QListWidgetItem(QStringLiteral("✓ ") + tr("No findings"));
        item->setForeground(palette::kOk);
        m_findings->addItem(item);
        return;
    }
    for (const FeeFinding &finding : m_result->findings) {
        const bool good = finding.code == feefinding::FreeUse;
        auto *item = new QListWidgetItem(QStringLiteral("%1 %2").arg(
            good ? QStringLiteral("✓") : QStringLiteral("⚠"), feeFindingText(finding)));
        item->setForeground(findingColour(finding.code));
        item->setData(Qt::UserRole, finding.code);
        m_findings->addItem(item);
    }
}

void PricingView::showCurve()
{
    clearChart(m_curveChart);
    const auto entry = currentRules();
    const FeeProduct *product =
        entry && m_result ? entry->rules.product(m_result->productId) : nullptr;
    if (!product || !m_result || m_result->freeUse) {
        m_curveChart->setTitle(m_result && m_result->freeUse
                                   ? tr("Fee against quantity: free use, no fee")
                                   : tr("Fee against quantity: no product priced"));
        return;
    }
    const QList<FeeCurvePoint> points = feeCurve(entry->rules, inputs().toRequest());
    if (points.isEmpty())
        return;
    const double maxQuantity = double(points.constLast().quantity);
    const Money capAtMax = product->capPrice * points.constLast().quantity;
    const double qs = scaleFor(maxQuantity);
    const double fs = scaleFor(qMax(toChart(capAtMax), toChart(points.constLast().fee)));

    auto *fee = new QLineSeries;
    fee->setName(tr("Fee"));
    auto *edges = new QScatterSeries;
    edges->setName(tr("Band edges"));
    edges->setMarkerSize(9);
    auto *request = new QScatterSeries;
    request->setName(tr("This application"));
    request->setMarkerSize(13);
    request->setColor(palette::kBad);
    for (const FeeCurvePoint &p : points) {
        const QPointF point(double(p.quantity) / qs, toChart(p.fee) / fs);
        fee->append(point);
        if (p.isBandEdge)
            edges->append(point);
        if (p.isRequest)
            request->append(point);
    }
    auto *cap = new QLineSeries;
    cap->setName(tr("At cap price"));
    cap->append(0, toChart(product->fixedFee) / fs);
    cap->append(maxQuantity / qs, toChart(capAtMax + product->fixedFee) / fs);
    QPen dashed(palette::kGuideLine);
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    cap->setPen(dashed);

    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{cap, fee, edges, request})
        m_curveChart->addSeries(series);
    auto *x = new QValueAxis;
    x->setTitleText(qs > 1 ? tr("Quantity (×10,000 units)") : tr("Quantity (units)"));
    x->setLabelFormat(QStringLiteral("%g"));
    x->setRange(0, maxQuantity / qs);
    x->applyNiceNumbers();
    auto *y = new QValueAxis;
    y->setTitleText(fs > 1 ? tr("Fee (×10,000 yuan)") : tr("Fee (yuan)"));
    y->setLabelFormat(QStringLiteral("%g"));
    y->setRange(0, qMax(toChart(capAtMax + product->fixedFee), 1.0) / fs);
    y->applyNiceNumbers();
    m_curveChart->addAxis(x, Qt::AlignBottom);
    m_curveChart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : m_curveChart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_curveChart->setTitle(tr("Fee against quantity, %1").arg(product->id));
}

void PricingView::showMar()
{
    clearChart(m_marChart);
    if (!m_result) {
        m_marChart->setTitle(tr("Revenue against the maximum allowed revenue"));
        return;
    }
    if (!m_result->op) {
        m_marChart->setTitle(
            tr("No MAR entry for operator %1: no MAR check")
                .arg(inputs().operatorCode.isEmpty() ? tr("(none)") : inputs().operatorCode));
        return;
    }
    const FeeOperator &op = *m_result->op;
    const double rtd = toChart(op.revenueToDate);
    const double fee = toChart(m_result->fee);
    const double mar = toChart(op.maxAllowedRevenue);
    const double fs = scaleFor(qMax(rtd + fee, mar));

    auto *earned = new QBarSet(tr("Revenue to date"));
    earned->setColor(palette::kSeries[0]);
    auto *thisFee = new QBarSet(tr("This fee"));
    thisFee->setColor(palette::kSeries[2]);
    auto *limit = new QBarSet(chartLabelOnLines(tr("Maximum allowed revenue (MAR)")));
    limit->setColor(palette::kSeriesNeutral);
    *earned << rtd / fs << 0;
    *thisFee << fee / fs << 0;
    *limit << 0 << mar / fs;
    auto *series = new QStackedBarSeries;
    series->append(earned);
    series->append(thisFee);
    series->append(limit);
    series->setBarWidth(0.5);
    m_marChart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append({chartLabelOnLines(tr("To date + this fee")), tr("MAR")});
    m_marChart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *y = new QValueAxis;
    y->setTitleText(fs > 1 ? tr("Revenue (×10,000 yuan)") : tr("Revenue (yuan)"));
    y->setLabelFormat(QStringLiteral("%g"));
    y->setRange(0, qMax(rtd + fee, mar) * 1.05 / fs);
    y->applyNiceNumbers();
    m_marChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    const FeeFinding *exceeded = m_result->finding(feefinding::MarExceeded);
    m_marChart->setTitle(
        exceeded && exceeded->amount
            ? tr("Revenue against the MAR: exceeded by %1").arg(exceeded->amount->toDisplay())
            : tr("Revenue against the MAR: %1 left")
                  .arg((op.maxAllowedRevenue - op.revenueToDate - m_result->fee).toDisplay()));
}

} // namespace gd
