// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QSet>
#include <QString>

#include "core/result.h"
#include "domain/monitoringrecords.h"

namespace gd {
class Database;
}

namespace gd::monitoring {

/**
 * The monitoring feed records (docs/feeds.md): tables feed_calls, feed_incidents,
 * feed_filings and feed_imports in SQLite. What a second database engine implements; no
 * rule lives here (parsing and validation are models/monitoring/feeds.cpp, the demo's choice
 * of records models/demo/demofeeds.cpp).
 */
class FeedRepository
{
public:
    virtual ~FeedRepository() = default;

    /**
     * Upserts every record of @p file by id in one transaction and records the import
     * (sha256 of the file's bytes, path); nothing is written when anything fails. A file
     * seen before (same SHA-256) writes nothing and counts every record unchanged.
     */
    virtual Result<FeedStoreSummary> store(const FeedFile &file, const QString &sha256,
                                           const QString &path) = 0;
    /** True when a file with this SHA-256 was imported before. */
    virtual Result<bool> seen(const QString &sha256) const = 0;

    /** Calls whose period overlaps the query, by period start then id. */
    virtual Result<QList<CallRecord>> calls(const FeedQuery &query = {}) const = 0;
    /** The same records given one at a time to @p visit, none held here (a snapshot keeps
     *  millions of them in a form of its own). */
    virtual Status forEachCall(const FeedQuery &query,
                               const std::function<void(CallRecord &&)> &visit) const = 0;
    /** Every record given one at a time to @p visit in the order the engine reads them
     *  fastest, which is none in particular: for a caller that sorts them itself. A walk of
     *  the table instead of its period index with a row lookup and a sort per record (at
     *  616,805 records raw SQLite took 0.6-0.9 s instead of 2.5 s). As stored, not decoded
     *  (CallRow): on SQLite straight from SQLite's rows, where Qt's driver made a QVariant
     *  and a UTF-16 copy of each value (6.15 million records at a million applications). */
    virtual Status
    forEachCallUnordered(const std::function<void(const CallRow &)> &visit) const = 0;
    /** How many records forEachCall() gives for @p query. */
    virtual Result<qint64> callCount(const FeedQuery &query = {}) const = 0;
    /** Incidents opened on or before @c query.to and not closed before @c query.from. */
    virtual Result<QList<IncidentRecord>> incidents(const FeedQuery &query = {}) const = 0;
    /** Every filing and disclosure (the period is not applied). */
    virtual Result<QList<FilingRecord>> filings() const = 0;
    virtual Result<QList<FeedImportEntry>> imports() const = 0;
    /** The ids of every stored record of @p kind. */
    virtual Result<QSet<QString>> ids(FeedKind kind) const = 0;
};

} // namespace gd::monitoring
