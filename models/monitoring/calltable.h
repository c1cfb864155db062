// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to models/monitoring: the call records a snapshot holds, kept compactly.

#include <optional>
#include <vector>

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "domain/money.h"
#include "domain/monitoringrecords.h"

namespace gd::monitoring {

/**
 * The call records of a snapshot, about a third of the memory a list of CallRecord takes: at
 * a million applications the calls feed holds several million records, and each CallRecord
 * is six strings and a Money of its own. Here the texts that repeat (operators, products,
 * cases, resources) are held once and named by number, the ids are one UTF-8 buffer, and the
 * revenue is a count of fen (the rare amount that is not a whole number of fen is kept as it
 * came). Every record reads back exactly as it was appended.
 */
class CallTable final
{
    struct Row
    {
        quint32 operatorCode = 0; // index in m_texts, as the other texts
        quint32 operatorName = 0;
        quint32 product = 0;
        quint32 applicationId = 0;
        quint32 resourceCode = 0;
        quint32 idLength = 0; // UTF-8 bytes in m_ids from idOffset
        qint64 idOffset = 0;
        QDate periodStart;
        QDate periodEnd;
        qint64 calls = 0;
        qint64 freeCalls = 0;
        qint64 activeUsers = 0;
        qint64 revenue = 0; // fen, or an index in m_otherRevenues
        bool revenueInFen = true;
    };

public:
    /** One record, read in place: valid while its table is. */
    class Call
    {
    public:
        QString id() const;
        const QString &operatorCode() const { return m_table->m_texts.at(m_row->operatorCode); }
        const QString &operatorName() const { return m_table->m_texts.at(m_row->operatorName); }
        const QString &product() const { return m_table->m_texts.at(m_row->product); }
        const QString &applicationId() const { return m_table->m_texts.at(m_row->applicationId); }
        const QString &resourceCode() const { return m_table->m_texts.at(m_row->resourceCode); }
        /** The application id, operator code and resource code as numbers below the table's
         *  textCount(): records naming the same text have the same number, so that what is
         *  judged once per application or operator is looked up in a vector, not a hash. */
        quint32 applicationKey() const { return m_row->applicationId; }
        quint32 operatorKey() const { return m_row->operatorCode; }
        quint32 resourceKey() const { return m_row->resourceCode; }
        quint32 productKey() const { return m_row->product; }
        QDate periodStart() const { return m_row->periodStart; }
        QDate periodEnd() const { return m_row->periodEnd; }
        qint64 calls() const { return m_row->calls; }
        qint64 freeCalls() const { return m_row->freeCalls; }
        qint64 chargedCalls() const { return m_row->calls - m_row->freeCalls; }
        qint64 activeUsers() const { return m_row->activeUsers; }
        Money revenue() const;
        /** The revenue as a count of fen, when it is a whole number of them (nearly always). */
        std::optional<qint64> revenueFen() const
        {
            return m_row->revenueInFen ? std::optional<qint64>(m_row->revenue) : std::nullopt;
        }
        /** The whole record, as it was appended. */
        CallRecord record() const;

    private:
        friend class CallTable;
        Call(const CallTable *table, const Row *row)
            : m_table(table)
            , m_row(row)
        {}
        const CallTable *m_table;
        const Row *m_row;
    };

    class const_iterator
    {
    public:
        using difference_type = std::ptrdiff_t;
        using value_type = Call;
        Call operator*() const { return Call(m_table, &m_table->m_rows[m_index]); }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_index == other.m_index; }

    private:
        friend class CallTable;
        const_iterator(const CallTable *table, size_t index)
            : m_table(table)
            , m_index(index)
        {}
        const CallTable *m_table;
        size_t m_index;
    };

    CallTable();

    /** Space for @p count records more. */
    void reserve(qsizetype count);
    void append(const CallRecord &record);
    /** The record @p row as the store holds it: a text already held is found by its UTF-8
     *  bytes, without a QString made for it. Its dates and revenue are read as the store's
     *  reader reads them (QDate::fromString, Money::parse with two decimals), by hand in the
     *  store's usual form ("2026-01-31", "45.00"). */
    void append(const CallRow &row);
    /** Lets go of what only appending needs (the index of the texts, built again if a record
     *  is appended after). */
    void squeeze();
    /** Puts the records in the store's order for them: by period start, then by id compared
     *  byte by byte in UTF-8 (SQLite's BINARY collation, PostgreSQL's C collation). */
    void sortByPeriodAndId();

    qsizetype size() const { return qsizetype(m_rows.size()); }
    /** How many texts the records name (Call::applicationKey() and the other keys are below). */
    qsizetype textCount() const { return m_texts.size(); }
    /** The text of a key. */
    const QString &textOf(quint32 key) const { return m_texts.at(key); }
    bool isEmpty() const { return m_rows.empty(); }
    /** The last day any record covers (the latest period end): how far the calls feed has been
     *  reported. Null without records. A month beginning after it is not reported yet, which
     *  is not a month without calls. (A filter's reach is that of the records it picks.) */
    QDate lastDay() const { return m_lastDay; }
    Call at(qsizetype i) const { return Call(this, &m_rows.at(size_t(i))); }
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, m_rows.size()); }

private:
    quint32 text(QByteArrayView utf8);
    void appendRow(Row row, QByteArrayView id, const Money &revenue);
    void reach(const QDate &periodEnd)
    {
        if (!m_lastDay.isValid() || periodEnd > m_lastDay)
            m_lastDay = periodEnd;
    }

    std::vector<Row> m_rows;
    QList<QString> m_texts;                 // index 0: the empty text
    QHash<QByteArray, quint32> m_textIndex; // by UTF-8
    QByteArray m_ids;
    QList<Money> m_otherRevenues;
    QDate m_lastDay;
};

/** A sum of call records' revenues: whole fen added as a number, any other amount as Money
 *  (a Money sum allocates at each step; millions of records are summed). Exact either way. */
class RevenueSum final
{
public:
    void add(const CallTable::Call &c)
    {
        if (const std::optional<qint64> fen = c.revenueFen()) {
            qint64 sum = 0;
            if (!__builtin_add_overflow(m_fen, *fen, &sum)) {
                m_fen = sum;
                return;
            }
        }
        m_other += c.revenue();
    }
    Money total() const { return Money::fromFen(m_fen) + m_other; }

private:
    qint64 m_fen = 0;
    Money m_other;
};

/**
 * A value worked out once per text of a call table (an application, an operator, a resource)
 * and kept by its key: a walk over millions of records judges each application once, and
 * finds what it judged in a vector rather than by hashing the text again.
 */
template <typename T> class KeyMemo final
{
public:
    explicit KeyMemo(const CallTable &table)
        : m_values(size_t(table.textCount()))
    {}
    /** The value for @p key, from @p compute the first time. */
    template <typename Compute> const T &operator()(quint32 key, Compute &&compute)
    {
        std::optional<T> &slot = m_values[key];
        if (!slot)
            slot = compute();
        return *slot;
    }

private:
    std::vector<std::optional<T>> m_values;
};

/** Which texts of a call table a walk has met, by key. */
class SeenKeys final
{
public:
    explicit SeenKeys(const CallTable &table)
        : m_seen(size_t(table.textCount()), false)
    {}
    /** True the first time @p key is given, false after. */
    bool firstTime(quint32 key)
    {
        if (m_seen[key])
            return false;
        m_seen[key] = true;
        return true;
    }

private:
    std::vector<bool> m_seen;
};

/** Those of @p calls (records of @p table, the table itself or a list of its records) that name
 *  an operator of @p codes, by operator, in the same order: one walk for all the operators
 *  judged, each operator's code looked up once. */
template <typename Calls>
QHash<QString, QList<CallTable::Call>> callsByOperator(const CallTable &table, const Calls &calls,
                                                       const QSet<QString> &codes)
{
    constexpr qsizetype kNotJudged = -1;
    KeyMemo<qsizetype> slotOf(table); // by operator key: its list, or kNotJudged
    QList<QList<CallTable::Call>> lists;
    QList<QString> listCodes;
    for (const CallTable::Call c : calls) {
        const qsizetype slot = slotOf(c.operatorKey(), [&] {
            if (!codes.contains(c.operatorCode()))
                return kNotJudged;
            lists.append(QList<CallTable::Call>());
            listCodes.append(c.operatorCode());
            return lists.size() - 1;
        });
        if (slot != kNotJudged)
            lists[slot].append(c);
    }
    QHash<QString, QList<CallTable::Call>> byOperator;
    for (qsizetype i = 0; i < lists.size(); ++i)
        byOperator.insert(listCodes.at(i), std::move(lists[i]));
    return byOperator;
}

} // namespace gd::monitoring
