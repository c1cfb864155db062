// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricingpage.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "domain/vocabulary.h"
#include "pricing/pricinginputs.h"
#include "pricing/pricingview.h"
#include "review/reviewdocument.h"
#include "review/reviewrules.h"

namespace gd {

PricingPage::PricingPage(ReviewDocument *doc, QWidget *parent)
    : ReviewPage(doc, ReviewStep::Pricing, parent)
    , m_view(new PricingView(this))
    , m_record(new QPushButton(tr("Record this calculation in the review"), this))
    , m_notCharged(new QPushButton(tr("Record as not charged"), this))
    , m_recorded(new QLabel(this))
{
    setObjectName(QStringLiteral("pricingPage"));
    m_record->setObjectName(QStringLiteral("recordPricing"));
    m_notCharged->setObjectName(QStringLiteral("recordNotCharged"));
    m_notCharged->setToolTip(tr("The application is free of charge: record that no operation "
                                "service fee is charged, on the basis shown"));
    m_notCharged->setVisible(!reviewrules::notChargedBasis(doc->application()).isEmpty());
    m_recorded->setObjectName(QStringLiteral("recordedStatus"));
    m_recorded->setWordWrap(true);

    const Application &app = doc->application();
    QString facts;
    if (vocabulary::isFreeUseClass(app.useClass))
        facts = tr("The use class is %1: the use is free of charge.")
                    .arg(vocabulary::label("useClass", app.useClass));
    else if (app.pricing)
        facts = tr("The application asks to price %1, billed %2, about %3 units; operator %4 "
                   "(%5), whose maximum allowed revenue applies; discounts go to the paying "
                   "applicant.")
                    .arg(app.pricing->product,
                         vocabulary::label("billingUnit", app.pricing->billingUnit),
                         QLocale().toString(app.pricing->expectedQuantity), app.operatorName(),
                         app.operatorCreditCode());
    else
        facts = tr("The application contains no pricing request.");
    auto *factsLabel = new QLabel(facts, this);
    factsLabel->setObjectName(QStringLiteral("applicationFacts"));
    factsLabel->setWordWrap(true);

    connect(m_view, &PricingView::inputsEdited, this, &PricingPage::record);
    connect(m_record, &QPushButton::clicked, this, &PricingPage::record);
    connect(m_notCharged, &QPushButton::clicked, this, &PricingPage::recordNotCharged);
    connect(doc, &ReviewDocument::noteChanged, this, [this](const QString &key) {
        if (m_recording || !key.startsWith(QLatin1String("pricing.")))
            return;
        if (key == pricingnotes::inputs())
            loadFromNotes();
        showRecorded();
    });

    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_recorded, 1);
    recordRow->addWidget(m_notCharged);
    recordRow->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle(tr("public interest first")));
    layout->addWidget(factsLabel);
    layout->addLayout(recordRow);
    layout->addWidget(m_view, 1);
    loadFromNotes();
    showRecorded();
}

PricingPage::~PricingPage() = default;

void PricingPage::loadFromNotes()
{
    const QString stored = document()->state().notes.value(pricingnotes::inputs());
    if (!stored.isEmpty())
        m_view->setInputs(
            PricingInputs::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object()));
    else
        m_view->setInputs(
            PricingInputs::fromApplication(document()->application(), QDate::currentDate()));
}

void PricingPage::record()
{
    if (m_readOnly || !m_view->result())
        return;
    const PricingInputs inputs = m_view->inputs();
    const QList<std::pair<QString, QString>> notes =
        pricingnotes::recorded(inputs, *m_view->result());
    const QHash<QString, QString> &current = document()->state().notes;
    bool changed = false;
    for (const auto &[key, value] : notes)
        changed = changed || current.value(key) != value;
    if (!changed)
        return;
    m_recording = true;
    QUndoStack *stack = document()->undoStack();
    stack->beginMacro(tr("Fee calculation"));
    for (const auto &[key, value] : notes) {
        if (current.value(key) != value)
            document()->setNote(key, value);
    }
    stack->endMacro();
    m_recording = false;
    showRecorded();
}

void PricingPage::recordNotCharged()
{
    const QString basis = reviewrules::notChargedBasis(document()->application());
    if (m_readOnly || basis.isEmpty() ||
        document()->state().notes.value(reviewrules::notChargedNoteKey()) == basis)
        return;
    document()->setNote(reviewrules::notChargedNoteKey(), basis); // noteChanged shows it
}

void PricingPage::showRecorded()
{
    const QHash<QString, QString> &notes = document()->state().notes;
    const QString basis = reviewrules::notChargedBasis(document()->application());
    if (notes.value(pricingnotes::result()).isEmpty() && !basis.isEmpty() &&
        notes.value(reviewrules::notChargedNoteKey()) == basis) {
        m_recorded->setText(
            coloured(palette::kOk, basis == QLatin1String("free_use")
                                       ? tr("✓ Recorded: not charged, the use is free of charge.")
                                       : tr("✓ Recorded: not charged, the application asks for no "
                                            "priced product.")));
        return;
    }
    const QJsonObject result =
        QJsonDocument::fromJson(notes.value(pricingnotes::result()).toUtf8()).object();
    if (result.isEmpty()) {
        m_recorded->setText(
            coloured(palette::kMuted, tr("Not recorded yet: change an input or record the "
                                         "calculation shown.")));
        return;
    }
    const auto fee = Money::parse(result.value(QStringLiteral("fee")).toString(), 2);
    const QString amount = fee ? fee->toDisplay() : QStringLiteral("?");
    const QString version = notes.value(pricingnotes::ruleVersion());
    // A review recorded before the rule file was noted with it names none.
    m_recorded->setText(coloured(
        palette::kOk, version.isEmpty()
                          ? tr("✓ Recorded: fee %1.").arg(amount)
                          : tr("✓ Recorded: fee %1 under %2 (%3).")
                                .arg(amount, version, notes.value(pricingnotes::rules()))));
}

void PricingPage::showKey(const QString &key)
{
    Q_UNUSED(key)
    m_view->setFocus(Qt::OtherFocusReason);
}

void PricingPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setReadOnly(readOnly);
    m_record->setEnabled(!readOnly);
    m_notCharged->setEnabled(!readOnly);
}

} // namespace gd
