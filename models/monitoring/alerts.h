// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "domain/monitoringrecords.h"
#include "monitoring/indicators.h"
#include "monitoring/monitoringsettings.h"
#include "pricing/feerules.h"

namespace gd {
class Database;
}
namespace gd::package {
struct Signer;
}

namespace gd::monitoring {

struct Snapshot;

/** The thirteen alert codes (docs/domain.md §7, `alerts --json`). */
namespace alertcode {
inline const QString UnregisteredResource = QStringLiteral("unregistered_resource");
inline const QString CancelledResource = QStringLiteral("cancelled_resource");
inline const QString OverCap = QStringLiteral("over_cap");
inline const QString MarExceeded = QStringLiteral("mar_exceeded");
inline const QString Expiring = QStringLiteral("expiring");
inline const QString ExpiredInUse = QStringLiteral("expired_in_use");
inline const QString IncidentOpen = QStringLiteral("incident_open");
inline const QString DecisionIncomplete = QStringLiteral("decision_incomplete");
inline const QString FilingOverdue = QStringLiteral("filing_overdue");
inline const QString DisclosureDue = QStringLiteral("disclosure_due");
inline const QString AgreementOverdue = QStringLiteral("agreement_overdue");
inline const QString DisclosureOverdue = QStringLiteral("disclosure_overdue");
inline const QString RevokedInUse = QStringLiteral("revoked_in_use");
/** All thirteen, in this order. */
QStringList all();
/** Translated short title, e.g. "Resource not registered". */
QString label(const QString &code);
} // namespace alertcode

enum class AlertSeverity
{
    Info,
    Warning,
    Critical
};
/** "info", "warning", "critical". */
QString severityCode(AlertSeverity severity);
QString severityLabel(AlertSeverity severity); // translated

/**
 * What an alert is about. kind: "application" (id = application id), "operator" (credit
 * code), "implementing_body" (its name), "resource" (registration code, or the resource
 * name when it has none), "incident" (incident id), "filing" (filing record id).
 */
struct AlertSubject
{
    QString kind;
    QString id;
    QString label; // a readable name: scenario, operator name, resource name…
};

/** One risk alert as of a day. */
struct Alert
{
    QString code; // alertcode::…
    AlertSeverity severity = AlertSeverity::Warning;
    AlertSubject subject;
    QString reason;   // translated sentence with the figures
    QJsonObject data; // the facts behind it (dates, amounts as "123.45", counts, ids)
    /**
     * Stable across days: "CODE:KIND:ID", plus ":QUALIFIER" where one subject can have
     * several alerts of a code (over_cap per product, disclosure_due per year,
     * expired_in_use per call record…).
     */
    QString key;
    QStringList applicationIds;                          // cases behind it, for drill-down
    std::optional<AlertAcknowledgement> acknowledgement; // shown, never hidden
    bool acknowledged() const { return acknowledgement.has_value(); }
};

/** How many of @p alerts are not acknowledged. */
qsizetype notAcknowledged(const QList<Alert> &alerts);

/**
 * Evaluates the ten alerts from the database and the feeds as of a day. Rules of each code
 * (thresholds from MonitoringSettings):
 *  - unregistered_resource: a resource of an approved authorization in force, or named by a
 *    call record, has no code or a code not in the register (critical);
 *  - cancelled_resource: the same with a cancelled register entry (critical);
 *  - over_cap: a call record's revenue is above the product's cap price × charged units
 *    (warning);
 *  - mar_exceeded: an operator's revenue in the calls feed within a fee rule's effective
 *    period exceeds its maximum allowed revenue (critical);
 *  - expiring: an approved authorization (its recorded agreement's term, else its period) or
 *    a filed agreement ends within expiringDays (warning; critical within 7 days);
 *  - expired_in_use: calls recorded for a period after the authorization ended (critical);
 *  - incident_open: open more than incidentOpenDays (critical for high/critical incidents);
 *  - decision_incomplete: a decision (approved, conditionally approved or rejected) taken by
 *    the day lacks a passed answer on minutes (collective-decision), legality review, risk
 *    assessment or recusal (critical);
 *  - filing_overdue: a plan or agreement (or an approved decision with no agreement on
 *    file) not filed more than filingWorkingDays working days after its decision; or an
 *    authorization whose recorded life is past its filing deadline (warning);
 *  - disclosure_due: an operator or implementing body active in the previous year without a
 *    disclosure for it: info before 1 March, warning in March, critical after 31 March;
 *  - agreement_overdue / disclosure_overdue: an authorization's recorded life is past the
 *    deadline of its agreement / its disclosure (the life cycle rules' deadlines, working
 *    days on the holiday calendar) (warning);
 *  - revoked_in_use: calls recorded for a period ending after the authorization was
 *    suspended, revoked or terminated (critical).
 */
class AlertEngine final
{
public:
    AlertEngine(std::shared_ptr<Database> db, QList<FeeRules> rules, MonitoringSettings settings);
    /** Uses RuleLibrary's rule files and MonitoringSettings::load(). */
    explicit AlertEngine(std::shared_ptr<Database> db);

    /** Alerts as of @p on (null: today), most severe first, then by code and key. */
    Result<QList<Alert>> evaluate(const QDate &on, const MonitoringFilter &filter = {}) const;
    /** The same on a snapshot already loaded. */
    Result<QList<Alert>> evaluate(const QDate &on, const MonitoringFilter &filter,
                                  const Snapshot &snapshot) const;
    /**
     * The alerts of evaluate(), in its order, without their acknowledgements: reads only
     * @p snapshot, never the database, so that it may run on another thread while the
     * snapshot's own thread computes the indicators (MonitoringService::overview).
     */
    QList<Alert> judge(const QDate &on, const MonitoringFilter &filter,
                       const Snapshot &snapshot) const;
    /** Gives each of @p alerts its acknowledgement, read from the database (evaluate() does). */
    Status acknowledge(QList<Alert> &alerts) const;

private:
    std::shared_ptr<Database> m_db;
    QList<FeeRules> m_rules;
    MonitoringSettings m_settings;
};

/** Acknowledgements of alerts (table alert_acks). */
class AlertAcknowledgements final
{
public:
    explicit AlertAcknowledgements(std::shared_ptr<Database> db);
    /**
     * Records @p note for the alert @p key by the officer @p signer names (the certificate's
     * common name), the audit event "alert.acknowledge" (subject: the key; detail: code and
     * note) and its checkpoint signed with @p signer's key, in one transaction. Refused on a
     * broken audit trail (audit::refuseBrokenTrail). An empty note is refused; acknowledging
     * again replaces the note (and is audited).
     */
    Result<AlertAcknowledgement> acknowledge(const QString &key, const QString &note,
                                             const package::Signer &signer);
    Result<QMap<QString, AlertAcknowledgement>> all() const;

private:
    std::shared_ptr<Database> m_db;
};

/** `alerts --json`: an array of {code, severity, subject: {kind,id,label}, reason, data, key,
 * applicationIds, acknowledged, acknowledgement?: {note, actor, at}}. */
QJsonArray alertsToJson(const QList<Alert> &alerts);

} // namespace gd::monitoring
