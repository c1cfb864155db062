// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "modes/modetable.h"

using namespace gd;

namespace {

QByteArray builtinJson()
{
    QFile file(QStringLiteral(":/modes/modes-2026.2.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** The built-in file with one replacement made by @p edit. */
QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(builtinJson()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

ModeScoring weights(int efficiency, int cost, int expertise, int marketization)
{
    ModeScoring scoring;
    scoring.weights = {{QStringLiteral("efficiency"), efficiency},
                       {QStringLiteral("cost"), cost},
                       {QStringLiteral("expertise"), expertise},
                       {QStringLiteral("marketization"), marketization}};
    return scoring;
}

} // namespace

class TestModeTable final : public QObject
{
    Q_OBJECT

private slots:
    void builtinParses();
    void builtinQuotesTheBriefing();
    void equalWeightsGiveSeedTotals();
    void weightsChangeTotalsExactly();
    void allZeroWeightsRefused();
    void adjustmentNeedsReason();
    void adjustmentChangesScore();
    void findingAroundMargin();
    void notesRoundTrip();
    void brokenFiles_data();
    void brokenFiles();
};

/**
 * The cells quote the briefing (../shared/seed/000_008c5336d8f8e979.txt, lines 57–135) word
 * for word: "一事一议" (L92, L119), not a paraphrase such as "逐案决策"; "行业专属运营主体" (L101).
 */
void TestModeTable::builtinQuotesTheBriefing()
{
    const ModeTableParseOutcome outcome = parseModeTable(builtinJson(), QStringLiteral("m.json"));
    QVERIFY(outcome.table);
    const ModeTable &table = *outcome.table;
    auto zh = [&](const char *mode, const char *dimension) {
        return table.cell(QLatin1String(mode), QLatin1String(dimension))->textZh;
    };
    const QString caseByCase = QStringLiteral("“三重一大”报审需一事一议");
    QVERIFY(zh("domain", "efficiency").endsWith(caseByCase));
    QVERIFY(zh("scenario", "efficiency").endsWith(caseByCase));
    QVERIFY(!zh("whole", "efficiency").contains(QStringLiteral("一事一议")));
    QCOMPARE(zh("whole", "efficiency"),
             QStringLiteral("单一主体运营，政府监管链路短；数据整合和跨领域协调成本低"));
    QCOMPARE(zh("domain", "expertise"),
             QStringLiteral("行业专属运营主体；行业主管部门提供业务指导"));
    QCOMPARE(zh("whole", "marketization"), QStringLiteral("社会主体参与受限"));
    QCOMPARE(zh("domain", "marketization"), QStringLiteral("领域内有限竞争；行业生态可逐步开放"));
    QCOMPARE(zh("scenario", "marketization"), QStringLiteral("多元主体充分竞争"));
    for (const ModeCell &cell : table.cells)
        QVERIFY2(!cell.textZh.contains(QStringLiteral("逐案决策")), qPrintable(cell.textZh));
}

void TestModeTable::builtinParses()
{
    const ModeTableParseOutcome outcome = parseModeTable(builtinJson(), QStringLiteral("m.json"));
    QVERIFY2(outcome.table, qPrintable(outcome.errors.value(0).toString()));
    const ModeTable &table = *outcome.table;
    QCOMPARE(table.version, QStringLiteral("2026.2"));
    QCOMPARE(table.modes.size(), 3);
    QCOMPARE(table.dimensions.size(), 4);
    QCOMPARE(table.cells.size(), 12);
    QCOMPARE(table.findingMarginHundredths, 200);
    QCOMPARE(table.cell(QStringLiteral("whole"), QStringLiteral("efficiency"))->score, 5);
    QCOMPARE(table.cell(QStringLiteral("scenario"), QStringLiteral("cost"))->score, 1);
    QCOMPARE(table.cell(QStringLiteral("domain"), QStringLiteral("expertise"))->levelZh,
             QStringLiteral("高"));
    QVERIFY(!table.cell(QStringLiteral("whole"), QStringLiteral("cost"))->textZh.isEmpty());
    QCOMPARE(ModeTable::builtin().cells.size(), 12);
}

void TestModeTable::equalWeightsGiveSeedTotals()
{
    const ModeTable &table = ModeTable::builtin();
    for (const ModeScoring &scoring : {ModeScoring{}, weights(1, 1, 1, 1), weights(7, 7, 7, 7)}) {
        const auto result = modes::compare(table, scoring, QStringLiteral("scenario"));
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->total(QStringLiteral("whole"))->toString(), QStringLiteral("12.00"));
        QCOMPARE(result->total(QStringLiteral("domain"))->toString(), QStringLiteral("13.00"));
        QCOMPARE(result->total(QStringLiteral("scenario"))->toString(), QStringLiteral("11.00"));
        QCOMPARE(result->ranking, (QStringList{QStringLiteral("domain"), QStringLiteral("whole"),
                                               QStringLiteral("scenario")}));
        QVERIFY(!result->finding); // 13 − 11 = 2 is not more than the margin of 2
    }
}

void TestModeTable::weightsChangeTotalsExactly()
{
    // Only efficiency counts: 5/3/2 on the 4–20 scale is 20/12/8.
    auto result = modes::compare(ModeTable::builtin(), weights(3, 0, 0, 0), {});
    QVERIFY(result.ok());
    QCOMPARE(result->total(QStringLiteral("whole"))->toString(), QStringLiteral("20.00"));
    QCOMPARE(result->total(QStringLiteral("scenario"))->toString(), QStringLiteral("8.00"));
    // Thirds stay exact: (5·2 + 3 + 3 + 1) × 4 / 5 = 68/5... and 1/3 rounds half up.
    result = modes::compare(ModeTable::builtin(), weights(2, 1, 0, 0), {});
    QVERIFY(result.ok());
    // whole: (10 + 3) × 4 / 3 = 17.333…
    QCOMPARE(result->total(QStringLiteral("whole"))->numerator, 52);
    QCOMPARE(result->total(QStringLiteral("whole"))->denominator, 3);
    QCOMPARE(result->total(QStringLiteral("whole"))->toString(), QStringLiteral("17.33"));
    QCOMPARE(result->total(QStringLiteral("whole"))->hundredths(), 1733);
    // domain: (6 + 2) × 4 / 3 = 10.666… → 10.67
    QCOMPARE(result->total(QStringLiteral("domain"))->toString(), QStringLiteral("10.67"));
}

void TestModeTable::allZeroWeightsRefused()
{
    const auto result = modes::compare(ModeTable::builtin(), weights(0, 0, 0, 0), {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().where, QStringLiteral("modes.weights"));
    QVERIFY(result.error().what.contains(QStringLiteral("zero")));
    QVERIFY(!modes::compare(ModeTable::builtin(), weights(0, 0, 11, 0), {}).ok());
    QVERIFY(!modes::compare(ModeTable::builtin(), weights(0, -1, 1, 0), {}).ok());
}

void TestModeTable::adjustmentNeedsReason()
{
    ModeScoring scoring;
    scoring.adjustments.insert(QStringLiteral("whole.cost"), {4, QStringLiteral("  ")});
    const auto result = modes::compare(ModeTable::builtin(), scoring, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().where, QStringLiteral("modes.adjust.whole.cost"));
    QVERIFY(result.error().what.contains(QStringLiteral("reason")));
    scoring.adjustments[QStringLiteral("whole.cost")] = {6, QStringLiteral("x")};
    QVERIFY(!modes::compare(ModeTable::builtin(), scoring, {}).ok());
}

void TestModeTable::adjustmentChangesScore()
{
    ModeScoring scoring;
    scoring.adjustments.insert(QStringLiteral("scenario.cost"),
                               {4, QStringLiteral("市里已有统一安全审查平台")});
    const auto result = modes::compare(ModeTable::builtin(), scoring, QStringLiteral("scenario"));
    QVERIFY(result.ok());
    QCOMPARE(result->total(QStringLiteral("scenario"))->toString(), QStringLiteral("14.00"));
    QCOMPARE(result->ranking.constFirst(), QStringLiteral("scenario"));
    QCOMPARE(result->score(2, 1, 4), 4);
}

void TestModeTable::findingAroundMargin()
{
    const ModeTable &table = ModeTable::builtin();
    // Equal weights: whole 12 vs scenario 11 and domain 13 — a gap of 2 is within the margin.
    QVERIFY(!modes::compare(table, ModeScoring{}, QStringLiteral("scenario"))->finding);
    // Lower the scenario's expertise by one: 10 vs 13, a gap of 3 > 2.
    ModeScoring scoring;
    scoring.adjustments.insert(QStringLiteral("scenario.expertise"), {2, QStringLiteral("r")});
    auto result = modes::compare(table, scoring, QStringLiteral("scenario"));
    QVERIFY(result.ok());
    QVERIFY(result->finding);
    QCOMPARE(result->finding->betterMode, QStringLiteral("domain"));
    QCOMPARE(result->finding->gapHundredths, 300);
    // Just over the margin with weights: efficiency 0, others 1 → ×4/3 scale.
    // whole (3+3+1)=7, domain 10, scenario (1+3+5)=9: gap domain−whole 3×4/3 = 4 > 2.
    result = modes::compare(table, weights(0, 1, 1, 1), QStringLiteral("whole"));
    QVERIFY(result->finding);
    QCOMPARE(result->finding->gapHundredths, 400);
    // scenario 9 vs domain 10: gap 1×4/3 = 1.33, within the margin.
    QVERIFY(!modes::compare(table, weights(0, 1, 1, 1), QStringLiteral("scenario"))->finding);
    // A margin of 1.33 is exceeded by 1.333…, one of 1.34 is not: exact comparison.
    ModeTable tight = table;
    tight.findingMarginHundredths = 133;
    QVERIFY(modes::compare(tight, weights(0, 1, 1, 1), QStringLiteral("scenario"))->finding);
    tight.findingMarginHundredths = 134;
    QVERIFY(!modes::compare(tight, weights(0, 1, 1, 1), QStringLiteral("scenario"))->finding);
    // The best mode declared: never a finding.
    QVERIFY(!modes::compare(table, weights(0, 1, 1, 1), QStringLiteral("domain"))->finding);
}

void TestModeTable::notesRoundTrip()
{
    const ModeTable &table = ModeTable::builtin();
    QHash<QString, QString> notes;
    notes.insert(ModeScoring::weightsNoteKey(),
                 ModeScoring::weightsToNote({{QStringLiteral("cost"), 0}}));
    notes.insert(ModeScoring::adjustmentNoteKey(QStringLiteral("whole"), QStringLiteral("cost")),
                 ModeScoring::adjustmentToNote({4, QStringLiteral("理由")}));
    const ModeScoring scoring = ModeScoring::fromNotes(table, notes);
    QCOMPARE(scoring.weight(QStringLiteral("cost")), 0);
    QCOMPARE(scoring.weight(QStringLiteral("expertise")), ModeScoring::kDefaultWeight);
    QCOMPARE(scoring.adjustments.value(QStringLiteral("whole.cost")).score, 4);
    QCOMPARE(scoring.adjustments.value(QStringLiteral("whole.cost")).reason,
             QStringLiteral("理由"));
}

void TestModeTable::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");

    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("m.json")
                              << QStringLiteral("line 1");
    QTest::newRow("format") << edited([](QJsonObject &r) {
        r[QStringLiteral("format")] = QStringLiteral("grantdesk.modes/2");
    }) << QStringLiteral("m.json: format")
                            << QStringLiteral("grantdesk.modes/1");
    QTest::newRow("score out of range") << edited([](QJsonObject &r) {
        QJsonArray dims = r[QStringLiteral("dimensions")].toArray();
        QJsonObject dim = dims[1].toObject();
        QJsonObject cells = dim[QStringLiteral("cells")].toObject();
        QJsonObject cell = cells[QStringLiteral("domain")].toObject();
        cell[QStringLiteral("score")] = 6;
        cells[QStringLiteral("domain")] = cell;
        dim[QStringLiteral("cells")] = cells;
        dims[1] = dim;
        r[QStringLiteral("dimensions")] = dims;
    }) << QStringLiteral("m.json: dimensions[1].cells.domain.score")
                                        << QStringLiteral("5");
    QTest::newRow("missing cell") << edited([](QJsonObject &r) {
        QJsonArray dims = r[QStringLiteral("dimensions")].toArray();
        QJsonObject dim = dims[3].toObject();
        QJsonObject cells = dim[QStringLiteral("cells")].toObject();
        cells.remove(QStringLiteral("scenario"));
        dim[QStringLiteral("cells")] = cells;
        dims[3] = dim;
        r[QStringLiteral("dimensions")] = dims;
    }) << QStringLiteral("m.json: dimensions[3].cells.scenario")
                                  << QStringLiteral("missing");
    QTest::newRow("margin as number")
        << edited([](QJsonObject &r) { r[QStringLiteral("findingMargin")] = 2; })
        << QStringLiteral("m.json: findingMargin") << QStringLiteral("string");
    QTest::newRow("margin 3 places") << edited([](QJsonObject &r) {
        r[QStringLiteral("findingMargin")] = QStringLiteral("1.125");
    }) << QStringLiteral("m.json: findingMargin")
                                     << QStringLiteral("2 places");
    QTest::newRow("unknown mode") << edited([](QJsonObject &r) {
        QJsonArray modes = r[QStringLiteral("modes")].toArray();
        QJsonObject mode = modes[2].toObject();
        mode[QStringLiteral("id")] = QStringLiteral("hybrid");
        modes[2] = mode;
        r[QStringLiteral("modes")] = modes;
    }) << QStringLiteral("m.json: modes[2].id")
                                  << QStringLiteral("one of whole, domain, scenario");
    QTest::newRow("missing en text") << edited([](QJsonObject &r) {
        QJsonArray dims = r[QStringLiteral("dimensions")].toArray();
        QJsonObject dim = dims[0].toObject();
        QJsonObject name = dim[QStringLiteral("name")].toObject();
        name.remove(QStringLiteral("en"));
        dim[QStringLiteral("name")] = name;
        dims[0] = dim;
        r[QStringLiteral("dimensions")] = dims;
    }) << QStringLiteral("m.json: dimensions[0].name.en")
                                     << QStringLiteral("missing");
    QTest::newRow("unknown field")
        << edited([](QJsonObject &r) { r[QStringLiteral("weights")] = QJsonObject(); })
        << QStringLiteral("m.json") << QStringLiteral("weights");
}

void TestModeTable::brokenFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const ModeTableParseOutcome outcome = parseModeTable(json, QStringLiteral("m.json"));
    QVERIFY(!outcome.table);
    QVERIFY(!outcome.errors.isEmpty());
    bool found = false;
    QStringList all;
    for (const Error &error : outcome.errors) {
        all << error.toString();
        if (error.where.startsWith(where) && error.toString().contains(what))
            found = true;
    }
    QVERIFY2(found, qPrintable(all.join(QStringLiteral(" | "))));
}

QTEST_APPLESS_MAIN(TestModeTable)
#include "tst_modetable.moc"
