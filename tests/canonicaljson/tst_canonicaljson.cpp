// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/canonicaljson.h"

using namespace gd;

/** RFC 8785 serialization of the JSON GrantDesk signs and hashes. */
class TestCanonicalJson final : public QObject
{
    Q_OBJECT

private slots:
    void literals();
    void integers_data();
    void integers();
    void keysSortedByUtf16CodeUnits();
    void rfc8785SortingExample();
    void nonAsciiKeys();
    void controlCharactersEscaped();
    void otherCharactersLiteral();
    void rfc8785StringExample();
    void nestedAndEmpty();
    void stableAfterRoundTrip();
};

static QByteArray canon(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return canonicaljson::serialize(doc.isObject() ? QJsonValue(doc.object())
                                                   : QJsonValue(doc.array()));
}

void TestCanonicalJson::literals()
{
    QCOMPARE(canonicaljson::serialize(QJsonValue()), QByteArray("null"));
    QCOMPARE(canonicaljson::serialize(true), QByteArray("true"));
    QCOMPARE(canonicaljson::serialize(false), QByteArray("false"));
    QCOMPARE(canonicaljson::serialize(QStringLiteral("")), QByteArray("\"\""));
    QCOMPARE(canon("[null, true, false]"), QByteArray("[null,true,false]"));
}

void TestCanonicalJson::integers_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("zero") << QJsonValue(0) << QByteArray("0");
    QTest::newRow("minus zero") << QJsonValue(-0.0) << QByteArray("0");
    QTest::newRow("one") << QJsonValue(1) << QByteArray("1");
    QTest::newRow("minus one") << QJsonValue(-1) << QByteArray("-1");
    QTest::newRow("double 1000") << QJsonValue(1000.0) << QByteArray("1000");
    QTest::newRow("1e15 as double") << QJsonValue(1e15) << QByteArray("1000000000000000");
    QTest::newRow("qint64") << QJsonValue(qint64(123456789012)) << QByteArray("123456789012");
    QTest::newRow("2^53 - 1") << QJsonValue(qint64(9007199254740991))
                              << QByteArray("9007199254740991");
    QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << QByteArray("9007199254740992");
    QTest::newRow("-2^53") << QJsonValue(-9007199254740992.0) << QByteArray("-9007199254740992");
    QTest::newRow("parsed 4.00") << QJsonDocument::fromJson("[4.00]").array().at(0)
                                 << QByteArray("4");
    QTest::newRow("parsed 1E3") << QJsonDocument::fromJson("[1E3]").array().at(0)
                                << QByteArray("1000");
}

void TestCanonicalJson::integers()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(canonicaljson::serialize(value), expected);
}

void TestCanonicalJson::keysSortedByUtf16CodeUnits()
{
    QCOMPARE(canon(R"({"b":1,"a":2,"c":{"z":1,"y":2},"A":3,"aa":4,"":5})"),
             QByteArray(R"({"":5,"A":3,"a":2,"aa":4,"b":1,"c":{"y":2,"z":1}})"));
    // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FB33 in UTF-16 order
    // although its code point is higher: code-point order would swap these two.
    QJsonObject object;
    object.insert(QStringLiteral("\uFB33"), 1);
    object.insert(QString::fromUtf8("\xF0\x9F\x98\x80"), 2);
    QCOMPARE(canonicaljson::serialize(object),
             QByteArray("{\"\xF0\x9F\x98\x80\":2,\"\xEF\xAC\xB3\":1}"));
}

void TestCanonicalJson::rfc8785SortingExample()
{
    // RFC 8785 §3.2.3.
    const QByteArray input = R"({
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\ud83d\ude00": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis"
    })";
    const QByteArray expected =
        "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xC2\x80\":\"Control\","
        "\"\xC3\xB6\":\"Latin Small Letter O With Diaeresis\","
        "\"\xE2\x82\xAC\":\"Euro Sign\","
        "\"\xF0\x9F\x98\x80\":\"Emoji: Grinning Face\","
        "\"\xEF\xAC\xB3\":\"Hebrew Letter Dalet With Dagesh\"}";
    QCOMPARE(canon(input), expected);
}

void TestCanonicalJson::nonAsciiKeys()
{
    // 中 U+4E2D, 文 U+6587, é U+00E9, ascii first.
    QJsonObject object{{QStringLiteral("文"), 1},
                       {QStringLiteral("中"), 2},
                       {QStringLiteral("é"), 3},
                       {QStringLiteral("z"), 4}};
    QCOMPARE(canonicaljson::serialize(object),
             QStringLiteral(R"({"z":4,"é":3,"中":2,"文":1})").toUtf8());
}

void TestCanonicalJson::controlCharactersEscaped()
{
    QString all;
    for (char16_t c = 0; c < 0x20; ++c)
        all += QChar(c);
    const QByteArray expected = "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007"
                                "\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
                                "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017"
                                "\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\"";
    QCOMPARE(canonicaljson::serialize(all), expected);
    QCOMPARE(canonicaljson::serialize(QStringLiteral("a\"b\\c")), QByteArray(R"("a\"b\\c")"));
}

void TestCanonicalJson::otherCharactersLiteral()
{
    // '/', DEL, U+2028 and non-ASCII are written as they are, in UTF-8.
    const QString text = QStringLiteral("/\u007F\u2028审核€");
    QCOMPARE(canonicaljson::serialize(text), QByteArray("\"") + text.toUtf8() + '"');
}

void TestCanonicalJson::rfc8785StringExample()
{
    // RFC 8785 §3.2.2 without its numbers (GrantDesk signs no floating-point numbers).
    const QByteArray input =
        R"({"string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]})";
    QCOMPARE(canon(input),
             QByteArray("{\"literals\":[null,true,false],"
                        "\"string\":\"\xE2\x82\xAC$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}"));
}

void TestCanonicalJson::nestedAndEmpty()
{
    QCOMPARE(canon(R"({ "b" : [ 1 , { "d" : [], "c" : {} } , "x" ], "a" : { "k" : null } })"),
             QByteArray(R"({"a":{"k":null},"b":[1,{"c":{},"d":[]},"x"]})"));
    QCOMPARE(canon("[]"), QByteArray("[]"));
    QCOMPARE(canon("{}"), QByteArray("{}"));
    QCOMPARE(canon(R"([[[]],{"a":[{"b":{}}]}])"), QByteArray(R"([[[]],{"a":[{"b":{}}]}])"));
}

void TestCanonicalJson::stableAfterRoundTrip()
{
    const QByteArray once =
        canon(R"({"seq": 12, "detail": {"item": "use-class", "after": {"verdict": "pass",
              "evidence": ["ab", "cd"]}}, "actor": "李华", "at": "2026-11-26T08:00:00.000Z"})");
    QCOMPARE(canon(once), once);
    QCOMPARE(once, QStringLiteral(R"({"actor":"李华","at":"2026-11-26T08:00:00.000Z",)"
                                  R"("detail":{"after":{"evidence":["ab","cd"],"verdict":"pass"},)"
                                  R"("item":"use-class"},"seq":12})")
                       .toUtf8());
}

QTEST_APPLESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
