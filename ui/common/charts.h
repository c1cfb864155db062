// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QChart;

#include <QString>

namespace gd {

/** Removes every series and axis of @p chart (deleting the axes), before it is drawn anew. */
void clearChart(QChart *chart);

/**
 * A category or legend label on two lines (Qt Charts draws its labels as HTML): English at the
 * space nearest its middle, Chinese longer than four characters in two halves, so that a chart a
 * third of a 1280 px screen wide draws "Management efficiency" or 政府投入成本 whole, not
 * "Manage..." (issue 18, item 3).
 */
QString chartLabelOnLines(const QString &label);

} // namespace gd
