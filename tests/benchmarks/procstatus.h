// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the benchmarks read of this process's memory (Linux's /proc/self/status).

#include <QByteArray>
#include <QFile>

namespace gd::bench {

/** A figure in kB of /proc/self/status ("VmHWM:" the peak resident, "VmRSS:" the resident
 *  now), in MiB; -1 if unknown. */
inline double statusMiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace gd::bench
