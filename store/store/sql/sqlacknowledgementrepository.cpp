// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlacknowledgementrepository.h"

#include <QSqlQuery>

#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/queryerror.h"

namespace gd::monitoring {

SqlAcknowledgementRepository::SqlAcknowledgementRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Status SqlAcknowledgementRepository::put(const AlertAcknowledgement &ack)
{
    QSqlQuery q(sql::connection(*m_db));
    q.prepare(QStringLiteral("INSERT INTO alert_acks (key, code, note, actor, at) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                             "code = excluded.code, note = excluded.note, "
                             "actor = excluded.actor, at = excluded.at"));
    q.addBindValue(ack.key);
    q.addBindValue(ack.code);
    q.addBindValue(ack.note);
    q.addBindValue(ack.actor);
    q.addBindValue(ack.at.toString(Qt::ISODate));
    if (!q.exec())
        return queryError(q);
    return success();
}

Result<QMap<QString, AlertAcknowledgement>> SqlAcknowledgementRepository::all() const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!q.exec(QStringLiteral("SELECT key, code, note, actor, at FROM alert_acks")))
        return queryError(q);
    QMap<QString, AlertAcknowledgement> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(),
                    QDateTime::fromString(q.value(4).toString(), Qt::ISODate)});
    return out;
}

} // namespace gd::monitoring
