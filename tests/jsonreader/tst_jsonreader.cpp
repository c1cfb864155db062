// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/i18n.h"
#include "core/jsonreader.h"
#include "pricing/feerules.h"

using namespace gd;

namespace {

/** The smallest parser of the shape parseJsonFile takes: an object with a "name". */
struct NameOutcome
{
    std::optional<QString> name;
    QList<Error> errors;
};

NameOutcome parseName(const QByteArray &json, const QString &label)
{
    NameOutcome outcome;
    JsonReader reader(label);
    std::optional<ObjectReader> root = reader.parseObject(json);
    if (root) {
        const auto name = root->required("name").string(1);
        root->refuseUnknownFields();
        if (!reader.hasErrors())
            outcome.name = name;
    }
    outcome.errors = reader.errors();
    return outcome;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

/**
 * readJsonFile, the one way the versioned rule files (fee rules, mode table, checklist
 * template, work calendar, life-cycle rules) are opened (issue 14): every refusal names the
 * file and says what is wrong with it.
 */
class TestJsonReader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsAFile();
    void readsAResource();
    void refusals_data();
    void refusals();
    void tooLarge();
    void parseErrorsNameTheFile_data();
    void parseErrorsNameTheFile();
    void feeRulesFileNamesTheLabel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJsonReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJsonReader::readsAFile()
{
    const QString path = m_dir->filePath(QStringLiteral("rules.json"));
    write(path, R"({"name": "x"})");

    const Result<JsonFile> unnamed = readJsonFile(path);
    QVERIFY(unnamed);
    QCOMPARE(unnamed->bytes, QByteArray(R"({"name": "x"})"));
    QCOMPARE(unnamed->label, path);

    const Result<JsonFile> named = readJsonFile(path, QStringLiteral("rules.json"));
    QVERIFY(named);
    QCOMPARE(named->label, QStringLiteral("rules.json"));

    const NameOutcome parsed = parseJsonFile(path, QString(), parseName);
    QVERIFY(parsed.errors.isEmpty());
    QCOMPARE(parsed.name, QStringLiteral("x"));
}

void TestJsonReader::readsAResource()
{
    // The built-in rule files are resources of the core library.
    const QString path = QStringLiteral(":/modes/modes-2026.2.json");
    const Result<JsonFile> file = readJsonFile(path);
    QVERIFY2(file, file ? "" : qPrintable(file.error().toString()));
    QVERIFY(file->bytes.startsWith("{"));
    QCOMPARE(file->label, path);
}

void TestJsonReader::refusals_data()
{
    QTest::addColumn<QString>("relative"); // under the temporary folder
    QTest::addColumn<QString>("what");
    QTest::newRow("missing") << QStringLiteral("absent.json") << QStringLiteral("file not found");
    QTest::newRow("missing folder")
        << QStringLiteral("no/such/rules.json") << QStringLiteral("file not found");
    QTest::newRow("folder") << QStringLiteral("folder.json")
                            << QStringLiteral("is a folder, not a file");
}

void TestJsonReader::refusals()
{
    QFETCH(QString, relative);
    QFETCH(QString, what);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.json")));
    const QString path = m_dir->filePath(relative);

    const Result<JsonFile> unnamed = readJsonFile(path);
    QVERIFY(!unnamed);
    QCOMPARE(unnamed.error().where, path);
    QCOMPARE(unnamed.error().what, what);

    const NameOutcome outcome = parseJsonFile(path, QStringLiteral("rules.json"), parseName);
    QVERIFY(!outcome.name);
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().where, QStringLiteral("rules.json"));
    QCOMPARE(outcome.errors.first().what, what);
}

void TestJsonReader::tooLarge()
{
    const QString path = m_dir->filePath(QStringLiteral("big.json"));
    write(path, R"({"name": "0123456789"})"); // 22 bytes

    const Result<JsonFile> refused = readJsonFile(path, QStringLiteral("big.json"), 21);
    QVERIFY(!refused);
    QCOMPARE(refused.error().toString(), QStringLiteral("big.json: file larger than 21 B"));

    const Result<JsonFile> exact = readJsonFile(path, QStringLiteral("big.json"), 22);
    QVERIFY(exact);
    QCOMPARE(exact->bytes.size(), 22);

    // The default limit, through the fee-rule reader.
    write(path, QByteArray(kMaxJsonFileBytes + 1, ' '));
    const FeeRulesOutcome fee = parseFeeRulesFile(path, QStringLiteral("big.json"));
    QVERIFY(!fee.rules);
    QCOMPARE(fee.errors.size(), 1);
    QCOMPARE(fee.errors.first().toString(),
             QStringLiteral("big.json: file larger than %1")
                 .arg(i18n::fileSize(kMaxJsonFileBytes, QLocale::c())));
}

void TestJsonReader::parseErrorsNameTheFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("what"); // the start of the message
    QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed JSON at line 1, column 1");
    QTest::newRow("cut short") << QByteArray("{\n  \"name\": ")
                               << QStringLiteral("malformed JSON at line 2, column 11");
    QTest::newRow("not JSON") << QByteArray("name = x")
                              << QStringLiteral("malformed JSON at line 1, column 2: ");
    QTest::newRow("an array") << QByteArray(R"([{"name": "x"}])")
                              << QStringLiteral(
                                     "the top level must be a JSON object, not an array");
    QTest::newRow("not UTF-8") << QByteArray("{\"name\": \"caf\xE9\"}")
                               << QStringLiteral("malformed JSON at line 1, column 14: ");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"name\": \"x\"}")
                                     << QStringLiteral("a byte order mark is not accepted");
}

void TestJsonReader::parseErrorsNameTheFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, what);
    const QString path = m_dir->filePath(QStringLiteral("rules.json"));
    write(path, bytes);

    const NameOutcome outcome = parseJsonFile(path, QStringLiteral("rules.json"), parseName);
    QVERIFY(!outcome.name);
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().where, QStringLiteral("rules.json"));
    QVERIFY2(outcome.errors.first().what.startsWith(what), qPrintable(outcome.errors.first().what));
}

void TestJsonReader::feeRulesFileNamesTheLabel()
{
    // The CLI and the rule library name the file as the officer gave it.
    const QString path = m_dir->filePath(QStringLiteral("gz.json"));
    const FeeRulesOutcome missing = parseFeeRulesFile(path);
    QCOMPARE(missing.errors.size(), 1);
    QCOMPARE(missing.errors.first().toString(), path + QStringLiteral(": file not found"));

    write(path, "{\"format\": ");
    const FeeRulesOutcome malformed = parseFeeRulesFile(path, QStringLiteral("gz.json"));
    QCOMPARE(malformed.errors.size(), 1);
    QVERIFY2(malformed.errors.first().toString().startsWith(
                 QStringLiteral("gz.json: malformed JSON at line 1, column 12")),
             qPrintable(malformed.errors.first().toString()));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
