// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include "domain/lifecycle.h"
#include "domain/vocabulary.h"
#include "lifecycle/lifecyclerules.h"
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
    void citedFixture();
    void builtinCitesEverySource();
    void collectiveDecisionByMode();
    void earlierTemplateKept();
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
    QCOMPARE(outcome.checklist->version, QStringLiteral("2026.2"));
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
                                  QStringLiteral("post-approval"),
                                  QStringLiteral("designated-operator"),
                                  QStringLiteral("sharing-and-open"),
                                  QStringLiteral("catalogue-operation-type")};
    QCOMPARE(checklist.items.size(), 18);
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
    QCOMPARE(ids.size(), 18);
    QCOMPARE(checklist.item(QStringLiteral("no-such-item")), nullptr);
    // The items whose evidence is one attachment kind name it.
    QVERIFY(checklist.item(QStringLiteral("legality-review"))
                ->evidenceKinds.contains(QStringLiteral("legality_review")));
    QVERIFY(checklist.item(QStringLiteral("shared-consent"))
                ->evidenceKinds.contains(QStringLiteral("provider_consent")));
    // The collective decision is the office's own act, recorded after the review: minutes
    // the applicant attaches are evidence of nothing, and no item asks for them.
    for (const ChecklistItem &item : checklist.items)
        QVERIFY2(!item.evidenceKinds.contains(QStringLiteral("minutes")), qPrintable(item.id));
}

/** Every item of the shipped template says where it comes from, local practice included. */
void TestChecklistTemplate::builtinCitesEverySource()
{
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    for (const ChecklistItem &item : checklist.items) {
        QVERIFY2(!item.sourceKind.isEmpty(), qPrintable(item.id));
        QVERIFY2(!item.sourceZh.isEmpty() && !item.sourceEn.isEmpty(), qPrintable(item.id));
        if (item.sourceKind == QLatin1String("briefing"))
            QVERIFY2(item.sourceZh.contains(QStringLiteral("简报第")), qPrintable(item.sourceZh));
        if (item.isLocalPractice())
            QVERIFY2(item.sourceZh.contains(QStringLiteral("本地做法")), qPrintable(item.sourceZh));
    }
    // The briefing's own words behind the new items, by line.
    QVERIFY(checklist.item(QStringLiteral("sharing-and-open"))
                ->sourceZh.contains(QStringLiteral("第151行")));
    QVERIFY(checklist.item(QStringLiteral("designated-operator"))
                ->sourceZh.contains(QStringLiteral("第139行")));
    QVERIFY(checklist.item(QStringLiteral("designated-operator"))
                ->sourceZh.contains(QStringLiteral("第199行")));
    QVERIFY(checklist.item(QStringLiteral("catalogue-operation-type"))
                ->sourceZh.contains(QStringLiteral("第201行")));
    QVERIFY(checklist.item(QStringLiteral("recusal"))->isLocalPractice());

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const ChecklistItem *sharing = checklist.item(QStringLiteral("sharing-and-open"));
    QCOMPARE(sharing->sourceLine(), QStringLiteral("Source: ") + sharing->sourceEn);
    const ChecklistItem *recusal = checklist.item(QStringLiteral("recusal"));
    // The cite says "Local practice: …" itself; the label is not said twice.
    QVERIFY(recusal->sourceEn.startsWith(QLatin1String("Local practice: ")));
    QCOMPARE(recusal->sourceLine(), recusal->sourceEn);
    ChecklistItem bare = *recusal;
    bare.sourceEn = QStringLiteral("the reviewers' declarations");
    QCOMPARE(bare.sourceLine(), QStringLiteral("Local practice: the reviewers' declarations"));
    // In Chinese, for this check only (the later tests read the English messages).
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/grantdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(recusal->sourceZh.startsWith(QStringLiteral("本地做法：")));
    QCOMPARE(recusal->sourceLine(), recusal->sourceZh);
    QCoreApplication::removeTranslator(&chinese);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

/** 一事一议 for 分领域 and 依场景 (briefing L92, L119); whole authorization decides on the plan. */
void TestChecklistTemplate::collectiveDecisionByMode()
{
    const ChecklistItem *item =
        ChecklistTemplate::builtin().item(QStringLiteral("collective-decision"));
    QVERIFY(item);
    QVERIFY(item->mandatory);
    QVERIFY(item->appliesTo(QStringLiteral("domain")));
    QVERIFY(item->appliesTo(QStringLiteral("scenario")));
    QVERIFY(!item->appliesTo(QStringLiteral("whole")));
    QVERIFY(item->otherwiseZh.contains(QStringLiteral("实施方案")));
    // The same modes as the lifecycle rules' collective-decision stage, the act the office
    // records after the review (resources/lifecycle/lifecycle-2026.1.json): one rule, two files
    // that must agree.
    const lifecycle::LifecycleRules &rules = lifecycle::builtinLifecycleRules();
    for (const QString &mode : vocabulary::codes("mode"))
        QCOMPARE(rules.stagesFor(mode).contains(lifecycle::Stage::CollectiveDecision),
                 item->appliesTo(mode));
    // Every other item applies in every mode.
    for (const ChecklistItem &other : ChecklistTemplate::builtin().items) {
        if (other.id != item->id)
            QVERIFY2(other.appliesTo(QStringLiteral("whole")), qPrintable(other.id));
    }
}

/**
 * A review records the version it was started with; the earlier template stays shipped so that
 * such a review is shown, completed and exported against its own fifteen items.
 */
void TestChecklistTemplate::earlierTemplateKept()
{
    const ChecklistTemplate *earlier = ChecklistTemplate::shipped(QStringLiteral("2026.1"));
    QVERIFY(earlier);
    QCOMPARE(earlier->version, QStringLiteral("2026.1"));
    QCOMPARE(earlier->items.size(), 15);
    QVERIFY(earlier->items.first().sourceKind.isEmpty());
    QCOMPARE(ChecklistTemplate::shipped(QStringLiteral("2026.2")), &ChecklistTemplate::builtin());
    QCOMPARE(ChecklistTemplate::shipped(QStringLiteral("1999.1")), nullptr);
    QCOMPARE(&ChecklistTemplate::forReview(QStringLiteral("2026.1")), earlier);
    QCOMPARE(&ChecklistTemplate::forReview(QStringLiteral("1999.1")),
             &ChecklistTemplate::builtin());
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

void TestChecklistTemplate::citedFixture()
{
    const ChecklistParseOutcome outcome =
        parseChecklistTemplate(readFile(dataPath(QStringLiteral("checklists/good/cited.json"))),
                               QStringLiteral("cited.json"));
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(describe(outcome.errors)));
    const ChecklistTemplate &c = *outcome.checklist;
    QCOMPARE(c.items[0].sourceKind, QStringLiteral("briefing"));
    QCOMPARE(c.items[0].sourceZh, QStringLiteral("简报第139行"));
    QCOMPARE(c.items[0].sourceEn, QStringLiteral("Briefing line 139"));
    QVERIFY(c.items[0].modes.isEmpty());
    QVERIFY(c.items[1].isLocalPractice());
    QCOMPARE(c.items[1].modes, QStringList({QStringLiteral("domain"), QStringLiteral("scenario")}));
    QCOMPARE(c.items[1].otherwiseEn, QStringLiteral("Whole authorization decides on the plan."));
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
    row("wrong-format", "checklist.json: format",
        "must be one of grantdesk.checklist/1, grantdesk.checklist/2");
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
    // Format 2: the source of every item, and the modes an item applies to.
    row("source-in-format-1", "checklist.json: items[0]", "unknown field 'source'");
    row("missing-source", "checklist.json: items[1].source", "required field missing");
    row("bad-source-kind", "checklist.json: items[0].source.kind",
        "must be one of briefing, rule, local");
    row("missing-source-cite", "checklist.json: items[0].source.cite.zh_CN",
        "required field missing");
    row("bad-mode", "checklist.json: items[1].modes.applies[1]",
        "must be one of whole, domain, scenario");
    row("duplicate-mode", "checklist.json: items[1].modes.applies[1]", "duplicate mode 'domain'");
    row("missing-otherwise", "checklist.json: items[1].modes.otherwise", "required field missing");
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

QTEST_GUILESS_MAIN(TestChecklistTemplate)
#include "tst_checklisttemplate.moc"
