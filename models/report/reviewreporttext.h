// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

/*
 * How review.pdf writes text (report/reviewreport.cpp): escaping, dates in China time, sizes
 * and table cells. Internal to the report; the record itself stays language-free.
 */
namespace gd::report::reporttext {

QString esc(const QString &text);
/** Escaped, with line breaks kept. */
QString para(const QString &text);
/**
 * A time as officers read it, as the screens show it: this computer's time zone, date with
 * year, to the minute, the zone stated (core/localtime.h).
 */
QString localTime(const QDateTime &at);
QString localDate(const QDateTime &at);
QString dateText(const QDate &date);
QString orDash(const QString &text);
/** A decimal string ("12.50") as a number for drawing only. */
double drawValue(const QString &decimal);

/** A table cell: text is escaped; raw() takes HTML built here. */
struct Cell
{
    Cell(const QString &text)
        : html(para(text))
    {}
    Cell(const char16_t *text)
        : html(para(QString::fromUtf16(text)))
    {}
    static Cell raw(const QString &html);
    QString html;
};
using Row = QList<Cell>;

/** Cell::raw(@p html): HTML built by the report, not escaped again. */
Cell raw(const QString &html);

} // namespace gd::report::reporttext
