// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/review.h"

namespace gd {

/** The row of application_versions for one application version. */
struct CaseRow
{
    qint64 pk = 0;
    CaseStatus status = CaseStatus::Received;
    Decision decision = Decision::None;
};

/**
 * Reviews in the database (tables reviews, review_answers, review_notes) and the status of
 * their cases. A repository: it reads and writes what it is given and decides nothing; the
 * rules (the workflow, what an edit of a signed version may change, which changes are
 * audited, the suggestions, the carry-over) are the core's (review::saveChanges in
 * models/review/reviewsave.h, ReviewService in models/services/reviewservice.h), which run
 * these writes inside one Transaction together with their audit events, so an acknowledged
 * edit and its record are never separated. What a second database engine implements;
 * makeReviewStore (store/repositories.h) gives the one for a Database.
 */
class ReviewStore
{
public:
    virtual ~ReviewStore() = default;

    virtual Result<std::optional<ReviewState>> find(const QString &id, int version) const = 0;

    /** The status and decision of @p id / @p version; refused when the version does not exist. */
    virtual Result<CaseRow> caseRow(const QString &id, int version) const = 0;
    /**
     * Moves the version row @p versionPk from @p from to @p to with @p decision. Refused, with
     * nothing written, when the row is no longer at @p from: another officer's connection
     * moved it since it was read (on the office server the second of two such writes waits
     * for the first to commit, then finds the status changed).
     */
    virtual Status writeCaseStatus(qint64 versionPk, CaseStatus from, CaseStatus to,
                                   Decision decision) = 0;

    /**
     * Inserts the review of the version row @p versionPk (at the first step, no answers) and
     * returns it as a state of @p id / @p version.
     */
    virtual Result<ReviewState> create(const QString &id, int version, qint64 versionPk,
                                       const QString &templateVersion, const QString &actor) = 0;
    /** Stores (or, for nullopt, deletes) one answer or one note of the review @p reviewPk. */
    virtual Status writeAnswer(qint64 reviewPk, const QString &itemId,
                               const std::optional<ChecklistAnswer> &answer) = 0;
    virtual Status writeNote(qint64 reviewPk, const QString &key,
                             const std::optional<QString> &value) = 0;
    /**
     * Stamps the review row of @p state as updated now and, when asked, stores its proposed
     * decision and its current step. Refused when the review is not in the database.
     */
    virtual Status writeProgress(const ReviewState &state, bool proposal, bool step) = 0;

    /**
     * Holds the review @p reviewPk for the caller's transaction: another writer's save of
     * the same review waits until it ends (a row lock on the server, the write lock on the
     * file), so that reading the stored values and writing new ones are one step.
     */
    virtual Status lock(qint64 reviewPk) = 0;
    /** The latest version before @p version that has a review, if its case was returned. */
    virtual Result<std::optional<int>> returnedPredecessor(const QString &id,
                                                           int version) const = 0;

    /**
     * Notes that record a carry-over when a review starts: the returned version's number
     * and the carried item ids, separated by spaces.
     */
    static QString carriedFromKey() { return QStringLiteral("carryover.from"); }
    static QString carriedItemsKey() { return QStringLiteral("carryover.items"); }

    static QJsonValue toJson(const ChecklistAnswer &answer);
    static QJsonValue toJson(const ProposedDecision &proposal);
};

} // namespace gd
