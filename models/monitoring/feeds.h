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
#include "domain/monitoringrecords.h"

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

/** The kind a format string names; nullopt for anything else. */
std::optional<FeedKind> feedKindFromFormat(const QString &format);
/** Translated, e.g. "product calls". */
QString feedKindLabel(FeedKind kind);

/** Translated label of an incident severity code. */
QString incidentSeverityLabel(const QString &code);

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

} // namespace gd::monitoring
