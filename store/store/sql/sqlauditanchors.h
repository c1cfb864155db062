// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/auditanchors.h"

namespace gd {

class Database;

/** AuditAnchors on the SQLite database. */
class SqlAuditAnchors final : public AuditAnchors
{
public:
    explicit SqlAuditAnchors(std::shared_ptr<Database> db);

    Status add(const AuditAnchor &anchor) const override;
    Result<QList<AuditAnchor>> all() const override;
    Result<std::optional<AuditAnchor>> newest() const override;
    Result<QList<qint64>> markedWithoutAnchor(qint64 afterSeq = 0) const override;
    Result<QList<MissingCaseEvent>> casesWithoutTheirEvents() const override;
    Result<QStringList> dataWithoutEvents() const override;

    /** The statement of casesWithoutTheirEvents(), for the check of its plan. */
    static QString casesWithoutTheirEventsSql();

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd
