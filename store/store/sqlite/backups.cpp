// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/backups.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include "core/log.h"
#include "core/privatefiles.h"
#include "store/dbcheck.h"
#include "store/sqlite/schemacheck.h"

namespace gd::backups {
namespace {

std::atomic_int g_connections{0};

QString shown(const QString &file)
{
    return QDir::toNativeSeparators(file);
}

} // namespace

Backup inspect(const QString &file)
{
    Backup backup;
    const QFileInfo info(file);
    backup.path = info.absoluteFilePath();
    backup.modified = info.lastModified();
    backup.size = info.size();
    static const QRegularExpression upgrade(QStringLiteral("\\.v(\\d+)\\.bak$"));
    if (const auto match = upgrade.match(info.fileName()); match.hasMatch())
        backup.madeBeforeUpgradeFrom = match.captured(1).toInt();

    const QString name = QStringLiteral("grantdesk-backup-%1").arg(++g_connections);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Immutable and read-only: no lock, no WAL index, nothing created beside the copy.
        QUrl uri = QUrl::fromLocalFile(backup.path);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            backup.problems << db.lastError().databaseText().trimmed();
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                backup.schemaVersion = query.value(0).toInt();
            else
                backup.problems << query.lastError().databaseText().trimmed();
            query.finish();
            if (backup.problems.isEmpty()) {
                const auto check =
                    checkFileAndSchema(db, backup.schemaVersion, Thoroughness::Quick);
                if (!check)
                    backup.problems << check.error().what;
                else
                    backup.problems << check->integrity << check->schema;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (backup.schemaVersion <= 0 && backup.problems.isEmpty())
        backup.problems << QCoreApplication::translate("Backups",
                                                       "holds no GrantDesk database (no schema)");
    return backup;
}

QList<Backup> list(const QString &database)
{
    const QFileInfo info(database);
    const QDir folder = info.absoluteDir();
    QList<Backup> found;
    const QStringList names = folder.entryList({info.fileName() + QStringLiteral(".*bak")},
                                               QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        found << inspect(folder.filePath(name));
    std::stable_sort(found.begin(), found.end(),
                     [](const Backup &a, const Backup &b) { return a.modified > b.modified; });
    return found;
}

Result<Restored> restore(const QString &database, const QString &backup)
{
    const QString where = shown(database);
    const QFileInfo source(backup);
    if (!source.isFile() || !source.isReadable())
        return Error{shown(backup),
                     QCoreApplication::translate("Backups", "the backup cannot be read")};
    const QString target = QFileInfo(database).absoluteFilePath();
    if (QFileInfo(target).canonicalFilePath() == source.canonicalFilePath())
        return Error{where,
                     QCoreApplication::translate("Backups", "the backup is the database itself")};

    Restored done;
    done.restored = source.absoluteFilePath();
    // The copy first, so that a full disk or an unreadable backup changes nothing in place.
    const QString part = target + QStringLiteral(".restore.part");
    QFile::remove(part);
    {
        QFile in(backup);
        QFile out(part);
        if (!in.open(QIODevice::ReadOnly))
            return Error{shown(backup), in.errorString()};
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFile::ReadOwner | QFile::WriteOwner))
            return Error{shown(part),
                         QCoreApplication::translate("Backups", "cannot be written: %1")
                             .arg(out.errorString())};
        bool ok = true;
        while (ok && !in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            ok = !chunk.isEmpty() && out.write(chunk) == chunk.size();
        }
        // On disk before the rename: a power cut must not leave an empty database in place.
        ok = ok && out.flush() && ::fsync(out.handle()) == 0;
        if (!ok || in.error() != QFile::NoError) {
            const QString reason = out.errorString();
            out.close();
            QFile::remove(part);
            return Error{shown(part),
                         QCoreApplication::translate("Backups", "the copy of the backup failed: %1")
                             .arg(reason)};
        }
    }
    files::makePrivate(part);

    // The damaged file and its journal go aside together, under one stamp; never deleted.
    const QString stamp = QStringLiteral(".damaged-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QStringList moved;
    auto moveBack = [&] {
        for (const QString &suffix : std::as_const(moved))
            QFile::rename(target + stamp + suffix, target + suffix);
    };
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(target + suffix))
            continue;
        if (QFileInfo::exists(target + stamp + suffix) ||
            !QFile::rename(target + suffix, target + stamp + suffix)) {
            moveBack();
            QFile::remove(part);
            return Error{where, QCoreApplication::translate(
                                    "Backups", "cannot be moved aside to %1; nothing was changed")
                                    .arg(shown(target + stamp + suffix))};
        }
        moved << suffix;
    }
    if (moved.contains(QString()))
        done.keptAs = target + stamp;
    if (!QFile::rename(part, target)) {
        moveBack();
        QFile::remove(part);
        return Error{where, QCoreApplication::translate(
                                "Backups", "the backup could not be put in place; nothing was "
                                           "changed")};
    }
    files::makePrivate(target);
    log::info(QStringLiteral("database %1 restored from %2; the file in place was kept as %3")
                  .arg(target, done.restored,
                       done.keptAs.isEmpty() ? QStringLiteral("(none)") : done.keptAs));
    return done;
}

} // namespace gd::backups
