// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include <algorithm>
#include <future>
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
 * Why @p json, a JSON file found in a folder, is not an application file, or an empty string
 * when it is one. A file that looks like an application but does not parse is taken, so that
 * its errors are reported instead of it being skipped quietly.
 */
QString notAnApplication(const QByteArray &json)
{
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

/** The same for the file at @p path; empty when it cannot be read or is too large, for the
 *  import then reports why. */
QString notAnApplication(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // the import reports why it cannot be read
    if (file.size() > ImportLimits{}.maxFileBytes)
        return {}; // refused for its size by the import, without parsing
    return notAnApplication(file.readAll());
}

/** A file an import reads: named by the user (validated whatever it holds) or found in a
 *  folder (skipped when it is not an application file). */
struct Candidate
{
    QString path;
    bool foundInFolder = false;
};

/** @p paths expanded: each folder's *.json files in path order, each file once. */
QList<Candidate> candidatesIn(const QStringList &paths)
{
    QList<Candidate> candidates;
    QSet<QString> seen; // absolute paths, so that a file named twice is read once
    const auto add = [&](const QString &path, bool foundInFolder) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute))
            return;
        seen.insert(absolute);
        candidates.append({path, foundInFolder});
    };
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            add(path, false);
            continue;
        }
        QStringList found;
        QDirIterator it(path, {QStringLiteral("*.json")}, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        std::sort(found.begin(), found.end());
        for (const QString &file : std::as_const(found))
            add(file, true);
    }
    return candidates;
}

/** What reading one candidate gave: why it is skipped, or its parse. */
struct ReadCandidate
{
    QString skipped;
    ParseOutcome parsed;
};

/** Reads and parses @p candidate. Only a file that does not parse is looked at again to tell
 *  a broken application (refused) from another kind of JSON file (skipped): a file the
 *  parser accepts carries the application format. */
ReadCandidate readCandidate(const ApplicationParser &parser, const Candidate &candidate)
{
    ReadCandidate read;
    read.parsed = parser.parseFile(candidate.path, candidate.path);
    if (!read.parsed.parsed && candidate.foundInFolder)
        read.skipped = notAnApplication(candidate.path);
    return read;
}

FileOutcome skippedFile(const QString &path, const QString &reason)
{
    FileOutcome outcome;
    outcome.path = path;
    outcome.kind = FileOutcome::Kind::Skipped;
    outcome.errors.append(Error{path, reason});
    return outcome;
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
    for (const Candidate &candidate : candidatesIn(paths)) {
        const QString reason =
            candidate.foundInFolder ? notAnApplication(candidate.path) : QString();
        if (reason.isEmpty())
            files.append(candidate.path);
        else if (skipped)
            skipped->append(skippedFile(candidate.path, reason));
    }
    return files;
}

FileOutcome Importer::importFile(const QString &path, const QString &label)
{
    return importInto(*makeApplicationStore(m_db), false,
                      ApplicationParser(m_limits).parseFile(path, label), path, label);
}

FileOutcome Importer::importInto(ApplicationStore &store, bool deferSearch, ParseOutcome parsed,
                                 const QString &path, const QString &label)
{
    FileOutcome outcome;
    outcome.path = path;
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

namespace {

/**
 * Files are committed in batches: each file is still atomic (a savepoint of its own inside
 * the batch), but one commit per batch instead of one per file makes a large folder several
 * times faster. A batch is committed every kBatchFiles files or kBatchMs milliseconds, and
 * before the report is returned. The batch's files enter the search index together at its
 * end (a full-text segment per file tripled the import).
 */
class Batches final
{
public:
    Batches(const Database &db, ApplicationStore &store, QList<FileOutcome> &files)
        : m_db(db)
        , m_store(store)
        , m_files(files)
    {}

    /** Opens a batch unless one is open. */
    void begin()
    {
        if (m_batch)
            return;
        m_batch.emplace(m_db);
        m_start = m_files.size();
        m_timer.start();
    }
    /** Commits the open batch once it is full or old enough. */
    void commitIfDue()
    {
        if (m_files.size() - m_start >= kBatchFiles || m_timer.elapsed() >= kBatchMs)
            commit();
    }
    /** Commits the open batch; when that fails its added files are refused. */
    void commit()
    {
        if (!m_batch)
            return;
        Status committed = m_store.flushSearchIndex();
        if (committed)
            committed = m_batch->commit();
        if (!committed) {
            for (qsizetype k = m_start; k < m_files.size(); ++k) {
                FileOutcome &file = m_files[k];
                if (file.kind != FileOutcome::Kind::Added)
                    continue;
                file.kind = FileOutcome::Kind::Refused;
                file.errors.append(Error{file.path, committed.error().toString()});
                log::warning(QStringLiteral("import refused: ") + file.errors.last().toString());
            }
        }
        m_batch.reset();
    }

private:
    static constexpr int kBatchFiles = 500;
    static constexpr qint64 kBatchMs = 250;

    const Database &m_db;
    ApplicationStore &m_store;
    QList<FileOutcome> &m_files;
    std::optional<Transaction> m_batch;
    qsizetype m_start = 0;
    QElapsedTimer m_timer;
};

} // namespace

ImportReport Importer::importPaths(const QStringList &paths, const Progress &progress,
                                   const std::atomic_bool *cancel)
{
    ImportReport report;
    const QList<Candidate> candidates = candidatesIn(paths);
    const int total = int(candidates.size());
    QList<FileOutcome> skipped; // reported first, as collectFiles() lists them
    QStringList touchedIds;
    QSet<QString> touched;
    const auto store = makeApplicationStore(m_db);
    Batches batches(*m_db, *store, report.files);

    // The files are read and parsed on a second thread, a chunk ahead of the one being
    // stored: parsing is a fifth of an import's time and touches no database, so on two
    // cores it costs the import nothing. What is parsed ahead of a cancellation is dropped.
    constexpr int kChunkFiles = 32;
    const ApplicationParser parser(m_limits);
    const auto readChunk = [&parser, &candidates](int from, int to) {
        QList<ReadCandidate> read;
        read.reserve(to - from);
        for (int i = from; i < to; ++i)
            read.append(readCandidate(parser, candidates.at(i)));
        return read;
    };
    const auto startChunk = [&](int from) {
        return std::async(std::launch::async, readChunk, from, std::min(from + kChunkFiles, total));
    };
    std::future<QList<ReadCandidate>> ahead;
    if (total > 0)
        ahead = startChunk(0);
    for (int from = 0; from < total && !report.cancelled; from += kChunkFiles) {
        QList<ReadCandidate> chunk = ahead.get();
        if (from + kChunkFiles < total)
            ahead = startChunk(from + kChunkFiles);
        for (qsizetype k = 0; k < chunk.size(); ++k) {
            if (cancel && cancel->load()) {
                report.cancelled = true;
                break;
            }
            const int i = from + int(k);
            const QString &path = candidates.at(i).path;
            if (!chunk[k].skipped.isEmpty()) {
                skipped.append(skippedFile(path, chunk[k].skipped));
            } else {
                batches.begin();
                FileOutcome outcome =
                    importInto(*store, true, std::move(chunk[k].parsed), path, path);
                if (outcome.kind != FileOutcome::Kind::Refused && !touched.contains(outcome.id)) {
                    touched.insert(outcome.id);
                    touchedIds.append(outcome.id);
                }
                report.files.append(std::move(outcome));
                batches.commitIfDue();
            }
            if (progress)
                progress(i + 1, total, path);
        }
    }
    if (ahead.valid())
        ahead.wait(); // a chunk read ahead of a cancellation
    batches.commit();
    report.files = skipped + report.files;

    report.warnings += versionGapWarnings(*store, touchedIds);
    return report;
}

} // namespace gd
