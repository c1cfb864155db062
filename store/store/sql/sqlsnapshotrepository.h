// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/snapshotrepository.h"

namespace gd::monitoring {

/** SnapshotRepository on the SQLite database. */
class SqlSnapshotRepository final : public SnapshotRepository
{
public:
    explicit SqlSnapshotRepository(std::shared_ptr<Database> db);
    Result<SnapshotRows> read() const override;
    Result<SnapshotRows> read(SnapshotSink &sink) const override;

private:
    Result<SnapshotRows> read(SnapshotSink *sink) const;
    std::shared_ptr<Database> m_db;
};

} // namespace gd::monitoring
