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

int digitsAt(QStringView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

std::optional<qint64> LocalDays::utcSeconds(QStringView iso)
{
    // yyyy-MM-ddTHH:mm:ssZ (20) or yyyy-MM-ddTHH:mm:ss.zzzZ (24)
    if ((iso.size() != 20 && iso.size() != 24) || iso.back() != u'Z')
        return std::nullopt;
    const auto digits = [&](qsizetype from, qsizetype count) { return digitsAt(iso, from, count); };
    if (iso.at(4) != u'-' || iso.at(7) != u'-' || iso.at(10) != u'T' || iso.at(13) != u':' ||
        iso.at(16) != u':' || (iso.size() == 24 && (iso.at(19) != u'.' || digits(20, 3) < 0)))
        return std::nullopt;
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    // Hour 24 and second 60 QDateTime reads its own way: left to it, as any doubt is.
    if (year < 1970 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 59 || !QDate::isValid(year, month, day))
        return std::nullopt;
    const qint64 days = QDate(year, month, day).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return days * 86400 + hour * 3600 + minute * 60 + second;
}

} // namespace gd::localtime
