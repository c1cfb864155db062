// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"

namespace gd::test {

/** @p errors, one per line ("WHERE: WHAT"), for a failing check's message. */
inline QString describe(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace gd::test
