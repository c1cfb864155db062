// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace gd::localtime {

/**
 * A moment as officers read it, on screen and in the PDF alike: date with year and time to
 * the minute in this computer's time zone, "2026-12-05 20:10"; "—" when @p at is not valid.
 */
QString dateTime(const QDateTime &at);

/** dateTime() followed by the zone it is in, "2026-12-05 20:10 (UTC+08:00)": for the PDF. */
QString dateTimeWithZone(const QDateTime &at);

/** The date of @p at in this computer's time zone, "2026-12-05"; "—" when not valid. */
QString date(const QDateTime &at);

/** The decimal digits of @p text from @p at, @p count of them, as a number; -1 for anything
 *  else. For reading the stored forms of times by hand. */
int digitsAt(QStringView text, qsizetype at, qsizetype count);

/**
 * The local date of UTC instants as stored ("2026-01-02T03:04:05Z"), with the zone's offset
 * looked up once per UTC hour instead of once per row (QDateTime::toLocalTime asks the C
 * library each time). Zones change their offset on a whole UTC hour. For one long read.
 */
class LocalDays
{
public:
    QDate of(const QString &iso)
    {
        if (const std::optional<qint64> secs = utcSeconds(iso))
            return ofSeconds(*secs);
        return of(QDateTime::fromString(iso, Qt::ISODate));
    }
    QDate of(const QDateTime &at)
    {
        if (!at.isValid())
            return {};
        return ofSeconds(at.toSecsSinceEpoch());
    }

    /**
     * The seconds since 1970 of @p iso when it is what the store writes, a UTC instant
     * "yyyy-MM-ddTHH:mm:ss", with or without milliseconds, and "Z", from 1970 on: read by hand
     * (QDateTime::fromString takes a microsecond a row). Nothing for any other text, which
     * QDateTime reads; the same seconds as QDateTime::fromString(iso, Qt::ISODate) otherwise.
     */
    static std::optional<qint64> utcSeconds(QStringView iso);

private:
    QDate ofSeconds(qint64 secs)
    {
        const qint64 hour = secs - secs % 3600;
        auto it = m_offsets.constFind(hour);
        if (it == m_offsets.constEnd())
            it = m_offsets.insert(
                hour, QDateTime::fromSecsSinceEpoch(hour, Qt::UTC).toLocalTime().offsetFromUtc());
        return QDateTime::fromSecsSinceEpoch(secs + it.value(), Qt::UTC).date();
    }

    QHash<qint64, int> m_offsets;
};

} // namespace gd::localtime
