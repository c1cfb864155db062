// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchedfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include "core/hashing.h"
#include "core/log.h"
#include "monitoring/feeds.h"
#include "services/desk.h"
#include "services/monitoringservice.h"

namespace gd {
namespace {

const QString kFolderKey = QStringLiteral("Monitoring/watchedFolder");

QList<QPointer<WatchedFolder>> &instances()
{
    static QList<QPointer<WatchedFolder>> list;
    return list;
}

} // namespace

WatchedFolder::WatchedFolder(std::shared_ptr<Desk> desk, QObject *parent)
    : QObject(parent)
    , m_desk(std::move(desk))
    , m_watcher(new QFileSystemWatcher(this))
    , m_rescan(new QTimer(this))
    , m_settle(new QTimer(this))
{
    instances().append(this);
    m_rescan->setInterval(30000);
    connect(m_rescan, &QTimer::timeout, this, &WatchedFolder::scan);
    m_settle->setSingleShot(true);
    m_settle->setInterval(400);
    connect(m_settle, &QTimer::timeout, this, &WatchedFolder::scan);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle->start(); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle->start(); });
}

WatchedFolder::~WatchedFolder()
{
    instances().removeAll(this);
    instances().removeAll(nullptr);
}

QString WatchedFolder::configuredFolder()
{
    return QSettings().value(kFolderKey).toString();
}

void WatchedFolder::setConfiguredFolder(const QString &path)
{
    QSettings settings;
    if (path.trimmed().isEmpty())
        settings.remove(kFolderKey);
    else
        settings.setValue(kFolderKey, QDir::cleanPath(path.trimmed()));
}

void WatchedFolder::reloadAllFromSettings()
{
    const auto list = instances();
    for (const QPointer<WatchedFolder> &watcher : list) {
        if (watcher) {
            watcher->reloadFromSettings();
            emit watcher->settingsChanged();
        }
    }
}

void WatchedFolder::reloadFromSettings()
{
    const QString configured = configuredFolder();
    if (configured != m_folder)
        setFolder(configured);
}

void WatchedFolder::setRescanInterval(int ms)
{
    m_rescan->setInterval(ms);
}

void WatchedFolder::setSettleInterval(int ms)
{
    m_settle->setInterval(ms);
}

void WatchedFolder::setFolder(const QString &path)
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_folder = path.isEmpty() ? QString() : QDir::cleanPath(path);
    m_pending.clear();
    m_reportedProblem = false;
    if (m_folder.isEmpty()) {
        m_rescan->stop();
        return;
    }
    log::info(QStringLiteral("watched feed folder: %1").arg(m_folder));
    if (QFileInfo(m_folder).isDir())
        m_watcher->addPath(m_folder);
    m_rescan->start();
    scan();
}

void WatchedFolder::scan()
{
    if (m_folder.isEmpty())
        return;
    if (m_desk->isReadOnly()) {
        // Feeds are imported into the database: not while it is open read-only.
        if (!m_reportedProblem) {
            m_reportedProblem = true;
            log::info(QStringLiteral("%1: watched feed folder not read, the database is open "
                                     "read-only")
                          .arg(m_folder));
            emit folderProblem(
                tr("The watched feed folder %1 is not read: %2")
                    .arg(QDir::toNativeSeparators(m_folder), Desk::readOnlyRefusal()));
        }
        return;
    }
    const QFileInfo folderInfo(m_folder);
    if (!folderInfo.isDir() || !folderInfo.isReadable()) {
        if (!m_reportedProblem) {
            m_reportedProblem = true;
            log::warning(QStringLiteral("%1: watched feed folder cannot be read").arg(m_folder));
            emit folderProblem(tr("The watched feed folder %1 cannot be read.")
                                   .arg(QDir::toNativeSeparators(m_folder)));
        }
        return;
    }
    m_reportedProblem = false;
    if (!m_watcher->directories().contains(m_folder))
        m_watcher->addPath(m_folder); // the folder was created after the setting

    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.json"), QStringLiteral("*.csv")},
                                     QDir::Files | QDir::Readable, QDir::Name);
    bool waiting = false;
    for (const QFileInfo &info : files) {
        const QString path = info.absoluteFilePath();
        const Signature signature{info.size(), info.lastModified()};
        if (m_done.value(path) == signature)
            continue;
        // Taken only when it looked the same one settle interval ago (not half-written).
        if (m_pending.value(path) != signature) {
            m_pending.insert(path, signature);
            waiting = true;
            continue;
        }
        m_pending.remove(path);
        take(path, signature);
    }
    if (waiting)
        m_settle->start();
}

void WatchedFolder::take(const QString &path, const Signature &signature)
{
    m_done.insert(path, signature);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit feedRefused(path,
                         {QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())});
        return;
    }
    const QByteArray data = file.readAll(); // read once: hashed here, imported below
    file.close();
    const QString sha256 = hashing::sha256Hex(data);
    const auto seen = MonitoringService(m_desk).feedSeen(sha256);
    if (!seen) {
        m_done.remove(path); // try again on the next scan
        emit folderProblem(tr("Feed imports could not be read: %1").arg(seen.error().toString()));
        return;
    }
    if (*seen)
        return; // these bytes were imported before: once is enough

    const monitoring::FeedFileResult result = MonitoringService(m_desk).importFeedData(path, data);
    const QString name = QFileInfo(path).fileName();
    switch (result.kind) {
    case monitoring::FeedFileResult::Kind::Imported:
    case monitoring::FeedFileResult::Kind::Unchanged: {
        m_importedFiles.append(path);
        const QString kind =
            result.feedKind ? monitoring::feedKindLabel(*result.feedKind) : QString();
        emit feedImported(path, tr("Feed %1 (%2) imported from the watched folder: %Ln record(s), "
                                   "%3 new, %4 replaced.",
                                   nullptr, result.records)
                                    .arg(name, kind, QLocale().toString(result.added),
                                         QLocale().toString(result.replaced)));
        break;
    }
    case monitoring::FeedFileResult::Kind::Refused:
    case monitoring::FeedFileResult::Kind::Skipped: {
        QStringList errors;
        for (const Error &error : result.errors)
            errors << error.toString();
        if (errors.isEmpty())
            errors << QStringLiteral("%1: not a feed file").arg(path);
        log::warning(QStringLiteral("watched folder: %1 refused: %2")
                         .arg(path, errors.join(QStringLiteral("; "))));
        emit feedRefused(path, errors);
        break;
    }
    }
}

} // namespace gd
