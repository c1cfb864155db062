// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/application.h"
#include "domain/inboxrecords.h"
#include "domain/register.h"
#include "domain/workflow.h"
#include "store/registerstore.h" // callers of the register usually need both

namespace gd {

class Database;

/**
 * Applications and their versions in the database: store a validated file in one
 * transaction, load a version back, query the inbox. All SQL for applications lives here.
 */
class ApplicationStore final
{
public:
    explicit ApplicationStore(std::shared_ptr<Database> db);

    /**
     * Stores one validated version with its attachments in one transaction.
     * The same id and version with the same content hash is a no-op (Unchanged);
     * with different content it is refused.
     */
    Result<StoreOutcome> store(const ParsedApplication &parsed);

    Result<Application> load(const QString &id, int version) const;
    /** The highest stored version of @p id, or 0 when unknown. */
    Result<int> latestVersion(const QString &id) const;
    Result<QList<VersionInfo>> versions(const QString &id) const;
    /** The requested resources of a version with their register status. */
    Result<QList<ResourceStatus>> resourceStatuses(const QString &id, int version) const;
    Result<QByteArray> attachmentContent(const QString &sha256) const;
    /** Sets status and decision of one version (the workflow decides what is allowed). */
    Status setStatus(const QString &id, int version, CaseStatus status, Decision decision);

    Result<int> count(const InboxQuery &query) const;
    Result<QList<InboxRow>> rows(const InboxQuery &query, int offset, int limit) const;
    /** How many rows of @p query are overdue on @p today. */
    Result<int> overdueCount(const InboxQuery &query, const QDate &today) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd
