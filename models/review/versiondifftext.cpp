// SPDX-License-Identifier: GPL-3.0-or-later
#include "versiondifftext.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>

#include "domain/vocabulary.h"

namespace gd::versiondiff {
namespace {

// The labels are the detail pane's own (context gd::DetailPane), so that the change table
// and the pane name a field alike.
#define GD_PANE(text) QT_TRANSLATE_NOOP("gd::DetailPane", text)

enum class Kind
{
    Text,
    Number,
    Boolean,
    Date,
    Level,
    Records,
    Code
};

struct FieldText
{
    const char *section; // detail pane section, or nullptr
    const char *label;
    Kind kind = Kind::Text;
    const char *vocabulary = nullptr; // for Kind::Code
};

const QHash<QString, FieldText> &fieldTexts()
{
    static const QHash<QString, FieldText> table = {
        {QStringLiteral("applicant.name"), {GD_PANE("Applicant"), GD_PANE("Name")}},
        {QStringLiteral("applicant.creditCode"), {GD_PANE("Applicant"), GD_PANE("Credit code")}},
        {QStringLiteral("applicant.legalRepresentative"),
         {GD_PANE("Applicant"), GD_PANE("Legal representative")}},
        {QStringLiteral("applicant.role"),
         {GD_PANE("Applicant"), GD_PANE("Role"), Kind::Code, "role"}},
        {QStringLiteral("applicant.contact.name"), {GD_PANE("Applicant"), GD_PANE("Contact")}},
        {QStringLiteral("applicant.contact.phone"), {GD_PANE("Applicant"), GD_PANE("Contact")}},
        {QStringLiteral("applicant.contact.email"), {GD_PANE("Applicant"), GD_PANE("Contact")}},
        {QStringLiteral("applicant.creditDeclaration"),
         {GD_PANE("Applicant"), GD_PANE("Credit declaration"), Kind::Boolean}},
        {QStringLiteral("operator.name"), {GD_PANE("Applicant"), GD_PANE("Operator")}},
        {QStringLiteral("operator.creditCode"), {GD_PANE("Applicant"), GD_PANE("Operator")}},
        {QStringLiteral("scenario.name"), {GD_PANE("Scenario"), GD_PANE("Name")}},
        {QStringLiteral("scenario.domain"), {GD_PANE("Scenario"), GD_PANE("Domain")}},
        {QStringLiteral("scenario.description"), {GD_PANE("Scenario"), GD_PANE("Description")}},
        {QStringLiteral("scenario.beneficiaries"), {GD_PANE("Scenario"), GD_PANE("Beneficiaries")}},
        {QStringLiteral("scenario.expectedBenefits.social"),
         {GD_PANE("Scenario"), GD_PANE("Social benefit")}},
        {QStringLiteral("scenario.expectedBenefits.economic"),
         {GD_PANE("Scenario"), GD_PANE("Economic benefit")}},
        {QStringLiteral("authorization.mode"),
         {GD_PANE("Authorization"), GD_PANE("Mode"), Kind::Code, "mode"}},
        {QStringLiteral("authorization.planRef"),
         {GD_PANE("Authorization"), GD_PANE("Implementation plan")}},
        {QStringLiteral("authorization.implementingBody"),
         {GD_PANE("Authorization"), GD_PANE("Implementing body")}},
        {QStringLiteral("useClass"),
         {GD_PANE("Scenario"), GD_PANE("Use class"), Kind::Code, "useClass"}},
        {QStringLiteral("security.mlpsLevel"),
         {GD_PANE("Security"), GD_PANE("MLPS level"), Kind::Level}},
        {QStringLiteral("security.cryptoAssessment"),
         {GD_PANE("Security"), GD_PANE("Crypto assessment"), Kind::Boolean}},
        {QStringLiteral("security.officer"), {GD_PANE("Security"), GD_PANE("Security officer")}},
        {QStringLiteral("security.incidentsLast3Years"),
         {GD_PANE("Security"), GD_PANE("Incidents (3 years)"), Kind::Number}},
        {QStringLiteral("security.emergencyPlan"),
         {GD_PANE("Security"), GD_PANE("Emergency plan"), Kind::Boolean}},
        {QStringLiteral("period.start"), {GD_PANE("Period"), GD_PANE("Start"), Kind::Date}},
        {QStringLiteral("period.end"), {GD_PANE("Period"), GD_PANE("End"), Kind::Date}},
        {QStringLiteral("deadline"), {nullptr, GD_PANE("Deadline"), Kind::Date}},
        {QStringLiteral("pricing.product"), {GD_PANE("Pricing request"), GD_PANE("Product")}},
        {QStringLiteral("pricing.billingUnit"),
         {GD_PANE("Pricing request"), GD_PANE("Billing unit"), Kind::Code, "billingUnit"}},
        {QStringLiteral("pricing.expectedQuantity"),
         {GD_PANE("Pricing request"), GD_PANE("Expected quantity"), Kind::Number}},
        {QStringLiteral("pricing.smallBusiness"),
         {GD_PANE("Pricing request"), GD_PANE("small or micro business"), Kind::Boolean}},
        {QStringLiteral("pricing.priorityScenario"),
         {GD_PANE("Pricing request"), GD_PANE("priority scenario"), Kind::Boolean}},
        // A changed resource's own fields (its name heads the line, so no section).
        {QStringLiteral("resources.name"), {nullptr, GD_PANE("Name")}},
        {QStringLiteral("resources.registrationCode"), {nullptr, GD_PANE("Registration code")}},
        {QStringLiteral("resources.provider"), {nullptr, GD_PANE("Provider")}},
        {QStringLiteral("resources.sharedFrom"), {nullptr, GD_PANE("Shared from")}},
        {QStringLiteral("resources.fields"), {nullptr, GD_PANE("Fields")}},
        {QStringLiteral("resources.grade"), {nullptr, GD_PANE("Grade"), Kind::Code, "grade"}},
        {QStringLiteral("resources.volume"), {nullptr, GD_PANE("Volume"), Kind::Records}},
        {QStringLiteral("resources.updateFrequency"),
         {nullptr, GD_PANE("Update frequency"), Kind::Code, "updateFrequency"}},
        {QStringLiteral("resources.delivery"),
         {nullptr, GD_PANE("Delivery"), Kind::Code, "delivery"}},
        {QStringLiteral("resources.justification"), {nullptr, GD_PANE("Justification")}},
    };
    return table;
}

QString pane(const char *text)
{
    return QCoreApplication::translate("gd::DetailPane", text);
}

QString number(const QString &raw)
{
    bool ok = false;
    const qint64 value = raw.toLongLong(&ok);
    if (ok)
        return QLocale().toString(value);
    const double d = raw.toDouble(&ok);
    return ok ? QLocale().toString(d, 'g', 15) : raw;
}

} // namespace

QString fieldLabel(const QString &path)
{
    const auto it = fieldTexts().constFind(path);
    if (it == fieldTexts().cend())
        return path;
    if (!it->section)
        return pane(it->label);
    return QCoreApplication::translate("gd::DetailPane", "%1 · %2", "section · field")
        .arg(pane(it->section), pane(it->label));
}

QString fieldValue(const QString &path, const QString &raw)
{
    if (raw.isEmpty())
        return QStringLiteral("—");
    const auto it = fieldTexts().constFind(path);
    if (it == fieldTexts().cend())
        return raw;
    switch (it->kind) {
    case Kind::Text:
        return raw;
    case Kind::Number:
        return number(raw);
    case Kind::Boolean:
        if (raw == QLatin1String("true"))
            return pane(GD_PANE("Yes"));
        return raw == QLatin1String("false") ? pane(GD_PANE("No")) : raw;
    case Kind::Date: {
        // The pane's dates: ISO, year first, as in "Deadline 2026-12-31".
        const QDate date = QDate::fromString(raw, Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : raw;
    }
    case Kind::Level:
        return raw == QLatin1String("0") ? pane(GD_PANE("none"))
                                         : pane(GD_PANE("Level %1")).arg(number(raw));
    case Kind::Records:
        return pane(GD_PANE("%1 records")).arg(number(raw));
    case Kind::Code:
        return vocabulary::label(it->vocabulary, raw);
    }
    return raw;
}

#undef GD_PANE

} // namespace gd::versiondiff
