// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <cstring>

#include <QCoreApplication>

namespace gd::vocabulary {
namespace {

struct Term
{
    const char *code;
    const char *label; // English source text, translated in context "Vocabulary"
};

struct Kind
{
    const char *name;
    const Term *terms;
    std::size_t count;
};

constexpr Term kModes[] = {
    {"whole", QT_TRANSLATE_NOOP("Vocabulary", "Whole authorization")},
    {"domain", QT_TRANSLATE_NOOP("Vocabulary", "Authorization by domain")},
    {"scenario", QT_TRANSLATE_NOOP("Vocabulary", "Authorization by scenario")},
};
constexpr Term kUseClasses[] = {
    {"public_governance", QT_TRANSLATE_NOOP("Vocabulary", "Public governance")},
    {"public_welfare", QT_TRANSLATE_NOOP("Vocabulary", "Public interest")},
    {"industry", QT_TRANSLATE_NOOP("Vocabulary", "Industry development")},
    {"sector", QT_TRANSLATE_NOOP("Vocabulary", "Sector development")},
};
// The applicant's role: 开发利用机构 is the briefing's word for whoever develops and uses the
// data (DOMAIN §10); data merchants and users for their own purpose are both.
constexpr Term kRoles[] = {
    {"operator", QT_TRANSLATE_NOOP("Vocabulary", "Operator")},
    {"data_merchant",
     QT_TRANSLATE_NOOP("Vocabulary", "Developer and user of data (data merchant)")},
    {"user", QT_TRANSLATE_NOOP("Vocabulary", "Developer and user of data (own use)")},
};
constexpr Term kGrades[] = {
    {"general", QT_TRANSLATE_NOOP("Vocabulary", "General data")},
    {"important", QT_TRANSLATE_NOOP("Vocabulary", "Important data")},
    {"core", QT_TRANSLATE_NOOP("Vocabulary", "Core data")},
};
constexpr Term kFrequencies[] = {
    {"realtime", QT_TRANSLATE_NOOP("Vocabulary", "Real time")},
    {"daily", QT_TRANSLATE_NOOP("Vocabulary", "Daily")},
    {"weekly", QT_TRANSLATE_NOOP("Vocabulary", "Weekly")},
    {"monthly", QT_TRANSLATE_NOOP("Vocabulary", "Monthly")},
    {"yearly", QT_TRANSLATE_NOOP("Vocabulary", "Yearly")},
    {"once", QT_TRANSLATE_NOOP("Vocabulary", "Once")},
};
constexpr Term kDeliveries[] = {
    {"api", QT_TRANSLATE_NOOP("Vocabulary", "API")},
    {"sandbox", QT_TRANSLATE_NOOP("Vocabulary", "Sandbox / privacy computing")},
    {"model", QT_TRANSLATE_NOOP("Vocabulary", "Model")},
    {"verification", QT_TRANSLATE_NOOP("Vocabulary", "Verification only")},
};
constexpr Term kAttachmentKinds[] = {
    {"development_plan", QT_TRANSLATE_NOOP("Vocabulary", "Development plan")},
    {"security_pledge", QT_TRANSLATE_NOOP("Vocabulary", "Security pledge")},
    {"authenticity_statement", QT_TRANSLATE_NOOP("Vocabulary", "Authenticity statement")},
    {"provider_consent", QT_TRANSLATE_NOOP("Vocabulary", "Data provider consent")},
    {"legality_review", QT_TRANSLATE_NOOP("Vocabulary", "Legality review opinion")},
    {"risk_assessment", QT_TRANSLATE_NOOP("Vocabulary", "Risk assessment")},
    {"expert_review", QT_TRANSLATE_NOOP("Vocabulary", "Expert review record")},
    {"minutes", QT_TRANSLATE_NOOP("Vocabulary", "Meeting minutes")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
};
constexpr Term kBillingUnits[] = {
    {"call", QT_TRANSLATE_NOOP("Vocabulary", "per call")},
    {"item", QT_TRANSLATE_NOOP("Vocabulary", "per item")},
    {"hour", QT_TRANSLATE_NOOP("Vocabulary", "per hour")},
    {"record", QT_TRANSLATE_NOOP("Vocabulary", "per record")},
};

template <std::size_t N> constexpr Kind kind(const char *name, const Term (&terms)[N])
{
    return Kind{name, terms, N};
}

constexpr Kind kKinds[] = {
    kind("mode", kModes),
    kind("useClass", kUseClasses),
    kind("role", kRoles),
    kind("grade", kGrades),
    kind("updateFrequency", kFrequencies),
    kind("delivery", kDeliveries),
    kind("attachmentKind", kAttachmentKinds),
    kind("billingUnit", kBillingUnits),
};

const Kind *findKind(const char *name)
{
    for (const Kind &k : kKinds) {
        if (std::strcmp(k.name, name) == 0)
            return &k;
    }
    Q_ASSERT_X(false, "vocabulary", name);
    return nullptr;
}

} // namespace

QStringList codes(const char *kindName)
{
    QStringList result;
    if (const Kind *k = findKind(kindName)) {
        for (std::size_t i = 0; i < k->count; ++i)
            result << QString::fromLatin1(k->terms[i].code);
    }
    return result;
}

bool isValid(const char *kindName, const QString &code)
{
    return codes(kindName).contains(code);
}

QString label(const char *kindName, const QString &code)
{
    if (const Kind *k = findKind(kindName)) {
        for (std::size_t i = 0; i < k->count; ++i) {
            if (code == QLatin1String(k->terms[i].code))
                return QCoreApplication::translate("Vocabulary", k->terms[i].label);
        }
    }
    return code;
}

bool isFreeUseClass(const QString &useClass)
{
    return useClass == QLatin1String("public_governance") ||
           useClass == QLatin1String("public_welfare");
}

} // namespace gd::vocabulary
