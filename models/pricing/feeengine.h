// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QJsonObject>
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

/**
 * A check on the application that failed: reported, the fee is still computed. Language-free
 * (codes, ISO dates, plain numbers): feeFindingText() words it in the installed language.
 */
struct FeeFinding
{
    QString code;                // feefinding::…
    std::optional<Money> amount; // mar_exceeded: by how much
    QJsonObject params;          // what the sentence names, per code (docs/formats/package.md)
};

/** Step codes of the fee trace (FeeTraceStep::code), in the order computeFee() may give them. */
namespace feetrace {
inline const QString Rules = QStringLiteral("rules");
inline const QString Period = QStringLiteral("period");
inline const QString Product = QStringLiteral("product");
inline const QString Band = QStringLiteral("band");
inline const QString FixedFee = QStringLiteral("fixed_fee");
inline const QString Gross = QStringLiteral("gross");
inline const QString DiscountNotSet = QStringLiteral("discount_not_set");
inline const QString StackingBest = QStringLiteral("stacking_best");
inline const QString StackingMultiply = QStringLiteral("stacking_multiply");
inline const QString Discount = QStringLiteral("discount");
inline const QString Rounded = QStringLiteral("rounded");
inline const QString NoOperator = QStringLiteral("no_operator");
inline const QString Operator = QStringLiteral("operator");
inline const QString UnknownOperator = QStringLiteral("unknown_operator");
inline const QString Finding = QStringLiteral("finding"); // params: the finding's, and "code"
inline const QString Fee = QStringLiteral("fee");
} // namespace feetrace

/** One step of how the fee was reached: a code and its numbers, never a sentence. */
struct FeeTraceStep
{
    QString code;       // feetrace::…
    QJsonObject params; // plain numbers and amounts as strings ("1500000", "560000.00"), codes
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

    QList<FeeTraceStep> trace; // in order; feeTraceLines() words them
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

/** A band's label in the installed language: "100,001 – 1,000,000", "above 1,000,000". */
QString feeBandLabel(quint64 from, std::optional<quint64> upTo);

/** @p finding in the installed language, without its code (the pricing view, the PDF). */
QString feeFindingText(const FeeFinding &finding);

/** @p step in the installed language: one line of "how the fee was computed". */
QString feeTraceLine(const FeeTraceStep &step);

/** Every step of @p result's trace, worded in the installed language. */
QStringList feeTraceLines(const FeeResult &result);

/** The note the pricing step stores ("pricing.result"):
 * {"fee":"313600.00","gross":"560000.00","findings":[{"code":…,"amount":…}],…} */
QString feeResultNote(const FeeResult &result);

} // namespace gd
