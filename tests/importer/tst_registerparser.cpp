// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTest>
#include <QTimeZone>

#include "importer/registerparser.h"
#include "common/errortext.h"

using namespace gd;

namespace {

QString examplePath()
{
    return QStringLiteral(GRANTDESK_TEST_DATA "/examples/register-demo.json");
}

QByteArray example()
{
    QFile file(examplePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

using gd::test::describe;

} // namespace

class TestRegisterParser final : public QObject
{
    Q_OBJECT

private slots:
    void example();
    void badInput_data();
    void badInput();
    void malformed();
};

void TestRegisterParser::example()
{
    const auto outcome = RegisterParser::parseFile(examplePath(), QStringLiteral("register.json"));
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(describe(outcome.errors)));
    QVERIFY(outcome.file);
    QCOMPARE(outcome.file->source, QStringLiteral("公共数据资源登记平台（示例导出）"));
    QCOMPARE(outcome.file->exportedAt.toUTC(),
             QDateTime(QDate(2026, 9, 30), QTime(16, 0), QTimeZone::utc()));
    QCOMPARE(outcome.file->resources.size(), 5);
    const RegisteredResource &changed = outcome.file->resources.at(2);
    QCOMPARE(changed.code, QStringLiteral("FJ-350000-2025-004512"));
    QCOMPARE(changed.status, RegistrationStatus::Changed);
    QCOMPARE(changed.registeredAt, QDate(2025, 4, 20));
    QCOMPARE(changed.updatedAt, QDate(2026, 2, 11));
    QCOMPARE(outcome.file->resources.at(4).status, RegistrationStatus::Cancelled);
    // The catalogue's 授权运营类型 and 运营审核方式 (briefing L201), optional: the third entry
    // has none, as every export before the fields.
    QCOMPARE(outcome.file->resources.at(0).operationType, QStringLiteral("有条件授权运营"));
    QCOMPARE(outcome.file->resources.at(0).operationReview, QStringLiteral("数源单位审核"));
    QCOMPARE(outcome.file->resources.at(1).operationType, QStringLiteral("可授权运营"));
    QVERIFY(changed.operationType.isEmpty());
    QVERIFY(changed.operationReview.isEmpty());
}

void TestRegisterParser::badInput_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");

    QTest::newRow("duplicate code")
        << QByteArray("\"GD-440100-2025-000311\"") << QByteArray("\"GD-440100-2025-000123\"")
        << QStringLiteral("r.json: resources[1].code")
        << QStringLiteral("duplicate code, already at resources[0]");
    QTest::newRow("bad status") << QByteArray("\"status\": \"changed\"")
                                << QByteArray("\"status\": \"revoked\"")
                                << QStringLiteral("r.json: resources[2].status")
                                << QStringLiteral(
                                       "must be one of active, changed, corrected, cancelled");
    QTest::newRow("unregistered is not a register status")
        << QByteArray("\"status\": \"changed\"") << QByteArray("\"status\": \"unregistered\"")
        << QStringLiteral("r.json: resources[2].status") << QStringLiteral("must be one of");
    QTest::newRow("updatedAt before registeredAt")
        << QByteArray("\"updatedAt\": \"2026-02-11\"")
        << QByteArray("\"updatedAt\": \"2025-04-19\"")
        << QStringLiteral("r.json: resources[2].updatedAt")
        << QStringLiteral("must not be before registeredAt (2025-04-20)");
    QTest::newRow("missing provider")
        << QByteArray("\"provider\": \"广州市气象局\", ") << QByteArray()
        << QStringLiteral("r.json: resources[1].provider")
        << QStringLiteral("required field missing");
    QTest::newRow("missing source")
        << QByteArray("\"source\": \"公共数据资源登记平台（示例导出）\",") << QByteArray()
        << QStringLiteral("r.json: source") << QStringLiteral("required field missing");
    QTest::newRow("unknown field in entry")
        << QByteArray("\"status\": \"active\", \"registeredAt\": \"2025-05-09\"")
        << QByteArray("\"status\": \"active\", \"level\": 2, \"registeredAt\": \"2025-05-09\"")
        << QStringLiteral("r.json: resources[3]") << QStringLiteral("unknown field 'level'");
    QTest::newRow("unknown field at root")
        << QByteArray("\"exportedAt\"") << QByteArray("\"exportedBy\": \"x\", \"exportedAt\"")
        << QStringLiteral("r.json") << QStringLiteral("unknown field 'exportedBy'");
    QTest::newRow("wrong format") << QByteArray("grantdesk.register/1")
                                  << QByteArray("grantdesk.application/1")
                                  << QStringLiteral("r.json: format")
                                  << QStringLiteral("must be 'grantdesk.register/1'");
    QTest::newRow("bad exportedAt")
        << QByteArray("2026-10-01T00:00:00+08:00") << QByteArray("2026-10-01")
        << QStringLiteral("r.json: exportedAt") << QStringLiteral("not a valid date-time");
    QTest::newRow("bad date") << QByteArray("\"registeredAt\": \"2025-07-15\"")
                              << QByteArray("\"registeredAt\": \"2025-07-32\"")
                              << QStringLiteral("r.json: resources[1].registeredAt")
                              << QStringLiteral("not a valid date");
    QTest::newRow("operation type without review method")
        << QByteArray(", \"operationReview\": \"数源单位审核\"") << QByteArray()
        << QStringLiteral("r.json: resources[0].operationReview")
        << QStringLiteral("required with operationType");
    QTest::newRow("review method without operation type")
        << QByteArray("\"operationType\": \"可授权运营\", ") << QByteArray()
        << QStringLiteral("r.json: resources[1].operationType")
        << QStringLiteral("required with operationReview");
    QTest::newRow("empty operation type")
        << QByteArray("\"operationType\": \"可授权运营\"") << QByteArray("\"operationType\": \"\"")
        << QStringLiteral("r.json: resources[1].operationType")
        << QStringLiteral("must not be empty");
    QTest::newRow("operation type not text")
        << QByteArray("\"operationType\": \"有条件授权运营\"") << QByteArray("\"operationType\": 2")
        << QStringLiteral("r.json: resources[0].operationType")
        << QStringLiteral("expected a string");
    QTest::newRow("empty name") << QByteArray("\"name\": \"景区闸机客流统计\"")
                                << QByteArray("\"name\": \"\"")
                                << QStringLiteral("r.json: resources[3].name")
                                << QStringLiteral("must not be empty");
}

void TestRegisterParser::badInput()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, where);
    QFETCH(QString, what);
    QByteArray json = ::example();
    QVERIFY2(json.contains(from), from.constData());
    json.replace(json.indexOf(from), from.size(), to);
    const auto outcome = RegisterParser::parse(json, QStringLiteral("r.json"));
    QVERIFY(!outcome.file);
    QVERIFY2(outcome.errors.size() == 1, qPrintable(describe(outcome.errors)));
    QCOMPARE(outcome.errors.first().where, where);
    QVERIFY2(outcome.errors.first().what.contains(what), qPrintable(outcome.errors.first().what));
}

void TestRegisterParser::malformed()
{
    auto outcome = RegisterParser::parse("{\"format\": ", QStringLiteral("r.json"));
    QVERIFY(!outcome.file);
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().where, QStringLiteral("r.json"));
    QVERIFY(outcome.errors.first().what.startsWith(QLatin1String("malformed JSON at line 1")));

    outcome = RegisterParser::parseFile(QStringLiteral(GRANTDESK_TEST_DATA "/no-such-file.json"),
                                        QStringLiteral("r.json"));
    QCOMPARE(outcome.errors.size(), 1);
    QVERIFY(outcome.errors.first().what.startsWith(QLatin1String("cannot read the file")));
}

QTEST_GUILESS_MAIN(TestRegisterParser)
#include "tst_registerparser.moc"
