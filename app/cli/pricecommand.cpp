// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli.h"
#include "commandline.h"
#include "pricing/feeengine.h"
#include "pricing/feerules.h"

namespace gd::cli {
namespace {

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
    const QString cmd = QStringLiteral("price");
    QCommandLineParser parser;
    const QCommandLineOption rulesOpt(
        QStringLiteral("rules"),
        CommandLine::tr("The fee rule file (grantdesk.fee-rules/1). Required."),
        CommandLine::tr("FILE"));
    const QCommandLineOption productOpt(
        QStringLiteral("product"), CommandLine::tr("The product code in the rule file. Required."),
        CommandLine::tr("P"));
    const QCommandLineOption useOpt(
        QStringLiteral("use"),
        CommandLine::tr("The use class, as the rule file names it. Required."),
        CommandLine::tr("CLASS"));
    const QCommandLineOption quantityOpt(
        QStringLiteral("quantity"),
        CommandLine::tr(
            "The quantity in the product's billing unit, a non-negative integer. Required."),
        CommandLine::tr("N"));
    const QCommandLineOption unitOpt(
        QStringLiteral("unit"),
        CommandLine::tr("The unit the quantity is given in, when not the billing unit."),
        CommandLine::tr("U"));
    const QCommandLineOption smallOpt(
        QStringLiteral("small-business"),
        CommandLine::tr("The applicant is a small or micro business."));
    const QCommandLineOption priorityOpt(QStringLiteral("priority-scenario"),
                                         CommandLine::tr("The use is a priority scenario."));
    const QCommandLineOption operatorOpt(
        QStringLiteral("operator"),
        CommandLine::tr("The operator's unified social credit code: checks its revenue cap."),
        CommandLine::tr("CREDITCODE"));
    const QCommandLineOption startOpt(
        QStringLiteral("start"), CommandLine::tr("The first day of the use period (with --end)."),
        CommandLine::tr("DATE"));
    const QCommandLineOption endOpt(
        QStringLiteral("end"), CommandLine::tr("The last day of the use period (with --start)."),
        CommandLine::tr("DATE"));
    const QCommandLineOption onOpt(
        QStringLiteral("on"),
        CommandLine::tr("The review date the rules apply on (default: today)."),
        CommandLine::tr("DATE"));
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"), CommandLine::tr("Print the result, trace and findings as JSON."));
    parser.addOptions({rulesOpt, productOpt, useOpt, quantityOpt, unitOpt, smallOpt, priorityOpt,
                       operatorOpt, startOpt, endOpt, onOpt, jsonOpt});
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr(
                "The operation service fee under a fee rule file, with its trace and "
                "findings.\nDates are YYYY-MM-DD. Exit 0 priced, 2 the rule file is invalid, "
                "64 wrong usage.")))
        return *stop;

    FeeRequest request;
    const QString rulesPath = parser.value(rulesOpt);
    const bool json = parser.isSet(jsonOpt);
    request.smallBusiness = parser.isSet(smallOpt);
    request.priorityScenario = parser.isSet(priorityOpt);
    request.product = parser.value(productOpt);
    request.useClass = parser.value(useOpt);
    const bool haveProduct = parser.isSet(productOpt), haveUse = parser.isSet(useOpt),
               haveQuantity = parser.isSet(quantityOpt);
    if (haveQuantity) {
        const QString text = parser.value(quantityOpt);
        bool ok = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(),
                                                 [](QChar c) { return c >= u'0' && c <= u'9'; });
        request.quantity = ok ? text.toULongLong(&ok) : 0;
        if (!ok)
            return usageError(
                ctx, cmd,
                CommandLine::tr("--quantity: expected a non-negative integer, not %1").arg(text));
    }
    if (parser.isSet(unitOpt))
        request.unit = parser.value(unitOpt);
    if (parser.isSet(operatorOpt))
        request.operatorCreditCode = parser.value(operatorOpt);
    auto date = [&](const QCommandLineOption &option, std::optional<QDate> *out) {
        if (!parser.isSet(option))
            return true;
        const QString text = parser.value(option);
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10) {
            usageError(ctx, cmd,
                       CommandLine::tr("--%1: not a date (YYYY-MM-DD): %2")
                           .arg(option.names().constFirst(), text));
            return false;
        }
        *out = d;
        return true;
    };
    std::optional<QDate> on;
    if (!date(startOpt, &request.periodStart) || !date(endOpt, &request.periodEnd) ||
        !date(onOpt, &on))
        return Usage;
    if (on)
        request.reviewDate = *on;
    if (rulesPath.isEmpty() || !haveProduct || !haveUse || !haveQuantity) {
        return usageError(ctx, cmd,
                          CommandLine::tr("--rules, --product, --use and --quantity are required"));
    }
    if (request.periodStart.has_value() != request.periodEnd.has_value()) {
        return usageError(ctx, cmd, CommandLine::tr("--start and --end go together"));
    }
    if (request.periodStart && *request.periodEnd < *request.periodStart) {
        return usageError(ctx, cmd, CommandLine::tr("--end is before --start"));
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
