// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace gd {

/** Where a case is (docs/architecture.md §3). */
enum class CaseStatus
{
    Received,
    InReview,
    AwaitingApproval,
    Decided,
    Returned,
    Signed,
    Countersigned,
    Filed
};

/** The outcome, set when the approver agrees; None before. */
enum class Decision
{
    None,
    Approved,
    ConditionallyApproved,
    Rejected,
    Returned
};

QString caseStatusCode(CaseStatus status);
std::optional<CaseStatus> caseStatusFromCode(const QString &code);
QString caseStatusLabel(CaseStatus status);
QStringList caseStatusCodes();

/** True while the case waits for a reviewer or an approver (deadlines apply). */
bool caseStatusIsOpen(CaseStatus status);
/** True once the approver agreed: decided, signed, countersigned or filed. */
bool caseStatusIsDecided(CaseStatus status);

QString decisionCode(Decision decision);
std::optional<Decision> decisionFromCode(const QString &code);
QString decisionLabel(Decision decision);

} // namespace gd
