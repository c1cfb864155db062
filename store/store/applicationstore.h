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
class ApplicationStore
{
public:
    virtual ~ApplicationStore() = default;

    /**
     * Stores one validated version with its attachments in one transaction.
     * The same id and version with the same content hash is a no-op (Unchanged);
     * with different content it is refused.
     */
    virtual Result<StoreOutcome> store(const ParsedApplication &parsed) = 0;
    /**
     * As store(), but the version enters the search index only at flushSearchIndex(), which
     * must follow inside the same enclosing transaction: for bulk paths, where a full-text
     * index written file by file (each in its own savepoint) costs a segment per file.
     */
    virtual Result<StoreOutcome> storeDeferringSearch(const ParsedApplication &parsed) = 0;
    /** Indexes for search the versions stored by storeDeferringSearch() since the last flush. */
    virtual Status flushSearchIndex() = 0;

    virtual Result<Application> load(const QString &id, int version) const = 0;
    /** The highest stored version of @p id, or 0 when unknown. */
    virtual Result<int> latestVersion(const QString &id) const = 0;
    virtual Result<QList<VersionInfo>> versions(const QString &id) const = 0;
    /** The requested resources of a version with their register status. */
    virtual Result<QList<ResourceStatus>> resourceStatuses(const QString &id,
                                                           int version) const = 0;
    virtual Result<QByteArray> attachmentContent(const QString &sha256) const = 0;
    /** Sets status and decision of one version (the workflow decides what is allowed). */
    virtual Status setStatus(const QString &id, int version, CaseStatus status,
                             Decision decision) = 0;

    virtual Result<int> count(const InboxQuery &query) const = 0;
    /**
     * The count of @p query, read no further than @p cap + 1 rows: a result above @p cap means
     * "more than @p cap", at a cost that does not grow with the database (0: no cap, count()).
     */
    virtual Result<int> countUpTo(const InboxQuery &query, int cap) const = 0;
    /** Whether no application is stored: one index probe, whatever the database's size. */
    virtual Result<bool> isEmpty() const = 0;
    virtual Result<QList<InboxRow>> rows(const InboxQuery &query, int offset, int limit) const = 0;
    /**
     * The first @p screenful rows of @p query, with whether more follow, and the number of its
     * rows when the read sorted every match anyway (a search with few matches: counting them
     * again could cost as much as finding them).
     */
    virtual Result<InboxFirstRows> firstRows(const InboxQuery &query, int screenful) const = 0;
    /** How many rows of @p query are overdue on @p today. */
    virtual Result<int> overdueCount(const InboxQuery &query, const QDate &today) const = 0;
};

} // namespace gd
