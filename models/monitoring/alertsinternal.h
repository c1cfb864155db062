// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the alert evaluation's files share (alerts.cpp, termalerts.cpp): the evaluation of one
// day, the collector that merges alerts by key, and the alerts each file adds; not for use
// outside models/monitoring.

#include <utility>

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include "domain/monitoringrecords.h"
#include "monitoring/alerts.h"
#include "monitoring/snapshot.h"

namespace gd::monitoring::internal {

inline QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

inline QString subjectLabelOfApp(const AppFacts &a)
{
    return a.application.scenarioName;
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

inline Alert make(const QString &code, AlertSeverity severity, const QString &kind,
                  const QString &id, const QString &label)
{
    Alert a;
    a.code = code;
    a.severity = severity;
    a.subject = {kind, id, label};
    return a;
}

/** One evaluation: the snapshot, the rules and settings, the day and the filter, the call
 * records it reads (selected once: several alerts walk them) and the alerts found so far. */
struct Evaluation
{
    const Snapshot &s;
    const QList<FeeRules> &rules;
    const MonitoringSettings &settings;
    QDate on;
    MonitoringFilter filter;
    Collector out;
    QList<CallTable::Call> selectedCalls; // selectCalls()
    /** Per application, the latest end of the agreements filed for it (filingEnds()). */
    QHash<QString, QDate> filedAgreementEnds;

    QList<const AppFacts *> apps(auto predicate) const
    {
        QList<const AppFacts *> list;
        for (const AppFacts &a : s.apps) {
            if (s.matches(a, filter) && predicate(a))
                list.append(&a);
        }
        return list;
    }
    /** Call records reported up to the evaluation day (the period has started) that pass the
     *  filter, in the snapshot's order. */
    const QList<CallTable::Call> &calls() const { return selectedCalls; }
    static QList<CallTable::Call> selectCalls(const Snapshot &s, const QDate &on,
                                              const MonitoringFilter &filter)
    {
        QList<CallTable::Call> list;
        for (const CallTable::Call c : s.calls) {
            if (c.periodStart() <= on &&
                s.matchesRecord(c.applicationId(), c.operatorCode(), filter))
                list.append(c);
        }
        return list;
    }
    static QHash<QString, QDate> filingEnds(const Snapshot &s)
    {
        QHash<QString, QDate> ends;
        for (const FilingRecord &f : s.filings) {
            if (f.kind != QLatin1String("agreement") || !f.validTo.isValid())
                continue;
            QDate &end = ends[f.applicationId];
            if (!end.isValid() || f.validTo > end)
                end = f.validTo;
        }
        return ends;
    }
};

/** A call record as it appears in an alert's data. */
QJsonObject callJson(const CallTable::Call &r);

// The term and life cycle alerts (termalerts.cpp).
/** expiring: an authorization's term, or a filed agreement, ends soon. */
void expiringAlerts(Evaluation &e);
/** expired_in_use: calls for a period after the authorization ended. */
void expiredInUseAlerts(Evaluation &e);
/** agreement_overdue, filing_overdue and disclosure_overdue from the recorded life. */
void lifecycleDueAlerts(Evaluation &e);
/** revoked_in_use: calls for a period that ends after a suspension, revocation or
 * termination. */
void revokedInUseAlerts(Evaluation &e);

} // namespace gd::monitoring::internal
