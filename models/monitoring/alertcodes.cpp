// SPDX-License-Identifier: GPL-3.0-or-later
// The alert vocabulary (codes, severities, their labels) and `alerts --json`; the rules that
// raise alerts are in alerts.cpp.
#include "alerts.h"

#include <algorithm>

#include <QCoreApplication>

namespace gd::monitoring {

namespace alertcode {
QStringList all()
{
    return {UnregisteredResource, CancelledResource,  OverCap,
            MarExceeded,          Expiring,           ExpiredInUse,
            IncidentOpen,         DecisionIncomplete, FilingOverdue,
            DisclosureDue,        AgreementOverdue,   DisclosureOverdue,
            RevokedInUse};
}

QString label(const QString &code)
{
    if (code == UnregisteredResource)
        return QCoreApplication::translate("Monitoring", "Resource not registered");
    if (code == CancelledResource)
        return QCoreApplication::translate("Monitoring", "Resource cancelled");
    if (code == OverCap)
        return QCoreApplication::translate("Monitoring", "Price over the cap");
    if (code == MarExceeded)
        return QCoreApplication::translate("Monitoring", "Maximum allowed revenue exceeded");
    if (code == Expiring)
        return QCoreApplication::translate("Monitoring", "Authorization expiring");
    if (code == ExpiredInUse)
        return QCoreApplication::translate("Monitoring", "Used after expiry");
    if (code == IncidentOpen)
        return QCoreApplication::translate("Monitoring", "Incident open too long");
    if (code == DecisionIncomplete)
        return QCoreApplication::translate("Monitoring", "Decision records incomplete");
    if (code == FilingOverdue)
        return QCoreApplication::translate("Monitoring", "Filing overdue");
    if (code == DisclosureDue)
        return QCoreApplication::translate("Monitoring", "Annual disclosure due");
    if (code == AgreementOverdue)
        return QCoreApplication::translate("Monitoring", "Agreement overdue");
    if (code == DisclosureOverdue)
        return QCoreApplication::translate("Monitoring", "Disclosure overdue");
    if (code == RevokedInUse)
        return QCoreApplication::translate("Monitoring", "Used after revocation");
    return code;
}
} // namespace alertcode

qsizetype notAcknowledged(const QList<Alert> &alerts)
{
    return std::count_if(alerts.cbegin(), alerts.cend(),
                         [](const Alert &a) { return !a.acknowledged(); });
}

QString severityCode(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString severityLabel(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QCoreApplication::translate("Monitoring", "Info");
    case AlertSeverity::Warning:
        return QCoreApplication::translate("Monitoring", "Warning");
    case AlertSeverity::Critical:
        return QCoreApplication::translate("Monitoring", "Critical");
    }
    return {};
}

QJsonArray alertsToJson(const QList<Alert> &alerts)
{
    QJsonArray array;
    for (const Alert &a : alerts) {
        QJsonObject o{
            {QStringLiteral("code"), a.code},
            {QStringLiteral("severity"), severityCode(a.severity)},
            {QStringLiteral("subject"), QJsonObject{{QStringLiteral("kind"), a.subject.kind},
                                                    {QStringLiteral("id"), a.subject.id},
                                                    {QStringLiteral("label"), a.subject.label}}},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("data"), a.data},
            {QStringLiteral("key"), a.key},
            {QStringLiteral("applicationIds"), QJsonArray::fromStringList(a.applicationIds)},
            {QStringLiteral("acknowledged"), a.acknowledged()}};
        if (a.acknowledgement)
            o.insert(
                QStringLiteral("acknowledgement"),
                QJsonObject{{QStringLiteral("note"), a.acknowledgement->note},
                            {QStringLiteral("actor"), a.acknowledgement->actor},
                            {QStringLiteral("at"), a.acknowledgement->at.toString(Qt::ISODate)}});
        array.append(o);
    }
    return array;
}

} // namespace gd::monitoring
