// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "common/approverkeys.h"
#include "common/completereview.h"
#include "review/approval.h"
#include "review/approvalact.h"
#include "review/returnnotice.h"
#include "review/reviewdocument.h"
#include "reviewfixtures.h"
#include "core/hashing.h"
#include "store/applicationstore.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/repositories.h"

using namespace gd;
using namespace gd::test;

namespace {

const QString kId = QStringLiteral("GZ-2026-0001");
const QString kSubject = QStringLiteral("GZ-2026-0001 v1");

officer::Profile officerNamed(const QString &name, bool reviewer, bool approver)
{
    officer::Profile profile;
    profile.name = name;
    profile.unit = QStringLiteral("审核科");
    profile.reviewer = reviewer;
    profile.approver = approver;
    return profile;
}

const officer::Profile kReviewer = officerNamed(QStringLiteral("张敏"), true, false);
const officer::Profile kApprover = officerNamed(QStringLiteral("王立"), false, true);

/** The events of @p subject with @p action, oldest first. */
QList<AuditEvent> eventsOf(const std::shared_ptr<Database> &db, const QString &action)
{
    QList<AuditEvent> found;
    const auto events = makeAuditTrail(db)->events(kSubject);
    if (!events)
        return found;
    for (const AuditEvent &event : *events) {
        if (event.action == action)
            found << event;
    }
    return found;
}

} // namespace

/** Four eyes: who may approve, the approver's step, sending back, and "waiting for me". */
class TestApproval final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusalRules_data();
    void refusalRules();
    void reviewerRules_data();
    void reviewerRules();
    void noteKeys();
    void reviewerCannotApproveOwnCase();
    void approverCannotEditTheReviewersAnswers();
    void approverCommentIsUndoable();
    void sendBackNeedsAReason();
    void sendBackRoundTrip();
    void agreeingToAReturnReturnsTheCase();
    void inboxWaitingForMe();
    void approverWithoutReviewerRoleCannotStartAReview();
    // Roles are proven, not declared (issue 12 item 4).
    void profileEditAloneCannotApprove();
    void keyNamingSomeoneElseIsRefused();
    void approverEqualToReviewerIsRefused();
    void signedActIsRecordedAndChecks();
    void signedSendBackIsRecorded();
    void signerRules();

private:
    std::unique_ptr<ReviewDocument> open(const officer::Profile &officer);
    /** 张敏 answers everything and submits with @p decision. */
    void submitAs(Decision decision);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    QTemporaryDir m_keys;
    package::Signer m_wangLi;   // the approver's key, trusted
    package::Signer m_zhangMin; // the reviewer's key, trusted
    std::unique_ptr<package::TrustStore> m_trust;
};

void TestApproval::initTestCase()
{
    QVERIFY(m_keys.isValid());
    auto wangLi = testing::officerSigner(QStringLiteral("王立"));
    auto zhangMin = testing::officerSigner(QStringLiteral("张敏"));
    QVERIFY(wangLi.ok() && zhangMin.ok());
    m_wangLi = wangLi.value();
    m_zhangMin = zhangMin.value();
    m_trust = std::make_unique<package::TrustStore>(
        testing::trusting(m_keys.filePath(QStringLiteral("trust")), m_wangLi));
    QVERIFY(m_trust->add(m_zhangMin.certificate).ok());
}

void TestApproval::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = gd::test::openTestDatabase(m_dir->filePath(QStringLiteral("approval.sqlite")));
    QVERIFY(db.ok());
    m_db = db.value();
    const QString imported = importExamples(m_db);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
}

void TestApproval::cleanup()
{
    m_db.reset();
}

std::unique_ptr<ReviewDocument> TestApproval::open(const officer::Profile &officer)
{
    auto doc = ReviewDocument::open(m_db, kId, 1, officer);
    if (!doc) {
        qWarning("%s", qUtf8Printable(doc.error().toString()));
        return {};
    }
    return std::move(doc).value();
}

void TestApproval::submitAs(Decision decision)
{
    auto doc = open(kReviewer);
    QVERIFY(doc);
    QVERIFY(!doc->isReadOnly());
    for (const ChecklistItem &item : doc->checklist().items) {
        ChecklistAnswer answer = doc->state().answers.value(item.id);
        if (answer.verdict == Verdict::None)
            answer.verdict = Verdict::Pass;
        answer.suggested = false;
        if (answer.rationale.isEmpty())
            answer.rationale = QStringLiteral("已核实：") + item.id;
        doc->setAnswer(item.id, answer);
    }
    QVERIFY(testing::completeOtherSteps(*doc));
    ProposedDecision proposal;
    proposal.decision = decision;
    proposal.opinion = QStringLiteral("经审核，提出建议。");
    if (decision == Decision::Returned)
        proposal.reasons << QStringLiteral("请补充合法性审查意见。");
    doc->setProposal(proposal);
    const Status submitted = doc->submitForApproval();
    QVERIFY2(submitted.ok(), qPrintable(submitted.ok() ? QString() : submitted.error().what));
    QCOMPARE(doc->status(), CaseStatus::AwaitingApproval);
}

void TestApproval::refusalRules_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("approver");
    QTest::addColumn<QString>("refusal"); // a part of the reason; empty: allowed

    const int awaiting = int(CaseStatus::AwaitingApproval);
    QTest::newRow("another approver") << awaiting << QStringLiteral("王立") << true << QString();
    QTest::newRow("own case") << awaiting << QStringLiteral("张敏") << true
                              << QStringLiteral("张敏 reviewed this case; another officer must "
                                                "approve it (four eyes)");
    QTest::newRow("no approver role")
        << awaiting << QStringLiteral("李娜") << false << QStringLiteral("approver role");
    QTest::newRow("in review") << int(CaseStatus::InReview) << QStringLiteral("王立") << true
                               << QStringLiteral("awaiting approval");
    QTest::newRow("decided") << int(CaseStatus::Decided) << QStringLiteral("王立") << true
                             << QStringLiteral("awaiting approval");
}

void TestApproval::refusalRules()
{
    QFETCH(int, status);
    QFETCH(QString, name);
    QFETCH(bool, approver);
    QFETCH(QString, refusal);
    ReviewState review;
    review.reviewer = QStringLiteral("张敏");
    const QString reason = approval::refusalReason(review, static_cast<CaseStatus>(status),
                                                   officerNamed(name, true, approver));
    if (refusal.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    else
        QVERIFY2(reason.contains(refusal), qPrintable(reason));
}

void TestApproval::reviewerRules_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reviewer"); // of the case
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("role");
    QTest::addColumn<QString>("refusal");

    const int inReview = int(CaseStatus::InReview);
    QTest::newRow("own review") << inReview << QStringLiteral("张敏") << QStringLiteral("张敏")
                                << true << QString();
    QTest::newRow("no reviewer yet")
        << inReview << QString() << QStringLiteral("张敏") << true << QString();
    QTest::newRow("someone else's") << inReview << QStringLiteral("张敏") << QStringLiteral("王立")
                                    << true << QStringLiteral("belongs to 张敏");
    QTest::newRow("no reviewer role")
        << inReview << QStringLiteral("张敏") << QStringLiteral("张敏") << false
        << QStringLiteral("reviewer role");
    QTest::newRow("awaiting approval")
        << int(CaseStatus::AwaitingApproval) << QStringLiteral("张敏") << QStringLiteral("张敏")
        << true << QStringLiteral("in review");
}

void TestApproval::reviewerRules()
{
    QFETCH(int, status);
    QFETCH(QString, reviewer);
    QFETCH(QString, name);
    QFETCH(bool, role);
    QFETCH(QString, refusal);
    ReviewState review;
    review.reviewer = reviewer;
    const QString reason = approval::reviewerRefusalReason(review, static_cast<CaseStatus>(status),
                                                           officerNamed(name, role, false));
    if (refusal.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    else
        QVERIFY2(reason.contains(refusal), qPrintable(reason));
}

void TestApproval::noteKeys()
{
    QCOMPARE(approval::commentKey(ReviewStep::Checklist), QStringLiteral("approval.checklist"));
    QCOMPARE(approval::commentKey(ReviewStep::Decision), QStringLiteral("approval.decision"));
    QCOMPARE(approval::sendBackKey(), QStringLiteral("approval.sendback"));
}

void TestApproval::reviewerCannotApproveOwnCase()
{
    submitAs(Decision::Approved);
    // 张敏 holds both roles, but reviewed this case.
    auto doc = open(officerNamed(QStringLiteral("张敏"), true, true));
    QVERIFY(doc);
    QVERIFY(!doc->canApprove());
    QVERIFY(doc->approvalRefusal().contains(QStringLiteral("four eyes")));
    const int events = auditCount(m_db);
    const Status agreed = doc->agree(m_zhangMin, *m_trust);
    QVERIFY(!agreed.ok());
    QCOMPARE(agreed.error().what, doc->approvalRefusal());
    QCOMPARE(doc->status(), CaseStatus::AwaitingApproval);
    QVERIFY(!doc->sendBack({QStringLiteral("x")}, m_zhangMin, *m_trust).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("comment ignored")));
    doc->setApproverComment(ReviewStep::Checklist, QStringLiteral("自己批自己"));
    QVERIFY(doc->approverComment(ReviewStep::Checklist).isEmpty());
    doc.reset();
    QCOMPARE(auditCount(m_db), events);
}

void TestApproval::approverCannotEditTheReviewersAnswers()
{
    submitAs(Decision::Approved);
    auto doc = open(kApprover);
    QVERIFY(doc);
    QVERIFY(doc->canApprove());
    QVERIFY(doc->isReadOnly());
    const ReviewState before = doc->state();
    const int events = auditCount(m_db);

    ChecklistAnswer fail;
    fail.verdict = Verdict::Fail;
    fail.rationale = QStringLiteral("复核改判");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read-only")));
    doc->setAnswer(QStringLiteral("plan-and-mode"), fail);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read-only")));
    doc->setNote(QStringLiteral("formal.note"), QStringLiteral("复核改写"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read-only")));
    doc->setProposal(ProposedDecision{});
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!doc->hasPendingChanges());
    QCOMPARE(doc->state().answers, before.answers);
    QCOMPARE(doc->state().notes, before.notes);
    QCOMPARE(doc->state().proposal, before.proposal);
    doc.reset();
    QCOMPARE(auditCount(m_db), events);
}

void TestApproval::approverCommentIsUndoable()
{
    submitAs(Decision::Approved);
    auto doc = open(kApprover);
    QVERIFY(doc);
    QSignalSpy notes(doc.get(), &ReviewDocument::noteChanged);
    doc->setApproverComment(ReviewStep::Security, QStringLiteral("等保测评报告"));
    doc->setApproverComment(ReviewStep::Security, QStringLiteral("等保测评报告需在有效期内"));
    QCOMPARE(doc->undoStack()->count(), 1); // typing merges
    QCOMPARE(doc->approverComment(ReviewStep::Security),
             QStringLiteral("等保测评报告需在有效期内"));
    QCOMPARE(notes.last().first().toString(), QStringLiteral("approval.security"));
    doc->undoStack()->undo();
    QVERIFY(doc->approverComment(ReviewStep::Security).isEmpty());
    doc->undoStack()->redo();
    QVERIFY(doc->saveNow().ok());
    const auto written = eventsOf(m_db, QStringLiteral("review.note"));
    QVERIFY(!written.isEmpty());
    QCOMPARE(written.last().actor, QStringLiteral("王立"));
    QCOMPARE(written.last().detail.value(QStringLiteral("key")).toString(),
             QStringLiteral("approval.security"));
}

void TestApproval::sendBackNeedsAReason()
{
    submitAs(Decision::Approved);
    auto doc = open(kApprover);
    QVERIFY(doc);
    QVERIFY(!doc->sendBack({}, m_wangLi, *m_trust).ok());
    QVERIFY(!doc->sendBack({QStringLiteral("  "), QString()}, m_wangLi, *m_trust).ok());
    QCOMPARE(doc->status(), CaseStatus::AwaitingApproval);
}

void TestApproval::sendBackRoundTrip()
{
    submitAs(Decision::Approved);
    {
        auto approver = open(kApprover);
        QVERIFY(approver);
        QSignalSpy status(approver.get(), &ReviewDocument::statusChanged);
        approver->setApproverComment(ReviewStep::Checklist, QStringLiteral("第 4 项理由不足"));
        const Status sent = approver->sendBack(
            {QStringLiteral("请补充最小必要的理由"), QStringLiteral("请核对登记编号")}, m_wangLi,
            *m_trust);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().what));
        QCOMPARE(approver->status(), CaseStatus::InReview);
        QCOMPARE(status.count(), 1);
        QCOMPARE(approver->undoStack()->count(), 0);
        QVERIFY(approver->isReadOnly()); // the review is 张敏's again
        QVERIFY(!approver->canApprove());
    }
    const auto sentBack = eventsOf(m_db, QStringLiteral("case.send_back"));
    QCOMPARE(sentBack.size(), 1);
    QCOMPARE(sentBack.first().actor, QStringLiteral("王立"));
    QCOMPARE(sentBack.first().detail.value(QStringLiteral("reasons")).toArray().size(), 2);

    {
        // The reviewer sees the comments and reasons, cannot change them, and resubmits.
        auto reviewer = open(kReviewer);
        QVERIFY(reviewer);
        QVERIFY(!reviewer->isReadOnly());
        QCOMPARE(reviewer->approverComment(ReviewStep::Checklist),
                 QStringLiteral("第 4 项理由不足"));
        QCOMPARE(reviewer->state().notes.value(approval::sendBackKey()),
                 QStringLiteral("请补充最小必要的理由\n请核对登记编号"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("approver")));
        reviewer->setNote(QStringLiteral("approval.checklist"), QStringLiteral("删掉"));
        QCOMPARE(reviewer->approverComment(ReviewStep::Checklist),
                 QStringLiteral("第 4 项理由不足"));
        ChecklistAnswer answer =
            reviewer->state().answers.value(QStringLiteral("minimum-necessary"));
        answer.rationale = QStringLiteral("各字段均用于航线避障，已逐项说明。");
        reviewer->setAnswer(QStringLiteral("minimum-necessary"), answer);
        QVERIFY(reviewer->submitForApproval().ok());
        QCOMPARE(reviewer->status(), CaseStatus::AwaitingApproval);
    }
    {
        // The old comments stay visible to the approver, who now agrees.
        auto approver = open(kApprover);
        QVERIFY(approver);
        QCOMPARE(approver->approverComment(ReviewStep::Checklist),
                 QStringLiteral("第 4 项理由不足"));
        QVERIFY(approver->agree(m_wangLi, *m_trust).ok());
        QCOMPARE(approver->status(), CaseStatus::Decided);
    }
    const auto versions = makeApplicationStore(m_db)->versions(kId);
    QVERIFY(versions.ok());
    QCOMPARE(versions->first().status, CaseStatus::Decided);
    QCOMPARE(versions->first().decision, Decision::Approved);

    const auto submits = eventsOf(m_db, QStringLiteral("case.submit"));
    QCOMPARE(submits.size(), 2);
    for (const AuditEvent &event : submits)
        QCOMPARE(event.actor, QStringLiteral("张敏"));
    const auto agreed = eventsOf(m_db, QStringLiteral("case.agree"));
    QCOMPARE(agreed.size(), 1);
    QCOMPARE(agreed.first().actor, QStringLiteral("王立"));
    QCOMPARE(agreed.first()
                 .detail.value(QStringLiteral("comments"))
                 .toObject()
                 .value(QStringLiteral("checklist"))
                 .toString(),
             QStringLiteral("第 4 项理由不足"));
    QVERIFY(makeAuditTrail(m_db)->verifyAll().ok());
}

void TestApproval::agreeingToAReturnReturnsTheCase()
{
    submitAs(Decision::Returned);
    auto approver = open(kApprover);
    QVERIFY(approver);
    QSignalSpy status(approver.get(), &ReviewDocument::statusChanged);
    QVERIFY(approver->agree(m_wangLi, *m_trust).ok());
    QCOMPARE(approver->status(), CaseStatus::Returned);
    QCOMPARE(status.count(), 1);
    const auto versions = makeApplicationStore(m_db)->versions(kId);
    QVERIFY(versions.ok());
    QCOMPARE(versions->first().status, CaseStatus::Returned);
    QCOMPARE(versions->first().decision, Decision::Returned);
    const auto returned = eventsOf(m_db, QStringLiteral("case.return"));
    QCOMPARE(returned.size(), 1);
    QCOMPARE(returned.first().actor, QStringLiteral("王立"));

    // What goes back to the applicant: number, version, scenario, reasons, failed items,
    // the version to resubmit and the date.
    ReviewState review = approver->state();
    ChecklistAnswer fail;
    fail.verdict = Verdict::Fail;
    fail.rationale = QStringLiteral("未附合法性审查意见 <缺>");
    review.answers.insert(QStringLiteral("legality-review"), fail);
    const QString text = returnNoticeText(approver->application(), review, QDate(2026, 6, 15));
    QVERIFY(text.contains(kId));
    QVERIFY(text.contains(QStringLiteral("version 1")));
    QVERIFY(text.contains(QStringLiteral("version number 2")));
    QVERIFY(text.contains(approver->application().scenario.name));
    QVERIFY(text.contains(QStringLiteral("请补充合法性审查意见。")));
    QVERIFY(text.contains(QStringLiteral("Item 7: ")));
    QVERIFY(text.contains(QStringLiteral("未附合法性审查意见 <缺>")));
    QVERIFY(text.contains(QStringLiteral("2026")));
    const QString html = returnNoticeHtml(approver->application(), review, QDate(2026, 6, 15));
    QVERIFY(html.contains(QStringLiteral("未附合法性审查意见 &lt;缺&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<缺>")));
}

void TestApproval::inboxWaitingForMe()
{
    const auto store = makeApplicationStore(m_db);
    const auto count = [&](InboxQuery::Waiting waiting, const QString &officer,
                           const QString &search = {}) {
        InboxQuery query;
        query.waitingFor = waiting;
        query.officer = officer;
        query.search = search;
        const auto counted = store->count(query);
        const auto rows = store->rows(query, 0, 100);
        if (!counted || !rows || rows->size() != *counted)
            return -1;
        return *counted;
    };
    using W = InboxQuery::Waiting;
    QCOMPARE(count(W::Anyone, {}), 3);
    QCOMPARE(count(W::Reviewer, QStringLiteral("张敏")), 3); // all received
    QCOMPARE(count(W::Approver, QStringLiteral("王立")), 0);

    open(kReviewer).reset(); // 张敏 takes GZ-2026-0001 into review
    QCOMPARE(count(W::Reviewer, QStringLiteral("张敏")), 3);
    QCOMPARE(count(W::Reviewer, QStringLiteral("王立")), 2); // not someone else's review

    submitAs(Decision::Approved);
    QCOMPARE(count(W::Reviewer, QStringLiteral("张敏")), 2);
    QCOMPARE(count(W::Approver, QStringLiteral("王立")), 1);
    QCOMPARE(count(W::Approver, QStringLiteral("张敏")), 0); // four eyes
    // With a full-text search the count is not taken from the index alone.
    QCOMPARE(count(W::Anyone, {}, QStringLiteral("低空物流")), 1);
    QCOMPARE(count(W::Approver, QStringLiteral("张敏"), QStringLiteral("低空物流")), 0);
    QCOMPARE(count(W::Approver, QStringLiteral("王立"), QStringLiteral("低空物流")), 1);
}

void TestApproval::approverWithoutReviewerRoleCannotStartAReview()
{
    auto doc = ReviewDocument::open(m_db, kId, 1, kApprover);
    QVERIFY(!doc.ok());
    QVERIFY(doc.error().what.contains(QStringLiteral("reviewer role")));
    const auto versions = makeApplicationStore(m_db)->versions(kId);
    QVERIFY(versions.ok());
    QCOMPARE(versions->first().status, CaseStatus::Received);
}

void TestApproval::profileEditAloneCannotApprove()
{
    // The reproduction: 李娜 ticks "approver" in her profile. She has no trusted key, so
    // neither her own self-made key nor one she made naming 王立 agrees or sends back.
    submitAs(Decision::Approved);
    auto doc = open(officerNamed(QStringLiteral("李娜"), false, true));
    QVERIFY(doc);
    QVERIFY(doc->canApprove()); // the declared role shows the approval box, nothing more
    auto own = testing::officerSigner(QStringLiteral("李娜"));
    auto forged = testing::officerSigner(QStringLiteral("王立"));
    QVERIFY(own.ok() && forged.ok());
    const int events = auditCount(m_db);
    for (const package::Signer &key : {own.value(), forged.value()}) {
        const Status agreed = doc->agree(key, *m_trust);
        QVERIFY(!agreed.ok());
        QVERIFY2(agreed.error().what.contains(QStringLiteral("is not trusted")),
                 qPrintable(agreed.error().what));
        QVERIFY(!doc->sendBack({QStringLiteral("理由")}, key, *m_trust).ok());
    }
    // Without any key in the trust store, not even the real approver's.
    QTemporaryDir empty;
    const package::TrustStore nobody(empty.path());
    QVERIFY(!doc->agree(m_wangLi, nobody).ok());
    QCOMPARE(doc->status(), CaseStatus::AwaitingApproval);
    QVERIFY(doc->state().notes.value(approval::sendBackKey()).isEmpty());
    doc.reset();
    QCOMPARE(auditCount(m_db), events);
    QCOMPARE(makeApplicationStore(m_db)->versions(kId)->first().status,
             CaseStatus::AwaitingApproval);
}

void TestApproval::keyNamingSomeoneElseIsRefused()
{
    // 王立 holds 李娜's key, trusted by the office: it names someone else.
    submitAs(Decision::Approved);
    auto liNa = testing::officerSigner(QStringLiteral("李娜"));
    QVERIFY(liNa.ok());
    QVERIFY(m_trust->add(liNa->certificate).ok());
    auto doc = open(kApprover);
    QVERIFY(doc);
    const int events = auditCount(m_db);
    const Status agreed = doc->agree(liNa.value(), *m_trust);
    QVERIFY(!agreed.ok());
    QCOMPARE(agreed.error().what,
             QStringLiteral("the key's certificate names 李娜, not the approver 王立: an officer "
                            "signs only with their own key"));
    QVERIFY(!doc->sendBack({QStringLiteral("理由")}, liNa.value(), *m_trust).ok());
    // A key that is not the certificate's: 王立's certificate with 李娜's private key.
    const package::Signer mismatched{liNa->key, m_wangLi.certificate};
    const Status mixed = doc->agree(mismatched, *m_trust);
    QVERIFY(!mixed.ok());
    QVERIFY2(mixed.error().what.contains(QStringLiteral("not the certificate's")),
             qPrintable(mixed.error().what));
    QCOMPARE(doc->status(), CaseStatus::AwaitingApproval);
    doc.reset();
    QCOMPARE(auditCount(m_db), events);
    QVERIFY(m_trust->remove(liNa->certificate.sha256()).ok());
}

void TestApproval::approverEqualToReviewerIsRefused()
{
    submitAs(Decision::Approved);
    // The reviewer's own trusted key, used by an officer whose profile says 王立.
    auto doc = open(kApprover);
    QVERIFY(doc);
    const Status agreed = doc->agree(m_zhangMin, *m_trust);
    QVERIFY(!agreed.ok());
    QVERIFY2(agreed.error().what.contains(QStringLiteral("names 张敏")),
             qPrintable(agreed.error().what));
    doc.reset();
    // A profile spelling the reviewer's name with a compatibility character (U+FA41 is 敏
    // after NFKC) is still the reviewer.
    auto twin = open(officerNamed(QStringLiteral("张\uFA41"), false, true));
    QVERIFY(twin);
    QVERIFY(twin->approvalRefusal().contains(QStringLiteral("four eyes")));
    QVERIFY(!twin->agree(m_zhangMin, *m_trust).ok());
    QCOMPARE(twin->status(), CaseStatus::AwaitingApproval);
}

void TestApproval::signedActIsRecordedAndChecks()
{
    submitAs(Decision::Approved);
    auto doc = open(kApprover);
    QVERIFY(doc);
    QVERIFY(doc->signerRefusal(m_wangLi.certificate, *m_trust).isEmpty());
    const Status agreed = doc->agree(m_wangLi, *m_trust);
    QVERIFY2(agreed.ok(), qPrintable(agreed.ok() ? QString() : agreed.error().what));
    const auto events = eventsOf(m_db, QStringLiteral("case.agree"));
    QCOMPARE(events.size(), 1);
    const QJsonObject detail = events.first().detail;
    const QJsonObject signature = detail.value(QStringLiteral("signature")).toObject();
    QCOMPARE(signature.value(QStringLiteral("certSha256")).toString(),
             m_wangLi.certificate.sha256());
    const QJsonObject statement = signature.value(QStringLiteral("statement")).toObject();
    QCOMPARE(statement.value(QStringLiteral("applicationId")).toString(), kId);
    QCOMPARE(statement.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(statement.value(QStringLiteral("action")).toString(), QStringLiteral("agree"));
    QCOMPARE(statement.value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
    QCOMPARE(statement.value(QStringLiteral("approver")).toString(), QStringLiteral("王立"));
    QCOMPARE(statement.value(QStringLiteral("opinionSha256")).toString(),
             hashing::sha256Hex(QStringLiteral("经审核，提出建议。").toUtf8()));
    QVERIFY(!statement.value(QStringLiteral("at")).toString().isEmpty());

    // Checked later from the audit trail alone.
    auto signer = approval::verifyAct(detail, kId, 1, workflow::Action::Agree);
    QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : signer.error().toString()));
    QCOMPARE(signer->sha256(), m_wangLi.certificate.sha256());
    QVERIFY(!approval::verifyAct(detail, kId, 2, workflow::Action::Agree).ok());
    QVERIFY(!approval::verifyAct(detail, kId, 1, workflow::Action::SendBack).ok());
    // Any change to what was signed breaks the signature.
    QJsonObject forgedStatement = statement;
    forgedStatement.insert(QStringLiteral("decision"), QStringLiteral("rejected"));
    QJsonObject forgedSignature = signature;
    forgedSignature.insert(QStringLiteral("statement"), forgedStatement);
    QJsonObject forged = detail;
    forged.insert(QStringLiteral("signature"), forgedSignature);
    const auto broken = approval::verifyAct(forged, kId, 1, workflow::Action::Agree);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().where.endsWith(QStringLiteral("signature.value")),
             qPrintable(broken.error().toString()));
    // An unsigned agreement (as before this rule, or written past GrantDesk) is named so.
    const auto unsigned_ = approval::verifyAct(QJsonObject{}, kId, 1, workflow::Action::Agree);
    QVERIFY(!unsigned_.ok());
    QVERIFY(unsigned_.error().what.contains(QStringLiteral("not signed")));
    QVERIFY(makeAuditTrail(m_db)->verifyAll().ok());
}

void TestApproval::signedSendBackIsRecorded()
{
    submitAs(Decision::Approved);
    auto doc = open(kApprover);
    QVERIFY(doc);
    const QStringList reasons{QStringLiteral("请补充最小必要的理由")};
    QVERIFY(doc->sendBack(reasons, m_wangLi, *m_trust).ok());
    const auto events = eventsOf(m_db, QStringLiteral("case.send_back"));
    QCOMPARE(events.size(), 1);
    const QJsonObject statement = events.first()
                                      .detail.value(QStringLiteral("signature"))
                                      .toObject()
                                      .value(QStringLiteral("statement"))
                                      .toObject();
    QCOMPARE(statement.value(QStringLiteral("action")).toString(), QStringLiteral("send_back"));
    QCOMPARE(statement.value(QStringLiteral("reasonsSha256")).toString(),
             hashing::sha256Hex(reasons.first().toUtf8()));
    QVERIFY(approval::verifyAct(events.first().detail, kId, 1, workflow::Action::SendBack).ok());
}

void TestApproval::signerRules()
{
    ReviewState review;
    review.applicationId = kId;
    review.version = 1;
    review.reviewer = QStringLiteral("张敏");
    const auto trusted = m_trust->certificates();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(
        approval::signerProblem(m_wangLi.certificate, review, QStringLiteral("王立"), trusted, now)
            .isEmpty());
    QVERIFY(approval::signerProblem({}, review, QStringLiteral("王立"), trusted, now)
                .contains(QStringLiteral("no signing certificate")));
    QVERIFY(approval::signerProblem(m_wangLi.certificate, review, QStringLiteral("王立"), trusted,
                                    now.addYears(2))
                .contains(QStringLiteral("not valid now")));
    QVERIFY(approval::signerProblem(m_wangLi.certificate, review, QStringLiteral("王\u200b立"),
                                    trusted, now)
                .contains(QStringLiteral("U+200B")));
    QVERIFY(approval::signerProblem(m_zhangMin.certificate, review, QStringLiteral("张敏"), trusted,
                                    now)
                .contains(QStringLiteral("four eyes")));
    QVERIFY(approval::signerProblem(m_wangLi.certificate, review, QString(), trusted, now)
                .contains(QStringLiteral("officer profile")));
}

QTEST_GUILESS_MAIN(TestApproval)
#include "tst_approval.moc"
