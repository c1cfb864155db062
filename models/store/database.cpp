// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <cstring>

#include <QUrl>

#include <atomic>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include "core/log.h"
#include "store/pendingfiles.h"
#include "store/schema.h"

namespace gd {
namespace {

std::atomic_int g_connectionCounter{0};

QString sqlError(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error{QStringLiteral("database"), sqlError(query.lastError())};
    return success();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("grantdesk.sqlite"));
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, Options options)
{
    const QFileInfo info(path);
    const QString where = QStringLiteral("database %1").arg(QDir::toNativeSeparators(path));
    if (!options.readOnly && !QDir().mkpath(info.absolutePath()))
        return Error{where, QStringLiteral("cannot create the folder %1").arg(info.absolutePath())};
    if (info.exists() && info.isDir())
        return Error{where, QStringLiteral("is a folder, not a database file")};

    std::unique_ptr<QLockFile> lock;
    if (options.lock && !options.readOnly) {
        lock = std::make_unique<QLockFile>(info.absoluteFilePath() + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // a lock is stale only when its process is gone
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, app;
                lock->getLockInfo(&pid, &host, &app);
                return Error{where, QStringLiteral("already open in another GrantDesk (process %1 "
                                                   "on %2); close it first")
                                        .arg(pid)
                                        .arg(host)};
            }
            return Error{where, QStringLiteral("cannot create the lock file beside it "
                                               "(read-only folder?)")};
        }
    }

    const QString name = QStringLiteral("grantdesk-%1").arg(++g_connectionCounter);
    std::shared_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    database->m_lock = std::move(lock);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid())
            return Error{where, QStringLiteral("the Qt SQLite driver is not installed")};
        db.setDatabaseName(info.absoluteFilePath());
        if (options.readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (options.readOnly && !QFileInfo(info.absolutePath()).isWritable()) {
            // In a read-only folder SQLite cannot create the WAL index beside the file and
            // refuses even to read. Nobody can write there either, so the file is opened as
            // immutable: no locks, no WAL index, nothing created.
            QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        db.setConnectOptions(db.connectOptions() + QStringLiteral(";QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error{where, sqlError(db.lastError())};
    }
    if (auto configured = database->configure(options.readOnly); !configured)
        return Error{where, configured.error().what};
    const int from = database->schemaVersion();
    if (from < 0)
        return Error{where, QStringLiteral("not a GrantDesk database, or damaged: cannot read "
                                           "its schema version")};
    if (from > kSchemaVersion)
        return Error{where, QStringLiteral("made by a newer GrantDesk (schema %1, this one knows "
                                           "%2); not opened so that nothing is lost")
                                .arg(from)
                                .arg(kSchemaVersion)};
    if (from < kSchemaVersion) {
        if (options.readOnly)
            return Error{where, QStringLiteral("needs an upgrade but was opened read-only")};
        if (auto migrated = database->migrate(from); !migrated)
            return Error{where, migrated.error().what};
    }
    // A package whose export or countersignature was committed but not yet in place when
    // the process died is written now (see PendingFiles).
    if (!options.readOnly) {
        if (auto reconciled = PendingFiles(database).reconcile(); !reconciled)
            log::warning(QStringLiteral("cannot complete an interrupted package: ") +
                         reconciled.error().toString());
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Database::configure(bool readOnly)
{
    QSqlDatabase db = connection();
    // Fails early with "file is not a database" for a corrupt or foreign file.
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
            return Error{QStringLiteral("database"), sqlError(probe.lastError())};
    } // an unfinished statement would keep a read transaction open and block WAL mode
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY"}) {
        if (readOnly && std::strstr(pragma, "journal_mode"))
            continue; // a write to the file's header
        QSqlQuery query(db);
        if (!query.exec(QLatin1String(pragma)))
            return Error{QStringLiteral("database"), sqlError(query.lastError())};
    }
    return success();
}

Status Database::migrate(int from)
{
    QSqlDatabase db = connection();
    // Keep a copy of a database that holds data before changing its schema.
    if (from > 0) {
        const QString copy =
            m_path +
            QStringLiteral(".v%1-%2.bak")
                .arg(from)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (auto saved = backup(copy); !saved)
            return Error{QStringLiteral("backup before upgrade"), saved.error().what};
        log::info(QStringLiteral("database backed up to %1 before migration from v%2")
                      .arg(copy)
                      .arg(from));
    }
    for (int version = from; version < kSchemaVersion; ++version) {
        Transaction transaction(db);
        if (!transaction.begun())
            return Error{QStringLiteral("migration"), sqlError(db.lastError())};
        for (const QString &statement : schema::migrationStep(version)) {
            if (auto done = exec(db, statement); !done)
                return Error{QStringLiteral("migration to v%1").arg(version + 1),
                             done.error().what};
        }
        if (auto done = exec(db, QStringLiteral("PRAGMA user_version=%1").arg(version + 1)); !done)
            return done;
        if (auto committed = transaction.commit(); !committed)
            return committed;
        log::info(QStringLiteral("database migrated to schema v%1").arg(version + 1));
    }
    return success();
}

Status Database::backup(const QString &target) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return Error{QStringLiteral("backup %1").arg(target), sqlError(query.lastError())};
    return success();
}

Status Database::integrityCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error{QStringLiteral("integrity check"), sqlError(query.lastError())};
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return Error{QStringLiteral("integrity check"), problems.join(QStringLiteral("; "))};
    return success();
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
    , m_name(QStringLiteral("gd%1").arg(++g_connectionCounter))
{
    QSqlQuery query(m_db);
    m_begun = query.exec(QStringLiteral("SAVEPOINT ") + m_name);
}

Transaction::~Transaction()
{
    if (m_begun && !m_done) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        query.exec(QStringLiteral("RELEASE ") + m_name);
    }
}

Status Transaction::commit()
{
    if (!m_begun)
        return Error{QStringLiteral("database"), QStringLiteral("no transaction to commit")};
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("RELEASE ") + m_name))
        return Error{QStringLiteral("database"), sqlError(query.lastError())};
    m_done = true;
    return success();
}

} // namespace gd
