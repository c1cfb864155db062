// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "pricing/feerules.h"
#include "domain/money.h"

namespace gd {

/** What is priced: one application's pricing inputs (docs/formats/fee-rules.md). */
struct FeeRequest
{
    QString product;  // product id
    QString useClass; // "industry", "public_welfare", …
    quint64 quantity = 0;
    std::optional<QString> unit; // billing unit claimed; checked against the product's
    bool smallBusiness = false;
    bool priorityScenario = false;
    std::optional<QString> operatorCreditCode;
    std::optional<QDate> periodStart;
    std::optional<QDate> periodEnd;
    QDate reviewDate; // invalid = today
};

/** Finding codes of docs/formats/fee-rules.md (price --json findings). */
namespace feefinding {
inline const QString FreeUse = QStringLiteral("free_use");
inline const QString UnknownProduct = QStringLiteral("unknown_product");
inline const QString UnitMismatch = QStringLiteral("unit_mismatch");
inline const QString OutsideEffective = QStringLiteral("outside_effective");
inline const QString TermOverCap = QStringLiteral("term_over_cap");
inline const QString TrialSchedule = QStringLiteral("trial_schedule");
inline const QString MarExceeded = QStringLiteral("mar_exceeded");
} // namespace feefinding

/** A check on the application that failed: reported, the fee is still computed. */
struct FeeFinding
{
    QString code;                // feefinding::…
    std::optional<Money> amount; // mar_exceeded: by how much
    QString message;             // translated, readable
};

/** One row of the band table: how many units fell in a band and what they cost. */
struct FeeBandRow
{
    QString label;               // "0 – 100,000", "1,000,000 –" (translated)
    quint64 from = 0;            // exclusive lower edge
    std::optional<quint64> upTo; // inclusive upper edge; empty = open
    quint64 units = 0;
    Money price;
    Money amount; // units × price, exact
};

/** One step of a discount as applied. */
struct FeeDiscountStep
{
    QString when;
    Money percent;
    Money before; // exact
    Money after;  // exact
};

/** The computed fee, with everything needed to show how it was reached. */
struct FeeResult
{
    bool productFound = false;
    bool freeUse = false;
    QString productId;
    QString productName;
    QString billingUnit;
    QString rulesVersion;
    QString rulesRegion;

    Money fixedFee;
    QList<FeeBandRow> bands;          // one row per band, units 0 included
    Money gross;                      // exact: fixedFee + Σ bands
    QList<FeeDiscountStep> discounts; // the ones applied
    Money net;                        // exact, after discounts
    Money fee;                        // net rounded to the fen, half up

    QStringList trace; // readable lines (translated), in order
    QList<FeeFinding> findings;

    /** The operator entry used for the MAR check, if one matched. */
    std::optional<FeeOperator> op;
    /** Term of the period in months (a started month counts), if a period was given. */
    std::optional<int> termMonths;

    bool hasFinding(const QString &code) const;
    const FeeFinding *finding(const QString &code) const;
};

/** Computes the fee of @p request under @p rules as docs/formats/fee-rules.md states it. */
FeeResult computeFee(const FeeRules &rules, const FeeRequest &request);

/** Period-end carry-over: MAR_next = MAR_calc − max(0, actual − MAR). May be negative. */
Money marNext(const Money &marCalc, const Money &actual, const Money &mar);

/** A point of the fee curve (for charts): fee (exact net and rounded) at a quantity. */
struct FeeCurvePoint
{
    quint64 quantity = 0;
    Money gross; // exact
    Money fee;   // after the request's discounts, rounded to the fen
    bool isBandEdge = false;
    bool isRequest = false; // the application's quantity
};

/**
 * The fee against quantity for @p request's product, flags and use class: points at 0,
 * at every band edge, at the application's quantity, and at @p extendTo (or a bit past
 * the last edge / the request, whichever is larger when 0), sorted by quantity. Between
 * points the fee is linear. Empty when the product is unknown.
 */
QList<FeeCurvePoint> feeCurve(const FeeRules &rules, const FeeRequest &request,
                              quint64 extendTo = 0);

/** The note the pricing step stores ("pricing.result"):
 * {"fee":"313600.00","gross":"560000.00","findings":[{"code":…,"amount":…}],…} */
QString feeResultNote(const FeeResult &result);

} // namespace gd
