// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulelibrary.h"

#include <algorithm>
#include <functional>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "core/jsonreader.h"

namespace gd {
namespace {

const QString kBuiltInDir = QStringLiteral(":/rules");

QList<RuleFileEntry> load(const QString &dir, bool builtIn, QList<Error> *errors)
{
    QList<RuleFileEntry> entries;
    const QDir folder(dir);
    const QStringList names =
        folder.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        FeeRulesOutcome outcome = parseFeeRulesFile(path, builtIn ? path : name);
        if (!outcome.rules) {
            if (errors)
                *errors += outcome.errors;
            continue;
        }
        entries.append(RuleFileEntry{path, name, builtIn, std::move(*outcome.rules)});
    }
    return entries;
}

/** "GZ" of "GZ-LOWALT-RISK-API" or of "GZ-2026.1". */
QString regionPrefix(const QString &id)
{
    return id.section(QLatin1Char('-'), 0, 0);
}

QString safeFileName(const QString &version)
{
    QString name;
    for (const QChar c : version)
        name += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' ? c : u'_';
    return QStringLiteral("fee-rules-") + name + QStringLiteral(".json");
}

/** @p entries newest first (latest effective.from); imported before built-in on a tie. */
QList<RuleFileEntry> newestFirst(QList<RuleFileEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const RuleFileEntry &a, const RuleFileEntry &b) {
                         if (a.rules.effectiveFrom != b.rules.effectiveFrom)
                             return a.rules.effectiveFrom > b.rules.effectiveFrom;
                         return !a.builtIn && b.builtIn;
                     });
    return entries;
}

/** Among @p sorted (newest first), the first that @p fits and is effective on @p day; else
 * the first that fits. */
const RuleFileEntry *effectiveOrNewest(const QList<RuleFileEntry> &sorted, const QDate &day,
                                       const std::function<bool(const FeeRules &)> &fits)
{
    const RuleFileEntry *newest = nullptr;
    for (const RuleFileEntry &e : sorted) {
        if (!fits(e.rules))
            continue;
        if (day >= e.rules.effectiveFrom && day <= e.rules.effectiveTo)
            return &e;
        if (!newest)
            newest = &e;
    }
    return newest;
}

} // namespace

RuleLibrary::RuleLibrary(QString importDir)
    : m_importDir(std::move(importDir))
{
    if (m_importDir.isEmpty())
        m_importDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/rules");
}

QList<FeeRules> RuleLibrary::rules() const
{
    QList<FeeRules> rules;
    for (const RuleFileEntry &entry : entries())
        rules.append(entry.rules);
    return rules;
}

QList<RuleFileEntry> RuleLibrary::entries() const
{
    return load(kBuiltInDir, true, nullptr) + load(m_importDir, false, nullptr);
}

QList<Error> RuleLibrary::loadErrors() const
{
    QList<Error> errors;
    load(m_importDir, false, &errors);
    return errors;
}

RuleImportOutcome RuleLibrary::importFile(const QString &filePath)
{
    RuleImportOutcome outcome;
    // Bounded like every rule file: a folder, a missing file or a huge one is refused by name.
    Result<JsonFile> file = readJsonFile(filePath);
    if (!file) {
        outcome.errors.append(file.error());
        return outcome;
    }
    const QByteArray json = file->bytes;
    FeeRulesOutcome parsed = parseFeeRules(json, filePath);
    if (!parsed.rules) {
        outcome.errors = parsed.errors;
        return outcome;
    }
    if (!QDir().mkpath(m_importDir)) {
        outcome.errors.append(Error{m_importDir, QStringLiteral("cannot create the folder")});
        return outcome;
    }
    const QString name = safeFileName(parsed.rules->version);
    const QString target = QDir(m_importDir).filePath(name);
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        outcome.errors.append(
            Error{target, QStringLiteral("cannot write: %1").arg(out.errorString())});
        return outcome;
    }
    outcome.entry = RuleFileEntry{target, name, false, std::move(*parsed.rules)};
    return outcome;
}

std::optional<RuleFileEntry> RuleLibrary::pickFor(const QString &productId, const QDate &on) const
{
    const QDate day = on.isValid() ? on : QDate::currentDate();
    const QList<RuleFileEntry> all = newestFirst(entries());
    if (const RuleFileEntry *holding = effectiveOrNewest(
            all, day, [&](const FeeRules &rules) { return rules.product(productId) != nullptr; }))
        return *holding;
    const QString prefix = regionPrefix(productId);
    for (const RuleFileEntry &e : std::as_const(all)) {
        if (!prefix.isEmpty() && regionPrefix(e.rules.version) == prefix)
            return e;
    }
    return std::nullopt;
}

std::optional<RuleFileEntry> RuleLibrary::pickForRegionOf(const QString &implementingBody,
                                                          const QDate &on) const
{
    const QString body = implementingBody.trimmed();
    if (body.isEmpty())
        return std::nullopt;
    const QDate day = on.isValid() ? on : QDate::currentDate();
    const QList<RuleFileEntry> all = newestFirst(entries());
    if (const RuleFileEntry *e = effectiveOrNewest(all, day, [&](const FeeRules &rules) {
            return !rules.region.isEmpty() && body.startsWith(rules.region);
        }))
        return *e;
    return std::nullopt;
}

std::optional<RuleFileEntry> RuleLibrary::byVersion(const QString &version) const
{
    for (const RuleFileEntry &e : entries()) {
        if (e.rules.version == version)
            return e;
    }
    return std::nullopt;
}

} // namespace gd
