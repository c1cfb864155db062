// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicators.h"

#include <algorithm>
#include <map>
#include <set>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include "monitoring/snapshot.h"
#include "pricing/rulelibrary.h"

namespace gd::monitoring {
namespace {

QString countText(qint64 n)
{
    return QLocale().toString(n);
}

QString shareText(std::optional<double> share)
{
    if (!share)
        return QStringLiteral("—");
    return QLocale().toString(*share * 100.0, 'f', 1) + QLatin1Char('%');
}

QJsonValue shareValue(std::optional<double> share)
{
    if (!share)
        return QJsonValue(QJsonValue::Null);
    return std::round(*share * 10000.0) / 10000.0;
}

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

/** @p m in whole fen; nullopt beyond qint64 (about 9 × 10^16 yuan). */
std::optional<qint64> wholeFen(const Money &m)
{
    bool ok = false;
    const qint64 fen = m.roundedToFen().toString(2).remove(QLatin1Char('.')).toLongLong(&ok);
    return ok ? std::optional<qint64>(fen) : std::nullopt;
}

/**
 * Where a money value is drawn on a chart's axis, in yuan. Only for drawing: every figure,
 * sum and comparison stays Money, and shares are taken from whole fen.
 */
double chartYuan(const Money &m)
{
    return double(wholeFen(m).value_or(0)) / 100.0;
}

IndicatorFigure countFigure(const char *key, const QString &label, qint64 n)
{
    return {QString::fromLatin1(key), label, QJsonValue(double(n)), countText(n)};
}

IndicatorFigure shareFigure(const char *key, const QString &label, std::optional<double> share)
{
    return {QString::fromLatin1(key), label, shareValue(share), shareText(share)};
}

IndicatorFigure moneyFigure(const char *key, const QString &label, const Money &m)
{
    return {QString::fromLatin1(key), label, m.toJsonString(), m.toDisplay()};
}

IndicatorFigure averageFigure(const char *key, const QString &label, double total, int n,
                              const QString &unit)
{
    if (n == 0)
        return {QString::fromLatin1(key), label, QJsonValue(QJsonValue::Null), QStringLiteral("—")};
    const double avg = std::round(total / n * 10.0) / 10.0;
    return {QString::fromLatin1(key), label, avg,
            QLocale().toString(avg, 'f', 1) + QLatin1Char(' ') + unit};
}

void setShare(Indicator &i, std::optional<double> share)
{
    i.value = shareValue(share);
    i.text = shareText(share);
    i.unit = QStringLiteral("share");
}

void setCount(Indicator &i, qint64 n)
{
    i.value = double(n);
    i.text = countText(n);
    i.unit = QStringLiteral("count");
}

QStringList sortedIds(const QSet<QString> &ids)
{
    QStringList list(ids.cbegin(), ids.cend());
    list.removeAll(QString());
    list.sort();
    return list;
}

/** @p ids (no two alike) without the empty one, sorted: gathered in the snapshot's order of
 *  applications they are sorted already, and only checked (half a million at a million). */
QStringList sortedIds(QStringList ids)
{
    ids.removeAll(QString());
    if (!std::is_sorted(ids.cbegin(), ids.cend()))
        ids.sort();
    return ids;
}

QDate monthOf(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

/** The entry of a record's month in a tally by month: records come by period start, so the
 *  month is worked out once per run of records starting the same day. */
template <typename Value> class MonthOfRecords
{
public:
    explicit MonthOfRecords(std::map<QDate, Value> &tally)
        : m_tally(tally)
    {}
    Value &of(const QDate &start)
    {
        if (!m_entry || start != m_start) {
            m_start = start;
            m_entry = &m_tally[monthOf(start)];
        }
        return *m_entry;
    }

private:
    std::map<QDate, Value> &m_tally;
    QDate m_start;
    Value *m_entry = nullptr;
};

QList<QDate> monthsOf(const QDate &from, const QDate &to)
{
    QList<QDate> months;
    for (QDate m = monthOf(from); m <= to && months.size() < 1200; m = m.addMonths(1))
        months.append(m);
    return months;
}

/** Per-month series over the query's months, zeros included. */
IndicatorSeries countSeries(const QString &key, const QString &label, const QList<QDate> &months,
                            const std::map<QDate, qint64> &values)
{
    IndicatorSeries series{key, label, {}, {}};
    for (const QDate &m : months) {
        const auto it = values.find(m);
        const qint64 v = it == values.end() ? 0 : it->second;
        series.points.append({m, QJsonValue(double(v)), double(v)});
    }
    return series;
}

IndicatorSeries moneySeries(const QString &key, const QString &label, const QList<QDate> &months,
                            const std::map<QDate, Money> &values)
{
    IndicatorSeries series{key, label, {}, {}};
    for (const QDate &m : months) {
        const auto it = values.find(m);
        const Money v = it == values.end() ? Money() : it->second;
        series.points.append({m, v.toJsonString(), chartYuan(v)});
    }
    return series;
}

/** Marks the months of @p series that begin after @p lastDay, the last day its feed covers
 *  (null: the feed holds nothing), as not reported: a month the platforms have not exported
 *  yet is no month of zero calls, revenue or incidents. */
IndicatorSeries asFeedSeries(IndicatorSeries series, const QDate &lastDay)
{
    series.reportedUntil = lastDay;
    for (MonthPoint &p : series.points) {
        if (!lastDay.isValid() || p.month > lastDay) {
            p.reported = false;
            p.value = QJsonValue();
            p.number = 0;
        }
    }
    return series;
}

/** The call records an evaluation reads, and the last day they cover: how far the calls feed
 *  is reported for what the filter picks (CallTable::lastDay() without a filter). */
struct SelectedCalls
{
    QList<CallTable::Call> calls;
    QDate reach;
};

struct Context
{
    const Snapshot &s;
    const QList<FeeRules> &rules;
    QDate from;
    QDate to;
    QDate on;
    MonitoringFilter filter;
    QList<QDate> months;

    QList<const AppFacts *> apps(auto predicate) const
    {
        QList<const AppFacts *> out;
        for (const AppFacts &a : s.apps) {
            if (s.matches(a, filter) && predicate(a))
                out.append(&a);
        }
        return out;
    }
    /** The call records starting in the period that pass the filter, selected once for the
     *  indicators that read them, and how far those records reach (selectCalls()). */
    SelectedCalls selected;
    const QList<CallTable::Call> &calls() const { return selected.calls; }
};

SelectedCalls selectCalls(const Snapshot &s, const QDate &from, const QDate &to,
                          const MonitoringFilter &filter)
{
    SelectedCalls out;
    const bool filtered = !filter.isEmpty();
    if (!filtered)
        out.reach = s.calls.lastDay(); // kept as the table was read
    for (const CallTable::Call c : s.calls) {
        if (filtered) {
            if (!s.matchesRecord(c.applicationId(), c.operatorCode(), filter))
                continue;
            // The reach of what the filter picks: an operator whose platform has not exported
            // October yet has no October of zero calls, whatever the other platforms exported.
            if (!out.reach.isValid() || c.periodEnd() > out.reach)
                out.reach = c.periodEnd();
        }
        if (c.periodStart() >= from && c.periodStart() <= to)
            out.calls.append(c);
    }
    return out;
}

Indicator make(const char *id, Dimension dimension, const QString &label, const QString &definition)
{
    Indicator i;
    i.id = QString::fromLatin1(id);
    i.dimension = dimension;
    i.label = label;
    i.definition = definition;
    return i;
}

Indicator sanzhongyida(const Context &c)
{
    Indicator i =
        make("sanzhongyida", Dimension::Procedure,
             QCoreApplication::translate("Monitoring", "Collective decisions"),
             QCoreApplication::translate(
                 "Monitoring", "Share of decisions (approved, conditionally approved or rejected, "
                               "decided in the period) whose review has passed answers on the "
                               "minutes of the collective decision, the legality review, the risk "
                               "assessment and recusal."));
    QStringList all, incomplete; // each application once: the snapshot holds one of each
    for (const AppFacts *a : c.apps([&](const AppFacts &a) {
             return a.decided() && a.decidedOn.isValid() && a.decidedOn >= c.from &&
                    a.decidedOn <= c.to;
         })) {
        all.append(a->id);
        if (!a->missingDecisionItems().isEmpty())
            incomplete.append(a->id);
    }
    setShare(i, ratio(all.size() - incomplete.size(), all.size()));
    i.figures << countFigure("decisions", QCoreApplication::translate("Monitoring", "decisions"),
                             all.size())
              << countFigure("complete",
                             QCoreApplication::translate("Monitoring", "with all four records"),
                             all.size() - incomplete.size());
    i.applicationIds = sortedIds(all);
    i.exceptionIds = sortedIds(incomplete);
    return i;
}

Indicator filing(const Context &c)
{
    Indicator i = make(
        "filing", Dimension::Procedure, QCoreApplication::translate("Monitoring", "Filing"),
        QCoreApplication::translate(
            "Monitoring", "Share of implementation plans and operation agreements decided in the "
                          "period that are filed by the evaluation day; average days from "
                          "the decision to the filing (the filings feed, and the agreements and "
                          "filings the office recorded in an authorization's life)."));
    int records = 0, filed = 0;
    double days = 0;
    QSet<QString> ids, unfiled;
    // Agreements the office recorded: filed once a filing act is recorded.
    for (const AppFacts *a : c.apps([](const AppFacts &a) { return a.life.has_value(); })) {
        const auto agreement = a->life->agreement();
        if (!agreement || agreement->date < c.from || agreement->date > c.to)
            continue;
        ++records;
        ids.insert(a->id);
        QDate filedOn;
        for (const lifecycle::Act &act : a->life->acts) {
            if (const auto *f = std::get_if<lifecycle::Filing>(&act); f && f->date <= c.on)
                filedOn = f->date;
        }
        if (filedOn.isValid()) {
            ++filed;
            days += double(agreement->date.daysTo(filedOn));
        } else {
            unfiled.insert(a->id);
        }
    }
    for (const FilingRecord &f : c.s.filings) {
        if (f.kind == QLatin1String("disclosure") || !f.decidedAt.isValid() ||
            f.decidedAt < c.from || f.decidedAt > c.to || !c.s.matchesFiling(f, c.filter))
            continue;
        if (const AppFacts *a = f.applicationId.isEmpty() ? nullptr : c.s.app(f.applicationId);
            a && a->life && f.kind == QLatin1String("agreement"))
            continue; // counted above from the recorded acts
        ++records;
        ids.insert(f.applicationId);
        if (f.filedAt.isValid() && f.filedAt <= c.on) {
            ++filed;
            days += double(f.decidedAt.daysTo(f.filedAt));
        } else {
            unfiled.insert(f.applicationId);
        }
    }
    setShare(i, ratio(filed, records));
    i.figures << countFigure("records",
                             QCoreApplication::translate("Monitoring", "plans and agreements"),
                             records)
              << countFigure("filed", QCoreApplication::translate("Monitoring", "filed"), filed)
              << averageFigure("daysToFile",
                               QCoreApplication::translate("Monitoring", "average days to filing"),
                               days, filed, QCoreApplication::translate("Monitoring", "days"));
    i.applicationIds = sortedIds(ids);
    i.exceptionIds = sortedIds(unfiled);
    return i;
}

Indicator scale(const Context &c)
{
    Indicator i = make(
        "scale", Dimension::Supply, QCoreApplication::translate("Monitoring", "Data scale"),
        QCoreApplication::translate(
            "Monitoring", "Public data resources under authorizations in force during the "
                          "period (approved or conditionally approved), with their records and "
                          "fields."));
    QStringList ids;
    QSet<QString> resources;
    qint64 records = 0, fields = 0;
    for (const AppFacts *a : c.apps([&](const AppFacts &a) { return a.overlaps(c.from, c.to); })) {
        ids.append(a->id);
        for (const ResourceFacts &r : a->application.resources) {
            const QString key = r.registrationCode.isEmpty()
                                    ? r.provider + QLatin1Char('/') + r.name
                                    : r.registrationCode;
            if (resources.contains(key))
                continue;
            resources.insert(key);
            records += r.volume;
            fields += r.fieldCount;
        }
    }
    setCount(i, resources.size());
    i.figures << countFigure("resources",
                             QCoreApplication::translate("Monitoring", "authorized resources"),
                             resources.size())
              << countFigure("records", QCoreApplication::translate("Monitoring", "records"),
                             records)
              << countFigure("fields", QCoreApplication::translate("Monitoring", "fields"), fields);
    i.applicationIds = sortedIds(ids);
    return i;
}

Result<Indicator> registration(const Context &c)
{
    Indicator i = make("registration", Dimension::Supply,
                       QCoreApplication::translate("Monitoring", "Registration"),
                       QCoreApplication::translate(
                           "Monitoring",
                           "Share of resources requested by applications submitted in the period "
                           "whose registration code is active in the register (active, changed or "
                           "corrected); average days from the first request to registration for "
                           "resources registered after they were first requested."));
    const auto tallied = c.s.submissions(c.from, c.to, c.filter);
    if (!tallied)
        return tallied.error();
    const SubmissionTally &t = *tallied.value();
    setShare(i, ratio(t.active, t.requested));
    i.figures << countFigure("requested",
                             QCoreApplication::translate("Monitoring", "requested resources"),
                             t.requested)
              << countFigure("active",
                             QCoreApplication::translate("Monitoring", "with an active code"),
                             t.active)
              << averageFigure(
                     "daysToRegister",
                     QCoreApplication::translate("Monitoring", "average days to register"),
                     t.lateDays, t.lateCodes, QCoreApplication::translate("Monitoring", "days"));
    i.applicationIds = t.ids;
    i.exceptionIds = t.problemIds;
    return i;
}

Indicator products(const Context &c)
{
    Indicator i = make("products", Dimension::Benefit,
                       QCoreApplication::translate("Monitoring", "Products and services"),
                       QCoreApplication::translate(
                           "Monitoring",
                           "Data products and services with calls in the period (calls feed, by "
                           "the month a record starts), the units called, and active users (per "
                           "product its highest monthly figure, summed)."));
    QStringList ids;
    // By product key: the product's highest monthly active users, for each product called.
    std::vector<std::optional<qint64>> users(size_t(c.s.calls.textCount()));
    qint64 calls = 0;
    std::map<QDate, qint64> perMonth;
    MonthOfRecords month(perMonth);
    SeenKeys seen(c.s.calls);
    for (const CallTable::Call &r : c.calls()) {
        if (seen.firstTime(r.applicationKey()))
            ids.append(r.applicationId());
        calls += r.calls();
        std::optional<qint64> &most = users[r.productKey()];
        most = std::max(most.value_or(0), r.activeUsers());
        month.of(r.periodStart()) += r.calls();
    }
    qint64 activeUsers = 0, products = 0;
    for (const std::optional<qint64> &most : users) {
        if (most) {
            ++products;
            activeUsers += *most;
        }
    }
    setCount(i, products);
    i.figures << countFigure("products",
                             QCoreApplication::translate("Monitoring", "products and services"),
                             products)
              << countFigure("calls", QCoreApplication::translate("Monitoring", "calls"), calls)
              << countFigure("activeUsers",
                             QCoreApplication::translate("Monitoring", "active users"),
                             activeUsers);
    i.applicationIds = sortedIds(ids);
    i.series << asFeedSeries(countSeries(QStringLiteral("calls"),
                                         QCoreApplication::translate("Monitoring", "calls"),
                                         c.months, perMonth),
                             c.selected.reach);
    return i;
}

QStringList freeUseClasses(const QList<FeeRules> &rules)
{
    QSet<QString> classes;
    for (const FeeRules &r : rules)
        for (const QString &cls : r.freeUseClasses)
            classes.insert(cls);
    if (classes.isEmpty())
        return {QStringLiteral("public_governance"), QStringLiteral("public_welfare")};
    QStringList list(classes.cbegin(), classes.cend());
    list.sort();
    return list;
}

Indicator social(const Context &c)
{
    Indicator i = make(
        "social", Dimension::Benefit, QCoreApplication::translate("Monitoring", "Social benefit"),
        QCoreApplication::translate(
            "Monitoring", "Share of calls in the period provided free for public-interest use "
                          "(calls feed); public-interest scenarios (use classes free of charge "
                          "under the fee rules) authorized during the period."));
    qint64 calls = 0, freeCalls = 0;
    for (const CallTable::Call &r : c.calls()) {
        calls += r.calls();
        freeCalls += r.freeCalls();
    }
    const QStringList classes = freeUseClasses(c.rules);
    QStringList scenarios;
    for (const AppFacts *a : c.apps([&](const AppFacts &a) {
             return a.overlaps(c.from, c.to) && classes.contains(a.application.useClass);
         }))
        scenarios.append(a->id);
    setShare(i, ratio(freeCalls, calls));
    i.figures << countFigure(
                     "freeCalls",
                     QCoreApplication::translate("Monitoring", "free public-interest calls"),
                     freeCalls)
              << countFigure("calls", QCoreApplication::translate("Monitoring", "calls"), calls)
              << countFigure("publicInterestScenarios",
                             QCoreApplication::translate("Monitoring", "public-interest scenarios"),
                             scenarios.size());
    i.applicationIds = sortedIds(scenarios);
    return i;
}

/** Revenue of an operator under @p rule: of its call records @p calls, those of the rule's
 *  products with periods within the rule's time, up to @p to. */
Money marRevenue(const QList<CallTable::Call> &calls, const FeeRules &rule, const QDate &to)
{
    RevenueSum total;
    for (const CallTable::Call &r : calls) {
        if (!rule.product(r.product()) || r.periodStart() < rule.effectiveFrom ||
            r.periodStart() > to ||
            (rule.effectiveTo.isValid() && r.periodStart() > rule.effectiveTo))
            continue;
        total.add(r);
    }
    return total.total();
}

/** Revenue against the maximum allowed revenue of some operators. */
struct MarTally
{
    Money mar;     // the MARs summed
    Money counted; // the revenue counted against them
    int exceeded = 0;
};

/** Of @p operators (those seen in the period), each one's revenue under the latest rule in
 *  force at the period's end that gives it a MAR, against that MAR. */
MarTally marOf(const Context &c, const QSet<QString> &operators)
{
    QHash<QString, const FeeRules *> ruleOf;
    for (const QString &op : operators) {
        const FeeRules *best = nullptr;
        for (const FeeRules &rule : c.rules) {
            const bool inForce = rule.effectiveFrom <= c.to &&
                                 (!rule.effectiveTo.isValid() || c.to <= rule.effectiveTo);
            if (inForce && rule.findOperator(op) &&
                (!best || rule.effectiveFrom > best->effectiveFrom))
                best = &rule;
        }
        if (best)
            ruleOf.insert(op, best);
    }
    // Their records, whatever the filter and from before the period too, in one walk (not
    // one walk of every record per operator).
    const QList<QString> judged = ruleOf.keys();
    const auto ofOperator =
        callsByOperator(c.s.calls, c.s.calls, QSet<QString>(judged.cbegin(), judged.cend()));
    MarTally tally;
    for (auto it = ruleOf.cbegin(); it != ruleOf.cend(); ++it) {
        const Money allowed = it.value()->findOperator(it.key())->maxAllowedRevenue;
        const Money earned = marRevenue(ofOperator.value(it.key()), *it.value(), c.to);
        tally.mar += allowed;
        tally.counted += earned;
        if (earned > allowed)
            ++tally.exceeded;
    }
    return tally;
}

Indicator economic(const Context &c)
{
    Indicator i = make("economic", Dimension::Benefit,
                       QCoreApplication::translate("Monitoring", "Economic benefit"),
                       QCoreApplication::translate(
                           "Monitoring",
                           "Revenue in the period (calls feed); for each operator with a maximum "
                           "allowed revenue (MAR) in the fee rules in force at the end of the "
                           "period, its revenue under those rules against the MAR; call records "
                           "priced over the cap (revenue above cap price × charged units)."));
    RevenueSum revenueSum;
    std::map<QDate, RevenueSum> monthSums;
    QStringList ids;
    QSet<QString> overCapIds;
    int overCap = 0;
    QSet<QString> operators;
    SeenKeys seenApps(c.s.calls), seenOperators(c.s.calls);
    MonthOfRecords month(monthSums);
    RecordRules rules(c.rules, c.s.calls);
    for (const CallTable::Call &r : c.calls()) {
        revenueSum.add(r);
        month.of(r.periodStart()).add(r);
        if (seenApps.firstTime(r.applicationKey()))
            ids.append(r.applicationId());
        if (seenOperators.firstTime(r.operatorKey()))
            operators.insert(r.operatorCode());
        if (const RecordRules::Price &price = rules.of(r); price.rule) {
            if (price.product && RecordRules::overCap(r, price)) {
                ++overCap;
                overCapIds.insert(r.applicationId().isEmpty() ? QString() : r.applicationId());
            }
        }
    }
    const Money revenue = revenueSum.total();
    std::map<QDate, Money> perMonth;
    for (const auto &[first, sum] : monthSums)
        perMonth.emplace(first, sum.total());
    const MarTally marTally = marOf(c, operators);
    const Money &mar = marTally.mar, &counted = marTally.counted;
    const int exceeded = marTally.exceeded;
    i.value = revenue.toJsonString();
    i.text = revenue.toDisplay();
    i.unit = QStringLiteral("yuan");
    std::optional<double> marShare;
    if (const auto part = wholeFen(counted), whole = wholeFen(mar); part && whole)
        marShare = ratio(*part, *whole); // none when there is no MAR
    i.figures
        << moneyFigure("revenue", QCoreApplication::translate("Monitoring", "revenue"), revenue)
        << moneyFigure("mar", QCoreApplication::translate("Monitoring", "maximum allowed revenue"),
                       mar)
        << moneyFigure("marRevenue",
                       QCoreApplication::translate("Monitoring", "revenue counted against the MAR"),
                       counted)
        << shareFigure("revenueVsMar", QCoreApplication::translate("Monitoring", "revenue vs MAR"),
                       marShare)
        << countFigure("marExceeded",
                       QCoreApplication::translate("Monitoring", "operators over their MAR"),
                       exceeded)
        << countFigure("overCap",
                       QCoreApplication::translate("Monitoring", "price-over-cap violations"),
                       overCap);
    i.applicationIds = sortedIds(ids);
    i.exceptionIds = sortedIds(overCapIds);
    i.series << asFeedSeries(moneySeries(QStringLiteral("revenue"),
                                         QCoreApplication::translate("Monitoring", "revenue"),
                                         c.months, perMonth),
                             c.selected.reach);
    return i;
}

Indicator controls(const Context &c)
{
    Indicator i = make("controls", Dimension::Security,
                       QCoreApplication::translate("Monitoring", "Security controls"),
                       QCoreApplication::translate(
                           "Monitoring",
                           "Share of authorized scenarios in force during the period with the "
                           "MLPS level their data requires (2 for general, 3 for important, 4 "
                           "for core data), a passed commercial cryptography assessment "
                           "where level 3 or above is required, and an emergency plan; how many "
                           "of them have their calls logged by the platform (calls feed)."));
    QStringList ids, invalid;
    QSet<QString> logged;
    SeenKeys seen(c.s.calls);
    for (const CallTable::Call &r : c.calls()) {
        if (seen.firstTime(r.applicationKey()))
            logged.insert(r.applicationId());
    }
    int withLog = 0;
    for (const AppFacts *a : c.apps([&](const AppFacts &a) { return a.overlaps(c.from, c.to); })) {
        ids.append(a->id);
        if (!a->application.controlsValid)
            invalid.append(a->id);
        if (logged.contains(a->id))
            ++withLog;
    }
    setShare(i, ratio(ids.size() - invalid.size(), ids.size()));
    i.figures << countFigure("scenarios",
                             QCoreApplication::translate("Monitoring", "authorized scenarios"),
                             ids.size())
              << countFigure("valid",
                             QCoreApplication::translate(
                                 "Monitoring", "with valid MLPS level and cryptography assessment"),
                             ids.size() - invalid.size())
              << countFigure("logged",
                             QCoreApplication::translate("Monitoring", "with platform call logs"),
                             withLog);
    i.applicationIds = sortedIds(ids);
    i.exceptionIds = sortedIds(invalid);
    return i;
}

Indicator incidents(const Context &c)
{
    Indicator i = make("incidents", Dimension::Security,
                       QCoreApplication::translate("Monitoring", "Security incidents"),
                       QCoreApplication::translate(
                           "Monitoring",
                           "Incidents opened in the period by severity (incidents feed); average "
                           "hours from opening to the first response and days to closure; "
                           "incidents open on the evaluation day."));
    QHash<QString, int> bySeverity;
    int count = 0, responded = 0, closed = 0, openNow = 0;
    double hours = 0, days = 0;
    QSet<QString> ids;
    std::map<QDate, qint64> perMonth;
    for (const IncidentRecord &r : c.s.incidents) {
        if (!c.s.matchesRecord(r.applicationId, r.operatorCode, c.filter))
            continue;
        if (r.isOpenOn(c.on))
            ++openNow;
        const QDate opened = r.openedAt.date();
        if (opened < c.from || opened > c.to)
            continue;
        ++count;
        ++bySeverity[r.severity];
        ids.insert(r.applicationId);
        perMonth[monthOf(opened)] += 1;
        if (r.respondedAt.isValid()) {
            ++responded;
            hours += double(r.openedAt.secsTo(r.respondedAt)) / 3600.0;
        }
        if (r.closedAt.isValid()) {
            ++closed;
            days += double(r.openedAt.secsTo(r.closedAt)) / 86400.0;
        }
    }
    setCount(i, count);
    for (const QString &severity : kIncidentSeverities)
        i.figures << IndicatorFigure{severity, incidentSeverityLabel(severity),
                                     QJsonValue(double(bySeverity.value(severity))),
                                     countText(bySeverity.value(severity))};
    i.figures
        << averageFigure("hoursToResponse",
                         QCoreApplication::translate("Monitoring", "average hours to response"),
                         hours, responded, QCoreApplication::translate("Monitoring", "hours"))
        << averageFigure("daysToClosure",
                         QCoreApplication::translate("Monitoring", "average days to closure"), days,
                         closed, QCoreApplication::translate("Monitoring", "days"))
        << countFigure("open",
                       QCoreApplication::translate("Monitoring", "open on the evaluation day"),
                       openNow);
    i.applicationIds = sortedIds(ids);
    i.series << asFeedSeries(countSeries(QStringLiteral("incidents"),
                                         QCoreApplication::translate("Monitoring", "incidents"),
                                         c.months, perMonth),
                             c.s.incidentsReportedUntil);
    return i;
}

} // namespace

IndicatorEngine::IndicatorEngine(std::shared_ptr<Database> db, QList<FeeRules> rules)
    : m_db(std::move(db))
    , m_rules(std::move(rules))
{}

IndicatorEngine::IndicatorEngine(std::shared_ptr<Database> db)
    : IndicatorEngine(std::move(db), RuleLibrary().rules())
{}

QStringList IndicatorEngine::indicatorIds()
{
    return {
        QStringLiteral("sanzhongyida"), QStringLiteral("filing"),   QStringLiteral("scale"),
        QStringLiteral("registration"), QStringLiteral("products"), QStringLiteral("social"),
        QStringLiteral("economic"),     QStringLiteral("controls"), QStringLiteral("incidents")};
}

Result<IndicatorReport> IndicatorEngine::compute(const IndicatorQuery &query) const
{
    auto snapshot = Snapshot::load(m_db);
    if (!snapshot)
        return snapshot.error();
    return compute(query, snapshot.value());
}

Result<IndicatorReport> IndicatorEngine::compute(const IndicatorQuery &query,
                                                 const Snapshot &snapshot) const
{
    IndicatorReport report;
    report.on = query.on.isValid() ? query.on : QDate::currentDate();
    report.to = query.to.isValid() ? query.to : report.on;
    report.from = query.from.isValid() ? query.from : report.to.addYears(-1).addDays(1);
    if (report.from > report.to)
        return Error{QStringLiteral("indicators"),
                     QStringLiteral("the period starts (%1) after it ends (%2)")
                         .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate))};
    const Context c{snapshot,
                    m_rules,
                    report.from,
                    report.to,
                    report.on,
                    query.filter,
                    monthsOf(report.from, report.to),
                    selectCalls(snapshot, report.from, report.to, query.filter)};
    auto registered = registration(c);
    if (!registered)
        return registered.error();
    report.indicators << sanzhongyida(c) << filing(c) << scale(c) << std::move(registered).value()
                      << products(c) << social(c) << economic(c) << controls(c) << incidents(c);
    return report;
}

} // namespace gd::monitoring
