// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "monitoring/feeds.h"

namespace gd {
class Database;
}

namespace gd::monitoring {

/** What importing one feed file did (the CLI prints it; the dashboard's watched folder too). */
struct FeedFileResult
{
    enum class Kind
    {
        Imported,  // validated and stored (added and/or replaced records)
        Unchanged, // the same file, or only records already stored as they are
        Refused,   // invalid: nothing was written, errors say why
        Skipped    // DIR walk only: not a feed file (a JSON file of another format)
    };
    QString path;
    Kind kind = Kind::Refused;
    std::optional<FeedKind> feedKind;
    int records = 0;
    int added = 0;
    int replaced = 0;
    int unchanged = 0;
    QList<Error> errors; // "FILE: json.path: what" or "FILE: line N, column C: what"
};

/** What importing several files or folders did. */
struct FeedImportReport
{
    QList<FeedFileResult> files;
    bool anyRefused() const;
};

/**
 * Imports feed files: validates each one completely (parseFeedFile), then stores it in one
 * transaction (FeedRepository::store). Idempotent: the same file again is Unchanged; a record
 * with a known id replaces the stored one.
 */
class FeedImporter final
{
public:
    explicit FeedImporter(std::shared_ptr<Database> db);

    /** One file, whatever it holds (a file that is not a feed is refused). */
    FeedFileResult importFile(const QString &path);
    /** The same for the bytes @p data already read from @p path (the watched folder). */
    FeedFileResult importData(const QString &path, const QByteArray &data);
    /**
     * Files and folders: a folder is walked (recursively) for *.json and *.csv files; a
     * JSON file there whose "format" is not a feed format is Skipped, not Refused.
     * Files are imported in path order.
     */
    FeedImportReport importPaths(const QStringList &paths);
    /** True when a file with these bytes (SHA-256, hex) was imported before. */
    Result<bool> seen(const QString &sha256) const;

private:
    FeedFileResult importOne(const QString &path, bool fromDirectory);
    FeedFileResult importBytes(const QString &path, const QByteArray &data, bool fromDirectory);
    std::shared_ptr<Database> m_db;
};

} // namespace gd::monitoring
