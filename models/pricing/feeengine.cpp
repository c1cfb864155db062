// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeengine.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "review/reviewrules.h"

namespace gd {
namespace {

QString plain(const Money &m)
{
    return m.toString(2);
}

QString number(quint64 n)
{
    return QString::number(n);
}

QString percentText(const Money &p)
{
    return p.toString();
}

bool flagSet(const FeeRequest &request, const QString &when)
{
    if (when == QLatin1String("priorityScenario"))
        return request.priorityScenario;
    if (when == QLatin1String("smallBusiness"))
        return request.smallBusiness;
    return false;
}

void step(FeeResult &result, const QString &code, const QJsonObject &params = {})
{
    result.trace.append(FeeTraceStep{code, params});
}

void addFinding(FeeResult &result, const QString &code, const QJsonObject &params,
                std::optional<Money> value = {})
{
    result.findings.append(FeeFinding{code, std::move(value), params});
    QJsonObject withCode = params;
    withCode.insert(QStringLiteral("code"), code);
    step(result, feetrace::Finding, withCode);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/** Checks on the application that give findings, never a refusal: trial schedule, effective
 * period, term of the period. */
void checkApplication(FeeResult &result, const FeeRules &rules, const FeeRequest &request,
                      const QDate &on)
{
    if (rules.trial)
        addFinding(result, feefinding::TrialSchedule,
                   {{QStringLiteral("rulesVersion"), rules.version}});
    if (on < rules.effectiveFrom || on > rules.effectiveTo)
        addFinding(result, feefinding::OutsideEffective,
                   {{QStringLiteral("date"), isoDate(on)},
                    {QStringLiteral("from"), isoDate(rules.effectiveFrom)},
                    {QStringLiteral("to"), isoDate(rules.effectiveTo)}});
    if (request.periodStart && request.periodEnd && request.periodStart->isValid() &&
        request.periodEnd->isValid()) {
        const int months = reviewrules::termMonths(*request.periodStart, *request.periodEnd);
        result.termMonths = months;
        step(result, feetrace::Period,
             {{QStringLiteral("start"), isoDate(*request.periodStart)},
              {QStringLiteral("end"), isoDate(*request.periodEnd)},
              {QStringLiteral("months"), months},
              {QStringLiteral("maxMonths"), rules.maxTermMonths}});
        if (months > rules.maxTermMonths)
            addFinding(result, feefinding::TermOverCap,
                       {{QStringLiteral("months"), months},
                        {QStringLiteral("maxMonths"), rules.maxTermMonths}});
    }
}

/** Records the product found and flags a billing unit other than the product's. */
void describeProduct(FeeResult &result, const FeeProduct &product, const FeeRequest &request)
{
    result.productFound = true;
    result.productName = product.name;
    result.billingUnit = product.billingUnit;
    step(result, feetrace::Product,
         {{QStringLiteral("product"), product.id},
          {QStringLiteral("name"), product.name},
          {QStringLiteral("unit"), product.billingUnit},
          {QStringLiteral("capPrice"), plain(product.capPrice)},
          {QStringLiteral("quantity"), number(request.quantity)}});
    if (request.unit && !request.unit->isEmpty() && *request.unit != product.billingUnit)
        addFinding(result, feefinding::UnitMismatch,
                   {{QStringLiteral("unit"), *request.unit},
                    {QStringLiteral("productUnit"), product.billingUnit}});
}

/** Prices the quantity in progressive bands plus the fixed fee; sets bands and gross. */
void priceBands(FeeResult &result, const FeeProduct &product, quint64 quantity)
{
    // Progressive bands: each band (from, upTo] prices only the units inside it.
    result.fixedFee = product.fixedFee;
    Money gross = product.fixedFee;
    quint64 from = 0;
    for (int i = 0; i < product.tiers.size(); ++i) {
        const FeeTier &tier = product.tiers.at(i);
        FeeBandRow row;
        row.from = from;
        row.upTo = tier.upTo;
        row.price = tier.price;
        row.label = feeBandLabel(from, tier.upTo);
        const quint64 top = tier.upTo ? std::min(quantity, *tier.upTo) : quantity;
        row.units = top > from ? top - from : 0;
        row.amount = tier.price * row.units;
        gross += row.amount;
        QJsonObject params{{QStringLiteral("band"), i + 1},
                           {QStringLiteral("from"), number(from)},
                           {QStringLiteral("units"), number(row.units)},
                           {QStringLiteral("price"), plain(tier.price)},
                           {QStringLiteral("amount"), plain(row.amount)}};
        if (tier.upTo)
            params.insert(QStringLiteral("upTo"), number(*tier.upTo));
        step(result, feetrace::Band, params);
        result.bands.append(row);
        if (tier.upTo)
            from = *tier.upTo;
    }
    step(result, feetrace::FixedFee, {{QStringLiteral("amount"), plain(product.fixedFee)}});
    result.gross = gross;
    step(result, feetrace::Gross, {{QStringLiteral("amount"), plain(gross)}});
}

/** The discounts whose flag the request sets, reduced to the largest under "best" stacking. */
QList<FeeDiscount> matchingDiscounts(FeeResult &result, const FeeRules &rules,
                                     const FeeRequest &request)
{
    QList<FeeDiscount> matching;
    for (const FeeDiscount &d : rules.discounts) {
        if (flagSet(request, d.when))
            matching.append(d);
        else
            step(result, feetrace::DiscountNotSet,
                 {{QStringLiteral("when"), d.when},
                  {QStringLiteral("percent"), percentText(d.percent)}});
    }
    if (rules.stacking == FeeStacking::Best && matching.size() > 1) {
        const auto best = std::max_element(
            matching.cbegin(), matching.cend(),
            [](const FeeDiscount &a, const FeeDiscount &b) { return a.percent < b.percent; });
        const FeeDiscount chosen = *best;
        step(result, feetrace::StackingBest,
             {{QStringLiteral("when"), chosen.when},
              {QStringLiteral("percent"), percentText(chosen.percent)}});
        matching = {chosen};
    } else if (matching.size() > 1) {
        step(result, feetrace::StackingMultiply);
    }
    return matching;
}

/** Applies the matching discounts to the gross fee in order; sets discounts and net. */
void applyDiscounts(FeeResult &result, const FeeRules &rules, const FeeRequest &request)
{
    Money net = result.gross;
    for (const FeeDiscount &d : matchingDiscounts(result, rules, request)) {
        const Money before = net;
        const Money factor = Money::fromUnsigned(1).discountedBy(d.percent);
        net = net.discountedBy(d.percent);
        result.discounts.append(FeeDiscountStep{d.when, d.percent, before, net});
        step(result, feetrace::Discount,
             {{QStringLiteral("when"), d.when},
              {QStringLiteral("percent"), percentText(d.percent)},
              {QStringLiteral("before"), plain(before)},
              {QStringLiteral("factor"), plain(factor)},
              {QStringLiteral("after"), plain(net)}});
    }
    result.net = net;
}

/** Checks the fee against the operator's maximum allowed revenue. */
void checkOperatorRevenue(FeeResult &result, const FeeRules &rules, const FeeRequest &request)
{
    if (!request.operatorCreditCode || request.operatorCreditCode->isEmpty()) {
        step(result, feetrace::NoOperator);
    } else if (const FeeOperator *op = rules.findOperator(*request.operatorCreditCode)) {
        result.op = *op;
        const Money total = op->revenueToDate + result.fee;
        step(result, feetrace::Operator,
             {{QStringLiteral("operator"), op->creditCode},
              {QStringLiteral("revenueToDate"), plain(op->revenueToDate)},
              {QStringLiteral("fee"), plain(result.fee)},
              {QStringLiteral("total"), plain(total)},
              {QStringLiteral("maxAllowedRevenue"), plain(op->maxAllowedRevenue)}});
        if (total > op->maxAllowedRevenue) {
            const Money over = total - op->maxAllowedRevenue;
            addFinding(result, feefinding::MarExceeded,
                       {{QStringLiteral("maxAllowedRevenue"), plain(op->maxAllowedRevenue)},
                        {QStringLiteral("over"), plain(over)}},
                       over);
        }
    } else {
        step(result, feetrace::UnknownOperator,
             {{QStringLiteral("operator"), *request.operatorCreditCode},
              {QStringLiteral("rulesVersion"), rules.version}});
    }
}

} // namespace

bool FeeResult::hasFinding(const QString &code) const
{
    return finding(code) != nullptr;
}

const FeeFinding *FeeResult::finding(const QString &code) const
{
    for (const FeeFinding &f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

FeeResult computeFee(const FeeRules &rules, const FeeRequest &request)
{
    FeeResult result;
    result.rulesVersion = rules.version;
    result.rulesRegion = rules.region;
    result.productId = request.product;
    const QDate on = request.reviewDate.isValid() ? request.reviewDate : QDate::currentDate();

    step(result, feetrace::Rules,
         {{QStringLiteral("rulesVersion"), rules.version},
          {QStringLiteral("region"), rules.region},
          {QStringLiteral("from"), isoDate(rules.effectiveFrom)},
          {QStringLiteral("to"), isoDate(rules.effectiveTo)}});

    checkApplication(result, rules, request, on);

    const FeeProduct *product = rules.product(request.product);
    if (!product) {
        addFinding(result, feefinding::UnknownProduct,
                   {{QStringLiteral("product"), request.product},
                    {QStringLiteral("rulesVersion"), rules.version}});
        step(result, feetrace::Fee, {{QStringLiteral("fee"), plain(result.fee)}});
        return result;
    }
    describeProduct(result, *product, request);

    if (rules.freeUseClasses.contains(request.useClass)) {
        result.freeUse = true;
        addFinding(result, feefinding::FreeUse,
                   {{QStringLiteral("useClass"), request.useClass},
                    {QStringLiteral("rulesVersion"), rules.version}});
    } else {
        priceBands(result, *product, request.quantity);
        applyDiscounts(result, rules, request);
    }

    result.fee = result.net.roundedToFen();
    step(result, feetrace::Rounded,
         {{QStringLiteral("net"), plain(result.net)}, {QStringLiteral("fee"), plain(result.fee)}});

    // Maximum allowed revenue of the operator.
    checkOperatorRevenue(result, rules, request);
    step(result, feetrace::Fee, {{QStringLiteral("fee"), plain(result.fee)}});
    return result;
}

Money marNext(const Money &marCalc, const Money &actual, const Money &mar)
{
    return marCalc - Money::max(Money(), actual - mar);
}

QList<FeeCurvePoint> feeCurve(const FeeRules &rules, const FeeRequest &request, quint64 extendTo)
{
    QList<FeeCurvePoint> points;
    const FeeProduct *product = rules.product(request.product);
    if (!product)
        return points;
    QList<quint64> edges;
    for (const FeeTier &tier : product->tiers) {
        if (tier.upTo)
            edges << *tier.upTo;
    }
    const quint64 lastEdge = edges.isEmpty() ? 0 : edges.last();
    quint64 end = extendTo;
    if (end == 0) {
        end = std::max(lastEdge + lastEdge / 4, request.quantity + request.quantity / 10);
        if (end == 0)
            end = 100;
    }
    QList<quint64> quantities{0, request.quantity, end};
    quantities += edges;
    std::sort(quantities.begin(), quantities.end());
    quantities.erase(std::unique(quantities.begin(), quantities.end()), quantities.end());

    FeeRequest probe = request;
    probe.operatorCreditCode.reset();
    for (const quint64 q : std::as_const(quantities)) {
        if (q > end && q != request.quantity)
            continue;
        probe.quantity = q;
        const FeeResult r = computeFee(rules, probe);
        points.append(FeeCurvePoint{q, r.gross, r.fee, edges.contains(q), q == request.quantity});
    }
    return points;
}

QString feeResultNote(const FeeResult &result)
{
    QJsonArray findings;
    for (const FeeFinding &finding : result.findings) {
        QJsonObject object{{QStringLiteral("code"), finding.code}};
        if (finding.amount)
            object.insert(QStringLiteral("amount"), finding.amount->toJsonString());
        findings.append(object);
    }
    const QJsonObject object{{QStringLiteral("fee"), result.fee.toJsonString()},
                             {QStringLiteral("gross"), result.gross.toJsonString()},
                             {QStringLiteral("rulesVersion"), result.rulesVersion},
                             {QStringLiteral("product"), result.productId},
                             {QStringLiteral("freeUse"), result.freeUse},
                             {QStringLiteral("findings"), findings}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace gd
