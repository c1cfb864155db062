// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "demo/demodata.h"
#include "demo/demofeeds.h"
#include "monitoring/alerts.h"
#include "monitoring/indicators.h"
#include "pricing/rulelibrary.h"
#include "store/database.h"
#include "store/sqlite/connection.h"

using namespace gd;
using namespace gd::monitoring;

/**
 * The demo data set, loaded on several days: every indicator has a value and all ten alert
 * codes fire on the load day; loading again adds no feed records.
 */
class TestDemoFeeds final : public QObject
{
    Q_OBJECT

private slots:
    void allAlertsAndIndicatorsOnTheLoadDay_data();
    void allAlertsAndIndicatorsOnTheLoadDay();
    void loadingAgainAddsNothing();

private:
    static int count(const std::shared_ptr<Database> &db, const char *table);
};

int TestDemoFeeds::count(const std::shared_ptr<Database> &db, const char *table)
{
    QSqlQuery q(sqlite::connection(*db));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestDemoFeeds::allAlertsAndIndicatorsOnTheLoadDay_data()
{
    QTest::addColumn<QDate>("day");
    // The reviews' decisions are dated by the audit trail (now), so the load days stay within
    // the year after today for the decisions to fall in the default period.
    QTest::newRow("today") << QDate::currentDate();
    QTest::newRow("in 100 days") << QDate::currentDate().addDays(100);
    QTest::newRow("in 300 days") << QDate::currentDate().addDays(300);
}

void TestDemoFeeds::allAlertsAndIndicatorsOnTheLoadDay()
{
    QFETCH(QDate, day);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db.ok());
    const auto loaded = demo::load(db.value(), day);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QVERIFY(count(db.value(), "feed_calls") > 0);

    QList<FeeRules> rules;
    for (const RuleFileEntry &e : RuleLibrary(dir.filePath(QStringLiteral("rules"))).entries())
        rules << e.rules;
    const auto alerts = AlertEngine(db.value(), rules, MonitoringSettings{}).evaluate(day);
    QVERIFY(alerts.ok());
    QSet<QString> codes;
    for (const Alert &a : *alerts)
        codes.insert(a.code);
    for (const QString &code : alertcode::all())
        QVERIFY2(codes.contains(code), qPrintable(code));

    IndicatorQuery query;
    query.on = day;
    const auto report = IndicatorEngine(db.value(), rules).compute(query);
    QVERIFY(report.ok());
    QCOMPARE(report->indicators.size(), 9);
    for (const Indicator &i : report->indicators)
        QVERIFY2(!i.value.isNull() && !i.value.isUndefined(), qPrintable(i.id));
    // Fujian's 45 million calls a year (docs/domain.md §9) are in the default period.
    QVERIFY(report->find(QStringLiteral("products"))
                ->figure(QStringLiteral("calls"))
                ->value.toDouble() >= 45000000);
}

void TestDemoFeeds::loadingAgainAddsNothing()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db.ok());
    const QDate day = QDate::currentDate();
    QVERIFY(demo::loadFeeds(db.value(), day).ok());
    const int calls = count(db.value(), "feed_calls");
    const int incidents = count(db.value(), "feed_incidents");
    const int filings = count(db.value(), "feed_filings");
    const int imports = count(db.value(), "feed_imports");
    QVERIFY(calls > 0 && incidents > 0 && filings > 0);
    const auto again = demo::loadFeeds(db.value(), day.addDays(40));
    QVERIFY(again.ok());
    QCOMPARE(*again, 0);
    QCOMPARE(count(db.value(), "feed_calls"), calls);
    QCOMPARE(count(db.value(), "feed_incidents"), incidents);
    QCOMPARE(count(db.value(), "feed_filings"), filings);
    QCOMPARE(count(db.value(), "feed_imports"), imports);
}

QTEST_GUILESS_MAIN(TestDemoFeeds)
#include "tst_demofeeds.moc"
