// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include <QJsonObject>

#include "core/canonicaljson.h"
#include "core/hashing.h"

namespace gd {

const QString AuditTrail::kGenesisHash = QString(64, QLatin1Char('0'));

QString AuditTrail::formatTime(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
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
    const QJsonObject object{
        {QStringLiteral("seq"), event.seq},         {QStringLiteral("at"), formatTime(event.at)},
        {QStringLiteral("actor"), event.actor},     {QStringLiteral("action"), event.action},
        {QStringLiteral("subject"), event.subject}, {QStringLiteral("detail"), event.detail},
    };
    return canonicaljson::serialize(object);
}

QString AuditTrail::chainHash(const QString &prevHash, const AuditEvent &event)
{
    return hashing::sm3Hex(prevHash.toLatin1() + canonicalEvent(event));
}

} // namespace gd
