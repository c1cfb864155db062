// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklisttemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include "core/i18n.h"
#include "core/log.h"
#include "core/jsonreader.h"

namespace gd {
namespace {

const QString kChecklistFormat1 = QStringLiteral("grantdesk.checklist/1");
const QString kChecklistFormat2 = QStringLiteral("grantdesk.checklist/2");
const QString kShippedChecklist = QStringLiteral(":/checklists/sanzhongyida.json");
// Earlier templates, kept so that the reviews started under them keep their items.
const char *const kEarlierPaths[] = {":/checklists/sanzhongyida-2026.1.json"};

/** Format 2's "source": { "kind": "briefing" | "rule" | "local", "cite": translated }. */
bool readSource(ObjectReader object, ChecklistItem &item)
{
    const auto kind = object.required("kind").oneOf(
        QStringList{QStringLiteral("briefing"), QStringLiteral("rule"), QStringLiteral("local")});
    const auto cite = readTranslated(object.required("cite").object(), 400);
    object.refuseUnknownFields();
    if (!object.valid() || !kind || !cite)
        return false;
    item.sourceKind = *kind;
    item.sourceZh = cite->zh;
    item.sourceEn = cite->en;
    return true;
}

/** Format 2's "modes": { "applies": [mode, …], "otherwise": translated }. */
bool readModes(ObjectReader object, ChecklistItem &item)
{
    const ArrayReader applies = object.required("applies").array(1);
    bool valid = applies.valid();
    for (int i = 0; i < applies.size(); ++i) {
        const ValueReader value = applies.at(i);
        const auto mode = value.oneOf("mode");
        if (!mode) {
            valid = false;
        } else if (item.modes.contains(*mode)) {
            value.error(QStringLiteral("duplicate mode '%1'").arg(*mode));
            valid = false;
        } else {
            item.modes << *mode;
        }
    }
    const auto otherwise = readTranslated(object.required("otherwise").object(), 1000);
    object.refuseUnknownFields();
    if (!object.valid() || !valid || !otherwise)
        return false;
    item.otherwiseZh = otherwise->zh;
    item.otherwiseEn = otherwise->en;
    return true;
}

std::optional<ChecklistItem> readItem(ObjectReader object, int index, int format,
                                      QHash<QString, QString> &seenIds)
{
    static const QRegularExpression idPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9]*(-[a-z0-9]+)*")));

    const ValueReader numberValue = object.required("number");
    const auto number = numberValue.integer(1);
    if (number && *number != index + 1)
        numberValue.error(QStringLiteral("expected %1: items are numbered in order from 1 (is %2)")
                              .arg(index + 1)
                              .arg(*number));
    const ValueReader idValue = object.required("id");
    const auto id = idValue.matching(idPattern, QStringLiteral("expected a lower-case id such as "
                                                               "'plan-and-mode'"));
    if (id) {
        if (const auto it = seenIds.constFind(*id); it != seenIds.constEnd())
            idValue.error(QStringLiteral("duplicate id '%1', already at %2").arg(*id, it.value()));
        else
            seenIds.insert(*id, object.path());
    }
    const auto text = readTranslated(object.required("text").object(), 1000);
    const auto guidance = readTranslated(object.required("guidance").object(), 4000);
    const auto mandatory = object.required("mandatory").boolean();

    const ArrayReader kinds = object.required("evidenceKinds").array(1);
    QStringList evidenceKinds;
    bool kindsValid = kinds.valid();
    for (int i = 0; i < kinds.size(); ++i) {
        const ValueReader kindValue = kinds.at(i);
        const auto kind = kindValue.oneOf("attachmentKind");
        if (!kind) {
            kindsValid = false;
        } else if (evidenceKinds.contains(*kind)) {
            kindValue.error(QStringLiteral("duplicate evidence kind '%1'").arg(*kind));
            kindsValid = false;
        } else {
            evidenceKinds << *kind;
        }
    }
    // Format 2 cites every item's source and may limit an item to some modes; format 1 has
    // neither field, so either is refused there as unknown.
    ChecklistItem item;
    bool cited = true;
    if (format >= 2) {
        cited = readSource(object.required("source").object(), item);
        if (const ValueReader modes = object.optional("modes"); modes.present())
            cited = readModes(modes.object(), item) && cited;
    }
    object.refuseUnknownFields();
    if (!object.valid() || !number || !id || !text || !guidance || !mandatory || !kindsValid ||
        !cited)
        return std::nullopt;

    item.id = *id;
    item.number = static_cast<int>(*number);
    item.textZh = text->zh;
    item.textEn = text->en;
    item.guidanceZh = guidance->zh;
    item.guidanceEn = guidance->en;
    item.mandatory = *mandatory;
    item.evidenceKinds = evidenceKinds;
    return item;
}

ChecklistTemplate loadShipped(const QString &path)
{
    ChecklistParseOutcome outcome = parseJsonFile(path, QString(), parseChecklistTemplate);
    if (outcome.checklist)
        return std::move(*outcome.checklist);
    // A defect of the build, caught by tst_checklisttemplate; keep running with no items.
    for (const Error &error : outcome.errors)
        log::error(error.toString());
    Q_ASSERT_X(false, "ChecklistTemplate::builtin", "a shipped checklist does not parse");
    return {};
}

const QList<ChecklistTemplate> &earlierTemplates()
{
    static const QList<ChecklistTemplate> earlier = [] {
        QList<ChecklistTemplate> list;
        for (const char *path : kEarlierPaths)
            list << loadShipped(QLatin1String(path));
        return list;
    }();
    return earlier;
}

} // namespace

QString ChecklistItem::text() const
{
    return i18n::englishInUse() ? textEn : textZh;
}

QString ChecklistItem::guidance() const
{
    return i18n::englishInUse() ? guidanceEn : guidanceZh;
}

QString ChecklistItem::source() const
{
    return i18n::englishInUse() ? sourceEn : sourceZh;
}

QString ChecklistItem::sourceLine() const
{
    if (sourceKind.isEmpty())
        return {};
    const QString line =
        isLocalPractice()
            ? QCoreApplication::translate("ChecklistItem", "Local practice: %1").arg(source())
            : QCoreApplication::translate("ChecklistItem", "Source: %1").arg(source());
    // A template's cite may say it is local practice itself ("本地做法：…", as 2026.2's do):
    // the label is not said twice.
    const QString label = line.left(line.size() - source().size());
    return source().startsWith(label.trimmed()) ? source() : line;
}

bool ChecklistItem::appliesTo(const QString &mode) const
{
    return modes.isEmpty() || modes.contains(mode);
}

QString ChecklistItem::notApplicableReason() const
{
    return i18n::englishInUse() ? otherwiseEn : otherwiseZh;
}

const ChecklistItem *ChecklistTemplate::item(const QString &id) const
{
    for (const ChecklistItem &i : items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const ChecklistTemplate &ChecklistTemplate::builtin()
{
    static const ChecklistTemplate checklist = loadShipped(kShippedChecklist);
    return checklist;
}

const ChecklistTemplate *ChecklistTemplate::shipped(const QString &version)
{
    if (builtin().version == version)
        return &builtin();
    for (const ChecklistTemplate &earlier : earlierTemplates()) {
        if (earlier.version == version)
            return &earlier;
    }
    return nullptr;
}

const ChecklistTemplate &ChecklistTemplate::forReview(const QString &version)
{
    const ChecklistTemplate *checklist = shipped(version);
    return checklist ? *checklist : builtin();
}

ChecklistParseOutcome parseChecklistTemplate(const QByteArray &json, const QString &label)
{
    ChecklistParseOutcome outcome;
    JsonReader reader(label);
    std::optional<ObjectReader> root = reader.parseObject(json);
    if (!root) {
        outcome.errors = reader.errors();
        return outcome;
    }
    ChecklistTemplate checklist;
    const auto format =
        root->required("format").oneOf(QStringList{kChecklistFormat1, kChecklistFormat2});
    const int formatNumber = format == kChecklistFormat2 ? 2 : 1;
    checklist.version = root->required("version")
                            .matching(QRegularExpression(QRegularExpression::anchoredPattern(
                                          QStringLiteral("[0-9]{4}\\.[0-9]{1,3}"))),
                                      QStringLiteral("expected a version such as '2026.1'"))
                            .value_or(QString());
    // The title is chosen once, in the language in use when the template is read.
    if (const auto title = readTranslated(root->required("title").object(), 200))
        checklist.title = i18n::englishInUse() ? title->en : title->zh;

    ObjectReader parameters = root->required("parameters").object();
    if (const auto months = parameters.required("maxTermMonths").integer(1, 1200))
        checklist.maxTermMonths = static_cast<int>(*months);
    parameters.refuseUnknownFields();

    const ArrayReader items = root->required("items").array(1);
    QHash<QString, QString> seenIds; // id -> JSON path of the item that has it
    for (int i = 0; i < items.size(); ++i) {
        if (auto item = readItem(items.at(i).object(), i, formatNumber, seenIds))
            checklist.items.append(std::move(*item));
    }
    root->refuseUnknownFields();

    if (reader.hasErrors())
        outcome.errors = reader.errors();
    else
        outcome.checklist = std::move(checklist);
    return outcome;
}

} // namespace gd
