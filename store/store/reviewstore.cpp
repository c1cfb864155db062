// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gd {

QJsonValue ReviewStore::toJson(const ChecklistAnswer &answer)
{
    QJsonObject o{{QStringLiteral("verdict"), verdictCode(answer.verdict)},
                  {QStringLiteral("rationale"), answer.rationale},
                  {QStringLiteral("evidence"), QJsonArray::fromStringList(answer.evidence)},
                  {QStringLiteral("suggested"), answer.suggested}};
    // GrantDesk's reason is screen text in the language of whoever is looking (reworded on
    // every load): the audit trail, like review.json, records only that a confirmed answer
    // stands on the suggestion, so that the same act reads the same in any language.
    if (answer.confirmedSuggestion())
        o.insert(QStringLiteral("basis"), QStringLiteral("suggestion"));
    return o;
}

QJsonValue ReviewStore::toJson(const ProposedDecision &proposal)
{
    return QJsonObject{
        {QStringLiteral("decision"), decisionCode(proposal.decision)},
        {QStringLiteral("conditions"), QJsonArray::fromStringList(proposal.conditions)},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(proposal.reasons)},
        {QStringLiteral("opinion"), proposal.opinion}};
}

} // namespace gd
