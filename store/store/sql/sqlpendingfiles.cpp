// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlpendingfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>

#include "core/log.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/queryerror.h"

namespace gd {
namespace {

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool holds(const QString &path, const QString &sha256)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in))
        return false;
    return QString::fromLatin1(hash.result().toHex()) == sha256;
}

} // namespace

SqlPendingFiles::SqlPendingFiles(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Status SqlPendingFiles::record(const QString &path, const QByteArray &data)
{
    QSqlQuery q(sql::connection(*m_db));
    if (!run(q,
             QStringLiteral("INSERT INTO pending_files (path, sha256, data, recorded_at) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET "
                            "sha256 = excluded.sha256, data = excluded.data, "
                            "recorded_at = excluded.recorded_at"),
             {path, sha256Of(data), data, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}))
        return queryError(q);
    return success();
}

Status SqlPendingFiles::done(const QString &path)
{
    QSqlQuery q(sql::connection(*m_db));
    if (!run(q, QStringLiteral("DELETE FROM pending_files WHERE path = ?"), {path}))
        return queryError(q);
    return success();
}

Result<int> SqlPendingFiles::reconcile()
{
    QSqlQuery q(sql::connection(*m_db));
    if (!run(q, QStringLiteral("SELECT path, sha256 FROM pending_files ORDER BY recorded_at")))
        return queryError(q);
    QList<std::pair<QString, QString>> pending;
    while (q.next())
        pending.append({q.value(0).toString(), q.value(1).toString()});
    int written = 0;
    for (const auto &[path, sha256] : std::as_const(pending)) {
        if (!holds(path, sha256)) {
            QSqlQuery data(sql::connection(*m_db));
            if (!run(data, QStringLiteral("SELECT data FROM pending_files WHERE path = ?"),
                     {path}) ||
                !data.next())
                return queryError(data);
            const QByteArray bytes = data.value(0).toByteArray();
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
                !out.commit())
                return Error{path, out.errorString()};
            ++written;
            log::warning(QStringLiteral("completed %1, whose writing was interrupted after its "
                                        "record was committed")
                             .arg(path));
        }
        if (auto removed = done(path); !removed)
            return removed.error();
    }
    return written;
}

} // namespace gd
