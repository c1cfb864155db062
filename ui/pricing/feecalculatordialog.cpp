// SPDX-License-Identifier: GPL-3.0-or-later
#include "feecalculatordialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/screenfit.h"
#include "pricing/pricingview.h"
#include "pricing/rulefilesdialog.h"

namespace gd {

FeeCalculatorDialog::FeeCalculatorDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new PricingView(this))
{
    setObjectName(QStringLiteral("feeCalculatorDialog"));
    setWindowTitle(tr("Fee Calculator"));
    // A sample to start from: the first product of the first rule file, industry use.
    PricingInputs start;
    if (const auto entry = m_view->currentRules(); entry && !entry->rules.products.isEmpty()) {
        const FeeProduct &product = entry->rules.products.constFirst();
        start.ruleFile = entry->fileName;
        start.ruleVersion = entry->rules.version;
        start.product = product.id;
        start.unit = product.billingUnit;
        start.quantity = 100000;
        if (!entry->rules.operators.isEmpty())
            start.operatorCode = entry->rules.operators.constFirst().creditCode;
    }
    start.useClass = QStringLiteral("industry");
    start.reviewDate = QDate::currentDate();
    m_view->setInputs(start);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *rules = buttons->addButton(tr("Rule Files…"), QDialogButtonBox::ActionRole);
    rules->setObjectName(QStringLiteral("ruleFilesButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(rules, &QPushButton::clicked, this, [this] {
        RuleFilesDialog dialog(this);
        dialog.exec();
        m_view->reloadRules();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(1450, 860));
}

void FeeCalculatorDialog::startFrom(const PricingInputs &inputs)
{
    m_view->setInputs(inputs);
}

FeeCalculatorDialog::~FeeCalculatorDialog() = default;

} // namespace gd
