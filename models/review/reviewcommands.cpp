// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcommands.h"

#include <QCoreApplication>

#include "review/reviewdocument.h"

namespace gd {
namespace {

/** "7" for the item shown as number 7, the id when the template does not know it. */
QString itemLabel(const ReviewDocument *document, const QString &itemId)
{
    const ChecklistItem *item = document->checklist().item(itemId);
    return item ? QString::number(item->number) : itemId;
}

ChecklistAnswer currentAnswer(const ReviewDocument *document, const QString &itemId)
{
    return document->state().answers.value(itemId);
}

QString answerText(const ReviewDocument *document, const QString &itemId,
                   const ChecklistAnswer &before, const ChecklistAnswer &after)
{
    const QString item = itemLabel(document, itemId);
    if (before.verdict != after.verdict)
        return QCoreApplication::translate("ReviewCommands", "Change verdict of item %1").arg(item);
    if (before.rationale != after.rationale)
        return QCoreApplication::translate("ReviewCommands", "Edit rationale of item %1").arg(item);
    if (before.evidence != after.evidence)
        return QCoreApplication::translate("ReviewCommands", "Change evidence of item %1")
            .arg(item);
    if (before.suggested && !after.suggested)
        return QCoreApplication::translate("ReviewCommands", "Confirm suggestion for item %1")
            .arg(item);
    return QCoreApplication::translate("ReviewCommands", "Change answer to item %1").arg(item);
}

QString proposalText(const ProposedDecision &before, const ProposedDecision &after)
{
    if (before.decision != after.decision)
        return QCoreApplication::translate("ReviewCommands", "Change proposed decision");
    if (before.conditions != after.conditions)
        return QCoreApplication::translate("ReviewCommands", "Edit conditions");
    if (before.reasons != after.reasons)
        return QCoreApplication::translate("ReviewCommands", "Edit reasons");
    return QCoreApplication::translate("ReviewCommands", "Edit review opinion");
}

} // namespace

ChangeAnswer::ChangeAnswer(ReviewDocument *document, const QString &itemId, ChecklistAnswer answer)
    : ChangeValue(document, currentAnswer(document, itemId), std::move(answer), QString())
    , m_itemId(itemId)
{
    setText(answerText(document, itemId, oldValue(), newValue()));
}

void ChangeAnswer::setValue(ReviewDocument *document, const ChecklistAnswer &value) const
{
    document->applyAnswer(m_itemId, value);
}

bool ChangeAnswer::isRationaleEdit() const
{
    ChecklistAnswer before = oldValue();
    before.rationale = newValue().rationale;
    return before == newValue();
}

bool ChangeAnswer::canMergeWith(const ChangeValue &other) const
{
    const auto &change = static_cast<const ChangeAnswer &>(other);
    return change.m_itemId == m_itemId && isRationaleEdit() && change.isRationaleEdit();
}

ChangeNote::ChangeNote(ReviewDocument *document, const QString &key, QString value)
    : ChangeValue(document, document->state().notes.value(key), std::move(value),
                  QCoreApplication::translate("ReviewCommands", "Edit note"))
    , m_key(key)
{}

void ChangeNote::setValue(ReviewDocument *document, const QString &value) const
{
    document->applyNote(m_key, value);
}

bool ChangeNote::canMergeWith(const ChangeValue &other) const
{
    return static_cast<const ChangeNote &>(other).m_key == m_key;
}

ChangeProposal::ChangeProposal(ReviewDocument *document, ProposedDecision proposal)
    : ChangeValue(document, document->state().proposal, std::move(proposal), QString())
{
    setText(proposalText(oldValue(), newValue()));
}

void ChangeProposal::setValue(ReviewDocument *document, const ProposedDecision &value) const
{
    document->applyProposal(value);
}

QString ChangeProposal::editedText() const
{
    const ProposedDecision &before = oldValue();
    const ProposedDecision &after = newValue();
    if (before.decision != after.decision || before.conditions.size() != after.conditions.size() ||
        before.reasons.size() != after.reasons.size())
        return {};
    QStringList edited;
    if (before.opinion != after.opinion)
        edited << QStringLiteral("opinion");
    for (qsizetype i = 0; i < before.conditions.size(); ++i) {
        if (before.conditions.at(i) != after.conditions.at(i))
            edited << QStringLiteral("conditions/%1").arg(i);
    }
    for (qsizetype i = 0; i < before.reasons.size(); ++i) {
        if (before.reasons.at(i) != after.reasons.at(i))
            edited << QStringLiteral("reasons/%1").arg(i);
    }
    return edited.size() == 1 ? edited.first() : QString();
}

bool ChangeProposal::canMergeWith(const ChangeValue &other) const
{
    const QString edited = editedText();
    return !edited.isEmpty() && edited == static_cast<const ChangeProposal &>(other).editedText();
}

} // namespace gd
