// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqllifecyclerepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/queryerror.h"

namespace gd::lifecycle {

SqlLifecycleRepository::SqlLifecycleRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<qint64> SqlLifecycleRepository::append(const StoredAct &act)
{
    QSqlQuery q(sql::connection(*m_db));
    q.prepare(QStringLiteral(
        "INSERT INTO lifecycle_acts (app_id, version, code, act_date, body, recorded_by, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(act.appId);
    q.addBindValue(act.version);
    q.addBindValue(act.code);
    q.addBindValue(act.date.toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(act.body));
    q.addBindValue(act.recordedBy);
    q.addBindValue(act.recordedAt.toUTC().toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

namespace {

constexpr char kSelectActs[] =
    "SELECT id, app_id, version, code, act_date, body, recorded_by, recorded_at "
    "FROM lifecycle_acts ";

StoredAct actFrom(const QSqlQuery &q)
{
    StoredAct a;
    a.id = q.value(0).toLongLong();
    a.appId = q.value(1).toString();
    a.version = q.value(2).toInt();
    a.code = q.value(3).toString();
    a.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    a.body = q.value(5).toString().toUtf8();
    a.recordedBy = q.value(6).toString();
    a.recordedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    return a;
}

} // namespace

Result<QList<StoredAct>> SqlLifecycleRepository::forCase(const QString &appId, int version) const
{
    QSqlQuery q(sql::connection(*m_db));
    q.prepare(QLatin1String(kSelectActs) +
              QStringLiteral("WHERE app_id = ? AND version = ? ORDER BY id"));
    q.addBindValue(appId);
    q.addBindValue(version);
    if (!q.exec())
        return queryError(q);
    QList<StoredAct> out;
    while (q.next())
        out << actFrom(q);
    return out;
}

Status SqlLifecycleRepository::forEachAct(const std::function<void(StoredAct &&)> &take) const
{
    QSqlQuery q(sql::connection(*m_db));
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kSelectActs) + QStringLiteral("ORDER BY app_id, version, id")))
        return queryError(q);
    while (q.next())
        take(actFrom(q));
    if (q.lastError().isValid())
        return queryError(q);
    return success();
}

} // namespace gd::lifecycle
