// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/pendingfiles.h"

namespace gd {

class Database;

/** PendingFiles on the SQLite database. */
class SqlPendingFiles final : public PendingFiles
{
public:
    explicit SqlPendingFiles(std::shared_ptr<Database> db);

    Status record(const QString &path, const QByteArray &data) override;
    Status done(const QString &path) override;
    Result<int> reconcile() override;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd
