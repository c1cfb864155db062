// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include <algorithm>
#include <optional>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTime>

#include "core/crashpoint.h"
#include "core/log.h"
#include "demo/demofeeds.h"
#include "demo/demolifecycle.h"
#include "demo/demoreviews.h"
#include "importer/importer.h"
#include "importer/registerparser.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/registerstore.h"
#include "store/repositories.h"

namespace gd::demo {
namespace {

const QString kDemoRoot = QStringLiteral(":/demo");
const QString kApplicationsRoot = QStringLiteral(":/demo/applications");
const QString kTemplateName = QStringLiteral("application.json");
// The earlier export goes first, so that entries whose status changed since have a history.
const QStringList kRegisterFiles = {QStringLiteral("register-earlier.json"),
                                    QStringLiteral("register.json")};

Error demoError(const QString &what)
{
    return Error{QStringLiteral("demo"), what};
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return demoError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

Status writeFile(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return demoError(QStringLiteral("cannot create the folder of %1").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return demoError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

/** Applies an offset expression such as "-20" or "+30+2y-1" to @p today. */
std::optional<QDate> applyOffset(const QDate &today, const QString &expr)
{
    static const QRegularExpression term(QStringLiteral("([+-]?)([0-9]{1,6})([dmy]?)"));
    if (expr.isEmpty())
        return std::nullopt;
    QDate date = today;
    qsizetype pos = 0;
    for (auto it = term.globalMatch(expr); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Terms must follow each other without gaps; after the first, each needs a sign.
        if (m.capturedStart() != pos || (pos > 0 && m.capturedLength(1) == 0))
            return std::nullopt;
        pos = m.capturedEnd();
        const int n = m.captured(2).toInt() * (m.captured(1) == QLatin1String("-") ? -1 : 1);
        const QString unit = m.captured(3);
        if (unit == QLatin1String("y"))
            date = date.addYears(n);
        else if (unit == QLatin1String("m"))
            date = date.addMonths(n);
        else
            date = date.addDays(n);
    }
    if (pos != expr.size() || !date.isValid())
        return std::nullopt;
    return date;
}

QString isoDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

Result<QString> expandOne(const QString &kind, const QString &arg, const QDate &today,
                          const QString &baseDir)
{
    if (kind == QLatin1String("date")) {
        if (const auto date = applyOffset(today, arg))
            return isoDate(*date);
        return Error{{}, QStringLiteral("bad date offset \"%1\"").arg(arg)};
    }
    if (kind == QLatin1String("datetime")) {
        const qsizetype at = arg.indexOf(QLatin1Char('@'));
        const QString timeText = at < 0 ? QStringLiteral("09:30") : arg.mid(at + 1);
        const QTime time = QTime::fromString(timeText, QStringLiteral("HH:mm"));
        const auto date = applyOffset(today, at < 0 ? arg : arg.left(at));
        if (!date || !time.isValid())
            return Error{{}, QStringLiteral("bad date-time \"%1\"").arg(arg)};
        return isoDate(*date) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm")) +
               QStringLiteral(":00+08:00");
    }
    if (kind == QLatin1String("sha256")) {
        const QString clean = QDir::cleanPath(arg);
        if (arg.isEmpty() || QDir::isAbsolutePath(arg) || clean.startsWith(QLatin1String("..")))
            return Error{{}, QStringLiteral("bad attachment path \"%1\"").arg(arg)};
        QFile file(QDir(baseDir).filePath(clean));
        if (!file.open(QIODevice::ReadOnly))
            return Error{{}, QStringLiteral("cannot read attachment \"%1\"").arg(arg)};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        return QString::fromLatin1(hash.result().toHex());
    }
    return Error{{}, QStringLiteral("unknown placeholder \"%1\"").arg(kind)};
}

/** Copies one demo folder of the resources into @p target, attachments byte for byte. */
Status copyAttachments(const QString &source, const QString &target)
{
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(source).relativeFilePath(path);
        if (relative == kTemplateName)
            continue;
        const auto data = readFile(path);
        if (!data)
            return data.error();
        if (Status s = writeFile(QDir(target).filePath(relative), *data); !s)
            return s;
    }
    return success();
}

/** Imports the register files, keeping only codes the database does not know yet. */
Result<int> loadRegister(const std::shared_ptr<Database> &db, const QDate &today,
                         const QString &workDir)
{
    const auto store = makeRegisterStore(db);
    QList<RegisterFile> files;
    for (const QString &name : kRegisterFiles) {
        const auto templ = readFile(kDemoRoot + QLatin1Char('/') + name);
        if (!templ)
            return templ.error();
        const auto text = expandTemplate(*templ, today, workDir, name);
        if (!text)
            return text.error();
        const QString path = QDir(workDir).filePath(name);
        if (Status s = writeFile(path, *text); !s)
            return s.error();
        const RegisterParser::Outcome parsed = RegisterParser::parseFile(path, name);
        if (!parsed.file || !parsed.errors.isEmpty()) {
            const QString first = parsed.errors.isEmpty() ? QStringLiteral("refused")
                                                          : parsed.errors.first().toString();
            return demoError(QStringLiteral("%1 was refused: %2").arg(name, first));
        }
        files.append(*parsed.file);
    }

    // Codes present before this load are left alone: their dates were set on an earlier day.
    QSet<QString> known;
    for (const RegisterFile &file : std::as_const(files)) {
        for (const RegisteredResource &r : file.resources) {
            const auto found = store->find(r.code);
            if (!found)
                return found.error();
            if (found->has_value())
                known.insert(r.code);
        }
    }

    int added = 0;
    for (RegisterFile file : std::as_const(files)) {
        file.resources.removeIf(
            [&known](const RegisteredResource &r) { return known.contains(r.code); });
        if (file.resources.isEmpty())
            continue;
        const auto summary = store->importFile(file);
        if (!summary)
            return summary.error();
        added += summary->added;
    }
    return added;
}

struct PendingVersion
{
    QString folder;
    QString id;
    int version = 0;
};

} // namespace

Result<QByteArray> expandTemplate(const QByteArray &text, const QDate &today,
                                  const QString &baseDir, const QString &label)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z0-9]+):([^{}]*)\\}\\}"));
    const QString input = QString::fromUtf8(text);
    QString out;
    out.reserve(input.size());
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(input); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto value = expandOne(m.captured(1), m.captured(2), today, baseDir);
        if (!value)
            return Error{label, value.error().what};
        out += QStringView(input).mid(last, m.capturedStart() - last);
        out += *value;
        last = m.capturedEnd();
    }
    out += QStringView(input).mid(last);
    if (const qsizetype left = out.indexOf(QLatin1String("{{")); left >= 0)
        return Error{label, QStringLiteral("malformed placeholder \"%1\"").arg(out.mid(left, 40))};
    return out.toUtf8();
}

namespace {

/**
 * Writes each demo application not stored yet (its template expanded for @p today, with its
 * attachments) under @p appsDir; the versions written. One already stored is left as it is.
 */
Result<QList<PendingVersion>> writeApplications(const std::shared_ptr<Database> &db,
                                                const QDate &today, const QString &appsDir)
{
    QStringList folders;
    for (QDirIterator it(kApplicationsRoot, QDir::Dirs | QDir::NoDotAndDotDot); it.hasNext();)
        folders.append(QFileInfo(it.next()).fileName());
    folders.sort();
    if (folders.isEmpty())
        return demoError(QStringLiteral("no demo applications under %1").arg(kApplicationsRoot));

    const auto store = makeApplicationStore(db);
    QList<PendingVersion> pending;
    for (const QString &folder : std::as_const(folders)) {
        const QString label = folder + QLatin1Char('/') + kTemplateName;
        const QString source = kApplicationsRoot + QLatin1Char('/') + folder;
        const auto templ = readFile(source + QLatin1Char('/') + kTemplateName);
        if (!templ)
            return templ.error();
        // Placeholders sit inside strings, so the template itself is valid JSON.
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(*templ, &parseError).object();
        const QString id = object.value(QLatin1String("id")).toString();
        const int version = object.value(QLatin1String("version")).toInt();
        if (parseError.error != QJsonParseError::NoError || id.isEmpty() || version < 1)
            return demoError(QStringLiteral("%1: not a readable template").arg(label));

        const auto stored = store->versions(id);
        if (!stored)
            return stored.error();
        if (std::any_of(stored->cbegin(), stored->cend(),
                        [version](const VersionInfo &v) { return v.version == version; }))
            continue; // loaded before, perhaps on another day: leave it as it is

        const QString target = QDir(appsDir).filePath(folder);
        if (Status s = copyAttachments(source, target); !s)
            return s.error();
        const auto text = expandTemplate(*templ, today, target, label);
        if (!text)
            return text.error();
        if (Status s = writeFile(QDir(target).filePath(kTemplateName), *text); !s)
            return s.error();
        pending.append({folder, id, version});
    }
    return pending;
}

/** What importing the demo files added, and the first file that did not import. */
struct ImportedDemo
{
    int versions = 0;
    QSet<QString> ids;
    QMap<QString, QList<int>> versionsById;
    std::optional<Error> refusal;
};

ImportedDemo importedFrom(const ImportReport &report, const QString &appsDir, int written)
{
    ImportedDemo imported;
    for (const FileOutcome &file : report.files) {
        if (file.kind == FileOutcome::Kind::Added) {
            ++imported.versions;
            imported.ids.insert(file.id);
            imported.versionsById[file.id].append(file.version);
        } else if (file.kind != FileOutcome::Kind::Unchanged && !imported.refusal) {
            // Errors name the file by its temporary path; name it by its demo folder instead.
            const QString name = QDir(appsDir).relativeFilePath(file.path);
            QString first = file.errors.isEmpty() ? QStringLiteral("no reason given")
                                                  : file.errors.first().toString();
            first.remove(QDir(appsDir).absolutePath() + QLatin1Char('/'));
            if (!first.startsWith(name))
                first = name + QStringLiteral(": ") + first;
            imported.refusal =
                demoError((file.kind == FileOutcome::Kind::Refused ? QStringLiteral("refused %1")
                                                                   : QStringLiteral("skipped %1"))
                              .arg(first));
        }
    }
    if (!imported.refusal && report.files.size() != written)
        imported.refusal = demoError(QStringLiteral("%1 demo files written, %2 imported")
                                         .arg(written)
                                         .arg(report.files.size()));
    return imported;
}

Result<Summary> loadInTransaction(const std::shared_ptr<Database> &db, const QDate &today)
{
    if (!today.isValid())
        return demoError(QStringLiteral("invalid date for the demo data set"));

    QTemporaryDir work;
    if (!work.isValid())
        return demoError(
            QStringLiteral("cannot create a temporary folder: %1").arg(work.errorString()));

    Summary summary;
    const auto registerAdded = loadRegister(db, today, work.path());
    if (!registerAdded)
        return registerAdded.error();
    summary.registerEntries = *registerAdded;
    if (const auto feeds = loadFeeds(db, today); !feeds)
        return feeds.error();

    const QString appsDir = QDir(work.path()).filePath(QStringLiteral("applications"));
    const auto pending = writeApplications(db, today, appsDir);
    if (!pending)
        return pending.error();
    if (pending->isEmpty()) {
        log::info(QStringLiteral("demo: already loaded, %1 register entries added")
                      .arg(summary.registerEntries));
        return summary;
    }

    const ImportReport report = Importer(db).importPaths({appsDir});
    const ImportedDemo imported = importedFrom(report, appsDir, int(pending->size()));
    summary.versions = imported.versions;
    summary.applications = int(imported.ids.size());

    crashpoint::reach("demo.imported");
    // Reviews at every stage, through the real review store (answers, audit events).
    if (Status s = addReviews(db, imported.versionsById); !s)
        return s.error();

    if (imported.refusal)
        return *imported.refusal; // load() rolls back what did import: nothing is half-loaded
    log::info(QStringLiteral("demo: %1 applications, %2 versions, %3 register entries added")
                  .arg(summary.applications)
                  .arg(summary.versions)
                  .arg(summary.registerEntries));
    return summary;
}

} // namespace

/*
 * One transaction for the whole data set (register, feeds, applications, reviews): a kill
 * or an error at any point leaves nothing loaded, and loading again loads it all. Before,
 * a kill mid-load left 13 of 19 reviews and a second load said "loaded". The importer's
 * batches and each file's savepoint nest inside it.
 */
Result<Summary> load(std::shared_ptr<Database> db, const QDate &today)
{
    if (!db)
        return demoError(QStringLiteral("no database"));
    Transaction transaction(*db);
    if (!transaction.begun())
        return demoError(QStringLiteral("cannot begin a transaction"));
    auto loaded = loadInTransaction(db, today);
    if (!loaded)
        return loaded; // the transaction rolls back
    // The acts after a review are dated by the clock, not by @p today: an act may not be
    // dated before the countersignature, which is made now.
    if (Status s = addLifecycles(db, QDate::currentDate()); !s)
        return s.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return loaded;
}

} // namespace gd::demo
