// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gd::report {

/**
 * The "format" of review.json (docs/formats/package.md). grantdesk.review/3 records a confirmed
 * suggestion as its basis ("basis": "suggestion", the rule's reason worded when shown) rather
 * than GrantDesk's sentence copied into the rationale. grantdesk.review/2 records the fee
 * trace, the fee findings and the mode finding as codes with their numbers, so that a review
 * gives the same bytes in any language; grantdesk.review/1 (packages made before) held them
 * as sentences in the language of the program that wrote them. Both are review records:
 * verify reads either, and never rewrites a signed one.
 */
inline const QString kReviewFormat = QStringLiteral("grantdesk.review/3");
inline const QString kReviewFormatV2 = QStringLiteral("grantdesk.review/2");
inline const QString kReviewFormatV1 = QStringLiteral("grantdesk.review/1");

/** True when @p format names a GrantDesk review record, of this version or an earlier one. */
inline bool isReviewFormat(const QString &format)
{
    return format == kReviewFormat || format == kReviewFormatV2 || format == kReviewFormatV1;
}

} // namespace gd::report
