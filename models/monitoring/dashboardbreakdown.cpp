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

namespace gd::monitoring {
namespace {

/** Groups keyed in first-seen order into items, with sorted, non-empty ids. */
struct Grouping
{
    QStringList order;
    QHash<QString, double> values;
    QHash<QString, QSet<QString>> ids;

    void add(const QString &key, const QString &applicationId, double value = 1)
    {
        if (!values.contains(key))
            order.append(key);
        values[key] += value;
        if (!applicationId.isEmpty())
            ids[key].insert(applicationId);
    }

    QList<BreakdownItem> items(const std::function<QString(const QString &)> &label) const
    {
        QList<BreakdownItem> out;
        for (const QString &key : order) {
            QStringList list(ids.value(key).cbegin(), ids.value(key).cend());
            list.sort();
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

DashboardBreakdown computeDashboardBreakdown(const Snapshot &s, const IndicatorQuery &query)
{
    const QDate on = query.on.isValid() ? query.on : QDate::currentDate();
    const QDate to = query.to.isValid() ? query.to : on;
    const QDate from = query.from.isValid() ? query.from : to.addYears(-1).addDays(1);
    const MonitoringFilter &filter = query.filter;

    DashboardBreakdown out;
    Grouping domains, modes, registration, decisions, submissions;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        decisions.add(m.toString(QStringLiteral("yyyy-MM")), {}, 0);
        submissions.add(m.toString(QStringLiteral("yyyy-MM")), {}, 0);
    }
    for (const QString &group : registrationGroups())
        registration.add(group, {}, 0);
    QMap<QString, QString> bodyChoices, domainChoices, modeChoices, operatorChoices;
    for (const AppFacts &a : s.apps) {
        const Application &app = a.application;
        if (!app.authorization.implementingBody.isEmpty())
            bodyChoices.insert(app.authorization.implementingBody,
                               app.authorization.implementingBody);
        if (!app.scenario.domain.isEmpty())
            domainChoices.insert(app.scenario.domain, app.scenario.domain);
        if (!app.authorization.mode.isEmpty())
            modeChoices.insert(app.authorization.mode,
                               vocabulary::label("mode", app.authorization.mode));
        if (!app.applicant.creditCode.isEmpty())
            operatorChoices.insert(app.applicant.creditCode, app.applicant.name);
        if (!s.matches(a, filter))
            continue;
        if (a.decided() && a.decidedOn.isValid() && a.decidedOn >= from && a.decidedOn <= to)
            decisions.add(a.decidedOn.toString(QStringLiteral("yyyy-MM")), a.id);
        if (a.submittedOn < from || a.submittedOn > to)
            continue;
        submissions.add(a.submittedOn.toString(QStringLiteral("yyyy-MM")), a.id);
        domains.add(app.scenario.domain, a.id);
        modes.add(app.authorization.mode, a.id);
        for (const RequestedResource &r : app.resources) {
            const RegistrationStatus status = statusOf(s, r.registrationCode);
            const QString group =
                status == RegistrationStatus::Cancelled      ? QStringLiteral("cancelled")
                : status == RegistrationStatus::Unregistered ? QStringLiteral("unregistered")
                                                             : QStringLiteral("active");
            registration.add(group, a.id);
        }
    }
    std::map<QString, std::pair<double, QSet<QString>>> months;
    for (const CallRecord &c : s.calls) {
        if (!c.operatorCode.isEmpty() && !operatorChoices.contains(c.operatorCode))
            operatorChoices.insert(c.operatorCode, c.operatorName);
        if (c.periodStart < from || c.periodStart > to ||
            !s.matchesRecord(c.applicationId, c.operatorCode, filter))
            continue;
        auto &month = months[c.periodStart.toString(QStringLiteral("yyyy-MM"))];
        month.first += double(c.calls);
        if (!c.applicationId.isEmpty())
            month.second.insert(c.applicationId);
    }
    for (const auto &[key, month] : months) {
        QStringList ids(month.second.cbegin(), month.second.cend());
        ids.sort();
        out.callsByMonth.append({key, key, month.first, ids});
    }

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

    // Domains by count, largest first; modes in the order of the vocabulary.
    out.byDomain = domains.items([](const QString &key) { return key; });
    std::stable_sort(out.byDomain.begin(), out.byDomain.end(),
                     [](const BreakdownItem &a, const BreakdownItem &b) {
                         return a.value != b.value ? a.value > b.value : a.key < b.key;
                     });
    for (const QString &mode : vocabulary::codes("mode")) {
        if (modes.values.contains(mode))
            continue;
        modes.add(mode, {}, 0);
    }
    out.byMode = modes.items([](const QString &key) { return vocabulary::label("mode", key); });
    const QStringList modeOrder = vocabulary::codes("mode");
    std::stable_sort(out.byMode.begin(), out.byMode.end(),
                     [&modeOrder](const BreakdownItem &a, const BreakdownItem &b) {
                         return modeOrder.indexOf(a.key) < modeOrder.indexOf(b.key);
                     });
    out.incidentsBySeverity = severities.items(incidentSeverityLabel);
    const auto same = [](const QString &key) { return key; };
    out.decisionsByMonth = decisions.items(same);
    out.submissionsByMonth = submissions.items(same);
    out.registration = registration.items(registrationGroupLabel);

    out.implementingBodies = choices(bodyChoices);
    out.domains = choices(domainChoices);
    out.modes = choices(modeChoices);
    for (auto it = operatorChoices.cbegin(); it != operatorChoices.cend(); ++it)
        out.operators.append({it.key(), it.value().isEmpty()
                                            ? it.key()
                                            : QStringLiteral("%1 (%2)").arg(it.value(), it.key())});
    std::sort(out.operators.begin(), out.operators.end(),
              [](const FilterChoice &a, const FilterChoice &b) { return a.label < b.label; });
    return out;
}

} // namespace gd::monitoring
