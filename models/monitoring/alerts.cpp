// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include "lifecycle/lifecyclerules.h"
#include "monitoring/snapshot.h"
#include "pricing/rulelibrary.h"
#include "store/database.h"

namespace gd::monitoring {
namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString subjectLabelOfApp(const AppFacts &a)
{
    return a.application.scenario.name;
}

/** Collects alerts, merging ones with the same key (keeps the first, adds application ids). */
class Collector
{
public:
    void add(Alert alert, const QString &qualifier = {})
    {
        alert.key = alert.code + QLatin1Char(':') + alert.subject.kind + QLatin1Char(':') +
                    alert.subject.id +
                    (qualifier.isEmpty() ? QString() : QLatin1Char(':') + qualifier);
        alert.applicationIds.removeAll(QString());
        alert.applicationIds.removeDuplicates();
        alert.applicationIds.sort();
        if (const auto it = m_index.constFind(alert.key); it != m_index.constEnd()) {
            Alert &existing = m_alerts[it.value()];
            for (const QString &id : std::as_const(alert.applicationIds)) {
                if (!existing.applicationIds.contains(id))
                    existing.applicationIds.append(id);
            }
            existing.applicationIds.sort();
            return;
        }
        m_index.insert(alert.key, int(m_alerts.size()));
        m_alerts.append(std::move(alert));
    }
    QList<Alert> take() { return std::move(m_alerts); }

private:
    QList<Alert> m_alerts;
    QHash<QString, int> m_index;
};

Alert make(const QString &code, AlertSeverity severity, const QString &kind, const QString &id,
           const QString &label)
{
    Alert a;
    a.code = code;
    a.severity = severity;
    a.subject = {kind, id, label};
    return a;
}

struct Evaluation
{
    const Snapshot &s;
    const QList<FeeRules> &rules;
    const MonitoringSettings &settings;
    QDate on;
    MonitoringFilter filter;
    Collector out;

    QList<const AppFacts *> apps(auto predicate) const
    {
        QList<const AppFacts *> list;
        for (const AppFacts &a : s.apps) {
            if (s.matches(a, filter) && predicate(a))
                list.append(&a);
        }
        return list;
    }
    /** Call records reported up to the evaluation day (the period has started). */
    QList<const CallRecord *> calls() const
    {
        QList<const CallRecord *> list;
        for (const CallRecord &c : s.calls) {
            if (c.periodStart <= on && s.matchesRecord(c.applicationId, c.operatorCode, filter))
                list.append(&c);
        }
        return list;
    }
};

QJsonObject callJson(const CallRecord &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("product"), r.product},
            {QStringLiteral("operatorCode"), r.operatorCode},
            {QStringLiteral("applicationId"), r.applicationId},
            {QStringLiteral("periodStart"), iso(r.periodStart)},
            {QStringLiteral("periodEnd"), iso(r.periodEnd)},
            {QStringLiteral("calls"), double(r.calls)},
            {QStringLiteral("freeCalls"), double(r.freeCalls)},
            {QStringLiteral("revenue"), r.revenue.toJsonString()}};
}

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
        for (const RequestedResource &r : a->application.resources) {
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
    for (const CallRecord *c : e.calls()) {
        if (c->resourceCode.isEmpty() || c->calls == 0)
            continue;
        const RegistrationStatus status = statusOf(e.s, c->resourceCode);
        if (status == RegistrationStatus::Cancelled) {
            // Only use after the cancellation counts.
            const QDate cancelledOn = e.s.registry.value(c->resourceCode).updatedAt;
            if (c->periodEnd < cancelledOn)
                continue;
        } else if (status != RegistrationStatus::Unregistered) {
            continue;
        }
        ResourceUse &use = uses.of(status, c->resourceCode);
        use.code = c->resourceCode;
        if (use.name.isEmpty())
            use.name = e.s.registry.value(c->resourceCode).name;
        use.apps << c->applicationId;
        use.records << c->id;
        use.calls += c->calls;
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
    for (const CallRecord *c : e.calls()) {
        const FeeRules *rule = ruleFor(e.rules, c->product, c->periodStart);
        const FeeProduct *p = rule ? rule->product(c->product) : nullptr;
        if (!p)
            continue;
        const Money allowed = p->capPrice * quint64(c->chargedCalls());
        if (!(c->revenue > allowed))
            continue;
        CapExcess &x = overCap[{c->operatorCode, c->product}];
        x.operatorName = c->operatorName;
        QJsonObject record = callJson(*c);
        record.insert(QStringLiteral("allowed"), allowed.toJsonString());
        x.records.append(record);
        x.apps << c->applicationId;
        x.revenue += c->revenue;
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
                .arg(x.cap.toString(2), x.allowed.toDisplay(), x.rulesVersion);
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
void marAlert(Evaluation &e, const QString &code, const QString &name, const FeeRules &rule)
{
    const FeeOperator *op = rule.findOperator(code);
    struct PeriodRevenue
    {
        Money revenue;
        QStringList records, apps;
    };
    QMap<QDate, PeriodRevenue> periods; // by the period's first day
    for (const CallRecord *c : e.calls()) {
        if (c->operatorCode != code || !rule.product(c->product) ||
            c->periodStart < rule.effectiveFrom)
            continue;
        PeriodRevenue &p = periods[pricingPeriodStart(rule, c->periodStart)];
        p.revenue += c->revenue;
        p.records << c->id;
        p.apps << c->applicationId;
    }
    for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
        const Money &revenue = it->revenue;
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
    QMap<QString, QString> operatorNames;
    for (const CallRecord *c : e.calls())
        operatorNames.insert(c->operatorCode, c->operatorName);
    for (auto it = operatorNames.cbegin(); it != operatorNames.cend(); ++it) {
        for (const FeeRules *rule : marRulesFor(e, it.key()))
            marAlert(e, it.key(), it.value(), *rule);
    }
}

/** The end of the authorization of application @p id: its approved period, or a filed
 * agreement's term when it is later. Null when there is none. */
QDate authorizationEnd(const Evaluation &e, const QString &id)
{
    QDate end;
    const AppFacts *a = e.s.app(id);
    if (a && a->life) // the office's recorded agreement is the authorization's term
        return a->life->agreement() ? a->life->agreement()->termEnd : QDate();
    if (a && a->authorized())
        end = a->application.periodEnd;
    for (const FilingRecord &f : e.s.filings) {
        if (f.kind == QLatin1String("agreement") && f.applicationId == id && f.validTo.isValid() &&
            (!end.isValid() || f.validTo > end))
            end = f.validTo;
    }
    return end;
}

/** An expiring alert when @p end is within @p window days of the evaluation day. */
void addExpiring(Evaluation &e, const QString &kind, const QString &id, const QString &label,
                 const QDate &end, const QStringList &apps, const QString &source, int window)
{
    const qint64 left = e.on.daysTo(end);
    if (left < 0 || left > window)
        return;
    Alert a = make(alertcode::Expiring,
                   left <= 7 ? AlertSeverity::Critical : AlertSeverity::Warning, kind, id, label);
    a.reason = QCoreApplication::translate("Monitoring",
                                           "The authorization of %1 ends on %2, in %3 day(s).")
                   .arg(label.isEmpty() ? id : label, iso(end))
                   .arg(left);
    a.data = {{QStringLiteral("end"), iso(end)},
              {QStringLiteral("daysLeft"), double(left)},
              {QStringLiteral("thresholdDays"), window},
              {QStringLiteral("source"), source}};
    a.applicationIds = apps;
    e.out.add(std::move(a));
}

// expiring: an authorization's term, or a filed agreement, ends soon.
void expiringAlerts(Evaluation &e)
{
    for (const AppFacts *a :
         e.apps([&](const AppFacts &a) { return a.authorized() || a.life.has_value(); })) {
        if (a->life) { // only a term in force can be expiring, not one revoked or suspended
            const auto agreement = a->life->agreement();
            // The window of the life cycle rules, so the alert and the stage agree.
            if (agreement && a->inForceOn(e.on) && !a->life->interruptionOn(e.on))
                addExpiring(e, QStringLiteral("application"), a->id, subjectLabelOfApp(*a),
                            agreement->termEnd, {a->id}, QStringLiteral("lifecycle"),
                            lifecycle::builtinLifecycleRules().expiringDays);
            continue;
        }
        // A filed agreement that runs longer than the application's period extends it.
        const QDate end = authorizationEnd(e, a->id);
        if (end == a->application.periodEnd)
            addExpiring(e, QStringLiteral("application"), a->id, subjectLabelOfApp(*a), end,
                        {a->id}, QStringLiteral("application"), e.settings.expiringDays);
    }
    for (const FilingRecord &f : e.s.filings) {
        if (f.kind != QLatin1String("agreement") || !f.validTo.isValid() ||
            !e.s.matchesFiling(f, e.filter))
            continue;
        const AppFacts *a = f.applicationId.isEmpty() ? nullptr : e.s.app(f.applicationId);
        if (a && (a->life || authorizationEnd(e, a->id) != f.validTo))
            continue; // the recorded agreement, or the application's longer period, rules
        if (a && a->authorized())
            addExpiring(e, QStringLiteral("application"), a->id, subjectLabelOfApp(*a), f.validTo,
                        {a->id}, QStringLiteral("agreement"), e.settings.expiringDays);
        else
            addExpiring(e, QStringLiteral("filing"), f.id,
                        f.partyName + QStringLiteral(" · ") + f.reference, f.validTo,
                        {f.applicationId}, QStringLiteral("agreement"), e.settings.expiringDays);
    }
}

// expired_in_use: calls for a period after the authorization ended.
void expiredInUseAlerts(Evaluation &e)
{
    QMap<QString, QList<const CallRecord *>> late;
    QMap<QString, QDate> ends;
    for (const CallRecord *c : e.calls()) {
        if (c->applicationId.isEmpty() || c->calls == 0)
            continue;
        const QDate end = authorizationEnd(e, c->applicationId);
        if (!end.isValid() || c->periodEnd <= end)
            continue;
        late[c->applicationId].append(c);
        ends.insert(c->applicationId, end);
    }
    for (auto it = late.cbegin(); it != late.cend(); ++it) {
        const AppFacts *app = e.s.app(it.key());
        qint64 calls = 0;
        QJsonArray records;
        for (const CallRecord *c : it.value()) {
            calls += c->calls;
            records.append(callJson(*c));
        }
        Alert a =
            make(alertcode::ExpiredInUse, AlertSeverity::Critical, QStringLiteral("application"),
                 it.key(), app ? subjectLabelOfApp(*app) : QString());
        a.reason = QCoreApplication::translate(
                       "Monitoring",
                       "The authorization of %1 ended on %2, but %3 calls were recorded after "
                       "it in %4 record(s).")
                       .arg(it.key(), iso(ends.value(it.key())), QLocale().toString(calls))
                       .arg(it.value().size());
        a.data = {{QStringLiteral("end"), iso(ends.value(it.key()))},
                  {QStringLiteral("calls"), double(calls)},
                  {QStringLiteral("records"), records}};
        a.applicationIds = {it.key()};
        e.out.add(std::move(a));
    }
}

// agreement_overdue, filing_overdue and disclosure_overdue from the recorded life: the act
// the authorization waits for is past the deadline the life cycle rules give it.
void lifecycleDueAlerts(Evaluation &e)
{
    for (const AppFacts *a : e.apps([](const AppFacts &a) { return a.life.has_value(); })) {
        const lifecycle::LifecycleState state = *a->lifeOn(e.on);
        if (!state.due || !state.due->overdue || !state.due->date.isValid())
            continue;
        const lifecycle::Due &due = *state.due;
        QString code;
        if (due.stage == lifecycle::Stage::Agreement)
            code = alertcode::AgreementOverdue;
        else if (due.stage == lifecycle::Stage::Filing)
            code = alertcode::FilingOverdue;
        else if (due.stage == lifecycle::Stage::Disclosure)
            code = alertcode::DisclosureOverdue;
        else
            continue;
        Alert alert = make(code, AlertSeverity::Warning, QStringLiteral("application"), a->id,
                           subjectLabelOfApp(*a));
        const qint64 late = due.date.daysTo(e.on);
        if (code == alertcode::AgreementOverdue)
            alert.reason = QCoreApplication::translate(
                "Monitoring", "No operation agreement of %1 is recorded; it was due by %2, %3 "
                              "day(s) ago.");
        else if (code == alertcode::FilingOverdue)
            alert.reason = QCoreApplication::translate(
                "Monitoring", "The authorization of %1 is not filed; the filing was due by %2, "
                              "%3 day(s) ago.");
        else
            alert.reason = QCoreApplication::translate(
                "Monitoring", "The authorization of %1 is not made public; the disclosure was "
                              "due by %2, %3 day(s) ago.");
        alert.reason = alert.reason.arg(a->id, iso(due.date)).arg(late);
        if (due.ours)
            alert.reason += QLatin1Char(' ') +
                            QCoreApplication::translate(
                                "Monitoring", "The deadline is a GrantDesk default, not a rule "
                                              "of the briefing.");
        if (!due.calendarCovered)
            alert.reason +=
                QLatin1Char(' ') + QCoreApplication::translate(
                                       "Monitoring", "Beyond the holiday calendar's years, working "
                                                     "days were counted Monday to Friday.");
        alert.data = {{QStringLiteral("stage"), lifecycle::stageCode(due.stage)},
                      {QStringLiteral("due"), iso(due.date)},
                      {QStringLiteral("daysLate"), double(late)},
                      {QStringLiteral("defaultDeadline"), due.ours},
                      {QStringLiteral("holidayCalendar"), due.calendarCovered}};
        alert.applicationIds = {a->id};
        e.out.add(std::move(alert), QStringLiteral("lifecycle"));
    }
}

// revoked_in_use: calls for a period that ends after a suspension, revocation or termination.
void revokedInUseAlerts(Evaluation &e)
{
    for (const AppFacts *a : e.apps([](const AppFacts &a) { return a.life.has_value(); })) {
        const auto interruption = a->life->interruptionOn(e.on);
        if (!interruption)
            continue;
        qint64 calls = 0;
        QJsonArray records;
        for (const CallRecord *c : e.calls()) {
            if (c->applicationId != a->id || c->calls == 0 || c->periodEnd <= interruption->date)
                continue;
            calls += c->calls;
            records.append(callJson(*c));
        }
        if (records.isEmpty())
            continue;
        Alert alert = make(alertcode::RevokedInUse, AlertSeverity::Critical,
                           QStringLiteral("application"), a->id, subjectLabelOfApp(*a));
        QString what;
        switch (interruption->kind) {
        case lifecycle::Interruption::Kind::Suspension:
            what = QCoreApplication::translate("Monitoring", "suspended");
            break;
        case lifecycle::Interruption::Kind::Termination:
            what = QCoreApplication::translate("Monitoring", "terminated");
            break;
        default:
            what = QCoreApplication::translate("Monitoring", "revoked");
            break;
        }
        alert.reason = QCoreApplication::translate(
                           "Monitoring", "The authorization of %1 was %2 on %3, but %4 calls "
                                         "were recorded after it in %5 record(s).")
                           .arg(a->id, what, iso(interruption->date), QLocale().toString(calls))
                           .arg(records.size());
        alert.data = {{QStringLiteral("interruption"), lifecycle::actCode(*interruption)},
                      {QStringLiteral("date"), iso(interruption->date)},
                      {QStringLiteral("calls"), double(calls)},
                      {QStringLiteral("records"), records}};
        alert.applicationIds = {a->id};
        e.out.add(std::move(alert));
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
                       "%5.")
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
    QMap<std::pair<QString, QString>, Party> active;
    auto mark = [&](const QString &kind, const QString &id, const QString &name, const QString &app,
                    const QString &why) {
        Party &p = active[{kind, id}];
        p.kind = kind;
        p.id = id;
        if (p.name.isEmpty())
            p.name = name;
        p.apps << app;
        if (!p.why.contains(why))
            p.why << why;
    };
    const QString &ob = kOperatorParty, &body = kBodyParty;
    for (const AppFacts *a : e.apps([&](const AppFacts &a) {
             return a.overlaps(start, end) && (!a.decidedOn.isValid() || a.decidedOn <= end);
         })) {
        mark(ob, a->application.operatorCreditCode(), a->application.operatorName(), a->id,
             QStringLiteral("authorization"));
        if (!a->application.authorization.implementingBody.isEmpty())
            mark(body, a->application.authorization.implementingBody,
                 a->application.authorization.implementingBody, a->id,
                 QStringLiteral("authorization"));
    }
    for (const CallRecord &c : e.s.calls) {
        if (c.periodStart <= end && c.periodEnd >= start && c.calls > 0 &&
            e.s.matchesRecord(c.applicationId, c.operatorCode, e.filter)) {
            mark(ob, c.operatorCode, c.operatorName, c.applicationId, QStringLiteral("calls"));
            if (const AppFacts *a = e.s.app(c.applicationId);
                a && !a->application.authorization.implementingBody.isEmpty())
                mark(body, a->application.authorization.implementingBody,
                     a->application.authorization.implementingBody, c.applicationId,
                     QStringLiteral("calls"));
        }
    }
    for (const FilingRecord &f : e.s.filings) {
        if (f.kind == QLatin1String("disclosure"))
            continue;
        const QDate from = f.validFrom.isValid() ? f.validFrom : f.decidedAt;
        if (from.isValid() && from <= end && (!f.validTo.isValid() || f.validTo >= start) &&
            e.s.matchesFiling(f, e.filter))
            mark(f.partyKind, f.partyId, f.partyName, f.applicationId, f.kind);
    }
    return active;
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
    Evaluation e{snapshot, m_rules,    m_settings, on.isValid() ? on : QDate::currentDate(),
                 filter,   Collector()};
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

    auto acks = AlertAcknowledgements(m_db).all();
    if (!acks)
        return acks.error();
    for (Alert &a : alerts) {
        if (const auto it = acks->constFind(a.key); it != acks->constEnd())
            a.acknowledgement = it.value();
    }
    const QStringList order = alertcode::all();
    std::stable_sort(alerts.begin(), alerts.end(), [&](const Alert &x, const Alert &y) {
        if (rank(x.severity) != rank(y.severity))
            return rank(x.severity) < rank(y.severity);
        if (x.code != y.code)
            return order.indexOf(x.code) < order.indexOf(y.code);
        return x.key < y.key;
    });
    return alerts;
}

} // namespace gd::monitoring
