// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "pricing/feeengine.h"
#include "pricing/feerules.h"

using namespace gd;

namespace {

FeeRules loadRules(const QString &name)
{
    static const QHash<QString, QString> files{
        {QStringLiteral("t1"), QStringLiteral("feerules/good/test-rules.json")},
        {QStringLiteral("gz"), QStringLiteral("examples/fee-rules-gz.json")},
        {QStringLiteral("gzh"), QStringLiteral("examples/fee-rules-gzh.json")},
    };
    const auto outcome =
        parseFeeRulesFile(QStringLiteral(GRANTDESK_TEST_DATA "/") + files.value(name));
    if (!outcome.rules)
        qFatal("fixture %s does not parse", qPrintable(name));
    return *outcome.rules;
}

Money money(const char *text)
{
    return *Money::parseSigned(QString::fromLatin1(text));
}

const QString kOperator = QStringLiteral("91440101MA5CXK7Q9R");

} // namespace

class TestFeeEngine final : public QObject
{
    Q_OBJECT

private slots:
    void fees_data();
    void fees();
    void traceFollowsTheBands();
    void operatorAbsentOrUnknown();
    void bandRows();
    void marNext_data();
    void marNext();
    void curve();
};

void TestFeeEngine::fees_data()
{
    QTest::addColumn<QString>("file"); // t1, gz, gzh
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("quantity"); // decimal, may exceed 2^32
    // Space-separated options: sb ps best use=CLASS unit=U op=CODE start=D end=D on=D
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("gross"); // rounded to the fen
    QTest::addColumn<QString>("fee");
    QTest::addColumn<QString>("findings"); // codes, "code=amount" when there is one

    auto row = [](const char *name, const char *file, const char *product, const char *quantity,
                  const char *options, const char *gross, const char *fee,
                  const char *findings = "") {
        QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(product)
                            << QString::fromLatin1(quantity) << QString::fromLatin1(options)
                            << QString::fromLatin1(gross) << QString::fromLatin1(fee)
                            << QString::fromLatin1(findings);
    };
    // Bands of P-BANDS: (0,100] at 1.0000, (100,1000] at 0.5000, above 1000 at 0.2500.
    row("zero quantity", "t1", "P-BANDS", "0", "", "0.00", "0.00");
    row("one unit", "t1", "P-BANDS", "1", "", "1.00", "1.00");
    row("exactly at first upTo", "t1", "P-BANDS", "100", "", "100.00", "100.00");
    row("one past first upTo", "t1", "P-BANDS", "101", "", "100.50", "100.50");
    row("exactly at second upTo", "t1", "P-BANDS", "1000", "", "550.00", "550.00");
    row("one past second upTo", "t1", "P-BANDS", "1001", "", "550.25", "550.25");
    row("deep in open band", "t1", "P-BANDS", "5000", "", "1550.00", "1550.00");
    // Fixed fee 100.00 + 2.5000 per item, due at zero too.
    row("fixed fee at zero", "t1", "P-FIXED", "0", "", "100.00", "100.00");
    row("fixed fee plus units", "t1", "P-FIXED", "3", "", "107.50", "107.50");
    row("discount covers fixed fee", "t1", "P-FIXED", "0", "sb", "100.00", "80.00");
    row("no fixed fee at zero", "t1", "P-TIE", "0", "", "0.00", "0.00");
    // Discounts: priority 12.5 %, small business 20 %.
    row("priority decimal percent", "t1", "P-BANDS", "1000", "ps", "550.00", "481.25");
    row("small business", "t1", "P-BANDS", "1000", "sb", "550.00", "440.00");
    row("multiply both", "t1", "P-BANDS", "1000", "sb ps", "550.00", "385.00");
    row("best of both", "t1", "P-BANDS", "1000", "sb ps best", "550.00", "440.00");
    row("best with priority only", "t1", "P-BANDS", "1000", "ps best", "550.00", "481.25");
    row("best with small business only", "t1", "P-BANDS", "1000", "sb best", "550.00", "440.00");
    row("best without flags", "t1", "P-BANDS", "1000", "best", "550.00", "550.00");
    row("multiply exact four decimals", "t1", "P-BANDS", "101", "sb ps", "100.50", "70.35");
    row("multiply small", "t1", "P-BANDS", "7", "sb ps", "7.00", "4.90");
    // Rounding once, half up.
    row("tie after discount", "t1", "P-BANDS", "3", "ps", "3.00", "2.63");
    row("above tie after discount", "t1", "P-BANDS", "1", "ps", "1.00", "0.88");
    row("tie of half a fen", "t1", "P-TIE", "1", "", "0.01", "0.01");
    row("tie of one and a half fen", "t1", "P-TIE", "3", "", "0.02", "0.02");
    row("whole fen", "t1", "P-TIE", "2", "", "0.01", "0.01");
    row("below tie after discount", "t1", "P-TIE", "1", "sb", "0.01", "0.00");
    row("rounded once not per step", "t1", "P-TIE", "1", "sb ps", "0.01", "0.00");
    // Free use classes pay nothing, whatever the product.
    row("free use", "t1", "P-BANDS", "5000", "use=public_welfare", "0.00", "0.00", "free_use");
    row("free use with fixed fee", "t1", "P-FIXED", "10", "use=public_welfare sb", "0.00", "0.00",
        "free_use");
    row("not free for other classes", "t1", "P-FIXED", "10", "use=public_governance", "125.00",
        "125.00");
    // 10^12 quantities: far beyond 64-bit counts of 1/10000 fen after discounts.
    row("10^12 at upTo", "t1", "P-BIG", "1000000000000", "", "999900000000.00", "999900000000.00");
    row("10^12 one past", "t1", "P-BIG", "1000000000001", "", "999900000000.00", "999900000000.00");
    row("10^12 minus one", "t1", "P-BIG", "999999999999", "", "999899999999.00", "999899999999.00");
    row("10^12 with both discounts", "t1", "P-BIG", "1000000000000", "sb ps", "999900000000.00",
        "699930000000.00");
    row("10^13", "t1", "P-BIG", "10000000000000", "sb ps", "1000800000000.00", "700560000000.00");
    // Findings.
    row("unknown product", "t1", "P-NOPE", "100", "", "0.00", "0.00", "unknown_product");
    row("unit mismatch", "t1", "P-BANDS", "100", "unit=item", "100.00", "100.00", "unit_mismatch");
    row("unit matches", "t1", "P-BANDS", "100", "unit=call", "100.00", "100.00");
    row("outside effective", "t1", "P-BANDS", "100", "on=2027-01-01", "100.00", "100.00",
        "outside_effective");
    row("before effective", "t1", "P-BANDS", "100", "on=2025-12-31", "100.00", "100.00",
        "outside_effective");
    row("last effective day", "t1", "P-BANDS", "100", "on=2026-12-31", "100.00", "100.00");
    row("term at cap", "t1", "P-BANDS", "100", "start=2026-01-01 end=2027-12-31", "100.00",
        "100.00");
    row("term one day over cap", "t1", "P-BANDS", "100", "start=2026-01-01 end=2028-01-01",
        "100.00", "100.00", "term_over_cap");
    row("MAR reached not exceeded", "t1", "P-BANDS", "100", "op=91440101MA5CXK7Q9R", "100.00",
        "100.00");
    row("MAR exceeded by half a yuan", "t1", "P-BANDS", "101", "op=91440101MA5CXK7Q9R", "100.50",
        "100.50", "mar_exceeded=0.50");
    row("all findings at once", "t1", "P-BANDS", "101",
        "unit=hour on=2027-02-01 start=2026-01-01 end=2028-06-30 op=91440101MA5CXK7Q9R", "100.50",
        "100.50", "unit_mismatch outside_effective term_over_cap mar_exceeded=0.50");
    // The worked example of docs/formats/fee-rules.md.
    row("worked example", "gz", "GZ-LOWALT-RISK-API", "1500000",
        "sb ps op=91440101MA5CXK7Q9R on=2026-11-26 start=2026-04-01 end=2028-03-31", "560000.00",
        "313600.00", "mar_exceeded=303600.00");
    row("gz at first upTo", "gz", "GZ-LOWALT-RISK-API", "100000", "", "50000.00", "50000.00");
    row("gz one past first upTo", "gz", "GZ-LOWALT-RISK-API", "100001", "", "50000.40", "50000.40");
    // Trial schedule, best stacking, fixed fee (GZH).
    row("trial best fixed fee", "gzh", "GZ-TOUR-FLOW-FORECAST", "400000", "sb ps on=2026-11-26",
        "244500.00", "183375.00", "trial_schedule");
    row("trial zero quantity fixed fee", "gzh", "GZ-TOUR-FLOW-FORECAST", "0", "", "2000.00",
        "2000.00", "trial_schedule");
    row("trial 4-decimal band", "gzh", "GZ-TOUR-FLOW-FORECAST", "200001", "", "139500.53",
        "139500.53", "trial_schedule");
    row("trial single band", "gzh", "GZ-HOUSING-DATASET", "24", "sb", "28800.00", "24480.00",
        "trial_schedule");
    row("trial operator under MAR", "gzh", "GZ-HOUSING-DATASET", "24", "op=91520900MA6DLW0Q40",
        "28800.00", "28800.00", "trial_schedule");
}

void TestFeeEngine::fees()
{
    QFETCH(QString, file);
    QFETCH(QString, product);
    QFETCH(QString, quantity);
    QFETCH(QString, options);
    QFETCH(QString, gross);
    QFETCH(QString, fee);
    QFETCH(QString, findings);

    FeeRules rules = loadRules(file);
    FeeRequest request;
    request.product = product;
    request.useClass = QStringLiteral("industry");
    bool ok = false;
    request.quantity = quantity.toULongLong(&ok);
    QVERIFY(ok);
    request.reviewDate = QDate(2026, 6, 15);
    const QStringList opts = options.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &opt : opts) {
        const QString key = opt.section(QLatin1Char('='), 0, 0);
        const QString value = opt.section(QLatin1Char('='), 1);
        if (key == QLatin1String("sb"))
            request.smallBusiness = true;
        else if (key == QLatin1String("ps"))
            request.priorityScenario = true;
        else if (key == QLatin1String("best"))
            rules.stacking = FeeStacking::Best;
        else if (key == QLatin1String("use"))
            request.useClass = value;
        else if (key == QLatin1String("unit"))
            request.unit = value;
        else if (key == QLatin1String("op"))
            request.operatorCreditCode = value;
        else if (key == QLatin1String("start"))
            request.periodStart = QDate::fromString(value, Qt::ISODate);
        else if (key == QLatin1String("end"))
            request.periodEnd = QDate::fromString(value, Qt::ISODate);
        else if (key == QLatin1String("on"))
            request.reviewDate = QDate::fromString(value, Qt::ISODate);
        else
            QFAIL(qPrintable(QStringLiteral("unknown option ") + opt));
    }

    const FeeResult result = computeFee(rules, request);
    QCOMPARE(result.gross.toJsonString(), gross);
    QCOMPARE(result.fee.toJsonString(), fee);
    QCOMPARE(result.fee, result.net.roundedToFen());
    QStringList got;
    for (const FeeFinding &f : result.findings) {
        QVERIFY(!feeFindingText(f).isEmpty());
        got << (f.amount ? f.code + QLatin1Char('=') + f.amount->toJsonString() : f.code);
    }
    QStringList expected = findings.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    QVERIFY(!result.trace.isEmpty());
    QVERIFY(feeTraceLines(result).last().contains(QStringLiteral("Fee: ")));
}

void TestFeeEngine::traceFollowsTheBands()
{
    const FeeRules rules = loadRules(QStringLiteral("gz"));
    FeeRequest request;
    request.product = QStringLiteral("GZ-LOWALT-RISK-API");
    request.useClass = QStringLiteral("industry");
    request.quantity = 1500000;
    request.smallBusiness = request.priorityScenario = true;
    request.operatorCreditCode = kOperator;
    request.reviewDate = QDate(2026, 11, 26);
    const FeeResult r = computeFee(rules, request);
    const QString trace = feeTraceLines(r).join(QLatin1Char('\n'));
    QVERIFY2(trace.contains(QStringLiteral("100,000 × 0.50 = 50,000.00")), qPrintable(trace));
    QVERIFY(trace.contains(QStringLiteral("900,000 × 0.40 = 360,000.00")));
    QVERIFY(trace.contains(QStringLiteral("500,000 × 0.30 = 150,000.00")));
    QVERIFY(trace.contains(QStringLiteral("560,000.00 × 0.70 = 392,000.00")));
    QVERIFY(trace.contains(QStringLiteral("392,000.00 × 0.80 = 313,600.00")));
    QVERIFY(trace.contains(QStringLiteral("half up")));
    QVERIFY(trace.contains(QStringLiteral("303,600.00")));
    // The discounts appear in the listed order: priority first.
    QVERIFY(trace.indexOf(QStringLiteral("× 0.70")) < trace.indexOf(QStringLiteral("× 0.80")));
    QCOMPARE(r.discounts.size(), 2);
    QCOMPARE(r.discounts.at(0).when, QStringLiteral("priorityScenario"));
    QCOMPARE(r.op->creditCode, kOperator);
    QCOMPARE(r.rulesVersion, QStringLiteral("GZ-2026.1"));
}

void TestFeeEngine::operatorAbsentOrUnknown()
{
    const FeeRules rules = loadRules(QStringLiteral("gz"));
    FeeRequest request;
    request.product = QStringLiteral("GZ-LOWALT-RISK-API");
    request.useClass = QStringLiteral("industry");
    request.quantity = 1500000;
    request.reviewDate = QDate(2026, 11, 26);
    FeeResult r = computeFee(rules, request);
    QVERIFY(!r.op);
    QVERIFY(!r.hasFinding(feefinding::MarExceeded));
    QVERIFY(feeTraceLines(r).join(QLatin1Char('\n')).contains(QStringLiteral("No operator given")));

    request.operatorCreditCode = QStringLiteral("91110000000000000X");
    r = computeFee(rules, request);
    QVERIFY(!r.op);
    QVERIFY(!r.hasFinding(feefinding::MarExceeded));
    QVERIFY(feeTraceLines(r)
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("No operator entry for 91110000000000000X")));
}

void TestFeeEngine::bandRows()
{
    const FeeRules rules = loadRules(QStringLiteral("t1"));
    FeeRequest request;
    request.product = QStringLiteral("P-BANDS");
    request.useClass = QStringLiteral("industry");
    request.quantity = 150;
    request.reviewDate = QDate(2026, 6, 1);
    const FeeResult r = computeFee(rules, request);
    QCOMPARE(r.bands.size(), 3);
    QCOMPARE(r.bands.at(0).units, quint64(100));
    QCOMPARE(r.bands.at(1).units, quint64(50));
    QCOMPARE(r.bands.at(2).units, quint64(0));
    QCOMPARE(r.bands.at(1).amount.toJsonString(), QStringLiteral("25.00"));
    QCOMPARE(r.bands.at(1).from, quint64(100));
    QCOMPARE(r.bands.at(1).upTo, std::optional<quint64>(1000));
    QVERIFY(!r.bands.at(2).upTo);
    QCOMPARE(r.bands.at(0).label, QStringLiteral("1 – 100"));
    QCOMPARE(r.bands.at(2).label, QStringLiteral("above 1,000"));
}

void TestFeeEngine::marNext_data()
{
    QTest::addColumn<QString>("marCalc");
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("mar");
    QTest::addColumn<QString>("expected");
    QTest::newRow("under MAR") << "5000000.00"
                               << "4000000.00"
                               << "5000000.00"
                               << "5000000.00";
    QTest::newRow("at MAR") << "5000000.00"
                            << "5000000.00"
                            << "5000000.00"
                            << "5000000.00";
    QTest::newRow("over MAR") << "5200000.00"
                              << "5303600.00"
                              << "5000000.00"
                              << "4896400.00";
    QTest::newRow("over by a fen") << "100.00"
                                   << "100.01"
                                   << "100.00"
                                   << "99.99";
    QTest::newRow("exact 4 decimals") << "100.0001"
                                      << "100.0003"
                                      << "100.0000"
                                      << "99.9998";
    QTest::newRow("can go negative") << "100.00"
                                     << "400.00"
                                     << "200.00"
                                     << "-100.00";
}

void TestFeeEngine::marNext()
{
    QFETCH(QString, marCalc);
    QFETCH(QString, actual);
    QFETCH(QString, mar);
    QFETCH(QString, expected);
    const Money next =
        gd::marNext(*Money::parse(marCalc), *Money::parse(actual), *Money::parse(mar));
    QCOMPARE(next, money(qPrintable(expected)));
}

void TestFeeEngine::curve()
{
    const FeeRules rules = loadRules(QStringLiteral("gz"));
    FeeRequest request;
    request.product = QStringLiteral("GZ-LOWALT-RISK-API");
    request.useClass = QStringLiteral("industry");
    request.quantity = 1500000;
    request.smallBusiness = request.priorityScenario = true;
    request.reviewDate = QDate(2026, 11, 26);
    const QList<FeeCurvePoint> points = feeCurve(rules, request);
    QVERIFY(points.size() >= 4);
    QCOMPARE(points.first().quantity, quint64(0));
    QVERIFY(points.first().fee.isZero());
    for (int i = 1; i < points.size(); ++i)
        QVERIFY(points.at(i - 1).quantity < points.at(i).quantity);
    bool sawRequest = false;
    for (const FeeCurvePoint &p : points) {
        if (p.quantity == 100000) {
            QVERIFY(p.isBandEdge);
            QCOMPARE(p.gross.toJsonString(), QStringLiteral("50000.00"));
            QCOMPARE(p.fee.toJsonString(), QStringLiteral("28000.00"));
        }
        if (p.isRequest) {
            sawRequest = true;
            QCOMPARE(p.fee.toJsonString(), QStringLiteral("313600.00"));
        }
    }
    QVERIFY(sawRequest);
    QVERIFY(points.last().quantity > 1500000);
    request.product = QStringLiteral("NOPE");
    QVERIFY(feeCurve(rules, request).isEmpty());
}

QTEST_APPLESS_MAIN(TestFeeEngine)
#include "tst_feeengine.moc"
