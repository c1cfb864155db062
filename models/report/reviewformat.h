// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gd::report {

/**
 * The "format" of review.json (docs/formats/package.md). grantdesk.review/2 records the fee
 * trace, the fee findings and the mode finding as codes with their numbers, so that a review
 * gives the same bytes in any language; grantdesk.review/1 (packages made before) held them
 * as sentences in the language of the program that wrote them. Both are review records:
 * verify reads either, and never rewrites a signed one.
 */
inline const QString kReviewFormat = QStringLiteral("grantdesk.review/2");
inline const QString kReviewFormatV1 = QStringLiteral("grantdesk.review/1");

/** True when @p format names a GrantDesk review record, of this version or an earlier one. */
inline bool isReviewFormat(const QString &format)
{
    return format == kReviewFormat || format == kReviewFormatV1;
}

} // namespace gd::report
