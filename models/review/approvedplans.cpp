// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvedplans.h"

#include <QSet>

#include "core/log.h"
#include "domain/creditcode.h"

namespace gd {
namespace {

const QString kPlansFormat = QStringLiteral("grantdesk.plans/1");
const QString kShippedPlans = QStringLiteral(":/plans/plans-demo-2026.1.json");

ApprovedPlan readPlan(ObjectReader object)
{
    ApprovedPlan plan;
    plan.ref = object.required("ref").string(1, 200).value_or(QString()).trimmed();
    plan.implementingBody = object.required("implementingBody").string(1, 200).value_or(QString());
    plan.mode =
        object.required("mode")
            .oneOf({QStringLiteral("whole"), QStringLiteral("domain"), QStringLiteral("scenario")})
            .value_or(QString());
    const ArrayReader operators = object.optional("operators").array(1, 100);
    for (int i = 0; i < operators.size(); ++i) {
        const ValueReader code = operators.at(i);
        const QString text = code.string(18, 18).value_or(QString());
        if (text.isEmpty())
            continue;
        if (const QString problem = creditcode::problem(text); !problem.isEmpty())
            code.error(problem);
        else
            plan.operators << text;
    }
    object.refuseUnknownFields();
    return plan;
}

} // namespace

const ApprovedPlan *ApprovedPlans::find(const QString &ref) const
{
    const QString wanted = ref.trimmed();
    for (const ApprovedPlan &plan : plans) {
        if (plan.ref == wanted)
            return &plan;
    }
    return nullptr;
}

ApprovedPlansOutcome parseApprovedPlans(const QByteArray &json, const QString &label)
{
    ApprovedPlansOutcome outcome;
    JsonReader reader(label);
    std::optional<ObjectReader> root = reader.parseObject(json);
    if (!root) {
        outcome.errors = reader.errors();
        return outcome;
    }
    ApprovedPlans register_;
    root->required("format").constant(kPlansFormat);
    register_.version = root->required("version").string(1, 100).value_or(QString());
    register_.source =
        readTranslated(root->required("source").object(), 400).value_or(TranslatedText());
    const ArrayReader plans = root->required("plans").array(1, 100000);
    QSet<QString> refs;
    for (int i = 0; i < plans.size(); ++i) {
        const ValueReader item = plans.at(i);
        ApprovedPlan plan = readPlan(item.object());
        if (!plan.ref.isEmpty() && refs.contains(plan.ref))
            item.error(QStringLiteral("the plan '%1' is registered twice").arg(plan.ref));
        refs.insert(plan.ref);
        register_.plans << plan;
    }
    root->refuseUnknownFields();
    if (reader.hasErrors())
        outcome.errors = reader.errors();
    else
        outcome.plans = std::move(register_);
    return outcome;
}

const ApprovedPlans &builtinApprovedPlans()
{
    static const ApprovedPlans plans = [] {
        ApprovedPlansOutcome outcome = parseJsonFile(kShippedPlans, QString(), parseApprovedPlans);
        if (outcome.plans)
            return std::move(*outcome.plans);
        for (const Error &error : outcome.errors)
            log::error(error.toString());
        Q_ASSERT_X(false, "builtinApprovedPlans", "the built-in plan register does not parse");
        return ApprovedPlans{};
    }();
    return plans;
}

} // namespace gd
