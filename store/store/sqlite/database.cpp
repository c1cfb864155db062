// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include <cstring>

#include <QUrl>

#include <atomic>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include "core/log.h"
#include "core/privatefiles.h"
#include "store/databasefile.h"
#include "store/pendingfiles.h"
#include "store/postgres/pgdatabase.h"
#include "store/sqlite/schema.h"
#include "store/sqlite/sqlitedialect.h"
#include "store/sql/connection.h"
#include "store/sql/monitoringfacts.h"
#include "store/sql/queryerror.h"
#include "store/repositories.h"

namespace gd {
namespace {

/**
 * A lock file that names no process and was last written over two seconds ago: the process
 * that created it was killed between creating and writing it (QLockFile writes its pid
 * right after creating the file). Such a lock never becomes stale by itself, since there is
 * no process to find gone, and would refuse every later start.
 */
bool emptyLockLeftByAKill(const QLockFile &lock, const QString &lockPath)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.getLockInfo(&pid, &host, &app) && pid > 0)
        return false;
    const QFileInfo info(lockPath);
    return info.exists() && info.lastModified().secsTo(QDateTime::currentDateTime()) > 2;
}

std::atomic_int g_connectionCounter{0};

QString sqlError(const QSqlError &error)
{
    if (dbfile::isStorageProblem(error)) {
        dbfile::noteStorageProblem();
        return dbfile::describe(error, dbfile::currentFile());
    }
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

Database::Database(QString path, QString connectionName, Engine engine)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_engine(engine)
{
    if (engine == Engine::SQLite)
        m_dialect = std::make_unique<sqlite::SqliteDialect>();
}

bool Database::isServerLocator(const QString &locator)
{
    return locator.startsWith(QLatin1String("postgresql://")) ||
           locator.startsWith(QLatin1String("postgres://"));
}

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

/** The path the lock and the connection use: symlinks and ".." resolved, so that every way of
 * naming one file finds the same lock (issue 13). */
QString canonicalDatabasePath(const QFileInfo &given)
{
    if (given.exists())
        return given.canonicalFilePath();
    const QString folder = QFileInfo(given.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? given.absoluteFilePath() : QDir(folder).filePath(given.fileName());
}

namespace {

/** Why the lock file @p lockPath could not be taken; @p lock has just failed. */
Error lockRefusal(QLockFile &lock, const QString &lockPath, const QFileInfo &given,
                  const QString &where)
{
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return Error{where, QCoreApplication::translate(
                                "Database", "already open in another GrantDesk (process %1 on "
                                            "%2); close it first")
                                .arg(pid)
                                .arg(host)};
    }
    const QStorageInfo volume(given.absolutePath());
    if (lock.error() == QLockFile::PermissionError)
        return Error{where, QCoreApplication::translate(
                                "Database", "cannot create the lock file %1: no permission to "
                                            "write in its folder (read-only folder?)")
                                .arg(QDir::toNativeSeparators(lockPath))};
    if (volume.isValid() && volume.bytesAvailable() == 0)
        return Error{where, QCoreApplication::translate(
                                "Database", "cannot create the lock file %1: the disk is full")
                                .arg(QDir::toNativeSeparators(lockPath))};
    return Error{where, QCoreApplication::translate("Database", "cannot create the lock file %1")
                            .arg(QDir::toNativeSeparators(lockPath))};
}

/** Takes the lock beside @p file, clearing one an earlier kill left empty. */
Result<std::unique_ptr<QLockFile>> takeLock(const QString &file, const QFileInfo &given, int waitMs,
                                            const QString &where)
{
    const QString lockPath = file + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    bool locked = lock->tryLock(waitMs);
    if (!locked && lock->error() == QLockFile::LockFailedError &&
        emptyLockLeftByAKill(*lock, lockPath)) {
        lock->removeStaleLockFile();
        locked = lock->tryLock(0);
    }
    if (!locked)
        return lockRefusal(*lock, lockPath, given, where);
    files::makePrivate(lockPath);
    return lock;
}

/**
 * Refuses to go on when the file needs a migration it cannot get (opened read-only, or the
 * file or its folder not writable), and creates a missing file owner-only.
 */
Status prepareFile(const QString &file, const QFileInfo &given, const dbfile::Inspection &found,
                   bool readOnly, const QString &where)
{
    if (found.schemaVersion < Database::kSchemaVersion && found.exists) {
        if (readOnly)
            return Error{where, QCoreApplication::translate(
                                    "Database", "needs an upgrade but was opened read-only")};
        if (!QFileInfo(file).isWritable() || !QFileInfo(given.absolutePath()).isWritable())
            return Error{where, QCoreApplication::translate(
                                    "Database",
                                    "needs an upgrade to schema %1, but the file or its folder is "
                                    "read-only; it was left unchanged")
                                    .arg(Database::kSchemaVersion)};
    }
    if (!readOnly && !QFileInfo::exists(file)) {
        // Created owner-only; SQLite gives its -wal and -shm the same mode.
        QFile created(file);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFile::ReadOwner | QFile::WriteOwner))
            return Error{where, QCoreApplication::translate("Database", "cannot create %1: %2")
                                    .arg(QDir::toNativeSeparators(file), created.errorString())};
    }
    return success();
}

/** Opens the SQLite connection @p name on @p file. */
Status openConnection(const QString &name, const QString &file, const QFileInfo &given,
                      bool readOnly, const QString &where)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return Error{where, QCoreApplication::translate("Database",
                                                        "the Qt SQLite driver is not installed")};
    db.setDatabaseName(file);
    QString connectOptions =
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Database::kBusyTimeoutMs);
    if (readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (readOnly && !QFileInfo(given.absolutePath()).isWritable()) {
        // In a read-only folder SQLite cannot create the WAL index beside the file and
        // refuses even to read. Nobody can write there either, so the file is opened as
        // immutable: no locks, no WAL index, nothing created.
        QUrl uri = QUrl::fromLocalFile(file);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(connectOptions + QStringLiteral(";QSQLITE_OPEN_URI"));
    }
    if (!db.open())
        return Error{where, sqlError(db.lastError())};
    return success();
}

} // namespace

Status Database::createOnServer(const QString &locator)
{
    return postgres::Opener::createDatabase(locator);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, Options options)
{
    if (isServerLocator(path))
        return postgres::Opener::open(path, options.readOnly, options.password);
    // "mysql://…" or "sqlite://…" would otherwise become a folder "mysql:" and a file in it.
    static const QRegularExpression otherScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (otherScheme.match(path).hasMatch())
        return Error{QStringLiteral("database %1").arg(postgres::withoutPassword(path)),
                     QCoreApplication::translate(
                         "Database", "names a server GrantDesk cannot use; give a database file "
                                     "or postgresql://USER@HOST[:PORT]/DATABASE")};
    const QFileInfo given(path);
    const QString where = QStringLiteral("database %1").arg(QDir::toNativeSeparators(path));
    if (!options.readOnly && !files::makePrivateFolder(given.absolutePath()))
        return Error{where, QCoreApplication::translate("Database", "cannot create the folder %1")
                                .arg(QDir::toNativeSeparators(given.absolutePath()))};
    if (given.exists() && given.isDir())
        return Error{where,
                     QCoreApplication::translate("Database", "is a folder, not a database file")};
    const QString file = canonicalDatabasePath(given);
    dbfile::setCurrentFile(file);

    std::unique_ptr<QLockFile> lock;
    if (options.lock && !options.readOnly) {
        auto taken = takeLock(file, given, options.lockWaitMs, where);
        if (!taken)
            return taken.error();
        lock = std::move(taken.value());
    }

    // Before anything is written (journal mode included): only GrantDesk's own files.
    const auto inspected = dbfile::inspect(file, kSchemaVersion);
    if (!inspected)
        return Error{where, inspected.error().what};
    if (auto prepared = prepareFile(file, given, *inspected, options.readOnly, where); !prepared)
        return prepared.error();

    const QString name = QStringLiteral("grantdesk-%1").arg(++g_connectionCounter);
    std::shared_ptr<Database> database(new Database(file, name, Engine::SQLite));
    database->m_lock = std::move(lock);
    database->m_readOnly = options.readOnly;
    if (auto opened = openConnection(name, file, given, options.readOnly, where); !opened)
        return opened.error();
    if (auto configured = database->configure(options.readOnly); !configured)
        return Error{where, configured.error().what};
    if (options.readOnly)
        return database;
    if (auto ready = database->bringUpToDate(*inspected); !ready)
        return Error{where, ready.error().what};
    // A package whose export or countersignature was committed but not yet in place when
    // the process died is written now (see PendingFiles).
    if (auto reconciled = makePendingFiles(database)->reconcile(); !reconciled)
        log::warning(QStringLiteral("cannot complete an interrupted package: ") +
                     reconciled.error().toString());
    return database;
}

Status Database::bringUpToDate(const dbfile::Inspection &found)
{
    if (found.schemaVersion < kSchemaVersion) {
        if (auto migrated = migrate(found.schemaVersion); !migrated)
            return migrated;
    } else if (!found.marked) {
        // A GrantDesk database from before the mark gets it on its first write.
        QSqlDatabase db = sql::connection(*this);
        if (auto marked =
                exec(db, QStringLiteral("PRAGMA application_id=%1").arg(dbfile::kApplicationId));
            !marked)
            return marked;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        if (!found.exists)
            files::makePrivate(m_path + QLatin1String(suffix));
    return success();
}

QString Database::readOnlyRefusal()
{
    return QCoreApplication::translate("Database",
                                       "The database is open read-only: nothing can be changed.");
}

QString Database::readOnlyCause(const QString &path)
{
    switch (dbfile::readOnlyCause(path)) {
    case dbfile::ReadOnlyCause::File:
        return QCoreApplication::translate("Database", "the file is read-only");
    case dbfile::ReadOnlyCause::Folder:
        return QCoreApplication::translate("Database", "its folder is read-only");
    case dbfile::ReadOnlyCause::None:
        break;
    }
    return {};
}

int Database::schemaVersion() const
{
    if (m_engine == Engine::PostgreSQL)
        return postgres::Opener::schemaVersion(*this);
    QSqlQuery query(sql::connection(*this));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Database::configure(bool readOnly)
{
    QSqlDatabase db = sql::connection(*this);
    // Fails early with "file is not a database" for a corrupt or foreign file.
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
            return Error{QStringLiteral("database"), sqlError(probe.lastError())};
    } // an unfinished statement would keep a read transaction open and block WAL mode
    // An 8 MiB page cache (SQLite's default is 2 MB): an import's batch of 500 files no
    // longer spills dirty pages into the WAL before its commit (10,000 files: 4.9-6.4 s ->
    // 4.1-4.4 s with the parse read ahead); a connection takes it only as it reads.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
          "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-8192"}) {
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
    QSqlDatabase db = sql::connection(*this);
    // Keep a copy of a database that holds data before changing its schema: one per source
    // version, so that a migration tried again (after a full disk, say) adds no second copy.
    // It is written under a temporary name first so that a half-written copy is never taken
    // for the backup.
    if (from > 0) {
        const QString copy = m_path + QStringLiteral(".v%1.bak").arg(from);
        if (QFileInfo::exists(copy)) {
            log::info(QStringLiteral("database backup %1 of v%2 kept from an earlier attempt")
                          .arg(copy)
                          .arg(from));
        } else {
            const QString partial = copy + QStringLiteral(".part");
            QFile::remove(partial);
            if (auto saved = backup(partial); !saved) {
                QFile::remove(partial);
                return Error{QStringLiteral("backup before upgrade"), saved.error().what};
            }
            if (!QFile::rename(partial, copy)) {
                QFile::remove(partial);
                return Error{
                    QStringLiteral("backup before upgrade"),
                    QCoreApplication::translate("Database", "cannot rename %1 to %2")
                        .arg(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(copy))};
            }
            log::info(QStringLiteral("database backed up to %1 before migration from v%2")
                          .arg(copy)
                          .arg(from));
        }
    }
    // All steps in one transaction: a failure anywhere leaves the file at its old version.
    Transaction transaction(*this);
    if (!transaction.begun())
        return Error{QStringLiteral("migration"), sqlError(db.lastError())};
    for (int version = from; version < kSchemaVersion; ++version) {
        for (const QString &statement : schema::migrationStep(version)) {
            if (auto done = exec(db, statement); !done)
                return Error{QStringLiteral("migration to v%1").arg(version + 1),
                             done.error().what};
        }
    }
    // v10's columns are filled from the stored files, as store() writes them.
    if (from < 10 && from > 0) {
        if (auto filled = sql::fillMonitoringFacts(db); !filled)
            return filled;
    }
    for (const QString &pragma :
         {QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion),
          QStringLiteral("PRAGMA application_id=%1").arg(dbfile::kApplicationId)}) {
        if (auto done = exec(db, pragma); !done)
            return done;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    log::info(
        QStringLiteral("database migrated from schema v%1 to v%2").arg(from).arg(kSchemaVersion));
    return success();
}

Status Database::backup(const QString &target) const
{
    if (m_engine == Engine::PostgreSQL)
        return Error{QStringLiteral("backup %1").arg(target),
                     QCoreApplication::translate("Database",
                                                 "the office server is backed up with pg_dump "
                                                 "by its administrator")};
    QSqlQuery query(sql::connection(*this));
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return Error{QStringLiteral("backup %1").arg(target), sqlError(query.lastError())};
    files::makePrivate(target);
    return success();
}

Status Database::integrityCheck() const
{
    if (m_engine == Engine::PostgreSQL)
        return success(); // the server keeps its own pages; the audit chain is checked apart
    QSqlQuery query(sql::connection(*this));
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

Transaction::Transaction(const Database &db)
    : m_db(&db)
    , m_name(QStringLiteral("gd%1").arg(++g_connectionCounter))
{
    QSqlQuery query(sql::connection(db));
    m_outermostBlock = db.m_engine == Database::Engine::PostgreSQL && db.m_transactionDepth == 0;
    m_begun = query.exec(m_outermostBlock ? QStringLiteral("BEGIN")
                                          : QStringLiteral("SAVEPOINT ") + m_name);
    if (m_begun)
        ++db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_begun && !m_done) {
        QSqlQuery query(sql::connection(*m_db));
        if (m_outermostBlock) {
            query.exec(QStringLiteral("ROLLBACK"));
        } else {
            query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
            query.exec(QStringLiteral("RELEASE ") + m_name);
        }
        --m_db->m_transactionDepth;
    }
}

Status Transaction::commit()
{
    if (!m_begun)
        return Error{QStringLiteral("database"), QStringLiteral("no transaction to commit")};
    QSqlQuery query(sql::connection(*m_db));
    if (!query.exec(m_outermostBlock ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE ") + m_name))
        return Error{QStringLiteral("database"), sqlError(query.lastError())};
    m_done = true;
    --m_db->m_transactionDepth;
    return success();
}

} // namespace gd
