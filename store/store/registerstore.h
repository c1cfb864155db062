// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/registerimport.h"
#include "domain/register.h"

namespace gd {

class Database;

/** The local copy of the resource register with its status history. */
class RegisterStore final
{
public:
    explicit RegisterStore(std::shared_ptr<Database> db);

    /** Upserts by code in one transaction, recording every status change. */
    Result<RegisterImportSummary> importFile(const RegisterFile &file);
    /** Status of @p code; Unregistered for an empty or unknown code. */
    Result<RegistrationStatus> status(const QString &code) const;
    Result<std::optional<RegisteredResource>> find(const QString &code) const;
    Result<QList<RegisterHistoryEntry>> history(const QString &code) const;
    Result<int> count() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd
