// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "reviewfixtures.h"
#include "review/checklisttemplate.h"
#include "review/reviewrules.h"
#include "store/applicationstore.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/reviewstore.h"
#include "store/repositories.h"
#include "services/desk.h"
#include "services/reviewservice.h"
#include "review/reviewsave.h"

using namespace gd;
using namespace gd::test;

namespace {
const QString kId = QStringLiteral("GZ-2026-0001");
const QString kActor = QStringLiteral("王审核");
const QString kSubject = QStringLiteral("GZ-2026-0001 v1");
} // namespace

/** Reviews in the database: starting, saving edits with their audit events, transitions. */
class TestReviewStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void openCreatesOnceAndStartsTheReview();
    void openOfAMissingVersionIsRefused();
    void suggestionsArePrefilledAsSuggested_data();
    void suggestionsArePrefilledAsSuggested();
    void saveWritesChangedRowsWithOneEventEach();
    void saveOfRemovedValuesDeletesTheRows();
    void navigationIsStoredButNotAudited();
    void otherStatusesOpenTheExistingReviewUnchanged();
    void otherStatusesWithoutAReviewAreRefused();
    void transitionMovesTheCaseAndRecordsIt();
    void transitionRefusalsChangeNothing();
    void statusWrittenFromAStaleReadIsRefused();
    void signedReviewsRefuseEditsButKeepTheStep();

private:
    CaseStatus statusOf(const QString &id, int version) const;
    Decision decisionOf(const QString &id, int version) const;
    int rowCount(const QString &table) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestReviewStore::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = gd::test::openTestDatabase(m_dir->filePath(QStringLiteral("review.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    m_db = db.value();
    const QString imported = importExamples(m_db);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
}

CaseStatus TestReviewStore::statusOf(const QString &id, int version) const
{
    const auto versions = makeApplicationStore(m_db)->versions(id);
    for (const VersionInfo &info : versions.value()) {
        if (info.version == version)
            return info.status;
    }
    return CaseStatus::Filed; // never what a test expects here
}

Decision TestReviewStore::decisionOf(const QString &id, int version) const
{
    const auto versions = makeApplicationStore(m_db)->versions(id);
    for (const VersionInfo &info : versions.value()) {
        if (info.version == version)
            return info.decision;
    }
    return Decision::Rejected;
}

int TestReviewStore::rowCount(const QString &table) const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestReviewStore::openCreatesOnceAndStartsTheReview()
{
    const auto store = makeReviewStore(m_db);
    ReviewService service(Desk::over(m_db));
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    QCOMPARE(statusOf(kId, 1), CaseStatus::Received);
    QVERIFY(!store->find(kId, 1).value().has_value());

    auto first = service.open(kId, 1, kActor, checklist);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    QVERIFY(first->reviewId > 0);
    QCOMPARE(first->applicationId, kId);
    QCOMPARE(first->version, 1);
    QCOMPARE(first->templateVersion, checklist.version);
    QCOMPARE(first->reviewer, kActor);
    QCOMPARE(first->currentStep, ReviewStep::FormalCheck);
    QCOMPARE(statusOf(kId, 1), CaseStatus::InReview);
    QCOMPARE(auditCount(m_db, QStringLiteral("review.start")), 1);

    auto events = makeAuditTrail(m_db)->events(kSubject);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().actor, kActor);
    QCOMPARE(events->first().detail.value(QStringLiteral("templateVersion")).toString(),
             checklist.version);

    // Opening again finds the same review and records nothing more.
    auto second = service.open(kId, 1, QStringLiteral("另一位"), checklist);
    QVERIFY(second.ok());
    QCOMPARE(second->reviewId, first->reviewId);
    QCOMPARE(second->reviewer, kActor);
    QCOMPARE(second->answers, first->answers);
    QCOMPARE(rowCount(QStringLiteral("reviews")), 1);
    QCOMPARE(auditCount(m_db, QStringLiteral("review.start")), 1);
    QCOMPARE(statusOf(kId, 1), CaseStatus::InReview);

    auto found = store->find(kId, 1);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(found->value().reviewId, first->reviewId);
    QVERIFY(makeAuditTrail(m_db)->verifyAll().value().intact);
}

void TestReviewStore::openOfAMissingVersionIsRefused()
{
    const auto store = makeReviewStore(m_db);
    ReviewService service(Desk::over(m_db));
    auto opened = service.open(kId, 7, kActor, ChecklistTemplate::builtin());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().toString().contains(QLatin1String("GZ-2026-0001 v7")),
             qPrintable(opened.error().toString()));
    QCOMPARE(rowCount(QStringLiteral("reviews")), 0);
    QCOMPARE(auditCount(m_db), 0);
}

void TestReviewStore::suggestionsArePrefilledAsSuggested_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("expectedItem"); // one item the data decides, at least
    QTest::addColumn<int>("expectedVerdict");
    QTest::newRow("unregistered resource fails item 2")
        << QStringLiteral("GZH-2026-0042") << 1 << QStringLiteral("resources-registered")
        << int(Verdict::Fail);
    QTest::newRow("public-welfare use passes item 13")
        << QStringLiteral("FJ-2026-0007") << 2 << QStringLiteral("fee-cap") << int(Verdict::Pass);
    QTest::newRow("no legality review attached fails item 7")
        << kId << 1 << QStringLiteral("legality-review") << int(Verdict::Fail);
}

void TestReviewStore::suggestionsArePrefilledAsSuggested()
{
    QFETCH(QString, id);
    QFETCH(int, version);
    QFETCH(QString, expectedItem);
    QFETCH(int, expectedVerdict);

    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    const auto applications = makeApplicationStore(m_db);
    const auto expected =
        reviewrules::suggestions(applications->load(id, version).value(),
                                 applications->resourceStatuses(id, version).value(), checklist);
    QVERIFY(expected.contains(expectedItem));
    QCOMPARE(int(expected.value(expectedItem).verdict), expectedVerdict);

    auto opened = ReviewService(Desk::over(m_db)).open(id, version, kActor, checklist);
    QVERIFY(opened.ok());
    auto reopened = makeReviewStore(m_db)->find(id, version);
    QVERIFY(reopened.ok() && reopened->has_value());
    for (const ReviewState &state : {opened.value(), reopened->value()}) {
        QCOMPARE(state.answers.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(state.answers.contains(it.key()), qPrintable(it.key()));
            const ChecklistAnswer answer = state.answers.value(it.key());
            QVERIFY2(answer.suggested, qPrintable(it.key()));
            QCOMPARE(answer.verdict, it.value().verdict);
            QCOMPARE(answer.suggestionReason, it.value().suggestionReason);
            QVERIFY(!answer.suggestionReason.isEmpty());
        }
    }
    // Suggestions are not the officer's answers: submitting needs them confirmed.
    const auto missing = reviewrules::missingForSubmission(opened.value(), checklist);
    QVERIFY(std::any_of(missing.cbegin(), missing.cend(),
                        [&](const MissingItem &m) { return m.key == expectedItem; }));
}

void TestReviewStore::saveWritesChangedRowsWithOneEventEach()
{
    const auto store = makeReviewStore(m_db);
    ReviewService service(Desk::over(m_db));
    auto opened = service.open(kId, 1, kActor, ChecklistTemplate::builtin());
    QVERIFY(opened.ok());
    ReviewState state = opened.value();
    const int eventsBefore = auditCount(m_db);
    const int answersBefore = rowCount(QStringLiteral("review_answers"));

    const ChecklistAnswer before = state.answers.value(QStringLiteral("plan-and-mode"));
    ChecklistAnswer answer;
    answer.verdict = Verdict::Pass;
    answer.rationale = QStringLiteral("方案已批复");
    answer.evidence = {QStringLiteral("ab").repeated(32)};
    state.answers.insert(QStringLiteral("plan-and-mode"), answer);
    state.notes.insert(QStringLiteral("formal.note"), QStringLiteral("材料齐全"));
    const ProposedDecision oldProposal = state.proposal;
    state.proposal.decision = Decision::ConditionallyApproved;
    state.proposal.conditions = {QStringLiteral("每季度报送使用情况")};
    state.proposal.opinion = QStringLiteral("同意附条件授权。");

    const QList<ReviewChange> changes{
        {ReviewChange::Kind::Answer, QStringLiteral("plan-and-mode"), QJsonValue(),
         ReviewStore::toJson(answer)},
        {ReviewChange::Kind::Note, QStringLiteral("formal.note"), QJsonValue(),
         QStringLiteral("材料齐全")},
        {ReviewChange::Kind::Proposal,
         {},
         ReviewStore::toJson(oldProposal),
         ReviewStore::toJson(state.proposal)},
    };
    QVERIFY(before == ChecklistAnswer{});
    auto saved = review::saveChanges(m_db, state, changes, kActor);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));

    QCOMPARE(auditCount(m_db), eventsBefore + 3);
    QCOMPARE(auditCount(m_db, QStringLiteral("review.answer")), 1);
    QCOMPARE(auditCount(m_db, QStringLiteral("review.note")), 1);
    QCOMPARE(auditCount(m_db, QStringLiteral("review.proposal")), 1);
    QCOMPARE(rowCount(QStringLiteral("review_answers")), answersBefore + 1);
    QCOMPARE(rowCount(QStringLiteral("review_notes")), 1);

    const auto events = makeAuditTrail(m_db)->events(kSubject).value();
    const AuditEvent &answerEvent = events.at(events.size() - 3);
    QCOMPARE(answerEvent.action, QStringLiteral("review.answer"));
    QCOMPARE(answerEvent.subject, kSubject);
    QCOMPARE(answerEvent.actor, kActor);
    QCOMPARE(answerEvent.detail.value(QStringLiteral("key")).toString(),
             QStringLiteral("plan-and-mode"));
    QVERIFY(answerEvent.detail.value(QStringLiteral("before")).isNull());
    QCOMPARE(answerEvent.detail.value(QStringLiteral("after")), ReviewStore::toJson(answer));
    const AuditEvent &proposalEvent = events.last();
    QCOMPARE(proposalEvent.detail.value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("decision")),
             QJsonValue(QStringLiteral("conditionally_approved")));

    auto reread = store->find(kId, 1);
    QVERIFY(reread.ok() && reread->has_value());
    const ReviewState &stored = reread->value();
    QCOMPARE(stored.answers.value(QStringLiteral("plan-and-mode")), answer);
    QCOMPARE(stored.notes, state.notes);
    QCOMPARE(stored.proposal, state.proposal);
    QCOMPARE(stored.answers, state.answers);
    QVERIFY(makeAuditTrail(m_db)->verifyAll().value().intact);
}

void TestReviewStore::saveOfRemovedValuesDeletesTheRows()
{
    const auto store = makeReviewStore(m_db);
    ReviewService service(Desk::over(m_db));
    ReviewState state = service.open(kId, 1, kActor, ChecklistTemplate::builtin()).value();
    state.notes.insert(QStringLiteral("security.findings"), QStringLiteral("无"));
    QVERIFY(review::saveChanges(m_db, state,
                                {{ReviewChange::Kind::Note, QStringLiteral("security.findings"),
                                  QJsonValue(), QStringLiteral("无")}},
                                kActor)
                .ok());
    QCOMPARE(rowCount(QStringLiteral("review_notes")), 1);

    const QString suggestedItem = state.answers.keys().value(0);
    QVERIFY(!suggestedItem.isEmpty());
    const int answers = rowCount(QStringLiteral("review_answers"));
    const QJsonValue oldAnswer = ReviewStore::toJson(state.answers.take(suggestedItem));
    state.notes.remove(QStringLiteral("security.findings"));
    QVERIFY(
        review::saveChanges(m_db, state,
                            {{ReviewChange::Kind::Note, QStringLiteral("security.findings"),
                              QStringLiteral("无"), QJsonValue()},
                             {ReviewChange::Kind::Answer, suggestedItem, oldAnswer, QJsonValue()}},
                            kActor)
            .ok());
    QCOMPARE(rowCount(QStringLiteral("review_notes")), 0);
    QCOMPARE(rowCount(QStringLiteral("review_answers")), answers - 1);
    QCOMPARE(store->find(kId, 1).value()->answers, state.answers);
}

void TestReviewStore::navigationIsStoredButNotAudited()
{
    const auto store = makeReviewStore(m_db);
    ReviewService service(Desk::over(m_db));
    ReviewState state = service.open(kId, 1, kActor, ChecklistTemplate::builtin()).value();
    const int events = auditCount(m_db);
    state.currentStep = ReviewStep::Security;
    QVERIFY(review::saveChanges(
                m_db, state,
                {{ReviewChange::Kind::Step, {}, {}, reviewStepCode(ReviewStep::Security)}}, kActor)
                .ok());
    QCOMPARE(auditCount(m_db), events);
    QCOMPARE(store->find(kId, 1).value()->currentStep, ReviewStep::Security);
}

void TestReviewStore::otherStatusesOpenTheExistingReviewUnchanged()
{
    const auto store = makeReviewStore(m_db);
    ReviewService service(Desk::over(m_db));
    const ReviewState started = service.open(kId, 1, kActor, ChecklistTemplate::builtin()).value();
    auto moved =
        service.transition(kId, 1, workflow::Action::SubmitForApproval, Decision::None, kActor);
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().toString()));
    QCOMPARE(moved.value(), CaseStatus::AwaitingApproval);
    const int events = auditCount(m_db);

    auto reopened = service.open(kId, 1, QStringLiteral("审批人"), ChecklistTemplate::builtin());
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->reviewId, started.reviewId);
    QCOMPARE(reopened->answers, started.answers);
    QCOMPARE(statusOf(kId, 1), CaseStatus::AwaitingApproval);
    QCOMPARE(auditCount(m_db), events);
}

void TestReviewStore::otherStatusesWithoutAReviewAreRefused()
{
    const auto applications = makeApplicationStore(m_db);
    QVERIFY(applications->setStatus(kId, 1, CaseStatus::Decided, Decision::Approved).ok());
    auto opened =
        ReviewService(Desk::over(m_db)).open(kId, 1, kActor, ChecklistTemplate::builtin());
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().toString().startsWith(kSubject));
    QCOMPARE(statusOf(kId, 1), CaseStatus::Decided);
    QCOMPARE(rowCount(QStringLiteral("reviews")), 0);
    QCOMPARE(rowCount(QStringLiteral("review_answers")), 0);
    QCOMPARE(auditCount(m_db), 0);
}

void TestReviewStore::transitionMovesTheCaseAndRecordsIt()
{
    const auto store = makeReviewStore(m_db);
    ReviewService service(Desk::over(m_db));
    QVERIFY(service.open(kId, 1, kActor, ChecklistTemplate::builtin()).ok());
    QVERIFY(service
                .transition(kId, 1, workflow::Action::SubmitForApproval, Decision::None, kActor,
                            {{QStringLiteral("note"), QStringLiteral("请审批")}})
                .ok());
    auto agreed = service.transition(kId, 1, workflow::Action::Agree, Decision::Approved,
                                     QStringLiteral("审批人"));
    QVERIFY2(agreed.ok(), qPrintable(agreed.ok() ? QString() : agreed.error().toString()));
    QCOMPARE(agreed.value(), CaseStatus::Decided);
    QCOMPARE(statusOf(kId, 1), CaseStatus::Decided);
    QCOMPARE(decisionOf(kId, 1), Decision::Approved);

    const auto events = makeAuditTrail(m_db)->events(kSubject).value();
    QCOMPARE(events.at(events.size() - 2).action,
             QStringLiteral("case.") + workflow::actionCode(workflow::Action::SubmitForApproval));
    const AuditEvent &submitted = events.at(events.size() - 2);
    QCOMPARE(submitted.detail.value(QStringLiteral("note")).toString(), QStringLiteral("请审批"));
    QCOMPARE(submitted.detail.value(QStringLiteral("from")).toString(),
             QStringLiteral("in_review"));
    QCOMPARE(submitted.detail.value(QStringLiteral("to")).toString(),
             QStringLiteral("awaiting_approval"));
    const AuditEvent &agreedEvent = events.last();
    QCOMPARE(agreedEvent.action,
             QStringLiteral("case.") + workflow::actionCode(workflow::Action::Agree));
    QCOMPARE(agreedEvent.actor, QStringLiteral("审批人"));
    QCOMPARE(agreedEvent.detail.value(QStringLiteral("decision")).toString(),
             QStringLiteral("approved"));

    // Sign keeps the decision.
    QCOMPARE(service.transition(kId, 1, workflow::Action::Sign, Decision::None, kActor).value(),
             CaseStatus::Signed);
    QCOMPARE(decisionOf(kId, 1), Decision::Approved);
    QVERIFY(makeAuditTrail(m_db)->verifyAll().value().intact);
}

void TestReviewStore::transitionRefusalsChangeNothing()
{
    const auto store = makeReviewStore(m_db);
    ReviewService service(Desk::over(m_db));
    const int events = auditCount(m_db);

    // Received: only StartReview is allowed.
    auto refused =
        service.transition(kId, 1, workflow::Action::SubmitForApproval, Decision::None, kActor);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().toString().startsWith(kSubject),
             qPrintable(refused.error().toString()));
    QVERIFY(!refused.error().what.isEmpty());
    QCOMPARE(statusOf(kId, 1), CaseStatus::Received);
    QCOMPARE(auditCount(m_db), events);

    QVERIFY(service.open(kId, 1, kActor, ChecklistTemplate::builtin()).ok());
    const int started = auditCount(m_db);
    QVERIFY(
        !service.transition(kId, 1, workflow::Action::StartReview, Decision::None, kActor).ok());
    QVERIFY(!service.transition(kId, 1, workflow::Action::Agree, Decision::Approved, kActor).ok());
    QVERIFY(service.transition(kId, 1, workflow::Action::SubmitForApproval, Decision::None, kActor)
                .ok());
    // The approver must decide something.
    QVERIFY(!service.transition(kId, 1, workflow::Action::Agree, Decision::None, kActor).ok());
    QVERIFY(!service.transition(kId, 1, workflow::Action::Sign, Decision::None, kActor).ok());
    QCOMPARE(statusOf(kId, 1), CaseStatus::AwaitingApproval);
    QCOMPARE(decisionOf(kId, 1), Decision::None);
    QCOMPARE(auditCount(m_db), started + 1);

    QVERIFY(
        !service.transition(kId, 9, workflow::Action::StartReview, Decision::None, kActor).ok());
}

// Two approvers read the case awaiting approval; the first agrees. The second's write, based
// on what it read, must not move the case again (on the server it waits for the first's
// commit, then finds the status changed): officeserver's race runs this across processes.
void TestReviewStore::statusWrittenFromAStaleReadIsRefused()
{
    const auto store = makeReviewStore(m_db);
    ReviewService service(Desk::over(m_db));
    QVERIFY(service.open(kId, 1, kActor, ChecklistTemplate::builtin()).ok());
    QVERIFY(service.transition(kId, 1, workflow::Action::SubmitForApproval, Decision::None, kActor)
                .ok());
    const auto stale = store->caseRow(kId, 1);
    QVERIFY(stale.ok());
    QCOMPARE(stale->status, CaseStatus::AwaitingApproval);
    QVERIFY(
        store->writeCaseStatus(stale->pk, stale->status, CaseStatus::Decided, Decision::Approved)
            .ok());
    const auto second =
        store->writeCaseStatus(stale->pk, stale->status, CaseStatus::Decided, Decision::Rejected);
    QVERIFY(!second.ok());
    QVERIFY2(second.error().what.contains(QStringLiteral("another officer moved this case")),
             qPrintable(second.error().toString()));
    QCOMPARE(decisionOf(kId, 1), Decision::Approved);
}

void TestReviewStore::signedReviewsRefuseEditsButKeepTheStep()
{
    const auto store = makeReviewStore(m_db);
    ReviewService service(Desk::over(m_db));
    ReviewState state = service.open(kId, 1, kActor, ChecklistTemplate::builtin()).value();
    QVERIFY(service.transition(kId, 1, workflow::Action::SubmitForApproval, Decision::None, kActor)
                .ok());
    QVERIFY(service
                .transition(kId, 1, workflow::Action::Agree, Decision::Approved,
                            QStringLiteral("审批人"))
                .ok());
    // Decided but not yet signed: the approver's notes are still written.
    state.notes.insert(QStringLiteral("approval.decision"), QStringLiteral("同意"));
    QVERIFY(review::saveChanges(m_db, state,
                                {{ReviewChange::Kind::Note,
                                  QStringLiteral("approval.decision"),
                                  {},
                                  QStringLiteral("同意")}},
                                QStringLiteral("审批人"))
                .ok());
    QVERIFY(service.transition(kId, 1, workflow::Action::Sign, Decision::None, kActor).ok());

    const int events = auditCount(m_db);
    state.notes.insert(QStringLiteral("formal.note"), QStringLiteral("签署后修改"));
    const Status refused = review::saveChanges(
        m_db, state,
        {{ReviewChange::Kind::Note, QStringLiteral("formal.note"), {}, QStringLiteral("x")}},
        kActor);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().where, kSubject);
    QVERIFY2(refused.error().what.contains(QLatin1String("read-only")),
             qPrintable(refused.error().what));
    QCOMPARE(auditCount(m_db), events);
    QVERIFY(!store->find(kId, 1).value()->notes.contains(QStringLiteral("formal.note")));

    state.currentStep = ReviewStep::Decision; // reading a signed review still moves around
    QVERIFY(review::saveChanges(
                m_db, state,
                {{ReviewChange::Kind::Step, {}, {}, reviewStepCode(ReviewStep::Decision)}}, kActor)
                .ok());
    QCOMPARE(store->find(kId, 1).value()->currentStep, ReviewStep::Decision);
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
