// SPDX-License-Identifier: GPL-3.0-or-later
#include "workcalendarfile.h"

#include <QRegularExpression>

#include "core/log.h"
#include "core/jsonreader.h"

namespace gd {
namespace {

const QString kCalendarFormat = QStringLiteral("grantdesk.calendar/1");
const QString kShippedCalendar = QStringLiteral(":/calendar/workdays-cn-2026.1.json");
constexpr int kLongestHoliday = 14; // days; the longest in the notices is 9 (春节 2026)

/** A day of the notice for year @p year: in that year, or in the last week of the one before
 * (a New Year holiday may start on 30 or 31 December, as it did in the 2023 notice). */
std::optional<QDate> dayOfYear(const ValueReader &value, int year)
{
    const std::optional<QDate> day = value.date();
    if (!day || year == 0)
        return day;
    if (*day < QDate(year - 1, 12, 25) || *day > QDate(year, 12, 31)) {
        value.error(QStringLiteral("%1 is not in %2 (nor in the last week of %3)")
                        .arg(day->toString(Qt::ISODate))
                        .arg(year)
                        .arg(year - 1));
        return std::nullopt;
    }
    return day;
}

void readHoliday(ObjectReader object, int year, WorkCalendar &calendar)
{
    const std::optional<QString> name = object.required("name").string(1, 40);
    const ValueReader fromValue = object.required("from");
    const ValueReader toValue = object.required("to");
    const std::optional<QDate> from = dayOfYear(fromValue, year);
    const std::optional<QDate> to = dayOfYear(toValue, year);
    const ArrayReader workdays = object.required("workdays").array(0, 4);
    object.refuseUnknownFields();
    if (name && from && to) {
        if (*to < *from) {
            toValue.error(QStringLiteral("the holiday ends before it starts (%1)")
                              .arg(from->toString(Qt::ISODate)));
        } else if (from->daysTo(*to) >= kLongestHoliday) {
            toValue.error(QStringLiteral("a holiday of %1 days is longer than %2")
                              .arg(from->daysTo(*to) + 1)
                              .arg(kLongestHoliday));
        } else {
            for (QDate d = *from; d <= *to; d = d.addDays(1)) {
                const auto other = calendar.holidays.constFind(d);
                if (other != calendar.holidays.cend()) {
                    fromValue.error(QStringLiteral("%1 is already a day of %2")
                                        .arg(d.toString(Qt::ISODate), other.value()));
                    break;
                }
                calendar.holidays.insert(d, *name);
            }
        }
    }
    for (int i = 0; i < workdays.size(); ++i) {
        const ValueReader value = workdays.at(i);
        const std::optional<QDate> day = dayOfYear(value, year);
        if (!day)
            continue;
        const QString iso = day->toString(Qt::ISODate);
        if (day->dayOfWeek() <= 5)
            value.error(
                QStringLiteral("%1 is a weekday; a make-up working day falls on a Saturday or "
                               "Sunday")
                    .arg(iso));
        else if (calendar.holidays.contains(*day))
            value.error(QStringLiteral("%1 is a day of %2, not a working day")
                            .arg(iso, calendar.holidays.value(*day)));
        else if (calendar.workdays.contains(*day))
            value.error(QStringLiteral("%1 is already a make-up working day").arg(iso));
        else
            calendar.workdays.insert(*day, name.value_or(QString()));
    }
}

WorkCalendar loadBuiltin()
{
    WorkCalendarParseOutcome outcome =
        parseJsonFile(kShippedCalendar, QString(), parseWorkCalendar);
    if (outcome.calendar)
        return std::move(*outcome.calendar);
    for (const Error &error : outcome.errors)
        log::error(error.toString());
    Q_ASSERT_X(false, "builtinWorkCalendar", "the built-in calendar does not parse");
    return {};
}

} // namespace

WorkCalendarParseOutcome parseWorkCalendar(const QByteArray &json, const QString &label)
{
    WorkCalendarParseOutcome outcome;
    JsonReader reader(label);
    std::optional<ObjectReader> root = reader.parseObject(json);
    if (!root) {
        outcome.errors = reader.errors();
        return outcome;
    }
    WorkCalendar calendar;
    root->required("format").constant(kCalendarFormat);
    calendar.version = root->required("version")
                           .matching(QRegularExpression(QRegularExpression::anchoredPattern(
                                         QStringLiteral("[0-9]{4}\\.[0-9]{1,3}"))),
                                     QStringLiteral("expected a version such as '2026.1'"))
                           .value_or(QString());
    const ArrayReader years = root->required("years").array(1, 100);
    root->refuseUnknownFields();
    for (int i = 0; i < years.size(); ++i) {
        ObjectReader object = years.at(i).object();
        WorkCalendarYear entry;
        const ValueReader yearValue = object.required("year");
        entry.year = int(yearValue.integer(2000, 2100).value_or(0));
        if (entry.year != 0 && !calendar.years.isEmpty() &&
            calendar.years.last().year >= entry.year) {
            yearValue.error(QStringLiteral("year %1 does not follow %2 (years ascend, each once)")
                                .arg(entry.year)
                                .arg(calendar.years.last().year));
            entry.year = 0;
        }
        entry.notice = object.required("notice").string(1, 200).value_or(QString());
        entry.reference = object.required("reference").string(1, 100).value_or(QString());
        entry.published = object.required("published").date().value_or(QDate());
        const ArrayReader holidays = object.required("holidays").array(1, 20);
        object.refuseUnknownFields();
        for (int h = 0; h < holidays.size(); ++h)
            readHoliday(holidays.at(h).object(), entry.year, calendar);
        if (entry.year != 0)
            calendar.years.append(entry);
    }
    if (reader.hasErrors())
        outcome.errors = reader.errors();
    else
        outcome.calendar = std::move(calendar);
    return outcome;
}

const WorkCalendar &builtinWorkCalendar()
{
    static const WorkCalendar calendar = loadBuiltin();
    return calendar;
}

} // namespace gd
