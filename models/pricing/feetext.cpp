// SPDX-License-Identifier: GPL-3.0-or-later
// The fee trace and the fee findings in words: the engine and review.json keep codes and
// numbers only (docs/formats/package.md), so the same review gives the same record in any
// language; these functions word them in the installed one, when they are shown.
#include <QCoreApplication>

#include "domain/money.h"
#include "domain/vocabulary.h"
#include "pricing/feeengine.h"

namespace gd {
namespace {

/** "1234567.5" → "1,234,567.50": exact, grouped, at least two decimals. */
QString grouped(const QString &plain, int minDecimals)
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
    QString fraction = point < 0 ? QString() : text.mid(point + 1);
    while (fraction.size() < minDecimals)
        fraction += QLatin1Char('0');
    if (!fraction.isEmpty())
        out += QLatin1Char('.') + fraction;
    return negative ? QLatin1Char('-') + out : out;
}

/** A step's or a finding's parameters, read for wording. */
class Params
{
public:
    explicit Params(const QJsonObject &params)
        : m_params(params)
    {}

    QString text(const char *key) const
    {
        const QJsonValue v = m_params.value(QLatin1String(key));
        return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    }
    QString amount(const char *key) const { return grouped(text(key), 2); }
    QString count(const char *key) const { return grouped(text(key), 0); }
    QString percent(const char *key) const { return text(key) + QLatin1Char('%'); }
    QString unit(const char *key) const { return vocabulary::label("billingUnit", text(key)); }
    QString flag(const char *key) const
    {
        const QString when = text(key);
        if (when == QLatin1String("priorityScenario"))
            return QCoreApplication::translate("FeeEngine", "priority scenario");
        if (when == QLatin1String("smallBusiness"))
            return QCoreApplication::translate("FeeEngine", "small business");
        return when;
    }

private:
    QJsonObject m_params;
};

QString findingText(const QString &code, const Params &p)
{
    if (code == feefinding::TrialSchedule)
        return QCoreApplication::translate(
                   "FeeEngine",
                   "Rule file %1 is a trial schedule; the fee may change when it is finalized.")
            .arg(p.text("rulesVersion"));
    if (code == feefinding::OutsideEffective)
        return QCoreApplication::translate(
                   "FeeEngine",
                   "The review date %1 is outside the rule file's effective period %2 to %3.")
            .arg(p.text("date"), p.text("from"), p.text("to"));
    if (code == feefinding::TermOverCap)
        return QCoreApplication::translate(
                   "FeeEngine", "The period of %1 months is longer than the maximum of %2 months.")
            .arg(p.text("months"), p.text("maxMonths"));
    if (code == feefinding::UnitMismatch)
        return QCoreApplication::translate(
                   "FeeEngine",
                   "The billing unit %1 differs from the product's %2; the quantity is priced in "
                   "%2.")
            .arg(p.unit("unit"), p.unit("productUnit"));
    if (code == feefinding::MarExceeded)
        return QCoreApplication::translate(
                   "FeeEngine", "The operator's maximum allowed revenue %1 is exceeded by %2.")
            .arg(p.amount("maxAllowedRevenue"), p.amount("over"));
    if (code == feefinding::UnknownProduct)
        return QCoreApplication::translate("FeeEngine",
                                           "Product %1 is not in rule file %2; no fee is computed.")
            .arg(p.text("product"), p.text("rulesVersion"));
    if (code == feefinding::FreeUse)
        return QCoreApplication::translate(
                   "FeeEngine",
                   "Use class %1 is free of charge under rule file %2: the fee is 0.00.")
            .arg(vocabulary::label("useClass", p.text("useClass")), p.text("rulesVersion"));
    return QCoreApplication::translate("FeeEngine",
                                       "A finding this version of GrantDesk does not know.");
}

/** The steps before the discounts: rule file, period, product, bands, gross. */
QString pricingLine(const QString &code, const Params &p)
{
    if (code == feetrace::Rules)
        return QCoreApplication::translate("FeeEngine", "Rule file %1 (%2), effective %3 to %4.")
            .arg(p.text("rulesVersion"), p.text("region"), p.text("from"), p.text("to"));
    if (code == feetrace::Period)
        return QCoreApplication::translate(
                   "FeeEngine",
                   "Period %1 to %2: %3 months (a started month counts in full); the maximum is "
                   "%4 months.")
            .arg(p.text("start"), p.text("end"), p.text("months"), p.text("maxMonths"));
    if (code == feetrace::Product)
        return QCoreApplication::translate(
                   "FeeEngine",
                   "Product %1 %2, billed %3, cap price %4; requested quantity %5 (%3).")
            .arg(p.text("product"), p.text("name"), p.unit("unit"), p.amount("capPrice"),
                 p.count("quantity"));
    if (code == feetrace::Band) {
        const QString upTo = p.text("upTo");
        const std::optional<quint64> top =
            upTo.isEmpty() ? std::nullopt : std::optional<quint64>(upTo.toULongLong());
        return QCoreApplication::translate("FeeEngine", "Band %1 (%2): %3 × %4 = %5")
            .arg(p.text("band"), feeBandLabel(p.text("from").toULongLong(), top), p.count("units"),
                 p.amount("price"), p.amount("amount"));
    }
    if (code == feetrace::FixedFee)
        return QCoreApplication::translate("FeeEngine", "Fixed fee: %1").arg(p.amount("amount"));
    if (code == feetrace::Gross)
        return QCoreApplication::translate("FeeEngine", "Gross fee (exact): %1")
            .arg(p.amount("amount"));
    return {};
}

/** The steps from the discounts on: discounts, rounding, operator, the fee. */
QString discountLine(const QString &code, const Params &p)
{
    if (code == feetrace::DiscountNotSet)
        return QCoreApplication::translate(
                   "FeeEngine", "Discount for %1 (%2) does not apply: the flag is not set.")
            .arg(p.flag("when"), p.percent("percent"));
    if (code == feetrace::StackingBest)
        return QCoreApplication::translate(
                   "FeeEngine",
                   "Stacking \"best\": only the largest matching discount applies (%1, %2).")
            .arg(p.flag("when"), p.percent("percent"));
    if (code == feetrace::StackingMultiply)
        return QCoreApplication::translate(
            "FeeEngine",
            "Stacking \"multiply\": every matching discount applies, in the listed order.");
    if (code == feetrace::Discount)
        return QCoreApplication::translate("FeeEngine", "Discount for %1, %2: %3 × %4 = %5")
            .arg(p.flag("when"), p.percent("percent"), p.amount("before"), p.amount("factor"),
                 p.amount("after"));
    if (code == feetrace::Rounded)
        return QCoreApplication::translate("FeeEngine", "Rounded once to the fen, half up: %1 → %2")
            .arg(p.amount("net"), p.amount("fee"));
    if (code == feetrace::NoOperator)
        return QCoreApplication::translate(
            "FeeEngine", "No operator given: no check against a maximum allowed revenue.");
    if (code == feetrace::Operator)
        return QCoreApplication::translate(
                   "FeeEngine",
                   "Operator %1: revenue to date %2 + this fee %3 = %4; maximum allowed revenue "
                   "%5.")
            .arg(p.text("operator"), p.amount("revenueToDate"), p.amount("fee"), p.amount("total"),
                 p.amount("maxAllowedRevenue"));
    if (code == feetrace::UnknownOperator)
        return QCoreApplication::translate(
                   "FeeEngine",
                   "No operator entry for %1 in rule file %2: no check against a maximum allowed "
                   "revenue.")
            .arg(p.text("operator"), p.text("rulesVersion"));
    if (code == feetrace::Fee)
        return QCoreApplication::translate("FeeEngine", "Fee: %1").arg(p.amount("fee"));
    return {};
}

} // namespace

QString feeBandLabel(quint64 from, std::optional<quint64> upTo)
{
    const QString start = grouped(QString::number(from + (upTo ? 1 : 0)), 0);
    return upTo ? QCoreApplication::translate("FeeEngine", "%1 – %2")
                      .arg(start, grouped(QString::number(*upTo), 0))
                : QCoreApplication::translate("FeeEngine", "above %1").arg(start);
}

QString feeFindingText(const FeeFinding &finding)
{
    return findingText(finding.code, Params(finding.params));
}

QString feeTraceLine(const FeeTraceStep &step)
{
    const Params p(step.params);
    if (step.code == feetrace::Finding)
        return QCoreApplication::translate("FeeEngine", "Finding: %1")
            .arg(findingText(p.text("code"), p));
    QString line = pricingLine(step.code, p);
    if (line.isEmpty())
        line = discountLine(step.code, p);
    return line.isEmpty() ? QCoreApplication::translate(
                                "FeeEngine", "A step this version of GrantDesk does not know.")
                          : line;
}

QStringList feeTraceLines(const FeeResult &result)
{
    QStringList lines;
    lines.reserve(result.trace.size());
    for (const FeeTraceStep &step : result.trace)
        lines << feeTraceLine(step);
    return lines;
}

} // namespace gd
