// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedimporter.h"

#include <algorithm>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/hashing.h"
#include "core/log.h"
#include "store/database.h"
#include "store/feedrepository.h"
#include "store/repositories.h"

namespace gd::monitoring {

bool FeedImportReport::anyRefused() const
{
    return std::any_of(files.cbegin(), files.cend(), [](const FeedFileResult &f) {
        return f.kind == FeedFileResult::Kind::Refused;
    });
}

FeedImporter::FeedImporter(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

FeedFileResult FeedImporter::importFile(const QString &path)
{
    return importOne(path, false);
}

FeedFileResult FeedImporter::importOne(const QString &path, bool fromDirectory)
{
    FeedFileResult result;
    result.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(
            Error{path, QStringLiteral("cannot read: %1").arg(file.errorString())});
        return result;
    }
    const QByteArray data = file.readAll();
    file.close();
    return importBytes(path, data, fromDirectory);
}

FeedFileResult FeedImporter::importData(const QString &path, const QByteArray &data)
{
    return importBytes(path, data, false);
}

FeedFileResult FeedImporter::importBytes(const QString &path, const QByteArray &data,
                                         bool fromDirectory)
{
    FeedFileResult result;
    result.path = path;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (fromDirectory && !csv) {
        // In a folder, JSON files of other formats (applications, registers) are skipped.
        const QJsonDocument doc = QJsonDocument::fromJson(data);
        const QString format = doc.object().value(QLatin1String("format")).toString();
        if (doc.isObject() && !format.startsWith(QLatin1String("grantdesk.feed."))) {
            result.kind = FeedFileResult::Kind::Skipped;
            return result;
        }
    }
    const FeedParseOutcome parsed = parseFeed(data, path, csv);
    if (!parsed.file) {
        result.errors = parsed.errors;
        return result;
    }
    result.feedKind = parsed.file->kind;
    result.records = parsed.file->recordCount();
    const auto stored = makeFeedRepository(m_db)->store(*parsed.file, hashing::sha256Hex(data),
                                                        QFileInfo(path).absoluteFilePath());
    if (!stored) {
        result.errors.append(Error{path, stored.error().toString()});
        return result;
    }
    result.added = stored->added;
    result.replaced = stored->replaced;
    result.unchanged = stored->unchanged;
    result.kind = (stored->added + stored->replaced) > 0 ? FeedFileResult::Kind::Imported
                                                         : FeedFileResult::Kind::Unchanged;
    log::info(QStringLiteral("feed %1: %2 records, %3 added, %4 replaced, %5 unchanged")
                  .arg(path)
                  .arg(result.records)
                  .arg(result.added)
                  .arg(result.replaced)
                  .arg(result.unchanged));
    return result;
}

FeedImportReport FeedImporter::importPaths(const QStringList &paths)
{
    FeedImportReport report;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            report.files.append(importOne(path, false));
            continue;
        }
        QStringList found;
        for (QDirIterator it(path, {QStringLiteral("*.json"), QStringLiteral("*.csv")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();)
            found.append(it.next());
        found.sort();
        for (const QString &file : std::as_const(found))
            report.files.append(importOne(file, true));
    }
    return report;
}

Result<bool> FeedImporter::seen(const QString &sha256) const
{
    return makeFeedRepository(m_db)->seen(sha256);
}

} // namespace gd::monitoring
