// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "monitoringfixtures.h"
#include "pricing/rulelibrary.h"
#include "services/desk.h"
#include "services/monitoringrefresher.h"

using namespace gd;
using namespace gd::monitoring;
using namespace gd::test;

/**
 * The dashboard's figures computed off the UI thread: what arrives is what the engines
 * compute on the UI thread for the same query, and only the latest request is answered.
 */
class TestMonitoringRefresher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresAreTheEngines();
    void onlyTheLatestRequestIsAnswered();

private:
    IndicatorQuery query(const QString &domain) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
};

void TestMonitoringRefresher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openDb(m_dir.filePath(QStringLiteral("refresh.sqlite")));
    QVERIFY(m_db);
    const QDate t = QDate::currentDate();
    QVERIFY(addRegister(m_db, QStringLiteral("R1"), RegistrationStatus::Active, t.addDays(-30),
                        t.addDays(-30)));
    for (int i = 1; i <= 3; ++i) {
        AppSpec spec;
        spec.id = QStringLiteral("RF-%1").arg(i);
        spec.domain = i == 3 ? QStringLiteral("医疗") : QStringLiteral("交通");
        spec.submitted = t.addDays(-10 * i);
        spec.periodStart = t.addDays(-5);
        spec.periodEnd = t.addDays(300);
        spec.resources = {resource(QStringLiteral("资源一"), QStringLiteral("R1"), 100, 2),
                          resource(QStringLiteral("资源二"), QString(), 10, 1)};
        QVERIFY(addApplication(m_db, spec));
    }
}

IndicatorQuery TestMonitoringRefresher::query(const QString &domain) const
{
    IndicatorQuery q;
    q.on = QDate::currentDate();
    q.from = q.on.addYears(-1).addDays(1);
    q.to = q.on;
    q.filter.domain = domain;
    return q;
}

void TestMonitoringRefresher::figuresAreTheEngines()
{
    MonitoringRefresher refresher(Desk::over(m_db));
    QList<MonitoringService::Overview> computed;
    connect(&refresher, &MonitoringRefresher::computed, this,
            [&](const MonitoringService::Overview &overview) { computed << overview; });
    QSignalSpy failed(&refresher, &MonitoringRefresher::failed);
    const IndicatorQuery q = query({});
    refresher.request(q, RuleLibrary().rules(), MonitoringSettings::load());
    QVERIFY(refresher.busy());
    QTRY_VERIFY_WITH_TIMEOUT(!refresher.busy(), 30000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(computed.size(), 1);
    const MonitoringService::Overview &overview = computed.first();
    QCOMPARE(overview.report.find(QStringLiteral("registration"))->applicationIds.size(), 3);
    const auto expected = IndicatorEngine(m_db).compute(q);
    QVERIFY(expected);
    QCOMPARE(overview.report.indicators.size(), expected->indicators.size());
    for (const Indicator &indicator : expected->indicators) {
        const Indicator *got = overview.report.find(indicator.id);
        QVERIFY(got);
        QCOMPARE(got->text, indicator.text);
        QCOMPARE(got->applicationIds, indicator.applicationIds);
    }
}

void TestMonitoringRefresher::onlyTheLatestRequestIsAnswered()
{
    MonitoringRefresher refresher(Desk::over(m_db));
    QList<QStringList> answered;
    connect(&refresher, &MonitoringRefresher::computed, this,
            [&](const MonitoringService::Overview &overview) {
                answered << overview.report.find(QStringLiteral("registration"))->applicationIds;
            });
    for (const QString &domain :
         {QString(), QStringLiteral("交通"), QStringLiteral("医疗")}) // the last one wins
        refresher.request(query(domain), RuleLibrary().rules(), MonitoringSettings::load());
    QTRY_VERIFY_WITH_TIMEOUT(!refresher.busy(), 30000);
    QTest::qWait(200); // nothing stale arrives later
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first(), QStringList{QStringLiteral("RF-3")});
}

QTEST_GUILESS_MAIN(TestMonitoringRefresher)
#include "tst_monitoringrefresher.moc"
