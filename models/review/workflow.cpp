// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow.h"

#include <QCoreApplication>

namespace gd::workflow {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Workflow", text);
}

/** Why @p action is refused on a case in @p from (the status is wrong). */
QString wrongStatus(Action action, CaseStatus from)
{
    const char *sentence = nullptr;
    switch (action) {
    case Action::StartReview:
        sentence = QT_TRANSLATE_NOOP("Workflow", "Only a received case can be taken into review; "
                                                 "this case is \"%1\".");
        break;
    case Action::SubmitForApproval:
        sentence = QT_TRANSLATE_NOOP("Workflow", "Only a case in review can be submitted for "
                                                 "approval; this case is \"%1\".");
        break;
    case Action::SendBack:
        sentence = QT_TRANSLATE_NOOP("Workflow", "Only a case awaiting approval can be sent back "
                                                 "to the reviewer; this case is \"%1\".");
        break;
    case Action::Agree:
        sentence = QT_TRANSLATE_NOOP("Workflow", "Only a case awaiting approval can be agreed to; "
                                                 "this case is \"%1\".");
        break;
    case Action::Return:
        sentence = QT_TRANSLATE_NOOP("Workflow", "Only a decided case can be returned to the "
                                                 "applicant; this case is \"%1\".");
        break;
    case Action::Sign:
        sentence = QT_TRANSLATE_NOOP("Workflow", "Only a decided case can be signed; this case "
                                                 "is \"%1\".");
        break;
    case Action::Countersign:
        sentence = QT_TRANSLATE_NOOP("Workflow", "Only a signed case can be countersigned; this "
                                                 "case is \"%1\".");
        break;
    case Action::File:
        sentence = QT_TRANSLATE_NOOP("Workflow", "Only a countersigned case can be filed; this "
                                                 "case is \"%1\".");
        break;
    }
    return translated(sentence).arg(caseStatusLabel(from));
}

Error refusal(Action action, const QString &reason)
{
    return Error{actionCode(action), reason};
}

} // namespace

QString actionCode(Action action)
{
    switch (action) {
    case Action::StartReview:
        return QStringLiteral("start_review");
    case Action::SubmitForApproval:
        return QStringLiteral("submit");
    case Action::SendBack:
        return QStringLiteral("send_back");
    case Action::Agree:
        return QStringLiteral("agree");
    case Action::Return:
        return QStringLiteral("return");
    case Action::Sign:
        return QStringLiteral("sign");
    case Action::Countersign:
        return QStringLiteral("countersign");
    case Action::File:
        return QStringLiteral("file");
    }
    return {};
}

QString actionLabel(Action action)
{
    switch (action) {
    case Action::StartReview:
        return QCoreApplication::translate("Workflow", "Start review");
    case Action::SubmitForApproval:
        return QCoreApplication::translate("Workflow", "Submit for approval");
    case Action::SendBack:
        return QCoreApplication::translate("Workflow", "Send back for rework");
    case Action::Agree:
        return QCoreApplication::translate("Workflow", "Agree");
    case Action::Return:
        return QCoreApplication::translate("Workflow", "Return to the applicant");
    case Action::Sign:
        return QCoreApplication::translate("Workflow", "Sign");
    case Action::Countersign:
        return QCoreApplication::translate("Workflow", "Countersign");
    case Action::File:
        return QCoreApplication::translate("Workflow", "File");
    }
    return {};
}

const QList<Transition> &transitions()
{
    static const QList<Transition> table = {
        {CaseStatus::Received, Action::StartReview, CaseStatus::InReview},
        {CaseStatus::InReview, Action::SubmitForApproval, CaseStatus::AwaitingApproval},
        {CaseStatus::AwaitingApproval, Action::SendBack, CaseStatus::InReview},
        {CaseStatus::AwaitingApproval, Action::Agree, CaseStatus::Decided},
        {CaseStatus::Decided, Action::Return, CaseStatus::Returned},
        {CaseStatus::Decided, Action::Sign, CaseStatus::Signed},
        {CaseStatus::Signed, Action::Countersign, CaseStatus::Countersigned},
        {CaseStatus::Countersigned, Action::File, CaseStatus::Filed},
    };
    return table;
}

Result<CaseStatus> apply(CaseStatus from, Action action, Decision decision)
{
    const Transition *found = nullptr;
    for (const Transition &t : transitions()) {
        if (t.from == from && t.action == action) {
            found = &t;
            break;
        }
    }
    if (!found)
        return refusal(action, wrongStatus(action, from));

    // The decision matters only where docs/domain.md §4 says it does: Agree sets it (so it must
    // be one), and a decided case is either returned (decision "returned") or signed.
    switch (action) {
    case Action::Agree:
        if (decision == Decision::None)
            return refusal(action,
                           QCoreApplication::translate(
                               "Workflow", "Agreeing needs a decision: approve, approve with "
                                           "conditions, return for revision or reject."));
        break;
    case Action::Return:
        if (decision != Decision::Returned)
            return refusal(
                action, QCoreApplication::translate(
                            "Workflow", "Only a case decided as \"%1\" goes back to the applicant; "
                                        "this case is decided as \"%2\".")
                            .arg(decisionLabel(Decision::Returned), decisionLabel(decision)));
        break;
    case Action::Sign:
        if (decision == Decision::Returned)
            return refusal(action, QCoreApplication::translate(
                                       "Workflow",
                                       "A case decided as \"%1\" is not signed; return it to the "
                                       "applicant instead.")
                                       .arg(decisionLabel(decision)));
        if (decision == Decision::None)
            return refusal(action, QCoreApplication::translate(
                                       "Workflow", "A case without a decision cannot be signed."));
        break;
    default:
        break;
    }
    return found->to;
}

} // namespace gd::workflow
