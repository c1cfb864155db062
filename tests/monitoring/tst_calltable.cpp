// SPDX-License-Identifier: GPL-3.0-or-later
#include <limits>

#include <QTest>

#include "monitoring/calltable.h"

using namespace gd;
using namespace gd::monitoring;

/** The snapshot's compact call records read back exactly what was appended. */
class TestCallTable final : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldReadsBack();
    void repeatedTextsAreHeldOnce();
    void appendingAfterSqueezeStillReadsBack();
};

namespace {

CallRecord record(int i, const QString &revenue)
{
    CallRecord r;
    r.id = QStringLiteral("调用-%1-ü").arg(i);
    r.operatorCode = i % 2 ? QStringLiteral("91350100MA2XYZ123A") : QString();
    r.operatorName = QStringLiteral("福州数据运营有限公司");
    r.product = QStringLiteral("FJ-LOGI-CLEARANCE-API");
    r.applicationId = i % 3 ? QStringLiteral("GD-2026-%1").arg(i % 7) : QString();
    r.resourceCode = QStringLiteral("GD-440100-2025-%1").arg(i % 5);
    r.periodStart = QDate(2026, 1 + i % 12, 1);
    r.periodEnd = r.periodStart.addMonths(1).addDays(-1);
    r.calls = 1000000000000LL + i;
    r.freeCalls = i;
    r.activeUsers = std::numeric_limits<qint64>::max() - i;
    r.revenue = *Money::parseSigned(revenue);
    return r;
}

void compare(const CallRecord &a, const CallRecord &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.operatorCode, b.operatorCode);
    QCOMPARE(a.operatorName, b.operatorName);
    QCOMPARE(a.product, b.product);
    QCOMPARE(a.applicationId, b.applicationId);
    QCOMPARE(a.resourceCode, b.resourceCode);
    QCOMPARE(a.periodStart, b.periodStart);
    QCOMPARE(a.periodEnd, b.periodEnd);
    QCOMPARE(a.calls, b.calls);
    QCOMPARE(a.freeCalls, b.freeCalls);
    QCOMPARE(a.activeUsers, b.activeUsers);
    QCOMPARE(a.revenue, b.revenue);
    QCOMPARE(a.revenue.toString(4), b.revenue.toString(4));
}

// Whole fen, a fraction of a fen, more than a qint64 of fen, negative, zero.
const QStringList kRevenues{QStringLiteral("45.00"), QStringLiteral("0.0001"),
                            QStringLiteral("123456789012345678901234567.89"),
                            QStringLiteral("-12.5"), QStringLiteral("0")};

} // namespace

void TestCallTable::everyFieldReadsBack()
{
    CallTable table;
    QList<CallRecord> appended;
    for (int i = 0; i < 50; ++i) {
        appended << record(i, kRevenues.at(i % kRevenues.size()));
        table.append(appended.constLast());
    }
    table.squeeze();
    QCOMPARE(table.size(), appended.size());
    int i = 0;
    for (const CallTable::Call call : table) {
        compare(call.record(), appended.at(i));
        QCOMPARE(call.chargedCalls(), appended.at(i).chargedCalls());
        QCOMPARE(call.revenue(), appended.at(i).revenue);
        ++i;
    }
    QCOMPARE(i, 50);
    compare(table.at(17).record(), appended.at(17));
}

void TestCallTable::repeatedTextsAreHeldOnce()
{
    CallTable table;
    table.append(record(1, QStringLiteral("1")));
    table.append(record(1, QStringLiteral("2")));
    // The same text is the same string, not a copy per record.
    QVERIFY(table.at(0).operatorName().constData() == table.at(1).operatorName().constData());
    QVERIFY(table.at(0).applicationId().constData() == table.at(1).applicationId().constData());
    QCOMPARE(table.at(1).revenue(), Money::fromInteger(2));
}

void TestCallTable::appendingAfterSqueezeStillReadsBack()
{
    CallTable table;
    table.append(record(1, QStringLiteral("1.23")));
    table.squeeze();
    table.append(record(2, QStringLiteral("4.56")));
    compare(table.at(0).record(), record(1, QStringLiteral("1.23")));
    compare(table.at(1).record(), record(2, QStringLiteral("4.56")));
}

QTEST_GUILESS_MAIN(TestCallTable)
#include "tst_calltable.moc"
