// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitoringservice.h"

#include <future>

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
    // The alerts read only the snapshot: judged on a second processor while this thread,
    // which holds the database's connection, computes the indicators and the breakdown (at
    // 100,000 applications about as long as the alerts). Each only reads the snapshot.
    const monitoring::AlertEngine alertEngine(db, rules, settings);
    const monitoring::Snapshot &loaded = snapshot.value();
    auto judged = std::async(std::launch::async,
                             [&] { return alertEngine.judge(query.on, query.filter, loaded); });
    auto report = monitoring::IndicatorEngine(db, rules).compute(query, loaded);
    auto breakdown = report ? monitoring::computeDashboardBreakdown(loaded, query)
                            : Result<monitoring::DashboardBreakdown>(report.error());
    QList<monitoring::Alert> alerts = judged.get(); // before any return: it reads the snapshot
    if (!report)
        return report.error();
    if (!breakdown)
        return breakdown.error();
    if (Status acknowledged = alertEngine.acknowledge(alerts); !acknowledged)
        return acknowledged.error();
    return Overview{std::move(report).value(), std::move(breakdown).value(), std::move(alerts)};
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
