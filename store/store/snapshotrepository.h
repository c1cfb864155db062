// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

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
    /** The highest version of an application, with its file as received. */
    struct Version
    {
        QString appId;
        int version = 0;
        QString status;   // CaseStatus code
        QString decision; // Decision code
        QDateTime submittedAt;
        QByteArray sourceJson;
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
    QList<Version> versions; // by application id
    QList<Answer> answers;
    /** Registration code -> first submission of any version asking for it. */
    QHash<QString, QDateTime> firstRequested;
    QList<RegisteredResource> resources;
};

/** The bulk read behind the monitoring snapshot; no rule lives here. */
class SnapshotRepository
{
public:
    virtual ~SnapshotRepository() = default;
    virtual Result<SnapshotRows> read() const = 0;
};

} // namespace gd::monitoring
