// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "domain/monitoringrecords.h"
#include "monitoring/alerts.h"
#include "monitoring/dashboardbreakdown.h"
#include "monitoring/feedimporter.h"
#include "monitoring/indicators.h"
#include "monitoring/monitoringsettings.h"
#include "pricing/feerules.h"

namespace gd {

class Desk;

namespace package {
struct Signer;
}

/**
 * Monitoring on one desk (docs/architecture.md §3): importing feeds, the indicators, the
 * alerts and their acknowledgements, and the dashboard's one computation. What the ui
 * (ui/monitoring/) and `grantdesk-cli feed | indicators | alerts` use instead of a
 * database; the feed and acknowledgement repositories and the snapshot's bulk read stay
 * behind it.
 */
class MonitoringService final
{
public:
    explicit MonitoringService(std::shared_ptr<Desk> desk);

    const std::shared_ptr<Desk> &desk() const { return m_desk; }

    /** Files and folders as FeedImporter::importPaths. */
    monitoring::FeedImportReport importFeeds(const QStringList &paths) const;
    /** Bytes already read from @p path (the watched folder), as FeedImporter::importData. */
    monitoring::FeedFileResult importFeedData(const QString &path, const QByteArray &data) const;
    /** True when a feed file with these bytes (SHA-256, hex) was imported before. */
    Result<bool> feedSeen(const QString &sha256) const;
    /** Every feed import on record, oldest first. */
    Result<QList<monitoring::FeedImportEntry>> feedImports() const;

    /** The indicators under RuleLibrary's rule files. */
    Result<monitoring::IndicatorReport> indicators(const monitoring::IndicatorQuery &query) const;
    /** Alerts as of @p on (null: today) under RuleLibrary's rules and the saved thresholds. */
    Result<QList<monitoring::Alert>> alerts(const QDate &on,
                                            const monitoring::MonitoringFilter &filter = {}) const;

    /** What the dashboard shows for one query, computed from one read of the database. */
    struct Overview
    {
        monitoring::IndicatorReport report;
        monitoring::DashboardBreakdown breakdown;
        QList<monitoring::Alert> alerts;
    };
    Result<Overview> overview(const monitoring::IndicatorQuery &query, const QList<FeeRules> &rules,
                              const monitoring::MonitoringSettings &settings) const;

    /** As AlertAcknowledgements::acknowledge (the rules, the audit event, its checkpoint). */
    Result<monitoring::AlertAcknowledgement> acknowledge(const QString &key, const QString &note,
                                                         const package::Signer &signer) const;
    Result<QMap<QString, monitoring::AlertAcknowledgement>> acknowledgements() const;

private:
    std::shared_ptr<Desk> m_desk;
};

} // namespace gd
