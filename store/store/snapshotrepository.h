// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "domain/register.h"

namespace gd {
class Database;
}

namespace gd::monitoring {

/**
 * What the monitoring snapshot reads of the cases and the register, in one bulk read (a
 * handful of queries whatever the number of cases), as stored: codes undecoded, the files
 * as received. models/monitoring/snapshot.cpp turns these into AppFacts; the feeds come
 * from FeedRepository.
 */
struct SnapshotRows
{
    /** The highest version of an application, with the columns monitoring reads of it
     *  (schema v10; store/sql/monitoringfacts.h), not its stored file. */
    struct Version
    {
        QString appId;
        int version = 0;
        QString status;      // CaseStatus code
        QString decision;    // Decision code
        QString submittedAt; // ISO 8601, UTC, as stored
        QString scenarioName;
        QString domain;
        QString mode;
        QString useClass;
        QString implementingBody;
        QString operatorCode; // the named operator, else the applicant
        QString operatorName;
        QDate periodStart;
        QDate periodEnd;
        /** The declared MLPS level; none when the facts are unknown (a stored file that could
         *  not be read when the columns were added): sourceJson holds the file then. */
        std::optional<int> mlpsLevel;
        std::optional<bool> cryptoAssessment;
        bool emergencyPlan = false;
        QByteArray sourceJson; // only when mlpsLevel is none
    };
    /** One resource requested by a highest version, in the application's order. */
    struct Requested
    {
        QString appId;
        QString name;
        QString registrationCode;
        QString provider;
        QString grade;
        qint64 volume = 0; // none counts as 0
        int fieldCount = 0;
    };
    /** One checklist answer of the review of a highest version. */
    struct Answer
    {
        QString appId;
        QString itemId;
        QString verdict; // Verdict code
    };

    /** Audit subject ("ID vN") -> when the approver agreed (the last "case.agree"). */
    QHash<QString, QDateTime> agreedAt;
    QList<Version> versions;    // by application id
    QList<Requested> requested; // by application id, then position
    QList<Answer> answers;
    /** Registration code -> first submission of any version asking for it; only the codes
     *  in the register (those the days to register are counted for). */
    QHash<QString, QDateTime> firstRequested;
    QList<RegisteredResource> resources;
    /** Every countersigned or filed version that approved (conditionally or not), any version:
     *  application id -> its highest such version (the authorization a renewal continues). */
    QHash<QString, int> authorizing;
};

/** What a read of the period's submissions covers: highest versions submitted at or after
 *  fromUtc and before toUtc (ISO 8601 UTC texts compared as stored), with the filter's
 *  columns equal to the non-empty ones here. A version whose facts are unknown (see
 *  SnapshotRows::Version::mlpsLevel) passes the implementing body and operator filters: its
 *  facts are in its file, which the monitoring snapshot has read. */
struct SubmissionScope
{
    QString fromUtc;
    QString toUtc;
    QString implementingBody;
    QString domain;
    QString mode;
    QString operatorCode;
};

/** One highest version of a SubmissionScope, with the codes it requests. */
struct SubmittedRow
{
    QString appId;
    QString submittedAt; // ISO 8601, UTC, as stored
    QString domain;
    QString mode;
    /** The registration code of each requested resource, empty for one without a code. */
    QStringList codes;
};

/** The values the dashboard's filters offer: every one the highest versions name. */
struct FilterValues
{
    QStringList implementingBodies;
    QStringList domains;
    QStringList modes;
    QList<std::pair<QString, QString>> operators; // credit code, a name it goes by
};

/** Takes the highest versions and their requested resources one row at a time, as read (in
 *  application id order both), so that the whole lists are never held at once. */
class SnapshotSink
{
public:
    virtual ~SnapshotSink() = default;
    virtual void version(SnapshotRows::Version &&row) = 0;
    /** After every version(): the resources of the versions given, in their order. */
    virtual void requested(SnapshotRows::Requested &&row) = 0;
    /** The checklist items whose answers are wanted; none: all. */
    virtual QStringList answerItems() const { return {}; }
    /** After every requested(): each of those answers (SnapshotRows::answers stays empty). */
    virtual void answer(SnapshotRows::Answer &&row) = 0;
    /** Whether read() fills SnapshotRows::agreedAt; a sink that reads agreements() itself
     *  (on another connection, beside the rest) says no. */
    virtual bool readsAgreements() const { return true; }
};

/** The bulk read behind the monitoring snapshot; no rule lives here. */
class SnapshotRepository
{
public:
    virtual ~SnapshotRepository() = default;
    virtual Result<SnapshotRows> read() const = 0;
    /** The same, with the versions and requested resources given to @p sink instead of kept
     *  in the lists (which stay empty). */
    virtual Result<SnapshotRows> read(SnapshotSink &sink) const = 0;
    /** The versions of @p scope, by application id, each given to @p take as it is read. */
    virtual Status submissions(const SubmissionScope &scope,
                               const std::function<void(SubmittedRow &&)> &take) const = 0;
    virtual Result<FilterValues> filterValues() const = 0;
    /** What SnapshotRows::agreedAt holds, alone. */
    virtual Result<QHash<QString, QDateTime>> agreements() const = 0;
};

} // namespace gd::monitoring
