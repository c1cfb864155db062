// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QDate>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include "domain/inboxrecords.h"

namespace gd {

class Desk;

/**
 * Counts an inbox query (all its rows, and those overdue) in a thread of its own, on a read-only
 * connection of its own, so that a million applications never hold up the window: the inbox
 * shows its first page at once and the exact figures when they arrive. A request waits
 * kSettleMs for the query to settle (an officer typing a search starts no count per key: on
 * an office server a count the window no longer wants still runs to its end, beside the
 * next page), and a new request makes every older one stale: skipped when its turn comes,
 * its answer never delivered.
 */
class InboxCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxCounter)

public:
    static constexpr int kSettleMs = 250;

    explicit InboxCounter(std::shared_ptr<Desk> desk, QObject *parent = nullptr);
    /** Waits for the count under way, if any (one statement), and closes the connection. */
    ~InboxCounter() override;

    /** Counts @p query with deadlines compared to @p today; answers with counted(). A
     *  @p knownTotal (a sorted search's first page brings its exact count) is not counted
     *  again: only the overdue cases are, and counted() gives it back as the total. */
    void count(const InboxQuery &query, const QDate &today,
               std::optional<int> knownTotal = std::nullopt);
    /** Drops the request under way: its answer will not come. */
    void cancel();

signals:
    /** The figures of the latest request; @p error says why they are missing when not empty. */
    void counted(int total, int overdue, const QString &error);

private:
    void start();

    std::shared_ptr<Desk> m_desk;
    QTimer m_settle;
    InboxQuery m_query;
    QDate m_today;
    std::optional<int> m_knownTotal;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread, holds the connection
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace gd
