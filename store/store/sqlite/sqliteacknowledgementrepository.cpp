// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteacknowledgementrepository.h"

#include <QSqlQuery>

#include "store/database.h"
#include "store/sqlite/connection.h"
#include "store/sqlite/queryerror.h"

namespace gd::monitoring {

SqliteAcknowledgementRepository::SqliteAcknowledgementRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Status SqliteAcknowledgementRepository::put(const AlertAcknowledgement &ack)
{
    QSqlQuery q(sqlite::connection(*m_db));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO alert_acks (key, code, note, actor, at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(ack.key);
    q.addBindValue(ack.code);
    q.addBindValue(ack.note);
    q.addBindValue(ack.actor);
    q.addBindValue(ack.at.toString(Qt::ISODate));
    if (!q.exec())
        return queryError(q);
    return success();
}

Result<QMap<QString, AlertAcknowledgement>> SqliteAcknowledgementRepository::all() const
{
    QSqlQuery q(sqlite::connection(*m_db));
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
