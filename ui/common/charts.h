// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QChart;

namespace gd {

/** Removes every series and axis of @p chart (deleting the axes), before it is drawn anew. */
void clearChart(QChart *chart);

} // namespace gd
