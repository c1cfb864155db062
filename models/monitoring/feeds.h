// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "pricing/money.h"

namespace gd {
class Database;
}

/**
 * Monitoring feeds (docs/domain.md §7, docs/feeds.md): what an operation or registration
 * platform exports, read without asking anyone for a paper report ("non-intrusive").
 * Three formats, each in JSON or CSV:
 *  - grantdesk.feed.calls/1      product call statistics (operator, product, application,
 *                                period, units delivered, free public-interest units,
 *                                active users, revenue);
 *  - grantdesk.feed.incidents/1  security incidents (opened, severity, subject, responded,
 *                                closed);
 *  - grantdesk.feed.filings/1    备案 of implementation plans and operation agreements,
 *                                and annual disclosures (信息披露).
 */
namespace gd::monitoring {

inline const QString kCallsFormat = QStringLiteral("grantdesk.feed.calls/1");
inline const QString kIncidentsFormat = QStringLiteral("grantdesk.feed.incidents/1");
inline const QString kFilingsFormat = QStringLiteral("grantdesk.feed.filings/1");

enum class FeedKind
{
    Calls,
    Incidents,
    Filings
};

/** "grantdesk.feed.calls/1" etc. */
QString feedFormat(FeedKind kind);
/** The kind a format string names; nullopt for anything else. */
std::optional<FeedKind> feedKindFromFormat(const QString &format);
/** Translated, e.g. "product calls". */
QString feedKindLabel(FeedKind kind);

/**
 * One product's use over one period (usually a month). @c calls counts units in the
 * product's billing unit (API calls for call-billed products); @c freeCalls of them were
 * provided free for public-interest use; the rest were charged, for @c revenue in total.
 */
struct CallRecord
{
    QString id;           // unique per platform; a later record with the same id replaces it
    QString operatorCode; // unified social credit code of the operator
    QString operatorName;
    QString product;       // product id of the fee rules ("FJ-LOGI-CLEARANCE-API")
    QString applicationId; // the scenario application it serves; empty when none named
    QString resourceCode;  // the registered resource the product uses; empty when none named
    QDate periodStart;
    QDate periodEnd; // inclusive
    qint64 calls = 0;
    qint64 freeCalls = 0; // ≤ calls
    qint64 activeUsers = 0;
    Money revenue; // yuan, exact
    qint64 chargedCalls() const { return calls - freeCalls; }
};

/** Severity of a security incident, least to most serious. */
inline const QStringList kIncidentSeverities = {QStringLiteral("low"), QStringLiteral("medium"),
                                                QStringLiteral("high"), QStringLiteral("critical")};
/** Translated label of an incident severity code. */
QString incidentSeverityLabel(const QString &code);

/** A security incident reported by the operation platform. */
struct IncidentRecord
{
    QString id;
    QDateTime openedAt; // with its UTC offset as written
    QString severity;   // kIncidentSeverities
    QString operatorCode;
    QString applicationId;
    QString resourceCode;
    QString summary;
    QDateTime respondedAt; // null until a response was recorded
    QDateTime closedAt;    // null while open
    bool isOpenOn(const QDate &day) const
    {
        return openedAt.date() <= day && (!closedAt.isValid() || closedAt.date() > day);
    }
};

/**
 * A filing (备案) or a disclosure (信息披露). kind "plan" and "agreement": a plan or an
 * operation agreement decided on @c decidedAt and filed on @c filedAt (null: not filed
 * yet); an agreement carries the operator's authorization term validFrom–validTo.
 * kind "disclosure": the annual disclosure of @c year by an implementing body or operator,
 * published on @c publishedAt.
 */
struct FilingRecord
{
    QString id;
    QString kind;      // "plan" | "agreement" | "disclosure"
    QString partyKind; // "implementing_body" | "operator"
    QString partyId;   // operator: credit code; implementing body: its name
    QString partyName;
    QString applicationId; // optional
    QString reference;     // 文号, optional
    QDate decidedAt;       // plan, agreement: required
    QDate filedAt;         // plan, agreement: null when not filed
    QDate validFrom;       // agreement: optional
    QDate validTo;         // agreement: optional
    int year = 0;          // disclosure: required, the year disclosed
    QDate publishedAt;     // disclosure: required
};

inline const QStringList kFilingKinds = {QStringLiteral("plan"), QStringLiteral("agreement"),
                                         QStringLiteral("disclosure")};
inline const QStringList kPartyKinds = {QStringLiteral("implementing_body"),
                                        QStringLiteral("operator")};

/** A validated feed file: exactly one of the record lists is used, by @c kind. */
struct FeedFile
{
    FeedKind kind = FeedKind::Calls;
    QString source;       // the exporting platform
    QDateTime exportedAt; // null when the file does not say
    QList<CallRecord> calls;
    QList<IncidentRecord> incidents;
    QList<FilingRecord> filings;
    int recordCount() const;
};

/** A parsed feed, or every error found in it. */
struct FeedParseOutcome
{
    std::optional<FeedFile> file; // empty when any error was found
    QList<Error>
        errors; // JSON: "LABEL: records[2].calls: what"; CSV: "LABEL: line 4, column calls: what"
};

/**
 * Parses and validates a feed. JSON: an object {format, source, exportedAt?, records: [...]};
 * unknown fields, wrong types, bad dates, duplicate ids within the file, negative numbers,
 * freeCalls above calls, money with more than 2 decimals, periodEnd before periodStart,
 * closedAt before openedAt, and kind-specific required fields are errors. CSV: lines
 * "#format: …", "#source: …", "#exportedAt: …" then a header row naming the columns, then
 * one record per line (RFC 4180 quoting). A file with any error is refused as a whole.
 */
FeedParseOutcome parseFeed(const QByteArray &data, const QString &label, bool csv);
/** Reads @p path (CSV when it ends in ".csv") and parses it; @p label defaults to the path. */
FeedParseOutcome parseFeedFile(const QString &path, const QString &label = {});

/** What storing one feed file did. */
struct FeedStoreSummary
{
    int added = 0;               // ids not seen before
    int replaced = 0;            // ids seen before with different content
    int unchanged = 0;           // ids seen before with the same content
    bool fileSeenBefore = false; // the same bytes (SHA-256) were imported before
};

/** Filter of stored feed records by period (records overlapping [from, to]). */
struct FeedQuery
{
    QDate from; // null: no lower bound
    QDate to;   // null: no upper bound
};

/** One row of feed_imports. */
struct FeedImportEntry
{
    QString sha256;
    QString path;
    QString format;
    QString source;
    int records = 0;
    int added = 0;
    int replaced = 0;
    QDateTime importedAt;
};

/**
 * The monitoring feed records in the database (feed_calls, feed_incidents, feed_filings,
 * feed_imports). All SQL for feeds lives here.
 */
class FeedStore final
{
public:
    explicit FeedStore(std::shared_ptr<Database> db);

    /**
     * Upserts every record of @p file by id in one transaction and records the import
     * (sha256 of the file's bytes, path); nothing is written when anything fails.
     */
    Result<FeedStoreSummary> store(const FeedFile &file, const QString &sha256,
                                   const QString &path);
    /** True when a file with this SHA-256 was imported before. */
    Result<bool> seen(const QString &sha256) const;

    Result<QList<CallRecord>> calls(const FeedQuery &query = {}) const;
    /** Incidents opened on or before @c query.to and not closed before @c query.from. */
    Result<QList<IncidentRecord>> incidents(const FeedQuery &query = {}) const;
    /** Every filing and disclosure (the period is not applied). */
    Result<QList<FilingRecord>> filings() const;
    Result<QList<FeedImportEntry>> imports() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd::monitoring
