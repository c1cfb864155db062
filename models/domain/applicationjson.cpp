// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationjson.h"

#include <QJsonArray>

namespace gd {
namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

std::optional<bool> optBool(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

std::optional<qint64> optInt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

// Sets @p key only when @p value is not empty, so optional members stay absent.
void put(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace

Application applicationFromJson(const QJsonObject &root)
{
    Application a;
    a.id = str(root, "id");
    a.version = root.value(QLatin1String("version")).toInt();
    a.submittedAt = QDateTime::fromString(str(root, "submittedAt"), Qt::ISODate);
    a.deadline = QDate::fromString(str(root, "deadline"), Qt::ISODate);

    const QJsonObject applicant = obj(root, "applicant");
    a.applicant.name = str(applicant, "name");
    a.applicant.creditCode = str(applicant, "creditCode");
    a.applicant.legalRepresentative = str(applicant, "legalRepresentative");
    a.applicant.role = str(applicant, "role");
    const QJsonObject contact = obj(applicant, "contact");
    a.applicant.contact = {str(contact, "name"), str(contact, "phone"), str(contact, "email")};
    a.applicant.creditDeclaration = optBool(applicant, "creditDeclaration");
    a.format = str(root, "format") == QLatin1String("grantdesk.application/2") ? 2 : 1;
    if (const QJsonObject party = obj(root, "operator"); !party.isEmpty())
        a.operatorParty = OperatorParty{str(party, "name"), str(party, "creditCode")};

    const QJsonObject scenario = obj(root, "scenario");
    const QJsonObject benefits = obj(scenario, "expectedBenefits");
    a.scenario = {str(scenario, "name"),        str(scenario, "domain"),
                  str(scenario, "description"), str(scenario, "beneficiaries"),
                  str(benefits, "social"),      str(benefits, "economic")};

    const QJsonObject authorization = obj(root, "authorization");
    a.authorization = {str(authorization, "mode"), str(authorization, "planRef"),
                       str(authorization, "implementingBody")};
    a.useClass = str(root, "useClass");

    for (const QJsonValue &value : root.value(QLatin1String("resources")).toArray()) {
        const QJsonObject r = value.toObject();
        RequestedResource resource;
        resource.name = str(r, "name");
        resource.registrationCode = str(r, "registrationCode");
        resource.provider = str(r, "provider");
        for (const QJsonValue &field : r.value(QLatin1String("fields")).toArray())
            resource.fields << field.toString();
        resource.grade = str(r, "grade");
        resource.volume = optInt(r, "volume");
        resource.updateFrequency = str(r, "updateFrequency");
        resource.delivery = str(r, "delivery");
        resource.sharedFrom = str(r, "sharedFrom");
        resource.justification = str(r, "justification");
        a.resources << resource;
    }

    const QJsonObject security = obj(root, "security");
    a.security.mlpsLevel = security.value(QLatin1String("mlpsLevel")).toInt();
    a.security.cryptoAssessment = optBool(security, "cryptoAssessment");
    a.security.officer = str(security, "officer");
    a.security.incidentsLast3Years = optInt(security, "incidentsLast3Years");
    a.security.emergencyPlan = security.value(QLatin1String("emergencyPlan")).toBool();

    const QJsonObject period = obj(root, "period");
    a.periodStart = QDate::fromString(str(period, "start"), Qt::ISODate);
    a.periodEnd = QDate::fromString(str(period, "end"), Qt::ISODate);

    if (root.contains(QLatin1String("pricing"))) {
        const QJsonObject p = obj(root, "pricing");
        PricingRequest pricing;
        pricing.product = str(p, "product");
        pricing.billingUnit = str(p, "billingUnit");
        pricing.expectedQuantity = p.value(QLatin1String("expectedQuantity")).toInteger();
        pricing.smallBusiness = p.value(QLatin1String("smallBusiness")).toBool();
        pricing.priorityScenario = p.value(QLatin1String("priorityScenario")).toBool();
        a.pricing = pricing;
    }

    for (const QJsonValue &value : root.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject o = value.toObject();
        a.attachments << Attachment{str(o, "name"), str(o, "kind"), str(o, "path"),
                                    str(o, "sha256"), 0};
    }
    return a;
}

namespace {

QJsonObject applicantToJson(const Applicant &applicant)
{
    QJsonObject contact{{QStringLiteral("name"), applicant.contact.name},
                        {QStringLiteral("phone"), applicant.contact.phone}};
    put(contact, "email", applicant.contact.email);
    QJsonObject o{{QStringLiteral("name"), applicant.name},
                  {QStringLiteral("creditCode"), applicant.creditCode},
                  {QStringLiteral("role"), applicant.role},
                  {QStringLiteral("contact"), contact}};
    put(o, "legalRepresentative", applicant.legalRepresentative);
    if (applicant.creditDeclaration)
        o.insert(QStringLiteral("creditDeclaration"), *applicant.creditDeclaration);
    return o;
}

QJsonObject scenarioToJson(const Scenario &scenario)
{
    QJsonObject o{{QStringLiteral("name"), scenario.name},
                  {QStringLiteral("domain"), scenario.domain},
                  {QStringLiteral("description"), scenario.description}};
    put(o, "beneficiaries", scenario.beneficiaries);
    QJsonObject benefits;
    put(benefits, "social", scenario.socialBenefit);
    put(benefits, "economic", scenario.economicBenefit);
    if (!benefits.isEmpty())
        o.insert(QStringLiteral("expectedBenefits"), benefits);
    return o;
}

QJsonArray resourcesToJson(const QList<RequestedResource> &requested)
{
    QJsonArray resources;
    for (const RequestedResource &r : requested) {
        QJsonObject o{{QStringLiteral("name"), r.name},
                      {QStringLiteral("provider"), r.provider},
                      {QStringLiteral("fields"), QJsonArray::fromStringList(r.fields)},
                      {QStringLiteral("delivery"), r.delivery},
                      {QStringLiteral("justification"), r.justification}};
        put(o, "registrationCode", r.registrationCode);
        put(o, "grade", r.grade);
        if (r.volume)
            o.insert(QStringLiteral("volume"), *r.volume);
        put(o, "updateFrequency", r.updateFrequency);
        put(o, "sharedFrom", r.sharedFrom);
        resources.append(o);
    }
    return resources;
}

QJsonObject securityToJson(const Security &s)
{
    QJsonObject o{{QStringLiteral("mlpsLevel"), s.mlpsLevel},
                  {QStringLiteral("emergencyPlan"), s.emergencyPlan}};
    if (s.cryptoAssessment)
        o.insert(QStringLiteral("cryptoAssessment"), *s.cryptoAssessment);
    put(o, "officer", s.officer);
    if (s.incidentsLast3Years)
        o.insert(QStringLiteral("incidentsLast3Years"), *s.incidentsLast3Years);
    return o;
}

} // namespace

QJsonObject applicationToJson(const Application &a)
{
    const QJsonObject applicant = applicantToJson(a.applicant);
    const QJsonObject scenario = scenarioToJson(a.scenario);
    QJsonObject authorization{{QStringLiteral("mode"), a.authorization.mode}};
    put(authorization, "planRef", a.authorization.planRef);
    put(authorization, "implementingBody", a.authorization.implementingBody);
    const QJsonArray resources = resourcesToJson(a.resources);
    const QJsonObject security = securityToJson(a.security);

    QJsonObject root{
        {QStringLiteral("format"), a.format == 2 ? QStringLiteral("grantdesk.application/2")
                                                 : QStringLiteral("grantdesk.application/1")},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("version"), a.version},
        {QStringLiteral("submittedAt"), a.submittedAt.toString(Qt::ISODate)},
        {QStringLiteral("applicant"), applicant},
        {QStringLiteral("scenario"), scenario},
        {QStringLiteral("authorization"), authorization},
        {QStringLiteral("useClass"), a.useClass},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("security"), security},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("start"), a.periodStart.toString(Qt::ISODate)},
                     {QStringLiteral("end"), a.periodEnd.toString(Qt::ISODate)}}},
    };
    if (a.deadline.isValid())
        root.insert(QStringLiteral("deadline"), a.deadline.toString(Qt::ISODate));
    if (a.operatorParty)
        root.insert(QStringLiteral("operator"),
                    QJsonObject{{QStringLiteral("name"), a.operatorParty->name},
                                {QStringLiteral("creditCode"), a.operatorParty->creditCode}});
    if (a.pricing) {
        root.insert(QStringLiteral("pricing"),
                    QJsonObject{{QStringLiteral("product"), a.pricing->product},
                                {QStringLiteral("billingUnit"), a.pricing->billingUnit},
                                {QStringLiteral("expectedQuantity"), a.pricing->expectedQuantity},
                                {QStringLiteral("smallBusiness"), a.pricing->smallBusiness},
                                {QStringLiteral("priorityScenario"), a.pricing->priorityScenario}});
    }
    if (!a.attachments.isEmpty()) {
        QJsonArray attachments;
        for (const Attachment &att : a.attachments) {
            attachments.append(QJsonObject{{QStringLiteral("name"), att.name},
                                           {QStringLiteral("kind"), att.kind},
                                           {QStringLiteral("path"), att.path},
                                           {QStringLiteral("sha256"), att.sha256}});
        }
        root.insert(QStringLiteral("attachments"), attachments);
    }
    return root;
}

} // namespace gd
