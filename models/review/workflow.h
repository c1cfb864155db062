// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/workflow.h"

namespace gd::workflow {

/** What an officer does to a case. */
enum class Action {
    StartReview,       // received → in_review
    SubmitForApproval, // in_review → awaiting_approval (the reviewer's proposed decision)
    SendBack,          // awaiting_approval → in_review (the approver disagrees)
    Agree,             // awaiting_approval → decided (the approver agrees; decision set)
    Return,            // decided (decision "returned") → returned
    Sign,              // decided (not "returned") → signed (reviewer)
    Countersign,       // signed → countersigned (approver)
    File               // countersigned → filed
};

QString actionCode(Action action);  // "start_review", "submit", "send_back", "agree", …
QString actionLabel(Action action); // translated

struct Transition
{
    CaseStatus from;
    Action action;
    CaseStatus to;
};

/** Every allowed transition (docs/architecture.md §3); anything else is refused. */
const QList<Transition> &transitions();

/**
 * The status after @p action on a case in @p from with @p decision; an Error with a
 * reason a person can read ("a case awaiting approval cannot be started again") when
 * the action is not allowed. Agree needs a decision; Return needs decision Returned;
 * Sign refuses decision Returned.
 */
Result<CaseStatus> apply(CaseStatus from, Action action, Decision decision = Decision::None);

} // namespace gd::workflow
