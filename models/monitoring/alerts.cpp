// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include "monitoring/alertsinternal.h"
#include "monitoring/snapshot.h"
#include "pricing/rulelibrary.h"
#include "store/database.h"

namespace gd::monitoring {

namespace internal {

QJsonObject callJson(const CallTable::Call &r)
{
    return {{QStringLiteral("id"), r.id()},
            {QStringLiteral("product"), r.product()},
            {QStringLiteral("operatorCode"), r.operatorCode()},
            {QStringLiteral("applicationId"), r.applicationId()},
            {QStringLiteral("periodStart"), iso(r.periodStart())},
            {QStringLiteral("periodEnd"), iso(r.periodEnd())},
            {QStringLiteral("calls"), double(r.calls())},
            {QStringLiteral("freeCalls"), double(r.freeCalls())},
            {QStringLiteral("revenue"), r.revenue().toJsonString()}};
}

} // namespace internal

using namespace internal;

namespace {

/** Where an unregistered or cancelled resource is used: authorizations and call records. */
struct ResourceUse
{
    QString code;
    QString name;
    QStringList apps;
    int authorizations = 0; // in force, asking for the resource
    QStringList records;
    qint64 calls = 0;
};

/** The uses of unregistered and of cancelled resources, keyed by code (or name). */
struct ResourceUses
{
    QMap<QString, ResourceUse> unregistered, cancelled;

    ResourceUse &of(RegistrationStatus status, const QString &key)
    {
        return (status == RegistrationStatus::Cancelled ? cancelled : unregistered)[key];
    }
};

/** Collects the uses of resources not registered or cancelled: by authorizations in force,
 * and by call records (for a cancelled one, only after its cancellation). */
ResourceUses problemResourceUses(const Evaluation &e)
{
    ResourceUses uses;
    for (const AppFacts *a : e.apps([&](const AppFacts &a) { return a.inForceOn(e.on); })) {
        for (const ResourceFacts &r : a->application.resources) {
            const RegistrationStatus status = statusOf(e.s, r.registrationCode);
            if (status != RegistrationStatus::Unregistered &&
                status != RegistrationStatus::Cancelled)
                continue;
            const QString key = r.registrationCode.isEmpty() ? r.name : r.registrationCode;
            ResourceUse &use = uses.of(status, key);
            use.code = r.registrationCode;
            use.name = r.name;
            use.apps << a->id;
            ++use.authorizations;
        }
    }
    // Each resource's entry in the register looked up once, not once per record.
    KeyMemo<const RegisteredResource *> entryOf(e.s.calls);
    KeyMemo<ResourceUse *> useOf(e.s.calls);
    for (const CallTable::Call &c : e.calls()) {
        if (c.resourceCode().isEmpty() || c.calls() == 0)
            continue;
        const RegisteredResource *entry = entryOf(c.resourceKey(), [&] {
            const auto it = e.s.registry.constFind(c.resourceCode());
            return it == e.s.registry.constEnd() ? nullptr : &it.value();
        });
        const RegistrationStatus status = entry ? entry->status : RegistrationStatus::Unregistered;
        if (status == RegistrationStatus::Cancelled) {
            // Only use after the cancellation counts.
            if (c.periodEnd() < entry->updatedAt)
                continue;
        } else if (status != RegistrationStatus::Unregistered) {
            continue;
        }
        ResourceUse &use = *useOf(c.resourceKey(), [&] {
            ResourceUse *u = &uses.of(status, c.resourceCode()); // a map's entries stay put
            u->code = c.resourceCode();
            if (u->name.isEmpty() && entry)
                u->name = entry->name;
            return u;
        });
        use.apps << c.applicationId();
        use.records << c.id();
        use.calls += c.calls();
    }
    return uses;
}

/** unregistered_resource: one alert for each resource in use that the register lacks. */
void unregisteredResourceAlerts(Evaluation &e, const QMap<QString, ResourceUse> &unregistered)
{
    for (auto it = unregistered.cbegin(); it != unregistered.cend(); ++it) {
        const ResourceUse &u = it.value();
        Alert a = make(alertcode::UnregisteredResource, AlertSeverity::Critical,
                       QStringLiteral("resource"), it.key(), u.name);
        a.reason =
            u.code.isEmpty()
                ? QCoreApplication::translate(
                      "Monitoring",
                      "Resource \"%1\" is used under an authorization in force but has no "
                      "registration code.")
                      .arg(u.name)
                : QCoreApplication::translate(
                      "Monitoring", "Resource %1 is in use (%2 calls reported) but is not in the "
                                    "resource register.")
                      .arg(u.code, QLocale().toString(u.calls));
        a.data = {{QStringLiteral("code"), u.code},
                  {QStringLiteral("name"), u.name},
                  {QStringLiteral("applications"), QJsonArray::fromStringList(u.apps)},
                  {QStringLiteral("records"), QJsonArray::fromStringList(u.records)},
                  {QStringLiteral("calls"), double(u.calls)}};
        a.applicationIds = u.apps;
        e.out.add(std::move(a));
    }
}

/** cancelled_resource: one alert for each cancelled resource still in use. */
void cancelledResourceAlerts(Evaluation &e, const QMap<QString, ResourceUse> &cancelled)
{
    for (auto it = cancelled.cbegin(); it != cancelled.cend(); ++it) {
        const ResourceUse &u = it.value();
        const RegisteredResource entry = e.s.registry.value(u.code);
        Alert a = make(alertcode::CancelledResource, AlertSeverity::Critical,
                       QStringLiteral("resource"), it.key(), u.name);
        a.reason = QCoreApplication::translate(
                       "Monitoring",
                       "Resource %1 (%2) was cancelled in the register on %3 but is still used: "
                       "%4 authorization(s) in force, %5 call record(s) since.")
                       .arg(u.code, u.name, iso(entry.updatedAt))
                       .arg(u.authorizations)
                       .arg(u.records.size());
        a.data = {{QStringLiteral("code"), u.code},
                  {QStringLiteral("name"), u.name},
                  {QStringLiteral("cancelledOn"), iso(entry.updatedAt)},
                  {QStringLiteral("applications"), QJsonArray::fromStringList(u.apps)},
                  {QStringLiteral("records"), QJsonArray::fromStringList(u.records)},
                  {QStringLiteral("calls"), double(u.calls)}};
        a.applicationIds = u.apps;
        e.out.add(std::move(a));
    }
}

// unregistered_resource and cancelled_resource: resources of authorizations in force, and
// resources named by call records.
void resourceAlerts(Evaluation &e)
{
    const ResourceUses uses = problemResourceUses(e);
    unregisteredResourceAlerts(e, uses.unregistered);
    cancelledResourceAlerts(e, uses.cancelled);
}

/** Revenue above the cap price of one operator for one product, over its call records. */
struct CapExcess
{
    QString operatorName;
    QJsonArray records;
    QStringList apps;
    Money revenue;
    Money allowed;
    Money cap;
    QString rulesVersion;
};

/** over_cap: per operator and product, call records charged above the cap price of the rules
 * in force when their period started. */
void overCapAlerts(Evaluation &e)
{
    QMap<std::pair<QString, QString>, CapExcess> overCap; // (operator, product)
    RecordRules rules(e.rules, e.s.calls);
    for (const CallTable::Call &c : e.calls()) {
        const RecordRules::Price &price = rules.of(c);
        if (!price.product || !RecordRules::overCap(c, price))
            continue;
        const FeeRules *rule = price.rule;
        const FeeProduct *p = price.product;
        const Money allowed = p->capPrice * quint64(c.chargedCalls());
        CapExcess &x = overCap[{c.operatorCode(), c.product()}];
        x.operatorName = c.operatorName();
        QJsonObject record = callJson(c);
        record.insert(QStringLiteral("allowed"), allowed.toJsonString());
        x.records.append(record);
        x.apps << c.applicationId();
        x.revenue += c.revenue();
        x.allowed += allowed;
        x.cap = p->capPrice;
        x.rulesVersion = rule->version;
    }
    for (auto it = overCap.cbegin(); it != overCap.cend(); ++it) {
        const CapExcess &x = it.value();
        Alert a = make(alertcode::OverCap, AlertSeverity::Warning, QStringLiteral("operator"),
                       it.key().first, x.operatorName);
        a.reason =
            QCoreApplication::translate(
                "Monitoring", "%1 charged %2 for %3 in %4 record(s), above the cap of %5 per unit "
                              "(%6 allowed under %7).")
                .arg(x.operatorName, x.revenue.toDisplay(), it.key().second)
                .arg(x.records.size())
                .arg(QStringLiteral("¥") + x.cap.toString(2), x.allowed.toDisplay(),
                     x.rulesVersion);
        a.data = {{QStringLiteral("product"), it.key().second},
                  {QStringLiteral("rules"), x.rulesVersion},
                  {QStringLiteral("capPrice"), x.cap.toString(2)},
                  {QStringLiteral("revenue"), x.revenue.toJsonString()},
                  {QStringLiteral("allowed"), x.allowed.toJsonString()},
                  {QStringLiteral("excess"), (x.revenue - x.allowed).toJsonString()},
                  {QStringLiteral("records"), x.records}};
        a.applicationIds = x.apps;
        e.out.add(std::move(a), it.key().second);
    }
}

/** The rules in force on the evaluation day that name operator @p code; when none is in force
 * any more, the newest one that started. */
QList<const FeeRules *> marRulesFor(const Evaluation &e, const QString &code)
{
    QList<const FeeRules *> applicable;
    const FeeRules *newest = nullptr;
    for (const FeeRules &rule : e.rules) {
        if (!rule.findOperator(code) || rule.effectiveFrom > e.on)
            continue;
        if (!rule.effectiveTo.isValid() || e.on <= rule.effectiveTo)
            applicable.append(&rule);
        if (!newest || rule.effectiveFrom > newest->effectiveFrom)
            newest = &rule;
    }
    if (applicable.isEmpty() && newest)
        applicable.append(newest);
    return applicable;
}

/** mar_exceeded: the operator's revenue under @p rule since it took effect, if above its
 * maximum allowed revenue. */
/** The first day of the pricing period of @p rule that @p day falls in. */
QDate pricingPeriodStart(const FeeRules &rule, const QDate &day)
{
    if (rule.pricingPeriodMonths <= 0)
        return rule.effectiveFrom; // one period: the whole effective span
    QDate start = rule.effectiveFrom;
    while (start.addMonths(rule.pricingPeriodMonths) <= day)
        start = start.addMonths(rule.pricingPeriodMonths);
    return start;
}

// mar_exceeded: an operator's revenue within one pricing period of @p rule above its MAR.
// @p calls: the operator's records among the evaluation's.
void marAlert(Evaluation &e, const QString &code, const QString &name, const FeeRules &rule,
              const QList<CallTable::Call> &calls)
{
    const FeeOperator *op = rule.findOperator(code);
    struct PeriodRevenue
    {
        RevenueSum revenue;
        QStringList records, apps;
    };
    QMap<QDate, PeriodRevenue> periods; // by the period's first day
    for (const CallTable::Call &c : calls) {
        if (!rule.product(c.product()) || c.periodStart() < rule.effectiveFrom)
            continue;
        PeriodRevenue &p = periods[pricingPeriodStart(rule, c.periodStart())];
        p.revenue.add(c);
        p.records << c.id();
        p.apps << c.applicationId();
    }
    for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
        const Money revenue = it->revenue.total();
        if (!(revenue > op->maxAllowedRevenue))
            continue;
        Alert a = make(alertcode::MarExceeded, AlertSeverity::Critical, QStringLiteral("operator"),
                       code, name);
        a.reason = QCoreApplication::translate(
                       "Monitoring", "%1 has earned %2 under %3 in the pricing period from %4, "
                                     "more than its maximum allowed revenue of %5 (by %6).")
                       .arg(name, revenue.toDisplay(), rule.version, iso(it.key()),
                            op->maxAllowedRevenue.toDisplay(),
                            (revenue - op->maxAllowedRevenue).toDisplay());
        a.data = {{QStringLiteral("rules"), rule.version},
                  {QStringLiteral("since"), iso(it.key())},
                  {QStringLiteral("revenue"), revenue.toJsonString()},
                  {QStringLiteral("maxAllowedRevenue"), op->maxAllowedRevenue.toJsonString()},
                  {QStringLiteral("excess"), (revenue - op->maxAllowedRevenue).toJsonString()},
                  {QStringLiteral("records"), QJsonArray::fromStringList(it->records)}};
        a.applicationIds = it->apps;
        // One alert a rule and period; the first period keeps the key it always had.
        e.out.add(std::move(a), it.key() == rule.effectiveFrom
                                    ? rule.version
                                    : rule.version + QLatin1Char('@') + iso(it.key()));
    }
}

// over_cap per operator and product; mar_exceeded per operator and rule.
void priceAlerts(Evaluation &e)
{
    overCapAlerts(e);

    // MAR: per operator with calls, the rules in force on the day that name it.
    // When none naming the operator is in force any more, the newest one that started.
    // Each operator's name as its last record gives it: kept by key as the records are walked.
    std::vector<std::optional<CallTable::Call>> lastOfOperator(size_t(e.s.calls.textCount()));
    for (const CallTable::Call &c : e.calls())
        lastOfOperator[c.operatorKey()] = c;
    QMap<QString, QString> operatorNames;
    for (const std::optional<CallTable::Call> &c : lastOfOperator) {
        if (c)
            operatorNames.insert(c->operatorCode(), c->operatorName());
    }
    QMap<QString, QList<const FeeRules *>> judged; // operators some rule gives a MAR
    for (auto it = operatorNames.cbegin(); it != operatorNames.cend(); ++it) {
        if (QList<const FeeRules *> rules = marRulesFor(e, it.key()); !rules.isEmpty())
            judged.insert(it.key(), std::move(rules));
    }
    // Their records in one walk, not one walk of every record per operator and rule.
    const QList<QString> codes = judged.keys();
    const auto calls =
        callsByOperator(e.s.calls, e.calls(), QSet<QString>(codes.cbegin(), codes.cend()));
    for (auto it = judged.cbegin(); it != judged.cend(); ++it) {
        for (const FeeRules *rule : it.value())
            marAlert(e, it.key(), operatorNames.value(it.key()), *rule, calls.value(it.key()));
    }
}

void incidentAlerts(Evaluation &e)
{
    for (const IncidentRecord &r : e.s.incidents) {
        if (!r.isOpenOn(e.on) || !e.s.matchesRecord(r.applicationId, r.operatorCode, e.filter))
            continue;
        const qint64 days = r.openedAt.date().daysTo(e.on);
        if (days <= e.settings.incidentOpenDays)
            continue;
        const bool serious =
            r.severity == QLatin1String("high") || r.severity == QLatin1String("critical");
        Alert a = make(alertcode::IncidentOpen,
                       serious ? AlertSeverity::Critical : AlertSeverity::Warning,
                       QStringLiteral("incident"), r.id, r.summary.left(80));
        a.reason = QCoreApplication::translate(
                       "Monitoring",
                       "Security incident %1 (%2) has been open for %3 days since %4, more than "
                       "the %5 days allowed.")
                       .arg(r.id, incidentSeverityLabel(r.severity))
                       .arg(days)
                       .arg(iso(r.openedAt.date()))
                       .arg(e.settings.incidentOpenDays);
        a.data = {{QStringLiteral("openedAt"), r.openedAt.toString(Qt::ISODate)},
                  {QStringLiteral("severity"), r.severity},
                  {QStringLiteral("daysOpen"), double(days)},
                  {QStringLiteral("thresholdDays"), e.settings.incidentOpenDays},
                  {QStringLiteral("responded"), r.respondedAt.isValid()},
                  {QStringLiteral("operatorCode"), r.operatorCode},
                  {QStringLiteral("resourceCode"), r.resourceCode}};
        a.applicationIds = {r.applicationId};
        e.out.add(std::move(a));
    }
}

void decisionAlerts(Evaluation &e)
{
    const QList<DecisionItem> items = decisionItems();
    for (const AppFacts *a : e.apps([&](const AppFacts &a) {
             return a.decided() && (!a.decidedOn.isValid() || a.decidedOn <= e.on);
         })) {
        const QStringList missing = a->missingDecisionItems();
        if (missing.isEmpty())
            continue;
        QStringList names;
        for (const DecisionItem &item : items) {
            if (missing.contains(item.id))
                names << item.what;
        }
        Alert alert = make(alertcode::DecisionIncomplete, AlertSeverity::Critical,
                           QStringLiteral("application"), a->id, subjectLabelOfApp(*a));
        alert.reason =
            QCoreApplication::translate("Monitoring", "The decision on %1 (%2) lacks: %3.")
                .arg(a->id, decisionLabel(a->decision),
                     names.join(QCoreApplication::translate("Monitoring", ", ")));
        alert.data = {{QStringLiteral("decision"), decisionCode(a->decision)},
                      {QStringLiteral("decidedOn"), iso(a->decidedOn)},
                      {QStringLiteral("version"), a->version},
                      {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}};
        alert.applicationIds = {a->id};
        e.out.add(std::move(alert));
    }
}

void filingAlerts(Evaluation &e)
{
    const int limit = e.settings.filingWorkingDays;
    QSet<QString> withAgreement;
    for (const FilingRecord &f : e.s.filings) {
        if (f.kind == QLatin1String("agreement") && !f.applicationId.isEmpty())
            withAgreement.insert(f.applicationId);
        if (f.kind == QLatin1String("disclosure") || !f.decidedAt.isValid() || f.decidedAt > e.on ||
            (f.filedAt.isValid() && f.filedAt <= e.on) || !e.s.matchesFiling(f, e.filter))
            continue;
        const int days = workingDaysBetween(f.decidedAt, e.on);
        if (days <= limit)
            continue;
        Alert a = make(alertcode::FilingOverdue, AlertSeverity::Warning, QStringLiteral("filing"),
                       f.id, f.partyName + QStringLiteral(" · ") + f.reference);
        a.reason = QCoreApplication::translate(
                       "Monitoring",
                       "The %1 %2 of %3 decided on %4 is not filed after %5 working days (due "
                       "by %6).")
                       .arg(f.kind == QLatin1String("plan")
                                ? QCoreApplication::translate("Monitoring", "plan")
                                : QCoreApplication::translate("Monitoring", "agreement"),
                            f.reference, f.partyName, iso(f.decidedAt))
                       .arg(days)
                       .arg(iso(addWorkingDays(f.decidedAt, limit))) +
                   workingDaysCaveat(f.decidedAt, e.on);
        a.data = {
            {QStringLiteral("kind"), f.kind},
            {QStringLiteral("reference"), f.reference},
            {QStringLiteral("decidedAt"), iso(f.decidedAt)},
            {QStringLiteral("due"), iso(addWorkingDays(f.decidedAt, limit))},
            {QStringLiteral("workingDays"), days},
            {QStringLiteral("thresholdWorkingDays"), limit},
            {QStringLiteral("holidayCalendar"), workingDaysCaveat(f.decidedAt, e.on).isEmpty()}};
        a.applicationIds = {f.applicationId};
        e.out.add(std::move(a));
    }
    // Approved decisions in the database with no agreement on file at all.
    for (const AppFacts *a : e.apps([&](const AppFacts &a) {
             return a.authorized() && !a.life && a.decidedOn.isValid() && a.decidedOn <= e.on &&
                    !withAgreement.contains(a.id);
         })) {
        const int days = workingDaysBetween(a->decidedOn, e.on);
        if (days <= limit)
            continue;
        Alert alert = make(alertcode::FilingOverdue, AlertSeverity::Warning,
                           QStringLiteral("application"), a->id, subjectLabelOfApp(*a));
        alert.reason =
            QCoreApplication::translate(
                "Monitoring", "No operation agreement of %1, approved on %2, is filed after %3 "
                              "working days (due by %4).")
                .arg(a->id, iso(a->decidedOn))
                .arg(days)
                .arg(iso(addWorkingDays(a->decidedOn, limit))) +
            workingDaysCaveat(a->decidedOn, e.on);
        alert.data = {
            {QStringLiteral("kind"), QStringLiteral("agreement")},
            {QStringLiteral("decidedAt"), iso(a->decidedOn)},
            {QStringLiteral("due"), iso(addWorkingDays(a->decidedOn, limit))},
            {QStringLiteral("workingDays"), days},
            {QStringLiteral("thresholdWorkingDays"), limit},
            {QStringLiteral("holidayCalendar"), workingDaysCaveat(a->decidedOn, e.on).isEmpty()}};
        alert.applicationIds = {a->id};
        e.out.add(std::move(alert));
    }
}

/** A party (operator or implementing body) active in a year, with why and in which cases. */
struct Party
{
    QString kind;
    QString id;
    QString name;
    QStringList apps;
    QStringList why;
};

const QString kOperatorParty = QStringLiteral("operator");
const QString kBodyParty = QStringLiteral("implementing_body");

/** The parties active between @p start and @p end, keyed by (kind, id): by authorizations,
 * by calls and by filings other than disclosures. */
QMap<std::pair<QString, QString>, Party> activeParties(const Evaluation &e, const QDate &start,
                                                       const QDate &end)
{
    QHash<std::pair<QString, QString>, Party> active;
    auto mark = [&](const QString &kind, const QString &id, const QString &name,
                    const QStringList &apps, const QString &why) {
        Party &p = active[{kind, id}];
        p.kind = kind;
        p.id = id;
        if (p.name.isEmpty())
            p.name = name;
        p.apps << apps;
        if (!p.why.contains(why))
            p.why << why;
    };
    const QString &ob = kOperatorParty, &body = kBodyParty;
    for (const AppFacts *a : e.apps([&](const AppFacts &a) {
             return a.overlaps(start, end) && (!a.decidedOn.isValid() || a.decidedOn <= end);
         })) {
        mark(ob, a->application.operatorCode, a->application.operatorName, {a->id},
             QStringLiteral("authorization"));
        if (!a->application.implementingBody.isEmpty())
            mark(body, a->application.implementingBody, a->application.implementingBody, {a->id},
                 QStringLiteral("authorization"));
    }
    // The records' operators, and the bodies of the cases they name: each found once by its
    // key, marked once with every record's case (millions of records, a few hundred parties).
    QList<Party> byCalls;
    QHash<QString, qsizetype> bodyParty;
    KeyMemo<qsizetype> partyOfOperator(e.s.calls), partyOfBody(e.s.calls); // -1: no body
    for (const CallTable::Call c : e.s.calls) {
        if (c.periodStart() > end || c.periodEnd() < start || c.calls() <= 0 ||
            !e.s.matchesRecord(c.applicationId(), c.operatorCode(), e.filter))
            continue;
        const qsizetype op = partyOfOperator(c.operatorKey(), [&] {
            byCalls.append({ob, c.operatorCode(), {}, {}, {}});
            return byCalls.size() - 1;
        });
        if (byCalls.at(op).name.isEmpty())
            byCalls[op].name = c.operatorName(); // the first name given, as mark() keeps it
        byCalls[op].apps << c.applicationId();
        const qsizetype b = partyOfBody(c.applicationKey(), [&]() -> qsizetype {
            const AppFacts *a = e.s.app(c.applicationId());
            if (!a || a->application.implementingBody.isEmpty())
                return -1;
            const QString &name = a->application.implementingBody;
            if (const auto it = bodyParty.constFind(name); it != bodyParty.constEnd())
                return it.value();
            byCalls.append({body, name, name, {}, {}});
            bodyParty.insert(name, byCalls.size() - 1);
            return byCalls.size() - 1;
        });
        if (b >= 0)
            byCalls[b].apps << c.applicationId();
    }
    for (const Party &p : std::as_const(byCalls))
        mark(p.kind, p.id, p.name, p.apps, QStringLiteral("calls"));
    for (const FilingRecord &f : e.s.filings) {
        if (f.kind == QLatin1String("disclosure"))
            continue;
        const QDate from = f.validFrom.isValid() ? f.validFrom : f.decidedAt;
        if (from.isValid() && from <= end && (!f.validTo.isValid() || f.validTo >= start) &&
            e.s.matchesFiling(f, e.filter))
            mark(f.partyKind, f.partyId, f.partyName, {f.applicationId}, f.kind);
    }
    QMap<std::pair<QString, QString>, Party> sorted;
    for (auto it = active.begin(); it != active.end(); ++it)
        sorted.insert(it.key(), std::move(it.value()));
    return sorted;
}

/** The parties (kind, id) whose disclosure for @p year is published by the evaluation day. */
QSet<std::pair<QString, QString>> disclosedParties(const Evaluation &e, int year)
{
    QSet<std::pair<QString, QString>> disclosed;
    for (const FilingRecord &f : e.s.filings) {
        if (f.kind == QLatin1String("disclosure") && f.year == year && f.publishedAt <= e.on)
            disclosed.insert({f.partyKind, f.partyId});
    }
    return disclosed;
}

/** Whether party @p p shows under the evaluation's filter: one that names it or its cases. */
bool partyShownUnderFilter(const Evaluation &e, const Party &p)
{
    if (e.filter.isEmpty())
        return true;
    if (!e.filter.operatorCode.isEmpty() && p.kind == kOperatorParty &&
        p.id != e.filter.operatorCode)
        return false;
    if (!e.filter.implementingBody.isEmpty() && p.kind == kBodyParty &&
        p.id != e.filter.implementingBody)
        return false;
    return true;
}

// disclosure_due: parties active last year that have not published its disclosure.
void disclosureAlerts(Evaluation &e)
{
    const int year = e.on.year() - 1;
    const QDate start(year, 1, 1), end(year, 12, 31);
    const QMap<std::pair<QString, QString>, Party> active = activeParties(e, start, end);
    const QSet<std::pair<QString, QString>> disclosed = disclosedParties(e, year);
    const QDate due = e.settings.disclosureDueDate(e.on.year());
    const QDate warnFrom = due.addMonths(-1).addDays(1);
    const AlertSeverity severity = e.on < warnFrom ? AlertSeverity::Info
                                   : e.on <= due   ? AlertSeverity::Warning
                                                   : AlertSeverity::Critical;
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        if (disclosed.contains(it.key()))
            continue;
        const Party &p = it.value();
        if (!partyShownUnderFilter(e, p))
            continue;
        Alert a = make(alertcode::DisclosureDue, severity, p.kind, p.id, p.name);
        a.reason =
            (p.kind == kOperatorParty
                 ? QCoreApplication::translate(
                       "Monitoring", "Operator %1 was active in %2 but has not disclosed it; "
                                     "the disclosure is due by %3.")
                 : QCoreApplication::translate("Monitoring",
                                               "Implementing body %1 was active in %2 but has not "
                                               "disclosed it; the disclosure is due by %3."))
                .arg(p.name)
                .arg(year)
                .arg(iso(due));
        a.data = {{QStringLiteral("year"), year},
                  {QStringLiteral("due"), iso(due)},
                  {QStringLiteral("partyKind"), p.kind},
                  {QStringLiteral("activity"), QJsonArray::fromStringList(p.why)}};
        a.applicationIds = p.apps;
        e.out.add(std::move(a), QString::number(year));
    }
}

int rank(AlertSeverity s)
{
    return s == AlertSeverity::Critical ? 0 : s == AlertSeverity::Warning ? 1 : 2;
}

} // namespace

AlertEngine::AlertEngine(std::shared_ptr<Database> db, QList<FeeRules> rules,
                         MonitoringSettings settings)
    : m_db(std::move(db))
    , m_rules(std::move(rules))
    , m_settings(settings)
{}

AlertEngine::AlertEngine(std::shared_ptr<Database> db)
    : AlertEngine(std::move(db), RuleLibrary().rules(), MonitoringSettings::load())
{}

Result<QList<Alert>> AlertEngine::evaluate(const QDate &on, const MonitoringFilter &filter) const
{
    auto snapshot = Snapshot::load(m_db);
    if (!snapshot)
        return snapshot.error();
    return evaluate(on, filter, snapshot.value());
}

Result<QList<Alert>> AlertEngine::evaluate(const QDate &on, const MonitoringFilter &filter,
                                           const Snapshot &snapshot) const
{
    QList<Alert> alerts = judge(on, filter, snapshot);
    if (Status acknowledged = acknowledge(alerts); !acknowledged)
        return acknowledged.error();
    return alerts;
}

Status AlertEngine::acknowledge(QList<Alert> &alerts) const
{
    auto acks = AlertAcknowledgements(m_db).all();
    if (!acks)
        return acks.error();
    for (Alert &a : alerts) {
        if (const auto it = acks->constFind(a.key); it != acks->constEnd())
            a.acknowledgement = it.value();
    }
    return success();
}

QList<Alert> AlertEngine::judge(const QDate &on, const MonitoringFilter &filter,
                                const Snapshot &snapshot) const
{
    const QDate day = on.isValid() ? on : QDate::currentDate();
    Evaluation e{snapshot,
                 m_rules,
                 m_settings,
                 day,
                 filter,
                 Collector(),
                 Evaluation::selectCalls(snapshot, day, filter),
                 Evaluation::filingEnds(snapshot)};
    resourceAlerts(e);
    priceAlerts(e);
    expiringAlerts(e);
    expiredInUseAlerts(e);
    incidentAlerts(e);
    decisionAlerts(e);
    filingAlerts(e);
    disclosureAlerts(e);
    lifecycleDueAlerts(e);
    revokedInUseAlerts(e);
    QList<Alert> alerts = e.out.take();

    // By severity, by the codes' order, then by key; each alert's place in the order of codes
    // looked up once, not at each comparison (several hundred thousand alerts at a million).
    const QStringList order = alertcode::all();
    QHash<QString, qsizetype> codeIndex;
    for (qsizetype i = order.size(); i-- > 0;)
        codeIndex.insert(order.at(i), i); // the first of equal codes, as indexOf() finds
    std::vector<qsizetype> codeOf(size_t(alerts.size())), sorted(size_t(alerts.size()));
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        codeOf[size_t(i)] = codeIndex.value(alerts.at(i).code, -1);
        sorted[size_t(i)] = i;
    }
    std::stable_sort(sorted.begin(), sorted.end(), [&](qsizetype a, qsizetype b) {
        const Alert &x = alerts.at(a), &y = alerts.at(b);
        if (rank(x.severity) != rank(y.severity))
            return rank(x.severity) < rank(y.severity);
        if (x.code != y.code)
            return codeOf[size_t(a)] < codeOf[size_t(b)];
        return x.key < y.key;
    });
    QList<Alert> out;
    out.reserve(alerts.size());
    for (const qsizetype i : sorted)
        out.append(std::move(alerts[i]));
    return out;
}

} // namespace gd::monitoring
