// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>

/** How the tests reach the private PostgreSQL server that ctest started (pg_fixture.sh). */
namespace pgtest {

/** The state file's assignments (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGDIR);
 *  empty when the fixture did not run. Values are written by printf %q: plain words here. */
inline QHash<QString, QString> connectionSettings()
{
    QHash<QString, QString> settings;
    const QString path =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("GRANTDESK_PG_STATE"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return settings;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            settings.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return settings;
}

/** A QPSQL connection named @p name to the fixture's server, as @p user (default: its
 *  superuser) with @p password; not yet opened. */
inline QSqlDatabase connection(const QString &name, const QString &user = {},
                               const QString &password = {})
{
    const QHash<QString, QString> s = connectionSettings();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(s.value(QStringLiteral("PGHOST")));
    db.setPort(s.value(QStringLiteral("PGPORT")).toInt());
    db.setDatabaseName(s.value(QStringLiteral("PGDATABASE")));
    db.setUserName(user.isEmpty() ? s.value(QStringLiteral("PGUSER")) : user);
    db.setPassword(user.isEmpty() ? s.value(QStringLiteral("PGPASSWORD")) : password);
    return db;
}

} // namespace pgtest
