// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/application.h"
#include "domain/register.h"
#include "domain/workflow.h"
#include "store/registerstore.h" // callers of the register usually need both

namespace gd {

class Database;

/** What storing a parsed application did. */
enum class StoreOutcome
{
    Added,
    Unchanged
};

/** Facts about one stored version, for lists and version links. */
struct VersionInfo
{
    QString id;
    int version = 0;
    CaseStatus status = CaseStatus::Received;
    Decision decision = Decision::None;
    QDateTime submittedAt;
    QDateTime importedAt;
    QString contentSha256;
};

/** Filter and order of the inbox; the same for the GUI table and `list`. */
struct InboxQuery
{
    enum class Column
    {
        Id,
        Version,
        Status,
        Applicant,
        Scenario,
        Domain,
        Mode,
        UseClass,
        Submitted,
        Deadline,
        Resources
    };

    QString search;       // full-text; empty for all
    QStringList statuses; // status codes; empty for all
    bool allVersions = false;
    /**
     * "Waiting for me": Reviewer — received cases and those in review by @c officer;
     * Approver — cases awaiting approval that @c officer did not review.
     */
    enum class Waiting
    {
        Anyone,
        Reviewer,
        Approver
    };
    Waiting waitingFor = Waiting::Anyone;
    QString officer;
    /** Only these application ids (a drill-down from the dashboard); empty: no restriction. */
    QStringList ids;
    Column sortColumn = Column::Submitted;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
};

/** One row of the inbox. */
struct InboxRow
{
    QString id;
    int version = 0;
    CaseStatus status = CaseStatus::Received;
    Decision decision = Decision::None;
    QString applicant;
    QString creditCode;
    QString scenario;
    QString domain;
    QString mode;
    QString useClass;
    QDateTime submittedAt;
    QDate deadline;
    int resourceCount = 0;
    int unregisteredCount = 0; // no code or code not in the register
    int cancelledCount = 0;
    bool missingEarlierVersion = false; // a version number in between was never received

    /** Past its deadline while still waiting for an officer. */
    bool isOverdue(const QDate &today) const
    {
        return deadline.isValid() && deadline < today && caseStatusIsOpen(status);
    }
};

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
