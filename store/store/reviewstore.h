// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/review.h"
#include "review/versiondiff.h"
#include "review/workflow.h"

namespace gd {

class Database;
struct ChecklistTemplate;

/** One edit of a review, as the autosaver hands it to the store. */
struct ReviewChange
{
    enum class Kind
    {
        Answer,
        Note,
        Proposal,
        Step
    };
    Kind kind = Kind::Note;
    QString key;       // item id for Answer, note key for Note; empty otherwise
    QJsonValue before; // for the audit trail
    QJsonValue after;
};

/**
 * Reviews in the database (tables reviews, review_answers, review_notes). Every write
 * runs in one transaction together with its audit events (AuditTrail), so an
 * acknowledged edit and its record are never separated.
 */
class ReviewStore final
{
public:
    explicit ReviewStore(std::shared_ptr<Database> db);

    /**
     * The review of @p id / @p version; when there is none yet it is created with
     * @p checklist's version, the case moves received → in_review and "review.start" is
     * recorded. Refused when the version does not exist.
     */
    Result<ReviewState> open(const QString &id, int version, const QString &actor,
                             const ChecklistTemplate &checklist);
    Result<std::optional<ReviewState>> find(const QString &id, int version) const;

    /** Writes @p changes (taking the values from @p state) and one audit event per change. */
    Status save(const ReviewState &state, const QList<ReviewChange> &changes, const QString &actor);

    /**
     * Moves the case by @p action through the workflow (refused with the workflow's reason)
     * and records "case.<action>" with @p detail; Agree also stores @p decision.
     */
    Result<CaseStatus> transition(const QString &id, int version, workflow::Action action,
                                  Decision decision, const QString &actor,
                                  const QJsonObject &detail = {});

    /**
     * What changed in @p version against the latest earlier version whose review ended in
     * status returned; nullopt when there is none (a first version, or no return).
     */
    Result<std::optional<VersionDiff>> changesSinceReturned(const QString &id, int version) const;

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
