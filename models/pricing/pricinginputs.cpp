// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricinginputs.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "domain/application.h"

namespace gd {
namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QJsonObject &object, const char *key)
{
    return QDate::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODate);
}

} // namespace

FeeRequest PricingInputs::toRequest() const
{
    FeeRequest request;
    request.product = product;
    request.useClass = useClass;
    request.quantity = quantity;
    if (!unit.isEmpty())
        request.unit = unit;
    request.smallBusiness = smallBusiness;
    request.priorityScenario = priorityScenario;
    if (!operatorCode.trimmed().isEmpty())
        request.operatorCreditCode = operatorCode.trimmed();
    if (periodStart.isValid() && periodEnd.isValid()) {
        request.periodStart = periodStart;
        request.periodEnd = periodEnd;
    }
    request.reviewDate = reviewDate;
    return request;
}

QJsonObject PricingInputs::toJson() const
{
    // The quantity as a string: JSON numbers lose integers above 2^53.
    return QJsonObject{{QStringLiteral("ruleFile"), ruleFile},
                       {QStringLiteral("ruleVersion"), ruleVersion},
                       {QStringLiteral("product"), product},
                       {QStringLiteral("useClass"), useClass},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("quantity"), QString::number(quantity)},
                       {QStringLiteral("smallBusiness"), smallBusiness},
                       {QStringLiteral("priorityScenario"), priorityScenario},
                       {QStringLiteral("operator"), operatorCode},
                       {QStringLiteral("periodStart"), dateText(periodStart)},
                       {QStringLiteral("periodEnd"), dateText(periodEnd)},
                       {QStringLiteral("date"), dateText(reviewDate)}};
}

PricingInputs PricingInputs::fromJson(const QJsonObject &object)
{
    PricingInputs inputs;
    inputs.ruleFile = object.value(QStringLiteral("ruleFile")).toString();
    inputs.ruleVersion = object.value(QStringLiteral("ruleVersion")).toString();
    inputs.product = object.value(QStringLiteral("product")).toString();
    inputs.useClass = object.value(QStringLiteral("useClass")).toString();
    inputs.unit = object.value(QStringLiteral("unit")).toString();
    inputs.quantity = object.value(QStringLiteral("quantity")).toString().toULongLong();
    inputs.smallBusiness = object.value(QStringLiteral("smallBusiness")).toBool();
    inputs.priorityScenario = object.value(QStringLiteral("priorityScenario")).toBool();
    inputs.operatorCode = object.value(QStringLiteral("operator")).toString();
    inputs.periodStart = dateOf(object, "periodStart");
    inputs.periodEnd = dateOf(object, "periodEnd");
    inputs.reviewDate = dateOf(object, "date");
    return inputs;
}

PricingInputs PricingInputs::fromApplication(const Application &application, const QDate &today)
{
    PricingInputs inputs;
    inputs.useClass = application.useClass;
    // The ceiling is the operator's (运营机构); format 1 names none, so the applicant is taken.
    inputs.operatorCode = application.operatorCreditCode();
    inputs.periodStart = application.periodStart;
    inputs.periodEnd = application.periodEnd;
    inputs.reviewDate = today;
    if (application.pricing) {
        inputs.product = application.pricing->product;
        inputs.unit = application.pricing->billingUnit;
        inputs.quantity = quint64(qMax<qint64>(0, application.pricing->expectedQuantity));
        inputs.smallBusiness = application.pricing->smallBusiness;
        inputs.priorityScenario = application.pricing->priorityScenario;
    }
    return inputs;
}

QList<std::pair<QString, QString>> pricingnotes::recorded(const PricingInputs &inputs,
                                                          const FeeResult &result)
{
    return {{rules(), inputs.ruleFile},
            {ruleVersion(), inputs.ruleVersion},
            {pricingnotes::inputs(),
             QString::fromUtf8(QJsonDocument(inputs.toJson()).toJson(QJsonDocument::Compact))},
            {pricingnotes::result(), resultToNote(result)}};
}

} // namespace gd
