// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>

#include <QFile>
#include <QTest>

#include "core/strictjson.h"
#include "importer/applicationparser.h"
#include "importer/registerparser.h"
#include "modes/modetable.h"
#include "monitoring/feeds.h"
#include "pricing/feerules.h"
#include "review/checklisttemplate.h"

using namespace gd;

/**
 * Strict JSON (issue 12 item 6): what QJsonDocument reads one way and another parser another
 * way — a key twice, a lone surrogate, NUL — is refused by every reader of input files,
 * naming FILE: JSON.PATH.
 */
class TestStrictJson final : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void everyReaderRefuses_data();
    void everyReaderRefuses();
};

void TestStrictJson::problems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path"); // "-" when accepted
    QTest::addColumn<QString>("what");
    QTest::newRow("plain") << QByteArray(R"({"a": [1, {"b": "x"}], "c": "\ud83d\ude00"})")
                           << QStringLiteral("-") << QString();
    QTest::newRow("same key in two objects")
        << QByteArray(R"({"a": {"k": 1}, "b": {"k": 2}})") << QStringLiteral("-") << QString();
    QTest::newRow("escaped quote in a key is another key")
        << QByteArray(R"({"a\"": 1, "a": 2})") << QStringLiteral("-") << QString();
    QTest::newRow("duplicate at top") << QByteArray(R"({"a": 1, "b": 2, "a": 3})")
                                      << QStringLiteral("a") << QStringLiteral("appears twice");
    QTest::newRow("duplicate deep")
        << QByteArray(R"({"x": [{"y": 1}, {"y": 1, "z": {"k": 1, "k": 2}}]})")
        << QStringLiteral("x[1].z.k") << QStringLiteral("appears twice");
    QTest::newRow("duplicate spelled with an escape")
        << QByteArray(R"({"ab": 1, "a\u0062": 2})") << QStringLiteral("ab")
        << QStringLiteral("appears twice");
    QTest::newRow("lone high surrogate")
        << QByteArray(R"({"n": "a\ud800b"})") << QStringLiteral("n") << QStringLiteral("\\ud800");
    QTest::newRow("high surrogate at the end")
        << QByteArray(R"({"n": ["x", "\udbff"]})") << QStringLiteral("n[1]")
        << QStringLiteral("lone surrogate");
    QTest::newRow("lone low surrogate") << QByteArray(R"({"n": "\udc00"})") << QStringLiteral("n")
                                        << QStringLiteral("lone surrogate");
    QTest::newRow("two high surrogates") << QByteArray(R"({"n": "\ud800\ud800"})")
                                         << QStringLiteral("n") << QStringLiteral("lone surrogate");
    QTest::newRow("NUL") << QByteArray(R"({"a": {"b": "x\u0000y"}})") << QStringLiteral("a.b")
                         << QStringLiteral("NUL");
    QTest::newRow("NUL in a key") << QByteArray(R"({"a\u0000": 1})") << QString()
                                  << QStringLiteral("NUL");
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF{}") << QString() << QStringLiteral("byte order mark");
}

void TestStrictJson::problems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, what);
    const auto problem = strictjson::problem(json);
    if (path == QLatin1String("-")) {
        QVERIFY2(!problem, qPrintable(problem ? problem->what : QString()));
        return;
    }
    QVERIFY(problem);
    QCOMPARE(problem->path, path);
    QVERIFY2(problem->what.contains(what), qPrintable(problem->what));
}

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

using Reader = std::function<QList<Error>(const QByteArray &, const QString &label)>;

} // namespace

void TestStrictJson::everyReaderRefuses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("reader");
    const QString data = QStringLiteral(GRANTDESK_TEST_DATA);
    QTest::newRow("application") << data + QStringLiteral("/examples/gzh-tour-0042.json") << 0;
    QTest::newRow("register") << data + QStringLiteral("/examples/register-demo.json") << 1;
    QTest::newRow("fee rules") << data + QStringLiteral("/examples/fee-rules-gz.json") << 2;
    QTest::newRow("mode table") << data + QStringLiteral("/../../resources/modes/modes-2026.2.json")
                                << 3;
    QTest::newRow("checklist template")
        << data + QStringLiteral("/../../resources/checklists/sanzhongyida.json") << 4;
    QTest::newRow("feed") << data + QStringLiteral("/monitoring/calls-good.json") << 5;
}

void TestStrictJson::everyReaderRefuses()
{
    QFETCH(QString, file);
    QFETCH(int, reader);
    const Reader readers[] = {
        [](const QByteArray &json, const QString &label) {
            return ApplicationParser()
                .parse(json, label, QStringLiteral(GRANTDESK_TEST_DATA))
                .errors;
        },
        [](const QByteArray &json, const QString &label) {
            return RegisterParser::parse(json, label).errors;
        },
        [](const QByteArray &json, const QString &label) {
            return parseFeeRules(json, label).errors;
        },
        [](const QByteArray &json, const QString &label) {
            return parseModeTable(json, label).errors;
        },
        [](const QByteArray &json, const QString &label) {
            return parseChecklistTemplate(json, label).errors;
        },
        [](const QByteArray &json, const QString &label) {
            return monitoring::parseFeed(json, label, false).errors;
        },
    };
    const Reader &read = readers[reader];
    const QByteArray original = readFile(file);
    const qsizetype brace = original.indexOf('{');
    QVERIFY(brace >= 0);
    auto withFirst = [&](const QByteArray &member) {
        return original.left(brace + 1) + member + original.mid(brace + 1);
    };
    auto firstError = [&](const QByteArray &json) {
        const QList<Error> errors = read(json, QStringLiteral("in.json"));
        return errors.isEmpty() ? QString() : errors.first().toString();
    };

    // Valid as shipped, so what is refused below is refused for the one change made.
    if (reader != 0) // the application's attachments are relative to its own folder
        QVERIFY2(read(original, QStringLiteral("in.json")).isEmpty(),
                 qPrintable(firstError(original)));

    // "format" a second time, first: QJsonDocument would take the second, others the first.
    const QString duplicate = firstError(withFirst(R"("format": "grantdesk.other/9", )"));
    QVERIFY2(duplicate.startsWith(QLatin1String("in.json: format: ")) &&
                 duplicate.contains(QLatin1String("appears twice")),
             qPrintable(duplicate));
    const QString surrogate = firstError(withFirst(R"("note": "\ud800", )"));
    QVERIFY2(surrogate.startsWith(QLatin1String("in.json: note: ")) &&
                 surrogate.contains(QLatin1String("lone surrogate")),
             qPrintable(surrogate));
    const QString nul = firstError(withFirst(R"("note": ["x\u0000"], )"));
    QVERIFY2(nul.startsWith(QLatin1String("in.json: note[0]: ")) &&
                 nul.contains(QLatin1String("NUL")),
             qPrintable(nul));
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
