// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow.h"

#include <QCoreApplication>

namespace gd {
namespace {

struct StatusTerm
{
    CaseStatus status;
    const char *code;
    const char *label;
};

constexpr StatusTerm kStatuses[] = {
    {CaseStatus::Received, "received", QT_TRANSLATE_NOOP("Workflow", "Received")},
    {CaseStatus::InReview, "in_review", QT_TRANSLATE_NOOP("Workflow", "In review")},
    // Short enough for the inbox's status column ("Awaiting approval" was cut there).
    {CaseStatus::AwaitingApproval, "awaiting_approval",
     QT_TRANSLATE_NOOP("Workflow", "For approval")},
    {CaseStatus::Decided, "decided", QT_TRANSLATE_NOOP("Workflow", "Decided")},
    {CaseStatus::Returned, "returned", QT_TRANSLATE_NOOP("Workflow", "Returned")},
    {CaseStatus::Signed, "signed", QT_TRANSLATE_NOOP("Workflow", "Signed")},
    {CaseStatus::Countersigned, "countersigned", QT_TRANSLATE_NOOP("Workflow", "Countersigned")},
    {CaseStatus::Filed, "filed", QT_TRANSLATE_NOOP("Workflow", "Filed")},
};

struct DecisionTerm
{
    Decision decision;
    const char *code;
    const char *label;
};

constexpr DecisionTerm kDecisions[] = {
    // Read after "Decision:" (决定：尚未作出), never as a verdict of its own.
    {Decision::None, "", QT_TRANSLATE_NOOP("Workflow", "Not yet made")},
    {Decision::Approved, "approved", QT_TRANSLATE_NOOP("Workflow", "Approved")},
    {Decision::ConditionallyApproved, "conditionally_approved",
     QT_TRANSLATE_NOOP("Workflow", "Approved with conditions")},
    {Decision::Rejected, "rejected", QT_TRANSLATE_NOOP("Workflow", "Rejected")},
    {Decision::Returned, "returned", QT_TRANSLATE_NOOP("Workflow", "Returned for revision")},
};

} // namespace

QString caseStatusCode(CaseStatus status)
{
    for (const auto &t : kStatuses) {
        if (t.status == status)
            return QString::fromLatin1(t.code);
    }
    return {};
}

std::optional<CaseStatus> caseStatusFromCode(const QString &code)
{
    for (const auto &t : kStatuses) {
        if (code == QLatin1String(t.code))
            return t.status;
    }
    return std::nullopt;
}

QString caseStatusLabel(CaseStatus status)
{
    for (const auto &t : kStatuses) {
        if (t.status == status)
            return QCoreApplication::translate("Workflow", t.label);
    }
    return {};
}

QStringList caseStatusCodes()
{
    QStringList codes;
    for (const auto &t : kStatuses)
        codes << QString::fromLatin1(t.code);
    return codes;
}

bool caseStatusIsDecided(CaseStatus status)
{
    return status == CaseStatus::Decided || status == CaseStatus::Signed ||
           status == CaseStatus::Countersigned || status == CaseStatus::Filed;
}

bool caseStatusIsOpen(CaseStatus status)
{
    return status == CaseStatus::Received || status == CaseStatus::InReview ||
           status == CaseStatus::AwaitingApproval;
}

QString decisionCode(Decision decision)
{
    for (const auto &t : kDecisions) {
        if (t.decision == decision)
            return QString::fromLatin1(t.code);
    }
    return {};
}

std::optional<Decision> decisionFromCode(const QString &code)
{
    for (const auto &t : kDecisions) {
        if (code == QLatin1String(t.code))
            return t.decision;
    }
    return std::nullopt;
}

QString decisionLabel(Decision decision)
{
    for (const auto &t : kDecisions) {
        if (t.decision == decision)
            return QCoreApplication::translate("Workflow", t.label);
    }
    return {};
}

} // namespace gd
