// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitoringservice.h"

#include "monitoring/snapshot.h"
#include "services/desk.h"
#include "store/feedrepository.h"
#include "store/repositories.h"

namespace gd {

MonitoringService::MonitoringService(std::shared_ptr<Desk> desk)
    : m_desk(std::move(desk))
{}

monitoring::FeedImportReport MonitoringService::importFeeds(const QStringList &paths) const
{
    return monitoring::FeedImporter(m_desk->database()).importPaths(paths);
}

monitoring::FeedFileResult MonitoringService::importFeedData(const QString &path,
                                                             const QByteArray &data) const
{
    return monitoring::FeedImporter(m_desk->database()).importData(path, data);
}

Result<bool> MonitoringService::feedSeen(const QString &sha256) const
{
    return makeFeedRepository(m_desk->database())->seen(sha256);
}

Result<QList<monitoring::FeedImportEntry>> MonitoringService::feedImports() const
{
    return makeFeedRepository(m_desk->database())->imports();
}

Result<monitoring::IndicatorReport>
MonitoringService::indicators(const monitoring::IndicatorQuery &query) const
{
    return monitoring::IndicatorEngine(m_desk->database()).compute(query);
}

Result<QList<monitoring::Alert>>
MonitoringService::alerts(const QDate &on, const monitoring::MonitoringFilter &filter) const
{
    return monitoring::AlertEngine(m_desk->database()).evaluate(on, filter);
}

Result<MonitoringService::Overview>
MonitoringService::overview(const monitoring::IndicatorQuery &query, const QList<FeeRules> &rules,
                            const monitoring::MonitoringSettings &settings) const
{
    const std::shared_ptr<Database> &db = m_desk->database();
    auto snapshot = monitoring::Snapshot::load(db);
    if (!snapshot)
        return snapshot.error();
    auto report = monitoring::IndicatorEngine(db, rules).compute(query, *snapshot);
    if (!report)
        return report.error();
    auto alerts =
        monitoring::AlertEngine(db, rules, settings).evaluate(query.on, query.filter, *snapshot);
    if (!alerts)
        return alerts.error();
    auto breakdown = monitoring::computeDashboardBreakdown(*snapshot, query);
    if (!breakdown)
        return breakdown.error();
    return Overview{std::move(report).value(), std::move(breakdown).value(),
                    std::move(alerts).value()};
}

Result<monitoring::AlertAcknowledgement>
MonitoringService::acknowledge(const QString &key, const QString &note,
                               const package::Signer &signer) const
{
    return monitoring::AlertAcknowledgements(m_desk->database()).acknowledge(key, note, signer);
}

Result<QMap<QString, monitoring::AlertAcknowledgement>> MonitoringService::acknowledgements() const
{
    return monitoring::AlertAcknowledgements(m_desk->database()).all();
}

} // namespace gd
