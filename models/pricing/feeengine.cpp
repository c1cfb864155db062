// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeengine.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "domain/vocabulary.h"
#include "review/reviewrules.h"

namespace gd {
namespace {

/** "1234567.5" → "1,234,567.50": exact, grouped, at least two decimals (trace lines). */
QString grouped(const QString &plain)
{
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString text = negative ? plain.mid(1) : plain;
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? text : text.left(point);
    QString out;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            out += QLatin1Char(',');
        out += whole.at(i);
    }
    if (point >= 0)
        out += text.mid(point);
    return negative ? QLatin1Char('-') + out : out;
}

QString amount(const Money &m)
{
    return grouped(m.toString(2));
}

QString count(quint64 n)
{
    return grouped(QString::number(n));
}

QString percentText(const Money &p)
{
    return p.toString() + QLatin1Char('%');
}

QString flagName(const QString &when)
{
    if (when == QLatin1String("priorityScenario"))
        return QCoreApplication::translate("FeeEngine", "priority scenario");
    if (when == QLatin1String("smallBusiness"))
        return QCoreApplication::translate("FeeEngine", "small business");
    return when;
}

bool flagSet(const FeeRequest &request, const QString &when)
{
    if (when == QLatin1String("priorityScenario"))
        return request.priorityScenario;
    if (when == QLatin1String("smallBusiness"))
        return request.smallBusiness;
    return false;
}

void addFinding(FeeResult &result, const QString &code, const QString &message,
                std::optional<Money> value = {})
{
    result.findings.append(FeeFinding{code, std::move(value), message});
    result.trace << QCoreApplication::translate("FeeEngine", "Finding %1: %2").arg(code, message);
}

/** Checks on the application that give findings, never a refusal: trial schedule, effective
 * period, term of the period. */
void checkApplication(FeeResult &result, const FeeRules &rules, const FeeRequest &request,
                      const QDate &on)
{
    if (rules.trial)
        addFinding(result, feefinding::TrialSchedule,
                   QCoreApplication::translate(
                       "FeeEngine",
                       "Rule file %1 is a trial schedule; the fee may change when it is "
                       "finalized.")
                       .arg(rules.version));
    if (on < rules.effectiveFrom || on > rules.effectiveTo)
        addFinding(result, feefinding::OutsideEffective,
                   QCoreApplication::translate(
                       "FeeEngine",
                       "The review date %1 is outside the rule file's effective period %2 to %3.")
                       .arg(on.toString(Qt::ISODate), rules.effectiveFrom.toString(Qt::ISODate),
                            rules.effectiveTo.toString(Qt::ISODate)));
    if (request.periodStart && request.periodEnd && request.periodStart->isValid() &&
        request.periodEnd->isValid()) {
        const int months = reviewrules::termMonths(*request.periodStart, *request.periodEnd);
        result.termMonths = months;
        result.trace << QCoreApplication::translate(
                            "FeeEngine",
                            "Period %1 to %2: %3 months (a started month counts in full); "
                            "the maximum is %4 months.")
                            .arg(request.periodStart->toString(Qt::ISODate),
                                 request.periodEnd->toString(Qt::ISODate))
                            .arg(months)
                            .arg(rules.maxTermMonths);
        if (months > rules.maxTermMonths)
            addFinding(
                result, feefinding::TermOverCap,
                QCoreApplication::translate(
                    "FeeEngine", "The period of %1 months is longer than the maximum of %2 months.")
                    .arg(months)
                    .arg(rules.maxTermMonths));
    }
}

/** Records the product found and flags a billing unit other than the product's. */
void describeProduct(FeeResult &result, const FeeProduct &product, const FeeRequest &request)
{
    result.productFound = true;
    result.productName = product.name;
    result.billingUnit = product.billingUnit;
    result.trace << QCoreApplication::translate(
                        "FeeEngine",
                        "Product %1 %2, billed %3, cap price %4; requested quantity %5 (%3).")
                        .arg(product.id, product.name,
                             vocabulary::label("billingUnit", product.billingUnit),
                             product.capPrice.toString(2), count(request.quantity));
    if (request.unit && !request.unit->isEmpty() && *request.unit != product.billingUnit)
        addFinding(result, feefinding::UnitMismatch,
                   QCoreApplication::translate(
                       "FeeEngine",
                       "The billing unit %1 differs from the product's %2; the quantity is "
                       "priced in %2.")
                       .arg(vocabulary::label("billingUnit", *request.unit),
                            vocabulary::label("billingUnit", product.billingUnit)));
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
        row.label = tier.upTo
                        ? QCoreApplication::translate("FeeEngine", "%1 – %2")
                              .arg(count(from + 1), count(*tier.upTo))
                        : QCoreApplication::translate("FeeEngine", "above %1").arg(count(from));
        const quint64 top = tier.upTo ? std::min(quantity, *tier.upTo) : quantity;
        row.units = top > from ? top - from : 0;
        row.amount = tier.price * row.units;
        gross += row.amount;
        result.trace << QCoreApplication::translate("FeeEngine", "Band %1 (%2): %3 × %4 = %5")
                            .arg(i + 1)
                            .arg(row.label, count(row.units), tier.price.toString(2),
                                 amount(row.amount));
        result.bands.append(row);
        if (tier.upTo)
            from = *tier.upTo;
    }
    result.trace
        << QCoreApplication::translate("FeeEngine", "Fixed fee: %1").arg(amount(product.fixedFee));
    result.gross = gross;
    result.trace
        << QCoreApplication::translate("FeeEngine", "Gross fee (exact): %1").arg(amount(gross));
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
            result.trace << QCoreApplication::translate(
                                "FeeEngine",
                                "Discount for %1 (%2) does not apply: the flag is not set.")
                                .arg(flagName(d.when), percentText(d.percent));
    }
    if (rules.stacking == FeeStacking::Best && matching.size() > 1) {
        const auto best = std::max_element(
            matching.cbegin(), matching.cend(),
            [](const FeeDiscount &a, const FeeDiscount &b) { return a.percent < b.percent; });
        const FeeDiscount chosen = *best;
        result.trace << QCoreApplication::translate(
                            "FeeEngine",
                            "Stacking \"best\": only the largest matching discount applies "
                            "(%1, %2).")
                            .arg(flagName(chosen.when), percentText(chosen.percent));
        matching = {chosen};
    } else if (matching.size() > 1) {
        result.trace << QCoreApplication::translate(
            "FeeEngine", "Stacking \"multiply\": every matching discount applies, in the "
                         "listed order.");
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
        result.trace << QCoreApplication::translate("FeeEngine",
                                                    "Discount for %1, %2: %3 × %4 = %5")
                            .arg(flagName(d.when), percentText(d.percent), amount(before),
                                 factor.toString(2), amount(net));
    }
    result.net = net;
}

/** Checks the fee against the operator's maximum allowed revenue. */
void checkOperatorRevenue(FeeResult &result, const FeeRules &rules, const FeeRequest &request)
{
    if (!request.operatorCreditCode || request.operatorCreditCode->isEmpty()) {
        result.trace << QCoreApplication::translate(
            "FeeEngine", "No operator given: no check against a maximum allowed revenue.");
    } else if (const FeeOperator *op = rules.findOperator(*request.operatorCreditCode)) {
        result.op = *op;
        const Money total = op->revenueToDate + result.fee;
        result.trace << QCoreApplication::translate(
                            "FeeEngine",
                            "Operator %1: revenue to date %2 + this fee %3 = %4; maximum allowed "
                            "revenue %5.")
                            .arg(op->creditCode, amount(op->revenueToDate), amount(result.fee),
                                 amount(total), amount(op->maxAllowedRevenue));
        if (total > op->maxAllowedRevenue) {
            const Money over = total - op->maxAllowedRevenue;
            addFinding(
                result, feefinding::MarExceeded,
                QCoreApplication::translate(
                    "FeeEngine", "The operator's maximum allowed revenue %1 is exceeded by %2.")
                    .arg(amount(op->maxAllowedRevenue), amount(over)),
                over);
        }
    } else {
        result.trace << QCoreApplication::translate(
                            "FeeEngine",
                            "No operator entry for %1 in rule file %2: no check against a "
                            "maximum allowed revenue.")
                            .arg(*request.operatorCreditCode, rules.version);
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

    result.trace << QCoreApplication::translate("FeeEngine",
                                                "Rule file %1 (%2), effective %3 to %4.")
                        .arg(rules.version, rules.region, rules.effectiveFrom.toString(Qt::ISODate),
                             rules.effectiveTo.toString(Qt::ISODate));

    checkApplication(result, rules, request, on);

    const FeeProduct *product = rules.product(request.product);
    if (!product) {
        addFinding(result, feefinding::UnknownProduct,
                   QCoreApplication::translate(
                       "FeeEngine", "Product %1 is not in rule file %2; no fee is computed.")
                       .arg(request.product, rules.version));
        result.trace
            << QCoreApplication::translate("FeeEngine", "Fee: %1.").arg(amount(result.fee));
        return result;
    }
    describeProduct(result, *product, request);

    if (rules.freeUseClasses.contains(request.useClass)) {
        result.freeUse = true;
        addFinding(
            result, feefinding::FreeUse,
            QCoreApplication::translate(
                "FeeEngine", "Use class %1 is free of charge under rule file %2: the fee is 0.00.")
                .arg(request.useClass, rules.version));
    } else {
        priceBands(result, *product, request.quantity);
        applyDiscounts(result, rules, request);
    }

    result.fee = result.net.roundedToFen();
    result.trace << QCoreApplication::translate("FeeEngine",
                                                "Rounded once to the fen, half up: %1 → %2")
                        .arg(grouped(result.net.toString(2)), amount(result.fee));

    // Maximum allowed revenue of the operator.
    checkOperatorRevenue(result, rules, request);
    result.trace << QCoreApplication::translate("FeeEngine", "Fee: %1").arg(amount(result.fee));
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
