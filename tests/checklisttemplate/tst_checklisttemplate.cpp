// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTest>

#include "domain/vocabulary.h"
#include "review/checklisttemplate.h"
#include "common/errortext.h"

using namespace gd;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(GRANTDESK_TEST_DATA "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

using gd::test::describe;

} // namespace

/** The versioned "三重一大" checklist template and its parser. */
class TestChecklistTemplate final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void builtinParses();
    void builtinItemsInOrder();
    void builtinMandatoryFlags();
    void builtinIsLoadedOnce();
    void textFollowsTheLanguage();
    void goodFixture();
    void badFixtures_data();
    void badFixtures();
    void reportsEveryError();
};

void TestChecklistTemplate::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestChecklistTemplate::builtinParses()
{
    const QByteArray json = readFile(QStringLiteral(":/checklists/sanzhongyida.json"));
    QVERIFY(!json.isEmpty());
    const ChecklistParseOutcome outcome =
        parseChecklistTemplate(json, QStringLiteral("sanzhongyida.json"));
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(describe(outcome.errors)));
    QVERIFY(outcome.checklist);
    QCOMPARE(outcome.checklist->version, QStringLiteral("2026.1"));
    QCOMPARE(outcome.checklist->maxTermMonths, 60);
    QVERIFY(!outcome.checklist->title.isEmpty());
}

void TestChecklistTemplate::builtinItemsInOrder()
{
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    const QStringList expected = {QStringLiteral("plan-and-mode"),
                                  QStringLiteral("resources-registered"),
                                  QStringLiteral("use-class"),
                                  QStringLiteral("minimum-necessary"),
                                  QStringLiteral("shared-consent"),
                                  QStringLiteral("fair-competition"),
                                  QStringLiteral("legality-review"),
                                  QStringLiteral("risk-assessment"),
                                  QStringLiteral("expert-review"),
                                  QStringLiteral("public-participation"),
                                  QStringLiteral("collective-decision"),
                                  QStringLiteral("recusal"),
                                  QStringLiteral("fee-cap"),
                                  QStringLiteral("term-and-exit"),
                                  QStringLiteral("post-approval")};
    QCOMPARE(checklist.items.size(), 15);
    QSet<QString> ids;
    for (int i = 0; i < checklist.items.size(); ++i) {
        const ChecklistItem &item = checklist.items.at(i);
        QCOMPARE(item.id, expected.at(i));
        QCOMPARE(item.number, i + 1);
        ids.insert(item.id);
        QVERIFY(!item.textZh.isEmpty() && !item.textEn.isEmpty());
        QVERIFY(!item.guidanceZh.isEmpty() && !item.guidanceEn.isEmpty());
        QVERIFY2(!item.evidenceKinds.isEmpty(), qPrintable(item.id));
        for (const QString &kind : item.evidenceKinds)
            QVERIFY2(vocabulary::isValid("attachmentKind", kind), qPrintable(kind));
        QCOMPARE(checklist.item(item.id), &item);
    }
    QCOMPARE(ids.size(), 15);
    QCOMPARE(checklist.item(QStringLiteral("no-such-item")), nullptr);
    // The items whose evidence is one attachment kind name it.
    QVERIFY(checklist.item(QStringLiteral("legality-review"))
                ->evidenceKinds.contains(QStringLiteral("legality_review")));
    QVERIFY(checklist.item(QStringLiteral("shared-consent"))
                ->evidenceKinds.contains(QStringLiteral("provider_consent")));
    QVERIFY(checklist.item(QStringLiteral("collective-decision"))
                ->evidenceKinds.contains(QStringLiteral("minutes")));
}

void TestChecklistTemplate::builtinMandatoryFlags()
{
    // Items 9 (expert review) and 10 (public participation) apply "where required".
    for (const ChecklistItem &item : ChecklistTemplate::builtin().items)
        QCOMPARE(item.mandatory, item.number != 9 && item.number != 10);
}

void TestChecklistTemplate::builtinIsLoadedOnce()
{
    QCOMPARE(&ChecklistTemplate::builtin(), &ChecklistTemplate::builtin());
}

void TestChecklistTemplate::textFollowsTheLanguage()
{
    const ChecklistItem *item = ChecklistTemplate::builtin().item(QStringLiteral("recusal"));
    QVERIFY(item);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(item->text(), item->textZh);
    QCOMPARE(item->guidance(), item->guidanceZh);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(item->text(), item->textEn);
    QCOMPARE(item->guidance(), item->guidanceEn);
    // Chinese first: any language but English gets the Chinese text.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(item->text(), item->textZh);
}

void TestChecklistTemplate::goodFixture()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const ChecklistParseOutcome outcome =
        parseChecklistTemplate(readFile(dataPath(QStringLiteral("checklists/good/minimal.json"))),
                               QStringLiteral("minimal.json"));
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(describe(outcome.errors)));
    const ChecklistTemplate &c = *outcome.checklist;
    QCOMPARE(c.version, QStringLiteral("2026.9"));
    QCOMPARE(c.title, QStringLiteral("Test checklist"));
    QCOMPARE(c.maxTermMonths, 36);
    QCOMPARE(c.items.size(), 2);
    QCOMPARE(c.items[1].id, QStringLiteral("expert-review"));
    QCOMPARE(c.items[1].number, 2);
    QCOMPARE(c.items[1].mandatory, false);
    QCOMPARE(c.items[0].evidenceKinds,
             QStringList({QStringLiteral("development_plan"), QStringLiteral("other")}));
    QCOMPARE(c.items[0].textZh, QStringLiteral("实施方案"));
    QCOMPARE(c.items[0].guidanceEn, QStringLiteral("Check the plan reference."));
}

void TestChecklistTemplate::badFixtures_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    const auto row = [](const char *fixture, const char *where, const char *what) {
        QTest::newRow(fixture) << QString::fromUtf8(where) << QString::fromUtf8(what);
    };
    const char *const root = "checklist.json";
    row("malformed-json", root, "malformed JSON at line 4");
    row("wrong-format", "checklist.json: format", "must be 'grantdesk.checklist/1'");
    row("bad-version", "checklist.json: version", "expected a version such as '2026.1'");
    row("title-string", "checklist.json: title", "expected an object, not a string");
    row("unknown-field-root", root, "unknown field 'comment'");
    row("missing-parameters", "checklist.json: parameters", "required field missing");
    row("max-term-zero", "checklist.json: parameters.maxTermMonths", "must be at least 1 (is 0)");
    row("unknown-parameter", "checklist.json: parameters", "unknown field 'maxFee'");
    row("items-object", "checklist.json: items", "expected an array, not an object");
    row("empty-items", "checklist.json: items", "must have at least 1 item");
    row("unknown-field-item", "checklist.json: items[1]", "unknown field 'weight'");
    row("duplicate-id", "checklist.json: items[1].id",
        "duplicate id 'plan-and-mode', already at items[0]");
    row("bad-id", "checklist.json: items[0].id", "expected a lower-case id");
    row("number-order", "checklist.json: items[1].number",
        "expected 2: items are numbered in order from 1 (is 3)");
    row("number-string", "checklist.json: items[0].number", "expected an integer, not a string");
    row("mandatory-string", "checklist.json: items[0].mandatory", "expected a boolean");
    row("missing-mandatory", "checklist.json: items[1].mandatory", "required field missing");
    row("missing-translation", "checklist.json: items[1].text.en", "required field missing");
    row("empty-translation", "checklist.json: items[0].guidance.zh_CN", "must not be empty");
    row("unknown-language", "checklist.json: items[0].text", "unknown field 'fr'");
    row("bad-evidence-kind", "checklist.json: items[0].evidenceKinds[2]",
        "must be one of development_plan, security_pledge");
    row("empty-evidence-kinds", "checklist.json: items[1].evidenceKinds",
        "must have at least 1 item");
    row("duplicate-evidence-kind", "checklist.json: items[0].evidenceKinds[2]",
        "duplicate evidence kind 'development_plan'");
    row("evidence-kinds-string", "checklist.json: items[1].evidenceKinds",
        "expected an array, not a string");
}

void TestChecklistTemplate::badFixtures()
{
    QFETCH(QString, where);
    QFETCH(QString, what);
    const QString file = dataPath(
        QStringLiteral("checklists/bad/%1.json").arg(QString::fromUtf8(QTest::currentDataTag())));
    QVERIFY2(QFile::exists(file), qPrintable(file));
    const ChecklistParseOutcome outcome =
        parseChecklistTemplate(readFile(file), QStringLiteral("checklist.json"));
    QVERIFY(!outcome.checklist);
    // Each fixture breaks one rule, so exactly one error names it.
    QVERIFY2(outcome.errors.size() == 1, qPrintable(describe(outcome.errors)));
    QCOMPARE(outcome.errors.first().where, where);
    QVERIFY2(outcome.errors.first().what.contains(what), qPrintable(outcome.errors.first().what));
}

void TestChecklistTemplate::reportsEveryError()
{
    const QByteArray json = R"({"format": "grantdesk.checklist/1", "version": "2026.1",
        "title": {"zh_CN": "清单"},
        "parameters": {"maxTermMonths": "60"},
        "items": [{"number": 1, "id": "a", "text": {"zh_CN": "甲", "en": "A"},
                   "guidance": {"zh_CN": "", "en": "G"}, "mandatory": true,
                   "evidenceKinds": ["minutes", "photo"]},
                  {"number": 1, "id": "a", "text": {"zh_CN": "乙", "en": "B"},
                   "guidance": {"zh_CN": "指引", "en": "G"}, "mandatory": false,
                   "evidenceKinds": ["other"]}]})";
    const ChecklistParseOutcome outcome = parseChecklistTemplate(json, QStringLiteral("c.json"));
    QVERIFY(!outcome.checklist);
    QStringList wheres;
    for (const Error &e : outcome.errors)
        wheres << e.where;
    QCOMPARE(wheres, QStringList({QStringLiteral("c.json: title.en"),
                                  QStringLiteral("c.json: parameters.maxTermMonths"),
                                  QStringLiteral("c.json: items[0].guidance.zh_CN"),
                                  QStringLiteral("c.json: items[0].evidenceKinds[1]"),
                                  QStringLiteral("c.json: items[1].number"),
                                  QStringLiteral("c.json: items[1].id")}));
}

QTEST_APPLESS_MAIN(TestChecklistTemplate)
#include "tst_checklisttemplate.moc"
