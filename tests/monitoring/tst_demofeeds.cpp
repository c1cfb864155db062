// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <utility>

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "demo/demodata.h"
#include "demo/demofeeds.h"
#include "monitoring/alerts.h"
#include "monitoring/feedimporter.h"
#include "monitoring/indicators.h"
#include "pricing/rulelibrary.h"
#include "store/database.h"
#include "store/sql/connection.h"

using namespace gd;
using namespace gd::monitoring;

/**
 * The demo data set, loaded on several days: every indicator has a value and every alert
 * code fires on the load day (the three that follow a late act from a later day on); the
 * authorizations' recorded acts raise their alerts when they fall due; loading again adds
 * no feed records.
 */
class TestDemoFeeds final : public QObject
{
    Q_OBJECT

private slots:
    void allAlertsAndIndicatorsOnTheLoadDay_data();
    void allAlertsAndIndicatorsOnTheLoadDay();
    void lifecycleAlertsFollowTheRecordedActs();
    void loadingAgainAddsNothing();

private:
    /** Alerts of @p code on @p day, by subject id. */
    static QMap<QString, Alert> alertsOf(const std::shared_ptr<Database> &db, const QString &code,
                                         const QDate &day);
    static int count(const std::shared_ptr<Database> &db, const char *table);

    // The demo as allAlertsAndIndicatorsOnTheLoadDay loaded it today and left it (it only
    // reads), for lifecycleAlertsFollowTheRecordedActs: a load is most of each test's time.
    std::unique_ptr<QTemporaryDir> m_loadedDir;
    std::shared_ptr<Database> m_loaded;
    QDate m_loadedOn;
};

int TestDemoFeeds::count(const std::shared_ptr<Database> &db, const char *table)
{
    QSqlQuery q(sql::connection(*db));
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
    auto dir = std::make_unique<QTemporaryDir>();
    auto db = gd::test::openTestDatabase(dir->filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db.ok());
    const auto loaded = demo::load(db.value(), day);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QVERIFY(count(db.value(), "feed_calls") > 0);

    QList<FeeRules> rules;
    for (const RuleFileEntry &e : RuleLibrary(dir->filePath(QStringLiteral("rules"))).entries())
        rules << e.rules;
    const auto alerts = AlertEngine(db.value(), rules, MonitoringSettings{}).evaluate(day);
    QVERIFY(alerts.ok());
    QSet<QString> codes;
    for (const Alert &a : *alerts)
        codes.insert(a.code);
    // The demo's acts after a review are dated the day of its countersignature, which is
    // now (an act may not precede it): none of them can be late on that day yet.
    const QStringList late{alertcode::AgreementOverdue, alertcode::DisclosureOverdue,
                           alertcode::RevokedInUse};
    for (const QString &code : alertcode::all()) {
        if (day == QDate::currentDate() && late.contains(code))
            QVERIFY2(!codes.contains(code), qPrintable(code));
        else
            QVERIFY2(codes.contains(code), qPrintable(code));
    }

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
    if (day == QDate::currentDate()) {
        m_loadedDir = std::move(dir);
        m_loaded = db.value();
        m_loadedOn = day;
    }
}

QMap<QString, Alert> TestDemoFeeds::alertsOf(const std::shared_ptr<Database> &db,
                                             const QString &code, const QDate &day)
{
    QMap<QString, Alert> out;
    const auto alerts = AlertEngine(db, {}, MonitoringSettings{}).evaluate(day);
    if (!alerts) {
        qWarning("%s", qPrintable(alerts.error().toString()));
        return out;
    }
    for (const Alert &a : alerts.value()) {
        if (a.code == code)
            out.insert(a.subject.id, a);
    }
    return out;
}

void TestDemoFeeds::lifecycleAlertsFollowTheRecordedActs()
{
    const QDate today = QDate::currentDate();
    // The demo loaded today by the load-day test, or loaded here (run alone, or past midnight).
    std::unique_ptr<QTemporaryDir> dir = std::move(m_loadedDir);
    std::shared_ptr<Database> db = std::exchange(m_loaded, nullptr);
    if (!db || m_loadedOn != today) {
        dir = std::make_unique<QTemporaryDir>();
        auto opened = gd::test::openTestDatabase(dir->filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(opened.ok());
        db = opened.value();
        QVERIFY(demo::load(db, today).ok());
    }

    // Today: the two-month pilot is expiring by its recorded term; nothing is late.
    auto expiring = alertsOf(db, alertcode::Expiring, today);
    QVERIFY(expiring.contains(QStringLiteral("GZ-2026-0152")));
    const Alert pilot = expiring.value(QStringLiteral("GZ-2026-0152"));
    QCOMPARE(pilot.data.value(QLatin1String("source")).toString(), QStringLiteral("lifecycle"));
    QCOMPARE(pilot.data.value(QLatin1String("end")).toString(),
             today.addMonths(2).addDays(-1).toString(Qt::ISODate));
    QVERIFY(!expiring.contains(QStringLiteral("FJ-2026-0073"))); // revoked, not expiring
    QVERIFY(alertsOf(db, alertcode::AgreementOverdue, today).isEmpty());
    // The collective decision is the office's recorded act, not a review answer.
    const auto incomplete = alertsOf(db, alertcode::DecisionIncomplete, today);
    QVERIFY(!incomplete.contains(QStringLiteral("GZH-2026-0082")));
    // A whole authorization is decided on its plan: item 11 does not apply, nothing lacks.
    QVERIFY(!incomplete.contains(QStringLiteral("GZ-2026-0136")));
    QVERIFY(!incomplete.contains(QStringLiteral("FJ-2026-0063")));

    // The filing indicator counts the agreements the office recorded, filed or not.
    IndicatorQuery query;
    query.on = today;
    const auto report = IndicatorEngine(db, {}).compute(query);
    QVERIFY(report.ok());
    const Indicator *filing = report->find(QStringLiteral("filing"));
    QVERIFY(filing);
    for (const char *id : {"FJ-2026-0067", "FJ-2026-0073", "GZ-2026-0152", "GZH-2026-0088"})
        QVERIFY2(filing->applicationIds.contains(QLatin1String(id)), id);
    QVERIFY(!filing->applicationIds.contains(QStringLiteral("GZH-2026-0082"))); // no agreement

    // The agreement is due 30 days after the approval; the day after, it is late.
    const QDate agreementDue = today.addDays(30);
    QVERIFY(alertsOf(db, alertcode::AgreementOverdue, agreementDue).isEmpty());
    const auto agreement = alertsOf(db, alertcode::AgreementOverdue, agreementDue.addDays(1));
    QCOMPARE(agreement.keys(), QStringList{QStringLiteral("GZH-2026-0082")});
    QCOMPARE(agreement.first().data.value(QLatin1String("due")).toString(),
             agreementDue.toString(Qt::ISODate));

    // The disclosure, 20 working days after the filing: late in two months, for the filed
    // case only; the disclosed ones are not.
    const auto disclosure = alertsOf(db, alertcode::DisclosureOverdue, today.addMonths(2));
    QCOMPARE(disclosure.keys(), QStringList{QStringLiteral("GZH-2026-0088")});

    // Calls reported for a period after the revocation.
    const QDate from = today.addDays(1);
    const QDate to = today.addDays(30);
    const QByteArray feed = QStringLiteral(R"({"format": "grantdesk.feed.calls/1", "source": "test",
            "exportedAt": "%1T08:00:00+08:00", "records": [{"id": "AFTER-REVOCATION",
            "operatorCode": "91350102MA8W2N6R3Y", "operatorName": "福建康民健康信息服务有限公司",
            "product": "FJ-HEALTH-REFILL-REMIND", "applicationId": "FJ-2026-0073",
            "resourceCode": "FJ-350000-2025-004530", "periodStart": "%2", "periodEnd": "%3",
            "calls": 5000, "freeCalls": 5000, "activeUsers": 40, "revenue": "0.00"}]})")
                                .arg(to.addDays(1).toString(Qt::ISODate),
                                     from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                .toUtf8();
    QVERIFY(alertsOf(db, alertcode::RevokedInUse, to.addDays(1)).isEmpty());
    const FeedFileResult imported = FeedImporter(db).importData(QStringLiteral("late.json"), feed);
    QVERIFY2(
        imported.kind == FeedFileResult::Kind::Imported,
        qPrintable(imported.errors.isEmpty() ? QString() : imported.errors.first().toString()));
    const auto revoked = alertsOf(db, alertcode::RevokedInUse, to.addDays(1));
    QCOMPARE(revoked.keys(), QStringList{QStringLiteral("FJ-2026-0073")});
    QCOMPARE(revoked.first().severity, AlertSeverity::Critical);
    QCOMPARE(revoked.first().data.value(QLatin1String("date")).toString(),
             today.toString(Qt::ISODate));
    QCOMPARE(revoked.first().data.value(QLatin1String("calls")).toDouble(), 5000.0);
}

void TestDemoFeeds::loadingAgainAddsNothing()
{
    QTemporaryDir dir;
    auto db = gd::test::openTestDatabase(dir.filePath(QStringLiteral("demo.sqlite")));
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

QTEST_MAIN(TestDemoFeeds)
#include "tst_demofeeds.moc"
