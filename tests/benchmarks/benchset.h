// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bench set of docs (DESIGN.md "Targets", issue 17 item 1), written in bulk: applications
// with their versions and requested resources, the resource register, reviews with checklist
// answers, the audit trail with its hash chain, and three years of monitoring feeds. The same
// seed gives the same database (but for the times the register and feed repositories stamp
// with the clock when they import, as a real import does).
#include <functional>

#include <QDate>
#include <QJsonObject>
#include <QString>

#include "core/result.h"
#include "domain/application.h"

class QRandomGenerator;

namespace gd::bench {

struct BenchSetOptions
{
    int applications = 100000;
    quint32 seed = 42;
    /** Share of the applications whose latest version is under review (half the checklist
     *  answered), awaiting approval or decided (every answer). DESIGN.md's bench set is an
     *  office's archive: 100,000 applications with 1,500,000 checklist answers and 1,000,000
     *  audit events, so nearly every application has been reviewed. At 0.95 (with
     *  revisedShare) that is about 15 answers and, each confirmed answer writing its event as
     *  the autosave does, about 17 events per application; half the applications decided. */
    double reviewedShare = 0.95;
    /** Share of the applications with two or three versions (the earlier ones returned after a
     *  full review). */
    double revisedShare = 0.02;
    int feedYears = 3;
    /** The day the set is "as of": submissions and feeds end here; monitoring runs on it. */
    QDate asOf = QDate(2026, 11, 30);
    std::function<void(const QString &)> progress;
};

struct BenchSetSummary
{
    qint64 applications = 0;
    qint64 versions = 0;
    qint64 resources = 0;
    qint64 registered = 0;
    qint64 reviews = 0;
    qint64 answers = 0;
    qint64 events = 0;
    qint64 calls = 0;
    qint64 incidents = 0;
    double seconds = 0;    // wall clock
    double cpuSeconds = 0; // user + system of the process
    QJsonObject toJson() const;
};

/**
 * Writes the bench set into a new SQLite file at @p path (refused when the file exists). The
 * schema is the app's own (Database::open); the audit trail is verified with the app's code
 * afterwards, which also moves its checkpoint as opening the database would.
 */
Result<BenchSetSummary> generateBenchSet(const QString &path, const BenchSetOptions &options);

/** Generated application @p index of @p total (version 1), as the import benchmark writes it
 *  to a file: applicants and register codes come from pools sized by @p total. */
Application generateApplication(int index, QRandomGenerator &rng, int total,
                                const QDate &asOf = {});

/** The search_grams document the store writes for a search body (SqliteDialect's, copied;
 *  tests/benchmarks/tst_benchset.cpp checks the two agree). */
QString gramDocument(const QString &body);

} // namespace gd::bench
