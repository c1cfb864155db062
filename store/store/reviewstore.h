// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/review.h"

namespace gd {

class Database;

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
 * rules (the workflow, the suggestions, the carry-over) are ReviewService's
 * (models/services/reviewservice.h), which runs these writes inside one Transaction together
 * with their audit events, so an acknowledged edit and its record are never separated.
 */
class ReviewStore final
{
public:
    explicit ReviewStore(std::shared_ptr<Database> db);

    Result<std::optional<ReviewState>> find(const QString &id, int version) const;

    /** The status and decision of @p id / @p version; refused when the version does not exist. */
    Result<CaseRow> caseRow(const QString &id, int version) const;
    /** Stores @p status and @p decision on the version row @p versionPk. */
    Status writeCaseStatus(qint64 versionPk, CaseStatus status, Decision decision);

    /**
     * Inserts the review of the version row @p versionPk (at the first step, no answers) and
     * returns it as a state of @p id / @p version.
     */
    Result<ReviewState> create(const QString &id, int version, qint64 versionPk,
                               const QString &templateVersion, const QString &actor);
    /** Stores (or, for nullopt, deletes) one answer or one note of the review @p reviewPk. */
    Status writeAnswer(qint64 reviewPk, const QString &itemId,
                       const std::optional<ChecklistAnswer> &answer);
    Status writeNote(qint64 reviewPk, const QString &key, const std::optional<QString> &value);

    /**
     * Writes @p changes (taking the values from @p state) and one audit event per change.
     * Edits of a signed, countersigned or filed version are refused (its package records the
     * review); a step change alone is still stored.
     */
    Status save(const ReviewState &state, const QList<ReviewChange> &changes, const QString &actor);

    /** The latest version before @p version that has a review, if its case was returned. */
    Result<std::optional<int>> returnedPredecessor(const QString &id, int version) const;

    /**
     * Notes that record a carry-over when a review starts: the returned version's number
     * and the carried item ids, separated by spaces.
     */
    static QString carriedFromKey() { return QStringLiteral("carryover.from"); }
    static QString carriedItemsKey() { return QStringLiteral("carryover.items"); }

    static QJsonValue toJson(const ChecklistAnswer &answer);
    static QJsonValue toJson(const ProposedDecision &proposal);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd
