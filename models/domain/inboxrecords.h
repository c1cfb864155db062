// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/application.h"
#include "domain/register.h"
#include "domain/workflow.h"

/*
 * What the inbox reads from the applications' store (store/applicationstore.h) and hands to
 * the ui through InboxService: plain records, so that no header above the core names a store.
 */
namespace gd {

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

/** The first rows of a query (ApplicationStore::firstRows), whether more follow them, and
 *  how many rows the query has when reading them saw every one (-1 otherwise). */
struct InboxFirstRows
{
    QList<InboxRow> rows;
    bool more = false;
    int total = -1;
};

} // namespace gd
