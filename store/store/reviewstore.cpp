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
    if (!answer.suggestionReason.isEmpty())
        o.insert(QStringLiteral("suggestionReason"), answer.suggestionReason);
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
