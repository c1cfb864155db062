// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QJsonObject>
#include <QString>

#include "core/result.h"
#include "domain/review.h"
#include "review/versiondiff.h"
#include "review/workflow.h"

namespace gd {

class Desk;
struct ChecklistTemplate;

/**
 * The review of a case as the rules have it (docs/architecture.md §4): starting a review
 * (the workflow's start, the rules' suggestions, the carry-over after a return), moving a case
 * through the workflow, and what changed since a return. It decides; the repositories behind
 * the desk only read and write, each decision and its audit event in one transaction.
 */
class ReviewService final
{
public:
    explicit ReviewService(std::shared_ptr<Desk> desk);

    /**
     * The review of @p id / @p version; when there is none yet it is created with
     * @p checklist's version, the case moves received → in_review and "review.start" is
     * recorded. Refused when the version does not exist.
     */
    Result<ReviewState> open(const QString &id, int version, const QString &actor,
                             const ChecklistTemplate &checklist);
    Result<std::optional<ReviewState>> find(const QString &id, int version) const;

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

private:
    std::shared_ptr<Desk> m_desk;
};

} // namespace gd
