// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/feedrepository.h"

namespace gd::monitoring {

/** FeedRepository on the SQLite database. */
class SqlFeedRepository final : public FeedRepository
{
public:
    explicit SqlFeedRepository(std::shared_ptr<Database> db);

    Result<FeedStoreSummary> store(const FeedFile &file, const QString &sha256,
                                   const QString &path) override;
    Result<bool> seen(const QString &sha256) const override;
    Result<QList<CallRecord>> calls(const FeedQuery &query = {}) const override;
    Status forEachCallUnordered(const std::function<void(const CallRow &)> &visit) const override;
    Status forEachCall(const FeedQuery &query,
                       const std::function<void(CallRecord &&)> &visit) const override;
    Result<qint64> callCount(const FeedQuery &query = {}) const override;
    Result<QList<IncidentRecord>> incidents(const FeedQuery &query = {}) const override;
    Result<QList<FilingRecord>> filings() const override;
    Result<QList<FeedImportEntry>> imports() const override;
    Result<QSet<QString>> ids(FeedKind kind) const override;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd::monitoring
