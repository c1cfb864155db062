// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The monitoring records as values (docs/feeds.md): what the feed parser produces, what the
// feed and acknowledgement repositories store, and what indicators and alerts read. Parsing
// and the rules live in models/monitoring/; the SQL in store/store/.

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/money.h"

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
inline QString feedFormat(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Calls:
        return kCallsFormat;
    case FeedKind::Incidents:
        return kIncidentsFormat;
    case FeedKind::Filings:
        return kFilingsFormat;
    }
    return {};
}

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

/** A call record as the store reads it, for a reader of millions of them that keeps them its
 *  own way (monitoring's CallTable): the texts are the stored UTF-8 bytes, valid only while
 *  the record is visited; the dates ("yyyy-MM-dd") and the revenue (a decimal) as stored. */
struct CallRow
{
    QByteArrayView id, operatorCode, operatorName, product, applicationId, resourceCode;
    QByteArrayView periodStart, periodEnd;
    qint64 calls = 0;
    qint64 freeCalls = 0;
    qint64 activeUsers = 0;
    QByteArrayView revenue;
};

/** Severity of a security incident, least to most serious. */
inline const QStringList kIncidentSeverities = {QStringLiteral("low"), QStringLiteral("medium"),
                                                QStringLiteral("high"), QStringLiteral("critical")};

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
    int recordCount() const
    {
        switch (kind) {
        case FeedKind::Calls:
            return int(calls.size());
        case FeedKind::Incidents:
            return int(incidents.size());
        case FeedKind::Filings:
            return int(filings.size());
        }
        return 0;
    }
};

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
    QDateTime exportedAt; // as the file says; null when it does not
};

/** An acknowledgement: stored in alert_acks, audited as "alert.acknowledge". */
struct AlertAcknowledgement
{
    QString key;
    QString code;
    QString note;
    QString actor;
    QDateTime at; // UTC
};

} // namespace gd::monitoring
