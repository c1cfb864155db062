// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include <algorithm>
#include <cstdio>

#include <QJsonObject>

#include "core/canonicaljson.h"
#include "core/hashing.h"
#include "core/localtime.h"

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

namespace {

/** The stored form exactly (formatTime's, digits where it writes digits), read by hand; an
 *  invalid QDateTime for any other text. Checking the chain reads millions of times. */
QDateTime parseStoredForm(const QString &text)
{
    static constexpr struct
    {
        int at;
        char16_t separator;
    } kSeparators[] = {{4, u'-'}, {7, u'-'}, {10, u'T'}, {13, u':'}, {16, u':'}, {19, u'.'}};
    for (const auto &s : kSeparators) {
        if (text.at(s.at) != s.separator)
            return {};
    }
    using localtime::digitsAt;
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2), ms = digitsAt(text, 20, 3);
    if (std::min({year, month, day, hour, minute, second, ms}) < 0)
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime AuditTrail::parseTime(const QString &text)
{
    // Parsed by parts in UTC: a local-time parse could fall into a daylight-saving gap.
    if (text.size() != 24 || !text.endsWith(QLatin1Char('Z')) || text.at(10) != QLatin1Char('T'))
        return {};
    if (const QDateTime stored = parseStoredForm(text); stored.isValid())
        return stored;
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 12), QStringLiteral("HH:mm:ss.zzz"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QByteArray AuditTrail::canonicalEvent(const AuditEvent &event)
{
    return canonicalEvent(event, canonicaljson::serialize(QJsonValue(event.detail)));
}

QByteArray AuditTrail::canonicalEvent(const AuditEvent &event, const QByteArray &canonicalDetail)
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
    out += canonicalDetail;
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

QString AuditTrail::chainHash(const QString &prevHash, const AuditEvent &event,
                              const QByteArray &canonicalDetail)
{
    return hashing::sm3Hex(prevHash.toLatin1() + canonicalEvent(event, canonicalDetail));
}

} // namespace gd
