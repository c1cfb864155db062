// SPDX-License-Identifier: GPL-3.0-or-later
#include "modecomparisonpage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "domain/vocabulary.h"
#include "modes/modecomparisonview.h"
#include "common/notebinding.h"
#include "review/reviewdocument.h"

namespace gd {

ModeComparisonPage::ModeComparisonPage(ReviewDocument *doc, QWidget *parent)
    : ReviewPage(doc, ReviewStep::ModeFit, parent)
    , m_view(new ModeComparisonView(ModeTable::builtin(), this))
    , m_chosen(new QComboBox(this))
    , m_rationale(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("modeFitPage"));
    const QString declared = doc->application().authorization.mode;
    m_view->setDeclaredMode(declared);

    m_chosen->setObjectName(QStringLiteral("chosenMode"));
    m_chosen->addItem(tr("— not chosen yet —"), QString());
    for (const ModeTableEntry &mode : m_view->table().modes)
        m_chosen->addItem(mode.id == declared ? tr("%1 (declared)").arg(mode.name()) : mode.name(),
                          mode.id);
    m_rationale->setObjectName(QStringLiteral("modesRationale"));
    m_rationale->setPlaceholderText(
        tr("Why this main mode suits the case, and where the others are used (required)"));
    m_rationale->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    notebinding::bindText(doc, m_rationale, ModeScoring::rationaleNoteKey());

    connect(m_chosen, &QComboBox::activated, this, [this](int index) {
        const QString code = m_chosen->itemData(index).toString();
        if (code != document()->state().notes.value(ModeScoring::chosenNoteKey()))
            document()->setNote(ModeScoring::chosenNoteKey(), code);
    });
    connect(m_view, &ModeComparisonView::weightEdited, this,
            [this](const QString &dimension, int weight) {
                QMap<QString, int> weights;
                for (const ModeTableEntry &d : m_view->table().dimensions)
                    weights.insert(d.id, m_view->scoring().weight(d.id));
                weights.insert(dimension, weight);
                document()->setNote(ModeScoring::weightsNoteKey(),
                                    ModeScoring::weightsToNote(weights));
            });
    connect(m_view, &ModeComparisonView::adjustmentEdited, this,
            [this](const QString &mode, const QString &dimension,
                   const std::optional<ModeAdjustment> &adjustment) {
                document()->setNote(ModeScoring::adjustmentNoteKey(mode, dimension),
                                    adjustment ? ModeScoring::adjustmentToNote(*adjustment)
                                               : QString());
            });
    connect(doc, &ReviewDocument::noteChanged, this, [this](const QString &key) {
        if (key == ModeScoring::chosenNoteKey())
            loadChosen();
        else if (key.startsWith(QLatin1String("modes.")))
            loadScoring();
    });

    auto *facts = new QLabel(
        tr("The application declares: %1.").arg(vocabulary::label("mode", declared)), this);
    facts->setObjectName(QStringLiteral("declaredMode"));
    // The approved implementation plan fixes the mode (briefing L57, L139); GrantDesk holds only
    // the plan's reference, so the officer confirms the match on checklist item 1.
    const QString planRef = doc->application().authorization.planRef.trimmed();
    auto *planCheck = makeHint(
        (planRef.isEmpty() ? tr("The application names no implementation plan.")
                           : tr("The application names the implementation plan %1.").arg(planRef)) +
            QLatin1Char(' ') +
            tr("The approved plan fixes the mode: whether the declared mode is the plan's is "
               "checked on the checklist (item 1). The comparison below is advisory context "
               "only."),
        this);
    planCheck->setObjectName(QStringLiteral("modeAdvisory"));
    auto *choiceBox = new QGroupBox(tr("Main mode for this case"), this);
    auto *form = new QFormLayout(choiceBox);
    form->addRow(tr("Main mode:"), m_chosen);
    form->addRow(tr("Rationale:"), m_rationale);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle(tr("three modes, four dimensions (advisory)")));
    layout->addWidget(facts);
    layout->addWidget(planCheck);
    layout->addWidget(m_view, 1);
    layout->addWidget(choiceBox);
    loadScoring();
    loadChosen();
}

ModeComparisonPage::~ModeComparisonPage() = default;

void ModeComparisonPage::loadScoring()
{
    m_view->setScoring(ModeScoring::fromNotes(m_view->table(), document()->state().notes));
}

void ModeComparisonPage::loadChosen()
{
    const QSignalBlocker blocker(m_chosen);
    const int index =
        m_chosen->findData(document()->state().notes.value(ModeScoring::chosenNoteKey()));
    m_chosen->setCurrentIndex(qMax(0, index));
}

void ModeComparisonPage::showKey(const QString &key)
{
    if (key == ModeScoring::chosenNoteKey())
        m_chosen->setFocus(Qt::OtherFocusReason);
    else
        m_rationale->setFocus(Qt::OtherFocusReason);
}

void ModeComparisonPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setReadOnly(readOnly);
    m_chosen->setEnabled(!readOnly);
    m_rationale->setReadOnly(readOnly);
}

} // namespace gd
