// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli.h"
#include "pricing/feeengine.h"
#include "pricing/feerules.h"

namespace gd::cli {
namespace {

constexpr char kPriceUsage[] =
    "price: usage: price --rules FILE --product P --use CLASS --quantity N [--unit U] "
    "[--small-business] [--priority-scenario] [--operator CREDITCODE] "
    "[--start DATE --end DATE] [--on DATE] [--json]\n";

QJsonObject toJson(const FeeRules &rules, const FeeRequest &request, const FeeResult &result)
{
    QJsonArray trace;
    for (const QString &line : result.trace)
        trace.append(line);
    QJsonArray findings;
    for (const FeeFinding &f : result.findings) {
        QJsonObject finding{{QStringLiteral("code"), f.code},
                            {QStringLiteral("message"), f.message}};
        if (f.amount)
            finding.insert(QStringLiteral("amount"), f.amount->toJsonString());
        findings.append(finding);
    }
    QJsonArray bands;
    for (const FeeBandRow &b : result.bands) {
        QJsonObject band{{QStringLiteral("label"), b.label},
                         {QStringLiteral("units"), QString::number(b.units)},
                         {QStringLiteral("price"), b.price.toString(2)},
                         {QStringLiteral("amount"), b.amount.toJsonString()},
                         {QStringLiteral("amountExact"), b.amount.toString(2)}};
        band.insert(QStringLiteral("upTo"),
                    b.upTo ? QJsonValue(QString::number(*b.upTo)) : QJsonValue(QJsonValue::Null));
        bands.append(band);
    }
    QJsonArray discounts;
    for (const FeeDiscountStep &d : result.discounts)
        discounts.append(QJsonObject{{QStringLiteral("when"), d.when},
                                     {QStringLiteral("percent"), d.percent.toString()},
                                     {QStringLiteral("before"), d.before.toString(2)},
                                     {QStringLiteral("after"), d.after.toString(2)}});
    QJsonObject object{
        {QStringLiteral("fee"), result.fee.toJsonString()},
        {QStringLiteral("gross"), result.gross.toJsonString()},
        {QStringLiteral("grossExact"), result.gross.toString(2)},
        {QStringLiteral("netExact"), result.net.toString(2)},
        {QStringLiteral("product"), request.product},
        {QStringLiteral("productName"), result.productName},
        {QStringLiteral("billingUnit"), result.billingUnit},
        {QStringLiteral("useClass"), request.useClass},
        {QStringLiteral("quantity"), QString::number(request.quantity)},
        {QStringLiteral("freeUse"), result.freeUse},
        {QStringLiteral("rules"), QJsonObject{{QStringLiteral("version"), rules.version},
                                              {QStringLiteral("region"), rules.region},
                                              {QStringLiteral("issuedBy"), rules.issuedBy},
                                              {QStringLiteral("trial"), rules.trial}}},
        {QStringLiteral("bands"), bands},
        {QStringLiteral("fixedFee"), result.fixedFee.toJsonString()},
        {QStringLiteral("discounts"), discounts},
        {QStringLiteral("trace"), trace},
        {QStringLiteral("findings"), findings},
    };
    if (result.op)
        object.insert(
            QStringLiteral("operator"),
            QJsonObject{
                {QStringLiteral("creditCode"), result.op->creditCode},
                {QStringLiteral("maxAllowedRevenue"), result.op->maxAllowedRevenue.toJsonString()},
                {QStringLiteral("revenueToDate"), result.op->revenueToDate.toJsonString()}});
    if (result.termMonths)
        object.insert(QStringLiteral("termMonths"), *result.termMonths);
    return object;
}

} // namespace

int price(Context &ctx)
{
    QString rulesPath;
    FeeRequest request;
    bool haveProduct = false, haveUse = false, haveQuantity = false, json = false;
    const QStringList &args = ctx.args;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= args.size()) {
                ctx.err << "price: " << arg << ": needs a value\n";
                return false;
            }
            *out = args.at(++i);
            return true;
        };
        auto date = [&](std::optional<QDate> *out) {
            QString text;
            if (!value(&text))
                return false;
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid() || text.size() != 10) {
                ctx.err << "price: " << arg << ": not a date (YYYY-MM-DD): " << text << '\n';
                return false;
            }
            *out = d;
            return true;
        };
        QString text;
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--small-business")) {
            request.smallBusiness = true;
        } else if (arg == QLatin1String("--priority-scenario")) {
            request.priorityScenario = true;
        } else if (arg == QLatin1String("--rules")) {
            if (!value(&rulesPath))
                return Usage;
        } else if (arg == QLatin1String("--product")) {
            if (!value(&request.product))
                return Usage;
            haveProduct = true;
        } else if (arg == QLatin1String("--use")) {
            if (!value(&request.useClass))
                return Usage;
            haveUse = true;
        } else if (arg == QLatin1String("--quantity")) {
            if (!value(&text))
                return Usage;
            bool ok = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
                return c >= u'0' && c <= u'9';
            });
            request.quantity = ok ? text.toULongLong(&ok) : 0;
            if (!ok) {
                ctx.err << "price: --quantity: expected a non-negative integer, not " << text
                        << '\n';
                return Usage;
            }
            haveQuantity = true;
        } else if (arg == QLatin1String("--unit")) {
            if (!value(&text))
                return Usage;
            request.unit = text;
        } else if (arg == QLatin1String("--operator")) {
            if (!value(&text))
                return Usage;
            request.operatorCreditCode = text;
        } else if (arg == QLatin1String("--start")) {
            if (!date(&request.periodStart))
                return Usage;
        } else if (arg == QLatin1String("--end")) {
            if (!date(&request.periodEnd))
                return Usage;
        } else if (arg == QLatin1String("--on")) {
            std::optional<QDate> on;
            if (!date(&on))
                return Usage;
            request.reviewDate = *on;
        } else {
            ctx.err << "price: " << arg << ": unknown argument\n" << kPriceUsage;
            return Usage;
        }
    }
    if (rulesPath.isEmpty() || !haveProduct || !haveUse || !haveQuantity) {
        ctx.err << "price: --rules, --product, --use and --quantity are required\n" << kPriceUsage;
        return Usage;
    }
    if (request.periodStart.has_value() != request.periodEnd.has_value()) {
        ctx.err << "price: --start and --end go together\n";
        return Usage;
    }
    if (request.periodStart && *request.periodEnd < *request.periodStart) {
        ctx.err << "price: --end is before --start\n";
        return Usage;
    }
    if (!request.reviewDate.isValid())
        request.reviewDate = QDate::currentDate();

    const FeeRulesOutcome parsed = parseFeeRulesFile(rulesPath, rulesPath);
    if (!parsed.rules) {
        for (const Error &e : parsed.errors)
            ctx.err << e.toString() << '\n';
        return Refused;
    }
    const FeeResult result = computeFee(*parsed.rules, request);
    if (json) {
        ctx.out << QJsonDocument(toJson(*parsed.rules, request, result))
                       .toJson(QJsonDocument::Indented);
    } else {
        for (const QString &line : result.trace)
            ctx.out << line << '\n';
        ctx.out << "fee: " << result.fee.toJsonString() << '\n';
    }
    return Ok;
}

} // namespace gd::cli
