// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts.h"

#include <QAbstractAxis>
#include <QChart>

namespace gd {

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace gd
