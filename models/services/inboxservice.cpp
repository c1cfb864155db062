// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxservice.h"

#include "services/desk.h"
#include "store/applicationstore.h"
#include "store/repositories.h"

namespace gd {

InboxService::InboxService(std::shared_ptr<Desk> desk)
    : m_desk(std::move(desk))
    // No desk: a model asked only for its headers (as before, nothing may then be read).
    , m_store(m_desk ? makeApplicationStore(m_desk->database()) : nullptr)
{}

InboxService::~InboxService() = default;

Result<int> InboxService::countUpTo(const InboxQuery &query, int cap) const
{
    return m_store->countUpTo(query, cap);
}

Result<bool> InboxService::isEmpty() const
{
    return m_store->isEmpty();
}

Result<int> InboxService::count(const InboxQuery &query) const
{
    return m_store->count(query);
}

Result<QList<InboxRow>> InboxService::rows(const InboxQuery &query, int offset, int limit) const
{
    return m_store->rows(query, offset, limit);
}

Result<InboxFirstRows> InboxService::firstRows(const InboxQuery &query, int screenful) const
{
    return m_store->firstRows(query, screenful);
}

Result<int> InboxService::overdueCount(const InboxQuery &query, const QDate &today) const
{
    return m_store->overdueCount(query, today);
}

Result<Application> InboxService::load(const QString &id, int version) const
{
    return m_store->load(id, version);
}

Result<int> InboxService::latestVersion(const QString &id) const
{
    return m_store->latestVersion(id);
}

Result<QList<VersionInfo>> InboxService::versions(const QString &id) const
{
    return m_store->versions(id);
}

Result<QList<ResourceStatus>> InboxService::resourceStatuses(const QString &id, int version) const
{
    return m_store->resourceStatuses(id, version);
}

Result<QByteArray> InboxService::attachmentContent(const QString &sha256) const
{
    return m_store->attachmentContent(sha256);
}

} // namespace gd
