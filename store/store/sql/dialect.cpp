// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/dialect.h"

#include <vector>

#include <QSqlQuery>
#include <QSqlRecord>

#include "store/sql/queryerror.h"

namespace gd::sql {

namespace {

/** A row of a QSqlQuery, each text converted to UTF-8 once, when asked. */
class QueryRow final : public RowView
{
public:
    /** @p q executed: its columns are known. */
    explicit QueryRow(const QSqlQuery &q)
        : m_q(q)
        , m_columns(size_t(q.record().count()))
    {}
    void next() { m_utf8.assign(m_columns, std::nullopt); }
    QByteArrayView utf8(int column) const override
    {
        std::optional<QByteArray> &held = m_utf8.at(size_t(column));
        if (!held) {
            const QVariant value = m_q.value(column);
            held = value.metaType() == QMetaType::fromType<QByteArray>()
                       ? value.toByteArray()
                       : value.toString().toUtf8();
        }
        return *held;
    }
    qint64 integer(int column) const override { return m_q.value(column).toLongLong(); }
    bool isNull(int column) const override { return m_q.isNull(column); }

private:
    const QSqlQuery &m_q;
    size_t m_columns = 0;
    mutable std::vector<std::optional<QByteArray>> m_utf8;
};

} // namespace

Status Dialect::forEachRow(const QSqlDatabase &db, const QString &select, const QStringList &values,
                           const std::function<void(const RowView &)> &visit) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(select))
        return queryError(q);
    for (const QString &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return queryError(q);
    QueryRow row(q);
    while (q.next()) {
        row.next();
        visit(row);
    }
    if (q.lastError().isValid())
        return queryError(q);
    return success();
}

QString asciiFolded(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return folded;
}

} // namespace gd::sql
