// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/reviewstore.h"

namespace gd {

class Database;

/** ReviewStore on the SQLite database. */
class SqlReviewStore final : public ReviewStore
{
public:
    explicit SqlReviewStore(std::shared_ptr<Database> db);

    Result<std::optional<ReviewState>> find(const QString &id, int version) const override;
    Result<CaseRow> caseRow(const QString &id, int version) const override;
    Status writeCaseStatus(qint64 versionPk, CaseStatus from, CaseStatus to,
                           Decision decision) override;
    Result<ReviewState> create(const QString &id, int version, qint64 versionPk,
                               const QString &templateVersion, const QString &actor) override;
    Status writeAnswer(qint64 reviewPk, const QString &itemId,
                       const std::optional<ChecklistAnswer> &answer) override;
    Status writeNote(qint64 reviewPk, const QString &key,
                     const std::optional<QString> &value) override;
    Status lock(qint64 reviewPk) override;
    Status writeProgress(const ReviewState &state, bool proposal, bool step) override;
    Result<std::optional<int>> returnedPredecessor(const QString &id, int version) const override;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd
