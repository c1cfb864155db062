// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "importer/applicationparser.h"

namespace gd {

class ApplicationStore;

class Database;

/** What happened to one file of an import. */
struct FileOutcome
{
    enum class Kind
    {
        Added,
        Unchanged,
        Refused,
        Skipped
    };
    QString path;
    Kind kind = Kind::Refused;
    QString id;
    int version = 0;
    QList<Error> errors; // for Refused; for Skipped, one line saying why
};

/** Everything an import did, file by file. */
struct ImportReport
{
    QList<FileOutcome> files;
    bool cancelled = false;

    int count(FileOutcome::Kind kind) const;
    bool anyRefused() const { return count(FileOutcome::Kind::Refused) > 0; }
    /** Warnings such as "GZ-2026-0001: version 2 is missing (have 1, 3)". */
    QStringList warnings;
};

/**
 * Imports application files and folders into the database, each file in its own
 * transaction: a refused file changes nothing, the others still import. A folder is
 * walked for *.json files whose "format" starts with "grantdesk.application/"; other
 * JSON files are reported as skipped.
 */
class Importer final
{
public:
    /** Called after each file with (done, total, path): total counts every file named and
     *  every *.json file found in the folders, including those then skipped. */
    using Progress = std::function<void(int done, int total, const QString &path)>;

    explicit Importer(std::shared_ptr<Database> db, ImportLimits limits = {});

    /** Expands @p paths (files and folders) into the files an import would read. */
    static QStringList collectFiles(const QStringList &paths, QList<FileOutcome> *skipped);

    ImportReport importPaths(const QStringList &paths, const Progress &progress = {},
                             const std::atomic_bool *cancel = nullptr);
    FileOutcome importFile(const QString &path, const QString &label);

private:
    /** Stores one parsed file; @p store defers its search index to the batch's end. */
    FileOutcome importInto(ApplicationStore &store, bool deferSearch, ParseOutcome parsed,
                           const QString &path, const QString &label);

    std::shared_ptr<Database> m_db;
    ImportLimits m_limits;
};

} // namespace gd
