// SPDX-License-Identifier: GPL-3.0-or-later
#include "localtime.h"

namespace gd::localtime {

QString dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return QStringLiteral("—");
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dateTimeWithZone(const QDateTime &at)
{
    if (!at.isValid())
        return QStringLiteral("—");
    const QDateTime local = at.toLocalTime();
    const int offset = local.offsetFromUtc() / 60; // minutes east of UTC
    const int minutes = offset < 0 ? -offset : offset;
    const QString zone = offset == 0 ? QStringLiteral("UTC")
                                     : QStringLiteral("UTC%1%2:%3")
                                           .arg(offset < 0 ? QChar(0x2212) : QLatin1Char('+'))
                                           .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                           .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 (%2)").arg(dateTime(at), zone);
}

QString date(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))
                        : QStringLiteral("—");
}

} // namespace gd::localtime
