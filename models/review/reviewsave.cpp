// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsave.h"

#include <algorithm>

#include <QJsonObject>

#include "domain/subject.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/reviewstore.h"

namespace gd::review {
namespace {

QString changeAction(ReviewChange::Kind kind)
{
    switch (kind) {
    case ReviewChange::Kind::Answer:
        return QStringLiteral("review.answer");
    case ReviewChange::Kind::Note:
        return QStringLiteral("review.note");
    case ReviewChange::Kind::Proposal:
        return QStringLiteral("review.proposal");
    case ReviewChange::Kind::Step:
        return {};
    }
    return {};
}

/** Refuses edits (anything but a step change) of a version whose package records its review. */
Status refuseSignedEdits(ReviewStore &reviews, const ReviewState &state,
                         const QList<ReviewChange> &changes)
{
    const bool edits = std::any_of(changes.cbegin(), changes.cend(), [](const ReviewChange &c) {
        return c.kind != ReviewChange::Kind::Step;
    });
    if (!edits)
        return success();
    const auto row = reviews.caseRow(state.applicationId, state.version);
    if (!row)
        return row.error();
    if (row->status == CaseStatus::Signed || row->status == CaseStatus::Countersigned ||
        row->status == CaseStatus::Filed)
        return Error{subjectOf(state.applicationId, state.version),
                     QStringLiteral("the review is %1 and read-only; changing it needs a new "
                                    "version of the application")
                         .arg(caseStatusCode(row->status))};
    return success();
}

/** Stores the answer or note @p change names, as @p state now holds it (absent: deleted). */
Status writeValue(ReviewStore &reviews, const ReviewState &state, const ReviewChange &change)
{
    if (change.kind == ReviewChange::Kind::Answer) {
        const auto it = state.answers.constFind(change.key);
        const auto answer =
            it == state.answers.cend() ? std::nullopt : std::optional<ChecklistAnswer>(*it);
        return reviews.writeAnswer(state.reviewId, change.key, answer);
    }
    const auto it = state.notes.constFind(change.key);
    const auto value = it == state.notes.cend() ? std::nullopt : std::optional<QString>(*it);
    return reviews.writeNote(state.reviewId, change.key, value);
}

} // namespace

Status saveChanges(const std::shared_ptr<Database> &db, const ReviewState &state,
                   const QList<ReviewChange> &changes, const QString &actor)
{
    if (changes.isEmpty())
        return success();
    Transaction transaction(*db);
    if (!transaction.begun())
        return Error{QStringLiteral("database"), QStringLiteral("cannot begin a transaction")};

    const auto reviews = makeReviewStore(db);
    if (auto refused = refuseSignedEdits(*reviews, state, changes); !refused)
        return refused;
    const auto audit = makeAuditTrail(db);
    const QString subject = subjectOf(state.applicationId, state.version);
    bool proposal = false;
    bool step = false;
    for (const ReviewChange &change : changes) {
        proposal = proposal || change.kind == ReviewChange::Kind::Proposal;
        step = step || change.kind == ReviewChange::Kind::Step;
        if (change.kind == ReviewChange::Kind::Answer || change.kind == ReviewChange::Kind::Note) {
            if (auto written = writeValue(*reviews, state, change); !written)
                return written;
        }
        // Navigation is remembered, not audited.
        if (change.kind == ReviewChange::Kind::Step)
            continue;
        QJsonObject detail{{QStringLiteral("before"), change.before},
                           {QStringLiteral("after"), change.after}};
        if (!change.key.isEmpty())
            detail.insert(QStringLiteral("key"), change.key);
        if (auto event = audit->append(actor, changeAction(change.kind), subject, detail); !event)
            return event.error();
    }
    if (auto written = reviews->writeProgress(state, proposal, step); !written)
        return written;
    return transaction.commit();
}

} // namespace gd::review
