// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QtGlobal>

#include "core/log.h"
#include "package/keystore.h"
#include "package/package.h"
#include "review/approval.h"
#include "review/approvalact.h"
#include "review/reviewcommands.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "domain/subject.h"
#include "services/desk.h"
#include "services/reviewservice.h"
#include "store/reviewstore.h"
#include "store/repositories.h"
#include "review/reviewsave.h"

namespace gd {
namespace {

// After a failed save the pending edits are tried again this much later.
constexpr int kAutosaveRetryMs = 5000;

QString subjectOf(const ReviewState &state)
{
    return gd::subjectOf(state.applicationId, state.version);
}

bool isApprovalKey(const QString &key)
{
    return key.startsWith(QStringLiteral("approval."));
}

/** The approver's comments per step ("formal": "…"), for the audit trail. */
QJsonObject approverComments(const ReviewState &state)
{
    QJsonObject comments;
    for (int i = 0; i < kReviewStepCount; ++i) {
        const auto step = static_cast<ReviewStep>(i);
        const QString comment = state.notes.value(approval::commentKey(step));
        if (!comment.isEmpty())
            comments.insert(reviewStepCode(step), comment);
    }
    return comments;
}

} // namespace

ReviewDocument::ReviewDocument(std::shared_ptr<Database> db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kAutosaveDelayMs);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kAutosaveMaxDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { (void)saveNow(); });
    connect(&m_deadline, &QTimer::timeout, this, [this] { (void)saveNow(); });
}

ReviewDocument::~ReviewDocument()
{
    if (hasPendingChanges()) {
        if (auto saved = saveNow(); !saved)
            log::error(QStringLiteral("review %1: edits lost on close: %2")
                           .arg(subjectOf(m_state), saved.error().toString()));
    }
}

Result<std::unique_ptr<ReviewDocument>> ReviewDocument::open(std::shared_ptr<Database> db,
                                                             const QString &id, int version,
                                                             const QString &actor)
{
    officer::Profile profile;
    profile.name = actor;
    profile.reviewer = true;
    profile.approver = false;
    return open(std::move(db), id, version, profile);
}

Result<std::unique_ptr<ReviewDocument>> ReviewDocument::open(const std::shared_ptr<Desk> &desk,
                                                             const QString &id, int version,
                                                             const officer::Profile &officer)
{
    return open(desk->database(), id, version, officer);
}

Result<std::unique_ptr<ReviewDocument>> ReviewDocument::open(std::shared_ptr<Database> db,
                                                             const QString &id, int version,
                                                             const officer::Profile &officer)
{
    const QString &actor = officer.name;
    const auto applications = makeApplicationStore(db);
    auto application = applications->load(id, version);
    if (!application)
        return application.error();
    auto resources = applications->resourceStatuses(id, version);
    if (!resources)
        return resources.error();

    const ChecklistTemplate &current = ChecklistTemplate::builtin();
    const auto reviews = makeReviewStore(db);
    ReviewService reviewService(Desk::over(db));
    // Only a reviewer starts a review, never on a database open read-only (starting writes);
    // anyone may look at one that exists.
    if (!officer.reviewer || db->isReadOnly()) {
        auto existing = reviews->find(id, version);
        if (!existing)
            return existing.error();
        if (!existing.value() && db->isReadOnly())
            return Error{subjectOf(id, version),
                         QCoreApplication::translate("ReviewDocument",
                                                     "Its review has not been started, and the "
                                                     "database is open read-only: nothing can be "
                                                     "changed.")};
        if (!existing.value())
            return Error{subjectOf(id, version),
                         QCoreApplication::translate("ReviewDocument",
                                                     "%1 does not hold the reviewer role and "
                                                     "cannot start a review.")
                             .arg(officer.name)};
    }
    auto state = reviewService.open(id, version, actor, current);
    if (!state)
        return state.error();

    // The status after open(), which may just have moved the case into review.
    auto versions = applications->versions(id);
    if (!versions)
        return versions.error();
    std::optional<CaseStatus> status;
    for (const VersionInfo &info : versions.value()) {
        if (info.version == version)
            status = info.status;
    }
    if (!status)
        return Error{subjectOf(id, version), QStringLiteral("no such application version")};

    // A review keeps the template it was started with, an earlier shipped one included.
    const ChecklistTemplate &checklist = ChecklistTemplate::forReview(state->templateVersion);
    if (state->templateVersion != checklist.version)
        log::warning(QStringLiteral("review %1 v%2 was started with checklist %3; this GrantDesk "
                                    "has %4")
                         .arg(id)
                         .arg(version)
                         .arg(state->templateVersion, checklist.version));

    std::unique_ptr<ReviewDocument> document(new ReviewDocument(std::move(db), actor));
    document->m_officer = officer;
    document->m_state = std::move(state).value();
    document->m_application = std::move(application).value();
    document->m_resources = std::move(resources).value();
    document->m_checklist = checklist;
    document->m_status = *status;
    reviewrules::rewordSuggestions(document->m_state, document->m_application,
                                   document->m_resources, checklist);
    return document;
}

bool ReviewDocument::reloadFromStore()
{
    if (hasPendingChanges())
        return false;
    const auto reviews = makeReviewStore(m_db);
    const auto found = reviews->find(m_state.applicationId, m_state.version);
    const auto row = reviews->caseRow(m_state.applicationId, m_state.version);
    if (!found || !found.value() || !row)
        return false;
    ReviewState stored = *found.value();
    reviewrules::rewordSuggestions(stored, m_application, m_resources, m_checklist);
    QSet<QString> answerKeys(m_state.answers.keyBegin(), m_state.answers.keyEnd());
    answerKeys.unite({stored.answers.keyBegin(), stored.answers.keyEnd()});
    QSet<QString> noteKeys(m_state.notes.keyBegin(), m_state.notes.keyEnd());
    noteKeys.unite({stored.notes.keyBegin(), stored.notes.keyEnd()});
    QStringList answers, notes;
    for (const QString &key : std::as_const(answerKeys))
        if (m_state.answers.value(key) != stored.answers.value(key))
            answers << key;
    for (const QString &key : std::as_const(noteKeys))
        if (m_state.notes.value(key) != stored.notes.value(key))
            notes << key;
    const bool proposal = !(m_state.proposal == stored.proposal);
    const bool status = row->status != m_status;
    if (answers.isEmpty() && notes.isEmpty() && !proposal && !status)
        return false;

    m_undoStack.clear();
    m_conflicts.clear(); // what another officer saved is now what this document holds
    const ReviewStep step = m_state.currentStep;
    m_state = stored;
    m_state.currentStep = step;
    m_status = row->status;
    for (const QString &key : std::as_const(answers))
        emit answerChanged(key);
    for (const QString &key : std::as_const(notes))
        emit noteChanged(key);
    if (proposal)
        emit proposalChanged();
    if (status)
        emit statusChanged(m_status);
    return true;
}

bool ReviewDocument::isReadOnly() const
{
    return !editRefusal().isEmpty();
}

QString ReviewDocument::editRefusal() const
{
    if (m_db->isReadOnly())
        return Database::readOnlyRefusal();
    return approval::reviewerRefusalReason(m_state, m_status, m_officer);
}

bool ReviewDocument::mayEditNote(const QString &key) const
{
    return isApprovalKey(key) ? canApprove() : !isReadOnly();
}

QString ReviewDocument::approvalRefusal() const
{
    if (m_db->isReadOnly())
        return Database::readOnlyRefusal();
    return approval::refusalReason(m_state, m_status, m_officer);
}

void ReviewDocument::setApproverComment(ReviewStep step, const QString &text)
{
    if (!canApprove()) {
        qWarning("ReviewDocument: approver comment ignored: %s", qUtf8Printable(approvalRefusal()));
        return;
    }
    const QString key = approval::commentKey(step);
    if (m_state.notes.value(key) == text)
        return;
    m_undoStack.push(new ChangeNote(this, key, text));
}

QString ReviewDocument::approverComment(ReviewStep step) const
{
    return m_state.notes.value(approval::commentKey(step));
}

QStringList ReviewDocument::carriedOverItems() const
{
    QStringList items;
    const QStringList carried = m_state.notes.value(ReviewStore::carriedItemsKey())
                                    .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const ChecklistItem &item : m_checklist.items) {
        if (!carried.contains(item.id))
            continue;
        const auto it = m_state.answers.constFind(item.id);
        if (it != m_state.answers.cend() && it->suggested)
            items << item.id;
    }
    return items;
}

Status ReviewDocument::finishApproval(workflow::Action action, const QJsonObject &detail)
{
    ReviewService service(Desk::over(m_db));
    auto moved = service.transition(m_state.applicationId, m_state.version, action,
                                    m_state.proposal.decision, m_actor, detail);
    if (!moved)
        return moved.error();
    m_status = moved.value();
    if (action == workflow::Action::Agree && m_state.proposal.decision == Decision::Returned) {
        // A return goes straight back to the applicant: nothing is signed.
        auto returned =
            service.transition(m_state.applicationId, m_state.version, workflow::Action::Return,
                               Decision::Returned, m_actor,
                               QJsonObject{{QStringLiteral("reasons"),
                                            QJsonArray::fromStringList(m_state.proposal.reasons)}});
        if (!returned) {
            m_undoStack.clear();
            emit statusChanged(m_status);
            return returned.error();
        }
        m_status = returned.value();
    }
    m_undoStack.clear();
    emit statusChanged(m_status);
    return success();
}

QString ReviewDocument::signerRefusal(const package::Certificate &certificate,
                                      const package::TrustStore &trust) const
{
    return approval::signerProblem(certificate, m_state, m_officer.name, trust.certificates(),
                                   QDateTime::currentDateTimeUtc());
}

Result<QJsonObject> ReviewDocument::signedAct(workflow::Action action, const QStringList &reasons,
                                              const package::Signer &approver,
                                              const package::TrustStore &trust) const
{
    const QString subject = subjectOf(m_state);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const QString refusal = approval::signerProblem(approver.certificate, m_state,
                                                        m_officer.name, trust.certificates(), now);
        !refusal.isEmpty())
        return Error{subject, refusal};
    auto signature = approval::signAct(
        approver, approval::actStatement(m_state, action, reasons, m_officer.name, now));
    if (!signature)
        return Error{subject, signature.error().toString()};
    return signature;
}

Status ReviewDocument::agree(const package::Signer &approver, const package::TrustStore &trust)
{
    const QString subject = subjectOf(m_state);
    if (const QString refusal = approvalRefusal(); !refusal.isEmpty())
        return Error{subject, refusal};
    // The approver agrees to a complete review only (the store may hold one edited since).
    if (const QList<MissingItem> gaps = missing(); !gaps.isEmpty())
        return Error{subject, QCoreApplication::translate(
                                  "ReviewDocument",
                                  "cannot be agreed, the review is incomplete, %n item(s) "
                                  "missing: %1",
                                  nullptr, int(gaps.size()))
                                  .arg(reviewrules::missingText(gaps))};
    if (auto saved = saveNow(); !saved)
        return saved;
    auto signature = signedAct(workflow::Action::Agree, {}, approver, trust);
    if (!signature)
        return signature.error();
    return finishApproval(
        workflow::Action::Agree,
        QJsonObject{{QStringLiteral("comments"), approverComments(m_state)},
                    {QStringLiteral("proposal"), ReviewStore::toJson(m_state.proposal)},
                    {QStringLiteral("signature"), signature.value()}});
}

Status ReviewDocument::sendBack(const QStringList &reasons, const package::Signer &approver,
                                const package::TrustStore &trust)
{
    const QString subject = subjectOf(m_state);
    if (const QString refusal = approvalRefusal(); !refusal.isEmpty())
        return Error{subject, refusal};
    QStringList given;
    for (const QString &reason : reasons) {
        const QString line = reason.simplified();
        if (!line.isEmpty())
            given << line;
    }
    if (given.isEmpty())
        return Error{subject, QCoreApplication::translate(
                                  "ReviewDocument",
                                  "Say why the case goes back to the reviewer: one reason at "
                                  "least.")};
    // Signed before anything is written: a refused key leaves the case as it was.
    auto signature = signedAct(workflow::Action::SendBack, given, approver, trust);
    if (!signature)
        return signature.error();
    // The reasons are a note the reviewer reads when they reopen the case; not undoable,
    // since the case leaves the approver's hands.
    applyNote(approval::sendBackKey(), given.join(QLatin1Char('\n')));
    if (auto saved = saveNow(); !saved)
        return saved;
    return finishApproval(
        workflow::Action::SendBack,
        QJsonObject{{QStringLiteral("reasons"), QJsonArray::fromStringList(given)},
                    {QStringLiteral("comments"), approverComments(m_state)},
                    {QStringLiteral("signature"), signature.value()}});
}

void ReviewDocument::setAnswer(const QString &itemId, const ChecklistAnswer &answer)
{
    if (isReadOnly()) {
        qWarning("ReviewDocument: answer to %s ignored, the review is read-only",
                 qUtf8Printable(itemId));
        return;
    }
    if (m_state.answers.value(itemId) == answer)
        return;
    m_undoStack.push(new ChangeAnswer(this, itemId, answer));
}

void ReviewDocument::setNote(const QString &key, const QString &value)
{
    if (isApprovalKey(key) && !canApprove()) {
        qWarning("ReviewDocument: note %s ignored, it is the approver's", qUtf8Printable(key));
        return;
    }
    if (!mayEditNote(key)) {
        qWarning("ReviewDocument: note %s ignored, the review is read-only", qUtf8Printable(key));
        return;
    }
    if (m_state.notes.value(key) == value)
        return;
    m_undoStack.push(new ChangeNote(this, key, value));
}

void ReviewDocument::setProposal(const ProposedDecision &proposal)
{
    if (isReadOnly()) {
        qWarning("ReviewDocument: proposed decision ignored, the review is read-only");
        return;
    }
    if (m_state.proposal == proposal)
        return;
    m_undoStack.push(new ChangeProposal(this, proposal));
}

void ReviewDocument::setCurrentStep(ReviewStep step)
{
    if (m_state.currentStep == step)
        return;
    m_state.currentStep = step;
    // A read-only review is only looked at; where the viewer was is not stored.
    if (!isReadOnly())
        queue(ReviewChange{ReviewChange::Kind::Step, {}, {}, reviewStepCode(step)});
    emit currentStepChanged(step);
}

void ReviewDocument::applyAnswer(const QString &itemId, const ChecklistAnswer &answer)
{
    if (isReadOnly()) {
        qWarning("ReviewDocument: answer to %s ignored, the review is read-only",
                 qUtf8Printable(itemId));
        return;
    }
    const auto it = m_state.answers.constFind(itemId);
    const QJsonValue before =
        it == m_state.answers.cend() ? QJsonValue() : ReviewStore::toJson(it.value());
    // An answer back to "nothing at all" is no row, as before the first edit.
    QJsonValue after;
    if (answer == ChecklistAnswer{}) {
        m_state.answers.remove(itemId);
    } else {
        m_state.answers.insert(itemId, answer);
        after = ReviewStore::toJson(answer);
    }
    queue(ReviewChange{ReviewChange::Kind::Answer, itemId, before, after});
    emit answerChanged(itemId);
}

void ReviewDocument::applyNote(const QString &key, const QString &value)
{
    if (!mayEditNote(key)) {
        qWarning("ReviewDocument: note %s ignored, the review is read-only", qUtf8Printable(key));
        return;
    }
    const auto it = m_state.notes.constFind(key);
    const QJsonValue before = it == m_state.notes.cend() ? QJsonValue() : QJsonValue(it.value());
    QJsonValue after;
    if (value.isEmpty()) {
        m_state.notes.remove(key);
    } else {
        m_state.notes.insert(key, value);
        after = value;
    }
    queue(ReviewChange{ReviewChange::Kind::Note, key, before, after});
    emit noteChanged(key);
}

void ReviewDocument::applyProposal(const ProposedDecision &proposal)
{
    if (isReadOnly()) {
        qWarning("ReviewDocument: proposed decision ignored, the review is read-only");
        return;
    }
    const QJsonValue before = ReviewStore::toJson(m_state.proposal);
    m_state.proposal = proposal;
    queue(ReviewChange{ReviewChange::Kind::Proposal, {}, before, ReviewStore::toJson(proposal)});
    emit proposalChanged();
}

void ReviewDocument::queue(ReviewChange change)
{
    // Several edits of one value before a save are one change: the audit trail records
    // what was committed, not every keystroke.
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const ReviewChange &earlier = m_pending.at(i);
        if (earlier.kind == change.kind && earlier.key == change.key) {
            change.before = earlier.before;
            m_pending.removeAt(i);
            break;
        }
    }
    // An edit after a conflict was reported is the officer's merge: it replaces what the
    // other officer stored, and the audit trail says so (before: their value).
    const auto conflict = m_conflicts.constFind({int(change.kind), change.key});
    if (conflict != m_conflicts.cend()) {
        change.before = *conflict;
        m_conflicts.erase(conflict);
    }
    if (change.kind != ReviewChange::Kind::Step && change.before == change.after) {
        // Back to what is stored: nothing to write. Steps carry no before.
        if (m_pending.isEmpty()) {
            m_debounce.stop();
            m_deadline.stop();
        }
        return;
    }
    m_pending.append(std::move(change));
    m_debounce.start(kAutosaveDelayMs);
    if (!m_deadline.isActive())
        m_deadline.start(kAutosaveMaxDelayMs);
}

QString ReviewDocument::conflictMessage(const QList<review::SaveConflict> &conflicts) const
{
    QStringList lines;
    for (const review::SaveConflict &conflict : conflicts) {
        QString what;
        if (conflict.kind == ReviewChange::Kind::Answer) {
            const ChecklistItem *item = m_checklist.item(conflict.key);
            what = item ? tr("The answer to checklist item %1").arg(item->number)
                        : tr("A checklist answer");
        } else if (conflict.kind == ReviewChange::Kind::Proposal) {
            what = tr("The proposed decision");
        } else {
            what = tr("A note in the step \u201c%1\u201d").arg(noteStepLabel(conflict.key));
        }
        lines << review::conflictText(conflict, what, m_pending);
    }
    lines << review::conflictAdvice();
    return lines.join(QLatin1Char(' '));
}

QString ReviewDocument::noteStepLabel(const QString &key)
{
    const QString prefix = key.section(QLatin1Char('.'), 0, 0);
    static const QList<QPair<QString, ReviewStep>> steps{
        {QStringLiteral("formal"), ReviewStep::FormalCheck},
        {QStringLiteral("resource"), ReviewStep::Resources},
        {QStringLiteral("resources"), ReviewStep::Resources},
        {QStringLiteral("checklist"), ReviewStep::Checklist},
        {QStringLiteral("security"), ReviewStep::Security},
        {QStringLiteral("modes"), ReviewStep::ModeFit},
        {QStringLiteral("mode"), ReviewStep::ModeFit},
        {QStringLiteral("pricing"), ReviewStep::Pricing}};
    for (const auto &[name, step] : steps) {
        if (prefix == name)
            return reviewStepLabel(step);
    }
    return reviewStepLabel(ReviewStep::Decision);
}

Status ReviewDocument::saveNow()
{
    if (m_pending.isEmpty()) {
        m_debounce.stop();
        m_deadline.stop();
        return success();
    }
    QList<review::SaveConflict> conflicts;
    if (auto saved = review::saveChanges(m_db, m_state, m_pending, m_actor, &conflicts); !saved) {
        log::error(QStringLiteral("review %1: autosave failed: %2")
                       .arg(subjectOf(m_state), saved.error().toString()));
        if (!conflicts.isEmpty()) {
            // Not tried again until the officer edits: both texts are kept, theirs stored,
            // this one pending, and the message shows both.
            for (const review::SaveConflict &conflict : std::as_const(conflicts))
                m_conflicts.insert({int(conflict.kind), conflict.key}, conflict.theirs);
            m_debounce.stop();
            m_deadline.stop();
            const Error error{subjectOf(m_state), conflictMessage(conflicts)};
            emit saveFailed(error.toString());
            return error;
        }
        // Kept pending and tried again; the next edit tries sooner.
        m_debounce.stop();
        m_deadline.start(kAutosaveRetryMs);
        emit saveFailed(saved.error().toString());
        return saved;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_pending.clear();
    m_debounce.stop();
    m_deadline.stop();
    m_state.updatedAt = now;
    m_lastSaved = now;
    m_undoStack.setClean();
    emit saved(now);
    return success();
}

Status ReviewDocument::saveOverConflicts()
{
    for (ReviewChange &change : m_pending) {
        const auto conflict = m_conflicts.constFind({int(change.kind), change.key});
        if (conflict != m_conflicts.cend()) {
            change.before = *conflict;
            m_conflicts.erase(conflict);
        }
    }
    return saveNow();
}

void ReviewDocument::discardPending()
{
    log::info(QStringLiteral("review %1: %2 pending edit(s) dropped for another officer's")
                  .arg(subjectOf(m_state))
                  .arg(m_pending.size()));
    m_pending.clear();
    m_conflicts.clear();
    m_debounce.stop();
    m_deadline.stop();
    reloadFromStore();
}

QList<MissingItem> ReviewDocument::missing() const
{
    return reviewrules::missingItems(m_state, m_checklist, m_application);
}

Status ReviewDocument::submitForApproval()
{
    const QString subject = subjectOf(m_state);
    if (m_db->isReadOnly())
        return Error{subject, Database::readOnlyRefusal()};
    if (isReadOnly())
        return Error{subject, QCoreApplication::translate("ReviewDocument",
                                                          "the review is not open for editing "
                                                          "(status: %1)")
                                  .arg(caseStatusLabel(m_status))};
    if (auto saved = saveNow(); !saved)
        return saved;
    const QList<MissingItem> gaps = missing();
    if (!gaps.isEmpty()) {
        QStringList what;
        for (const MissingItem &gap : gaps)
            what << gap.what;
        return Error{subject,
                     QCoreApplication::translate("ReviewDocument",
                                                 "cannot be submitted for approval, %n item(s) "
                                                 "missing: %1",
                                                 nullptr, int(gaps.size()))
                         .arg(what.join(QStringLiteral("; ")))};
    }
    // Conditions belong to a conditional approval, reasons to a return or a rejection: a list
    // left over from a decision the officer changed their mind about is not submitted.
    ProposedDecision submitted = m_state.proposal;
    if (submitted.decision != Decision::ConditionallyApproved)
        submitted.conditions.clear();
    if (submitted.decision != Decision::Returned && submitted.decision != Decision::Rejected)
        submitted.reasons.clear();
    if (!(submitted == m_state.proposal)) {
        applyProposal(submitted);
        if (auto saved = saveNow(); !saved)
            return saved;
    }
    ReviewService service(Desk::over(m_db));
    auto moved = service.transition(
        m_state.applicationId, m_state.version, workflow::Action::SubmitForApproval, Decision::None,
        m_actor, QJsonObject{{QStringLiteral("proposal"), ReviewStore::toJson(m_state.proposal)}});
    if (!moved)
        return moved.error();
    m_status = moved.value();
    // Nothing can be edited any more, so there is nothing to undo.
    m_undoStack.clear();
    emit statusChanged(m_status);
    return success();
}

} // namespace gd
