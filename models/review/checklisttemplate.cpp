// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklisttemplate.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include "core/i18n.h"
#include "core/log.h"
#include "core/jsonreader.h"

namespace gd {
namespace {

const QString kFormat = QStringLiteral("grantdesk.checklist/1");
const QString kBuiltinPath = QStringLiteral(":/checklists/sanzhongyida.json");

std::optional<ChecklistItem> readItem(ObjectReader object, int index,
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
    object.refuseUnknownFields();
    if (!object.valid() || !number || !id || !text || !guidance || !mandatory || !kindsValid)
        return std::nullopt;

    ChecklistItem item;
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

ChecklistTemplate loadBuiltin()
{
    ChecklistParseOutcome outcome = parseJsonFile(kBuiltinPath, QString(), parseChecklistTemplate);
    if (outcome.checklist)
        return std::move(*outcome.checklist);
    // A defect of the build, caught by tst_checklisttemplate; keep running with no items.
    for (const Error &error : outcome.errors)
        log::error(error.toString());
    Q_ASSERT_X(false, "ChecklistTemplate::builtin", "the built-in checklist does not parse");
    return {};
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
    static const ChecklistTemplate checklist = loadBuiltin();
    return checklist;
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
    root->required("format").constant(kFormat);
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
        if (auto item = readItem(items.at(i).object(), i, seenIds))
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
