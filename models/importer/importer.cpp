// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "core/log.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/repositories.h"

namespace gd {
namespace {

const QString kApplicationFormatPrefix = QStringLiteral("grantdesk.application/");

/**
 * Why a JSON file found in a folder is not an application file, or an empty string
 * when it is one. A file that looks like an application but does not parse is taken,
 * so that its errors are reported instead of it being skipped quietly.
 */
QString notAnApplication(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // the import reports why it cannot be read
    if (file.size() > ImportLimits{}.maxFileBytes)
        return {}; // refused for its size by the import, without parsing
    const QByteArray json = file.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError) {
        const QJsonValue format = document.object().value(QLatin1String("format"));
        if (format.isString() && format.toString().startsWith(kApplicationFormatPrefix))
            return {};
        if (!document.isObject())
            return QStringLiteral("not an application file (no JSON object)");
        if (!format.isString())
            return QStringLiteral("not an application file (no \"format\")");
        return QStringLiteral("not an application file (format '%1')")
            .arg(format.toString().left(64));
    }
    static const QRegularExpression looksLikeApplication(
        QStringLiteral("\"format\"\\s*:\\s*\"grantdesk\\.application/"));
    if (looksLikeApplication.match(QString::fromUtf8(json)).hasMatch())
        return {};
    return QStringLiteral("not an application file (not valid JSON)");
}

QString versionList(const QList<int> &versions)
{
    QStringList parts;
    for (int v : versions)
        parts.append(QString::number(v));
    return parts.join(QStringLiteral(", "));
}

/**
 * A warning for each application among @p ids whose stored versions have a gap
 * ("version 2 is missing"), or whose versions cannot be listed.
 */
QStringList versionGapWarnings(const ApplicationStore &store, const QStringList &ids)
{
    QStringList warnings;
    for (const QString &id : ids) {
        const auto versions = store.versions(id);
        if (!versions.ok()) {
            warnings.append(QStringLiteral("%1: cannot list versions: %2")
                                .arg(id, versions.error().toString()));
            continue;
        }
        QList<int> stored;
        for (const VersionInfo &info : versions.value())
            stored.append(info.version);
        std::sort(stored.begin(), stored.end());
        if (stored.isEmpty())
            continue;
        // Versions count from 1, so a lone version 2 means version 1 never arrived.
        QList<int> missing;
        for (int v = 1; v < stored.last() && missing.size() < 20; ++v) {
            if (!std::binary_search(stored.cbegin(), stored.cend(), v))
                missing.append(v);
        }
        if (missing.isEmpty())
            continue;
        warnings.append(
            missing.size() == 1
                ? QCoreApplication::translate("Importer", "%1: version %2 is missing (stored: %3)")
                      .arg(id, QString::number(missing.first()), versionList(stored))
                : QCoreApplication::translate("Importer",
                                              "%1: versions %2 are missing (stored: %3)")
                      .arg(id, versionList(missing), versionList(stored)));
    }
    return warnings;
}

} // namespace

int ImportReport::count(FileOutcome::Kind kind) const
{
    return int(std::count_if(files.cbegin(), files.cend(),
                             [kind](const FileOutcome &file) { return file.kind == kind; }));
}

Importer::Importer(std::shared_ptr<Database> db, ImportLimits limits)
    : m_db(std::move(db))
    , m_limits(limits)
{}

QStringList Importer::collectFiles(const QStringList &paths, QList<FileOutcome> *skipped)
{
    QStringList files;
    QSet<QString> seen; // absolute paths, so that a file named twice is read once
    const auto add = [&](const QString &path) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute))
            return;
        seen.insert(absolute);
        files.append(path);
    };
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            add(path); // an explicit file is validated whatever it holds
            continue;
        }
        QStringList found;
        QDirIterator it(path, {QStringLiteral("*.json")}, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        std::sort(found.begin(), found.end());
        for (const QString &file : std::as_const(found)) {
            const QString reason = notAnApplication(file);
            if (reason.isEmpty()) {
                add(file);
            } else if (skipped) {
                FileOutcome outcome;
                outcome.path = file;
                outcome.kind = FileOutcome::Kind::Skipped;
                outcome.errors.append(Error{file, reason});
                skipped->append(outcome);
            }
        }
    }
    return files;
}

FileOutcome Importer::importFile(const QString &path, const QString &label)
{
    return importInto(*makeApplicationStore(m_db), false, path, label);
}

FileOutcome Importer::importInto(ApplicationStore &store, bool deferSearch, const QString &path,
                                 const QString &label)
{
    FileOutcome outcome;
    outcome.path = path;
    ParseOutcome parsed = ApplicationParser(m_limits).parseFile(path, label);
    if (parsed.parsed) {
        outcome.id = parsed.parsed->application.id;
        outcome.version = parsed.parsed->application.version;
        const Result<StoreOutcome> stored =
            deferSearch ? store.storeDeferringSearch(*parsed.parsed) : store.store(*parsed.parsed);
        if (stored.ok()) {
            outcome.kind = stored.value() == StoreOutcome::Added ? FileOutcome::Kind::Added
                                                                 : FileOutcome::Kind::Unchanged;
            return outcome;
        }
        // The store names what clashed ("GZ-2026-0001 v2"); the file is what the user named.
        const Error &error = stored.error();
        outcome.errors.append(Error{label, error.where.isEmpty() ? error.what : error.toString()});
    } else {
        outcome.errors = std::move(parsed.errors);
    }
    outcome.kind = FileOutcome::Kind::Refused;
    // Errors name the file, the JSON path and the rule, never the values of personal fields.
    for (const Error &error : std::as_const(outcome.errors))
        log::warning(QStringLiteral("import refused: ") + error.toString());
    return outcome;
}

ImportReport Importer::importPaths(const QStringList &paths, const Progress &progress,
                                   const std::atomic_bool *cancel)
{
    ImportReport report;
    const QStringList files = collectFiles(paths, &report.files);
    const int total = int(files.size());
    QStringList touchedIds;
    QSet<QString> touched;

    // Files are committed in batches: each file is still atomic (a savepoint of its own
    // inside the batch), but one commit per batch instead of one per file makes a large
    // folder several times faster. A batch is committed every kBatchFiles files or
    // kBatchMs milliseconds, and before the report is returned. The batch's files enter the
    // search index together at its end (a full-text segment per file tripled the import).
    constexpr int kBatchFiles = 500;
    constexpr qint64 kBatchMs = 250;
    std::optional<Transaction> batch;
    qsizetype batchStart = report.files.size();
    QElapsedTimer batchTimer;
    const auto store = makeApplicationStore(m_db);
    auto commitBatch = [&] {
        if (!batch)
            return;
        Status committed = store->flushSearchIndex();
        if (committed)
            committed = batch->commit();
        if (!committed) {
            for (qsizetype k = batchStart; k < report.files.size(); ++k) {
                FileOutcome &file = report.files[k];
                if (file.kind != FileOutcome::Kind::Added)
                    continue;
                file.kind = FileOutcome::Kind::Refused;
                file.errors.append(Error{file.path, committed.error().toString()});
                log::warning(QStringLiteral("import refused: ") + file.errors.last().toString());
            }
        }
        batch.reset();
    };

    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (!batch) {
            batch.emplace(*m_db);
            batchStart = report.files.size();
            batchTimer.start();
        }
        FileOutcome outcome = importInto(*store, true, files.at(i), files.at(i));
        if (outcome.kind != FileOutcome::Kind::Refused && !touched.contains(outcome.id)) {
            touched.insert(outcome.id);
            touchedIds.append(outcome.id);
        }
        report.files.append(std::move(outcome));
        if (report.files.size() - batchStart >= kBatchFiles || batchTimer.elapsed() >= kBatchMs)
            commitBatch();
        if (progress)
            progress(i + 1, total, files.at(i));
    }
    commitBatch();

    report.warnings += versionGapWarnings(*makeApplicationStore(m_db), touchedIds);
    return report;
}

} // namespace gd
