// SPDX-License-Identifier: GPL-3.0-or-later
#include "versiondiff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include "domain/applicationjson.h"
#include "review/checklisttemplate.h"

namespace gd {
namespace {

/** A scalar or an array of scalars as one line of text. */
QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const auto whole = static_cast<qint64>(d);
        return double(whole) == d ? QString::number(whole) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array)
            parts << textOf(v);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

/** Every scalar of @p object by JSON path, lists of scalars as one value. */
void flatten(const QJsonObject &object, const QString &prefix, QHash<QString, QString> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), path, out);
        else
            out.insert(path, textOf(it.value()));
    }
}

/** The scalar fields compared: not resources and attachments (compared apart), not the
 *  identity and the submission time, which always differ. */
QHash<QString, QString> scalarFields(const Application &application)
{
    QJsonObject root = applicationToJson(application);
    for (const char *skipped :
         {"format", "id", "version", "submittedAt", "resources", "attachments"})
        root.remove(QLatin1String(skipped));
    QHash<QString, QString> fields;
    flatten(root, QString(), fields);
    return fields;
}

QString resourceKey(const RequestedResource &resource)
{
    return resource.registrationCode.isEmpty()
               ? QStringLiteral("name:") + resource.name
               : QStringLiteral("code:") + resource.registrationCode;
}

QList<VersionDiff::Field> resourceChanges(const RequestedResource &before,
                                          const RequestedResource &after)
{
    Application a;
    a.resources << before;
    Application b;
    b.resources << after;
    const QJsonObject older =
        applicationToJson(a).value(QStringLiteral("resources")).toArray().at(0).toObject();
    const QJsonObject newer =
        applicationToJson(b).value(QStringLiteral("resources")).toArray().at(0).toObject();
    QStringList keys = older.keys();
    for (const QString &key : newer.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    QList<VersionDiff::Field> changes;
    for (const QString &key : std::as_const(keys)) {
        const QString was = textOf(older.value(key));
        const QString is = textOf(newer.value(key));
        if (was != is)
            changes.append({QStringLiteral("resources.") + key, was, is});
    }
    return changes;
}

/**
 * What each checklist item's answer rests on: JSON paths of the application, "resources",
 * and "attachments.<kind>". An item not listed is never carried over.
 */
const QHash<QString, QStringList> &dependencies()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("plan-and-mode"),
         {QStringLiteral("authorization"), QStringLiteral("scenario"),
          QStringLiteral("attachments.development_plan")}},
        {QStringLiteral("resources-registered"), {QStringLiteral("resources")}},
        {QStringLiteral("use-class"),
         {QStringLiteral("useClass"), QStringLiteral("pricing"),
          QStringLiteral("attachments.development_plan")}},
        {QStringLiteral("minimum-necessary"),
         {QStringLiteral("resources"), QStringLiteral("attachments.development_plan")}},
        {QStringLiteral("shared-consent"),
         {QStringLiteral("resources"), QStringLiteral("attachments.provider_consent")}},
        {QStringLiteral("fair-competition"),
         {QStringLiteral("applicant"), QStringLiteral("scenario"), QStringLiteral("pricing"),
          QStringLiteral("attachments.development_plan")}},
        {QStringLiteral("legality-review"), {QStringLiteral("attachments.legality_review")}},
        {QStringLiteral("risk-assessment"),
         {QStringLiteral("security"), QStringLiteral("resources"),
          QStringLiteral("attachments.risk_assessment"),
          QStringLiteral("attachments.security_pledge")}},
        {QStringLiteral("expert-review"), {QStringLiteral("attachments.expert_review")}},
        // Checklist 2026.2: the collective decision is the office's own, after the review, so
        // no item rests on minutes in the applicant's package any more (2026.1 did).
        {QStringLiteral("public-participation"),
         {QStringLiteral("attachments.minutes"), QStringLiteral("attachments.other")}},
        {QStringLiteral("collective-decision"),
         {QStringLiteral("authorization"), QStringLiteral("attachments.minutes"),
          QStringLiteral("attachments.legality_review"),
          QStringLiteral("attachments.risk_assessment"),
          QStringLiteral("attachments.development_plan")}},
        {QStringLiteral("recusal"),
         {QStringLiteral("applicant"), QStringLiteral("attachments.minutes"),
          QStringLiteral("attachments.other")}},
        {QStringLiteral("designated-operator"),
         {QStringLiteral("applicant"), QStringLiteral("authorization"), QStringLiteral("scenario"),
          QStringLiteral("resources"), QStringLiteral("attachments.development_plan")}},
        {QStringLiteral("sharing-and-open"),
         {QStringLiteral("resources"), QStringLiteral("attachments.development_plan")}},
        {QStringLiteral("catalogue-operation-type"), {QStringLiteral("resources")}},
        {QStringLiteral("fee-cap"), {QStringLiteral("useClass"), QStringLiteral("pricing")}},
        {QStringLiteral("term-and-exit"),
         {QStringLiteral("period"), QStringLiteral("attachments.development_plan")}},
        {QStringLiteral("post-approval"), {QStringLiteral("period")}},
    };
    return table;
}

/** "scenario" covers "scenario.description"; "resources" only itself. */
bool covers(const QString &dependency, const QString &path)
{
    return path == dependency || path.startsWith(dependency + QLatin1Char('.'));
}

} // namespace

QStringList VersionDiff::touchedPaths() const
{
    QStringList paths;
    for (const Field &field : fields)
        paths << field.path;
    if (!resources.isEmpty())
        paths << QStringLiteral("resources");
    for (const AttachmentChange &change : attachments) {
        const QString path = QStringLiteral("attachments.") + change.attachmentKind;
        if (!paths.contains(path))
            paths << path;
    }
    return paths;
}

namespace versiondiff {

VersionDiff compare(const Application &older, const Application &newer)
{
    VersionDiff diff;
    diff.fromVersion = older.version;
    diff.toVersion = newer.version;

    const QHash<QString, QString> before = scalarFields(older);
    const QHash<QString, QString> after = scalarFields(newer);
    QStringList paths = before.keys();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            paths << it.key();
    }
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const QString was = before.value(path);
        const QString is = after.value(path);
        if (was != is)
            diff.fields.append({path, was, is});
    }

    QHash<QString, const RequestedResource *> olderResources;
    for (const RequestedResource &resource : older.resources)
        olderResources.insert(resourceKey(resource), &resource);
    QSet<QString> matched;
    for (const RequestedResource &resource : newer.resources) {
        const QString key = resourceKey(resource);
        const RequestedResource *was = olderResources.value(key);
        if (!was) {
            diff.resources.append(
                {VersionDiff::Resource::Kind::Added, resource.name, resource.registrationCode, {}});
            continue;
        }
        matched.insert(key);
        const QList<VersionDiff::Field> changes = resourceChanges(*was, resource);
        if (!changes.isEmpty())
            diff.resources.append({VersionDiff::Resource::Kind::Changed, resource.name,
                                   resource.registrationCode, changes});
    }
    for (const RequestedResource &resource : older.resources) {
        if (!matched.contains(resourceKey(resource)))
            diff.resources.append({VersionDiff::Resource::Kind::Removed,
                                   resource.name,
                                   resource.registrationCode,
                                   {}});
    }

    const auto attachmentKey = [](const Attachment &a) {
        return a.kind + QLatin1Char('\n') + a.name;
    };
    QHash<QString, const Attachment *> olderAttachments;
    for (const Attachment &attachment : older.attachments)
        olderAttachments.insert(attachmentKey(attachment), &attachment);
    QSet<QString> seen;
    for (const Attachment &attachment : newer.attachments) {
        const QString key = attachmentKey(attachment);
        seen.insert(key);
        const Attachment *was = olderAttachments.value(key);
        if (!was)
            diff.attachments.append({VersionDiff::AttachmentChange::Kind::Added,
                                     attachment.name,
                                     attachment.kind,
                                     {},
                                     attachment.sha256});
        else if (was->sha256 != attachment.sha256)
            diff.attachments.append({VersionDiff::AttachmentChange::Kind::Replaced, attachment.name,
                                     attachment.kind, was->sha256, attachment.sha256});
    }
    for (const Attachment &attachment : older.attachments) {
        if (!seen.contains(attachmentKey(attachment)))
            diff.attachments.append({VersionDiff::AttachmentChange::Kind::Removed,
                                     attachment.name,
                                     attachment.kind,
                                     attachment.sha256,
                                     {}});
    }
    return diff;
}

QStringList carriedOverItems(const VersionDiff &diff, const ChecklistTemplate &checklist)
{
    const QStringList touched = diff.touchedPaths();
    QStringList carried;
    for (const ChecklistItem &item : checklist.items) {
        const auto it = dependencies().constFind(item.id);
        if (it == dependencies().cend())
            continue;
        const bool affected = std::any_of(it->cbegin(), it->cend(), [&](const QString &dep) {
            return std::any_of(touched.cbegin(), touched.cend(),
                               [&](const QString &path) { return covers(dep, path); });
        });
        if (!affected)
            carried << item.id;
    }
    return carried;
}

} // namespace versiondiff
} // namespace gd
