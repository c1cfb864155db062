// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include <cstdio>

#include <QJsonObject>

#include "core/canonicaljson.h"
#include "core/hashing.h"

namespace gd {

const QString AuditTrail::kGenesisHash = QString(64, QLatin1Char('0'));

QString AuditTrail::formatTime(const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (!utc.isValid() || date.year() < 0 || date.year() > 9999) // Qt's own text for those
        return utc.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
    // The same text written by hand: every append and every check of the chain formats a time,
    // and QDateTime::toString's pattern parsing cost more than hashing the event.
    char text[25];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(),
                  date.month(), date.day(), time.hour(), time.minute(), time.second(), time.msec());
    return QString::fromLatin1(text, 24);
}

QDateTime AuditTrail::parseTime(const QString &text)
{
    // Parsed by parts in UTC: a local-time parse could fall into a daylight-saving gap.
    if (text.size() != 24 || !text.endsWith(QLatin1Char('Z')) || text.at(10) != QLatin1Char('T'))
        return {};
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 12), QStringLiteral("HH:mm:ss.zzz"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QByteArray AuditTrail::canonicalEvent(const AuditEvent &event)
{
    // canonicaljson::serialize of the object {seq, at, actor, action, subject, detail}, its
    // members written in their canonical order without building it (the test compares both).
    QByteArray out;
    out.reserve(256);
    out += R"({"action":)";
    canonicaljson::appendTo(out, event.action);
    out += R"(,"actor":)";
    canonicaljson::appendTo(out, event.actor);
    out += R"(,"at":)";
    canonicaljson::appendTo(out, formatTime(event.at));
    out += R"(,"detail":)";
    canonicaljson::appendTo(out, QJsonValue(event.detail));
    out += R"(,"seq":)";
    canonicaljson::appendTo(out, QJsonValue(event.seq));
    out += R"(,"subject":)";
    canonicaljson::appendTo(out, event.subject);
    out += '}';
    return out;
}

QString AuditTrail::chainHash(const QString &prevHash, const AuditEvent &event)
{
    return hashing::sm3Hex(prevHash.toLatin1() + canonicalEvent(event));
}

} // namespace gd
