// SPDX-License-Identifier: GPL-3.0-or-later
// The alerts about an authorization's term and recorded life: expiring, expired_in_use,
// agreement_overdue, filing_overdue and disclosure_overdue of the life, revoked_in_use.
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QSet>

#include "lifecycle/lifecyclerules.h"
#include "monitoring/alertsinternal.h"

namespace gd::monitoring::internal {
namespace {

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
    if (const QDate filed = e.filedAgreementEnds.value(id);
        filed.isValid() && (!end.isValid() || filed > end))
        end = filed;
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

} // namespace

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
    QMap<QString, QList<CallTable::Call>> late;
    QMap<QString, QDate> ends;
    KeyMemo<QDate> endOf(e.s.calls); // each application's end worked out once
    for (const CallTable::Call &c : e.calls()) {
        if (c.applicationId().isEmpty() || c.calls() == 0)
            continue;
        const QDate end =
            endOf(c.applicationKey(), [&] { return authorizationEnd(e, c.applicationId()); });
        if (!end.isValid() || c.periodEnd() <= end)
            continue;
        late[c.applicationId()].append(c);
        ends.insert(c.applicationId(), end);
    }
    for (auto it = late.cbegin(); it != late.cend(); ++it) {
        const AppFacts *app = e.s.app(it.key());
        qint64 calls = 0;
        QJsonArray records;
        for (const CallTable::Call &c : it.value()) {
            calls += c.calls();
            records.append(callJson(c));
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
    QList<std::pair<const AppFacts *, lifecycle::Interruption>> interrupted;
    QSet<QString> ids;
    for (const AppFacts *a : e.apps([](const AppFacts &a) { return a.life.has_value(); })) {
        if (const auto interruption = a->life->interruptionOn(e.on)) {
            interrupted.append({a, *interruption});
            ids.insert(a->id);
        }
    }
    if (interrupted.isEmpty())
        return;
    // Their records in one walk, not one walk of every record per interrupted case.
    QHash<QString, QList<CallTable::Call>> callsOf;
    KeyMemo<bool> interruptedApp(e.s.calls);
    for (const CallTable::Call &c : e.calls()) {
        if (interruptedApp(c.applicationKey(), [&] { return ids.contains(c.applicationId()); }))
            callsOf[c.applicationId()].append(c);
    }
    for (const auto &[a, interruption] : std::as_const(interrupted)) {
        qint64 calls = 0;
        QJsonArray records;
        for (const CallTable::Call &c : callsOf.value(a->id)) {
            if (c.calls() == 0 || c.periodEnd() <= interruption.date)
                continue;
            calls += c.calls();
            records.append(callJson(c));
        }
        if (records.isEmpty())
            continue;
        Alert alert = make(alertcode::RevokedInUse, AlertSeverity::Critical,
                           QStringLiteral("application"), a->id, subjectLabelOfApp(*a));
        QString what;
        switch (interruption.kind) {
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
                           .arg(a->id, what, iso(interruption.date), QLocale().toString(calls))
                           .arg(records.size());
        alert.data = {{QStringLiteral("interruption"), lifecycle::actCode(interruption)},
                      {QStringLiteral("date"), iso(interruption.date)},
                      {QStringLiteral("calls"), double(calls)},
                      {QStringLiteral("records"), records}};
        alert.applicationIds = {a->id};
        e.out.add(std::move(alert));
    }
}

} // namespace gd::monitoring::internal
