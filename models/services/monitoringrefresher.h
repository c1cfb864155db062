// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include "monitoring/indicators.h"
#include "monitoring/monitoringsettings.h"
#include "pricing/feerules.h"
#include "services/monitoringservice.h"

namespace gd {

class Desk;

/**
 * Computes the dashboard's overview (MonitoringService::overview) in a thread of its own, on
 * a read-only connection of its own, so that the window never waits for it: the dashboard
 * keeps showing its figures until the new ones arrive. A new request makes every older one
 * stale: skipped when its turn comes, its answer never delivered.
 */
class MonitoringRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringRefresher)

public:
    explicit MonitoringRefresher(std::shared_ptr<Desk> desk, QObject *parent = nullptr);
    /** Waits for the computation under way, if any, and closes the connection. */
    ~MonitoringRefresher() override;

    /** Computes the overview of @p query; answers with computed() or failed(). */
    void request(const monitoring::IndicatorQuery &query, const QList<FeeRules> &rules,
                 const monitoring::MonitoringSettings &settings);
    /** True from a request until its answer (or a newer one's) is delivered. */
    bool busy() const { return m_busy; }

signals:
    /** The figures of the latest request (delivered in this object's thread). */
    void computed(const gd::MonitoringService::Overview &overview);
    void failed(const QString &error);

private:
    std::shared_ptr<Desk> m_desk;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread, holds the connection
    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_busy = false;
};

} // namespace gd
