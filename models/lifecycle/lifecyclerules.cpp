// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecyclerules.h"

#include <QRegularExpression>

#include "core/jsonreader.h"
#include "core/log.h"

namespace gd::lifecycle {
namespace {

const QString kLifecycleFormat = QStringLiteral("grantdesk.lifecycle/1");
const QString kShippedLifecycle = QStringLiteral(":/lifecycle/lifecycle-2026.1.json");

/** The acts a file may name, in the only order they can happen. */
const QList<Stage> kActStages = {Stage::CollectiveDecision, Stage::Approval, Stage::Agreement,
                                 Stage::Filing, Stage::Disclosure};

QStringList actStageCodes()
{
    QStringList codes;
    for (Stage s : kActStages)
        codes << stageCode(s);
    return codes;
}

/** numerator and denominator of @p object (1–99 each), a share below one or, when
 *  @p allowWhole, up to one; the caller refuses the object's other fields. */
Fraction readFraction(ObjectReader &object, bool allowWhole)
{
    Fraction f;
    f.numerator = int(object.required("numerator").integer(1, 99).value_or(0));
    const ValueReader denominatorValue = object.required("denominator");
    f.denominator = int(denominatorValue.integer(1, 99).value_or(1));
    if (f.numerator > f.denominator || (!allowWhole && f.numerator == f.denominator))
        denominatorValue.error(
            QStringLiteral("%1/%2 is not a share below one").arg(f.numerator).arg(f.denominator));
    return f;
}

void readDue(ValueReader value, StageRule &rule, const QList<Stage> &before)
{
    ObjectReader object = value.object();
    DueRule due;
    const ValueReader afterValue = object.required("after");
    if (const std::optional<QString> after = afterValue.oneOf(actStageCodes())) {
        due.after = *stageFromCode(*after);
        if (!before.contains(due.after))
            afterValue.error(QStringLiteral("'%1' does not come before '%2'")
                                 .arg(*after, stageCode(rule.stage)));
    }
    const ValueReader days = object.optional("days");
    const ValueReader workingDays = object.optional("workingDays");
    if (days.present() == workingDays.present())
        value.error(QStringLiteral("give either days or workingDays"));
    if (days.present())
        due.days = int(days.integer(1, 366).value_or(0));
    if (workingDays.present())
        due.workingDays = int(workingDays.integer(1, 250).value_or(0));
    due.ours = object.required("ours").boolean().value_or(false);
    object.refuseUnknownFields();
    rule.due = due;
}

void readStages(ArrayReader stages, LifecycleRules &rules)
{
    QList<Stage> seen;
    for (int i = 0; i < stages.size(); ++i) {
        ObjectReader object = stages.at(i).object();
        StageRule rule;
        const ValueReader idValue = object.required("id");
        const std::optional<QString> id = idValue.oneOf(actStageCodes());
        if (id) {
            rule.stage = *stageFromCode(*id);
            const qsizetype order = kActStages.indexOf(rule.stage);
            if (!seen.isEmpty() && kActStages.indexOf(seen.last()) >= order)
                idValue.error(
                    QStringLiteral("'%1' must come before '%2'").arg(*id, stageCode(seen.last())));
        }
        const ArrayReader modes = object.required("modes").array(1, 3);
        for (int m = 0; m < modes.size(); ++m) {
            if (const std::optional<QString> mode = modes.at(m).oneOf("mode")) {
                if (rule.modes.contains(*mode))
                    modes.at(m).error(QStringLiteral("'%1' is listed twice").arg(*mode));
                rule.modes << *mode;
            }
        }
        const ValueReader due = object.optional("due");
        if (due.present() && id)
            readDue(due, rule, seen);
        rule.basis =
            readTranslated(object.required("basis").object(), 400).value_or(TranslatedText());
        object.refuseUnknownFields();
        if (id) {
            seen << rule.stage;
            rules.stages << rule;
        }
    }
    for (Stage required : {Stage::Approval}) {
        if (!seen.contains(required))
            stages.at(0).error(
                QStringLiteral("the stages must include '%1'").arg(stageCode(required)));
    }
}

void readCollectiveDecision(ObjectReader object, LifecycleRules &rules)
{
    const ArrayReader kinds = object.required("meetingKinds").array(1, 20);
    for (int i = 0; i < kinds.size(); ++i) {
        ObjectReader kind = kinds.at(i).object();
        MeetingKind k;
        const ValueReader idValue = kind.required("id");
        k.id = idValue
                   .matching(QRegularExpression(QRegularExpression::anchoredPattern(
                                 QStringLiteral("[a-z][a-z_]{1,39}"))),
                             QStringLiteral("expected a code of lowercase letters and '_'"))
                   .value_or(QString());
        k.name = readTranslated(kind.required("name").object(), 40).value_or(TranslatedText());
        kind.refuseUnknownFields();
        if (!k.id.isEmpty() && rules.meetingKind(k.id))
            idValue.error(QStringLiteral("'%1' is listed twice").arg(k.id));
        else if (!k.id.isEmpty())
            rules.meetingKinds << k;
    }
    ObjectReader quorum = object.required("quorum").object();
    rules.quorum = readFraction(quorum, true);
    quorum.refuseUnknownFields();
    ObjectReader majority = object.required("majority").object();
    rules.majority = readFraction(majority, false);
    rules.majorityOfMembers =
        majority.required("of").oneOf({QStringLiteral("members"), QStringLiteral("present")}) ==
        QStringLiteral("members");
    majority.refuseUnknownFields();
    rules.collectiveDecisionBasis =
        readTranslated(object.required("basis").object(), 400).value_or(TranslatedText());
    object.refuseUnknownFields();
}

void readTerm(ObjectReader object, LifecycleRules &rules)
{
    rules.maxTermMonths = int(object.required("maxMonths").integer(1, 240).value_or(0));
    rules.expiringDays = int(object.required("expiringDays").integer(0, 366).value_or(0));
    rules.termBasis =
        readTranslated(object.required("basis").object(), 400).value_or(TranslatedText());
    object.refuseUnknownFields();
}

LifecycleRules loadBuiltin()
{
    LifecycleRulesOutcome outcome =
        parseJsonFile(kShippedLifecycle, QString(), parseLifecycleRules);
    if (outcome.rules)
        return std::move(*outcome.rules);
    for (const Error &error : outcome.errors)
        log::error(error.toString());
    Q_ASSERT_X(false, "builtinLifecycleRules", "the built-in life-cycle rules do not parse");
    return {};
}

} // namespace

LifecycleRulesOutcome parseLifecycleRules(const QByteArray &json, const QString &label)
{
    LifecycleRulesOutcome outcome;
    JsonReader reader(label);
    std::optional<ObjectReader> root = reader.parseObject(json);
    if (!root) {
        outcome.errors = reader.errors();
        return outcome;
    }
    LifecycleRules rules;
    root->required("format").constant(kLifecycleFormat);
    rules.version = root->required("version")
                        .matching(QRegularExpression(QRegularExpression::anchoredPattern(
                                      QStringLiteral("[0-9]{4}\\.[0-9]{1,3}"))),
                                  QStringLiteral("expected a version such as '2026.1'"))
                        .value_or(QString());
    rules.source =
        readTranslated(root->required("source").object(), 400).value_or(TranslatedText());
    readStages(root->required("stages").array(1, kActStages.size()), rules);
    readCollectiveDecision(root->required("collectiveDecision").object(), rules);
    readTerm(root->required("term").object(), rules);
    root->refuseUnknownFields();
    if (reader.hasErrors())
        outcome.errors = reader.errors();
    else
        outcome.rules = std::move(rules);
    return outcome;
}

const LifecycleRules &builtinLifecycleRules()
{
    static const LifecycleRules rules = loadBuiltin();
    return rules;
}

} // namespace gd::lifecycle
