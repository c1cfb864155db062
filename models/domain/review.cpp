// SPDX-License-Identifier: GPL-3.0-or-later
#include "review.h"

#include <QCoreApplication>

namespace gd {

QString reviewStepCode(ReviewStep step)
{
    switch (step) {
    case ReviewStep::FormalCheck: return QStringLiteral("formal");
    case ReviewStep::Resources: return QStringLiteral("resources");
    case ReviewStep::Checklist: return QStringLiteral("checklist");
    case ReviewStep::Security: return QStringLiteral("security");
    case ReviewStep::ModeFit: return QStringLiteral("modes");
    case ReviewStep::Pricing: return QStringLiteral("pricing");
    case ReviewStep::Decision: return QStringLiteral("decision");
    }
    return {};
}

QString reviewStepLabel(ReviewStep step)
{
    switch (step) {
    case ReviewStep::FormalCheck: return QCoreApplication::translate("Review", "Formal check");
    case ReviewStep::Resources: return QCoreApplication::translate("Review", "Data resources");
    case ReviewStep::Checklist:
        return QCoreApplication::translate("Review", "Collective-decision checklist");
    case ReviewStep::Security: return QCoreApplication::translate("Review", "Security review");
    case ReviewStep::ModeFit: return QCoreApplication::translate("Review", "Mode fit");
    case ReviewStep::Pricing: return QCoreApplication::translate("Review", "Fee calculation");
    case ReviewStep::Decision: return QCoreApplication::translate("Review", "Review opinion");
    }
    return {};
}

QString verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None: return {};
    case Verdict::Pass: return QStringLiteral("pass");
    case Verdict::Fail: return QStringLiteral("fail");
    case Verdict::NotApplicable: return QStringLiteral("not_applicable");
    }
    return {};
}

std::optional<Verdict> verdictFromCode(const QString &code)
{
    for (auto v : {Verdict::None, Verdict::Pass, Verdict::Fail, Verdict::NotApplicable}) {
        if (verdictCode(v) == code)
            return v;
    }
    return std::nullopt;
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None: return QCoreApplication::translate("Review", "Not answered");
    case Verdict::Pass: return QCoreApplication::translate("Review", "Compliant");
    case Verdict::Fail: return QCoreApplication::translate("Review", "Non-compliant");
    case Verdict::NotApplicable: return QCoreApplication::translate("Review", "Not applicable");
    }
    return {};
}

} // namespace gd
