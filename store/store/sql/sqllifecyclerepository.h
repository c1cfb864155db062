// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/lifecyclerepository.h"

namespace gd::lifecycle {

/** LifecycleRepository on the SQLite database. */
class SqlLifecycleRepository final : public LifecycleRepository
{
public:
    explicit SqlLifecycleRepository(std::shared_ptr<Database> db);
    Result<qint64> append(const StoredAct &act) override;
    Result<QList<StoredAct>> forCase(const QString &appId, int version) const override;
    Status forEachAct(const std::function<void(StoredAct &&)> &take) const override;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd::lifecycle
