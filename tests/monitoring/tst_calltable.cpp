// SPDX-License-Identifier: GPL-3.0-or-later
#include <limits>

#include <QTest>

#include "monitoring/calltable.h"
#include "monitoring/snapshot.h"

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
    void storedRowsReadAsTheStoreReadsThem();
    void keysNameTexts();
    void memoAndSeenKeysJudgeOnce();
    void revenueSumIsExact();
    void recordRulesCompareAsMoney();
    void lastDayIsTheLatestPeriodEnd();
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

void TestCallTable::storedRowsReadAsTheStoreReadsThem()
{
    // What the store holds, against what its reader made of it: dates by QDate::fromString,
    // revenues by Money::parse with two decimals (nothing read: zero).
    const QStringList dates{QStringLiteral("2026-01-31"),
                            QStringLiteral("2024-02-29"),
                            QStringLiteral("2026-02-30"),
                            QStringLiteral("2026-1-31"),
                            QStringLiteral("2026-01-31T00:00:00"),
                            QStringLiteral("２０２６-01-31"),
                            QString()};
    const QStringList revenues{QStringLiteral("45.00"),
                               QStringLiteral("45"),
                               QStringLiteral("45.5"),
                               QStringLiteral("0.0001"),
                               QStringLiteral("-12.5"),
                               QStringLiteral("1.2.3"),
                               QStringLiteral("007.10"),
                               QStringLiteral("5."),
                               QStringLiteral(".5"),
                               QStringLiteral("123456789012345.67"),
                               QStringLiteral("1234567890123456.78"),
                               QString()};
    CallTable table;
    QList<CallRecord> expected;
    for (int i = 0; i < dates.size() * revenues.size(); ++i) {
        const QString &date = dates.at(i % dates.size());
        const QString &revenue = revenues.at(i / dates.size());
        CallRecord r = record(i, QStringLiteral("0"));
        r.periodStart = date.isEmpty() ? QDate() : QDate::fromString(date, Qt::ISODate);
        r.periodEnd = QDate::fromString(QStringLiteral("2026-12-31"), Qt::ISODate);
        r.revenue = Money::parse(revenue, 2).value_or(Money());
        expected << r;
        const QByteArray id = r.id.toUtf8(), op = r.operatorCode.toUtf8(),
                         name = r.operatorName.toUtf8(), product = r.product.toUtf8(),
                         app = r.applicationId.toUtf8(), resource = r.resourceCode.toUtf8(),
                         start = date.toUtf8(), end = QByteArrayLiteral("2026-12-31"),
                         money = revenue.toUtf8();
        table.append(CallRow{id, op, name, product, app, resource, start, end, r.calls, r.freeCalls,
                             r.activeUsers, money});
    }
    QCOMPARE(table.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        compare(table.at(i).record(), expected.at(i));
        QCOMPARE(table.at(i).revenueFen(), expected.at(i).revenue.toFen());
    }
    // A text met as a QString and as stored bytes is one text.
    table.append(record(3, QStringLiteral("1")));
    QCOMPARE(table.at(table.size() - 1).applicationKey(), table.at(3).applicationKey());
}

void TestCallTable::keysNameTexts()
{
    CallTable table;
    for (int i = 0; i < 30; ++i)
        table.append(record(i, QStringLiteral("1")));
    table.squeeze();
    table.append(record(8, QStringLiteral("1"))); // after squeeze: the same texts, the same keys
    QHash<quint32, QString> applications;
    for (const CallTable::Call c : table) {
        QVERIFY(qsizetype(c.applicationKey()) < table.textCount());
        QCOMPARE(table.textOf(c.applicationKey()), c.applicationId());
        QCOMPARE(table.textOf(c.operatorKey()), c.operatorCode());
        QCOMPARE(table.textOf(c.productKey()), c.product());
        QCOMPARE(table.textOf(c.resourceKey()), c.resourceCode());
        if (c.applicationId().isEmpty())
            QCOMPARE(c.applicationKey(), 0u);
        // One key per text: a key already met names the same application.
        QCOMPARE(applications.value(c.applicationKey(), c.applicationId()), c.applicationId());
        applications.insert(c.applicationKey(), c.applicationId());
    }
    QCOMPARE(applications.size(), 8); // seven applications and the empty id
    QCOMPARE(table.at(30).applicationKey(), table.at(8).applicationKey());
}

void TestCallTable::memoAndSeenKeysJudgeOnce()
{
    CallTable table;
    for (int i = 0; i < 70; ++i)
        table.append(record(i, QStringLiteral("1")));
    KeyMemo<QString> memo(table);
    SeenKeys seen(table);
    int computed = 0, first = 0;
    for (const CallTable::Call c : table) {
        const QString &upper = memo(c.applicationKey(), [&] {
            ++computed;
            return c.applicationId().toUpper();
        });
        QCOMPARE(upper, c.applicationId().toUpper());
        if (seen.firstTime(c.applicationKey()))
            ++first;
    }
    QCOMPARE(computed, 8);
    QCOMPARE(first, 8);
}

void TestCallTable::revenueSumIsExact()
{
    CallTable table;
    QStringList revenues = kRevenues;
    // Two amounts of whole fen whose sum a qint64 of fen cannot hold.
    revenues << QStringLiteral("92233720368547758.07") << QStringLiteral("92233720368547758.07")
             << QStringLiteral("-0.01");
    Money expected;
    for (int i = 0; i < revenues.size(); ++i) {
        table.append(record(i, revenues.at(i)));
        expected += *Money::parseSigned(revenues.at(i));
    }
    RevenueSum sum;
    for (const CallTable::Call c : table)
        sum.add(c);
    QCOMPARE(sum.total(), expected);
    QCOMPARE(sum.total().toString(4), expected.toString(4));
    QCOMPARE(RevenueSum().total(), Money());
}

void TestCallTable::recordRulesCompareAsMoney()
{
    FeeRules rules;
    rules.version = QStringLiteral("T-1");
    rules.effectiveFrom = QDate(2026, 1, 1);
    FeeProduct whole{QStringLiteral("WHOLE"), {}, QStringLiteral("call"),
                     Money::fromFen(3),       {}, {}};
    FeeProduct fraction{QStringLiteral("FRACTION"),
                        {},
                        QStringLiteral("call"),
                        *Money::parseSigned(QStringLiteral("0.0025")),
                        {},
                        {}};
    rules.products << whole << fraction;
    const QList<FeeRules> library{rules};

    CallTable table;
    const QStringList products{QStringLiteral("WHOLE"), QStringLiteral("FRACTION"),
                               QStringLiteral("NAMED-BY-NO-RULE")};
    const QStringList revenues{QStringLiteral("0"),       QStringLiteral("0.03"),
                               QStringLiteral("0.04"),    QStringLiteral("2.50"),
                               QStringLiteral("2.51"),    QStringLiteral("0.0026"),
                               QStringLiteral("-1.00"),   QStringLiteral("92233720368547758.07"),
                               QStringLiteral("1000.00"), QStringLiteral("25.00")};
    for (const QString &product : products) {
        for (const QString &revenue : revenues) {
            for (const qint64 free : {0LL, 1LL, 999LL, 1000LL, 1001LL, 5000LL}) {
                CallRecord r = record(0, revenue);
                r.product = product;
                r.calls = 1000;
                r.freeCalls = free; // more free than called too: no charged calls
                table.append(r);
            }
        }
    }
    RecordRules priced(library, table);
    int over = 0;
    for (const CallTable::Call c : table) {
        const RecordRules::Price &price = priced.of(c);
        const FeeRules *rule = ruleFor(library, c.product(), c.periodStart());
        QCOMPARE(price.rule, rule);
        QCOMPARE(price.product, rule ? rule->product(c.product()) : nullptr);
        if (!price.product)
            continue;
        const bool expected = c.revenue() > price.product->capPrice * quint64(c.chargedCalls());
        QCOMPARE(RecordRules::overCap(c, price), expected);
        over += expected ? 1 : 0;
    }
    QVERIFY(over > 0);
    QVERIFY(over < 2 * revenues.size() * 6);
}

void TestCallTable::lastDayIsTheLatestPeriodEnd()
{
    // How far the feed is reported: the latest end whatever the order, by either append.
    CallTable table;
    QVERIFY(!table.lastDay().isValid());
    table.append(record(4, QStringLiteral("1"))); // May
    QCOMPARE(table.lastDay(), QDate(2026, 5, 31));
    table.append(record(10, QStringLiteral("1"))); // November
    table.append(record(2, QStringLiteral("1")));  // March: no step back
    QCOMPARE(table.lastDay(), QDate(2026, 11, 30));
    const QByteArray later = QByteArrayLiteral("2026-12-31");
    table.append(CallRow{"x", "", "", "P", "", "", "2026-12-01", later, 1, 0, 0, "1.00"});
    QCOMPARE(table.lastDay(), QDate(2026, 12, 31));
    table.append(CallRow{"y", "", "", "P", "", "", "2026-12-01", "2026-12-30", 1, 0, 0, "0.001"});
    QCOMPARE(table.lastDay(), QDate(2026, 12, 31)); // the rare revenue's path agrees
    table.append(CallRow{"z", "", "", "P", "", "", "2027-01-01", "2027-01-31", 1, 0, 0, "0.001"});
    QCOMPARE(table.lastDay(), QDate(2027, 1, 31));
}

QTEST_GUILESS_MAIN(TestCallTable)
#include "tst_calltable.moc"
