// SPDX-License-Identifier: GPL-3.0-or-later
#include "calltable.h"

#include <algorithm>
#include <string_view>

namespace gd::monitoring {

CallTable::CallTable()
{
    m_texts.append(QString());
    m_textIndex.insert(QString(), 0);
}

void CallTable::reserve(qsizetype count)
{
    m_rows.reserve(m_rows.size() + size_t(count));
}

quint32 CallTable::text(const QString &value)
{
    if (value.isEmpty())
        return 0;
    if (m_textIndex.size() < m_texts.size()) { // squeezed: a text keeps its one key
        for (qsizetype i = 0; i < m_texts.size(); ++i)
            m_textIndex.insert(m_texts.at(i), quint32(i));
    }
    const auto it = m_textIndex.constFind(value);
    if (it != m_textIndex.constEnd())
        return it.value();
    const auto index = quint32(m_texts.size());
    m_texts.append(value);
    m_textIndex.insert(value, index);
    return index;
}

void CallTable::append(const CallRecord &record)
{
    Row row;
    row.operatorCode = text(record.operatorCode);
    row.operatorName = text(record.operatorName);
    row.product = text(record.product);
    row.applicationId = text(record.applicationId);
    row.resourceCode = text(record.resourceCode);
    const QByteArray id = record.id.toUtf8();
    row.idOffset = m_ids.size();
    row.idLength = quint32(id.size());
    m_ids.append(id);
    row.periodStart = record.periodStart;
    row.periodEnd = record.periodEnd;
    row.calls = record.calls;
    row.freeCalls = record.freeCalls;
    row.activeUsers = record.activeUsers;
    if (const std::optional<qint64> fen = record.revenue.toFen()) {
        row.revenue = *fen;
    } else {
        row.revenueInFen = false;
        row.revenue = m_otherRevenues.size();
        m_otherRevenues.append(record.revenue);
    }
    m_rows.push_back(row);
}

void CallTable::squeeze()
{
    m_textIndex = {};
    m_rows.shrink_to_fit();
    m_ids.squeeze();
    m_texts.squeeze();
}

void CallTable::sortByPeriodAndId()
{
    const char *ids = m_ids.constData();
    std::sort(m_rows.begin(), m_rows.end(), [ids](const Row &a, const Row &b) {
        if (a.periodStart != b.periodStart)
            return a.periodStart < b.periodStart;
        return std::string_view(ids + a.idOffset, a.idLength) <
               std::string_view(ids + b.idOffset, b.idLength);
    });
}

QString CallTable::Call::id() const
{
    return QString::fromUtf8(m_table->m_ids.constData() + m_row->idOffset,
                             qsizetype(m_row->idLength));
}

Money CallTable::Call::revenue() const
{
    return m_row->revenueInFen ? Money::fromFen(m_row->revenue)
                               : m_table->m_otherRevenues.at(qsizetype(m_row->revenue));
}

CallRecord CallTable::Call::record() const
{
    CallRecord r;
    r.id = id();
    r.operatorCode = operatorCode();
    r.operatorName = operatorName();
    r.product = product();
    r.applicationId = applicationId();
    r.resourceCode = resourceCode();
    r.periodStart = periodStart();
    r.periodEnd = periodEnd();
    r.calls = calls();
    r.freeCalls = freeCalls();
    r.activeUsers = activeUsers();
    r.revenue = revenue();
    return r;
}

} // namespace gd::monitoring
