// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "domain/money.h"

namespace gd {

/** One progressive band: quantities in (previous upTo, upTo]; upTo empty = open band. */
struct FeeTier
{
    std::optional<quint64> upTo;
    Money price;
};

/** A priced product of a rule file. */
struct FeeProduct
{
    QString id;
    QString name;
    QString billingUnit; // "call", "item", …
    Money capPrice;
    QList<FeeTier> tiers; // sorted, last one open
    Money fixedFee;
};

/** A discount applying when the request's flag @c when ("priorityScenario", "smallBusiness") is
 * set. */
struct FeeDiscount
{
    QString when;
    Money percent; // 0–100, decimals allowed
};

/** An operator's maximum allowed revenue (MAR) and what it has earned so far. */
struct FeeOperator
{
    QString creditCode;
    Money maxAllowedRevenue;
    Money revenueToDate;
};

enum class FeeStacking
{
    Multiply, // every matching discount, in the listed order
    Best      // only the largest matching one
};

/** A region's government-guided fee schedule (docs/formats/fee-rules.md). */
struct FeeRules
{
    static constexpr const char *kFormat = "grantdesk.fee-rules/1";
    /** Flags a discount's "when" may name. */
    static QStringList discountFlags(); // {"priorityScenario", "smallBusiness"}

    QString format;
    QString version; // "GZ-2026.1": recorded in every review and package
    QString region;
    QString issuedBy;
    QDate effectiveFrom;
    QDate effectiveTo;
    bool trial = false;
    QStringList freeUseClasses;
    int maxTermMonths = 0;
    /** The maximum allowed revenue holds per pricing period of this many months, counted
     *  from effectiveFrom; 0 (field absent): one period, the whole effective span. */
    int pricingPeriodMonths = 0;
    QList<FeeDiscount> discounts;
    FeeStacking stacking = FeeStacking::Multiply;
    QList<FeeOperator> operators;
    QList<FeeProduct> products;

    /** The product with @p id, or null. */
    const FeeProduct *product(const QString &id) const;
    /** The operator entry with @p creditCode, or null. */
    const FeeOperator *findOperator(const QString &creditCode) const;
    QStringList productIds() const;
    /** "GZ-2026.1 (广州市)". */
    QString displayName() const;
};

/** A parsed rule file or every error found in it ("LABEL: json.path: what"). */
struct FeeRulesOutcome
{
    std::optional<FeeRules> rules;
    QList<Error> errors;
};

/**
 * Parses and validates a rule file as docs/formats/fee-rules.md defines it: unknown fields,
 * wrong types, unknown format, malformed or negative money, more than 4 decimals,
 * percent outside 0–100, unknown stacking, effective.to before from, bands not strictly
 * increasing, missing open last band, a tier price above capPrice. @p label names the
 * file in errors. A file with any error is refused as a whole (rules empty).
 */
FeeRulesOutcome parseFeeRules(const QByteArray &json, const QString &label);
/** Reads @p filePath and parses it; @p label defaults to the path. */
FeeRulesOutcome parseFeeRulesFile(const QString &filePath, const QString &label = {});

} // namespace gd
