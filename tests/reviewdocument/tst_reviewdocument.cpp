// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "common/completereview.h"
#include "reviewfixtures.h"
#include "review/checklisttemplate.h"
#include "review/reviewdocument.h"
#include "review/reviewrules.h"
#include "store/applicationstore.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/reviewstore.h"
#include "store/sql/connection.h"
#include "store/repositories.h"

using namespace gd;
using namespace gd::test;

namespace {
const QString kId = QStringLiteral("GZ-2026-0001");
const QString kActor = QStringLiteral("王审核");
const QString kItem = QStringLiteral("plan-and-mode"); // item 1, no suggestion for it
const QString kNote = QStringLiteral("formal.note");

ChecklistAnswer pass(const QString &rationale = {})
{
    ChecklistAnswer answer;
    answer.verdict = Verdict::Pass;
    answer.rationale = rationale;
    return answer;
}
} // namespace

/** One open review: undo commands, merging, autosave, persistence and submission. */
class TestReviewDocument final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensInReviewWithSuggestions();
    void undoRedoVerdict();
    void undoRedoRationaleAndEvidence();
    void confirmingASuggestionIsUndoable();
    void undoRedoNote();
    void undoRedoProposalFields();
    void consecutiveTextEditsMerge();
    void differentEditsDoNotMerge();
    void typingBackToTheStartLeavesNothingToUndo();
    void unchangedValuesPushNothing();
    void persistsAcrossAReopenedDatabase();
    void undoneEditsAreSavedToo();
    void autosavesWithoutBeingAsked();
    void autosaveRecordsOneEventPerSavedChange();
    void destructorSavesPendingEdits();
    void submitIsRefusedWhileSomethingIsMissing();
    void submitWhenCompleteMakesTheDocumentReadOnly();
    void readOnlyDocumentIgnoresEdits();
    void submitDropsListsOfAnotherDecision();
    void reviewKeepsTheTemplateItStartedWith();
    void concurrentEditIsReportedNotLost();
    void reloadShowsAnotherOfficersSave();

private:
    std::unique_ptr<ReviewDocument> openDocument(const QString &id = kId, int version = 1);
    void completeReview(ReviewDocument &doc);
    QString dbPath() const { return m_dir->filePath(QStringLiteral("review.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestReviewDocument::init()
{
    m_db.reset(); // before its folder goes
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = gd::test::openTestDatabase(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    m_db = db.value();
    const QString imported = importExamples(m_db);
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
}

void TestReviewDocument::cleanup()
{
    m_db.reset();
}

std::unique_ptr<ReviewDocument> TestReviewDocument::openDocument(const QString &id, int version)
{
    auto doc = ReviewDocument::open(m_db, id, version, kActor);
    if (!doc) {
        qWarning("%s", qUtf8Printable(doc.error().toString()));
        return {};
    }
    return std::move(doc).value();
}

void TestReviewDocument::completeReview(ReviewDocument &doc)
{
    for (const ChecklistItem &item : doc.checklist().items) {
        ChecklistAnswer answer = doc.state().answers.value(item.id);
        if (answer.verdict == Verdict::None)
            answer.verdict = Verdict::Pass;
        answer.suggested = false; // confirmed
        if (answer.rationale.isEmpty())
            answer.rationale = QStringLiteral("已核实：") + item.id;
        doc.setAnswer(item.id, answer);
    }
    QVERIFY(testing::completeOtherSteps(doc));
    ProposedDecision proposal;
    proposal.decision = Decision::Approved;
    proposal.opinion = QStringLiteral("经审核，同意授权。");
    doc.setProposal(proposal);
}

void TestReviewDocument::opensInReviewWithSuggestions()
{
    auto doc = openDocument();
    QVERIFY(doc);
    QCOMPARE(doc->status(), CaseStatus::InReview);
    QVERIFY(!doc->isReadOnly());
    QCOMPARE(doc->application().id, kId);
    QCOMPARE(doc->resources().size(), doc->application().resources.size());
    QVERIFY(!doc->checklist().items.isEmpty());
    QVERIFY(!doc->state().answers.isEmpty());
    for (const ChecklistAnswer &answer : doc->state().answers)
        QVERIFY(answer.suggested);
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(doc->undoStack()->isClean());
    QVERIFY(!doc->hasPendingChanges());
}

void TestReviewDocument::undoRedoVerdict()
{
    auto doc = openDocument();
    QVERIFY(doc);
    QSignalSpy changed(doc.get(), &ReviewDocument::answerChanged);

    doc->setAnswer(kItem, pass());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).toString(), kItem);
    QCOMPARE(doc->state().answers.value(kItem).verdict, Verdict::Pass);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Change verdict of item 1"));
    QVERIFY(doc->hasPendingChanges());

    ChecklistAnswer fail = pass();
    fail.verdict = Verdict::Fail;
    doc->setAnswer(kItem, fail);
    QCOMPARE(doc->undoStack()->count(), 2); // verdict changes never merge

    doc->undoStack()->undo();
    QCOMPARE(doc->state().answers.value(kItem).verdict, Verdict::Pass);
    doc->undoStack()->undo();
    QVERIFY(!doc->state().answers.contains(kItem));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.last().at(0).toString(), kItem);

    doc->undoStack()->redo();
    doc->undoStack()->redo();
    QCOMPARE(doc->state().answers.value(kItem), fail);
    QCOMPARE(changed.count(), 5);
}

void TestReviewDocument::undoRedoRationaleAndEvidence()
{
    auto doc = openDocument();
    QVERIFY(doc);
    doc->setAnswer(kItem, pass());
    QSignalSpy changed(doc.get(), &ReviewDocument::answerChanged);

    ChecklistAnswer withRationale = pass(QStringLiteral("方案已批复"));
    doc->setAnswer(kItem, withRationale);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Edit rationale of item 1"));

    ChecklistAnswer withEvidence = withRationale;
    withEvidence.evidence = {doc->application().attachments.value(0).sha256};
    QVERIFY(!withEvidence.evidence.first().isEmpty());
    doc->setAnswer(kItem, withEvidence);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Change evidence of item 1"));
    QCOMPARE(doc->undoStack()->count(), 3);
    QCOMPARE(changed.count(), 2);

    doc->undoStack()->undo();
    QCOMPARE(doc->state().answers.value(kItem), withRationale);
    doc->undoStack()->undo();
    QCOMPARE(doc->state().answers.value(kItem), pass());
    QCOMPARE(changed.count(), 4);
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    QCOMPARE(doc->state().answers.value(kItem), withEvidence);
    QCOMPARE(changed.count(), 6);
}

void TestReviewDocument::confirmingASuggestionIsUndoable()
{
    auto doc = openDocument();
    QVERIFY(doc);
    const QString item = doc->state().answers.keys().value(0);
    const ChecklistAnswer suggestion = doc->state().answers.value(item);
    QVERIFY(suggestion.suggested);
    ChecklistAnswer confirmed = suggestion;
    confirmed.suggested = false;
    doc->setAnswer(item, confirmed);
    QVERIFY(doc->undoStack()->undoText().startsWith(QLatin1String("Confirm suggestion for item")));
    QVERIFY(!doc->state().answers.value(item).suggested);
    doc->undoStack()->undo();
    QCOMPARE(doc->state().answers.value(item), suggestion);
}

void TestReviewDocument::undoRedoNote()
{
    auto doc = openDocument();
    QVERIFY(doc);
    QSignalSpy changed(doc.get(), &ReviewDocument::noteChanged);
    doc->setNote(kNote, QStringLiteral("材料齐全"));
    doc->setNote(QStringLiteral("security.findings"), QStringLiteral("无"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toString(), kNote);
    QCOMPARE(doc->undoStack()->count(), 2);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Edit note"));

    doc->undoStack()->undo();
    QVERIFY(!doc->state().notes.contains(QStringLiteral("security.findings")));
    QCOMPARE(changed.last().at(0).toString(), QStringLiteral("security.findings"));
    doc->undoStack()->undo();
    QVERIFY(doc->state().notes.isEmpty());
    doc->undoStack()->redo();
    QCOMPARE(doc->state().notes.value(kNote), QStringLiteral("材料齐全"));
    QCOMPARE(changed.count(), 5);
}

void TestReviewDocument::undoRedoProposalFields()
{
    auto doc = openDocument();
    QVERIFY(doc);
    QSignalSpy changed(doc.get(), &ReviewDocument::proposalChanged);

    ProposedDecision p;
    p.decision = Decision::ConditionallyApproved;
    doc->setProposal(p);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Change proposed decision"));
    const ProposedDecision decided = p;
    p.conditions = {QStringLiteral("每季度报送")};
    doc->setProposal(p);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Edit conditions"));
    const ProposedDecision withCondition = p;
    p.opinion = QStringLiteral("同意附条件授权。");
    doc->setProposal(p);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Edit review opinion"));
    p.decision = Decision::Rejected;
    p.reasons = {QStringLiteral("资源未登记")};
    doc->setProposal(p);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(doc->undoStack()->count(), 4);

    doc->undoStack()->undo();
    QCOMPARE(doc->state().proposal.decision, Decision::ConditionallyApproved);
    QVERIFY(doc->state().proposal.reasons.isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(doc->state().proposal, withCondition);
    doc->undoStack()->undo();
    QCOMPARE(doc->state().proposal, decided);
    doc->undoStack()->undo();
    QCOMPARE(doc->state().proposal, ProposedDecision{});
    QCOMPARE(changed.count(), 8);
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    QCOMPARE(doc->state().proposal, p);
}

void TestReviewDocument::consecutiveTextEditsMerge()
{
    auto doc = openDocument();
    QVERIFY(doc);
    // Typing a note one character at a time is one undo step.
    const QString text = QStringLiteral("申请材料齐全");
    for (int i = 1; i <= text.size(); ++i)
        doc->setNote(kNote, text.left(i));
    QCOMPARE(doc->undoStack()->count(), 1);

    // So is typing a rationale after choosing the verdict (which is its own step).
    doc->setAnswer(kItem, pass());
    const QString rationale = QStringLiteral("方案已批复");
    for (int i = 1; i <= rationale.size(); ++i)
        doc->setAnswer(kItem, pass(rationale.left(i)));
    QCOMPARE(doc->undoStack()->count(), 3);

    // And the opinion.
    ProposedDecision p;
    p.decision = Decision::Approved;
    doc->setProposal(p);
    for (const QString &typed :
         {QStringLiteral("同"), QStringLiteral("同意"), QStringLiteral("同意授权")}) {
        p.opinion = typed;
        doc->setProposal(p);
    }
    QCOMPARE(doc->undoStack()->count(), 5);

    doc->undoStack()->undo();
    QVERIFY(doc->state().proposal.opinion.isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(doc->state().proposal, ProposedDecision{});
    doc->undoStack()->undo();
    QCOMPARE(doc->state().answers.value(kItem), pass());
    doc->undoStack()->undo();
    QVERIFY(!doc->state().answers.contains(kItem));
    doc->undoStack()->undo();
    QVERIFY(!doc->state().notes.contains(kNote));
    doc->undoStack()->redo();
    QCOMPARE(doc->state().notes.value(kNote), text);
}

void TestReviewDocument::differentEditsDoNotMerge()
{
    auto doc = openDocument();
    QVERIFY(doc);
    doc->setNote(kNote, QStringLiteral("甲"));
    doc->setNote(QStringLiteral("security.findings"), QStringLiteral("乙"));
    doc->setNote(kNote, QStringLiteral("甲丙"));
    QCOMPARE(doc->undoStack()->count(), 3);

    doc->setAnswer(kItem, pass(QStringLiteral("理由")));
    doc->setAnswer(QStringLiteral("use-class"), pass(QStringLiteral("理由")));
    doc->setAnswer(kItem, pass(QStringLiteral("理由二")));
    QCOMPARE(doc->undoStack()->count(), 6);

    ProposedDecision p;
    p.conditions = {QStringLiteral("一"), QStringLiteral("二")};
    doc->setProposal(p);
    p.conditions[0] = QStringLiteral("一a");
    doc->setProposal(p);
    p.conditions[1] = QStringLiteral("二b"); // another condition: another step
    doc->setProposal(p);
    QCOMPARE(doc->undoStack()->count(), 9);
}

void TestReviewDocument::typingBackToTheStartLeavesNothingToUndo()
{
    auto doc = openDocument();
    QVERIFY(doc);
    doc->setNote(kNote, QStringLiteral("甲"));
    doc->setNote(kNote, QString());
    QCOMPARE(doc->undoStack()->count(), 0); // the merged command became obsolete
    QVERIFY(doc->state().notes.isEmpty());
    // And nothing is written.
    QVERIFY(!doc->hasPendingChanges());
}

void TestReviewDocument::unchangedValuesPushNothing()
{
    auto doc = openDocument();
    QVERIFY(doc);
    QSignalSpy changed(doc.get(), &ReviewDocument::answerChanged);
    const QString item = doc->state().answers.keys().value(0);
    doc->setAnswer(item, doc->state().answers.value(item));
    doc->setNote(kNote, QString());
    doc->setProposal(ProposedDecision{});
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!doc->hasPendingChanges());
}

// Two workstations (two connections) edit one note of one review: the second save is refused
// and names who stored what, both texts survive (theirs stored, this one pending), and the
// second officer's next edit is the merge, saved over theirs with their text as "before".
void TestReviewDocument::concurrentEditIsReportedNotLost()
{
    Database::Options second;
    second.lock = false; // the file's lock is per process; a server takes any connection
    auto otherDb = gd::test::openTestDatabase(dbPath(), second);
    QVERIFY2(otherDb.ok(), qPrintable(otherDb.ok() ? QString() : otherDb.error().toString()));
    auto mine = openDocument();
    QVERIFY(mine);
    auto opened = ReviewDocument::open(*otherDb, kId, 1, kActor);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    auto theirs = std::move(opened).value();
    const QString key = QStringLiteral("formal.note");

    theirs->setNote(key, QStringLiteral("材料齐全，盖章清晰"));
    QVERIFY(theirs->saveNow().ok());
    mine->setNote(key, QStringLiteral("附件三缺少签字页"));
    QSignalSpy failed(mine.get(), &ReviewDocument::saveFailed);
    const Status refused = mine->saveNow();
    QVERIFY(!refused.ok());
    const QString message = refused.error().toString();
    QVERIFY2(message.contains(QStringLiteral("材料齐全，盖章清晰")) &&
                 message.contains(QStringLiteral("附件三缺少签字页")) && message.contains(kActor),
             qPrintable(message));
    QCOMPARE(failed.count(), 1);
    QVERIFY(mine->hasPendingChanges());
    auto stored = makeReviewStore(m_db)->find(kId, 1);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->notes.value(key), QStringLiteral("材料齐全，盖章清晰"));

    // The merge: the officer edits the value having read both.
    mine->setNote(key, QStringLiteral("材料齐全，盖章清晰；附件三缺少签字页"));
    QVERIFY(mine->saveNow().ok());
    stored = makeReviewStore(m_db)->find(kId, 1);
    QCOMPARE((*stored)->notes.value(key), QStringLiteral("材料齐全，盖章清晰；附件三缺少签字页"));
    const auto events = makeAuditTrail(m_db)->events(QStringLiteral("%1 v1").arg(kId));
    QVERIFY(events.ok() && !events->isEmpty());
    QCOMPARE(events->last().detail.value(QStringLiteral("before")).toString(),
             QStringLiteral("材料齐全，盖章清晰"));
}

// An open review follows another officer's saves (the office server announces them): what
// differs is applied and signalled, the undo history goes (its steps would undo their save),
// and nothing is read over this officer's pending edits.
void TestReviewDocument::reloadShowsAnotherOfficersSave()
{
    Database::Options second;
    second.lock = false;
    auto otherDb = gd::test::openTestDatabase(dbPath(), second);
    QVERIFY(otherDb.ok());
    auto mine = openDocument();
    QVERIFY(mine);
    auto theirs = std::move(ReviewDocument::open(*otherDb, kId, 1, kActor)).value();
    mine->setNote(kNote, QStringLiteral("我的初稿"));
    QVERIFY(mine->saveNow().ok());
    QVERIFY(mine->undoStack()->canUndo());
    QVERIFY(!mine->reloadFromStore()); // nothing changed since

    QVERIFY(theirs->reloadFromStore()); // sees mine
    QCOMPARE(theirs->state().notes.value(kNote), QStringLiteral("我的初稿"));
    theirs->setNote(kNote, QStringLiteral("他人的修改"));
    theirs->setAnswer(kItem, pass(QStringLiteral("方案已批复")));
    QVERIFY(theirs->saveNow().ok());

    QSignalSpy notes(mine.get(), &ReviewDocument::noteChanged);
    QSignalSpy answers(mine.get(), &ReviewDocument::answerChanged);
    QVERIFY(mine->reloadFromStore());
    QCOMPARE(mine->state().notes.value(kNote), QStringLiteral("他人的修改"));
    QCOMPARE(mine->state().answers.value(kItem).rationale, QStringLiteral("方案已批复"));
    QCOMPARE(notes.count(), 1);
    QCOMPARE(answers.count(), 1);
    QVERIFY(!mine->undoStack()->canUndo());

    // Pending edits of mine are never read over: their save reports the conflict instead.
    theirs->setNote(kNote, QStringLiteral("第三稿"));
    QVERIFY(theirs->saveNow().ok());
    mine->setNote(kNote, QStringLiteral("我的第二稿"));
    QVERIFY(!mine->reloadFromStore());
    QCOMPARE(mine->state().notes.value(kNote), QStringLiteral("我的第二稿"));
}

void TestReviewDocument::persistsAcrossAReopenedDatabase()
{
    ReviewState before;
    {
        auto doc = openDocument();
        QVERIFY(doc);
        QSignalSpy steps(doc.get(), &ReviewDocument::currentStepChanged);
        doc->setAnswer(kItem, pass(QStringLiteral("方案已批复")));
        ChecklistAnswer na;
        na.verdict = Verdict::NotApplicable;
        na.rationale = QStringLiteral("不涉及");
        na.evidence = {doc->application().attachments.value(1).sha256};
        doc->setAnswer(QStringLiteral("expert-review"), na);
        doc->setNote(kNote, QStringLiteral("材料齐全"));
        ProposedDecision p;
        p.decision = Decision::Returned;
        p.reasons = {QStringLiteral("缺少合法性审查意见"), QStringLiteral("缺少会议纪要")};
        p.opinion = QStringLiteral("退回补正。");
        doc->setProposal(p);
        doc->setCurrentStep(ReviewStep::Security);
        QCOMPARE(steps.count(), 1);
        QCOMPARE(steps.first().at(0).value<ReviewStep>(), ReviewStep::Security);
        QCOMPARE(doc->undoStack()->count(), 4); // navigation is not an undoable edit

        QSignalSpy saved(doc.get(), &ReviewDocument::saved);
        QVERIFY(doc->saveNow().ok());
        QCOMPARE(saved.count(), 1);
        QVERIFY(!doc->hasPendingChanges());
        QVERIFY(doc->lastSaved().isValid());
        QVERIFY(doc->undoStack()->isClean());
        before = doc->state();
    }
    m_db.reset(); // closes the database and releases its lock
    auto db = gd::test::openTestDatabase(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    m_db = db.value();

    auto doc = openDocument();
    QVERIFY(doc);
    QCOMPARE(doc->state().reviewId, before.reviewId);
    QCOMPARE(doc->state().answers, before.answers);
    QCOMPARE(doc->state().notes, before.notes);
    QCOMPARE(doc->state().proposal, before.proposal);
    QCOMPARE(doc->state().currentStep, ReviewStep::Security);
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(doc->undoStack()->isClean());
    QVERIFY(!doc->undoStack()->canUndo());
    QVERIFY(!doc->hasPendingChanges());
}

void TestReviewDocument::undoneEditsAreSavedToo()
{
    {
        auto doc = openDocument();
        QVERIFY(doc);
        doc->setNote(kNote, QStringLiteral("暂存"));
        doc->setAnswer(kItem, pass());
        QVERIFY(doc->saveNow().ok());
        doc->undoStack()->undo(); // the verdict
        QVERIFY(!doc->undoStack()->isClean());
        QVERIFY(doc->hasPendingChanges());
        QVERIFY(doc->saveNow().ok());
        QVERIFY(doc->undoStack()->isClean());
    }
    auto stored = makeReviewStore(m_db)->find(kId, 1);
    QVERIFY(stored.ok() && stored->has_value());
    QVERIFY(!stored->value().answers.contains(kItem));
    QCOMPARE(stored->value().notes.value(kNote), QStringLiteral("暂存"));
}

void TestReviewDocument::autosavesWithoutBeingAsked()
{
    auto doc = openDocument();
    QVERIFY(doc);
    QSignalSpy saved(doc.get(), &ReviewDocument::saved);
    QElapsedTimer clock;
    clock.start();
    doc->setAnswer(kItem, pass());
    QVERIFY(doc->hasPendingChanges());
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 1500);
    QVERIFY(clock.elapsed() >= ReviewDocument::kAutosaveDelayMs - 50);
    QVERIFY(!doc->hasPendingChanges());
    QCOMPARE(saved.first().at(0).toDateTime(), doc->lastSaved());
    QCOMPARE(makeReviewStore(m_db)->find(kId, 1).value()->answers.value(kItem), pass());

    // Typing without a pause still saves within the maximum delay.
    saved.clear();
    clock.restart();
    const QString text = QStringLiteral("连续输入的理由文字");
    int typed = 0;
    while (saved.isEmpty() && clock.elapsed() < 3000) {
        doc->setAnswer(kItem, pass(text.left(typed % text.size() + 1)));
        ++typed;
        QTest::qWait(50);
    }
    QCOMPARE(saved.count(), 1);
    QVERIFY2(clock.elapsed() < ReviewDocument::kAutosaveMaxDelayMs + 500,
             qPrintable(QString::number(clock.elapsed())));
}

void TestReviewDocument::autosaveRecordsOneEventPerSavedChange()
{
    auto doc = openDocument();
    QVERIFY(doc);
    const int events = auditCount(m_db);
    const QString text = QStringLiteral("材料齐全，附件哈希一致");
    for (int i = 1; i <= text.size(); ++i)
        doc->setNote(kNote, text.left(i));
    doc->setAnswer(kItem, pass());
    doc->setCurrentStep(ReviewStep::Checklist);
    QSignalSpy saved(doc.get(), &ReviewDocument::saved);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 1500);
    // The keystrokes before the save are one change of the note.
    QCOMPARE(auditCount(m_db), events + 2);
    const auto trail = makeAuditTrail(m_db)->events(QStringLiteral("GZ-2026-0001 v1")).value();
    const AuditEvent &note = trail.at(trail.size() - 2);
    QCOMPARE(note.action, QStringLiteral("review.note"));
    QVERIFY(note.detail.value(QStringLiteral("before")).isNull());
    QCOMPARE(note.detail.value(QStringLiteral("after")).toString(), text);
    QCOMPARE(trail.last().action, QStringLiteral("review.answer"));
    QCOMPARE(makeReviewStore(m_db)->find(kId, 1).value()->currentStep, ReviewStep::Checklist);
}

void TestReviewDocument::destructorSavesPendingEdits()
{
    {
        auto doc = openDocument();
        QVERIFY(doc);
        doc->setNote(kNote, QStringLiteral("关闭前"));
        doc->setCurrentStep(ReviewStep::Decision);
        QVERIFY(doc->hasPendingChanges());
    }
    const auto stored = makeReviewStore(m_db)->find(kId, 1).value();
    QCOMPARE(stored->notes.value(kNote), QStringLiteral("关闭前"));
    QCOMPARE(stored->currentStep, ReviewStep::Decision);
}

void TestReviewDocument::submitIsRefusedWhileSomethingIsMissing()
{
    auto doc = openDocument();
    QVERIFY(doc);
    QSignalSpy status(doc.get(), &ReviewDocument::statusChanged);
    const int events = auditCount(m_db);
    QVERIFY(!doc->missing().isEmpty());
    doc->setNote(kNote, QStringLiteral("未完成"));

    auto submitted = doc->submitForApproval();
    QVERIFY(!submitted.ok());
    // The message lists what is missing.
    for (const MissingItem &m : doc->missing())
        QVERIFY2(submitted.error().what.contains(m.what), qPrintable(m.what));
    QCOMPARE(status.count(), 0);
    QCOMPARE(doc->status(), CaseStatus::InReview);
    QVERIFY(!doc->isReadOnly());
    // The pending edit was saved before the refusal, and nothing else was recorded.
    QVERIFY(!doc->hasPendingChanges());
    QCOMPARE(auditCount(m_db), events + 1);

    // Almost complete: only the opinion is missing.
    completeReview(*doc);
    ProposedDecision p = doc->state().proposal;
    p.opinion.clear();
    doc->setProposal(p);
    QCOMPARE(doc->missing().size(), 1);
    QCOMPARE(doc->missing().first().key, QStringLiteral("opinion"));
    QVERIFY(!doc->submitForApproval().ok());
    QCOMPARE(doc->status(), CaseStatus::InReview);
}

void TestReviewDocument::submitWhenCompleteMakesTheDocumentReadOnly()
{
    auto doc = openDocument();
    QVERIFY(doc);
    completeReview(*doc);
    QVERIFY2(doc->missing().isEmpty(), qPrintable(doc->missing().value(0).what));
    QSignalSpy status(doc.get(), &ReviewDocument::statusChanged);

    auto submitted = doc->submitForApproval();
    QVERIFY2(submitted.ok(), qPrintable(submitted.ok() ? QString() : submitted.error().toString()));
    QCOMPARE(doc->status(), CaseStatus::AwaitingApproval);
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.first().at(0).value<CaseStatus>(), CaseStatus::AwaitingApproval);
    QVERIFY(doc->isReadOnly());
    QVERIFY(!doc->undoStack()->canUndo());
    QCOMPARE(auditCount(m_db, QStringLiteral("case.submit")), 1);

    // What was submitted is in the database, and the case waits for the approver.
    const auto versions = makeApplicationStore(m_db)->versions(kId).value();
    QCOMPARE(versions.first().status, CaseStatus::AwaitingApproval);
    const auto stored = makeReviewStore(m_db)->find(kId, 1).value();
    QCOMPARE(stored->answers, doc->state().answers);
    QCOMPARE(stored->proposal, doc->state().proposal);

    // A second submission is refused; reopening gives a read-only document.
    QVERIFY(!doc->submitForApproval().ok());
    doc.reset();
    auto again = openDocument();
    QVERIFY(again);
    QVERIFY(again->isReadOnly());
    QCOMPARE(again->state().proposal.decision, Decision::Approved);
    QVERIFY(makeAuditTrail(m_db)->verifyAll().value().intact);
}

void TestReviewDocument::submitDropsListsOfAnotherDecision()
{
    auto doc = openDocument();
    QVERIFY(doc);
    completeReview(*doc);
    // The officer wrote conditions and reasons, then settled on a plain approval.
    ProposedDecision proposal = doc->state().proposal;
    proposal.decision = Decision::Approved;
    proposal.conditions = {QStringLiteral("仅限沙箱交付")};
    proposal.reasons = {QStringLiteral("资源未登记")};
    doc->setProposal(proposal);
    QVERIFY(doc->submitForApproval().ok());
    const auto stored = makeReviewStore(m_db)->find(kId, 1).value();
    QCOMPARE(stored->proposal.decision, Decision::Approved);
    QVERIFY(stored->proposal.conditions.isEmpty());
    QVERIFY(stored->proposal.reasons.isEmpty());
}

void TestReviewDocument::readOnlyDocumentIgnoresEdits()
{
    auto doc = openDocument();
    QVERIFY(doc);
    completeReview(*doc);
    QVERIFY(doc->submitForApproval().ok());
    const ReviewState submitted = doc->state();
    const int events = auditCount(m_db);
    QSignalSpy answers(doc.get(), &ReviewDocument::answerChanged);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read-only")));
    doc->setAnswer(kItem, ChecklistAnswer{});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read-only")));
    doc->setNote(kNote, QStringLiteral("不应保存"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read-only")));
    doc->setProposal(ProposedDecision{});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read-only")));
    doc->applyNote(kNote, QStringLiteral("也不应保存"));
    doc->setCurrentStep(ReviewStep::Resources); // looking around is fine

    QCOMPARE(answers.count(), 0);
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!doc->hasPendingChanges());
    QCOMPARE(doc->state().answers, submitted.answers);
    QCOMPARE(doc->state().notes, submitted.notes);
    QCOMPARE(doc->state().proposal, submitted.proposal);
    QCOMPARE(doc->state().currentStep, ReviewStep::Resources);
    doc.reset();
    QCOMPARE(auditCount(m_db), events);

    // An approver opening it sees it read-only too.
    auto approver = ReviewDocument::open(m_db, kId, 1, QStringLiteral("审批人"));
    QVERIFY(approver.ok());
    QVERIFY(approver.value()->isReadOnly());
}

/**
 * A review started under checklist 2026.1 (before 2026.2 shipped) reopens with its own fifteen
 * items, and its completeness is judged against them: the items added since are not asked.
 */
void TestReviewDocument::reviewKeepsTheTemplateItStartedWith()
{
    {
        auto doc = openDocument();
        QVERIFY(doc);
        QCOMPARE(doc->checklist().version, ChecklistTemplate::builtin().version);
    }
    QSqlQuery q(sql::connection(*m_db));
    QVERIFY2(q.exec(QStringLiteral("UPDATE reviews SET template_version = '2026.1'")),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("DELETE FROM review_answers WHERE item_id IN "
                                   "('designated-operator', 'sharing-and-open', "
                                   "'catalogue-operation-type')")),
             qPrintable(q.lastError().text()));
    auto doc = openDocument();
    QVERIFY(doc);
    QCOMPARE(doc->state().templateVersion, QStringLiteral("2026.1"));
    QCOMPARE(doc->checklist().version, QStringLiteral("2026.1"));
    QCOMPARE(doc->checklist().items.size(), 15);
    QVERIFY(!doc->checklist().item(QStringLiteral("sharing-and-open")));
    completeReview(*doc);
    QVERIFY2(doc->missing().isEmpty(), qPrintable(reviewrules::missingText(doc->missing())));
}

QTEST_GUILESS_MAIN(TestReviewDocument)
#include "tst_reviewdocument.moc"
