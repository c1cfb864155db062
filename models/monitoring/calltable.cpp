// SPDX-License-Identifier: GPL-3.0-or-later
#include "calltable.h"

#include <algorithm>
#include <string_view>
#include <tuple>

namespace gd::monitoring {

CallTable::CallTable()
{
    m_texts.append(QString());
    m_textIndex.insert(QByteArray(), 0);
}

void CallTable::reserve(qsizetype count)
{
    m_rows.reserve(m_rows.size() + size_t(count));
}

quint32 CallTable::text(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return 0;
    if (m_textIndex.size() < m_texts.size()) { // squeezed: a text keeps its one key
        for (qsizetype i = 0; i < m_texts.size(); ++i)
            m_textIndex.insert(m_texts.at(i).toUtf8(), quint32(i));
    }
    // Looked up in place; copied only when new.
    const auto it = m_textIndex.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (it != m_textIndex.constEnd())
        return it.value();
    const auto index = quint32(m_texts.size());
    m_texts.append(QString::fromUtf8(utf8));
    m_textIndex.insert(utf8.toByteArray(), index);
    return index;
}

void CallTable::appendRow(Row row, QByteArrayView id, const Money &revenue)
{
    row.idOffset = m_ids.size();
    row.idLength = quint32(id.size());
    m_ids.append(id);
    if (const std::optional<qint64> fen = revenue.toFen()) {
        row.revenue = *fen;
    } else {
        row.revenueInFen = false;
        row.revenue = m_otherRevenues.size();
        m_otherRevenues.append(revenue);
    }
    reach(row.periodEnd);
    m_rows.push_back(row);
}

void CallTable::append(const CallRecord &record)
{
    Row row;
    row.operatorCode = text(record.operatorCode.toUtf8());
    row.operatorName = text(record.operatorName.toUtf8());
    row.product = text(record.product.toUtf8());
    row.applicationId = text(record.applicationId.toUtf8());
    row.resourceCode = text(record.resourceCode.toUtf8());
    row.periodStart = record.periodStart;
    row.periodEnd = record.periodEnd;
    row.calls = record.calls;
    row.freeCalls = record.freeCalls;
    row.activeUsers = record.activeUsers;
    appendRow(row, record.id.toUtf8(), record.revenue);
}

namespace {

/** A stored date as the store's reader reads it (empty: none; else QDate::fromString). */
QDate storedDate(QByteArrayView text)
{
    if (text.size() == 10 && text.at(4) == '-' && text.at(7) == '-') {
        int parts[3] = {0, 0, 0};
        bool digits = true;
        for (const auto &[from, count, part] : {std::tuple{0, 4, 0}, {5, 2, 1}, {8, 2, 2}}) {
            for (int i = from; i < from + count; ++i) {
                const char c = text.at(i);
                digits = digits && c >= '0' && c <= '9';
                parts[part] = parts[part] * 10 + (c - '0');
            }
        }
        if (digits && QDate::isValid(parts[0], parts[1], parts[2]))
            return QDate(parts[0], parts[1], parts[2]);
    }
    return text.isEmpty() ? QDate() : QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
}

/** A stored revenue in fen when it is digits with at most two decimals, 15 before the point:
 *  what Money::parse(text, 2) reads as that many fen. Nothing otherwise. */
std::optional<qint64> storedFen(QByteArrayView text)
{
    const qsizetype point = text.indexOf('.');
    const QByteArrayView whole = point < 0 ? text : text.first(point);
    const QByteArrayView fraction = point < 0 ? QByteArrayView() : text.sliced(point + 1);
    if (whole.isEmpty() || whole.size() > 15 || (point >= 0 && fraction.isEmpty()) ||
        fraction.size() > 2)
        return std::nullopt;
    qint64 fen = 0;
    for (const QByteArrayView part : {whole, fraction}) {
        for (const char c : part) {
            if (c < '0' || c > '9')
                return std::nullopt;
            fen = fen * 10 + (c - '0');
        }
    }
    for (qsizetype i = fraction.size(); i < 2; ++i)
        fen *= 10;
    return fen;
}

} // namespace

void CallTable::append(const CallRow &row)
{
    Row r;
    r.operatorCode = text(row.operatorCode);
    r.operatorName = text(row.operatorName);
    r.product = text(row.product);
    r.applicationId = text(row.applicationId);
    r.resourceCode = text(row.resourceCode);
    r.periodStart = storedDate(row.periodStart);
    r.periodEnd = storedDate(row.periodEnd);
    r.calls = row.calls;
    r.freeCalls = row.freeCalls;
    r.activeUsers = row.activeUsers;
    if (const std::optional<qint64> fen = storedFen(row.revenue)) {
        r.revenue = *fen;
        r.idOffset = m_ids.size();
        r.idLength = quint32(row.id.size());
        m_ids.append(row.id);
        reach(r.periodEnd);
        m_rows.push_back(r);
        return;
    }
    // The rare rest, as the store's reader reads it.
    appendRow(r, row.id, Money::parse(QString::fromUtf8(row.revenue), 2).value_or(Money()));
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
