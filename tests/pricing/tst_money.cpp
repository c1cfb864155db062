// SPDX-License-Identifier: GPL-3.0-or-later
#include <limits>

#include <QTest>

#include "domain/money.h"

using gd::Money;

namespace {

Money m(const char *text, int decimals = Money::kMoneyDecimals)
{
    const auto value = Money::parse(QString::fromLatin1(text), decimals);
    if (!value)
        qFatal("bad test literal %s", text);
    return *value;
}

} // namespace

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void parseAndPrint_data();
    void parseAndPrint();
    void refused_data();
    void refused();
    void roundingHalfUp_data();
    void roundingHalfUp();
    void arithmetic();
    void comparison();
    void display();
    void hugeQuantitiesStayExact();
    void fen_data();
    void fen();
};

void TestMoney::parseAndPrint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("json");
    QTest::newRow("four decimals") << "0.0375"
                                   << "0.0375"
                                   << "0.04";
    QTest::newRow("two decimals") << "5000000.00"
                                  << "5000000"
                                  << "5000000.00";
    QTest::newRow("integer") << "7"
                             << "7"
                             << "7.00";
    QTest::newRow("zero") << "0"
                          << "0"
                          << "0.00";
    QTest::newRow("zero decimals") << "0.0000"
                                   << "0"
                                   << "0.00";
    QTest::newRow("leading zeros") << "000012.5"
                                   << "12.5"
                                   << "12.50";
    QTest::newRow("thirty digits") << "123456789012345678901234567890.1234"
                                   << "123456789012345678901234567890.1234"
                                   << "123456789012345678901234567890.12";
}

void TestMoney::parseAndPrint()
{
    QFETCH(QString, text);
    QFETCH(QString, exact);
    QFETCH(QString, json);
    const auto value = Money::parse(text);
    QVERIFY(value);
    QCOMPARE(value->toString(), exact);
    QCOMPARE(value->toJsonString(), json);
}

void TestMoney::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    QTest::newRow("negative") << "-1.00"
                              << "negative";
    QTest::newRow("five decimals") << "0.03751"
                                   << "more than 4 decimal places";
    QTest::newRow("empty") << ""
                           << "expected a decimal string";
    QTest::newRow("point only") << "."
                                << "expected a decimal string";
    QTest::newRow("trailing point") << "12."
                                    << "expected a decimal string";
    QTest::newRow("leading point") << ".5"
                                   << "expected a decimal string";
    QTest::newRow("plus sign") << "+1"
                               << "expected a decimal string";
    QTest::newRow("exponent") << "1e3"
                              << "expected a decimal string";
    QTest::newRow("separator") << "1,000.00"
                               << "expected a decimal string";
    QTest::newRow("space") << " 1.00"
                           << "expected a decimal string";
    QTest::newRow("fullwidth digit") << QStringLiteral("１.00") << "expected a decimal string";
    QTest::newRow("too long") << "1234567890123456789012345678901"
                              << "more than 30 digits";
}

void TestMoney::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    QString error;
    QVERIFY(!Money::parse(text, Money::kMoneyDecimals, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
}

void TestMoney::roundingHalfUp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fen");
    QTest::newRow("tie up") << "0.005"
                            << "0.01";
    QTest::newRow("tie up 2") << "2.125"
                              << "2.13";
    QTest::newRow("tie at 4 decimals") << "1.0050"
                                       << "1.01";
    QTest::newRow("below tie") << "1.0049"
                               << "1.00";
    QTest::newRow("above tie") << "1.0051"
                               << "1.01";
    QTest::newRow("carry") << "9.995"
                           << "10.00";
    QTest::newRow("carry many") << "999999.9999"
                                << "1000000.00";
    QTest::newRow("exact") << "3.10"
                           << "3.10";
    QTest::newRow("tiny") << "0.0001"
                          << "0.00";
}

void TestMoney::roundingHalfUp()
{
    QFETCH(QString, text);
    QFETCH(QString, fen);
    const auto value = Money::parse(text);
    QVERIFY(value);
    QCOMPARE(value->roundedToFen().toString(2), fen);
    QCOMPARE(value->toJsonString(), fen);
    // Ties go away from zero for negatives too (symmetric half up).
    QCOMPARE((-*value).roundedToFen(), -value->roundedToFen());
}

void TestMoney::arithmetic()
{
    QCOMPARE((m("0.1") + m("0.2")).toString(), QStringLiteral("0.3"));
    QCOMPARE((m("1") - m("1.0001")).toString(), QStringLiteral("-0.0001"));
    QCOMPARE((m("0.40") * 900000).toString(2), QStringLiteral("360000.00"));
    QCOMPARE(m("560000").discountedBy(m("30")).toString(2), QStringLiteral("392000.00"));
    QCOMPARE(m("392000").discountedBy(m("20")).toString(2), QStringLiteral("313600.00"));
    QCOMPARE(m("100").discountedBy(m("12.5", 6)).toString(), QStringLiteral("87.5"));
    QCOMPARE(m("1").discountedBy(m("33.333333", 6)).toString(), QStringLiteral("0.66666667"));
    QCOMPARE(m("200").percentOf(m("7.5", 6)).toString(), QStringLiteral("15"));
    QCOMPARE(m("5").discountedBy(m("100")), Money());
    QCOMPARE(m("5").discountedBy(m("0")), m("5"));
    QCOMPARE(Money::fromInteger(-42).toString(), QStringLiteral("-42"));
    QCOMPARE(Money::fromInteger(std::numeric_limits<qint64>::min()).toString(),
             QStringLiteral("-9223372036854775808"));
    QCOMPARE(Money::fromUnsigned(std::numeric_limits<quint64>::max()).toString(),
             QStringLiteral("18446744073709551615"));
    QCOMPARE(Money::parseSigned(QStringLiteral("-3.5"))->toString(2), QStringLiteral("-3.50"));
}

void TestMoney::comparison()
{
    QVERIFY(m("0.5") == m("0.50"));
    QVERIFY(m("0.5") < m("0.5001"));
    QVERIFY(-m("1") < m("0"));
    QVERIFY(m("10") > m("9.9999"));
    QCOMPARE(Money::max(m("1"), m("2")), m("2"));
    QVERIFY(Money().isZero());
    QVERIFY(!(m("0") - m("0")).isNegative());
}

void TestMoney::display()
{
    const QLocale c(QLocale::C);
    QCOMPARE(m("313600").toDisplay(c), QStringLiteral("¥313,600.00"));
    QCOMPARE(m("1234.5").toDisplay(QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("¥1,234.50"));
    QCOMPARE(m("0.005").toDisplay(c), QStringLiteral("¥0.01"));
    QCOMPARE(m("999").toDisplay(c), QStringLiteral("¥999.00"));
    QCOMPARE(m("1000").toDisplay(c), QStringLiteral("¥1,000.00"));
    QCOMPARE(m("1234567.891").toDisplay(QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("¥1.234.567,89"));
    QCOMPARE((-m("1234.5")).toDisplay(c), QStringLiteral("-¥1,234.50"));
}

void TestMoney::hugeQuantitiesStayExact()
{
    // 10^12 units × 0.9999 = 999,900,000,000; then four discounts of 12.5, 33.3333, 7.25, 0.0001 %.
    const Money gross = m("0.9999") * 1000000000000ULL;
    QCOMPARE(gross.toString(2), QStringLiteral("999900000000.00"));
    const Money net = gross.discountedBy(m("12.5", 6))
                          .discountedBy(m("33.3333", 6))
                          .discountedBy(m("7.25", 6))
                          .discountedBy(m("0.0001", 6));
    // Expected digits computed independently (Python decimal, 60 digits of precision).
    const Money expected =
        m("999900000000") * m("0.875") * m("0.666667", 6) * m("0.9275") * m("0.999999", 6);
    QCOMPARE(net, expected);
    QCOMPARE(net.toString(), QStringLiteral("540987292005.94825621875"));
    QCOMPARE(net.toJsonString(), QStringLiteral("540987292005.95"));
    // Beyond 128 bits: 10^12 × 10^12 × 10^12 × 10^4 needs 130 bits and is still exact.
    const Money big =
        Money::fromUnsigned(1000000000000ULL) * 1000000000000ULL * 1000000000000ULL * 10000;
    QCOMPARE(big.toString(), QStringLiteral("1") + QString(40, QLatin1Char('0')));
    QCOMPARE((big - Money::fromUnsigned(1)).toString(), QString(40, QLatin1Char('9')));
}

void TestMoney::fen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("whole"); // a whole number of fen within qint64
    QTest::addColumn<qint64>("fen");
    QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("yuan") << QStringLiteral("313600") << true << qint64(31360000);
    QTest::newRow("fen") << QStringLiteral("45.07") << true << qint64(4507);
    QTest::newRow("trailing zeros") << QStringLiteral("0.1000") << true << qint64(10);
    QTest::newRow("negative") << QStringLiteral("-0.01") << true << qint64(-1);
    QTest::newRow("largest") << QStringLiteral("92233720368547758.07") << true
                             << std::numeric_limits<qint64>::max();
    QTest::newRow("smallest") << QStringLiteral("-92233720368547758.07") << true
                              << -std::numeric_limits<qint64>::max();
    QTest::newRow("a fraction of a fen") << QStringLiteral("0.001") << false << qint64(0);
    QTest::newRow("one fen too many")
        << QStringLiteral("92233720368547758.08") << false << qint64(0);
    QTest::newRow("thirty digits")
        << QStringLiteral("123456789012345678901234567890") << false << qint64(0);
}

void TestMoney::fen()
{
    QFETCH(QString, text);
    QFETCH(bool, whole);
    QFETCH(qint64, fen);
    const Money money = *Money::parseSigned(text);
    const std::optional<qint64> inFen = money.toFen();
    QCOMPARE(inFen.has_value(), whole);
    if (!whole)
        return;
    QCOMPARE(*inFen, fen);
    QCOMPARE(Money::fromFen(fen), money);
    QCOMPARE(Money::fromFen(fen).toString(2), money.toString(2));
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
