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
        QDate periodStart() const { return m_row->periodStart; }
        QDate periodEnd() const { return m_row->periodEnd; }
        qint64 calls() const { return m_row->calls; }
        qint64 freeCalls() const { return m_row->freeCalls; }
        qint64 chargedCalls() const { return m_row->calls - m_row->freeCalls; }
        qint64 activeUsers() const { return m_row->activeUsers; }
        Money revenue() const;
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
    /** Lets go of what only appending needs (the index of the texts). */
    void squeeze();
    /** Puts the records in the store's order for them: by period start, then by id compared
     *  byte by byte in UTF-8 (SQLite's BINARY collation, PostgreSQL's C collation). */
    void sortByPeriodAndId();

    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    Call at(qsizetype i) const { return Call(this, &m_rows.at(size_t(i))); }
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, m_rows.size()); }

private:
    quint32 text(const QString &value);

    std::vector<Row> m_rows;
    QList<QString> m_texts; // index 0: the empty text
    QHash<QString, quint32> m_textIndex;
    QByteArray m_ids;
    QList<Money> m_otherRevenues;
};

/** Those of @p calls (a CallTable, or a list of its records) that name an operator of
 *  @p codes, by operator, in the same order: one walk for all the operators judged. */
template <typename Calls>
QHash<QString, QList<CallTable::Call>> callsByOperator(const Calls &calls,
                                                       const QSet<QString> &codes)
{
    QHash<QString, QList<CallTable::Call>> byOperator;
    for (const CallTable::Call c : calls) {
        if (codes.contains(c.operatorCode()))
            byOperator[c.operatorCode()].append(c);
    }
    return byOperator;
}

} // namespace gd::monitoring
