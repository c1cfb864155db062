// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/inboxcounter.h"

#include "services/desk.h"
#include "services/inboxservice.h"

namespace gd {

namespace {

/** The worker thread's side: its own connection, opened on the first request. */
class CountingWorker final : public QObject
{
public:
    std::unique_ptr<InboxService> inbox;
};

} // namespace

InboxCounter::InboxCounter(std::shared_ptr<Desk> desk, QObject *parent)
    : QObject(parent)
    , m_desk(std::move(desk))
    , m_worker(new CountingWorker)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("inboxCounter"));
    m_worker->moveToThread(&m_thread);
    // The connection is closed in the thread that opened it.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &InboxCounter::start);
}

InboxCounter::~InboxCounter()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void InboxCounter::cancel()
{
    m_settle.stop();
    ++*m_latest;
}

void InboxCounter::count(const InboxQuery &query, const QDate &today, std::optional<int> knownTotal)
{
    ++*m_latest; // whatever is queued or under way is stale now
    m_query = query;
    m_today = today;
    m_knownTotal = knownTotal;
    m_settle.start();
}

void InboxCounter::start()
{
    const InboxQuery query = m_query;
    const QDate today = m_today;
    const std::optional<int> known = m_knownTotal;
    const quint64 request = ++*m_latest;
    auto *worker = static_cast<CountingWorker *>(m_worker);
    QMetaObject::invokeMethod(
        worker,
        [this, worker, desk = m_desk, latest = m_latest, request, query, today, known] {
            if (*latest != request)
                return; // a newer request is queued behind this one
            QString error;
            int total = 0;
            int overdue = 0;
            if (!worker->inbox) {
                if (auto reader = desk->openReader(); reader)
                    worker->inbox = std::make_unique<InboxService>(reader.value());
                else
                    error = reader.error().toString();
            }
            if (worker->inbox) {
                const auto counted = known ? Result<int>(*known) : worker->inbox->count(query);
                const auto late = counted && *latest == request
                                      ? worker->inbox->overdueCount(query, today)
                                      : Result<int>(0);
                if (!counted)
                    error = counted.error().toString();
                else if (!late)
                    error = late.error().toString();
                else {
                    total = *counted;
                    overdue = *late;
                }
            }
            if (*latest != request)
                return;
            // Delivered in this object's thread; dropped there too if a request came meanwhile
            // (and with the object, since the destructor waits for this thread first).
            QMetaObject::invokeMethod(this, [this, latest, request, total, overdue, error] {
                if (*latest == request)
                    emit counted(total, overdue, error);
            });
        },
        Qt::QueuedConnection);
}

} // namespace gd
