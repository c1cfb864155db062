// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewservice.h"

#include "domain/subject.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include "review/checklisttemplate.h"
#include "review/reviewrules.h"
#include "services/desk.h"
#include "store/applicationstore.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/reviewstore.h"
#include "store/repositories.h"

namespace gd {
namespace {

const QString kWhere = QStringLiteral("database");

/**
 * Moves a received case into review; an in-review case stays. Refused for any other status:
 * a review is only ever started from received.
 */
Result<CaseStatus> startStatus(ReviewStore &reviews, const QString &id, int version,
                               const CaseRow &row)
{
    const QString subject = subjectOf(id, version);
    if (row.status == CaseStatus::Received) {
        auto moved = workflow::apply(row.status, workflow::Action::StartReview, row.decision);
        if (!moved)
            return Error{subject, moved.error().what};
        if (auto written = reviews.writeCaseStatus(row.pk, row.status, moved.value(), row.decision);
            !written)
            return written.error();
        return moved.value();
    }
    if (row.status != CaseStatus::InReview)
        return Error{subject, QStringLiteral("no review was started for this case, and it is %1 "
                                             "now, so none can be started")
                                  .arg(caseStatusLabel(row.status))};
    return row.status;
}

/** The rules' suggestions for the items @p checklist has, written as suggested answers. */
Result<QJsonObject> writeSuggestions(ReviewStore &reviews, ReviewState &state,
                                     const Application &application,
                                     const QList<ResourceStatus> &resources,
                                     const ChecklistTemplate &checklist)
{
    QJsonObject suggested;
    const auto suggestions = reviewrules::suggestions(application, resources, checklist);
    for (auto it = suggestions.cbegin(); it != suggestions.cend(); ++it) {
        if (!checklist.item(it.key()))
            continue; // a rule about an item this template does not have
        ChecklistAnswer answer = it.value();
        answer.suggested = true;
        if (auto written = reviews.writeAnswer(state.reviewId, it.key(), answer); !written)
            return written.error();
        state.answers.insert(it.key(), answer);
        suggested.insert(it.key(), verdictCode(answer.verdict));
    }
    return suggested;
}

/**
 * A resubmission after a return: the answers the change does not touch are carried over
 * from the returned version @p from, as suggestions the reviewer must confirm. Returns the
 * carried item ids and records them in the review's notes.
 */
Result<QStringList> carryOver(ReviewStore &reviews, ApplicationStore &applications,
                              ReviewState &state, const Application &application, int from,
                              const ChecklistTemplate &checklist)
{
    auto older = applications.load(state.applicationId, from);
    if (!older)
        return older.error();
    auto earlier = reviews.find(state.applicationId, from);
    if (!earlier)
        return earlier.error();
    const VersionDiff diff = versiondiff::compare(older.value(), application);
    QSet<QString> present;
    for (const Attachment &attachment : application.attachments)
        present.insert(attachment.sha256);
    QStringList carried;
    const ReviewState &previous = *earlier.value();
    for (const QString &itemId : versiondiff::carriedOverItems(diff, checklist)) {
        const auto it = previous.answers.constFind(itemId);
        if (it == previous.answers.cend() || it->verdict == Verdict::None)
            continue;
        ChecklistAnswer answer;
        answer.verdict = it->verdict;
        answer.rationale = it->rationale;
        for (const QString &hash : it->evidence) {
            if (present.contains(hash))
                answer.evidence << hash;
        }
        answer.suggested = true;
        answer.suggestionReason =
            QCoreApplication::translate("ReviewStore", "Carried over from version %1: confirm")
                .arg(from);
        if (auto written = reviews.writeAnswer(state.reviewId, itemId, answer); !written)
            return written.error();
        state.answers.insert(itemId, answer);
        carried << itemId;
    }
    const QList<std::pair<QString, QString>> notes{
        {ReviewStore::carriedFromKey(), QString::number(from)},
        {ReviewStore::carriedItemsKey(), carried.join(QLatin1Char(' '))}};
    for (const auto &[key, value] : notes) {
        if (auto written = reviews.writeNote(state.reviewId, key, value); !written)
            return written.error();
        state.notes.insert(key, value);
    }
    return carried;
}

} // namespace

ReviewService::ReviewService(std::shared_ptr<Desk> desk)
    : m_desk(std::move(desk))
{}

Result<std::optional<ReviewState>> ReviewService::find(const QString &id, int version) const
{
    return makeReviewStore(m_desk->database())->find(id, version);
}

Result<ReviewState> ReviewService::open(const QString &id, int version, const QString &actor,
                                        const ChecklistTemplate &checklist)
{
    const std::shared_ptr<Database> &db = m_desk->database();
    Transaction transaction(*db);
    if (!transaction.begun())
        return Error{kWhere, QStringLiteral("cannot begin a transaction")};

    const auto reviews = makeReviewStore(db);
    auto row = reviews->caseRow(id, version);
    if (!row)
        return row.error();
    auto existing = reviews->find(id, version);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value(); // whatever the status: the caller decides about read-only

    auto status = startStatus(*reviews, id, version, row.value());
    if (!status)
        return status.error();
    const auto applications = makeApplicationStore(db);
    auto application = applications->load(id, version);
    if (!application)
        return application.error();
    auto resources = applications->resourceStatuses(id, version);
    if (!resources)
        return resources.error();

    auto state = reviews->create(id, version, row->pk, checklist.version, actor);
    if (!state)
        return state.error();
    auto suggestions = writeSuggestions(*reviews, state.value(), application.value(),
                                        resources.value(), checklist);
    if (!suggestions)
        return suggestions.error();
    QJsonObject suggested = suggestions.value();

    QJsonObject startDetail{{QStringLiteral("templateVersion"), checklist.version},
                            {QStringLiteral("status"), caseStatusCode(status.value())}};
    auto predecessor = reviews->returnedPredecessor(id, version);
    if (!predecessor)
        return predecessor.error();
    if (const std::optional<int> from = predecessor.value()) {
        auto carried = carryOver(*reviews, *applications, state.value(), application.value(), *from,
                                 checklist);
        if (!carried)
            return carried.error();
        for (const QString &itemId : carried.value())
            suggested.remove(itemId);
        startDetail.insert(QStringLiteral("carriedFrom"), *from);
        startDetail.insert(QStringLiteral("items"), QJsonArray::fromStringList(carried.value()));
    }
    startDetail.insert(QStringLiteral("suggestions"), suggested);

    const auto audit = makeAuditTrail(db);
    auto event =
        audit->append(actor, QStringLiteral("review.start"), subjectOf(id, version), startDetail);
    if (!event)
        return event.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return state;
}

Result<std::optional<VersionDiff>> ReviewService::changesSinceReturned(const QString &id,
                                                                       int version) const
{
    const std::shared_ptr<Database> &db = m_desk->database();
    auto from = makeReviewStore(db)->returnedPredecessor(id, version);
    if (!from)
        return from.error();
    if (!from.value())
        return std::optional<VersionDiff>{};
    const auto applications = makeApplicationStore(db);
    auto older = applications->load(id, *from.value());
    if (!older)
        return older.error();
    auto newer = applications->load(id, version);
    if (!newer)
        return newer.error();
    return std::optional<VersionDiff>(versiondiff::compare(older.value(), newer.value()));
}

Result<CaseStatus> ReviewService::transition(const QString &id, int version,
                                             workflow::Action action, Decision decision,
                                             const QString &actor, const QJsonObject &detail)
{
    const std::shared_ptr<Database> &db = m_desk->database();
    Transaction transaction(*db);
    if (!transaction.begun())
        return Error{kWhere, QStringLiteral("cannot begin a transaction")};

    const auto reviews = makeReviewStore(db);
    auto row = reviews->caseRow(id, version);
    if (!row)
        return row.error();
    const QString subject = subjectOf(id, version);
    // Only the approver's agreement sets the decision; every other action keeps it.
    const Decision newDecision = action == workflow::Action::Agree ? decision : row->decision;
    auto moved = workflow::apply(row->status, action, newDecision);
    if (!moved)
        return Error{subject, moved.error().what};
    if (auto written = reviews->writeCaseStatus(row->pk, row->status, moved.value(), newDecision);
        !written)
        return written.error();

    QJsonObject eventDetail = detail;
    eventDetail.insert(QStringLiteral("from"), caseStatusCode(row->status));
    eventDetail.insert(QStringLiteral("to"), caseStatusCode(moved.value()));
    if (newDecision != row->decision)
        eventDetail.insert(QStringLiteral("decision"), decisionCode(newDecision));
    const auto audit = makeAuditTrail(db);
    if (auto event = audit->append(actor, QStringLiteral("case.") + workflow::actionCode(action),
                                   subject, eventDetail);
        !event)
        return event.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return moved.value();
}

} // namespace gd
