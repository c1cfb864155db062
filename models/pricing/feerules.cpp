// SPDX-License-Identifier: GPL-3.0-or-later
#include "feerules.h"

#include <QSet>

#include "core/jsonreader.h"

namespace gd {
namespace {

/** Percentages may carry more decimals than money ("12.5", "33.3333"). */
constexpr int kPercentDecimals = 6;
constexpr qint64 kMaxQuantity = 9007199254740991LL; // 2^53 - 1, what JSON numbers hold exactly

std::optional<Money> readMoney(const ValueReader &value)
{
    if (!value.present())
        return std::nullopt;
    if (!value.raw().isString()) {
        value.error(QStringLiteral("expected a decimal string such as \"12.50\", not a %1")
                        .arg(QLatin1String(value.raw().isDouble() ? "number" : "non-string")));
        return std::nullopt;
    }
    QString why;
    auto money = Money::parse(value.raw().toString(), Money::kMoneyDecimals, &why);
    if (!money)
        value.error(why);
    return money;
}

std::optional<Money> readPercent(const ValueReader &value)
{
    if (!value.present())
        return std::nullopt;
    if (!value.raw().isString()) {
        value.error(QStringLiteral("expected a decimal string such as \"12.5\""));
        return std::nullopt;
    }
    const QString text = value.raw().toString();
    QString why;
    auto percent = Money::parseSigned(text, kPercentDecimals, &why);
    if (!percent) {
        value.error(why);
        return std::nullopt;
    }
    if (percent->isNegative() || *percent > Money::fromUnsigned(100)) {
        value.error(QStringLiteral("percent must be between 0 and 100, not %1").arg(text));
        return std::nullopt;
    }
    return percent;
}

void readProduct(ObjectReader product, FeeProduct &out)
{
    out.id = product.required("id").string(1, 100).value_or(QString());
    out.name = product.required("name").string(1, 200).value_or(QString());
    out.billingUnit = product.required("billingUnit").string(1, 50).value_or(QString());
    const auto cap = readMoney(product.required("capPrice"));
    out.capPrice = cap.value_or(Money());
    const ValueReader fixed = product.optional("fixedFee");
    out.fixedFee = fixed.present() ? readMoney(fixed).value_or(Money()) : Money();

    const ValueReader tiersValue = product.required("tiers");
    const ArrayReader tiers = tiersValue.array(1);
    quint64 previous = 0;
    bool previousKnown = true; // false after a band whose upTo was refused
    bool openSeen = false;
    for (int i = 0; i < tiers.size(); ++i) {
        ObjectReader tier = tiers.at(i).object();
        if (!tier.valid())
            continue;
        FeeTier band;
        const ValueReader upTo = tier.required("upTo");
        if (upTo.present() && upTo.raw().isNull()) {
            if (i != tiers.size() - 1)
                upTo.error(QStringLiteral("only the last band may be open (upTo: null)"));
            openSeen = true;
        } else if (const auto limit = upTo.integer(1, kMaxQuantity)) {
            band.upTo = quint64(*limit);
            if (previousKnown && quint64(*limit) <= previous)
                upTo.error(QStringLiteral("bands must be strictly increasing: %1 is not above the "
                                          "previous band's %2")
                               .arg(*limit)
                               .arg(previous));
            previous = quint64(*limit);
            previousKnown = true;
        } else {
            previousKnown = false; // do not compare the next band against an unknown one
        }
        const ValueReader price = tier.required("price");
        if (const auto p = readMoney(price)) {
            band.price = *p;
            if (cap && *p > *cap)
                price.error(QStringLiteral("price %1 is above the product's capPrice %2")
                                .arg(p->toString(2), cap->toString(2)));
        }
        tier.refuseUnknownFields();
        out.tiers.append(band);
    }
    if (tiers.valid() && tiers.size() > 0 && !openSeen)
        tiersValue.error(QStringLiteral("the last band must be open (upTo: null)"));
    product.refuseUnknownFields();
}

/** effective.from and effective.to, the end not before the start. */
void readEffective(ObjectReader effective, FeeRules &rules)
{
    if (!effective.valid())
        return;
    rules.effectiveFrom = effective.required("from").date().value_or(QDate());
    const ValueReader to = effective.required("to");
    rules.effectiveTo = to.date().value_or(QDate());
    if (rules.effectiveFrom.isValid() && rules.effectiveTo.isValid() &&
        rules.effectiveTo < rules.effectiveFrom)
        to.error(QStringLiteral("%1 is before effective.from %2")
                     .arg(rules.effectiveTo.toString(Qt::ISODate),
                          rules.effectiveFrom.toString(Qt::ISODate)));
    effective.refuseUnknownFields();
}

void readDiscounts(const ArrayReader &discounts, FeeRules &rules)
{
    for (int i = 0; i < discounts.size(); ++i) {
        ObjectReader d = discounts.at(i).object();
        if (!d.valid())
            continue;
        FeeDiscount discount;
        discount.when = d.required("when").oneOf(FeeRules::discountFlags()).value_or(QString());
        discount.percent = readPercent(d.required("percent")).value_or(Money());
        d.refuseUnknownFields();
        rules.discounts.append(discount);
    }
}

/** Operators by credit code, each once (compared in upper case). */
void readOperators(const ArrayReader &operators, FeeRules &rules)
{
    QSet<QString> seen;
    for (int i = 0; i < operators.size(); ++i) {
        ObjectReader o = operators.at(i).object();
        if (!o.valid())
            continue;
        FeeOperator op;
        const ValueReader code = o.required("creditCode");
        op.creditCode = code.string(1, 18).value_or(QString());
        if (!op.creditCode.isEmpty() && seen.contains(op.creditCode.toUpper()))
            code.error(QStringLiteral("duplicate operator %1").arg(op.creditCode));
        seen.insert(op.creditCode.toUpper());
        op.maxAllowedRevenue = readMoney(o.required("maxAllowedRevenue")).value_or(Money());
        op.revenueToDate = readMoney(o.required("revenueToDate")).value_or(Money());
        o.refuseUnknownFields();
        rules.operators.append(op);
    }
}

/** Products, each id once. */
void readProducts(JsonReader &reader, const ArrayReader &products, FeeRules &rules)
{
    QSet<QString> seen;
    for (int i = 0; i < products.size(); ++i) {
        ObjectReader p = products.at(i).object();
        if (!p.valid())
            continue;
        FeeProduct product;
        readProduct(p, product);
        if (!product.id.isEmpty() && seen.contains(product.id))
            reader.error(products.at(i).path() + QStringLiteral(".id"),
                         QStringLiteral("duplicate product id %1").arg(product.id));
        seen.insert(product.id);
        rules.products.append(product);
    }
}

} // namespace

QStringList FeeRules::discountFlags()
{
    return {QStringLiteral("priorityScenario"), QStringLiteral("smallBusiness")};
}

const FeeProduct *FeeRules::product(const QString &id) const
{
    for (const FeeProduct &p : products) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const FeeOperator *FeeRules::findOperator(const QString &creditCode) const
{
    for (const FeeOperator &o : operators) {
        if (o.creditCode.compare(creditCode, Qt::CaseInsensitive) == 0)
            return &o;
    }
    return nullptr;
}

QStringList FeeRules::productIds() const
{
    QStringList ids;
    for (const FeeProduct &p : products)
        ids << p.id;
    return ids;
}

QString FeeRules::displayName() const
{
    return QStringLiteral("%1 (%2)").arg(version, region);
}

FeeRulesOutcome parseFeeRules(const QByteArray &json, const QString &label)
{
    JsonReader reader(label);
    FeeRulesOutcome outcome;
    auto root = reader.parseObject(json);
    if (!root) {
        outcome.errors = reader.errors();
        return outcome;
    }
    FeeRules rules;
    rules.format = root->required("format")
                       .constant(QString::fromLatin1(FeeRules::kFormat))
                       .value_or(QString());
    rules.version = root->required("version").string(1, 100).value_or(QString());
    rules.region = root->required("region").string(1, 100).value_or(QString());
    rules.issuedBy = root->required("issuedBy").string(1, 200).value_or(QString());
    readEffective(root->required("effective").object(), rules);
    rules.trial = root->required("trial").boolean().value_or(false);
    const ArrayReader classes = root->required("freeUseClasses").array();
    for (int i = 0; i < classes.size(); ++i) {
        if (const auto c = classes.at(i).string(1, 100))
            rules.freeUseClasses << *c;
    }
    rules.maxTermMonths = int(root->required("maxTermMonths").integer(1, 1200).value_or(0));
    rules.pricingPeriodMonths =
        int(root->optional("pricingPeriodMonths").integer(1, 120).value_or(0));
    readDiscounts(root->required("discounts").array(), rules);
    const auto stacking =
        root->required("stacking")
            .oneOf(QStringList{QStringLiteral("multiply"), QStringLiteral("best")});
    rules.stacking = stacking == QLatin1String("best") ? FeeStacking::Best : FeeStacking::Multiply;
    readOperators(root->required("operators").array(), rules);
    readProducts(reader, root->required("products").array(1), rules);
    root->refuseUnknownFields();

    if (reader.hasErrors())
        outcome.errors = reader.errors();
    else
        outcome.rules = std::move(rules);
    return outcome;
}

FeeRulesOutcome parseFeeRulesFile(const QString &filePath, const QString &label)
{
    return parseJsonFile(filePath, label, parseFeeRules);
}

} // namespace gd
