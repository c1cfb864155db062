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
    for (const QString &line : feeTraceLines(result))
        trace.append(line);
    QJsonArray findings;
    for (const FeeFinding &f : result.findings) {
        QJsonObject finding{{QStringLiteral("code"), f.code},
                            {QStringLiteral("message"), feeFindingText(f)}};
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

/** `price`'s options, in the order its --help lists them. */
struct PriceOptions
{
    QCommandLineOption rules{
        QStringLiteral("rules"),
        CommandLine::tr("The fee rule file (grantdesk.fee-rules/1). Required."),
        CommandLine::tr("FILE")};
    QCommandLineOption product{QStringLiteral("product"),
                               CommandLine::tr("The product code in the rule file. Required."),
                               CommandLine::tr("P")};
    QCommandLineOption use{QStringLiteral("use"),
                           CommandLine::tr("The use class, as the rule file names it. Required."),
                           CommandLine::tr("CLASS")};
    QCommandLineOption quantity{
        QStringLiteral("quantity"),
        CommandLine::tr(
            "The quantity in the product's billing unit, a non-negative integer. Required."),
        CommandLine::tr("N")};
    QCommandLineOption unit{
        QStringLiteral("unit"),
        CommandLine::tr("The unit the quantity is given in, when not the billing unit."),
        CommandLine::tr("U")};
    QCommandLineOption small{QStringLiteral("small-business"),
                             CommandLine::tr("The applicant is a small or micro business.")};
    QCommandLineOption priority{QStringLiteral("priority-scenario"),
                                CommandLine::tr("The use is a priority scenario.")};
    QCommandLineOption op{
        QStringLiteral("operator"),
        CommandLine::tr("The operator's unified social credit code: checks its revenue cap."),
        CommandLine::tr("CREDITCODE")};
    QCommandLineOption start{QStringLiteral("start"),
                             CommandLine::tr("The first day of the use period (with --end)."),
                             CommandLine::tr("DATE")};
    QCommandLineOption end{QStringLiteral("end"),
                           CommandLine::tr("The last day of the use period (with --start)."),
                           CommandLine::tr("DATE")};
    QCommandLineOption on{QStringLiteral("on"),
                          CommandLine::tr("The review date the rules apply on (default: today)."),
                          CommandLine::tr("DATE")};
    QCommandLineOption json{QStringLiteral("json"),
                            CommandLine::tr("Print the result, trace and findings as JSON.")};

    QList<QCommandLineOption> all() const
    {
        return {rules, product, use, quantity, unit, small, priority, op, start, end, on, json};
    }
};

/** --quantity as a non-negative integer into *quantity; false after saying why not. */
bool readQuantity(Context &ctx, const QString &text, quint64 *quantity)
{
    bool ok = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(),
                                             [](QChar c) { return c >= u'0' && c <= u'9'; });
    *quantity = ok ? text.toULongLong(&ok) : 0;
    if (!ok)
        usageError(
            ctx, QStringLiteral("price"),
            CommandLine::tr("--quantity: expected a non-negative integer, not %1").arg(text));
    return ok;
}

/** The dates --start, --end and --on into @p request; false after a usage error. */
bool readDates(Context &ctx, const QCommandLineParser &parser, const PriceOptions &options,
               FeeRequest *request)
{
    const QString cmd = QStringLiteral("price");
    QDate start, end, on;
    if (!dateOption(ctx, cmd, parser, options.start, &start) ||
        !dateOption(ctx, cmd, parser, options.end, &end) ||
        !dateOption(ctx, cmd, parser, options.on, &on))
        return false;
    if (start.isValid())
        request->periodStart = start;
    if (end.isValid())
        request->periodEnd = end;
    if (on.isValid())
        request->reviewDate = on;
    return true;
}

/** Parses price's arguments into *request and *rulesPath; the exit code when it stops. */
std::optional<int> readPriceRequest(Context &ctx, QCommandLineParser &parser,
                                    const PriceOptions &options, FeeRequest *request,
                                    QString *rulesPath)
{
    const QString cmd = QStringLiteral("price");
    parser.addOptions(options.all());
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr(
                "The operation service fee under a fee rule file, with its trace and "
                "findings.\nDates are YYYY-MM-DD. Exit 0 priced, 2 the rule file is invalid, "
                "64 wrong usage.")))
        return stop;
    *rulesPath = parser.value(options.rules);
    request->smallBusiness = parser.isSet(options.small);
    request->priorityScenario = parser.isSet(options.priority);
    request->product = parser.value(options.product);
    request->useClass = parser.value(options.use);
    if (parser.isSet(options.quantity) &&
        !readQuantity(ctx, parser.value(options.quantity), &request->quantity))
        return Usage;
    if (parser.isSet(options.unit))
        request->unit = parser.value(options.unit);
    if (parser.isSet(options.op))
        request->operatorCreditCode = parser.value(options.op);
    if (!readDates(ctx, parser, options, request))
        return Usage;
    if (rulesPath->isEmpty() || !parser.isSet(options.product) || !parser.isSet(options.use) ||
        !parser.isSet(options.quantity))
        return usageError(ctx, cmd,
                          CommandLine::tr("--rules, --product, --use and --quantity are required"));
    if (request->periodStart.has_value() != request->periodEnd.has_value())
        return usageError(ctx, cmd, CommandLine::tr("--start and --end go together"));
    if (request->periodStart && *request->periodEnd < *request->periodStart)
        return usageError(ctx, cmd, CommandLine::tr("--end is before --start"));
    if (!request->reviewDate.isValid())
        request->reviewDate = QDate::currentDate();
    return std::nullopt;
}

} // namespace

int price(Context &ctx)
{
    QCommandLineParser parser;
    const PriceOptions options;
    FeeRequest request;
    QString rulesPath;
    if (const auto stop = readPriceRequest(ctx, parser, options, &request, &rulesPath))
        return *stop;
    const FeeRulesOutcome parsed = parseFeeRulesFile(rulesPath, rulesPath);
    if (!parsed.rules) {
        for (const Error &e : parsed.errors)
            ctx.err << e.toString() << '\n';
        return Refused;
    }
    const FeeResult result = computeFee(*parsed.rules, request);
    if (parser.isSet(options.json)) {
        ctx.out << QJsonDocument(toJson(*parsed.rules, request, result))
                       .toJson(QJsonDocument::Indented);
    } else {
        for (const QString &line : feeTraceLines(result))
            ctx.out << line << '\n';
        ctx.out << "fee: " << result.fee.toJsonString() << '\n';
    }
    return Ok;
}

} // namespace gd::cli
