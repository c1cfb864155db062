// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <QTimeZone>

#include "importer/applicationparser.h"
#include "pricing/pricinginputs.h"
#include "common/errortext.h"

using namespace gd;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(GRANTDESK_TEST_DATA "/") + relative;
}

using gd::test::describe;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Copies the gz-lowalt example (with its attachments) into @p dir. */
bool copyExample(const QString &dir)
{
    const QString source = dataPath(QStringLiteral("examples/gz-lowalt-0001"));
    return QDir().mkpath(dir + QStringLiteral("/attachments")) &&
           QFile::copy(source + QStringLiteral("/application.json"),
                       dir + QStringLiteral("/application.json")) &&
           QFile::copy(source + QStringLiteral("/attachments/development-plan.txt"),
                       dir + QStringLiteral("/attachments/development-plan.txt")) &&
           QFile::copy(source + QStringLiteral("/attachments/security-pledge.txt"),
                       dir + QStringLiteral("/attachments/security-pledge.txt"));
}

/** The gz-lowalt example with the string at @p path ("applicant.name", "resources.0.name") set. */
QByteArray exampleWith(const QString &path, const QString &value)
{
    QJsonObject root =
        QJsonDocument::fromJson(
            readAll(dataPath(QStringLiteral("examples/gz-lowalt-0001/application.json"))))
            .object();
    const QStringList keys = path.split(QLatin1Char('.'));
    std::function<QJsonValue(QJsonValue, int)> set = [&](QJsonValue node, int i) -> QJsonValue {
        if (i == keys.size())
            return value;
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            const int index = keys.at(i).toInt();
            array[index] = set(array.at(index), i + 1);
            return array;
        }
        QJsonObject object = node.toObject();
        object[keys.at(i)] = set(object.value(keys.at(i)), i + 1);
        return object;
    };
    return QJsonDocument(set(root, 0).toObject()).toJson();
}

} // namespace

class TestApplicationParser final : public QObject
{
    Q_OBJECT

private slots:
    void examples_data();
    void examples();
    void exampleContent();
    void characterLengthLimitPasses();
    void operatorParty_data();
    void operatorParty();
    void badInput_data();
    void badInput();
    void reportsEveryError();
    void errorFloodIsCapped();
    void symlinkOutsideIsRefused();
    void oversizedFileRefusedBeforeParsing();
    void attachmentLimits();
    void duplicateAttachmentStoredOnce();
    void hostileIdentifiersRefused_data();
    void hostileIdentifiersRefused();
    void hostileFreeTextKept();
};

void TestApplicationParser::examples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("version");
    QTest::newRow("gz-lowalt") << QStringLiteral("examples/gz-lowalt-0001/application.json")
                               << QStringLiteral("GZ-2026-0001") << 1;
    QTest::newRow("fj-health") << QStringLiteral("examples/fj-health-0007.json")
                               << QStringLiteral("FJ-2026-0007") << 2;
    QTest::newRow("gzh-tour") << QStringLiteral("examples/gzh-tour-0042.json")
                              << QStringLiteral("GZH-2026-0042") << 1;
}

void TestApplicationParser::examples()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(int, version);
    const ParseOutcome outcome = ApplicationParser().parseFile(dataPath(file), file);
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(describe(outcome.errors)));
    QVERIFY(outcome.parsed);
    QCOMPARE(outcome.parsed->application.id, id);
    QCOMPARE(outcome.parsed->application.version, version);
    QCOMPARE(outcome.parsed->sourceJson, readAll(dataPath(file)));
}

void TestApplicationParser::exampleContent()
{
    const QString file = dataPath(QStringLiteral("examples/gz-lowalt-0001/application.json"));
    const ParseOutcome outcome = ApplicationParser().parseFile(file, QStringLiteral("app.json"));
    QVERIFY2(outcome.parsed, qPrintable(describe(outcome.errors)));
    const ParsedApplication &p = *outcome.parsed;
    const Application &a = p.application;
    QCOMPARE(p.contentSha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(a.submittedAt.toUTC(), QDateTime(QDate(2026, 3, 2), QTime(1, 30), QTimeZone::utc()));
    QCOMPARE(a.deadline, QDate(2026, 3, 30));
    QCOMPARE(a.applicant.creditCode, QStringLiteral("91440101MA5CXK7Q9R"));
    QCOMPARE(a.applicant.creditDeclaration, std::optional<bool>(true));
    QCOMPARE(a.applicant.contact.email, QStringLiteral("lihua@example.cn"));
    QCOMPARE(a.scenario.socialBenefit, QStringLiteral("降低低空飞行安全风险"));
    QCOMPARE(a.authorization.mode, QStringLiteral("scenario"));
    QCOMPARE(a.resources.size(), 2);
    QCOMPARE(a.resources.at(0).fields.size(), 3);
    QCOMPARE(a.resources.at(0).volume, std::optional<qint64>(12000000));
    QCOMPARE(a.resources.at(1).delivery, QStringLiteral("api"));
    QCOMPARE(a.security.mlpsLevel, 3);
    QCOMPARE(a.security.incidentsLast3Years, std::optional<qint64>(0));
    QCOMPARE(a.periodStart, QDate(2026, 4, 1));
    QCOMPARE(a.periodEnd, QDate(2028, 3, 31));
    QVERIFY(a.pricing);
    QCOMPARE(a.pricing->expectedQuantity, 1500000);
    QVERIFY(a.pricing->smallBusiness);
    QCOMPARE(a.attachments.size(), 2);
    QCOMPARE(p.contents.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Attachment &att = a.attachments.at(i);
        const QByteArray bytes =
            readAll(dataPath(QStringLiteral("examples/gz-lowalt-0001/")) + att.path);
        QCOMPARE(att.size, bytes.size());
        QCOMPARE(p.contents.at(i).sha256, att.sha256);
        QCOMPARE(p.contents.at(i).data, bytes);
    }
}

void TestApplicationParser::characterLengthLimitPasses()
{
    // 200 CJK characters (600 bytes) and 100 characters outside the BMP (200 UTF-16 units)
    // are exactly at the limits, which count characters.
    const QString file =
        dataPath(QStringLiteral("import/good/max-length-characters/application.json"));
    const ParseOutcome outcome =
        ApplicationParser().parseFile(file, QStringLiteral("application.json"));
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(describe(outcome.errors)));
    QCOMPARE(outcome.parsed->application.applicant.name.size(), 200);
    QCOMPARE(outcome.parsed->application.applicant.contact.name.size(), 200);
}

void TestApplicationParser::operatorParty_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("operatorCode"); // empty: no "operator" field
    QTest::addColumn<QString>("expectedOperator");
    QTest::addColumn<QString>("error"); // empty: parses
    const QString applicant = QStringLiteral("91440101MA5CXK7Q9R");
    const QString other = QStringLiteral("91440101MA9W6J3D2T");
    const QString v1 = QStringLiteral("grantdesk.application/1");
    const QString v2 = QStringLiteral("grantdesk.application/2");
    QTest::newRow("format 1: the applicant") << v1 << QString() << applicant << QString();
    QTest::newRow("format 2 without one: the applicant")
        << v2 << QString() << applicant << QString();
    QTest::newRow("format 2 names the operator") << v2 << other << other << QString();
    QTest::newRow("format 1 cannot name one")
        << v1 << other << QString() << QStringLiteral("operator: needs format");
    QTest::newRow("the applicant again")
        << v2 << applicant << QString()
        << QStringLiteral("operator.creditCode: is the applicant's own code");
    QTest::newRow("a bad code") << v2 << QStringLiteral("91440101MA9W6J3D2U") << QString()
                                << QStringLiteral("operator.creditCode: ");
}

void TestApplicationParser::operatorParty()
{
    // Application format 2 names the operator (运营机构) whose maximum allowed revenue the fee is
    // held against; format 1 cannot, and the applicant is taken.
    QFETCH(QString, format);
    QFETCH(QString, operatorCode);
    QFETCH(QString, expectedOperator);
    QFETCH(QString, error);
    const QString source = dataPath(QStringLiteral("examples/gz-lowalt-0001"));
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("attachments"))));
    for (const QString &name : QDir(source + QStringLiteral("/attachments")).entryList(QDir::Files))
        QVERIFY(QFile::copy(source + QStringLiteral("/attachments/") + name,
                            dir.filePath(QStringLiteral("attachments/") + name)));
    QJsonObject root =
        QJsonDocument::fromJson(readAll(source + QStringLiteral("/application.json"))).object();
    root.insert(QStringLiteral("format"), format);
    if (!operatorCode.isEmpty())
        root.insert(QStringLiteral("operator"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("广州数据集团有限公司")},
                                {QStringLiteral("creditCode"), operatorCode}});
    const QString file = dir.filePath(QStringLiteral("application.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();

    const ParseOutcome outcome = ApplicationParser().parseFile(file, QStringLiteral("app.json"));
    if (!error.isEmpty()) {
        QVERIFY(!outcome.parsed);
        QVERIFY2(describe(outcome.errors).contains(QStringLiteral("app.json: ") + error),
                 qPrintable(describe(outcome.errors)));
        return;
    }
    QVERIFY2(outcome.parsed, qPrintable(describe(outcome.errors)));
    const Application &a = outcome.parsed->application;
    QCOMPARE(a.operatorCreditCode(), expectedOperator);
    QCOMPARE(a.applicant.creditCode, QStringLiteral("91440101MA5CXK7Q9R"));
    // The ceiling goes with the operator; the small-business discount stays the applicant's.
    const PricingInputs inputs = PricingInputs::fromApplication(a, QDate(2026, 6, 1));
    QCOMPARE(inputs.operatorCode, expectedOperator);
    QVERIFY(inputs.smallBusiness);
}

void TestApplicationParser::badInput_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");

    const auto row = [](const char *fixture, const char *where, const char *what) {
        QTest::newRow(fixture) << QString::fromUtf8(where) << QString::fromUtf8(what);
    };
    const char *const root = "application.json";
    row("malformed-json", root, "malformed JSON at line 5, column 4: unterminated object");
    row("top-level-array", root, "the top level must be a JSON object, not an array");
    row("wrong-format", "application.json: format",
        "must be 'grantdesk.application/1' or 'grantdesk.application/2', not "
        "'grantdesk.application/3'");
    row("missing-format", "application.json: format", "required field missing");
    row("missing-credit-code", "application.json: applicant.creditCode", "required field missing");
    row("missing-resource-delivery", "application.json: resources[1].delivery",
        "required field missing");
    row("unknown-field-root", root, "unknown field 'comment'");
    row("unknown-field-nested", "application.json: applicant.contact", "unknown field 'wechat'");
    row("unknown-field-resource", "application.json: resources[0]", "unknown field 'colour'");
    row("version-string", "application.json: version", "expected an integer, not a string");
    row("version-fraction", "application.json: version", "expected an integer, not a fraction");
    row("version-zero", "application.json: version", "must be at least 1");
    row("name-number", "application.json: scenario.name", "expected a string, not a number");
    row("fields-object", "application.json: resources[0].fields",
        "expected an array, not an object");
    row("applicant-string", "application.json: applicant", "expected an object, not a string");
    row("bool-string", "application.json: security.emergencyPlan", "expected a boolean");
    row("bad-id", "application.json: id", "must be 3 to 64 characters");
    row("bad-enum", "application.json: authorization.mode",
        "must be one of whole, domain, scenario");
    row("bad-use-class", "application.json: useClass",
        "must be one of public_governance, public_welfare, industry, sector");
    row("credit-code-pattern", "application.json: applicant.creditCode",
        "invalid character 'I' at position 17");
    row("credit-code-check", "application.json: applicant.creditCode",
        "check character is '8', expected '7' (GB 32100)");
    row("credit-code-division", "application.json: applicant.creditCode",
        "characters 3 to 8 must be digits");
    row("credit-code-length", "application.json: applicant.creditCode",
        "must have 18 characters, has 17");
    row("name-too-long", "application.json: applicant.name", "longer than 200 characters (201)");
    row("contact-too-long-astral", "application.json: applicant.contact.name",
        "longer than 100 characters (101)");
    row("empty-name", "application.json: scenario.name", "must not be empty");
    row("empty-resources", "application.json: resources", "must have at least 1 item");
    row("empty-fields", "application.json: resources[1].fields", "must have at least 1 item");
    row("bad-date", "application.json: deadline", "not a valid date");
    row("bad-date-format", "application.json: period.start", "not a valid date");
    row("period-reversed", "application.json: period.end",
        "must be after period.start (2026-04-01)");
    row("period-equal", "application.json: period.end", "must be after period.start (2026-04-01)");
    row("bad-date-time", "application.json: submittedAt", "not a valid date-time");
    row("date-time-no-offset", "application.json: submittedAt", "not a valid date-time");
    row("bad-phone", "application.json: applicant.contact.phone", "must be 5 to 30 characters");
    row("bad-email", "application.json: applicant.contact.email", "not a valid e-mail address");
    row("mlps-level-6", "application.json: security.mlpsLevel", "must be at most 5 (is 6)");
    row("negative-volume", "application.json: resources[1].volume", "must be at least 0 (is -1)");
    row("volume-too-large", "application.json: resources[0].volume", "integer too large");
    row("bad-sha256-pattern", "application.json: attachments[0].sha256",
        "must be 64 lowercase hexadecimal digits");
    row("bad-attachment-kind", "application.json: attachments[0].kind", "must be one of ");
    row("attachment-dotdot", "application.json: attachments[0].path", "'..'");
    row("attachment-absolute", "application.json: attachments[0].path",
        "must be relative, not an absolute path");
    row("attachment-backslash", "application.json: attachments[1].path", "backslash");
    row("attachment-missing", "application.json: attachments[1].path",
        "attachment file not found: attachments/minutes.txt");
    row("attachment-sha256-mismatch", "application.json: attachments[1].sha256",
        "sha256 does not match the file (file has af6d5bfbe28ad30f");
}

void TestApplicationParser::badInput()
{
    QFETCH(QString, where);
    QFETCH(QString, what);
    const QString file = dataPath(QStringLiteral("import/bad/%1/application.json")
                                      .arg(QString::fromUtf8(QTest::currentDataTag())));
    QVERIFY2(QFile::exists(file), qPrintable(file));
    const ParseOutcome outcome =
        ApplicationParser().parseFile(file, QStringLiteral("application.json"));
    QVERIFY(!outcome.parsed);
    // Each fixture breaks one rule, so exactly one error names it.
    QVERIFY2(outcome.errors.size() == 1, qPrintable(describe(outcome.errors)));
    QCOMPARE(outcome.errors.first().where, where);
    QVERIFY2(outcome.errors.first().what.contains(what), qPrintable(outcome.errors.first().what));
}

void TestApplicationParser::reportsEveryError()
{
    const QString file = dataPath(QStringLiteral("import/bad/many-errors/application.json"));
    const ParseOutcome outcome = ApplicationParser().parseFile(file, QStringLiteral("a.json"));
    QVERIFY(!outcome.parsed);
    QStringList wheres;
    for (const Error &e : outcome.errors)
        wheres << e.where;
    wheres.sort();
    QCOMPARE(wheres,
             QStringList({QStringLiteral("a.json: period.end"),
                          QStringLiteral("a.json: resources[0].fields"),
                          QStringLiteral("a.json: scenario.domain"),
                          QStringLiteral("a.json: useClass"), QStringLiteral("a.json: version")}));
}

void TestApplicationParser::errorFloodIsCapped()
{
    QByteArray json =
        readAll(dataPath(QStringLiteral("import/good/max-length-characters/application.json")));
    const qsizetype start = json.indexOf("\"resources\": [");
    const qsizetype end = json.indexOf("\"security\"");
    QVERIFY(start > 0 && end > start);
    QByteArray many = "\"resources\": [{}";
    for (int i = 1; i < 300; ++i)
        many += ", {}";
    many += "],\n";
    json.replace(start, end - start, many);
    // 300 entries with 5 required fields each: 1500 errors, of which 200 are shown.
    const ParseOutcome outcome = ApplicationParser().parse(json, QStringLiteral("a.json"), {});
    QVERIFY(!outcome.parsed);
    QCOMPARE(outcome.errors.size(), 201);
    QCOMPARE(outcome.errors.first().toString(),
             QStringLiteral("a.json: resources[0].name: required field missing"));
    QCOMPARE(outcome.errors.last().toString(),
             QStringLiteral("a.json: too many errors, 1300 more not shown"));
}

void TestApplicationParser::symlinkOutsideIsRefused()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString appDir = temp.filePath(QStringLiteral("app"));
    QVERIFY(copyExample(appDir));
    QFile secret(temp.filePath(QStringLiteral("outside.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(readAll(appDir + QStringLiteral("/attachments/security-pledge.txt")));
    secret.close();
    // The link has the right name and the right content, but lives outside the folder.
    const QString link = appDir + QStringLiteral("/attachments/security-pledge.txt");
    QVERIFY(QFile::remove(link));
    QVERIFY(QFile::link(secret.fileName(), link));
    const ParseOutcome outcome = ApplicationParser().parseFile(
        appDir + QStringLiteral("/application.json"), QStringLiteral("application.json"));
    QVERIFY(!outcome.parsed);
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().where, QStringLiteral("application.json: attachments[1].path"));
    QVERIFY(
        outcome.errors.first().what.contains(QLatin1String("outside the application's folder")));

    // A link that stays inside the folder is fine.
    QVERIFY(QFile::remove(link));
    QVERIFY(QFile::copy(secret.fileName(), appDir + QStringLiteral("/real.txt")));
    QVERIFY(QFile::link(appDir + QStringLiteral("/real.txt"), link));
    const ParseOutcome inside = ApplicationParser().parseFile(
        appDir + QStringLiteral("/application.json"), QStringLiteral("application.json"));
    QVERIFY2(inside.parsed, qPrintable(describe(inside.errors)));
}

void TestApplicationParser::oversizedFileRefusedBeforeParsing()
{
    ImportLimits limits;
    limits.maxFileBytes = 100;
    // Malformed as well: only the size is reported, because it is not parsed at all.
    const QString file = dataPath(QStringLiteral("import/bad/malformed-json/application.json"));
    const ParseOutcome outcome =
        ApplicationParser(limits).parseFile(file, QStringLiteral("big.json"));
    QVERIFY(!outcome.parsed);
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().where, QStringLiteral("big.json"));
    QVERIFY2(outcome.errors.first().what.startsWith(QLatin1String("file larger than 100 B")),
             qPrintable(outcome.errors.first().what));
}

void TestApplicationParser::attachmentLimits()
{
    const QString file = dataPath(QStringLiteral("examples/gz-lowalt-0001/application.json"));
    ImportLimits one;
    one.maxAttachmentBytes = 70; // development-plan.txt has 80 bytes, security-pledge.txt 62
    ParseOutcome outcome = ApplicationParser(one).parseFile(file, QStringLiteral("a.json"));
    QVERIFY(!outcome.parsed);
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().where, QStringLiteral("a.json: attachments[0].path"));
    QVERIFY(outcome.errors.first().what.contains(QLatin1String("attachment larger than 70 B")));

    ImportLimits total;
    total.maxAttachmentsTotalBytes = 100;
    outcome = ApplicationParser(total).parseFile(file, QStringLiteral("a.json"));
    QVERIFY(!outcome.parsed);
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().where, QStringLiteral("a.json: attachments"));
    QVERIFY(outcome.errors.first().what.contains(QLatin1String("larger than 100 B in total")));
}

void TestApplicationParser::duplicateAttachmentStoredOnce()
{
    QByteArray json = readAll(dataPath(QStringLiteral("examples/gz-lowalt-0001/application.json")));
    json.replace("attachments/security-pledge.txt", "attachments/development-plan.txt");
    json.replace("af6d5bfbe28ad30f6a2db910f432c3c264100d88e8641ffaed1ba22257554b18",
                 "cfff5a5a02cbba6b4dda3889482334e179f9c9cafee0bf4f20c644a34d99492b");
    const ParseOutcome outcome = ApplicationParser().parse(
        json, QStringLiteral("a.json"), dataPath(QStringLiteral("examples/gz-lowalt-0001")));
    QVERIFY2(outcome.parsed, qPrintable(describe(outcome.errors)));
    QCOMPARE(outcome.parsed->application.attachments.size(), 2);
    QCOMPARE(outcome.parsed->contents.size(), 1);
}

void TestApplicationParser::hostileIdentifiersRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("codePoint");
    // The reproduction: the PDF showed "广州科技有限公司穗数" for this name.
    QTest::newRow("applicant name, bidi override")
        << "applicant.name" << QStringLiteral("广州\u202E司公限有技科\u202C穗数") << "U+202E";
    QTest::newRow("applicant name, zero width")
        << "applicant.name" << QStringLiteral("广州低空\u200B智联科技有限公司") << "U+200B";
    QTest::newRow("applicant name, ANSI")
        << "applicant.name" << QStringLiteral("\x1b[31m广州低空") << "U+001B";
    QTest::newRow("credit code, word joiner")
        << "applicant.creditCode" << QStringLiteral("\u206091440101MA5CXK7Q9R") << "U+2060";
    QTest::newRow("legal representative, isolate")
        << "applicant.legalRepresentative" << QStringLiteral("陈\u2067明") << "U+2067";
    QTest::newRow("contact name, private use")
        << "applicant.contact.name" << QStringLiteral("李\uE000华") << "U+E000";
    QTest::newRow("resource name, RLM")
        << "resources.0.name" << QStringLiteral("气象数据\u200F") << "U+200F";
    QTest::newRow("resource code, newline")
        << "resources.0.registrationCode" << QStringLiteral("GD-44\n0100") << "U+000A";
    QTest::newRow("provider, LRO")
        << "resources.0.provider" << QStringLiteral("\u202D广州市气象局") << "U+202D";
    QTest::newRow("field name, bell")
        << "resources.0.fields.0" << QStringLiteral("a\ab") << "U+0007";
    QTest::newRow("security officer, zero-width joiner")
        << "security.officer" << QStringLiteral("王\u200D五") << "U+200D";
}

void TestApplicationParser::hostileIdentifiersRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, codePoint);
    QTemporaryDir dir;
    QVERIFY(copyExample(dir.path()));
    const ParseOutcome outcome = ApplicationParser().parse(
        exampleWith(path, value), QStringLiteral("application.json"), dir.path());
    QVERIFY(!outcome.parsed);
    QVERIFY2(outcome.errors.size() == 1, qPrintable(describe(outcome.errors)));
    QString jsonPath = path;
    jsonPath.replace(QRegularExpression(QStringLiteral("\\.(\\d+)")), QStringLiteral("[\\1]"));
    QCOMPARE(outcome.errors.first().where, QStringLiteral("application.json: ") + jsonPath);
    QVERIFY2(outcome.errors.first().what.startsWith(QStringLiteral("contains ") + codePoint),
             qPrintable(outcome.errors.first().toString()));
}

void TestApplicationParser::hostileFreeTextKept()
{
    // Free text keeps its characters: it is escaped where shown, not refused.
    const QString description = QStringLiteral("用于\x1b[31m航线规划\u202E研究\u202C。");
    QTemporaryDir dir;
    QVERIFY(copyExample(dir.path()));
    const ParseOutcome outcome =
        ApplicationParser().parse(exampleWith(QStringLiteral("scenario.description"), description),
                                  QStringLiteral("application.json"), dir.path());
    QVERIFY2(outcome.parsed, qPrintable(describe(outcome.errors)));
    QCOMPARE(outcome.parsed->application.scenario.description, description);
}

QTEST_GUILESS_MAIN(TestApplicationParser)
#include "tst_applicationparser.moc"
