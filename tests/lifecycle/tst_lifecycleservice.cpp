// SPDX-License-Identifier: GPL-3.0-or-later
// Recording the authorization's acts after the review (issue 15, item 1): only for an
// approved, countersigned review, only in the order the rules allow, each act stored with its
// audit event and a checkpoint signed with the officer's key, and nothing at all when refused.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "common/rawsqlite.h"
#include "demo/demodata.h"
#include "domain/applicationjson.h"
#include "domain/lifecyclejson.h"
#include "importer/importer.h"
#include "monitoring/alerts.h"
#include "lifecycle/lifecycletest.h"
#include "lifecycle/recordedlife.h"
#include "package-ui/packageuitest.h"
#include "package/reviewexport.h"
#include "services/desk.h"
#include "services/lifecycleservice.h"
#include "store/applicationstore.h"
#include "store/audittrail.h"
#include "store/repositories.h"

using namespace gd;
using namespace gd::lifecycle;
using namespace gd::package;

namespace {

const QString kDigest = QString(64, QLatin1Char('b'));

QString problemOf(const Result<LifecycleService::CaseLife> &r)
{
    return r ? QString() : r.error().toString();
}

} // namespace

class TestLifecycleService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        auto db = test::openDemoDatabase(m_path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        m_db = db.value();
        m_desk = Desk::over(m_db);
        auto reviewer = test::makeSigner(demo::reviewerName(), Algorithm::Ed25519);
        auto approver = test::makeSigner(demo::approverName(), Algorithm::Ed25519);
        QVERIFY(reviewer && approver);
        m_reviewer = reviewer.value();
        m_approver = approver.value();
        // Whole authorization, approved; by domain, approved with conditions; and a rejection.
        for (const QString &id : {QStringLiteral("GZ-2026-0136"), QStringLiteral("GZH-2026-0076"),
                                  QStringLiteral("FJ-2026-0063")})
            QVERIFY(countersign(id));
    }

    void refusesACaseThatIsNotCountersignedOrNotApproved()
    {
        LifecycleService service(m_desk);
        const auto decided = test::casesIn(m_db, CaseStatus::Decided);
        QVERIFY(!decided.isEmpty());
        auto early = service.life(decided.first().first, decided.first().second, today());
        QVERIFY(problemOf(early).contains(QStringLiteral("countersigned")));
        auto rejected = service.life(QStringLiteral("FJ-2026-0063"), 1, today());
        QVERIFY2(problemOf(rejected).contains(QStringLiteral("did not approve")),
                 qPrintable(problemOf(rejected)));
    }

    void wholeAuthorizationFromApprovalToItsTerm()
    {
        LifecycleService service(m_desk);
        const QString id = QStringLiteral("GZ-2026-0136");
        auto life = service.life(id, 1, today());
        QVERIFY2(life, qPrintable(problemOf(life)));
        QCOMPARE(life->mode, QStringLiteral("whole"));
        // Countersigned a moment ago: the same calendar day as today(), whatever the zone
        // (ctest runs this at UTC-11, where China's date is another day most of the time).
        QCOMPARE(life->reviewed, today());
        QCOMPARE(life->state.stage, Stage::Approval);

        // 整体授权: no collective decision per case.
        auto meeting = service.record(id, 1, adoptedMeeting(), m_approver, today());
        QVERIFY(problemOf(meeting).contains(QStringLiteral("no such step")));

        const qint64 eventsBefore = events();
        auto approved = service.record(
            id, 1, Approval{today(), QStringLiteral("穗数政批〔2026〕12号")}, m_approver, today());
        QVERIFY2(approved, qPrintable(problemOf(approved)));
        QCOMPARE(approved->state.stage, Stage::Agreement);
        QVERIFY(approved->state.due);
        QCOMPARE(approved->state.due->date, today().addDays(30));
        QCOMPARE(events(), eventsBefore + 1);
        const QList<AuditEvent> trail =
            makeAuditTrail(m_db)->events(QStringLiteral("%1 v1").arg(id)).value();
        QCOMPARE(trail.last().action, QStringLiteral("lifecycle.approval"));
        QCOMPARE(trail.last().actor, demo::approverName());
        QCOMPARE(trail.last().detail.value(QStringLiteral("documentNumber")).toString(),
                 QStringLiteral("穗数政批〔2026〕12号"));

        // Out of order: the filing before the agreement.
        auto early = service.record(id, 1, filing(), m_approver, today());
        QVERIFY(problemOf(early).contains(QStringLiteral("out of order")));
        QCOMPARE(events(), eventsBefore + 1);

        for (const Act &act : {Act(agreement()), Act(filing()), Act(disclosure())}) {
            auto done = service.record(id, 1, act, m_approver, today());
            QVERIFY2(done, qPrintable(problemOf(done)));
        }
        auto active = service.life(id, 1, today().addMonths(2));
        QVERIFY2(active, qPrintable(problemOf(active)));
        QCOMPARE(active->state.stage, Stage::Active);
        QCOMPARE(active->acts.size(), 4);
        QCOMPARE(actBytes(active->acts.at(1)), actBytes(agreement()));
        QCOMPARE(service.life(id, 1, today().addMonths(36))->state.stage, Stage::Expired);
        QVERIFY(service.life(id, 1, today())->state.problems.isEmpty());

        auto verified = makeAuditTrail(m_db)->verifyAll();
        QVERIFY(verified && verified->intact);
    }

    void manyLivesAreReadAsEachIsAlone()
    {
        // After the whole authorization's acts: one with acts, one with none.
        const QHash<QString, int> versions{{QStringLiteral("GZ-2026-0136"), 1},
                                           {QStringLiteral("GZH-2026-0076"), 1}};
        auto lives = readRecordedLives(m_db, versions);
        QVERIFY2(lives, qPrintable(lives ? QString() : lives.error().toString()));
        QCOMPARE(lives->size(), 2);
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            auto alone = readRecordedLife(m_db, it.key(), it.value());
            QVERIFY(alone);
            const RecordedLife &life = lives->value(it.key());
            QCOMPARE(life.reviewed, alone->reviewed);
            QCOMPARE(life.stored.size(), alone->stored.size());
            QCOMPARE(life.acts.size(), alone->acts.size());
            for (qsizetype i = 0; i < life.acts.size(); ++i) {
                QCOMPARE(life.stored.at(i).id, alone->stored.at(i).id);
                QCOMPARE(actBytes(life.acts.at(i)), actBytes(alone->acts.at(i)));
            }
        }
        QCOMPARE(lives->value(QStringLiteral("GZ-2026-0136")).acts.size(), 4);
        QVERIFY(lives->value(QStringLiteral("GZH-2026-0076")).acts.isEmpty());

        // A case that is not countersigned: refused, named, as when read alone.
        const auto decided = test::casesIn(m_db, CaseStatus::Decided);
        QVERIFY(!decided.isEmpty());
        auto missing = readRecordedLives(m_db, {{QStringLiteral("GZ-2026-0136"), 1},
                                                {decided.first().first, decided.first().second}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().toString(),
                 readRecordedLife(m_db, decided.first().first, decided.first().second)
                     .error()
                     .toString());
    }

    void aMeetingWhoseVotesDoNotAddUpChangesNothing()
    {
        LifecycleService service(m_desk);
        const QString id = QStringLiteral("GZH-2026-0076");
        QCOMPARE(service.life(id, 1, today())->state.stage, Stage::CollectiveDecision);
        const qint64 before = events();
        CollectiveDecision bad = adoptedMeeting();
        bad.recused = {QStringLiteral("李明")}; // 8 present, 1 recused, yet 8 votes
        auto refused = service.record(id, 1, bad, m_approver, today());
        QVERIFY2(
            problemOf(refused).startsWith(QStringLiteral("GZH-2026-0076 v1: collective_decision")),
            qPrintable(problemOf(refused)));
        QVERIFY(problemOf(refused).contains(QStringLiteral("do not add up")));
        QCOMPARE(events(), before);
        QVERIFY(service.life(id, 1, today())->stored.isEmpty());

        auto adopted = service.record(id, 1, adoptedMeeting(), m_approver, today());
        QVERIFY2(adopted, qPrintable(problemOf(adopted)));
        QCOMPARE(adopted->state.stage, Stage::Approval);
    }

    void listsEveryAuthorization()
    {
        auto all = LifecycleService(m_desk).authorizations(today().addMonths(2));
        QVERIFY2(all, qPrintable(all ? QString() : all.error().toString()));
        QMap<QString, LifecycleService::Authorization> byId;
        for (const LifecycleService::Authorization &a : std::as_const(all.value()))
            byId.insert(a.id, a);
        // This test's two cases and the demo's twelve; the rejected FJ-2026-0063 is
        // countersigned but authorizes nothing.
        QCOMPARE(all->size(), 14);
        QVERIFY(!byId.contains(QStringLiteral("FJ-2026-0063")));
        const auto gz = byId.value(QStringLiteral("GZ-2026-0136"));
        QCOMPARE(gz.life.state.stage, Stage::Active);
        QVERIFY(gz.agreement);
        QCOMPARE(gz.agreement->operatorName, QStringLiteral("广州数据集团有限公司"));
        const auto gzh = byId.value(QStringLiteral("GZH-2026-0076"));
        QCOMPARE(gzh.life.state.stage, Stage::Approval);
        QVERIFY(!gzh.agreement);
        // The demo's cases, two months on: the pilot has expired, the rest stand.
        const QMap<QString, Stage> demo{{QStringLiteral("GZ-2026-0145"), Stage::CollectiveDecision},
                                        {QStringLiteral("GZH-2026-0082"), Stage::Agreement},
                                        {QStringLiteral("FJ-2026-0067"), Stage::Active},
                                        {QStringLiteral("GZH-2026-0088"), Stage::Disclosure},
                                        {QStringLiteral("GZ-2026-0157"), Stage::Approval},
                                        {QStringLiteral("FJ-2026-0079"), Stage::Filing},
                                        {QStringLiteral("GZH-2026-0093"), Stage::Active},
                                        {QStringLiteral("GZ-2026-0161"), Stage::Suspended},
                                        {QStringLiteral("FJ-2026-0084"), Stage::Terminated},
                                        {QStringLiteral("GZH-2026-0097"), Stage::NotAdopted},
                                        {QStringLiteral("GZ-2026-0152"), Stage::Expired},
                                        {QStringLiteral("FJ-2026-0073"), Stage::Revoked}};
        for (auto it = demo.cbegin(); it != demo.cend(); ++it)
            QCOMPARE(byId.value(it.key()).life.state.stage, it.value());
    }

    void actsAreAppendOnly()
    {
        const QString update =
            test::runSql(m_path, {QStringLiteral("UPDATE lifecycle_acts SET body = '{}'")});
        QVERIFY2(update.contains(QStringLiteral("append-only")), qPrintable(update));
        const QString remove = test::runSql(m_path, {QStringLiteral("DELETE FROM lifecycle_acts")});
        QVERIFY2(remove.contains(QStringLiteral("append-only")), qPrintable(remove));
    }

    void aBentStoredActIsRefusedNotGuessed()
    {
        // An act inserted around GrantDesk with a field it does not know.
        const QString inserted = test::runSql(
            m_path, {QStringLiteral("INSERT INTO lifecycle_acts (app_id, version, code, act_date, "
                                    "body, recorded_by, recorded_at) VALUES ('GZH-2026-0076', 1, "
                                    "'approval', '2026-01-01', '{\"act\":\"approval\",\"date\":"
                                    "\"2026-01-01\",\"documentNumber\":\"x\",\"by\":\"me\"}', "
                                    "'x', '2026-01-01T00:00:00Z')")});
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
        auto life = LifecycleService(m_desk).life(QStringLiteral("GZH-2026-0076"), 1, today());
        QVERIFY2(problemOf(life).contains(QStringLiteral("unknown field 'by'")),
                 qPrintable(problemOf(life)));
        // Read with the others (the monitoring's snapshot): the same refusal.
        auto lives = readRecordedLives(
            m_db, {{QStringLiteral("GZ-2026-0136"), 1}, {QStringLiteral("GZH-2026-0076"), 1}});
        QVERIFY(!lives);
        QVERIFY2(lives.error().toString().contains(QStringLiteral("unknown field 'by'")),
                 qPrintable(lives.error().toString()));
    }

private:
    static QDate today() { return QDate::currentDate(); }

    bool countersign(const QString &id)
    {
        return test::countersignCase(m_db, id, m_reviewer, m_approver, m_dir.path());
    }

    qint64 events() const { return makeAuditTrail(m_db)->count().value(); }

    static CollectiveDecision adoptedMeeting()
    {
        CollectiveDecision m;
        m.date = today();
        m.meetingKind = QStringLiteral("bureau_executive");
        m.members = 9;
        m.present = 8;
        m.inFavour = 7;
        m.against = 0;
        m.abstaining = 1;
        m.resolution = QStringLiteral("adopted");
        m.minutes = Evidence{QStringLiteral("局务会议纪要.pdf"), kDigest};
        return m;
    }

    static Agreement agreement()
    {
        Agreement a;
        a.date = today();
        a.implementingBody = QStringLiteral("广州市政务服务和数据管理局");
        a.operatorName = QStringLiteral("广州数据集团有限公司");
        a.operatorCreditCode = QStringLiteral("91440115MA5CRN2U54");
        a.termStart = today().addDays(1);
        a.termEnd = today().addMonths(24);
        a.document = Evidence{QStringLiteral("运营协议.pdf"), kDigest};
        return a;
    }

    static Filing filing()
    {
        return Filing{today(), QStringLiteral("广东省政务服务和数据管理局"),
                      QStringLiteral("粤数备〔2026〕31号")};
    }

    static Disclosure disclosure()
    {
        return Disclosure{today(), QStringLiteral("https://www.gz.gov.cn/zwgk/")};
    }

    void aRenewalDoesNotEndTheAuthorization()
    {
        // A later version of an authorized application arrives (a renewal): the authorization
        // stands, in the list and in monitoring, until that version is countersigned itself.
        const QString id = QStringLiteral("FJ-2026-0067");
        auto current = makeApplicationStore(m_db)->load(id, 1);
        QVERIFY(current);
        QJsonObject renewal = applicationToJson(current.value());
        renewal.insert(QStringLiteral("version"), 2);
        renewal.insert(QStringLiteral("attachments"), QJsonArray());
        const QString file = m_dir.filePath(QStringLiteral("renewal.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(renewal).toJson());
        out.close();
        const ImportReport report = Importer(m_db).importPaths({file});
        QCOMPARE(report.count(FileOutcome::Kind::Added), 1);

        auto all = LifecycleService(m_desk).authorizations(today());
        QVERIFY(all);
        const auto it =
            std::find_if(all->cbegin(), all->cend(),
                         [&](const LifecycleService::Authorization &a) { return a.id == id; });
        QVERIFY(it != all->cend());
        QCOMPARE(it->version, 1);
        QCOMPARE(it->life.state.stage, Stage::Active);
        QVERIFY(it->newer);
        QCOMPARE(it->newer->first, 2);
        QCOMPARE(it->newer->second, CaseStatus::Received);

        const QDate end = it->agreement->termEnd;
        auto alerts = monitoring::AlertEngine(m_db, {}, monitoring::MonitoringSettings{})
                          .evaluate(end.addDays(-10));
        QVERIFY(alerts);
        QVERIFY(std::any_of(alerts->cbegin(), alerts->cend(), [&](const monitoring::Alert &a) {
            return a.code == monitoring::alertcode::Expiring && a.subject.id == id;
        }));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<Desk> m_desk;
    Signer m_reviewer;
    Signer m_approver;
};

QTEST_MAIN(TestLifecycleService)
#include "tst_lifecycleservice.moc"
