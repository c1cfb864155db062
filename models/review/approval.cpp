// SPDX-License-Identifier: GPL-3.0-or-later
#include "approval.h"

#include <QCoreApplication>

#include "core/identitytext.h"

namespace gd::approval {

bool isReviewerOf(const ReviewState &review, const officer::Profile &officer)
{
    return !review.reviewer.trimmed().isEmpty() &&
           identitytext::normalizedName(officer.name) ==
               identitytext::normalizedName(review.reviewer);
}

QString refusalReason(const ReviewState &review, CaseStatus status, const officer::Profile &officer)
{
    if (status != CaseStatus::AwaitingApproval)
        return QCoreApplication::translate("Approval",
                                           "Only a case awaiting approval can be approved; this "
                                           "case is \"%1\".")
            .arg(caseStatusLabel(status));
    if (!officer.approver)
        return QCoreApplication::translate("Approval",
                                           "%1 does not hold the approver role; only an approver "
                                           "can approve a case.")
            .arg(officer.name);
    if (officer.name.trimmed().isEmpty())
        return QCoreApplication::translate(
            "Approval", "Set your name in the officer profile before approving.");
    if (isReviewerOf(review, officer))
        return QCoreApplication::translate("Approval", "%1 reviewed this case; another officer "
                                                       "must approve it (four eyes).")
            .arg(review.reviewer);
    return {};
}

QString reviewerRefusalReason(const ReviewState &review, CaseStatus status,
                              const officer::Profile &officer)
{
    if (status != CaseStatus::InReview)
        return QCoreApplication::translate("Approval", "Only a case in review can be edited; this "
                                                       "case is \"%1\".")
            .arg(caseStatusLabel(status));
    if (!officer.reviewer)
        return QCoreApplication::translate("Approval",
                                           "%1 does not hold the reviewer role; only a reviewer "
                                           "can answer the checklist.")
            .arg(officer.name);
    if (!review.reviewer.isEmpty() && review.reviewer != officer.name)
        return QCoreApplication::translate("Approval", "This review belongs to %1.")
            .arg(review.reviewer);
    return {};
}

QString commentKey(ReviewStep step)
{
    return QStringLiteral("approval.") + reviewStepCode(step);
}

QString sendBackKey()
{
    return QStringLiteral("approval.sendback");
}

} // namespace gd::approval
