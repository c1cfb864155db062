// SPDX-License-Identifier: GPL-3.0-or-later
#include "feecalculatordialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "common/screenfit.h"
#include "domain/application.h"
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
    if (const auto entry = m_view->currentRules())
        start = sampleOf(*entry);
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
    // Never taller than a 1280×800 screen: the view scrolls inside the dialog (issue 18).
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("feeCalculatorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_view);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(1450, 860));
}

PricingInputs FeeCalculatorDialog::sampleOf(const RuleFileEntry &entry)
{
    PricingInputs sample;
    sample.ruleFile = entry.fileName;
    sample.ruleVersion = entry.rules.version;
    sample.useClass = QStringLiteral("industry");
    if (!entry.rules.products.isEmpty()) {
        const FeeProduct &product = entry.rules.products.constFirst();
        sample.product = product.id;
        sample.unit = product.billingUnit;
        sample.quantity = 100000;
        if (!entry.rules.operators.isEmpty())
            sample.operatorCode = entry.rules.operators.constFirst().creditCode;
    }
    return sample;
}

void FeeCalculatorDialog::startFromCase(const Application &application, const QDate &today)
{
    PricingInputs inputs = PricingInputs::fromApplication(application, today);
    const RuleLibrary &library = m_view->library();
    const auto byProduct =
        application.pricing ? library.pickFor(inputs.product, today) : std::nullopt;
    // Issue 18: a Guangzhou case without a product opened the first file, Fujian's. The
    // product's own file comes first; else the file of the case's region.
    if (!byProduct || !byProduct->rules.product(inputs.product)) {
        if (const auto regional =
                library.pickForRegionOf(application.authorization.implementingBody, today)) {
            if (!application.pricing) {
                const PricingInputs sample = sampleOf(*regional);
                inputs.product = sample.product;
                inputs.unit = sample.unit;
                inputs.quantity = sample.quantity;
            }
            inputs.ruleFile = regional->fileName;
            inputs.ruleVersion = regional->rules.version;
        }
    }
    if (inputs.useClass.isEmpty())
        inputs.useClass = QStringLiteral("industry");
    m_view->setInputs(inputs);
}

FeeCalculatorDialog::~FeeCalculatorDialog() = default;

} // namespace gd
