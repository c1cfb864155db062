// SPDX-License-Identifier: GPL-3.0-or-later
// monitoring_timing DB [REPEAT]: times the monitoring's phases on a database (read-only), for
// issue 17 item 4; not a test. Prints one line per phase, in milliseconds, and the peak RSS.
#include <malloc.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include "monitoring/alerts.h"
#include "monitoring/dashboardbreakdown.h"
#include "monitoring/indicators.h"
#include "monitoring/snapshot.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/snapshotrepository.h"

using namespace gd;
using namespace gd::monitoring;

namespace {

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return {};
}

/** The heap in use now, in MiB (what is held, where the peak RSS says what was ever held). */
QString heapInUse()
{
    return QString::number(mallinfo2().uordblks / 1048576.0, 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: monitoring_timing DB [REPEAT]\n";
        return 2;
    }
    QElapsedTimer t;
    t.start();
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(args.at(1), options);
    if (!db) {
        out << db.error().toString() << '\n';
        return 1;
    }
    out << "open " << t.restart() << '\n';
    const int repeat = args.size() > 2 ? args.at(2).toInt() : 1;
    for (int i = 0; i < repeat; ++i) {
        t.restart();
        {
            const auto rows = makeSnapshotRepository(*db)->read();
            out << "snapshot.read " << t.restart() << " (peak RSS " << peakRss() << ")\n";
        }
        const auto snapshot = Snapshot::load(*db);
        if (!snapshot) {
            out << snapshot.error().toString() << '\n';
            return 1;
        }
        out << "snapshot.load " << t.restart() << " (peak RSS " << peakRss() << ", held "
            << heapInUse() << ")\n";
        IndicatorQuery query;
        query.on = QDate::currentDate();
        query.from = query.on.addYears(-1).addDays(1);
        query.to = query.on;
        const auto report = IndicatorEngine(*db).compute(query, *snapshot);
        out << "indicators.compute " << t.restart() << " (held " << heapInUse() << ")\n";
        const auto alerts = AlertEngine(*db).evaluate(query.on, {}, *snapshot);
        out << "alerts.evaluate " << t.restart() << " (held " << heapInUse() << ", peak RSS "
            << peakRss() << ")\n";
        const auto breakdown = computeDashboardBreakdown(*snapshot, query);
        out << "breakdown " << t.restart() << '\n';
        const auto all = IndicatorEngine(*db).compute(query);
        out << "indicators (load + compute) " << t.restart() << '\n';
        const auto all2 = AlertEngine(*db).evaluate(query.on);
        out << "alerts (load + evaluate) " << t.restart() << '\n';
        out << "alerts " << (all2 ? all2->size() : -1) << '\n';
        out.flush();
    }
    out << "peak RSS " << peakRss() << '\n';
    return 0;
}
