// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "pricing/feeengine.h"

namespace gd {

struct Application;

/**
 * What the officer entered on the pricing page, as stored in a review's note
 * "pricing.inputs" (a JSON object) and turned into the engine's FeeRequest.
 */
struct PricingInputs
{
    QString ruleFile;    // file name of the rule file, e.g. "fee-rules-gz.json"
    QString ruleVersion; // e.g. "GZ-2026.1"
    QString product;
    QString useClass;
    QString unit;
    quint64 quantity = 0;
    bool smallBusiness = false;
    bool priorityScenario = false;
    QString operatorCode;
    QDate periodStart;
    QDate periodEnd;
    QDate reviewDate;

    FeeRequest toRequest() const;
    QJsonObject toJson() const;
    static PricingInputs fromJson(const QJsonObject &object);
    /** The application's pricing request; the operator defaults to the applicant. */
    static PricingInputs fromApplication(const Application &application, const QDate &today);

    bool operator==(const PricingInputs &other) const = default;
};

/** The note keys the pricing step keeps in a review. */
namespace pricingnotes {
inline QString rules()
{
    return QStringLiteral("pricing.rules");
}
inline QString ruleVersion()
{
    return QStringLiteral("pricing.ruleVersion");
}
inline QString inputs()
{
    return QStringLiteral("pricing.inputs");
}
inline QString result()
{
    return QStringLiteral("pricing.result");
}
/** The reviewer's free note on the pricing step. */
inline QString note()
{
    return QStringLiteral("pricing.note");
}
/** {"fee":"313600.00","gross":"560000.00","findings":[{"code":…,"amount":…}],…} */
inline QString resultToNote(const FeeResult &result)
{
    return feeResultNote(result);
}
/** The notes the pricing step records for @p inputs priced as @p result: the rule file, its
 *  version, the inputs and the result, as key and value. */
QList<std::pair<QString, QString>> recorded(const PricingInputs &inputs, const FeeResult &result);
} // namespace pricingnotes

} // namespace gd
