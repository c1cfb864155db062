// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "calendar/workcalendarfile.h"
#include "monitoring/monitoringsettings.h"

using namespace gd;

namespace {

const QString kLabel = QStringLiteral("calendar.json");

/** A one-year calendar whose only holiday is @p holiday (a JSON object text). */
QByteArray oneYear(const char *holiday, const char *more = "")
{
    return QByteArray(R"({"format":"grantdesk.calendar/1","version":"2026.1","years":[)"
                      R"({"year":2026,"notice":"通知","reference":"国办发明电〔2025〕7号",)"
                      R"("published":"2025-11-04","holidays":[)") +
           holiday + "]}" + more + "]}";
}

QString errorsOf(const QByteArray &json)
{
    const WorkCalendarParseOutcome outcome = parseWorkCalendar(json, kLabel);
    if (outcome.calendar)
        return QString();
    QStringList texts;
    for (const Error &e : outcome.errors)
        texts << e.toString();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

/** The holiday calendar (docs/formats/calendar.md) and the working days every deadline uses. */
class TestWorkCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void builtinNamesItsNotices();
    void weekdayHolidayAndMakeUpDay();
    void spanAcrossSpringFestival();
    void spanAcrossNationalDay();
    void coverageEdge();
    void monitoringCountsOnTheCalendar();
    void badFiles_data();
    void badFiles();
    void validMinimalFile();
};

void TestWorkCalendar::builtinNamesItsNotices()
{
    const WorkCalendar &c = builtinWorkCalendar();
    QCOMPARE(c.version, QStringLiteral("2026.1"));
    QCOMPARE(c.years.size(), 2);
    QCOMPARE(c.years.at(0).year, 2025);
    QCOMPARE(c.years.at(0).reference, QString::fromUtf8("国办发明电〔2024〕12号"));
    QCOMPARE(c.years.at(0).notice, QString::fromUtf8("国务院办公厅关于2025年部分节假日安排的通知"));
    QCOMPARE(c.years.at(1).year, 2026);
    QCOMPARE(c.years.at(1).reference, QString::fromUtf8("国办发明电〔2025〕7号"));
    QCOMPARE(c.years.at(1).published, QDate(2025, 11, 4));
    // 2025: 1+8+3+5+3+8 days off, 5 make-up days; 2026: 3+9+3+5+3+3+7, 6 make-up days.
    int days2025 = 0, days2026 = 0;
    for (auto it = c.holidays.cbegin(); it != c.holidays.cend(); ++it)
        ++(it.key().year() == 2025 ? days2025 : days2026);
    QCOMPARE(days2025, 28);
    QCOMPARE(days2026, 33);
    QCOMPARE(c.workdays.size(), 11);
    for (auto it = c.workdays.cbegin(); it != c.workdays.cend(); ++it)
        QVERIFY2(it.key().dayOfWeek() >= 6, qPrintable(it.key().toString(Qt::ISODate)));
}

void TestWorkCalendar::weekdayHolidayAndMakeUpDay()
{
    const WorkCalendar &c = builtinWorkCalendar();
    QVERIFY(c.isWorkingDay(QDate(2026, 3, 2)));   // an ordinary Monday
    QVERIFY(!c.isWorkingDay(QDate(2026, 3, 7)));  // an ordinary Saturday
    QVERIFY(!c.isWorkingDay(QDate(2026, 10, 1))); // 国庆, Thursday
    QVERIFY(!c.isWorkingDay(QDate(2025, 1, 1)));  // 元旦, Wednesday
    QVERIFY(!c.isWorkingDay(QDate(2026, 9, 25))); // 中秋, Friday
    QVERIFY(!c.isWorkingDay(QDate(2026, 2, 23))); // last day of 春节, Monday
    QVERIFY(c.isWorkingDay(QDate(2026, 2, 14)));  // make-up Saturday before 春节
    QVERIFY(c.isWorkingDay(QDate(2025, 1, 26)));  // make-up Sunday before 春节
    QVERIFY(c.isWorkingDay(QDate(2026, 1, 4)));   // make-up Sunday after 元旦
    QVERIFY(c.isWorkingDay(QDate(2025, 10, 11))); // make-up Saturday after 国庆
    QCOMPARE(c.holidays.value(QDate(2025, 10, 6)), QString::fromUtf8("国庆节、中秋节"));
    QCOMPARE(c.workdays.value(QDate(2026, 5, 9)), QString::fromUtf8("劳动节"));
}

void TestWorkCalendar::spanAcrossSpringFestival()
{
    const WorkCalendar &c = builtinWorkCalendar();
    // Fri 13 Feb → Fri 27 Feb 2026: Sat 14 (make-up), 15–23 off, 24–27: 5, not 10.
    QCOMPARE(c.workingDaysBetween(QDate(2026, 2, 13), QDate(2026, 2, 27)), 5);
    QCOMPARE(c.addWorkingDays(QDate(2026, 2, 13), 1), QDate(2026, 2, 14));
    QCOMPARE(c.addWorkingDays(QDate(2026, 2, 13), 2), QDate(2026, 2, 24));
    // Fri 24 Jan → Mon 10 Feb 2025: Sun 26, Mon 27, 5–7 Feb, Sat 8, Mon 10.
    QCOMPARE(c.workingDaysBetween(QDate(2025, 1, 24), QDate(2025, 2, 10)), 7);
    QCOMPARE(c.addWorkingDays(QDate(2025, 1, 24), 2), QDate(2025, 1, 27));
    QCOMPARE(c.workingDaysBetween(QDate(2026, 2, 27), QDate(2026, 2, 13)), 0);
}

void TestWorkCalendar::spanAcrossNationalDay()
{
    const WorkCalendar &c = builtinWorkCalendar();
    // 2025: Sun 28 Sep (make-up), 29, 30, 1–8 Oct off, 9, 10.
    QCOMPARE(c.workingDaysBetween(QDate(2025, 9, 26), QDate(2025, 10, 10)), 5);
    // 2026: Sun 20 Sep, 21–24, 中秋 25 off, 28–30, 1–7 Oct off, 8, 9, Sat 10, Mon 12.
    QCOMPARE(c.workingDaysBetween(QDate(2026, 9, 18), QDate(2026, 10, 12)), 12);
    QCOMPARE(c.addWorkingDays(QDate(2026, 9, 18), 20), QDate(2026, 10, 22));
    QCOMPARE(c.addWorkingDays(QDate(2026, 9, 30), 1), QDate(2026, 10, 8));
}

void TestWorkCalendar::coverageEdge()
{
    const WorkCalendar &c = builtinWorkCalendar();
    QVERIFY(c.covers(2025));
    QVERIFY(c.covers(2026));
    QVERIFY(!c.covers(2024));
    QVERIFY(!c.covers(2027));
    QVERIFY(c.covers(QDate(2025, 1, 1), QDate(2026, 12, 31)));
    QVERIFY(!c.covers(QDate(2026, 12, 30), QDate(2027, 1, 5)));
    QCOMPARE(c.uncoveredYears(QDate(2024, 12, 31), QDate(2027, 1, 5)), QList<int>({2024, 2027}));
    // Beyond coverage: Monday to Friday (1 January 2027 counts; the calendar cannot know).
    QCOMPARE(c.workingDaysBetween(QDate(2026, 12, 30), QDate(2027, 1, 5)), 4);
    QVERIFY(c.isWorkingDay(QDate(2027, 1, 1)));
    QVERIFY(!c.isWorkingDay(QDate(2027, 1, 2)));
}

void TestWorkCalendar::monitoringCountsOnTheCalendar()
{
    // The monitoring's functions (every filing deadline) are the calendar's.
    QCOMPARE(monitoring::workingDaysBetween(QDate(2026, 2, 13), QDate(2026, 2, 27)), 5);
    QCOMPARE(monitoring::addWorkingDays(QDate(2026, 9, 18), 20), QDate(2026, 10, 22));
    QVERIFY(monitoring::workingDaysCaveat(QDate(2026, 9, 18), QDate(2026, 10, 22)).isEmpty());
    const QString caveat = monitoring::workingDaysCaveat(QDate(2026, 12, 1), QDate(2027, 1, 5));
    QVERIFY2(caveat.contains(QLatin1String("Monday to Friday only")), qPrintable(caveat));
    QVERIFY2(caveat.contains(QLatin1String("2027")), qPrintable(caveat));
    QVERIFY(!caveat.contains(QLatin1String("2026")));
}

void TestWorkCalendar::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const char *ok =
        R"({"name":"国庆节","from":"2026-10-01","to":"2026-10-07","workdays":["2026-10-10"]})";
    QTest::newRow("not json") << QByteArray("{\"format\":") << QStringLiteral("calendar.json");
    QTest::newRow("format") << QByteArray(oneYear(ok)).replace("calendar/1", "calendar/2")
                            << QStringLiteral("calendar.json: format");
    QTest::newRow("version") << QByteArray(oneYear(ok)).replace("\"2026.1\"", "\"v1\"")
                             << QStringLiteral("calendar.json: version: expected a version");
    QTest::newRow("unknown field")
        << oneYear(R"({"name":"国庆节","from":"2026-10-01","to":"2026-10-07","workdays":[],"x":1})")
        << QStringLiteral("calendar.json: years[0].holidays[0]: unknown field 'x'");
    QTest::newRow("bad date")
        << oneYear(R"({"name":"国庆节","from":"2026-10-32","to":"2026-10-07","workdays":[]})")
        << QStringLiteral("calendar.json: years[0].holidays[0].from: not a valid date");
    QTest::newRow("ends before it starts")
        << oneYear(R"({"name":"国庆节","from":"2026-10-07","to":"2026-10-01","workdays":[]})")
        << QStringLiteral("calendar.json: years[0].holidays[0].to: the holiday ends before it "
                          "starts");
    QTest::newRow("too long")
        << oneYear(R"({"name":"国庆节","from":"2026-10-01","to":"2026-10-20","workdays":[]})")
        << QStringLiteral("calendar.json: years[0].holidays[0].to: a holiday of 20 days");
    QTest::newRow("other year")
        << oneYear(R"({"name":"元旦","from":"2027-01-01","to":"2027-01-01","workdays":[]})")
        << QStringLiteral("calendar.json: years[0].holidays[0].from: 2027-01-01 is not in 2026");
    QTest::newRow("make-up day on a weekday")
        << oneYear(
               R"({"name":"国庆节","from":"2026-10-01","to":"2026-10-07","workdays":["2026-10-09"]})")
        << QStringLiteral("calendar.json: years[0].holidays[0].workdays[0]: 2026-10-09 is a "
                          "weekday");
    QTest::newRow("make-up day inside the holiday")
        << oneYear(
               R"({"name":"国庆节","from":"2026-10-01","to":"2026-10-07","workdays":["2026-10-03"]})")
        << QStringLiteral("calendar.json: years[0].holidays[0].workdays[0]: 2026-10-03 is a day "
                          "of 国庆节");
    QTest::newRow("overlapping holidays")
        << oneYear(R"({"name":"中秋节","from":"2026-09-25","to":"2026-10-01","workdays":[]},)"
                   R"({"name":"国庆节","from":"2026-10-01","to":"2026-10-07","workdays":[]})")
        << QStringLiteral("calendar.json: years[0].holidays[1].from: 2026-10-01 is already a "
                          "day of 中秋节");
    QTest::newRow("years not ascending")
        << oneYear(
               ok,
               R"(,{"year":2025,"notice":"通知","reference":"号","published":"2024-11-12",)"
               R"("holidays":[{"name":"元旦","from":"2025-01-01","to":"2025-01-01","workdays":[]}]})")
        << QStringLiteral("calendar.json: years[1].year: year 2025 does not follow 2026");
    QTest::newRow("no holidays") << oneYear("")
                                 << QStringLiteral("calendar.json: years[0].holidays");
}

void TestWorkCalendar::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const WorkCalendarParseOutcome outcome = parseWorkCalendar(json, kLabel);
    QVERIFY(!outcome.calendar);
    const QString errors = errorsOf(json);
    QVERIFY2(errors.contains(expected), qPrintable(errors));
}

void TestWorkCalendar::validMinimalFile()
{
    const char *holiday =
        R"({"name":"国庆节","from":"2026-10-01","to":"2026-10-07","workdays":["2026-10-10"]})";
    const WorkCalendarParseOutcome outcome = parseWorkCalendar(oneYear(holiday), kLabel);
    QVERIFY2(outcome.calendar, qPrintable(errorsOf(oneYear(holiday))));
    QCOMPARE(outcome.calendar->holidays.size(), 7);
    QVERIFY(outcome.calendar->isWorkingDay(QDate(2026, 10, 10)));
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
