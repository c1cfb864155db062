// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "domain/creditcode.h"

using namespace gd;

class TestCreditCode final : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void checkCharacter();
};

void TestCreditCode::valid_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("guangzhou") << QStringLiteral("91440101MA5CXK7Q9R");
    QTest::newRow("fuzhou") << QStringLiteral("91350100MA2Y8K3L0B");
    QTest::newRow("guizhou") << QStringLiteral("91520900MA6DLW0Q40");
    // Published codes, checked by hand against both rules: organization codes 70846113-6 and
    // 19220382-1.
    QTest::newRow("published, letter check") << QStringLiteral("91440300708461136T");
    QTest::newRow("published, digit check") << QStringLiteral("914403001922038216");
}

void TestCreditCode::valid()
{
    QFETCH(QString, code);
    QVERIFY2(creditcode::isValid(code), qPrintable(creditcode::problem(code)));
    QCOMPARE(creditcode::problem(code), QString());
    QCOMPARE(creditcode::checkCharacter(code.left(17)), std::optional<QChar>(code.at(17)));
}

void TestCreditCode::invalid_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("problem");
    QTest::newRow("wrong check digit") << QStringLiteral("91440101MA5CXK7Q38")
                                       << QStringLiteral("check character is '8', expected '7'");
    QTest::newRow("wrong check letter") << QStringLiteral("91520900MA6DLW0Q1M")
                                        << QStringLiteral("check character is 'M', expected 'N'");
    QTest::newRow("letter I") << QStringLiteral("91440101MA5CXI7Q37")
                              << QStringLiteral("invalid character 'I' at position 14");
    QTest::newRow("letter O") << QStringLiteral("O1440101MA5CXK7Q37")
                              << QStringLiteral("invalid character 'O' at position 1");
    QTest::newRow("letter Z") << QStringLiteral("91440101MA5CXK7QZ7")
                              << QStringLiteral("invalid character 'Z' at position 17");
    QTest::newRow("letter S") << QStringLiteral("91440101MS5CXK7Q37")
                              << QStringLiteral("invalid character 'S' at position 10");
    QTest::newRow("letter V") << QStringLiteral("91440101MA5CXK7Q3V")
                              << QStringLiteral("invalid character 'V' at position 18");
    QTest::newRow("lower case") << QStringLiteral("91440101ma5cxk7q37")
                                << QStringLiteral("invalid character 'm' at position 9");
    QTest::newRow("too short") << QStringLiteral("91440101MA5CXK7Q3")
                               << QStringLiteral("must have 18 characters, has 17");
    QTest::newRow("too long") << QStringLiteral("91440101MA5CXK7Q9R0")
                              << QStringLiteral("must have 18 characters, has 19");
    QTest::newRow("empty") << QString() << QStringLiteral("must have 18 characters, has 0");
    // Issue 11: the demo's old codes passed only the last check; the organization code's own
    // check character (GB 11714) gives them away as made up.
    QTest::newRow("passes only GB 32100")
        << QStringLiteral("91440101MA5CXK7Q37")
        << QStringLiteral("(position 17) is '3', expected '9' (GB 11714)");
    QTest::newRow("passes only GB 32100, X expected")
        << QStringLiteral("91440104MA59HT0K6W")
        << QStringLiteral("(position 17) is '6', expected 'X' (GB 11714)");
    // Issue 10: the administrative division is checked here, the one check every reader uses
    // (the application parser checked it on its own before; feeds did not).
    QTest::newRow("letter in the administrative division")
        << QStringLiteral("91A40101MA5CXK7Q92")
        << QStringLiteral("characters 3 to 8 must be digits (administrative division)");
}

void TestCreditCode::invalid()
{
    QFETCH(QString, code);
    QFETCH(QString, problem);
    QVERIFY(!creditcode::isValid(code));
    QVERIFY2(creditcode::problem(code).contains(problem), qPrintable(creditcode::problem(code)));
}

void TestCreditCode::checkCharacter()
{
    QCOMPARE(creditcode::checkCharacter(QStringLiteral("9144010")), std::nullopt);
    QCOMPARE(creditcode::checkCharacter(QStringLiteral("91440101MA5CXKIQ3")), std::nullopt);
    QCOMPARE(creditcode::organizationCheckCharacter(QStringLiteral("70846113")),
             std::optional<QChar>(QLatin1Char('6')));
    QCOMPARE(creditcode::organizationCheckCharacter(QStringLiteral("19220382")),
             std::optional<QChar>(QLatin1Char('1')));
    QCOMPARE(creditcode::organizationCheckCharacter(QStringLiteral("MA59HT0K")),
             std::optional<QChar>(QLatin1Char('X')));
    QCOMPARE(creditcode::organizationCheckCharacter(QStringLiteral("MA59HT0")), std::nullopt);
    QCOMPARE(creditcode::organizationCheckCharacter(QStringLiteral("MA59-T0K")), std::nullopt);
}

QTEST_APPLESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
