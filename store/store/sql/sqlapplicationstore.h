// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/applicationstore.h"

namespace gd {

namespace sql {
class Statements;
}

class Database;

/** ApplicationStore on the SQLite database. */
class SqlApplicationStore final : public ApplicationStore
{
public:
    explicit SqlApplicationStore(std::shared_ptr<Database> db);

    ~SqlApplicationStore() override;

    Result<StoreOutcome> store(const ParsedApplication &parsed) override;
    Result<StoreOutcome> storeDeferringSearch(const ParsedApplication &parsed) override;
    Status flushSearchIndex() override;
    Result<Application> load(const QString &id, int version) const override;
    Result<int> latestVersion(const QString &id) const override;
    Result<QList<VersionInfo>> versions(const QString &id) const override;
    Result<QList<ResourceStatus>> resourceStatuses(const QString &id, int version) const override;
    Result<QByteArray> attachmentContent(const QString &sha256) const override;
    Status setStatus(const QString &id, int version, CaseStatus status, Decision decision) override;
    Result<int> count(const InboxQuery &query) const override;
    Result<int> countUpTo(const InboxQuery &query, int cap) const override;
    Result<bool> isEmpty() const override;
    Result<QList<InboxRow>> rows(const InboxQuery &query, int offset, int limit) const override;
    Result<InboxFirstRows> firstRows(const InboxQuery &query, int screenful) const override;
    Result<int> overdueCount(const InboxQuery &query, const QDate &today) const override;

private:
    /** A stored version not yet in the search index. */
    struct Unindexed
    {
        qint64 versionPk = 0;
        QString appId;
        QString body;
        bool earlierVersions = false; // whose marks of the latest version may change
    };
    Result<StoreOutcome> storeVersion(const ParsedApplication &parsed, bool deferSearch);

    std::shared_ptr<Database> m_db;
    QList<Unindexed> m_unindexed;
    std::unique_ptr<sql::Statements> m_statements; // the store's writes, prepared once
};

namespace sql {
/** The text the search index holds for one version of an application: its id on the first
 *  line, then what the officer reads of it (SQLite keeps the id apart: SqliteDialect). */
QString searchBody(const Application &a);
} // namespace sql

} // namespace gd
