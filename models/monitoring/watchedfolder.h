// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include "monitoring/feedimporter.h"

class QFileSystemWatcher;
class QTimer;

namespace gd {

class Desk;

/**
 * The watched feed folder (Settings → Monitoring): feed files (*.json, *.csv) that platforms
 * drop into it are imported while GrantDesk runs, each once. A file is taken when its size
 * and modification time have stayed the same for one settle interval (so half-written files
 * wait); its bytes are then checked against the imports on record (SHA-256), so the same file
 * again — touched, copied back, or seen after a restart — is not imported twice. The folder is
 * watched with QFileSystemWatcher and rescanned periodically as well, since watchers miss
 * events on network shares. Invalid files are refused with the importer's errors, exactly as
 * `grantdesk-cli feeds import` refuses them.
 */
class WatchedFolder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchedFolder)

public:
    explicit WatchedFolder(std::shared_ptr<Desk> desk, QObject *parent = nullptr);
    ~WatchedFolder() override;

    /** The folder named in the settings ("Monitoring/watchedFolder"); empty: none. */
    static QString configuredFolder();
    static void setConfiguredFolder(const QString &path);
    /** Every running WatchedFolder reads the settings again (after Settings → OK). */
    static void reloadAllFromSettings();

    /** Watches @p path (empty: stops watching) and scans it at once. */
    void setFolder(const QString &path);
    QString folder() const { return m_folder; }
    /** Follows configuredFolder() (the default): setFolder() from the settings. */
    void reloadFromSettings();

    /** Periodic rescan interval (default 30 s) and settle interval (default 400 ms). */
    void setRescanInterval(int ms);
    void setSettleInterval(int ms);

    /** Looks at the folder now; files that just appeared are taken after settling. */
    void scan();

    /** Files imported (records stored) since this watcher started, in order. */
    QStringList importedFiles() const { return m_importedFiles; }

signals:
    /** A file was imported: the dashboard should refresh. @p summary is translated. */
    void feedImported(const QString &path, const QString &summary);
    /** A file was refused; @p errors are "FILE: json.path: what". */
    void feedRefused(const QString &path, const QStringList &errors);
    /** The folder cannot be read (gone, no permission); @p message is translated. */
    void folderProblem(const QString &message);
    /** The monitoring settings changed (thresholds, folder): alerts should be evaluated again. */
    void settingsChanged();

private:
    struct Signature
    {
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Signature &other) const = default;
    };
    void take(const QString &path, const Signature &signature);

    std::shared_ptr<Desk> m_desk;
    QFileSystemWatcher *m_watcher;
    QTimer *m_rescan;
    QTimer *m_settle;
    QString m_folder;
    QHash<QString, Signature> m_done;    // files handled, as they were then
    QHash<QString, Signature> m_pending; // files seen once, waiting to settle
    QStringList m_importedFiles;
    bool m_reportedProblem = false;
};

} // namespace gd
