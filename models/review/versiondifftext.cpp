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
// and the pane name a field alike. Spelt out each time: lupdate does not expand macros.

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

// Stays long on purpose: one entry per field of the application format, a table to read.
const QHash<QString, FieldText> &fieldTexts()
{
    static const QHash<QString, FieldText> table = {
        {QStringLiteral("applicant.name"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Applicant"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Name")}},
        {QStringLiteral("applicant.creditCode"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Applicant"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Credit code")}},
        {QStringLiteral("applicant.legalRepresentative"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Applicant"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Legal representative")}},
        {QStringLiteral("applicant.role"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Applicant"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Role"), Kind::Code, "role"}},
        {QStringLiteral("applicant.contact.name"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Applicant"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Contact")}},
        {QStringLiteral("applicant.contact.phone"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Applicant"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Contact")}},
        {QStringLiteral("applicant.contact.email"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Applicant"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Contact")}},
        {QStringLiteral("applicant.creditDeclaration"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Applicant"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Credit declaration"), Kind::Boolean}},
        {QStringLiteral("operator.name"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Applicant"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Operator")}},
        {QStringLiteral("operator.creditCode"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Applicant"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Operator")}},
        {QStringLiteral("scenario.name"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Scenario"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Name")}},
        {QStringLiteral("scenario.domain"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Scenario"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Domain")}},
        {QStringLiteral("scenario.description"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Scenario"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Description")}},
        {QStringLiteral("scenario.beneficiaries"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Scenario"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Beneficiaries")}},
        {QStringLiteral("scenario.expectedBenefits.social"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Scenario"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Social benefit")}},
        {QStringLiteral("scenario.expectedBenefits.economic"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Scenario"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Economic benefit")}},
        {QStringLiteral("authorization.mode"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Authorization"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Mode"), Kind::Code, "mode"}},
        {QStringLiteral("authorization.planRef"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Authorization"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Implementation plan")}},
        {QStringLiteral("authorization.implementingBody"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Authorization"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Implementing body")}},
        {QStringLiteral("useClass"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Scenario"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Use class"), Kind::Code, "useClass"}},
        {QStringLiteral("security.mlpsLevel"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Security"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "MLPS level"), Kind::Level}},
        {QStringLiteral("security.cryptoAssessment"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Security"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Crypto assessment"), Kind::Boolean}},
        {QStringLiteral("security.officer"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Security"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Security officer")}},
        {QStringLiteral("security.incidentsLast3Years"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Security"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Incidents (3 years)"), Kind::Number}},
        {QStringLiteral("security.emergencyPlan"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Security"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Emergency plan"), Kind::Boolean}},
        {QStringLiteral("period.start"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Period"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Start"), Kind::Date}},
        {QStringLiteral("period.end"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Period"), QT_TRANSLATE_NOOP("gd::DetailPane", "End"),
          Kind::Date}},
        {QStringLiteral("deadline"),
         {nullptr, QT_TRANSLATE_NOOP("gd::DetailPane", "Deadline"), Kind::Date}},
        {QStringLiteral("pricing.product"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Pricing request"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Product")}},
        {QStringLiteral("pricing.billingUnit"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Pricing request"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Billing unit"), Kind::Code, "billingUnit"}},
        {QStringLiteral("pricing.expectedQuantity"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Pricing request"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "Expected quantity"), Kind::Number}},
        {QStringLiteral("pricing.smallBusiness"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Pricing request"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "small or micro business"), Kind::Boolean}},
        {QStringLiteral("pricing.priorityScenario"),
         {QT_TRANSLATE_NOOP("gd::DetailPane", "Pricing request"),
          QT_TRANSLATE_NOOP("gd::DetailPane", "priority scenario"), Kind::Boolean}},
        // A changed resource's own fields (its name heads the line, so no section).
        {QStringLiteral("resources.name"), {nullptr, QT_TRANSLATE_NOOP("gd::DetailPane", "Name")}},
        {QStringLiteral("resources.registrationCode"),
         {nullptr, QT_TRANSLATE_NOOP("gd::DetailPane", "Registration code")}},
        {QStringLiteral("resources.provider"),
         {nullptr, QT_TRANSLATE_NOOP("gd::DetailPane", "Provider")}},
        {QStringLiteral("resources.sharedFrom"),
         {nullptr, QT_TRANSLATE_NOOP("gd::DetailPane", "Shared from")}},
        {QStringLiteral("resources.fields"),
         {nullptr, QT_TRANSLATE_NOOP("gd::DetailPane", "Fields")}},
        {QStringLiteral("resources.grade"),
         {nullptr, QT_TRANSLATE_NOOP("gd::DetailPane", "Grade"), Kind::Code, "grade"}},
        {QStringLiteral("resources.volume"),
         {nullptr, QT_TRANSLATE_NOOP("gd::DetailPane", "Volume"), Kind::Records}},
        {QStringLiteral("resources.updateFrequency"),
         {nullptr, QT_TRANSLATE_NOOP("gd::DetailPane", "Update frequency"), Kind::Code,
          "updateFrequency"}},
        {QStringLiteral("resources.delivery"),
         {nullptr, QT_TRANSLATE_NOOP("gd::DetailPane", "Delivery"), Kind::Code, "delivery"}},
        {QStringLiteral("resources.justification"),
         {nullptr, QT_TRANSLATE_NOOP("gd::DetailPane", "Justification")}},
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
            return pane(QT_TRANSLATE_NOOP("gd::DetailPane", "Yes"));
        return raw == QLatin1String("false") ? pane(QT_TRANSLATE_NOOP("gd::DetailPane", "No"))
                                             : raw;
    case Kind::Date: {
        // The pane's dates: ISO, year first, as in "Deadline 2026-12-31".
        const QDate date = QDate::fromString(raw, Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : raw;
    }
    case Kind::Level:
        return raw == QLatin1String("0")
                   ? pane(QT_TRANSLATE_NOOP("gd::DetailPane", "none"))
                   : pane(QT_TRANSLATE_NOOP("gd::DetailPane", "Level %1")).arg(number(raw));
    case Kind::Records:
        return pane(QT_TRANSLATE_NOOP("gd::DetailPane", "%1 records")).arg(number(raw));
    case Kind::Code:
        return vocabulary::label(it->vocabulary, raw);
    }
    return raw;
}

} // namespace gd::versiondiff
