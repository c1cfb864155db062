// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "audit/trailanchor.h"
#include "monitoring/alerts.h"
#include "monitoring/snapshot.h"
#include "common/securitycases.h"
#include "package/packagetest.h"
#include "monitoringfixtures.h"
#include "store/repositories.h"

using namespace gd;
using namespace gd::monitoring;
using namespace gd::test;

namespace {
/** UTF-8 literals as strings (the build forbids implicit conversions from char *). */
QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list << QString::fromUtf8(t);
    return list;
}
} // namespace

namespace {
const QString kOp = QStringLiteral("91440101MA5CXK7Q9R");
const QString kOp2 = QStringLiteral("91350200MA2Y7QH17E");

QJsonObject filing(const QString &id, const QString &kind, const QString &partyKind,
                   const QString &party, const QJsonObject &more)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("partyKind"), partyKind},
                  {QStringLiteral("partyId"), party},
                  {QStringLiteral("partyName"), QStringLiteral("名称 ") + party}};
    for (auto it = more.begin(); it != more.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

/** Each alert code firing and not firing around its threshold, with fixed evaluation days. */
class TestAlerts final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void codesAndSettings();
    void workingDays();
    void unregisteredResource();
    void cancelledResource();
    void overCap();
    void marExceeded();
    void marHoldsPerPricingPeriod();
    void expiring();
    void expiredInUse();
    void incidentOpen();
    void decisionIncomplete();
    void filingOverdue();
    void filingOverdueFromDecision();
    void filingOverdueCountsHolidays();
    void filingOverdueBeyondCalendar();
    void securityRuleSharedWithReview();
    void disclosureDue_data();
    void disclosureDue();
    void disclosureRecorded();
    void acknowledgeIsAuditedAndShown();
    void filterNarrowsAlerts();

private:
    QList<Alert> evaluate(const QDate &on, const MonitoringSettings &settings = {},
                          const MonitoringFilter &filter = {}) const;
    QList<Alert> only(const QString &code, const QDate &on,
                      const MonitoringSettings &settings = {}) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    QList<FeeRules> m_rules;
};

void TestAlerts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openDb(m_dir->filePath(QStringLiteral("alerts.sqlite")));
    QVERIFY(m_db);
    m_rules = {rules(QDate(2026, 1, 1), QDate(2026, 12, 31), kOp)};
}

QList<Alert> TestAlerts::evaluate(const QDate &on, const MonitoringSettings &settings,
                                  const MonitoringFilter &filter) const
{
    const auto alerts = AlertEngine(m_db, m_rules, settings).evaluate(on, filter);
    if (!alerts)
        qFatal("%s", qPrintable(alerts.error().toString()));
    return *alerts;
}

QList<Alert> TestAlerts::only(const QString &code, const QDate &on,
                              const MonitoringSettings &settings) const
{
    QList<Alert> out;
    for (const Alert &a : evaluate(on, settings)) {
        if (a.code == code)
            out << a;
    }
    return out;
}

void TestAlerts::codesAndSettings()
{
    QCOMPARE(alertcode::all().size(), 13);
    QCOMPARE(alertcode::all(),
             strings({"unregistered_resource", "cancelled_resource", "over_cap", "mar_exceeded",
                      "expiring", "expired_in_use", "incident_open", "decision_incomplete",
                      "filing_overdue", "disclosure_due", "agreement_overdue", "disclosure_overdue",
                      "revoked_in_use"}));
    const MonitoringSettings defaults;
    QCOMPARE(defaults.expiringDays, 30);
    QCOMPARE(defaults.incidentOpenDays, 7);
    QCOMPARE(defaults.filingWorkingDays, 20);
    QCOMPARE(defaults.disclosureDueDate(2026), QDate(2026, 3, 31));

    QSettings settings(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("Monitoring"));
    settings.setValue(QStringLiteral("expiringDays"), 10);
    settings.setValue(QStringLiteral("incidentOpenDays"), QStringLiteral("three"));
    settings.setValue(QStringLiteral("filingWorkingDays"), 15);
    settings.setValue(QStringLiteral("disclosureDueMonth"), 2);
    settings.setValue(QStringLiteral("disclosureDueDay"), 30); // 30 February: default kept
    settings.endGroup();
    const MonitoringSettings loaded = MonitoringSettings::load(settings);
    QCOMPARE(loaded.expiringDays, 10);
    QCOMPARE(loaded.incidentOpenDays, 7);
    QCOMPARE(loaded.filingWorkingDays, 15);
    QCOMPARE(loaded.disclosureDueDate(2026), QDate(2026, 3, 31));

    MonitoringSettings changed;
    changed.expiringDays = 45;
    changed.save(settings);
    QCOMPARE(MonitoringSettings::load(settings).expiringDays, 45);
}

void TestAlerts::workingDays()
{
    // 2 March 2026 is a Monday.
    QCOMPARE(workingDaysBetween(QDate(2026, 3, 2), QDate(2026, 3, 2)), 0);
    QCOMPARE(workingDaysBetween(QDate(2026, 3, 2), QDate(2026, 3, 6)), 4);
    QCOMPARE(workingDaysBetween(QDate(2026, 3, 2), QDate(2026, 3, 8)), 4); // Sunday
    QCOMPARE(workingDaysBetween(QDate(2026, 3, 2), QDate(2026, 3, 30)), 20);
    QCOMPARE(workingDaysBetween(QDate(2026, 3, 2), QDate(2026, 3, 31)), 21);
    QCOMPARE(workingDaysBetween(QDate(2026, 3, 7), QDate(2026, 3, 9)), 1); // Saturday → Monday
    QCOMPARE(addWorkingDays(QDate(2026, 3, 2), 20), QDate(2026, 3, 30));
    QCOMPARE(addWorkingDays(QDate(2026, 3, 6), 1), QDate(2026, 3, 9));
}

void TestAlerts::unregisteredResource()
{
    QVERIFY(addRegister(m_db, QStringLiteral("GD-OK"), RegistrationStatus::Active,
                        QDate(2025, 1, 1), QDate(2025, 1, 1)));
    QVERIFY(addFeed(
        m_db, kCallsFormat,
        {call(QStringLiteral("C1"), kOp, QStringLiteral("P-API"), {}, QStringLiteral("GD-404"),
              QDate(2026, 3, 1), QDate(2026, 3, 31), 100, 0, 1, QStringLiteral("10.00")),
         call(QStringLiteral("C2"), kOp, QStringLiteral("P-API"), {}, QStringLiteral("GD-OK"),
              QDate(2026, 3, 1), QDate(2026, 3, 31), 100, 0, 1, QStringLiteral("10.00"))}));
    QVERIFY(only(alertcode::UnregisteredResource, QDate(2026, 2, 28)).isEmpty());
    const QList<Alert> found = only(alertcode::UnregisteredResource, QDate(2026, 3, 1));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, AlertSeverity::Critical);
    QCOMPARE(found.first().subject.kind, QStringLiteral("resource"));
    QCOMPARE(found.first().subject.id, QStringLiteral("GD-404"));
    QCOMPARE(found.first().key, QStringLiteral("unregistered_resource:resource:GD-404"));
    QVERIFY(found.first().reason.contains(QLatin1String("GD-404")));
    QCOMPARE(found.first().data.value(QLatin1String("calls")).toInt(), 100);

    // An authorization in force whose resource has no code.
    const QDate t = QDate::currentDate();
    AppSpec a;
    a.id = QStringLiteral("U-0001");
    a.submitted = t.addDays(-20);
    a.periodStart = t.addDays(-5);
    a.periodEnd = t.addDays(100);
    a.resources = {resource(QStringLiteral("未登记资源"), QString(), 10, 1),
                   resource(QStringLiteral("已登记资源"), QStringLiteral("GD-OK"), 10, 1)};
    a.decision = Decision::Approved;
    a.answers = allFourPass();
    QVERIFY(addApplication(m_db, a));
    const QList<Alert> inForce = only(alertcode::UnregisteredResource, t);
    QCOMPARE(inForce.size(), 2);
    QCOMPARE(inForce.at(1).subject.id, QStringLiteral("未登记资源"));
    QCOMPARE(inForce.at(1).applicationIds, QStringList{QStringLiteral("U-0001")});
    // Before the authorization starts nothing is in use.
    QCOMPARE(only(alertcode::UnregisteredResource, t.addDays(-6)).size(), 1);
}

void TestAlerts::cancelledResource()
{
    QVERIFY(addRegister(m_db, QStringLiteral("GD-GONE"), RegistrationStatus::Cancelled,
                        QDate(2025, 1, 1), QDate(2026, 5, 10)));
    QVERIFY(addFeed(
        m_db, kCallsFormat,
        {call(QStringLiteral("C4"), kOp, QStringLiteral("P-API"), {}, QStringLiteral("GD-GONE"),
              QDate(2026, 4, 1), QDate(2026, 4, 30), 100, 0, 1, QStringLiteral("10.00"))}));
    QVERIFY(only(alertcode::CancelledResource, QDate(2026, 6, 15)).isEmpty()); // used before
    QVERIFY(addFeed(
        m_db, kCallsFormat,
        {call(QStringLiteral("C5"), kOp, QStringLiteral("P-API"), {}, QStringLiteral("GD-GONE"),
              QDate(2026, 5, 1), QDate(2026, 5, 31), 100, 0, 1, QStringLiteral("10.00"))}));
    const QList<Alert> found = only(alertcode::CancelledResource, QDate(2026, 6, 15));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key, QStringLiteral("cancelled_resource:resource:GD-GONE"));
    QCOMPARE(found.first().data.value(QLatin1String("cancelledOn")).toString(),
             QStringLiteral("2026-05-10"));
    QCOMPARE(found.first().data.value(QLatin1String("records")).toArray().size(), 1);
    QVERIFY(only(alertcode::UnregisteredResource, QDate(2026, 6, 15)).isEmpty());
}

void TestAlerts::overCap()
{
    // Cap 0.50 a call; 1000 charged calls (200 more were free) may earn 500.00.
    QVERIFY(
        addFeed(m_db, kCallsFormat,
                {call(QStringLiteral("C6"), kOp, QStringLiteral("P-API"), {}, {}, QDate(2026, 3, 1),
                      QDate(2026, 3, 31), 1200, 200, 1, QStringLiteral("500.00"))}));
    QVERIFY(only(alertcode::OverCap, QDate(2026, 4, 1)).isEmpty());
    QVERIFY(
        addFeed(m_db, kCallsFormat,
                {call(QStringLiteral("C6"), kOp, QStringLiteral("P-API"), {}, {}, QDate(2026, 3, 1),
                      QDate(2026, 3, 31), 1200, 200, 1, QStringLiteral("500.01"))}));
    const QList<Alert> found = only(alertcode::OverCap, QDate(2026, 4, 1));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, AlertSeverity::Warning);
    QCOMPARE(found.first().subject.kind, QStringLiteral("operator"));
    QCOMPARE(found.first().subject.id, kOp);
    QCOMPARE(found.first().key, QStringLiteral("over_cap:operator:%1:P-API").arg(kOp));
    QCOMPARE(found.first().data.value(QLatin1String("allowed")).toString(),
             QStringLiteral("500.00"));
    QCOMPARE(found.first().data.value(QLatin1String("excess")).toString(), QStringLiteral("0.01"));
    // A product no rule knows is not judged.
    QVERIFY(
        addFeed(m_db, kCallsFormat,
                {call(QStringLiteral("C7"), kOp, QStringLiteral("P-OTHER"), {}, {},
                      QDate(2026, 3, 1), QDate(2026, 3, 31), 1, 0, 1, QStringLiteral("99.00"))}));
    QCOMPARE(only(alertcode::OverCap, QDate(2026, 4, 1)).size(), 1);
}

void TestAlerts::marExceeded()
{
    // MAR 1000.00 under rules effective 2026; revenue in 2025 does not count.
    QVERIFY(addFeed(
        m_db, kCallsFormat,
        {call(QStringLiteral("M0"), kOp, QStringLiteral("P-API"), {}, {}, QDate(2025, 12, 1),
              QDate(2025, 12, 31), 10000, 0, 1, QStringLiteral("900.00")),
         call(QStringLiteral("M1"), kOp, QStringLiteral("P-API"), {}, {}, QDate(2026, 1, 1),
              QDate(2026, 1, 31), 2000, 0, 1, QStringLiteral("600.00")),
         call(QStringLiteral("M2"), kOp, QStringLiteral("P-API"), {}, {}, QDate(2026, 2, 1),
              QDate(2026, 2, 28), 2000, 0, 1, QStringLiteral("400.00")),
         // Another operator's revenue for the same product is not kOp's.
         call(QStringLiteral("N1"), kOp2, QStringLiteral("P-API"), {}, {}, QDate(2026, 1, 1),
              QDate(2026, 1, 31), 2000, 0, 1, QStringLiteral("5000.00"))}));
    QVERIFY(only(alertcode::MarExceeded, QDate(2026, 3, 1)).isEmpty()); // exactly 1000.00
    QVERIFY(
        addFeed(m_db, kCallsFormat,
                {call(QStringLiteral("M3"), kOp, QStringLiteral("P-API"), {}, {}, QDate(2026, 3, 1),
                      QDate(2026, 3, 31), 2000, 0, 1, QStringLiteral("0.01"))}));
    QVERIFY(only(alertcode::MarExceeded, QDate(2026, 2, 28)).isEmpty()); // M3 not started
    const QList<Alert> found = only(alertcode::MarExceeded, QDate(2026, 3, 1));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, AlertSeverity::Critical);
    QCOMPARE(found.first().key, QStringLiteral("mar_exceeded:operator:%1:T-1").arg(kOp));
    QCOMPARE(found.first().data.value(QLatin1String("revenue")).toString(),
             QStringLiteral("1000.01"));
    QCOMPARE(found.first().data.value(QLatin1String("excess")).toString(), QStringLiteral("0.01"));
}

void TestAlerts::marHoldsPerPricingPeriod()
{
    // A MAR of 1000.00 per two-month pricing period: 1800.00 over four months is within it
    // period by period, though it is above it in total; 1000.01 in one period is not.
    m_rules.first().pricingPeriodMonths = 2;
    QVERIFY(
        addFeed(m_db, kCallsFormat,
                {call(QStringLiteral("M1"), kOp, QStringLiteral("P-API"), {}, {}, QDate(2026, 1, 1),
                      QDate(2026, 1, 31), 2000, 0, 1, QStringLiteral("500.00")),
                 call(QStringLiteral("M2"), kOp, QStringLiteral("P-API"), {}, {}, QDate(2026, 2, 1),
                      QDate(2026, 2, 28), 2000, 0, 1, QStringLiteral("400.00")),
                 call(QStringLiteral("M3"), kOp, QStringLiteral("P-API"), {}, {}, QDate(2026, 3, 1),
                      QDate(2026, 3, 31), 2000, 0, 1, QStringLiteral("600.00")),
                 call(QStringLiteral("M4"), kOp, QStringLiteral("P-API"), {}, {}, QDate(2026, 4, 1),
                      QDate(2026, 4, 30), 2000, 0, 1, QStringLiteral("300.00"))}));
    QVERIFY(only(alertcode::MarExceeded, QDate(2026, 5, 1)).isEmpty());
    m_rules.first().pricingPeriodMonths = 0; // one period: the year, 1800.00 > 1000.00
    QCOMPARE(only(alertcode::MarExceeded, QDate(2026, 5, 1)).size(), 1);
    m_rules.first().pricingPeriodMonths = 2;
    QVERIFY(addFeed(
        m_db, kCallsFormat,
        {call(QStringLiteral("M4b"), kOp, QStringLiteral("P-API"), {}, {}, QDate(2026, 4, 15),
              QDate(2026, 4, 30), 100, 0, 1, QStringLiteral("100.01"))}));
    const QList<Alert> found = only(alertcode::MarExceeded, QDate(2026, 5, 1));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().data.value(QLatin1String("since")).toString(),
             QStringLiteral("2026-03-01"));
    QCOMPARE(found.first().data.value(QLatin1String("revenue")).toString(),
             QStringLiteral("1000.01"));
    QCOMPARE(found.first().key, QStringLiteral("mar_exceeded:operator:%1:T-1@2026-03-01").arg(kOp));
}

void TestAlerts::expiring()
{
    QVERIFY(addFeed(m_db, kFilingsFormat,
                    {filing(QStringLiteral("AGR-1"), QStringLiteral("agreement"),
                            QStringLiteral("operator"), kOp,
                            {{QStringLiteral("decidedAt"), QStringLiteral("2025-01-02")},
                             {QStringLiteral("filedAt"), QStringLiteral("2025-01-10")},
                             {QStringLiteral("validFrom"), QStringLiteral("2025-02-01")},
                             {QStringLiteral("validTo"), QStringLiteral("2026-06-30")}})}));
    QVERIFY(only(alertcode::Expiring, QDate(2026, 5, 30)).isEmpty());   // 31 days
    QList<Alert> found = only(alertcode::Expiring, QDate(2026, 5, 31)); // 30 days
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, AlertSeverity::Warning);
    QCOMPARE(found.first().subject.kind, QStringLiteral("filing"));
    QCOMPARE(found.first().data.value(QLatin1String("daysLeft")).toInt(), 30);
    QCOMPARE(only(alertcode::Expiring, QDate(2026, 6, 23)).first().severity,
             AlertSeverity::Critical);                                 // 7 days
    QCOMPARE(only(alertcode::Expiring, QDate(2026, 6, 30)).size(), 1); // last day
    QVERIFY(only(alertcode::Expiring, QDate(2026, 7, 1)).isEmpty());   // ended

    MonitoringSettings shorter;
    shorter.expiringDays = 10;
    QVERIFY(only(alertcode::Expiring, QDate(2026, 6, 19), shorter).isEmpty());
    QCOMPARE(only(alertcode::Expiring, QDate(2026, 6, 20), shorter).size(), 1);

    // An approved application's own period.
    const QDate t = QDate::currentDate();
    AppSpec a;
    a.id = QStringLiteral("E-0001");
    a.submitted = t.addDays(-400);
    a.periodStart = t.addDays(-365);
    a.periodEnd = t.addDays(30);
    a.resources = {resource(QStringLiteral("资源"), QString(), 1, 1)};
    a.decision = Decision::Approved;
    QVERIFY(addApplication(m_db, a));
    found = only(alertcode::Expiring, t);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key, QStringLiteral("expiring:application:E-0001"));
    QVERIFY(only(alertcode::Expiring, t.addDays(-1)).isEmpty());
}

void TestAlerts::expiredInUse()
{
    QVERIFY(addFeed(m_db, kFilingsFormat,
                    {filing(QStringLiteral("AGR-2"), QStringLiteral("agreement"),
                            QStringLiteral("operator"), kOp,
                            {{QStringLiteral("applicationId"), QStringLiteral("GZ-2024-0031")},
                             {QStringLiteral("decidedAt"), QStringLiteral("2024-01-02")},
                             {QStringLiteral("filedAt"), QStringLiteral("2024-01-10")},
                             {QStringLiteral("validTo"), QStringLiteral("2026-06-30")}})}));
    QVERIFY(addFeed(
        m_db, kCallsFormat,
        {call(QStringLiteral("X1"), kOp, QStringLiteral("P-API"), QStringLiteral("GZ-2024-0031"),
              {}, QDate(2026, 6, 1), QDate(2026, 6, 30), 100, 0, 1, QStringLiteral("10.00"))}));
    QVERIFY(only(alertcode::ExpiredInUse, QDate(2026, 8, 1)).isEmpty());
    QVERIFY(addFeed(
        m_db, kCallsFormat,
        {call(QStringLiteral("X2"), kOp, QStringLiteral("P-API"), QStringLiteral("GZ-2024-0031"),
              {}, QDate(2026, 7, 1), QDate(2026, 7, 31), 250, 0, 1, QStringLiteral("10.00"))}));
    QVERIFY(only(alertcode::ExpiredInUse, QDate(2026, 6, 30)).isEmpty());
    const QList<Alert> found = only(alertcode::ExpiredInUse, QDate(2026, 7, 1));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key, QStringLiteral("expired_in_use:application:GZ-2024-0031"));
    QCOMPARE(found.first().data.value(QLatin1String("calls")).toInt(), 250);
    QCOMPARE(found.first().data.value(QLatin1String("end")).toString(),
             QStringLiteral("2026-06-30"));
}

void TestAlerts::incidentOpen()
{
    QVERIFY(addFeed(
        m_db, kIncidentsFormat,
        {QJsonObject{{QStringLiteral("id"), QStringLiteral("INC-1")},
                     {QStringLiteral("openedAt"), QStringLiteral("2026-03-01T23:30:00+08:00")},
                     {QStringLiteral("severity"), QStringLiteral("medium")},
                     {QStringLiteral("operatorCode"), kOp},
                     {QStringLiteral("summary"), QStringLiteral("接口异常")}},
         QJsonObject{{QStringLiteral("id"), QStringLiteral("INC-2")},
                     {QStringLiteral("openedAt"), QStringLiteral("2026-03-01T10:00:00+08:00")},
                     {QStringLiteral("severity"), QStringLiteral("critical")},
                     {QStringLiteral("operatorCode"), kOp},
                     {QStringLiteral("summary"), QStringLiteral("越权访问")},
                     {QStringLiteral("closedAt"), QStringLiteral("2026-03-05T10:00:00+08:00")}}}));
    QVERIFY(only(alertcode::IncidentOpen, QDate(2026, 3, 8)).isEmpty());         // 7 days
    const QList<Alert> found = only(alertcode::IncidentOpen, QDate(2026, 3, 9)); // 8 days
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().subject.id, QStringLiteral("INC-1"));
    QCOMPARE(found.first().severity, AlertSeverity::Warning);
    QCOMPARE(found.first().data.value(QLatin1String("daysOpen")).toInt(), 8);

    // A critical incident still open is critical; once closed it is gone.
    QVERIFY(addFeed(
        m_db, kIncidentsFormat,
        {QJsonObject{{QStringLiteral("id"), QStringLiteral("INC-1")},
                     {QStringLiteral("openedAt"), QStringLiteral("2026-03-01T23:30:00+08:00")},
                     {QStringLiteral("severity"), QStringLiteral("critical")},
                     {QStringLiteral("operatorCode"), kOp},
                     {QStringLiteral("summary"), QStringLiteral("接口异常")}}}));
    QCOMPARE(only(alertcode::IncidentOpen, QDate(2026, 3, 9)).first().severity,
             AlertSeverity::Critical);
    QVERIFY(addFeed(
        m_db, kIncidentsFormat,
        {QJsonObject{{QStringLiteral("id"), QStringLiteral("INC-1")},
                     {QStringLiteral("openedAt"), QStringLiteral("2026-03-01T23:30:00+08:00")},
                     {QStringLiteral("severity"), QStringLiteral("critical")},
                     {QStringLiteral("operatorCode"), kOp},
                     {QStringLiteral("summary"), QStringLiteral("接口异常")},
                     {QStringLiteral("closedAt"), QStringLiteral("2026-03-12T09:00:00+08:00")}}}));
    QCOMPARE(only(alertcode::IncidentOpen, QDate(2026, 3, 11)).size(), 1);
    QVERIFY(only(alertcode::IncidentOpen, QDate(2026, 3, 12)).isEmpty());

    MonitoringSettings strict;
    strict.incidentOpenDays = 2;
    QCOMPARE(only(alertcode::IncidentOpen, QDate(2026, 3, 4), strict).size(), 2); // both 3 days
}

void TestAlerts::decisionIncomplete()
{
    const QDate t = QDate::currentDate();
    AppSpec complete;
    complete.id = QStringLiteral("D-0001");
    complete.submitted = t.addDays(-30);
    complete.periodStart = t.addDays(10);
    complete.periodEnd = t.addDays(400);
    complete.resources = {resource(QStringLiteral("资源"), QString(), 1, 1)};
    complete.decision = Decision::Approved;
    complete.answers = allFourPass();
    QVERIFY(addApplication(m_db, complete));
    AppSpec lacking = complete;
    lacking.id = QStringLiteral("D-0002");
    lacking.answers.remove(QStringLiteral("recusal"));
    lacking.answers[QStringLiteral("collective-decision")] = QStringLiteral("not_applicable");
    QVERIFY(addApplication(m_db, lacking));
    AppSpec undecided = lacking;
    undecided.id = QStringLiteral("D-0003");
    undecided.decision = Decision::None;
    QVERIFY(addApplication(m_db, undecided));

    const QList<Alert> found = only(alertcode::DecisionIncomplete, t);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().subject.id, QStringLiteral("D-0002"));
    QCOMPARE(found.first().severity, AlertSeverity::Critical);
    QCOMPARE(found.first().data.value(QLatin1String("missing")).toArray(),
             (QJsonArray{QStringLiteral("collective-decision"), QStringLiteral("recusal")}));
    // Not before it was decided.
    QVERIFY(only(alertcode::DecisionIncomplete, t.addDays(-1)).isEmpty());
}

void TestAlerts::filingOverdue()
{
    // Decided Monday 2 March 2026: 20 working days end on Monday 30 March.
    QVERIFY(addFeed(m_db, kFilingsFormat,
                    {filing(QStringLiteral("PLAN-1"), QStringLiteral("plan"),
                            QStringLiteral("implementing_body"), QStringLiteral("测试局"),
                            {{QStringLiteral("decidedAt"), QStringLiteral("2026-03-02")}}),
                     filing(QStringLiteral("PLAN-2"), QStringLiteral("plan"),
                            QStringLiteral("implementing_body"), QStringLiteral("测试局"),
                            {{QStringLiteral("decidedAt"), QStringLiteral("2026-03-02")},
                             {QStringLiteral("filedAt"), QStringLiteral("2026-03-20")}})}));
    QVERIFY(only(alertcode::FilingOverdue, QDate(2026, 3, 30)).isEmpty());
    const QList<Alert> found = only(alertcode::FilingOverdue, QDate(2026, 3, 31));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key, QStringLiteral("filing_overdue:filing:PLAN-1"));
    QCOMPARE(found.first().data.value(QLatin1String("workingDays")).toInt(), 21);
    QCOMPARE(found.first().data.value(QLatin1String("due")).toString(),
             QStringLiteral("2026-03-30"));
    // Filed later: overdue until the filing day, not after.
    QVERIFY(addFeed(m_db, kFilingsFormat,
                    {filing(QStringLiteral("PLAN-1"), QStringLiteral("plan"),
                            QStringLiteral("implementing_body"), QStringLiteral("测试局"),
                            {{QStringLiteral("decidedAt"), QStringLiteral("2026-03-02")},
                             {QStringLiteral("filedAt"), QStringLiteral("2026-04-03")}})}));
    QCOMPARE(only(alertcode::FilingOverdue, QDate(2026, 4, 2)).size(), 1);
    QVERIFY(only(alertcode::FilingOverdue, QDate(2026, 4, 3)).isEmpty());
}

void TestAlerts::filingOverdueCountsHolidays()
{
    // Decided Friday 18 September 2026: 20 working days on the holiday calendar (make-up
    // Sunday 20 September and Saturday 10 October, 中秋 25 September and 国庆 1–7 October off)
    // end on Thursday 22 October, not on Friday 16 October as Monday to Friday would.
    QVERIFY(addFeed(m_db, kFilingsFormat,
                    {filing(QStringLiteral("PLAN-H"), QStringLiteral("plan"),
                            QStringLiteral("implementing_body"), QStringLiteral("测试局"),
                            {{QStringLiteral("decidedAt"), QStringLiteral("2026-09-18")}})}));
    QVERIFY(only(alertcode::FilingOverdue, QDate(2026, 10, 19)).isEmpty());
    QVERIFY(only(alertcode::FilingOverdue, QDate(2026, 10, 22)).isEmpty());
    const QList<Alert> found = only(alertcode::FilingOverdue, QDate(2026, 10, 23));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().data.value(QLatin1String("due")).toString(),
             QStringLiteral("2026-10-22"));
    QCOMPARE(found.first().data.value(QLatin1String("workingDays")).toInt(), 21);
    QCOMPARE(found.first().data.value(QLatin1String("holidayCalendar")).toBool(), true);
    QVERIFY2(!found.first().reason.contains(QLatin1String("Monday to Friday")),
             qPrintable(found.first().reason));
}

void TestAlerts::filingOverdueBeyondCalendar()
{
    // 2027 is not in the calendar: counted Monday to Friday, and the alert says so.
    QVERIFY(addFeed(m_db, kFilingsFormat,
                    {filing(QStringLiteral("PLAN-X"), QStringLiteral("plan"),
                            QStringLiteral("implementing_body"), QStringLiteral("测试局"),
                            {{QStringLiteral("decidedAt"), QStringLiteral("2027-03-01")}})}));
    QVERIFY(only(alertcode::FilingOverdue, QDate(2027, 3, 29)).isEmpty());
    const QList<Alert> found = only(alertcode::FilingOverdue, QDate(2027, 3, 30));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().data.value(QLatin1String("due")).toString(),
             QStringLiteral("2027-03-29"));
    QCOMPARE(found.first().data.value(QLatin1String("holidayCalendar")).toBool(), false);
    QVERIFY2(found.first().reason.contains(QLatin1String("Monday to Friday only")),
             qPrintable(found.first().reason));
    QVERIFY2(found.first().reason.contains(QLatin1String("2027")),
             qPrintable(found.first().reason));
}

void TestAlerts::securityRuleSharedWithReview()
{
    // The same table tst_reviewrules holds the review's security step to.
    Application base;
    base.resources = {RequestedResource{}};
    for (const SecurityCase &c : securityCases()) {
        const Application a = securityCaseApplication(base, c);
        const QString grades = QString::fromLatin1(c.grades);
        const int expectedLevel = grades.contains(QLatin1String("core"))        ? 4
                                  : grades.contains(QLatin1String("important")) ? 3
                                                                                : 2;
        QVERIFY2(requiredMlpsLevel(a) == expectedLevel, c.name);
        QVERIFY2(controlsValid(a) == (c.mlpsMet && c.assessmentMet), c.name);
    }
}

void TestAlerts::filingOverdueFromDecision()
{
    const QDate t = QDate::currentDate();
    AppSpec a;
    a.id = QStringLiteral("F-0001");
    a.submitted = t.addDays(-30);
    a.periodStart = t.addDays(10);
    a.periodEnd = t.addDays(400);
    a.resources = {resource(QStringLiteral("资源"), QString(), 1, 1)};
    a.decision = Decision::Approved;
    a.answers = allFourPass();
    QVERIFY(addApplication(m_db, a));
    const QDate due = addWorkingDays(t, 20);
    const QDate late = addWorkingDays(t, 21);
    QVERIFY(only(alertcode::FilingOverdue, due).isEmpty());
    const QList<Alert> found = only(alertcode::FilingOverdue, late);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().subject.kind, QStringLiteral("application"));
    QCOMPARE(found.first().key, QStringLiteral("filing_overdue:application:F-0001"));
    // An agreement on file for it ends the alert.
    QVERIFY(addFeed(m_db, kFilingsFormat,
                    {filing(QStringLiteral("AGR-F"), QStringLiteral("agreement"),
                            QStringLiteral("operator"), kOp,
                            {{QStringLiteral("applicationId"), QStringLiteral("F-0001")},
                             {QStringLiteral("decidedAt"), iso(t)},
                             {QStringLiteral("filedAt"), iso(t.addDays(3))}})}));
    QVERIFY(only(alertcode::FilingOverdue, late).isEmpty());
}

void TestAlerts::disclosureDue_data()
{
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("severity"); // -1: none
    QTest::newRow("28 Feb") << QDate(2026, 2, 28) << int(AlertSeverity::Info);
    QTest::newRow("1 Mar") << QDate(2026, 3, 1) << int(AlertSeverity::Warning);
    QTest::newRow("31 Mar") << QDate(2026, 3, 31) << int(AlertSeverity::Warning);
    QTest::newRow("1 Apr") << QDate(2026, 4, 1) << int(AlertSeverity::Critical);
    QTest::newRow("2 Jan") << QDate(2026, 1, 2) << int(AlertSeverity::Info);
}

void TestAlerts::disclosureDue()
{
    QFETCH(QDate, on);
    QFETCH(int, severity);
    // The operator had calls in 2025; the implementing body had a plan in force in 2025.
    QVERIFY(
        addFeed(m_db, kCallsFormat,
                {call(QStringLiteral("Y1"), kOp, QStringLiteral("P-API"), {}, {},
                      QDate(2025, 11, 1), QDate(2025, 11, 30), 10, 0, 1, QStringLiteral("1.00"))}));
    QVERIFY(addFeed(m_db, kFilingsFormat,
                    {filing(QStringLiteral("PLAN-Y"), QStringLiteral("plan"),
                            QStringLiteral("implementing_body"), QStringLiteral("测试局"),
                            {{QStringLiteral("decidedAt"), QStringLiteral("2024-06-03")},
                             {QStringLiteral("filedAt"), QStringLiteral("2024-06-10")}})}));
    const QList<Alert> found = only(alertcode::DisclosureDue, on);
    QCOMPARE(found.size(), 2);
    for (const Alert &a : found) {
        QCOMPARE(int(a.severity), severity);
        QCOMPARE(a.data.value(QLatin1String("year")).toInt(), 2025);
        QCOMPARE(a.data.value(QLatin1String("due")).toString(), QStringLiteral("2026-03-31"));
    }
    QCOMPARE(found.at(0).key, QStringLiteral("disclosure_due:implementing_body:测试局:2025"));
    QCOMPARE(found.at(1).key, QStringLiteral("disclosure_due:operator:%1:2025").arg(kOp));
    // For 2024 only the plan (decided in 2024) counts; the calls came in 2025.
    QCOMPARE(only(alertcode::DisclosureDue, QDate(2025, 6, 1)).size(), 1);
}

void TestAlerts::disclosureRecorded()
{
    QVERIFY(
        addFeed(m_db, kCallsFormat,
                {call(QStringLiteral("Y1"), kOp, QStringLiteral("P-API"), {}, {},
                      QDate(2025, 11, 1), QDate(2025, 11, 30), 10, 0, 1, QStringLiteral("1.00")),
                 call(QStringLiteral("Y2"), kOp2, QStringLiteral("P-API"), {}, {},
                      QDate(2024, 11, 1), QDate(2024, 11, 30), 10, 0, 1, QStringLiteral("1.00"))}));
    QVERIFY(addFeed(m_db, kFilingsFormat,
                    {filing(QStringLiteral("DISC-1"), QStringLiteral("disclosure"),
                            QStringLiteral("operator"), kOp,
                            {{QStringLiteral("year"), 2025},
                             {QStringLiteral("publishedAt"), QStringLiteral("2026-03-15")}})}));
    QCOMPARE(only(alertcode::DisclosureDue, QDate(2026, 3, 14)).size(), 1); // not yet published
    QVERIFY(only(alertcode::DisclosureDue, QDate(2026, 3, 15)).isEmpty());
    QVERIFY(only(alertcode::DisclosureDue, QDate(2026, 4, 1)).isEmpty());
    // kOp2 was active in 2024 only: due in 2025, not in 2026.
    const QList<Alert> earlier = only(alertcode::DisclosureDue, QDate(2025, 4, 1));
    QCOMPARE(earlier.size(), 1);
    QCOMPARE(earlier.first().subject.id, kOp2);
    QCOMPARE(earlier.first().severity, AlertSeverity::Critical);
}

void TestAlerts::acknowledgeIsAuditedAndShown()
{
    QVERIFY(addFeed(
        m_db, kCallsFormat,
        {call(QStringLiteral("C1"), kOp, QStringLiteral("P-API"), {}, QStringLiteral("GD-404"),
              QDate(2026, 3, 1), QDate(2026, 3, 31), 100, 0, 1, QStringLiteral("10.00"))}));
    const QString key = QStringLiteral("unregistered_resource:resource:GD-404");
    const auto audit = makeAuditTrail(m_db);
    const qint64 before = *audit->count();
    AlertAcknowledgements acks(m_db);
    // The officer's key signs the acknowledgement into the trail (a checkpoint).
    const package::Signer zhang =
        packagetest::makeSigner(package::Algorithm::Ed25519, QStringLiteral("张敏"));
    const package::Signer wang =
        packagetest::makeSigner(package::Algorithm::Sm2Sm3, QStringLiteral("王立"));
    QVERIFY(!acks.acknowledge(key, QStringLiteral("  "), zhang).ok());
    QVERIFY(!acks.acknowledge(QStringLiteral("nonsense"), QStringLiteral("x"), zhang).ok());
    QCOMPARE(*audit->count(), before);

    const auto ack = acks.acknowledge(key, QStringLiteral("已通知登记平台补登"), zhang);
    QVERIFY2(ack.ok(), qPrintable(ack.ok() ? QString() : ack.error().toString()));
    QCOMPARE(*audit->count(), before + 1);
    const auto events = audit->events(key);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().action, QStringLiteral("alert.acknowledge"));
    QCOMPARE(events->first().actor, QStringLiteral("张敏"));
    QCOMPARE(events->first().detail.value(QLatin1String("note")).toString(),
             QStringLiteral("已通知登记平台补登"));
    QVERIFY(audit->verifyAll()->intact);
    const auto anchored = audit::verifyTrail(m_db);
    QVERIFY(anchored.ok());
    QVERIFY2(!anchored->broken(), qPrintable(anchored->problems.join(u'\n')));
    QCOMPARE(anchored->anchors, 1);
    QCOMPARE(anchored->anchoredSeq, events->first().seq);
    QCOMPARE(anchored->unanchored(), 0);

    // Still listed, now acknowledged; JSON says so.
    const QList<Alert> found = only(alertcode::UnregisteredResource, QDate(2026, 4, 1));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().acknowledged());
    QCOMPARE(found.first().acknowledgement->note, QStringLiteral("已通知登记平台补登"));
    const QJsonObject json = alertsToJson(found).first().toObject();
    QCOMPARE(json.value(QLatin1String("acknowledged")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("acknowledgement")).toObject().value(QLatin1String("note")),
             QJsonValue(QStringLiteral("已通知登记平台补登")));
    for (const char *field : {"code", "severity", "subject", "reason", "data", "key"})
        QVERIFY2(json.contains(QLatin1String(field)), field);

    // Acknowledging again replaces the note and is audited again.
    QVERIFY(acks.acknowledge(key, QStringLiteral("补登完成"), wang).ok());
    QCOMPARE(*audit->count(), before + 2);
    QCOMPARE(acks.all()->value(key).note, QStringLiteral("补登完成"));
}

void TestAlerts::filterNarrowsAlerts()
{
    QVERIFY(addFeed(
        m_db, kCallsFormat,
        {call(QStringLiteral("C1"), kOp, QStringLiteral("P-API"), {}, QStringLiteral("GD-404"),
              QDate(2026, 3, 1), QDate(2026, 3, 31), 100, 0, 1, QStringLiteral("10.00")),
         call(QStringLiteral("C2"), kOp2, QStringLiteral("P-API"), {}, QStringLiteral("GD-405"),
              QDate(2026, 3, 1), QDate(2026, 3, 31), 100, 0, 1, QStringLiteral("10.00"))}));
    MonitoringFilter filter;
    filter.operatorCode = kOp2;
    const QList<Alert> found = evaluate(QDate(2026, 4, 1), {}, filter);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().subject.id, QStringLiteral("GD-405"));
    filter = {};
    filter.domain = QStringLiteral("交通"); // feed records without an application drop out
    QVERIFY(evaluate(QDate(2026, 4, 1), {}, filter).isEmpty());
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
