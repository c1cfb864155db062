// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace gd {

/**
 * Calendar months a period covers, a started month counting in full, as the review
 * rules count them: 2026-04-01 — 2028-03-31 is 24 months, to 2028-04-01 it is 25.
 */
inline int termMonths(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return 0;
    const QDate after = end.addDays(1);
    int months = (after.year() - start.year()) * 12 + (after.month() - start.month());
    if (start.addMonths(months) < after)
        ++months;
    return months;
}

} // namespace gd
