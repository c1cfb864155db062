// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/snapshotrepository.h"

namespace gd::monitoring {

/** SnapshotRepository in SQL both engines run (the one aggregate they spell differently comes
 *  from sql::Dialect). */
class SqlSnapshotRepository final : public SnapshotRepository
{
public:
    explicit SqlSnapshotRepository(std::shared_ptr<Database> db);
    Result<SnapshotRows> read() const override;
    Result<SnapshotRows> read(SnapshotSink &sink) const override;
    Status submissions(const SubmissionScope &scope,
                       const std::function<void(SubmittedRow &&)> &take) const override;
    Result<FilterValues> filterValues() const override;
    Result<QHash<QString, QDateTime>> agreements() const override;

private:
    Result<SnapshotRows> read(SnapshotSink *sink) const;
    std::shared_ptr<Database> m_db;
};

} // namespace gd::monitoring
