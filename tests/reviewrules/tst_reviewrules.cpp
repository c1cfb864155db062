// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QHash>
#include <QTest>

#include "importer/applicationparser.h"
#include "importer/registerparser.h"
#include "domain/vocabulary.h"
#include "review/approvedplans.h"
#include "review/checklisttemplate.h"
#include "review/reviewrules.h"
#include "common/securitycases.h"

using namespace gd;
using reviewrules::StepState;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(GRANTDESK_TEST_DATA "/") + relative;
}

Application example(const QString &relative)
{
    const ParseOutcome outcome = ApplicationParser().parseFile(dataPath(relative), relative);
    if (!outcome.parsed)
        qFatal("example %s does not parse", qPrintable(relative));
    return outcome.parsed->application;
}

/** The register statuses of @p application's resources, looked up in register-demo.json. */
QList<ResourceStatus> statuses(const Application &application)
{
    const auto reg =
        RegisterParser::parseFile(dataPath(QStringLiteral("examples/register-demo.json")),
                                  QStringLiteral("register-demo.json"));
    if (!reg.file)
        qFatal("register-demo.json does not parse");
    QHash<QString, RegisteredResource> byCode;
    for (const RegisteredResource &r : reg.file->resources)
        byCode.insert(r.code, r);
    QList<ResourceStatus> out;
    for (const RequestedResource &r : application.resources) {
        ResourceStatus s;
        s.resource = r;
        if (const auto it = byCode.constFind(r.registrationCode); it != byCode.constEnd()) {
            s.status = it->status;
            s.registerName = it->name;
        }
        out << s;
    }
    return out;
}

Attachment attachment(const QString &kind, char fill)
{
    return Attachment{kind, kind, QStringLiteral("attachments/") + kind + QStringLiteral(".txt"),
                      QString(64, QLatin1Char(fill)), 10};
}

/** gz-lowalt-0001 made formally clean: every required attachment, declared, no deadline. */
Application cleanApplication()
{
    Application a = example(QStringLiteral("examples/gz-lowalt-0001/application.json"));
    a.attachments << attachment(QStringLiteral("authenticity_statement"), 'a');
    a.deadline = QDate();
    return a;
}

ChecklistAnswer answer(Verdict verdict, const QString &rationale = {})
{
    ChecklistAnswer a;
    a.verdict = verdict;
    a.rationale = rationale;
    return a;
}

/** A review that can be submitted: every item passes, approved, with an opinion. */
ReviewState completeState()
{
    ReviewState state;
    for (const ChecklistItem &item : ChecklistTemplate::builtin().items)
        state.answers.insert(item.id, answer(Verdict::Pass, QStringLiteral("材料齐全。")));
    state.proposal.decision = Decision::Approved;
    state.proposal.opinion = QStringLiteral("同意授权。");
    return state;
}

QStringList whats(const QList<MissingItem> &missing)
{
    QStringList out;
    for (const MissingItem &m : missing)
        out << m.what;
    return out;
}

} // namespace

/** Suggestions, rationale rules, submission gaps and step states of a review. */
class TestReviewRules final : public QObject
{
    Q_OBJECT

private slots:
    void needsRationale_data();
    void needsRationale();

    void suggestionsUnregisteredResource();
    void suggestionsFreeUseAndSharedWithoutConsent();
    void suggestionsSharedWithConsent();
    void suggestionsAllRegistered();
    void suggestionsAgainstTheApprovedPlan();
    void approvedPlansRegisterIsStrict();
    void suggestionsCancelledResource();
    void suggestionsCollectiveDecisionByMode();
    void suggestionsTerm();
    void suggestionsCoreDataByApi();
    void suggestionsOnlyForItemsOfTheTemplate();
    void everySuggestionIsMarkedAndExplained();

    void missingWhenEmpty();
    void missingNothingWhenComplete();
    void missingRationale();
    void missingUnconfirmedSuggestion();
    void optionalItemMayStayOpen();
    void missingDecisionDetails_data();
    void missingDecisionDetails();
    void incompleteReviewNamesEveryStep();
    void completeReviewHasNothingMissing();
    void notChargedIsRecorded();

    void formalFindings();
    void formalDeadline();
    void securityFindings();
    void securityCoreNeedsLevel4();
    void securityRuleSharedWithMonitoring();

    void stepFormalAndSecurity();
    void stepResources();
    void stepChecklist();
    void stepDecision();
    void stepPlaceholders();
};

void TestReviewRules::needsRationale_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<bool>("needed");
    QTest::newRow("none") << Verdict::None << false;
    QTest::newRow("pass") << Verdict::Pass << true; // every verdict says why (issue 12)
    QTest::newRow("fail") << Verdict::Fail << true;
    QTest::newRow("not applicable") << Verdict::NotApplicable << true;
}

void TestReviewRules::needsRationale()
{
    QFETCH(Verdict, verdict);
    QFETCH(bool, needed);
    QCOMPARE(reviewrules::needsRationale(answer(verdict)), needed);
    // A rationale already written does not change whether one is needed.
    QCOMPARE(reviewrules::needsRationale(answer(verdict, QStringLiteral("理由"))), needed);
}

void TestReviewRules::suggestionsUnregisteredResource()
{
    const Application a = example(QStringLiteral("examples/gzh-tour-0042.json"));
    const auto s = reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin());

    const ChecklistAnswer registered = s.value(QStringLiteral("resources-registered"));
    QCOMPARE(registered.verdict, Verdict::Fail);
    QVERIFY2(registered.suggestionReason.contains(QStringLiteral("住宿登记汇总")),
             qPrintable(registered.suggestionReason));
    QVERIFY(!registered.suggestionReason.contains(QStringLiteral("景区闸机客流统计")));

    // Industry use: the officer decides class and fee; nothing is shared.
    QVERIFY(!s.contains(QStringLiteral("use-class")));
    QVERIFY(!s.contains(QStringLiteral("fee-cap")));
    QCOMPARE(s.value(QStringLiteral("shared-consent")).verdict, Verdict::NotApplicable);
    // No plan reference and no attachments at all.
    QCOMPARE(s.value(QStringLiteral("plan-and-mode")).verdict, Verdict::Fail);
    for (const char *id : {"legality-review", "risk-assessment"})
        QCOMPARE(s.value(QLatin1String(id)).verdict, Verdict::Fail);
    // The reason names the missing attachment as the officer knows it, without the code
    // ("No Legality review opinion attachment (legality_review)." before issue 18).
    const QString legality = s.value(QStringLiteral("legality-review")).suggestionReason;
    QVERIFY2(legality.contains(QLatin1String("Legality review")), qPrintable(legality));
    QVERIFY2(!legality.contains(QLatin1String("legality_review")), qPrintable(legality));
    // A whole authorization: its collective decision was taken on the plan, not case by case.
    QCOMPARE(a.authorization.mode, QStringLiteral("whole"));
    QCOMPARE(s.value(QStringLiteral("collective-decision")).verdict, Verdict::NotApplicable);
    // Expert review applies "where required": no attachment is no failure.
    QVERIFY(!s.contains(QStringLiteral("expert-review")));
    // 2026-09-01 to 2031-08-31 is exactly 60 months: not over the maximum.
    QVERIFY(!s.contains(QStringLiteral("term-and-exit")));
    // General data by API, important data as a model: nothing leaves the domain.
    QVERIFY(!s.contains(QStringLiteral("minimum-necessary")));
}

void TestReviewRules::suggestionsFreeUseAndSharedWithoutConsent()
{
    const Application a = example(QStringLiteral("examples/fj-health-0007.json"));
    QCOMPARE(a.useClass, QStringLiteral("public_welfare"));
    const auto s = reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin());

    const ChecklistAnswer useClass = s.value(QStringLiteral("use-class"));
    QCOMPARE(useClass.verdict, Verdict::Pass);
    QVERIFY(useClass.suggestionReason.contains(QLatin1String("free of charge")));
    const ChecklistAnswer fee = s.value(QStringLiteral("fee-cap"));
    QCOMPARE(fee.verdict, Verdict::Pass);
    QVERIFY(fee.suggestionReason.contains(QLatin1String("no fee")));

    const ChecklistAnswer consent = s.value(QStringLiteral("shared-consent"));
    QCOMPARE(consent.verdict, Verdict::Fail);
    QVERIFY(consent.suggestionReason.contains(QStringLiteral("基层慢性病随访记录")));
    QVERIFY(consent.suggestionReason.contains(QStringLiteral("福建省医疗保障局")));

    // Its one resource is "changed" in the register: still in force.
    QCOMPARE(s.value(QStringLiteral("resources-registered")).verdict, Verdict::Pass);
    QVERIFY(!s.contains(QStringLiteral("plan-and-mode")));
}

void TestReviewRules::suggestionsSharedWithConsent()
{
    Application a = example(QStringLiteral("examples/fj-health-0007.json"));
    a.attachments << attachment(QStringLiteral("provider_consent"), 'c');
    const auto s = reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin());
    const ChecklistAnswer consent = s.value(QStringLiteral("shared-consent"));
    QCOMPARE(consent.verdict, Verdict::Pass);
    QCOMPARE(consent.evidence, QStringList{QString(64, QLatin1Char('c'))});
}

void TestReviewRules::suggestionsAgainstTheApprovedPlan()
{
    // Items 1 and 16 against the register of approved plans: 穗府办函〔2025〕31号 fixes 整体授权
    // under 广州市政务服务和数据管理局 and designates 91440101MA5D1L8K5Y.
    Application a = cleanApplication();
    a.authorization.planRef = QStringLiteral("穗府办函〔2025〕31号");
    a.authorization.implementingBody = QStringLiteral("广州市政务服务和数据管理局");
    a.authorization.mode = QStringLiteral("scenario");
    auto s = reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin());
    QCOMPARE(s.value(QStringLiteral("plan-and-mode")).verdict, Verdict::Fail);
    QVERIFY2(s.value(QStringLiteral("plan-and-mode"))
                 .suggestionReason.contains(QStringLiteral("穗府办函〔2025〕31号")),
             qPrintable(s.value(QStringLiteral("plan-and-mode")).suggestionReason));
    // The applicant operates the product here, and the plan designates someone else.
    QCOMPARE(s.value(QStringLiteral("designated-operator")).verdict, Verdict::Fail);

    a.authorization.mode = QStringLiteral("whole");
    a.operatorParty = OperatorParty{QStringLiteral("广州穗数运营科技有限公司"),
                                    QStringLiteral("91440101MA5D1L8K5Y")};
    a.format = 2;
    s = reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin());
    QCOMPARE(s.value(QStringLiteral("plan-and-mode")).verdict, Verdict::Pass);
    QCOMPARE(s.value(QStringLiteral("designated-operator")).verdict, Verdict::Pass);

    a.authorization.implementingBody = QStringLiteral("广州市交通运输局");
    s = reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin());
    QCOMPARE(s.value(QStringLiteral("plan-and-mode")).verdict, Verdict::Fail);

    // A plan not in the register: left to the officer, no suggestion either way.
    a.authorization.planRef = QStringLiteral("穗数据〔2099〕1号");
    s = reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin());
    QVERIFY(!s.contains(QStringLiteral("plan-and-mode")));
    QVERIFY(!s.contains(QStringLiteral("designated-operator")));
}

void TestReviewRules::approvedPlansRegisterIsStrict()
{
    QVERIFY(!builtinApprovedPlans().plans.isEmpty());
    const QByteArray bad = R"({"format": "grantdesk.plans/1", "version": "t", "source":
        {"zh_CN": "测试", "en": "test"}, "plans": [
        {"ref": "A号", "implementingBody": "某局", "mode": "whole"},
        {"ref": "A号", "implementingBody": "某局", "mode": "sector"},
        {"ref": "B号", "implementingBody": "某局", "mode": "domain",
         "operators": ["91440101MA5D1L8K5Z"], "scope": "x"}]})";
    const ApprovedPlansOutcome outcome = parseApprovedPlans(bad, QStringLiteral("plans.json"));
    QVERIFY(!outcome.plans);
    QStringList texts;
    for (const Error &e : outcome.errors)
        texts << e.toString();
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("plans[1]")) && all.contains(QStringLiteral("twice")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("plans[1].mode")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("plans[2].operators[0]")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("scope")), qPrintable(all));
}

void TestReviewRules::suggestionsAllRegistered()
{
    Application a = cleanApplication();
    a.attachments << attachment(QStringLiteral("legality_review"), 'l')
                  << attachment(QStringLiteral("minutes"), 'm')
                  << attachment(QStringLiteral("risk_assessment"), 'r');
    const auto s = reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin());
    QCOMPARE(s.value(QStringLiteral("resources-registered")).verdict, Verdict::Pass);
    for (const char *id : {"legality-review", "risk-assessment", "collective-decision",
                           "plan-and-mode", "term-and-exit", "use-class", "fee-cap"})
        QVERIFY2(!s.contains(QLatin1String(id)), id);
}

/**
 * The collective decision (item 11) is required by mode from the template's data: 一事一议 for
 * 分领域 and 依场景, not applicable under 整体授权, whose decision is taken on the plan. It is the
 * office's act after the review, so no minutes attachment of the applicant's is asked for: the
 * item is no longer suggested to fail without one.
 */
void TestReviewRules::suggestionsCollectiveDecisionByMode()
{
    Application a = cleanApplication();
    QVERIFY(!a.attachments.isEmpty());
    for (const Attachment &attachment : std::as_const(a.attachments))
        QVERIFY(attachment.kind != QLatin1String("minutes"));
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    for (const char *mode : {"domain", "scenario"}) {
        a.authorization.mode = QLatin1String(mode);
        const auto s = reviewrules::suggestions(a, statuses(a), checklist);
        QVERIFY2(!s.contains(QStringLiteral("collective-decision")), mode);
    }
    a.authorization.mode = QStringLiteral("whole");
    const auto s = reviewrules::suggestions(a, statuses(a), checklist);
    const ChecklistAnswer decision = s.value(QStringLiteral("collective-decision"));
    QCOMPARE(decision.verdict, Verdict::NotApplicable);
    QVERIFY(decision.suggested);
    QCOMPARE(decision.suggestionReason,
             checklist.item(QStringLiteral("collective-decision"))->notApplicableReason());
    QVERIFY(!decision.suggestionReason.isEmpty());
}

void TestReviewRules::suggestionsCancelledResource()
{
    Application a = cleanApplication();
    a.resources[1].name = QStringLiteral("旅游包车行程备案");
    a.resources[1].registrationCode = QStringLiteral("GZH-520000-2024-000317");
    const auto resources = statuses(a);
    QCOMPARE(resources[1].status, RegistrationStatus::Cancelled);
    const ChecklistAnswer registered =
        reviewrules::suggestions(a, resources, ChecklistTemplate::builtin())
            .value(QStringLiteral("resources-registered"));
    QCOMPARE(registered.verdict, Verdict::Fail);
    QVERIFY(registered.suggestionReason.contains(QStringLiteral("旅游包车行程备案")));
    QVERIFY(registered.suggestionReason.contains(QLatin1String("cancelled")));
}

void TestReviewRules::suggestionsTerm()
{
    Application a = example(QStringLiteral("examples/gzh-tour-0042.json"));
    a.periodEnd = QDate(2031, 9, 1); // one day into a 61st month
    const auto s = reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin());
    const ChecklistAnswer term = s.value(QStringLiteral("term-and-exit"));
    QCOMPARE(term.verdict, Verdict::Fail);
    QVERIFY2(term.suggestionReason.contains(QLatin1String("61 months")),
             qPrintable(term.suggestionReason));
    QVERIFY(term.suggestionReason.contains(QLatin1String("60 months")));

    // The maximum is the template's parameter, not a constant.
    ChecklistTemplate shorter = ChecklistTemplate::builtin();
    shorter.maxTermMonths = 12;
    Application year = example(QStringLiteral("examples/fj-health-0007.json")); // 12 months
    QVERIFY(!reviewrules::suggestions(year, statuses(year), shorter)
                 .contains(QStringLiteral("term-and-exit")));
    year.periodEnd = year.periodEnd.addDays(1);
    QCOMPARE(reviewrules::suggestions(year, statuses(year), shorter)
                 .value(QStringLiteral("term-and-exit"))
                 .verdict,
             Verdict::Fail);
}

void TestReviewRules::suggestionsCoreDataByApi()
{
    Application a = cleanApplication();
    a.resources[1].grade = QStringLiteral("core");
    QCOMPARE(a.resources[1].delivery, QStringLiteral("api"));
    const ChecklistAnswer minimum =
        reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin())
            .value(QStringLiteral("minimum-necessary"));
    QCOMPARE(minimum.verdict, Verdict::Fail);
    QVERIFY(minimum.suggestionReason.contains(a.resources[1].name));

    a.resources[1].delivery = QStringLiteral("sandbox");
    QVERIFY(!reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin())
                 .contains(QStringLiteral("minimum-necessary")));
}

void TestReviewRules::suggestionsOnlyForItemsOfTheTemplate()
{
    ChecklistTemplate small;
    small.items << ChecklistTemplate::builtin().items.at(1)  // resources-registered
                << ChecklistTemplate::builtin().items.at(6); // legality-review
    const Application a = example(QStringLiteral("examples/gzh-tour-0042.json"));
    const auto s = reviewrules::suggestions(a, statuses(a), small);
    QCOMPARE(s.size(), 2);
    QVERIFY(s.contains(QStringLiteral("resources-registered")));
    QVERIFY(s.contains(QStringLiteral("legality-review")));

    // A template that makes legality review optional gets no failure for it.
    small.items[1].mandatory = false;
    QVERIFY(!reviewrules::suggestions(a, statuses(a), small)
                 .contains(QStringLiteral("legality-review")));
}

void TestReviewRules::everySuggestionIsMarkedAndExplained()
{
    for (const char *file : {"examples/gzh-tour-0042.json", "examples/fj-health-0007.json",
                             "examples/gz-lowalt-0001/application.json"}) {
        const Application a = example(QLatin1String(file));
        const auto s = reviewrules::suggestions(a, statuses(a), ChecklistTemplate::builtin());
        QVERIFY(!s.isEmpty());
        for (auto it = s.cbegin(); it != s.cend(); ++it) {
            QVERIFY2(ChecklistTemplate::builtin().item(it.key()), qPrintable(it.key()));
            QVERIFY2(it->suggested, qPrintable(it.key()));
            QVERIFY(it->verdict != Verdict::None);
            QVERIFY2(!it->suggestionReason.trimmed().isEmpty(), qPrintable(it.key()));
            QVERIFY(it->rationale.isEmpty()); // the officer writes the rationale
        }
    }
}

void TestReviewRules::missingWhenEmpty()
{
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    const QList<MissingItem> missing = reviewrules::missingForSubmission(ReviewState(), checklist);
    // 16 mandatory items, the decision and the opinion.
    QCOMPARE(missing.size(), 18);
    QCOMPARE(missing.first().step, ReviewStep::Checklist);
    QCOMPARE(missing.first().key, QStringLiteral("plan-and-mode"));
    QCOMPARE(missing.first().what, QStringLiteral("Item 1: no verdict"));
    for (const MissingItem &m : missing) {
        QVERIFY(m.key != QLatin1String("expert-review"));
        QVERIFY(m.key != QLatin1String("public-participation"));
    }
    QCOMPARE(missing.at(16).step, ReviewStep::Decision);
    QCOMPARE(missing.at(16).key, QStringLiteral("decision"));
    QCOMPARE(missing.at(16).what, QStringLiteral("No proposed decision"));
    QCOMPARE(missing.at(17).key, QStringLiteral("opinion"));
    QCOMPARE(missing.at(17).what, QStringLiteral("The review opinion is empty"));
}

void TestReviewRules::missingNothingWhenComplete()
{
    QVERIFY(
        reviewrules::missingForSubmission(completeState(), ChecklistTemplate::builtin()).isEmpty());
}

void TestReviewRules::missingRationale()
{
    ReviewState state = completeState();
    state.answers[QStringLiteral("legality-review")] = answer(Verdict::Fail);
    state.answers[QStringLiteral("public-participation")] =
        answer(Verdict::NotApplicable, QStringLiteral("  "));
    // Issue 12: a compliant verdict needs its reason as much as the others.
    state.answers[QStringLiteral("recusal")] = answer(Verdict::Pass);
    const QList<MissingItem> missing =
        reviewrules::missingForSubmission(state, ChecklistTemplate::builtin());
    QCOMPARE(whats(missing),
             QStringList({QStringLiteral("Item 7: a rationale is required for Non-compliant"),
                          QStringLiteral("Item 10: a rationale is required for Not applicable"),
                          QStringLiteral("Item 12: a rationale is required for Compliant")}));
    QCOMPARE(missing.at(0).key, QStringLiteral("legality-review"));
    QCOMPARE(missing.at(1).key, QStringLiteral("public-participation"));
    QCOMPARE(missing.at(2).key, QStringLiteral("recusal"));

    state.answers[QStringLiteral("legality-review")].rationale =
        QStringLiteral("未附合法性审查意见");
    state.answers[QStringLiteral("public-participation")].rationale = QStringLiteral("不涉及公众");
    state.answers[QStringLiteral("recusal")].rationale = QStringLiteral("回避声明齐全");
    QVERIFY(reviewrules::missingForSubmission(state, ChecklistTemplate::builtin()).isEmpty());
}

void TestReviewRules::missingUnconfirmedSuggestion()
{
    ReviewState state = completeState();
    ChecklistAnswer suggested = answer(Verdict::Pass);
    suggested.suggested = true;
    suggested.suggestionReason = QStringLiteral("All 2 requested resources are registered");
    state.answers[QStringLiteral("resources-registered")] = suggested;
    const QList<MissingItem> missing =
        reviewrules::missingForSubmission(state, ChecklistTemplate::builtin());
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().key, QStringLiteral("resources-registered"));
    QCOMPARE(missing.first().what, QStringLiteral("Item 2: the suggestion is not confirmed"));
}

void TestReviewRules::optionalItemMayStayOpen()
{
    ReviewState state = completeState();
    state.answers.remove(QStringLiteral("expert-review"));
    state.answers.remove(QStringLiteral("public-participation"));
    QVERIFY(reviewrules::missingForSubmission(state, ChecklistTemplate::builtin()).isEmpty());
    state.answers.remove(QStringLiteral("recusal"));
    const auto missing = reviewrules::missingForSubmission(state, ChecklistTemplate::builtin());
    QCOMPARE(whats(missing), QStringList{QStringLiteral("Item 12: no verdict")});
}

void TestReviewRules::missingDecisionDetails_data()
{
    QTest::addColumn<Decision>("decision");
    QTest::addColumn<QStringList>("conditions");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QString>("opinion");
    QTest::addColumn<QStringList>("missingKeys");
    const QString opinion = QStringLiteral("审核意见");
    const QStringList some = {QStringLiteral("按季度报送调用日志")};
    const QStringList blank = {QString(), QStringLiteral("  ")};
    QTest::newRow("approved") << Decision::Approved << QStringList() << QStringList() << opinion
                              << QStringList();
    QTest::newRow("conditional with conditions")
        << Decision::ConditionallyApproved << some << QStringList() << opinion << QStringList();
    QTest::newRow("conditional without conditions")
        << Decision::ConditionallyApproved << QStringList() << QStringList() << opinion
        << QStringList{QStringLiteral("conditions")};
    QTest::newRow("conditional with blank conditions")
        << Decision::ConditionallyApproved << blank << QStringList() << opinion
        << QStringList{QStringLiteral("conditions")};
    QTest::newRow("rejected without reasons")
        << Decision::Rejected << QStringList() << QStringList() << opinion
        << QStringList{QStringLiteral("reasons")};
    QTest::newRow("rejected with reasons")
        << Decision::Rejected << QStringList() << some << opinion << QStringList();
    QTest::newRow("returned without reasons")
        << Decision::Returned << some << blank << opinion << QStringList{QStringLiteral("reasons")};
    QTest::newRow("returned with reasons")
        << Decision::Returned << QStringList() << some << opinion << QStringList();
    QTest::newRow("no decision, blank opinion")
        << Decision::None << QStringList() << QStringList() << QStringLiteral(" \n")
        << QStringList({QStringLiteral("decision"), QStringLiteral("opinion")});
}

void TestReviewRules::missingDecisionDetails()
{
    QFETCH(Decision, decision);
    QFETCH(QStringList, conditions);
    QFETCH(QStringList, reasons);
    QFETCH(QString, opinion);
    QFETCH(QStringList, missingKeys);
    ReviewState state = completeState();
    state.proposal = ProposedDecision{decision, conditions, reasons, opinion};
    const auto missing = reviewrules::missingForSubmission(state, ChecklistTemplate::builtin());
    QStringList keys;
    for (const MissingItem &m : missing) {
        QCOMPARE(m.step, ReviewStep::Decision);
        QVERIFY(!m.what.isEmpty());
        keys << m.key;
    }
    QCOMPARE(keys, missingKeys);
}

void TestReviewRules::formalFindings()
{
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    QCOMPARE(reviewrules::formalFindings(cleanApplication(), checklist), QStringList());

    Application a = example(QStringLiteral("examples/gzh-tour-0042.json"));
    QStringList findings = reviewrules::formalFindings(a, checklist);
    // No attachments at all, and no credit declaration.
    QCOMPARE(findings.size(), 4);
    QVERIFY(findings.filter(QLatin1String("Development plan")).size() == 1);
    QVERIFY(findings.filter(QLatin1String("Security pledge")).size() == 1);
    QVERIFY(findings.filter(QLatin1String("Authenticity statement")).size() == 1);
    QVERIFY(findings.filter(QLatin1String("credit declaration")).size() == 1);

    Application b = cleanApplication();
    b.applicant.creditCode = QStringLiteral("91440101MA5CXK7Q38"); // wrong check character
    b.applicant.creditDeclaration = false;
    b.periodEnd = b.periodStart.addMonths(61);
    findings = reviewrules::formalFindings(b, checklist);
    QCOMPARE(findings.size(), 3);
    QVERIFY(findings.at(0).contains(QLatin1String("91440101MA5CXK7Q38")));
    QVERIFY(findings.at(1).contains(QLatin1String("62 months"))); // a started month counts
    QVERIFY(findings.at(2).contains(QLatin1String("clean credit record")));

    Application c = cleanApplication();
    c.periodEnd = c.periodStart;
    findings = reviewrules::formalFindings(c, checklist);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().contains(QLatin1String("not after its start")));
}

void TestReviewRules::formalDeadline()
{
    Application a = cleanApplication();
    a.deadline = QDate::currentDate().addDays(-1);
    const QStringList findings = reviewrules::formalFindings(a, ChecklistTemplate::builtin());
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().contains(QLatin1String("deadline")));
    a.deadline = QDate::currentDate();
    QVERIFY(reviewrules::formalFindings(a, ChecklistTemplate::builtin()).isEmpty());
}

void TestReviewRules::securityFindings()
{
    QCOMPARE(reviewrules::securityFindings(example(QStringLiteral("examples/fj-health-0007.json"))),
             QStringList());
    const QStringList findings =
        reviewrules::securityFindings(example(QStringLiteral("examples/gzh-tour-0042.json")));
    // MLPS 2 with important data, crypto assessment not passed, one incident, no officer.
    QCOMPARE(findings.size(), 4);
    QVERIFY(findings.at(0).contains(QLatin1String("MLPS level 2")));
    QVERIFY(findings.at(0).contains(QLatin1String("level 3")));
    QVERIFY(findings.at(1).contains(QLatin1String("cryptography")));
    QVERIFY(findings.at(2).contains(QLatin1String("1")));
    QVERIFY(findings.at(3).contains(QLatin1String("security officer")));

    Application general = cleanApplication();
    for (RequestedResource &r : general.resources)
        r.grade = QStringLiteral("general");
    general.security.mlpsLevel = 2;
    general.security.cryptoAssessment = false;
    QCOMPARE(reviewrules::securityFindings(general), QStringList());
    general.security.emergencyPlan = false;
    QCOMPARE(reviewrules::securityFindings(general).size(), 1);
}

void TestReviewRules::securityCoreNeedsLevel4()
{
    Application a = cleanApplication();
    a.resources[0].grade = QStringLiteral("core");
    QCOMPARE(a.security.mlpsLevel, 3);
    const QStringList findings = reviewrules::securityFindings(a);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().contains(QLatin1String("level 4")));
    a.security.mlpsLevel = 4;
    QCOMPARE(reviewrules::securityFindings(a), QStringList());
}

void TestReviewRules::securityRuleSharedWithMonitoring()
{
    // The same table tst_alerts holds the monitoring's controls indicator to.
    for (const test::SecurityCase &c : test::securityCases()) {
        const Application a = test::securityCaseApplication(cleanApplication(), c);
        const QStringList findings = reviewrules::securityFindings(a);
        const bool mlpsFinding =
            std::any_of(findings.begin(), findings.end(),
                        [](const QString &f) { return f.startsWith(QLatin1String("MLPS level")); });
        const bool assessmentFinding =
            std::any_of(findings.begin(), findings.end(), [](const QString &f) {
                return f.contains(QLatin1String("cryptography assessment"));
            });
        QVERIFY2(mlpsFinding == !c.mlpsMet, c.name);
        QVERIFY2(assessmentFinding == !c.assessmentMet, c.name);
    }
}

void TestReviewRules::stepFormalAndSecurity()
{
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    const Application gzh = example(QStringLiteral("examples/gzh-tour-0042.json"));
    const Application clean = cleanApplication();
    ReviewState state;
    QCOMPARE(reviewrules::stepState(ReviewStep::FormalCheck, state, checklist, gzh, statuses(gzh)),
             StepState::Attention);
    QCOMPARE(
        reviewrules::stepState(ReviewStep::FormalCheck, state, checklist, clean, statuses(clean)),
        StepState::Open);
    QCOMPARE(reviewrules::stepState(ReviewStep::Security, state, checklist, gzh, statuses(gzh)),
             StepState::Attention);
    QCOMPARE(reviewrules::stepState(ReviewStep::Security, state, checklist, clean, statuses(clean)),
             StepState::Open);

    state.notes.insert(QStringLiteral("formal.confirmed"), QStringLiteral("1"));
    QCOMPARE(reviewrules::stepState(ReviewStep::FormalCheck, state, checklist, gzh, statuses(gzh)),
             StepState::Done);
    QCOMPARE(reviewrules::stepState(ReviewStep::Security, state, checklist, gzh, statuses(gzh)),
             StepState::Attention);
    state.notes.insert(QStringLiteral("security.confirmed"), QStringLiteral("1"));
    QCOMPARE(reviewrules::stepState(ReviewStep::Security, state, checklist, gzh, statuses(gzh)),
             StepState::Done);
    state.notes.insert(QStringLiteral("security.confirmed"), QStringLiteral("0"));
    QCOMPARE(reviewrules::stepState(ReviewStep::Security, state, checklist, gzh, statuses(gzh)),
             StepState::Attention);
}

void TestReviewRules::stepResources()
{
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    const Application fj = example(QStringLiteral("examples/fj-health-0007.json"));
    ReviewState state;
    QCOMPARE(reviewrules::stepState(ReviewStep::Resources, state, checklist, fj, statuses(fj)),
             StepState::Attention);
    state.notes.insert(QStringLiteral("resource.0.necessity"), QStringLiteral("随访到期计算必需"));
    QCOMPARE(reviewrules::stepState(ReviewStep::Resources, state, checklist, fj, statuses(fj)),
             StepState::Done);

    // An unregistered resource keeps the step in attention whatever the notes say.
    const Application gzh = example(QStringLiteral("examples/gzh-tour-0042.json"));
    state.notes.insert(QStringLiteral("resource.1.necessity"), QStringLiteral("预测过夜游客"));
    QCOMPARE(reviewrules::stepState(ReviewStep::Resources, state, checklist, gzh, statuses(gzh)),
             StepState::Attention);
}

void TestReviewRules::stepChecklist()
{
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    const Application a = cleanApplication();
    ReviewState state;
    QCOMPARE(reviewrules::stepState(ReviewStep::Checklist, state, checklist, a, statuses(a)),
             StepState::Open);
    state.answers.insert(QStringLiteral("use-class"), answer(Verdict::Pass));
    QCOMPARE(reviewrules::stepState(ReviewStep::Checklist, state, checklist, a, statuses(a)),
             StepState::Attention);
    // Every item answered: Done even though the decision is still missing.
    state.answers = completeState().answers;
    QCOMPARE(reviewrules::stepState(ReviewStep::Checklist, state, checklist, a, statuses(a)),
             StepState::Done);
    state.answers[QStringLiteral("recusal")] = answer(Verdict::Fail);
    QCOMPARE(reviewrules::stepState(ReviewStep::Checklist, state, checklist, a, statuses(a)),
             StepState::Attention);
}

void TestReviewRules::stepDecision()
{
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    const Application a = cleanApplication();
    ReviewState state;
    QCOMPARE(reviewrules::stepState(ReviewStep::Decision, state, checklist, a, statuses(a)),
             StepState::Open);
    state.proposal.decision = Decision::Approved;
    QCOMPARE(reviewrules::stepState(ReviewStep::Decision, state, checklist, a, statuses(a)),
             StepState::Attention);
    state = completeState();
    QCOMPARE(reviewrules::stepState(ReviewStep::Decision, state, checklist, a, statuses(a)),
             StepState::Done);
}

void TestReviewRules::stepPlaceholders()
{
    const Application a = cleanApplication();
    for (ReviewStep step : {ReviewStep::ModeFit, ReviewStep::Pricing})
        QCOMPARE(reviewrules::stepState(step, completeState(), ChecklistTemplate::builtin(), a,
                                        statuses(a)),
                 StepState::Open);
    // Recorded choices close the steps: a main mode with its rationale, a fee with its rules.
    ReviewState state = completeState();
    state.notes.insert(QStringLiteral("modes.chosen"), QStringLiteral("scenario"));
    QCOMPARE(reviewrules::stepState(ReviewStep::ModeFit, state, ChecklistTemplate::builtin(), a,
                                    statuses(a)),
             StepState::Attention);
    state.notes.insert(QStringLiteral("modes.rationale"), QStringLiteral("一场景一审批"));
    QCOMPARE(reviewrules::stepState(ReviewStep::ModeFit, state, ChecklistTemplate::builtin(), a,
                                    statuses(a)),
             StepState::Done);
    state.notes.insert(QStringLiteral("pricing.ruleVersion"), QStringLiteral("GZ-2026.1"));
    QCOMPARE(reviewrules::stepState(ReviewStep::Pricing, state, ChecklistTemplate::builtin(), a,
                                    statuses(a)),
             StepState::Open);
    state.notes.insert(QStringLiteral("pricing.result"), QStringLiteral("{\"fee\":\"0.00\"}"));
    QCOMPARE(reviewrules::stepState(ReviewStep::Pricing, state, ChecklistTemplate::builtin(), a,
                                    statuses(a)),
             StepState::Done);
}

QTEST_APPLESS_MAIN(TestReviewRules)
/**
 * Issue 12, "Incomplete reviews pass": checklist and decision done, but the formal check,
 * the resources, security, the main mode and the fee left open. Every one of them is named,
 * each on its step, in the order of the steps.
 */
void TestReviewRules::incompleteReviewNamesEveryStep()
{
    Application application = cleanApplication();
    QVERIFY(!vocabulary::isFreeUseClass(application.useClass));
    QVERIFY(application.pricing.has_value());
    QVERIFY(!application.resources.isEmpty());
    const ReviewState state = completeState();
    QVERIFY(reviewrules::missingForSubmission(state, ChecklistTemplate::builtin()).isEmpty());

    const QList<MissingItem> missing =
        reviewrules::missingItems(state, ChecklistTemplate::builtin(), application);
    QList<ReviewStep> steps;
    QStringList keys;
    for (const MissingItem &m : missing) {
        steps << m.step;
        keys << m.key;
        QVERIFY(!m.what.isEmpty());
    }
    QCOMPARE(missing.size(), 4 + application.resources.size());
    QCOMPARE(steps.first(), ReviewStep::FormalCheck);
    QCOMPARE(keys.first(), QStringLiteral("formal.confirmed"));
    for (int i = 0; i < application.resources.size(); ++i) {
        QCOMPARE(steps.at(1 + i), ReviewStep::Resources);
        QCOMPARE(keys.at(1 + i), QStringLiteral("resource.%1.necessity").arg(i));
        QVERIFY(missing.at(1 + i).what.contains(application.resources.at(i).name));
    }
    QCOMPARE(keys.mid(1 + application.resources.size()),
             QStringList({QStringLiteral("security.confirmed"), QStringLiteral("modes.chosen"),
                          QStringLiteral("pricing.result")}));
    QVERIFY(!reviewrules::missingText(missing).isEmpty());

    // A mode without a reason is still missing its reason; a checklist gap and an empty
    // opinion sit in their places (checklist before security, decision last).
    ReviewState partial = state;
    partial.notes.insert(QStringLiteral("modes.chosen"), QStringLiteral("scenario"));
    partial.answers.remove(ChecklistTemplate::builtin().items.first().id);
    partial.proposal.opinion.clear();
    const QList<MissingItem> gaps =
        reviewrules::missingItems(partial, ChecklistTemplate::builtin(), application);
    QStringList gapKeys;
    for (const MissingItem &m : gaps)
        gapKeys << m.key;
    QVERIFY(gapKeys.contains(QStringLiteral("modes.rationale")));
    QVERIFY(!gapKeys.contains(QStringLiteral("modes.chosen")));
    QVERIFY(gapKeys.indexOf(ChecklistTemplate::builtin().items.first().id) <
            gapKeys.indexOf(QStringLiteral("security.confirmed")));
    QCOMPARE(gapKeys.last(), QStringLiteral("opinion"));
}

void TestReviewRules::completeReviewHasNothingMissing()
{
    const Application application = cleanApplication();
    ReviewState state = completeState();
    state.notes.insert(QStringLiteral("formal.confirmed"), QStringLiteral("1"));
    for (int i = 0; i < application.resources.size(); ++i)
        state.notes.insert(QStringLiteral("resource.%1.necessity").arg(i),
                           QStringLiteral("justified"));
    state.notes.insert(QStringLiteral("security.confirmed"), QStringLiteral("1"));
    state.notes.insert(QStringLiteral("modes.chosen"), QStringLiteral("scenario"));
    state.notes.insert(QStringLiteral("modes.rationale"), QStringLiteral("数据不出域。"));
    state.notes.insert(QStringLiteral("pricing.result"), QStringLiteral("{\"fee\":\"100.00\"}"));
    QCOMPARE(whats(reviewrules::missingItems(state, ChecklistTemplate::builtin(), application)),
             QStringList());
    // An unconfirmed security review (the flag cleared again) is missing once more.
    state.notes.insert(QStringLiteral("security.confirmed"), QString());
    QCOMPARE(reviewrules::missingItems(state, ChecklistTemplate::builtin(), application).size(), 1);
}

/**
 * Issue 12: a free case is recorded as not charged, not assumed so. Free use (public
 * interest) and an application asking for no priced product may be recorded as not charged
 * on that basis; a charged application may not (its fee must be computed), and a note
 * naming the wrong basis does not count.
 */
void TestReviewRules::notChargedIsRecorded()
{
    Application application = cleanApplication();
    const auto feeMissing = [&application](const ReviewState &state) {
        const auto missing =
            reviewrules::missingItems(state, ChecklistTemplate::builtin(), application);
        return std::any_of(missing.cbegin(), missing.cend(),
                           [](const MissingItem &m) { return m.step == ReviewStep::Pricing; });
    };
    const auto stepDone = [&application](const ReviewState &state) {
        return reviewrules::stepState(ReviewStep::Pricing, state, ChecklistTemplate::builtin(),
                                      application, statuses(application)) == StepState::Done;
    };
    ReviewState state = completeState();
    QVERIFY(feeMissing(state));
    QCOMPARE(reviewrules::notChargedBasis(application), QString());
    // A charged application cannot be waved through as "not charged".
    for (const QString &basis : {QStringLiteral("free_use"), QStringLiteral("no_request")}) {
        state.notes.insert(reviewrules::notChargedNoteKey(), basis);
        QVERIFY(feeMissing(state));
        QVERIFY(!stepDone(state));
    }

    application.useClass = QStringLiteral("public_governance");
    state = completeState();
    QVERIFY(feeMissing(state)); // free, but nobody recorded it
    QCOMPARE(reviewrules::notChargedBasis(application), QStringLiteral("free_use"));
    state.notes.insert(reviewrules::notChargedNoteKey(), QStringLiteral("no_request"));
    QVERIFY(feeMissing(state));
    state.notes.insert(reviewrules::notChargedNoteKey(), QStringLiteral("free_use"));
    QVERIFY(!feeMissing(state));
    QVERIFY(stepDone(state));

    application = cleanApplication();
    application.pricing.reset(); // the application asks for no fee
    state = completeState();
    QVERIFY(feeMissing(state));
    state.notes.insert(reviewrules::notChargedNoteKey(), QStringLiteral("no_request"));
    QVERIFY(!feeMissing(state));
    // A computed fee counts for any application.
    state = completeState();
    state.notes.insert(QStringLiteral("pricing.result"), QStringLiteral("{\"fee\":\"0.00\"}"));
    QVERIFY(!feeMissing(state));
}

#include "tst_reviewrules.moc"
