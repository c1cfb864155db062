// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "monitoring/alerts.h"
#include "monitoringfixtures.h"
#include "package/packagetest.h"
#include "pricing/rulelibrary.h"
#include "services/desk.h"
#include "services/monitoringrefresher.h"

using namespace gd;
using namespace gd::monitoring;
using namespace gd::test;

/**
 * The dashboard's figures computed off the UI thread: what arrives is what the engines
 * compute on the UI thread for the same query (the alerts judged on a thread of their own,
 * with their acknowledgements), and only the latest request is answered.
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
        // Two approved without their answers: alerts to compare (decision_incomplete, the
        // unregistered resource of an authorization in force).
        if (i < 3)
            spec.decision = Decision::Approved;
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
    // One alert acknowledged: the overview reads the acknowledgements after the alerts are
    // judged, on the thread that holds the connection.
    const IndicatorQuery q = query({});
    const AlertEngine alertEngine(m_db, RuleLibrary().rules(), MonitoringSettings::load());
    const auto before = alertEngine.evaluate(q.on, q.filter);
    QVERIFY(before);
    QVERIFY(before->size() >= 2);
    const QString acknowledged = before->last().key;
    const package::Signer zhang =
        packagetest::makeSigner(package::Algorithm::Ed25519, QStringLiteral("张敏"));
    QVERIFY(AlertAcknowledgements(m_db).acknowledge(acknowledged, QStringLiteral("已核实"), zhang));

    MonitoringRefresher refresher(Desk::over(m_db));
    QList<MonitoringService::Overview> computed;
    connect(&refresher, &MonitoringRefresher::computed, this,
            [&](const MonitoringService::Overview &overview) { computed << overview; });
    QSignalSpy failed(&refresher, &MonitoringRefresher::failed);
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
    const auto alerts = alertEngine.evaluate(q.on, q.filter);
    QVERIFY(alerts);
    QCOMPARE(overview.alerts.size(), alerts->size());
    for (qsizetype i = 0; i < alerts->size(); ++i) {
        const Alert &got = overview.alerts.at(i), &want = alerts->at(i);
        QCOMPARE(got.key, want.key);
        QCOMPARE(got.reason, want.reason);
        QCOMPARE(got.data, want.data);
        QCOMPARE(got.applicationIds, want.applicationIds);
        QCOMPARE(got.acknowledged(), got.key == acknowledged);
        if (got.acknowledged())
            QCOMPARE(got.acknowledgement->note, QStringLiteral("已核实"));
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
