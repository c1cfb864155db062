// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/application.h"
#include "domain/inboxrecords.h"

namespace gd {

class ApplicationStore;
class Desk;

/**
 * The inbox as the ui and the programs read it: the search and its pages, the counts, and
 * one case in detail — a stored version, its resources against the register, the versions
 * received (its history) and its attachments. Reads only; importing is ImportService.
 */
class InboxService final
{
public:
    explicit InboxService(std::shared_ptr<Desk> desk);
    ~InboxService();
    InboxService(const InboxService &) = delete;
    InboxService &operator=(const InboxService &) = delete;

    const std::shared_ptr<Desk> &desk() const { return m_desk; }

    /** How many rows @p query finds. */
    Result<int> count(const InboxQuery &query) const;
    /** The count of @p query read no further than @p cap + 1 rows (above @p cap: "more"). */
    Result<int> countUpTo(const InboxQuery &query, int cap) const;
    /** Whether the database holds no application yet (no count: the first start asks it). */
    Result<bool> isEmpty() const;
    /** One page of @p query's rows, in its order. */
    Result<QList<InboxRow>> rows(const InboxQuery &query, int offset, int limit) const;
    /** The first @p screenful rows of @p query, and its count when they came with it
     *  (ApplicationStore::firstRows). */
    Result<InboxFirstRows> firstRows(const InboxQuery &query, int screenful) const;
    /** How many rows of @p query are overdue on @p today. */
    Result<int> overdueCount(const InboxQuery &query, const QDate &today) const;

    /** One stored version. */
    Result<Application> load(const QString &id, int version) const;
    /** The highest stored version of @p id, or 0 when unknown. */
    Result<int> latestVersion(const QString &id) const;
    /** The application's history: every version received, oldest first. */
    Result<QList<VersionInfo>> versions(const QString &id) const;
    /** The requested resources of a version with their register status. */
    Result<QList<ResourceStatus>> resourceStatuses(const QString &id, int version) const;
    /** An attachment's bytes, by the SHA-256 the application names. */
    Result<QByteArray> attachmentContent(const QString &sha256) const;

private:
    std::shared_ptr<Desk> m_desk;
    std::unique_ptr<ApplicationStore> m_store;
};

} // namespace gd
