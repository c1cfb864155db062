// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/officer.h"
#include "domain/review.h"

namespace gd::approval {

/** Whether @p officer is the one who reviewed @p review (names compared as identities). */
bool isReviewerOf(const ReviewState &review, const officer::Profile &officer);

/**
 * Why @p officer may not act as the approver (复核) of @p review in status @p status, or
 * an empty string when they may: the case must await approval, the officer must hold the
 * approver role, and never be the case's reviewer (four eyes: "三重一大" matters are
 * decided collectively, never by one person).
 */
QString refusalReason(const ReviewState &review, CaseStatus status,
                      const officer::Profile &officer);

/** Why @p officer may not edit the reviewer's answers of @p review, or empty. */
QString reviewerRefusalReason(const ReviewState &review, CaseStatus status,
                              const officer::Profile &officer);

/** Note key of the approver's comment on @p step: "approval.<stepcode>". */
QString commentKey(ReviewStep step);
/** Note key of the reasons for sending back: "approval.sendback" (one reason a line). */
QString sendBackKey();

} // namespace gd::approval
