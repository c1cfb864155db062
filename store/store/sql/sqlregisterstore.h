// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/registerstore.h"

namespace gd {

class Database;

/** RegisterStore on the SQLite database. */
class SqlRegisterStore final : public RegisterStore
{
public:
    explicit SqlRegisterStore(std::shared_ptr<Database> db);

    Result<RegisterImportSummary> importFile(const RegisterFile &file) override;
    Result<RegistrationStatus> status(const QString &code) const override;
    Result<std::optional<RegisteredResource>> find(const QString &code) const override;
    Result<QList<RegisterHistoryEntry>> history(const QString &code) const override;
    Result<int> count() const override;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd
