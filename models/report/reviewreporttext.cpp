// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewreporttext.h"

#include <QLocale>

#include "core/identitytext.h"

namespace gd::report::reporttext {

QString esc(const QString &text)
{
    return identitytext::displaySafe(text, identitytext::Lines::Keep).toHtmlEscaped();
}

/** Escaped, with line breaks kept. */
QString para(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

/** A time as officers read it: China time, to the minute. */
QString chinaTime(const QDateTime &at)
{
    if (!at.isValid())
        return QStringLiteral("—");
    return at.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" (UTC+8)");
}

QString chinaDate(const QDateTime &at)
{
    return at.isValid() ? at.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd"))
                        : QStringLiteral("—");
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

/** A decimal string ("12.50") as a number for drawing only. */
double drawValue(const QString &decimal)
{
    return decimal.toDouble();
}

Cell Cell::raw(const QString &html)
{
    Cell cell{QString()};
    cell.html = html;
    return cell;
}

Cell raw(const QString &html)
{
    return Cell::raw(html);
}

} // namespace gd::report::reporttext
