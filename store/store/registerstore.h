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
class RegisterStore
{
public:
    virtual ~RegisterStore() = default;

    /** Upserts by code in one transaction, recording every status change. */
    virtual Result<RegisterImportSummary> importFile(const RegisterFile &file) = 0;
    /** Status of @p code; Unregistered for an empty or unknown code. */
    virtual Result<RegistrationStatus> status(const QString &code) const = 0;
    virtual Result<std::optional<RegisteredResource>> find(const QString &code) const = 0;
    virtual Result<QList<RegisterHistoryEntry>> history(const QString &code) const = 0;
    virtual Result<int> count() const = 0;
};

} // namespace gd
