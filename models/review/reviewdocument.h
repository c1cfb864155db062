// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include "core/officer.h"
#include "domain/application.h"
#include "domain/review.h"
#include "review/checklisttemplate.h"
#include "review/reviewrules.h"
#include "review/reviewsave.h"
#include "domain/register.h"
#include "review/workflow.h"

namespace gd::package {
class Certificate;
class TrustStore;
struct Signer;
} // namespace gd::package

namespace gd {

class Database;
class Desk;

/**
 * One open review: its state, its QUndoStack and its autosave. Every edit goes through
 * an undo command (ChangeValue in reviewcommands.h) that changes the state and emits a
 * signal; views never change the state directly. Edits are written to the database
 * within about a second (debounced), each with its audit event; saved() reports when.
 */
class ReviewDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDocument)

public:
    /** Opens (or starts) the review of @p id / @p version. */
    static Result<std::unique_ptr<ReviewDocument>>
    open(std::shared_ptr<Database> db, const QString &id, int version, const QString &actor);
    /**
     * The same for a full officer profile, which decides what the officer may do: edit the
     * reviewer's answers (in_review, not someone else's review) or act as approver
     * (awaiting_approval, approver role, not the case's reviewer).
     */
    static Result<std::unique_ptr<ReviewDocument>> open(std::shared_ptr<Database> db,
                                                        const QString &id, int version,
                                                        const officer::Profile &officer);
    /** The same on an open desk: how the ui opens a review (models/services/desk.h). */
    static Result<std::unique_ptr<ReviewDocument>> open(const std::shared_ptr<Desk> &desk,
                                                        const QString &id, int version,
                                                        const officer::Profile &officer);
    ~ReviewDocument() override; // saves what is pending

    const ReviewState &state() const { return m_state; }
    const Application &application() const { return m_application; }
    const QList<ResourceStatus> &resources() const { return m_resources; }
    const ChecklistTemplate &checklist() const { return m_checklist; }
    QUndoStack *undoStack() { return &m_undoStack; }
    CaseStatus status() const { return m_status; }
    /** The officer who opened this review (what they may do follows from it). */
    const officer::Profile &officer() const { return m_officer; }
    bool isReadOnly() const; // the reviewer's answers: not in_review, or not this officer's
    /** Why the reviewer's answers cannot be edited here, for disabled controls; empty when
     *  they can. */
    QString editRefusal() const;

    // Edits: each pushes one undo command (consecutive edits of the same text merge).
    void setAnswer(const QString &itemId, const ChecklistAnswer &answer);
    void setNote(const QString &key, const QString &value);
    void setProposal(const ProposedDecision &proposal);
    /** Navigation is remembered but is not an undoable edit. */
    void setCurrentStep(ReviewStep step);

    /** Writes pending edits now; the autosave timer calls this. */
    Status saveNow();
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }
    /** Values this officer edited that another officer saved meanwhile (saveNow() said so). */
    bool hasConflicts() const { return !m_conflicts.isEmpty(); }
    /** Keeps this officer's texts: each conflicting edit is saved over the other officer's
     *  (the audit records theirs as "before"). */
    Status saveOverConflicts();
    /** Keeps the other officer's texts: this officer's pending edits are dropped, and the
     *  review reads what is stored. */
    void discardPending();
    /**
     * Reads the review and the case's status again after another officer's change (the
     * office server's LISTEN/NOTIFY): each value that differs is applied and signalled as an
     * edit would be, and the undo history is cleared (its steps would undo their change).
     * Nothing is read while this officer's edits are pending: their save compares each value
     * with what is stored and reports a conflict instead. Which step is shown stays this
     * officer's. True when anything changed.
     */
    bool reloadFromStore();
    QDateTime lastSaved() const { return m_lastSaved; }

    // The approver's side (复核). An approver cannot change the reviewer's answers; they
    // comment per step, then agree or send the case back with reasons.
    /** Why this officer may not approve (empty when they may). */
    QString approvalRefusal() const;
    bool canApprove() const { return approvalRefusal().isEmpty(); }
    /** The approver's comment on @p step (note "approval.<step>"), an undoable edit. */
    void setApproverComment(ReviewStep step, const QString &text);
    QString approverComment(ReviewStep step) const;
    /**
     * Why @p certificate may not sign this officer's agreement or send-back now, given the
     * certificates @p trust holds (approval::signerProblem()), or empty.
     */
    QString signerRefusal(const package::Certificate &certificate,
                          const package::TrustStore &trust) const;
    /**
     * Agrees with the proposed decision: decided (returned when the decision is a return).
     * A signed act (issue 12 item 4): refused unless @p approver's certificate is trusted by
     * @p trust, names this officer and not the reviewer (signerRefusal()); the audit event's
     * detail carries the signature over approval::actStatement() (approval::signAct()).
     */
    Status agree(const package::Signer &approver, const package::TrustStore &trust);
    /**
     * Sends the case back to the reviewer (in_review) with @p reasons, one at least; signed
     * as agree() is.
     */
    Status sendBack(const QStringList &reasons, const package::Signer &approver,
                    const package::TrustStore &trust);
    /** Answers carried over from the returned version and not yet confirmed, by item id. */
    QStringList carriedOverItems() const;

    QList<MissingItem> missing() const;
    /** Submits the proposed decision: in_review → awaiting_approval; refused while missing(). */
    Status submitForApproval();

    // Used by the undo commands only.
    void applyAnswer(const QString &itemId, const ChecklistAnswer &answer);
    void applyNote(const QString &key, const QString &value);
    void applyProposal(const ProposedDecision &proposal);

    static constexpr int kAutosaveDelayMs = 300;     // after the last edit
    static constexpr int kAutosaveMaxDelayMs = 1000; // at most after the first pending edit

signals:
    void answerChanged(const QString &itemId);
    void noteChanged(const QString &key);
    void proposalChanged();
    void currentStepChanged(gd::ReviewStep step);
    void statusChanged(gd::CaseStatus status);
    void saved(const QDateTime &at);
    void saveFailed(const QString &message);

private:
    ReviewDocument(std::shared_ptr<Database> db, QString actor);
    void queue(ReviewChange change);
    /** Reviewer's notes while the review is theirs; "approval.*" notes for the approver. */
    bool mayEditNote(const QString &key) const;
    /** Moves the case by @p action as approver (and on to returned after agreeing to a return). */
    Status finishApproval(workflow::Action action, const QJsonObject &detail);
    /** The approver's signature of @p action for the audit event, after signerRefusal(). */
    Result<QJsonObject> signedAct(workflow::Action action, const QStringList &reasons,
                                  const package::Signer &approver,
                                  const package::TrustStore &trust) const;

    std::shared_ptr<Database> m_db;
    QString m_actor;
    officer::Profile m_officer;
    ReviewState m_state;
    Application m_application;
    QList<ResourceStatus> m_resources;
    ChecklistTemplate m_checklist;
    CaseStatus m_status = CaseStatus::Received;
    QUndoStack m_undoStack;
    /** Who changed what meanwhile, in an officer's words (review::conflictText). */
    QString conflictMessage(const QList<review::SaveConflict> &conflicts) const;
    /** The review step a note key belongs to, as officers name it. */
    static QString noteStepLabel(const QString &key);

    QList<ReviewChange> m_pending;
    /** Values another officer saved meanwhile (review::SaveConflict): what is stored now, by
     *  kind and key. The officer's next edit of one is saved over it (a merge). */
    QHash<QPair<int, QString>, QJsonValue> m_conflicts;
    QTimer m_debounce;
    QTimer m_deadline;
    QDateTime m_lastSaved;
};

} // namespace gd
