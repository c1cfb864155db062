// SPDX-License-Identifier: GPL-3.0-or-later
#include "statements.h"

namespace gd::sql {

Statements::Statements(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool Statements::run(const QString &sql, const QVariantList &values)
{
    finish();
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(sql)) {
            m_failed = std::move(*query);
            m_last = &*m_failed;
            return false;
        }
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    m_last = &query;
    return query.exec();
}

void Statements::finish()
{
    if (m_last)
        m_last->finish();
}

} // namespace gd::sql
