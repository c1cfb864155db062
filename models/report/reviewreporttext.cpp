// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewreporttext.h"

#include <QLocale>

#include "core/identitytext.h"
#include "core/localtime.h"

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

QString localTime(const QDateTime &at)
{
    return localtime::dateTimeWithZone(at);
}

QString localDate(const QDateTime &at)
{
    return localtime::date(at);
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
