// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsave.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

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

/** @p value as stored in @p stored for a change of @p kind and @p key (Null: absent). */
QJsonValue storedValue(const ReviewState &stored, ReviewChange::Kind kind, const QString &key)
{
    switch (kind) {
    case ReviewChange::Kind::Answer: {
        const auto it = stored.answers.constFind(key);
        return it == stored.answers.cend() ? QJsonValue() : ReviewStore::toJson(*it);
    }
    case ReviewChange::Kind::Note: {
        const auto it = stored.notes.constFind(key);
        return it == stored.notes.cend() ? QJsonValue() : QJsonValue(*it);
    }
    case ReviewChange::Kind::Proposal:
        return ReviewStore::toJson(stored.proposal);
    case ReviewChange::Kind::Step:
        break;
    }
    return {};
}

/** The words an officer reads for a stored value: a text, a rationale, an opinion. */
QString readable(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject o = value.toObject();
    for (const char *field : {"rationale", "opinion"}) {
        if (o.contains(QLatin1String(field)))
            return o.value(QLatin1String(field)).toString();
    }
    return {};
}

/** Who last wrote @p conflict's value: the newest matching audit event of @p subject. */
void findWriter(AuditTrail &audit, const QString &subject, SaveConflict *conflict)
{
    const auto events = audit.events(subject);
    if (!events)
        return;
    const QString action = changeAction(conflict->kind);
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        if (it->action == action &&
            it->detail.value(QStringLiteral("key")).toString() == conflict->key) {
            conflict->by = it->actor;
            conflict->at = it->at;
            return;
        }
    }
}

/** The values of @p changes that are stored otherwise than they were read. */
Result<QList<SaveConflict>> findConflicts(ReviewStore &reviews, AuditTrail &audit,
                                          const ReviewState &state,
                                          const QList<ReviewChange> &changes)
{
    const auto stored = reviews.find(state.applicationId, state.version);
    if (!stored)
        return stored.error();
    QList<SaveConflict> found;
    if (!stored->has_value())
        return found;
    for (const ReviewChange &change : changes) {
        if (change.kind == ReviewChange::Kind::Step)
            continue;
        const QJsonValue now = storedValue(**stored, change.kind, change.key);
        const QJsonValue before = change.before.isUndefined() ? QJsonValue() : change.before;
        if (now == before)
            continue;
        SaveConflict conflict{change.kind, change.key, now, {}, {}};
        findWriter(audit, subjectOf(state.applicationId, state.version), &conflict);
        found << conflict;
    }
    return found;
}

} // namespace

QString conflictText(const SaveConflict &conflict, const QString &what,
                     const QList<ReviewChange> &changes)
{
    QString mine;
    for (const ReviewChange &change : changes) {
        if (change.kind == conflict.kind && change.key == conflict.key)
            mine = readable(change.after);
    }
    return QCoreApplication::translate("ReviewSave",
                                       "%1 was changed by %2 (%3) since you opened the review. "
                                       "Theirs: \u201c%4\u201d. Yours: \u201c%5\u201d.")
        .arg(what, conflict.by.isEmpty() ? QStringLiteral("?") : conflict.by,
             conflict.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             readable(conflict.theirs), mine);
}

QString conflictAdvice()
{
    return QCoreApplication::translate("ReviewSave", "Nothing was saved; edit the value to "
                                                     "merge both, and it is saved over theirs.");
}

namespace {

Error conflictError(const ReviewState &state, const QList<SaveConflict> &conflicts,
                    const QList<ReviewChange> &changes)
{
    QStringList lines;
    for (const SaveConflict &conflict : conflicts) {
        const QString what = conflict.kind == ReviewChange::Kind::Proposal
                                 ? QCoreApplication::translate("ReviewSave", "the proposal")
                                 : conflict.key;
        lines << conflictText(conflict, what, changes);
    }
    lines << conflictAdvice();
    return Error{subjectOf(state.applicationId, state.version), lines.join(QLatin1Char(' '))};
}

} // namespace

Status saveChanges(const std::shared_ptr<Database> &db, const ReviewState &state,
                   const QList<ReviewChange> &changes, const QString &actor,
                   QList<SaveConflict> *conflicts)
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
    if (conflicts) {
        if (auto locked = reviews->lock(state.reviewId); !locked)
            return locked;
        const auto found = findConflicts(*reviews, *audit, state, changes);
        if (!found)
            return found.error();
        if (!found->isEmpty()) {
            *conflicts = *found;
            return conflictError(state, *found, changes);
        }
    }
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
