// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardbreakdown.h"

#include <algorithm>
#include <functional>
#include <map>

#include <QCoreApplication>
#include <QSet>

#include "domain/register.h"
#include "domain/vocabulary.h"
#include "monitoring/feeds.h"
#include "monitoring/snapshot.h"
#include "store/repositories.h"
#include "store/snapshotrepository.h"

namespace gd::monitoring {
namespace {

/** Groups keyed in first-seen order into items, with sorted, non-empty ids. Applications
 *  added in id order (as they are read) keep their lists sorted without a set. */
struct Grouping
{
    QStringList order;
    QHash<QString, double> values;
    QHash<QString, QStringList> ids;

    void add(const QString &key, const QString &applicationId, double value = 1)
    {
        if (!values.contains(key))
            order.append(key);
        values[key] += value;
        if (applicationId.isEmpty())
            return;
        QStringList &list = ids[key];
        if (list.isEmpty() || list.constLast() != applicationId)
            list.append(applicationId);
    }

    /** A group's sorted ids at once, with its value (their number unless given). */
    void addAll(const QString &key, const QStringList &sortedIds, double value = -1)
    {
        if (!values.contains(key))
            order.append(key);
        values[key] += value < 0 ? double(sortedIds.size()) : value;
        QStringList &list = ids[key];
        if (list.isEmpty())
            list = sortedIds; // shared, not copied
        else
            list += sortedIds; // sorted and made unique by items()
    }

    QList<BreakdownItem> items(const std::function<QString(const QString &)> &label) const
    {
        QList<BreakdownItem> out;
        for (const QString &key : order) {
            QStringList list = ids.value(key);
            if (!std::is_sorted(list.cbegin(), list.cend()))
                std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
            out.append({key, label(key), values.value(key), list});
        }
        return out;
    }
};

QList<FilterChoice> choices(const QMap<QString, QString> &map)
{
    QList<FilterChoice> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

} // namespace

QStringList registrationGroups()
{
    return {QStringLiteral("active"), QStringLiteral("cancelled"), QStringLiteral("unregistered")};
}

QString registrationGroupLabel(const QString &group)
{
    if (group == QLatin1String("active"))
        return QCoreApplication::translate("MonitoringDashboard", "Registered");
    if (group == QLatin1String("cancelled"))
        return QCoreApplication::translate("MonitoringDashboard", "Cancelled");
    if (group == QLatin1String("unregistered"))
        return QCoreApplication::translate("MonitoringDashboard", "Not registered");
    return group;
}

Result<DashboardBreakdown> computeDashboardBreakdown(const std::shared_ptr<Database> &db,
                                                     const IndicatorQuery &query)
{
    auto loaded = Snapshot::load(db);
    if (!loaded)
        return loaded.error();
    return computeDashboardBreakdown(loaded.value(), query);
}

namespace {

/** The values each filter of the dashboard offers, keyed by code, with their labels. */
struct ChoiceMaps
{
    QMap<QString, QString> bodies, domains, modes, operators;

    /** Offers what @p app names, whether or not it passes the filter. */
    void addApplication(const ApplicationFacts &app)
    {
        if (!app.implementingBody.isEmpty())
            bodies.insert(app.implementingBody, app.implementingBody);
        if (!app.domain.isEmpty())
            domains.insert(app.domain, app.domain);
        if (!app.mode.isEmpty())
            modes.insert(app.mode, vocabulary::label("mode", app.mode));
        if (!app.operatorCode.isEmpty())
            operators.insert(app.operatorCode, app.operatorName);
    }
};

/** The groupings counted over the applications, with every month and group present. */
struct ApplicationGroupings
{
    Grouping domains, modes, registration, decisions, submissions;
};

/** Counts the applications passing @p filter into groupings over [@p from, @p to]: the
 *  decisions of the cases the snapshot holds, the submissions from the database. */
Result<ApplicationGroupings> groupApplications(const Snapshot &s, const MonitoringFilter &filter,
                                               const QDate &from, const QDate &to)
{
    ApplicationGroupings g;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        g.decisions.add(m.toString(QStringLiteral("yyyy-MM")), {}, 0);
        g.submissions.add(m.toString(QStringLiteral("yyyy-MM")), {}, 0);
    }
    for (const QString &group : registrationGroups())
        g.registration.add(group, {}, 0);
    for (const AppFacts &a : s.apps) {
        if (s.matches(a, filter) && a.decided() && a.decidedOn.isValid() && a.decidedOn >= from &&
            a.decidedOn <= to)
            g.decisions.add(a.decidedOn.toString(QStringLiteral("yyyy-MM")), a.id);
    }
    const auto tallied = s.submissions(from, to, filter);
    if (!tallied)
        return tallied.error();
    const SubmissionTally &t = *tallied.value();
    for (auto it = t.byMonth.cbegin(); it != t.byMonth.cend(); ++it)
        g.submissions.addAll(it.key(), it.value());
    for (auto it = t.byDomain.cbegin(); it != t.byDomain.cend(); ++it)
        g.domains.addAll(it.key(), it.value());
    for (auto it = t.byMode.cbegin(); it != t.byMode.cend(); ++it)
        g.modes.addAll(it.key(), it.value());
    g.registration.addAll(QStringLiteral("active"), t.registered.ids, t.registered.resources);
    g.registration.addAll(QStringLiteral("cancelled"), t.cancelled.ids, t.cancelled.resources);
    g.registration.addAll(QStringLiteral("unregistered"), t.unregistered.ids,
                          t.unregistered.resources);
    return g;
}

/** The filter choices: every value the applications name (the snapshot's cases by their
 *  facts, which may come from their file), whether or not it passes the filter. */
Result<ChoiceMaps> filterChoices(const Snapshot &s)
{
    ChoiceMaps maps;
    for (const AppFacts &a : s.apps)
        maps.addApplication(a.application);
    const auto values = makeSnapshotRepository(s.db)->filterValues();
    if (!values)
        return values.error();
    for (const QString &body : values->implementingBodies)
        maps.bodies.insert(body, body);
    for (const QString &domain : values->domains)
        maps.domains.insert(domain, domain);
    for (const QString &mode : values->modes)
        maps.modes.insert(mode, vocabulary::label("mode", mode));
    for (const auto &[code, name] : values->operators) {
        if (!maps.operators.contains(code))
            maps.operators.insert(code, name);
    }
    return maps;
}

/** Calls per month over [@p from, @p to] of the records passing @p filter, months in order;
 * offers the operators of all call records not offered yet. */
QList<BreakdownItem> callsByMonth(const Snapshot &s, const MonitoringFilter &filter,
                                  const QDate &from, const QDate &to,
                                  QMap<QString, QString> &operatorChoices)
{
    // By the month's first day (in the order of "yyyy-MM"), each month's cases by their keys:
    // millions of records name a few hundred thousand cases.
    std::map<QDate, std::pair<double, QSet<quint32>>> months;
    SeenKeys offered(s.calls);
    for (const CallTable::Call c : s.calls) {
        if (offered.firstTime(c.operatorKey()) && !c.operatorCode().isEmpty() &&
            !operatorChoices.contains(c.operatorCode()))
            operatorChoices.insert(c.operatorCode(), c.operatorName());
        if (c.periodStart() < from || c.periodStart() > to ||
            !s.matchesRecord(c.applicationId(), c.operatorCode(), filter))
            continue;
        auto &month = months[QDate(c.periodStart().year(), c.periodStart().month(), 1)];
        month.first += double(c.calls());
        if (!c.applicationId().isEmpty())
            month.second.insert(c.applicationKey());
    }
    QList<BreakdownItem> out;
    for (const auto &[first, month] : months) {
        QStringList ids;
        ids.reserve(month.second.size());
        for (const quint32 key : month.second)
            ids.append(s.calls.textOf(key));
        ids.sort();
        const QString key = first.toString(QStringLiteral("yyyy-MM"));
        out.append({key, key, month.first, ids});
    }
    return out;
}

/** Incidents opened in [@p from, @p to] passing @p filter, by severity, every severity present. */
QList<BreakdownItem> incidentsBySeverity(const Snapshot &s, const MonitoringFilter &filter,
                                         const QDate &from, const QDate &to)
{
    Grouping severities;
    for (const QString &severity : kIncidentSeverities)
        severities.add(severity, {}, 0);
    for (const IncidentRecord &r : s.incidents) {
        const QDate opened = r.openedAt.date();
        if (opened < from || opened > to ||
            !s.matchesRecord(r.applicationId, r.operatorCode, filter))
            continue;
        severities.add(r.severity, r.applicationId);
    }
    return severities.items(incidentSeverityLabel);
}

/** Domains by count, largest first (ties by key). */
QList<BreakdownItem> domainItems(const Grouping &domains)
{
    QList<BreakdownItem> items = domains.items([](const QString &key) { return key; });
    std::stable_sort(items.begin(), items.end(),
                     [](const BreakdownItem &a, const BreakdownItem &b) {
                         return a.value != b.value ? a.value > b.value : a.key < b.key;
                     });
    return items;
}

/** Every mode of the vocabulary, in its order, with the counted ones' values. */
QList<BreakdownItem> modeItems(Grouping modes)
{
    for (const QString &mode : vocabulary::codes("mode")) {
        if (modes.values.contains(mode))
            continue;
        modes.add(mode, {}, 0);
    }
    QList<BreakdownItem> items =
        modes.items([](const QString &key) { return vocabulary::label("mode", key); });
    const QStringList modeOrder = vocabulary::codes("mode");
    std::stable_sort(items.begin(), items.end(),
                     [&modeOrder](const BreakdownItem &a, const BreakdownItem &b) {
                         return modeOrder.indexOf(a.key) < modeOrder.indexOf(b.key);
                     });
    return items;
}

/** The operator filter choices, labelled "name (code)", sorted by label. */
QList<FilterChoice> operatorChoiceList(const QMap<QString, QString> &operatorChoices)
{
    QList<FilterChoice> out;
    for (auto it = operatorChoices.cbegin(); it != operatorChoices.cend(); ++it)
        out.append({it.key(), it.value().isEmpty()
                                  ? it.key()
                                  : QStringLiteral("%1 (%2)").arg(it.value(), it.key())});
    std::sort(out.begin(), out.end(),
              [](const FilterChoice &a, const FilterChoice &b) { return a.label < b.label; });
    return out;
}

} // namespace

Result<DashboardBreakdown> computeDashboardBreakdown(const Snapshot &s, const IndicatorQuery &query)
{
    const QDate on = query.on.isValid() ? query.on : QDate::currentDate();
    const QDate to = query.to.isValid() ? query.to : on;
    const QDate from = query.from.isValid() ? query.from : to.addYears(-1).addDays(1);
    const MonitoringFilter &filter = query.filter;

    DashboardBreakdown out;
    auto offered = filterChoices(s);
    if (!offered)
        return offered.error();
    ChoiceMaps &choiceMaps = offered.value();
    auto grouped = groupApplications(s, filter, from, to);
    if (!grouped)
        return grouped.error();
    const ApplicationGroupings &groups = grouped.value();
    out.callsByMonth = callsByMonth(s, filter, from, to, choiceMaps.operators);

    // Domains by count, largest first; modes in the order of the vocabulary.
    out.byDomain = domainItems(groups.domains);
    out.byMode = modeItems(groups.modes);
    out.incidentsBySeverity = incidentsBySeverity(s, filter, from, to);
    const auto same = [](const QString &key) { return key; };
    out.decisionsByMonth = groups.decisions.items(same);
    out.submissionsByMonth = groups.submissions.items(same);
    out.registration = groups.registration.items(registrationGroupLabel);

    out.implementingBodies = choices(choiceMaps.bodies);
    out.domains = choices(choiceMaps.domains);
    out.modes = choices(choiceMaps.modes);
    out.operators = operatorChoiceList(choiceMaps.operators);
    return out;
}

} // namespace gd::monitoring
