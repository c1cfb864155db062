// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts.h"

#include <algorithm>

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

QString chartLabelOnLines(const QString &label)
{
    if (label.contains(u' ')) {
        // At the space nearest the middle.
        qsizetype best = -1;
        for (qsizetype i = label.indexOf(u' '); i >= 0; i = label.indexOf(u' ', i + 1))
            if (best < 0 || qAbs(i - label.size() / 2) < qAbs(best - label.size() / 2))
                best = i;
        return label.left(best) + QStringLiteral("<br>") + label.mid(best + 1);
    }
    // A single English word stays whole ("Expertise", not "Exper / tise").
    const bool chinese =
        std::any_of(label.cbegin(), label.cend(), [](QChar c) { return c.unicode() >= 0x2E80; });
    if (label.size() <= 4 || !chinese)
        return label;
    const qsizetype half = (label.size() + 1) / 2;
    return label.left(half) + QStringLiteral("<br>") + label.mid(half);
}

} // namespace gd
