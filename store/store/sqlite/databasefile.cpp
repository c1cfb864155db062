// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databasefile.h"

#include <atomic>
#include <mutex>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include "store/sqlite/schema.h"
#include "store/sql/queryerror.h"

namespace gd::dbfile {
namespace {

std::atomic_int g_inspections{0};
std::atomic_bool g_problemSeen{false};
std::mutex g_mutex;
QString g_currentFile;

// SQLite's primary result codes for problems of the file rather than of the statement.
enum SqliteCode
{
    Perm = 3,
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26
};

int primaryCode(const QSqlError &error)
{
    // The office server's errors carry a five-character SQLSTATE ("42501"), which is no
    // SQLite code (those have at most four digits) and no problem of a file.
    if (error.nativeErrorCode().size() == 5)
        return 0;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QSet<QString> tables(QSqlQuery &query)
{
    QSet<QString> names;
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")))
        while (query.next())
            names.insert(query.value(0).toString());
    return names;
}

/** The tables a GrantDesk database has at schema @p version, by running the migrations. */
QSet<QString> grantDeskTables(int version)
{
    const QString name = QStringLiteral("grantdesk-schema-%1").arg(++g_inspections);
    QSet<QString> names;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            bool ok = true;
            for (int step = 0; ok && step < version; ++step)
                for (const QString &statement : schema::migrationStep(step))
                    ok = ok && query.exec(statement);
            if (ok)
                names = tables(query);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return names;
}

struct Probe
{
    QString problem; // SQLite's error when the file cannot be read
    quint32 applicationId = 0;
    int userVersion = 0;
    QSet<QString> tables;
};

Probe probe(const QString &file)
{
    Probe result;
    const QString name = QStringLiteral("grantdesk-inspect-%1").arg(++g_inspections);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        // Read-only: nothing, not even the journal mode, changes in a file that is not ours.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!QFileInfo(QFileInfo(file).absolutePath()).isWritable()) {
            // A read-only folder cannot hold the WAL index: read the file as immutable.
            QUrl uri = QUrl::fromLocalFile(file);
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            result.problem = db.lastError().databaseText();
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next()) {
                result.applicationId = static_cast<quint32>(query.value(0).toLongLong());
                if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                    result.userVersion = query.value(0).toInt();
                result.tables = tables(query);
            }
            if (query.lastError().isValid())
                result.problem = query.lastError().databaseText();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Result<Inspection> inspect(const QString &file, int knownVersion)
{
    Inspection result;
    const QString shown = QDir::toNativeSeparators(file);
    const QFileInfo info(file);
    const QFileInfo wal(file + QStringLiteral("-wal"));
    if (!info.exists() || (info.size() == 0 && (!wal.exists() || wal.size() == 0)))
        return result; // a new database
    result.exists = true;
    QFile raw(file);
    if (!raw.open(QIODevice::ReadOnly))
        return Error{
            shown,
            QCoreApplication::translate("Database", "cannot be read: %1").arg(raw.errorString())};
    const QByteArray header = raw.read(100);
    raw.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return Error{shown, QCoreApplication::translate(
                                "Database",
                                "is not a GrantDesk database: not an SQLite file, or its header is "
                                "damaged; it was left unchanged")};
    const Probe found = probe(file);
    if (!found.problem.isEmpty())
        return Error{shown,
                     QCoreApplication::translate(
                         "Database", "is damaged or not a GrantDesk database (%1); it was left "
                                     "unchanged")
                         .arg(found.problem.trimmed())};
    result.marked = found.applicationId == kApplicationId;
    result.schemaVersion = found.userVersion;
    if (found.userVersion < 0 ||
        (result.marked && found.userVersion == 0 && !found.tables.isEmpty()))
        return Error{shown, QCoreApplication::translate(
                                "Database",
                                "is damaged or not a GrantDesk database: its schema version %1 "
                                "is not one GrantDesk writes; it was left unchanged")
                                .arg(found.userVersion)};
    if (found.userVersion > knownVersion) {
        // A later GrantDesk marks its files and counts its schema up one by one; a version far
        // beyond that is a damaged header (issue 13: "schema 472787896").
        if (result.marked && found.userVersion <= knownVersion + 1000)
            return Error{shown, QCoreApplication::translate(
                                    "Database",
                                    "made by a newer GrantDesk (schema %1, this one knows %2); "
                                    "not opened so that nothing is lost")
                                    .arg(found.userVersion)
                                    .arg(knownVersion)};
        return Error{shown, QCoreApplication::translate(
                                "Database",
                                "is damaged or not a GrantDesk database: its schema version %1 "
                                "is not one GrantDesk writes; it was left unchanged")
                                .arg(found.userVersion)};
    }
    if (result.marked)
        return result;
    const bool foreignMark = found.applicationId != 0;
    const bool blank = found.userVersion == 0 && found.tables.isEmpty();
    bool olderGrantDesk = false;
    if (!foreignMark && found.userVersion > 0) {
        const QSet<QString> expected = grantDeskTables(found.userVersion);
        olderGrantDesk = !expected.isEmpty() && found.tables.contains(expected);
    }
    if (foreignMark || !(blank || olderGrantDesk))
        return Error{shown,
                     QCoreApplication::translate(
                         "Database", "is not a GrantDesk database (another program's SQLite file); "
                                     "it was not opened and was left unchanged")};
    return result;
}

ReadOnlyCause readOnlyCause(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return ReadOnlyCause::None;
    if (!info.isWritable())
        return ReadOnlyCause::File;
    const QFileInfo folder(info.absolutePath());
    if (folder.exists() && !folder.isWritable())
        return ReadOnlyCause::Folder;
    return ReadOnlyCause::None;
}

bool isStorageProblem(const QSqlError &error)
{
    switch (primaryCode(error)) {
    case Perm:
    case Busy:
    case Locked:
    case ReadOnly:
    case IoErr:
    case Corrupt:
    case Full:
    case CantOpen:
    case NotADb:
        return true;
    default:
        return false;
    }
}

QString describe(const QSqlError &error, const QString &file)
{
    const QString shown = QDir::toNativeSeparators(file);
    switch (primaryCode(error)) {
    case Full:
        return QCoreApplication::translate(
                   "Database", "the disk is full: %1 cannot grow; free some space and try again")
            .arg(shown);
    case ReadOnly:
        return QCoreApplication::translate(
                   "Database", "%1 cannot be written: the file or its folder is read-only")
            .arg(shown);
    case Perm:
    case CantOpen:
        return QCoreApplication::translate(
                   "Database", "%1 cannot be opened: no permission, or its folder is missing")
            .arg(shown);
    case Busy:
    case Locked:
        return QCoreApplication::translate(
                   "Database", "%1 is busy: another program kept it locked for more than 5 seconds")
            .arg(shown);
    case IoErr:
        return QCoreApplication::translate("Database",
                                           "%1 cannot be read or written: input/output error (%2)")
            .arg(shown, error.databaseText().trimmed());
    case Corrupt:
    case NotADb:
        return QCoreApplication::translate("Database", "%1 is damaged (%2)")
            .arg(shown, error.databaseText().trimmed());
    default:
        return error.databaseText().isEmpty() ? error.text().trimmed()
                                              : error.databaseText().trimmed();
    }
}

void setCurrentFile(const QString &file)
{
    std::lock_guard lock(g_mutex);
    g_currentFile = file;
}

QString currentFile()
{
    std::lock_guard lock(g_mutex);
    return g_currentFile;
}

bool storageProblemSeen()
{
    return g_problemSeen;
}

void noteStorageProblem()
{
    g_problemSeen = true;
}

} // namespace gd::dbfile
