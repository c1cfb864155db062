// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "monitoring/indicators.h"
#include "monitoringfixtures.h"

using namespace gd;
using namespace gd::monitoring;
using namespace gd::test;

namespace {
const QString kOpA = QStringLiteral("91440101MA5CXK7Q9R");
const QString kOpB = QStringLiteral("91350200MA2Y7QH17E");
} // namespace

/**
 * Every indicator of docs/domain.md §7 on a small hand-built data set whose answers are worked out
 * by hand (see init()). Dates are relative to today (T), because decisions are dated by the
 * audit trail, which records the moment they are taken.
 */
namespace {

/** The first series of the @p index-th indicator of @p dimension in indicators --json. */
QJsonObject seriesJson(const IndicatorReport &report, const char *dimension, int index)
{
    return indicatorsToJson(report)
        .value(QLatin1String(dimension))
        .toArray()
        .at(index)
        .toObject()
        .value(QLatin1String("series"))
        .toArray()
        .at(0)
        .toObject();
}

} // namespace

class TestIndicators final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sanzhongyida();
    void filing();
    void scale();
    void registration();
    void products();
    void social();
    void economic();
    void controls();
    void incidents();
    void filters();
    void periodMatters();
    void monthsAfterTheCallsFeedAreNotReported();
    void monthsAfterTheIncidentsFeedAreNotReported();
    void jsonShape();

private:
    IndicatorReport compute(const MonitoringFilter &filter = {}) const;
    const Indicator &get(const IndicatorReport &r, const char *id) const;
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    QDate m_today;
    QList<FeeRules> m_rules;
};

void TestIndicators::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openDb(m_dir.filePath(QStringLiteral("ind.sqlite")));
    QVERIFY(m_db);
    const QDate t = QDate::currentDate();
    m_today = t;
    m_rules << rules(t.addDays(-200), t.addDays(200), kOpB);

    // Register: R1 active (registered 30 days after it was first requested), R2 cancelled.
    QVERIFY(addRegister(m_db, QStringLiteral("R1"), RegistrationStatus::Active, t.addDays(-30),
                        t.addDays(-30)));
    QVERIFY(addRegister(m_db, QStringLiteral("R2"), RegistrationStatus::Cancelled, t.addDays(-300),
                        t.addDays(-5)));
    const RequestedResource r1 = resource(QStringLiteral("资源一"), QStringLiteral("R1"), 1000, 2);
    const RequestedResource r2 = resource(QStringLiteral("资源二"), QStringLiteral("R2"), 500, 3);
    const RequestedResource r3 =
        resource(QStringLiteral("资源三"), QString(), 200, 1, QStringLiteral("important"));
    const RequestedResource r4 =
        resource(QStringLiteral("资源四"), QStringLiteral("X-UNKNOWN"), 7, 1);

    AppSpec a1;
    a1.id = QStringLiteral("T-0001"); // approved, public welfare, controls valid, all four pass
    a1.useClass = QStringLiteral("public_welfare");
    a1.submitted = t.addDays(-60);
    a1.periodStart = t.addDays(-100);
    a1.periodEnd = t.addDays(265);
    a1.resources = {r1, r2};
    a1.mlps = 2;
    a1.decision = Decision::Approved;
    a1.answers = allFourPass();
    QVERIFY(addApplication(m_db, a1));

    AppSpec a2;
    a2.id = QStringLiteral("T-0002"); // conditionally approved, legality review failed,
    a2.operatorCode = kOpB;           // important data at MLPS 2: controls invalid
    a2.operatorName = QStringLiteral("厦门海峡物流信息科技有限公司");
    a2.body = QStringLiteral("福建省数据管理局");
    a2.domain = QStringLiteral("物流");
    a2.mode = QStringLiteral("domain");
    a2.submitted = t.addDays(-60);
    a2.periodStart = t.addDays(-50);
    a2.periodEnd = t.addDays(300);
    a2.resources = {r1, r3};
    a2.mlps = 2;
    a2.decision = Decision::ConditionallyApproved;
    a2.answers = allFourPass();
    a2.answers[QStringLiteral("legality-review")] = QStringLiteral("fail");
    QVERIFY(addApplication(m_db, a2));

    AppSpec a3;
    a3.id = QStringLiteral("T-0003"); // rejected, complete records
    a3.submitted = t.addDays(-60);
    a3.periodStart = t.addDays(10);
    a3.periodEnd = t.addDays(400);
    a3.resources = {r1};
    a3.decision = Decision::Rejected;
    a3.answers = allFourPass();
    QVERIFY(addApplication(m_db, a3));

    AppSpec a4;
    a4.id = QStringLiteral("T-0004"); // received, asks for an unknown code
    a4.submitted = t.addDays(-60);
    a4.periodStart = t.addDays(10);
    a4.periodEnd = t.addDays(400);
    a4.resources = {r4};
    QVERIFY(addApplication(m_db, a4));

    AppSpec old;
    old.id = QStringLiteral("T-0005"); // submitted before the period: not counted anywhere
    old.submitted = t.addDays(-500);
    old.periodStart = t.addDays(-700);
    old.periodEnd = t.addDays(-400);
    old.resources = {r4};
    QVERIFY(addApplication(m_db, old));

    QVERIFY(
        addFeed(m_db, kCallsFormat,
                {call(QStringLiteral("C1"), kOpA, QStringLiteral("P-FREE"), a1.id, {},
                      t.addDays(-40), t.addDays(-11), 1000, 1000, 10, QStringLiteral("0.00")),
                 call(QStringLiteral("C2"), kOpB, QStringLiteral("P-API"), a2.id, {},
                      t.addDays(-40), t.addDays(-11), 3000, 0, 20, QStringLiteral("1200.00")),
                 call(QStringLiteral("C3"), kOpB, QStringLiteral("P-API"), a2.id, {},
                      t.addDays(-10), t, 1000, 0, 30, QStringLiteral("600.00")),
                 // before the period
                 call(QStringLiteral("C0"), kOpB, QStringLiteral("P-API"), a2.id, {},
                      t.addDays(-400), t.addDays(-380), 99999, 0, 99, QStringLiteral("9999.00"))}));

    QJsonArray filings;
    auto filingRecord = [&](const char *id, const char *kind, const QString &app, int decided,
                            std::optional<int> filed) {
        QJsonObject o{{QStringLiteral("id"), QLatin1String(id)},
                      {QStringLiteral("kind"), QLatin1String(kind)},
                      {QStringLiteral("partyKind"), QStringLiteral("implementing_body")},
                      {QStringLiteral("partyId"), QStringLiteral("广州市政务服务和数据管理局")},
                      {QStringLiteral("partyName"), QStringLiteral("广州市政务服务和数据管理局")},
                      {QStringLiteral("decidedAt"), iso(t.addDays(decided))}};
        if (!app.isEmpty())
            o.insert(QStringLiteral("applicationId"), app);
        if (filed)
            o.insert(QStringLiteral("filedAt"), iso(t.addDays(*filed)));
        filings.append(o);
    };
    filingRecord("F1", "plan", {}, -100, -90);
    filingRecord("F2", "agreement", a1.id, -50, -40);
    filingRecord("F3", "agreement", a2.id, -20, std::nullopt);
    filingRecord("F4", "plan", {}, -400, -399);
    QVERIFY(addFeed(m_db, kFilingsFormat, filings));

    auto at = [&](int days, int hour) {
        return QDateTime(t.addDays(days), QTime(hour, 0), QTimeZone(8 * 3600))
            .toString(Qt::ISODate);
    };
    QVERIFY(addFeed(m_db, kIncidentsFormat,
                    {QJsonObject{{QStringLiteral("id"), QStringLiteral("I1")},
                                 {QStringLiteral("openedAt"), at(-30, 8)},
                                 {QStringLiteral("severity"), QStringLiteral("high")},
                                 {QStringLiteral("applicationId"), a2.id},
                                 {QStringLiteral("operatorCode"), kOpB},
                                 {QStringLiteral("summary"), QStringLiteral("越权访问")},
                                 {QStringLiteral("respondedAt"), at(-30, 10)},
                                 {QStringLiteral("closedAt"), at(-20, 8)}},
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("I2")},
                                 {QStringLiteral("openedAt"), at(-10, 8)},
                                 {QStringLiteral("severity"), QStringLiteral("low")},
                                 {QStringLiteral("applicationId"), a1.id},
                                 {QStringLiteral("summary"), QStringLiteral("弱口令")},
                                 {QStringLiteral("respondedAt"), at(-10, 12)}},
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("I3")},
                                 {QStringLiteral("openedAt"), at(-400, 8)},
                                 {QStringLiteral("severity"), QStringLiteral("critical")},
                                 {QStringLiteral("operatorCode"), kOpA},
                                 {QStringLiteral("summary"), QStringLiteral("早年事件")},
                                 {QStringLiteral("closedAt"), at(-390, 8)}}}));
}

IndicatorReport TestIndicators::compute(const MonitoringFilter &filter) const
{
    IndicatorQuery query;
    query.on = m_today;
    query.filter = filter;
    const auto report = IndicatorEngine(m_db, m_rules).compute(query);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    return *report;
}

const Indicator &TestIndicators::get(const IndicatorReport &r, const char *id) const
{
    const Indicator *i = r.find(QString::fromLatin1(id));
    if (!i)
        qFatal("no indicator %s", id);
    return *i;
}

static double num(const Indicator &i, const char *key)
{
    const IndicatorFigure *f = i.figure(QString::fromLatin1(key));
    return f ? f->value.toDouble(-1) : -1;
}

void TestIndicators::sanzhongyida()
{
    const IndicatorReport r = compute();
    QCOMPARE(r.from, m_today.addYears(-1).addDays(1));
    QCOMPARE(r.to, m_today);
    const Indicator &i = get(r, "sanzhongyida");
    QCOMPARE(i.dimension, Dimension::Procedure);
    QCOMPARE(num(i, "decisions"), 3.0); // T-0001, T-0002, T-0003
    QCOMPARE(num(i, "complete"), 2.0);
    QCOMPARE(i.value.toDouble(), 0.6667);
    QCOMPARE(i.text, QStringLiteral("66.7%"));
    QCOMPARE(i.applicationIds, (QStringList{QStringLiteral("T-0001"), QStringLiteral("T-0002"),
                                            QStringLiteral("T-0003")}));
    QCOMPARE(i.exceptionIds, QStringList{QStringLiteral("T-0002")});
    QVERIFY(!i.definition.isEmpty());
}

void TestIndicators::filing()
{
    const IndicatorReport report = compute();
    const Indicator &i = get(report, "filing");
    QCOMPARE(num(i, "records"), 3.0); // F4 was decided before the period
    QCOMPARE(num(i, "filed"), 2.0);
    QCOMPARE(i.value.toDouble(), 0.6667);
    QCOMPARE(num(i, "daysToFile"), 10.0);
    QCOMPARE(i.exceptionIds, QStringList{QStringLiteral("T-0002")});
}

void TestIndicators::scale()
{
    const IndicatorReport report = compute();
    const Indicator &i = get(report, "scale");
    QCOMPARE(i.dimension, Dimension::Supply);
    QCOMPARE(i.value.toDouble(), 3.0); // R1 (once), R2, 资源三
    QCOMPARE(num(i, "records"), 1700.0);
    QCOMPARE(num(i, "fields"), 6.0);
    QCOMPARE(i.applicationIds, (QStringList{QStringLiteral("T-0001"), QStringLiteral("T-0002")}));
}

void TestIndicators::registration()
{
    const IndicatorReport report = compute();
    const Indicator &i = get(report, "registration");
    QCOMPARE(num(i, "requested"), 6.0); // 2 + 2 + 1 + 1
    QCOMPARE(num(i, "active"), 3.0);    // R1 three times
    QCOMPARE(i.value.toDouble(), 0.5);
    QCOMPARE(num(i, "daysToRegister"), 30.0);
    QCOMPARE(i.exceptionIds, (QStringList{QStringLiteral("T-0001"), QStringLiteral("T-0002"),
                                          QStringLiteral("T-0004")}));
}

void TestIndicators::products()
{
    const IndicatorReport report = compute();
    const Indicator &i = get(report, "products");
    QCOMPARE(i.dimension, Dimension::Benefit);
    QCOMPARE(i.value.toDouble(), 2.0);
    QCOMPARE(num(i, "calls"), 5000.0);
    QCOMPARE(num(i, "activeUsers"), 40.0); // P-FREE 10 + P-API max(20, 30)
    QCOMPARE(i.series.size(), 1);
    const IndicatorSeries &s = i.series.first();
    QCOMPARE(s.key, QStringLiteral("calls"));
    QCOMPARE(s.points.first().month, QDate(m_today.addYears(-1).addDays(1).year(),
                                           m_today.addYears(-1).addDays(1).month(), 1));
    QCOMPARE(s.points.last().month, QDate(m_today.year(), m_today.month(), 1));
    double total = 0;
    for (const MonthPoint &p : s.points)
        total += p.number;
    QCOMPARE(total, 5000.0);
}

void TestIndicators::social()
{
    const IndicatorReport report = compute();
    const Indicator &i = get(report, "social");
    QCOMPARE(i.value.toDouble(), 0.2); // 1000 free of 5000
    QCOMPARE(num(i, "publicInterestScenarios"), 1.0);
    QCOMPARE(i.applicationIds, QStringList{QStringLiteral("T-0001")});
}

void TestIndicators::economic()
{
    const IndicatorReport report = compute();
    const Indicator &i = get(report, "economic");
    QCOMPARE(i.value.toString(), QStringLiteral("1800.00"));
    QCOMPARE(i.figure(QStringLiteral("mar"))->value.toString(), QStringLiteral("1000.00"));
    QCOMPARE(i.figure(QStringLiteral("marRevenue"))->value.toString(), QStringLiteral("1800.00"));
    QCOMPARE(num(i, "revenueVsMar"), 1.8);
    QCOMPARE(num(i, "marExceeded"), 1.0);
    QCOMPARE(num(i, "overCap"), 1.0); // C3: 600.00 for 1000 calls at a 0.50 cap
    QCOMPARE(i.exceptionIds, QStringList{QStringLiteral("T-0002")});
    QCOMPARE(i.series.first().key, QStringLiteral("revenue"));
    double total = 0;
    for (const MonthPoint &p : i.series.first().points)
        total += p.number;
    QCOMPARE(total, 1800.0);
}

void TestIndicators::controls()
{
    const IndicatorReport report = compute();
    const Indicator &i = get(report, "controls");
    QCOMPARE(i.dimension, Dimension::Security);
    QCOMPARE(num(i, "scenarios"), 2.0);
    QCOMPARE(i.value.toDouble(), 0.5);
    QCOMPARE(i.exceptionIds, QStringList{QStringLiteral("T-0002")});
    QCOMPARE(num(i, "logged"), 2.0);
}

void TestIndicators::incidents()
{
    const IndicatorReport report = compute();
    const Indicator &i = get(report, "incidents");
    QCOMPARE(i.value.toDouble(), 2.0);
    QCOMPARE(num(i, "high"), 1.0);
    QCOMPARE(num(i, "low"), 1.0);
    QCOMPARE(num(i, "critical"), 0.0);
    QCOMPARE(num(i, "hoursToResponse"), 3.0);
    QCOMPARE(num(i, "daysToClosure"), 10.0);
    QCOMPARE(num(i, "open"), 1.0);
    QCOMPARE(i.applicationIds, (QStringList{QStringLiteral("T-0001"), QStringLiteral("T-0002")}));
}

void TestIndicators::filters()
{
    MonitoringFilter byOperator;
    byOperator.operatorCode = kOpB;
    IndicatorReport r = compute(byOperator);
    QCOMPARE(get(r, "sanzhongyida").applicationIds, QStringList{QStringLiteral("T-0002")});
    QCOMPARE(get(r, "products").value.toDouble(), 1.0);
    QCOMPARE(num(get(r, "products"), "calls"), 4000.0);
    QCOMPARE(get(r, "incidents").value.toDouble(), 1.0);

    MonitoringFilter byBody;
    byBody.implementingBody = QStringLiteral("广州市政务服务和数据管理局");
    r = compute(byBody);
    QCOMPARE(num(get(r, "sanzhongyida"), "decisions"), 2.0); // T-0001, T-0003
    QCOMPARE(num(get(r, "scale"), "records"), 1500.0);       // T-0001 only

    MonitoringFilter byDomainAndMode;
    byDomainAndMode.domain = QStringLiteral("物流");
    byDomainAndMode.mode = QStringLiteral("domain");
    r = compute(byDomainAndMode);
    QCOMPARE(get(r, "controls").applicationIds, QStringList{QStringLiteral("T-0002")});
    QCOMPARE(get(r, "economic").value.toString(), QStringLiteral("1800.00"));
    byDomainAndMode.mode = QStringLiteral("whole");
    r = compute(byDomainAndMode);
    QVERIFY(get(r, "controls").applicationIds.isEmpty());
    QVERIFY(get(r, "controls").value.isNull());
    QCOMPARE(get(r, "controls").text, QStringLiteral("—"));
}

void TestIndicators::periodMatters()
{
    IndicatorQuery query;
    query.on = m_today;
    query.from = m_today.addDays(-400);
    query.to = m_today.addDays(-380);
    const auto r = IndicatorEngine(m_db, m_rules).compute(query);
    QVERIFY(r.ok());
    QCOMPARE(num(*r->find(QStringLiteral("products")), "calls"), 99999.0);
    QCOMPARE(r->find(QStringLiteral("economic"))->value.toString(), QStringLiteral("9999.00"));
    QCOMPARE(r->find(QStringLiteral("incidents"))->value.toDouble(), 1.0);

    query.from = m_today;
    query.to = m_today.addDays(-1);
    QVERIFY(!IndicatorEngine(m_db, m_rules).compute(query).ok());
}

void TestIndicators::monthsAfterTheCallsFeedAreNotReported()
{
    // Evaluated three months on: the calls feed still ends today (C3), so the months that
    // begin after it are not reported yet. They are no months of zero calls or revenue.
    IndicatorQuery query;
    query.on = m_today.addMonths(3);
    query.filter = {};
    const auto r = IndicatorEngine(m_db, m_rules).compute(query);
    QVERIFY(r.ok());
    for (const char *id : {"products", "economic"}) {
        const IndicatorSeries &s = get(*r, id).series.first();
        QCOMPARE(s.reportedUntil, m_today);
        QCOMPARE(s.points.last().month, QDate(query.on.year(), query.on.month(), 1));
        QCOMPARE(s.reportedMonths(), s.points.size() - 3);
        for (qsizetype i = 0; i < s.points.size(); ++i) {
            const MonthPoint &p = s.points.at(i);
            QCOMPARE(p.reported, p.month <= m_today);
            if (!p.reported) {
                QVERIFY2(p.value.isNull(), id);
                QCOMPARE(p.number, 0.0);
            } else {
                QVERIFY2(!p.value.isNull(), id);
            }
        }
    }
    // Filtered by operator A, whose records end eleven days ago: the reach of what the filter
    // picks, not the feed's (operator B's platform has reported up to today).
    IndicatorQuery ofA = query;
    ofA.filter.operatorCode = kOpA;
    const auto a = IndicatorEngine(m_db, m_rules).compute(ofA);
    QVERIFY(a.ok());
    for (const char *id : {"products", "economic"}) {
        const IndicatorSeries &own = get(*a, id).series.first();
        QCOMPARE(own.reportedUntil, m_today.addDays(-11));
        for (const MonthPoint &p : own.points)
            QCOMPARE(p.reported, p.month <= m_today.addDays(-11));
    }

    // The incidents feed does not say when it was exported: it was by its import today, which
    // covers yesterday in full. The months after are not reported either.
    const IndicatorSeries &incidents = get(*r, "incidents").series.first();
    QCOMPARE(incidents.reportedUntil, m_today.addDays(-1));
    for (const MonthPoint &p : incidents.points)
        QCOMPARE(p.reported, p.month <= m_today.addDays(-1));
    const QJsonArray benefit = indicatorsToJson(*r).value(QLatin1String("benefit")).toArray();
    const QJsonObject calls =
        benefit.at(0).toObject().value(QLatin1String("series")).toArray().at(0).toObject();
    QCOMPARE(calls.value(QLatin1String("reportedUntil")).toString(), iso(m_today));
    const QJsonArray points = calls.value(QLatin1String("points")).toArray();
    QVERIFY(points.last().toObject().value(QLatin1String("value")).isNull());

    // Today the feed reaches the evaluation day: every month reported, nothing said of it.
    const IndicatorReport now = compute();
    const IndicatorSeries &s = get(now, "products").series.first();
    QCOMPARE(s.reportedMonths(), s.points.size());
    QVERIFY(!seriesJson(now, "benefit", 0).contains(QLatin1String("reportedUntil")));
}

void TestIndicators::monthsAfterTheIncidentsFeedAreNotReported()
{
    // Platforms export a month's incidents once it has ended: exported on 1 November, the
    // feed covers October in full and November not at all. A November without incidents in
    // it is not known to be one.
    const auto db = openDb(m_dir.filePath(QStringLiteral("reach.sqlite")));
    QVERIFY(db);
    const auto incident = [](const char *id, const char *opened) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                           {QStringLiteral("openedAt"), QLatin1String(opened)},
                           {QStringLiteral("severity"), QStringLiteral("low")},
                           {QStringLiteral("operatorCode"), kOpA},
                           {QStringLiteral("summary"), QStringLiteral("弱口令")}};
    };
    QVERIFY(addFeed(db, kIncidentsFormat, {incident("I-9", "2026-09-15T09:00:00+08:00")},
                    QStringLiteral("2026-11-01T09:00:00+08:00")));
    IndicatorQuery query;
    query.on = QDate(2026, 12, 7);
    query.from = QDate(2026, 1, 1);
    query.to = query.on;
    auto r = IndicatorEngine(db, m_rules).compute(query);
    QVERIFY(r.ok());
    IndicatorSeries s = get(*r, "incidents").series.first();
    QCOMPARE(s.reportedUntil, QDate(2026, 10, 31));
    QCOMPARE(s.points.size(), 12);
    QCOMPARE(s.reportedMonths(), 10);                     // January to October
    QCOMPARE(s.points.at(8).value.toDouble(), 1.0);       // September
    QCOMPARE(s.points.at(9).value.toDouble(), 0.0);       // October: reported, none
    QVERIFY(s.points.at(10).value.isNull());              // November: not reported
    QCOMPARE(get(*r, "incidents").value.toDouble(), 1.0); // the period's count as before
    const QJsonObject json = seriesJson(*r, "security", 1);
    QCOMPARE(json.value(QLatin1String("reportedUntil")).toString(), QStringLiteral("2026-10-31"));

    // An incident on record opened later than the export says the feed reaches its day.
    QVERIFY(addFeed(db, kIncidentsFormat, {incident("I-10", "2026-11-03T10:00:00+08:00")},
                    QStringLiteral("2026-10-01T09:00:00+08:00")));
    r = IndicatorEngine(db, m_rules).compute(query);
    QVERIFY(r.ok());
    s = get(*r, "incidents").series.first();
    QCOMPARE(s.reportedUntil, QDate(2026, 11, 3));
    QCOMPARE(s.reportedMonths(), 11);
    QCOMPARE(s.points.at(10).value.toDouble(), 1.0);
}

void TestIndicators::jsonShape()
{
    const QJsonObject json = indicatorsToJson(compute());
    QCOMPARE(json.value(QLatin1String("to")).toString(), iso(m_today));
    int total = 0;
    for (const char *dimension : {"procedure", "supply", "benefit", "security"}) {
        const QJsonArray list = json.value(QLatin1String(dimension)).toArray();
        QVERIFY2(!list.isEmpty(), dimension);
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "label", "definition", "value", "text", "figures",
                                    "applicationIds", "series"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QCOMPARE(o.value(QLatin1String("dimension")).toString(), QLatin1String(dimension));
            ++total;
        }
    }
    QCOMPARE(total, IndicatorEngine::indicatorIds().size());
    const QJsonArray benefit = json.value(QLatin1String("benefit")).toArray();
    QCOMPARE(benefit.at(2).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("1800.00"));
}

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
