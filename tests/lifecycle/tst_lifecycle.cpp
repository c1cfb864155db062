// SPDX-License-Identifier: GPL-3.0-or-later
// The authorization's life after the review (issue 15, item 1): the rules file, the order of
// the acts by mode, what each act must carry, the deadlines in working days, and the term.
#include <QTest>

#include "calendar/workcalendarfile.h"
#include "domain/creditcode.h"
#include "domain/lifecycle.h"
#include "lifecycle/lifecyclerules.h"

using namespace gd;
using namespace gd::lifecycle;

namespace {

const QString kOperatorCode = QStringLiteral("91440115MA5CRN2U54");
const QString kDigest = QString(64, QLatin1Char('a'));

CollectiveDecision meeting(int members, int present, QStringList recused, int inFavour, int against,
                           int abstaining, const QString &resolution,
                           QDate date = QDate(2026, 6, 2))
{
    CollectiveDecision m;
    m.date = date;
    m.meetingKind = QStringLiteral("bureau_executive");
    m.members = members;
    m.present = present;
    m.recused = std::move(recused);
    m.inFavour = inFavour;
    m.against = against;
    m.abstaining = abstaining;
    m.resolution = resolution;
    m.minutes = Evidence{QStringLiteral("局务会议纪要.pdf"), kDigest};
    return m;
}

Approval approval(QDate date = QDate(2026, 6, 10))
{
    return Approval{date, QStringLiteral("穗数政批〔2026〕12号")};
}

Agreement agreement(QDate signedOn = QDate(2026, 9, 18), QDate start = QDate(2026, 10, 1),
                    QDate end = QDate(2029, 9, 30))
{
    Agreement a;
    a.date = signedOn;
    a.implementingBody = QStringLiteral("广州市政务服务和数据管理局");
    a.operatorName = QStringLiteral("广州数据集团有限公司");
    a.operatorCreditCode = kOperatorCode;
    a.termStart = start;
    a.termEnd = end;
    a.document = Evidence{QStringLiteral("运营协议.pdf"), kDigest};
    return a;
}

Filing filing(QDate date = QDate(2026, 10, 12))
{
    return Filing{date, QStringLiteral("广东省政务服务和数据管理局"),
                  QStringLiteral("粤数备〔2026〕31号")};
}

Disclosure disclosure(QDate date = QDate(2026, 10, 20))
{
    return Disclosure{date, QStringLiteral("https://www.gz.gov.cn/zwgk/")};
}

Interruption interruption(Interruption::Kind kind, QDate date)
{
    return Interruption{kind, date, QStringLiteral("运营机构未按协议报送年度报告"), QString()};
}

const QDate kReviewed(2026, 5, 28);

LifecycleState at(const QString &mode, const QList<Act> &acts, QDate today)
{
    return evaluate(builtinLifecycleRules(), mode, kReviewed, acts, today, builtinWorkCalendar());
}

QStringList problems(const QString &mode, const QList<Act> &acts, const Act &next,
                     QDate today = QDate(2026, 12, 1))
{
    return problemsWith(builtinLifecycleRules(), mode, kReviewed, acts, next, today);
}

QString joined(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

QByteArray builtinJson()
{
    QFile file(QStringLiteral(":/lifecycle/lifecycle-2026.1.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void builtinRules()
    {
        const LifecycleRules &r = builtinLifecycleRules();
        QCOMPARE(r.version, QStringLiteral("2026.1"));
        const QList<Stage> later = {Stage::Approval, Stage::Agreement, Stage::Filing,
                                    Stage::Disclosure};
        // 一事一议 for 分领域 and 依场景 only (briefing L92, L119).
        QCOMPARE(r.stagesFor(QStringLiteral("whole")), later);
        QCOMPARE(r.stagesFor(QStringLiteral("domain")),
                 QList<Stage>{Stage::CollectiveDecision} + later);
        QCOMPARE(r.stagesFor(QStringLiteral("scenario")),
                 QList<Stage>{Stage::CollectiveDecision} + later);
        QCOMPARE(r.quorum.numerator, 2);
        QCOMPARE(r.quorum.denominator, 3);
        QVERIFY(r.majorityOfMembers);
        QCOMPARE(r.maxTermMonths, 60);
        QCOMPARE(r.expiringDays, 90);
        QVERIFY(r.meetingKind(QStringLiteral("party_group")));
        for (const StageRule &s : r.stages) {
            QVERIFY2(!s.basis.zh.isEmpty() && !s.basis.en.isEmpty(),
                     qPrintable(stageCode(s.stage)));
            if (s.due) // every deadline in the file is ours, and says so
                QVERIFY(s.due->ours && s.basis.zh.contains(QStringLiteral("GrantDesk 默认值")));
        }
        QVERIFY(creditcode::isValid(kOperatorCode));
    }

    void refusesABadRulesFile_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("format") << QByteArray("grantdesk.lifecycle/1")
                                << QByteArray("grantdesk.lifecycle/9")
                                << QStringLiteral("rules.json: format");
        QTest::newRow("stage order")
            << QByteArray("\"id\": \"filing\"") << QByteArray("\"id\": \"approval\"")
            << QStringLiteral("rules.json: stages[3].id: 'approval' must come before 'agreement'");
        QTest::newRow("due after a later act")
            << QByteArray("\"after\": \"approval\"") << QByteArray("\"after\": \"filing\"")
            << QStringLiteral(
                   "rules.json: stages[2].due.after: 'filing' does not come before 'agreement'");
        QTest::newRow("days and working days")
            << QByteArray("\"days\": 30,") << QByteArray("\"days\": 30, \"workingDays\": 5,")
            << QStringLiteral("rules.json: stages[2].due: give either days or workingDays");
        QTest::newRow("unknown mode") << QByteArray("\"modes\": [\"domain\", \"scenario\"]")
                                      << QByteArray("\"modes\": [\"domain\", \"city\"]")
                                      << QStringLiteral("rules.json: stages[0].modes[1]");
        QTest::newRow("majority of one")
            << QByteArray("\"majority\": { \"numerator\": 1, \"denominator\": 2")
            << QByteArray("\"majority\": { \"numerator\": 2, \"denominator\": 2")
            << QStringLiteral("rules.json: collectiveDecision.majority.denominator: 2/2 is not a "
                              "share below one");
        QTest::newRow("unknown field")
            << QByteArray("\"expiringDays\": 90,")
            << QByteArray("\"expiringDays\": 90, \"graceDays\": 5,")
            << QStringLiteral("rules.json: term: unknown field 'graceDays'");
        QTest::newRow("term") << QByteArray("\"maxMonths\": 60") << QByteArray("\"maxMonths\": 0")
                              << QStringLiteral("rules.json: term.maxMonths");
    }

    void refusesABadRulesFile()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray json = builtinJson();
        QVERIFY(json.contains(from));
        json.replace(json.indexOf(from), from.size(), to);
        const LifecycleRulesOutcome outcome =
            parseLifecycleRules(json, QStringLiteral("rules.json"));
        QVERIFY(!outcome.rules);
        QVERIFY2(joined(outcome.errors).contains(expected), qPrintable(joined(outcome.errors)));
    }

    void wholeAuthorizationNeedsNoCollectiveDecisionPerCase()
    {
        QCOMPARE(at(QStringLiteral("whole"), {}, QDate(2026, 6, 1)).stage, Stage::Approval);
        QCOMPARE(at(QStringLiteral("scenario"), {}, QDate(2026, 6, 1)).stage,
                 Stage::CollectiveDecision);
        QCOMPARE(problems(QStringLiteral("whole"), {},
                          meeting(9, 8, {}, 8, 0, 0, QStringLiteral("adopted")))
                     .join(QLatin1Char('|')),
                 QStringLiteral("this mode of authorization has no such step"));
    }

    void votesMustAddUp()
    {
        // GZ-2026-0117's minutes: 8 present, one recused, yet 7 + 0 + 1 votes.
        const QStringList found =
            problems(QStringLiteral("scenario"), {},
                     meeting(9, 8, {QStringLiteral("李明")}, 7, 0, 1, QStringLiteral("adopted")));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(QStringLiteral("do not add up")),
                 qPrintable(found.first()));
        QVERIFY(
            problems(QStringLiteral("scenario"), {},
                     meeting(9, 8, {QStringLiteral("李明")}, 6, 0, 1, QStringLiteral("adopted")))
                .isEmpty());
    }

    void quorumAndMajority()
    {
        // Two thirds of 9 is 6.
        QVERIFY(
            problems(QStringLiteral("domain"), {},
                     meeting(9, 5, {}, 5, 0, 0, QStringLiteral("adopted")))
                .join(QLatin1Char('|'))
                .contains(QStringLiteral("no quorum: 5 of 9 members present, at least 6 needed")));
        // More than half of the 8 members who may vote: 4 is not, 5 is.
        const QStringList four =
            problems(QStringLiteral("domain"), {},
                     meeting(9, 9, {QStringLiteral("李明")}, 4, 2, 2, QStringLiteral("adopted")));
        QVERIFY2(four.join(QLatin1Char('|'))
                     .contains(QStringLiteral("4 in favour is not a majority of 8")),
                 qPrintable(four.join(QLatin1Char('|'))));
        QVERIFY(
            problems(QStringLiteral("domain"), {},
                     meeting(9, 9, {QStringLiteral("李明")}, 5, 2, 1, QStringLiteral("adopted")))
                .isEmpty());
        QVERIFY(!problems(QStringLiteral("domain"), {},
                          meeting(9, 9, {}, 5, 4, 0, QStringLiteral("not_adopted")))
                     .isEmpty());
    }

    void notAdoptedEndsAndDeferredWaits()
    {
        const Act no = meeting(9, 9, {}, 3, 6, 0, QStringLiteral("not_adopted"));
        QCOMPARE(at(QStringLiteral("scenario"), {no}, QDate(2026, 7, 1)).stage, Stage::NotAdopted);
        QVERIFY(problems(QStringLiteral("scenario"), {no}, approval())
                    .join(QLatin1Char('|'))
                    .contains(QStringLiteral("nothing can follow")));

        const Act later = meeting(9, 9, {}, 3, 0, 6, QStringLiteral("deferred"));
        QCOMPARE(at(QStringLiteral("scenario"), {later}, QDate(2026, 7, 1)).stage,
                 Stage::CollectiveDecision);
        const Act yes = meeting(9, 7, {}, 6, 1, 0, QStringLiteral("adopted"), QDate(2026, 6, 5));
        QCOMPARE(at(QStringLiteral("scenario"), {later, yes}, QDate(2026, 7, 1)).stage,
                 Stage::Approval);
    }

    void actsComeInOrderAndDatesMoveForward()
    {
        const QString order =
            problems(QStringLiteral("whole"), {}, agreement()).join(QLatin1Char('|'));
        QVERIFY2(order.contains(QStringLiteral("out of order")), qPrintable(order));
        const QString before = problems(QStringLiteral("whole"), {approval(QDate(2026, 6, 10))},
                                        agreement(QDate(2026, 6, 9)))
                                   .join(QLatin1Char('|'));
        QVERIFY2(before.contains(QStringLiteral("before the step before it (2026-06-10)")),
                 qPrintable(before));
        const QString future =
            problems(QStringLiteral("whole"), {}, approval(QDate(2027, 1, 5)), QDate(2026, 12, 1))
                .join(QLatin1Char('|'));
        QVERIFY2(future.contains(QStringLiteral("in the future")), qPrintable(future));
        QVERIFY(!problems(QStringLiteral("whole"), {},
                          Approval{QDate(2026, 6, 10), QStringLiteral(" ")})
                     .isEmpty());
    }

    void agreementCarriesAValidTerm()
    {
        const QList<Act> approved = {approval()};
        QVERIFY(problems(QStringLiteral("whole"), approved, agreement()).isEmpty());
        const QString longTerm =
            problems(QStringLiteral("whole"), approved,
                     agreement(QDate(2026, 9, 18), QDate(2026, 10, 1), QDate(2031, 10, 1)))
                .join(QLatin1Char('|'));
        QVERIFY2(longTerm.contains(QStringLiteral("longer than 60 months")), qPrintable(longTerm));
        Agreement badCode = agreement();
        badCode.operatorCreditCode = QStringLiteral("91440115MA5CRN2U55");
        QVERIFY(problems(QStringLiteral("whole"), approved, badCode)
                    .join(QLatin1Char('|'))
                    .contains(QStringLiteral("credit code")));
        Agreement noDocument = agreement();
        noDocument.document.sha256.clear();
        QVERIFY(!problems(QStringLiteral("whole"), approved, noDocument).isEmpty());
    }

    void deadlinesCountTheHolidayCalendar()
    {
        // Agreement signed Friday 18 September 2026: 20 working days later, counting the
        // make-up days of 20 September and 10 October and the holidays of 25 September and
        // 1–7 October, is 22 October (Monday to Friday alone would give 16 October).
        const QList<Act> agreed = {approval(), agreement()};
        const LifecycleState s = at(QStringLiteral("whole"), agreed, QDate(2026, 10, 20));
        QCOMPARE(s.stage, Stage::Filing);
        QVERIFY(s.due);
        QCOMPARE(s.due->date, QDate(2026, 10, 22));
        QVERIFY(!s.due->overdue && s.due->ours && s.due->calendarCovered);
        QVERIFY(at(QStringLiteral("whole"), agreed, QDate(2026, 10, 23)).due->overdue);

        // The agreement is due 30 calendar days after the approval.
        const LifecycleState waiting =
            at(QStringLiteral("whole"), {approval()}, QDate(2026, 7, 11));
        QCOMPARE(waiting.stage, Stage::Agreement);
        QCOMPARE(waiting.due->date, QDate(2026, 7, 10));
        QVERIFY(waiting.due->overdue);
    }

    void theTerm()
    {
        const QList<Act> all = {
            approval(), agreement(QDate(2026, 9, 18), QDate(2026, 11, 1), QDate(2029, 10, 31)),
            filing(), disclosure()};
        QCOMPARE(at(QStringLiteral("whole"), all, QDate(2026, 10, 25)).stage, Stage::NotYetInForce);
        const LifecycleState active = at(QStringLiteral("whole"), all, QDate(2027, 3, 1));
        QCOMPARE(active.stage, Stage::Active);
        QCOMPARE(active.termEnd, QDate(2029, 10, 31));
        QCOMPARE(at(QStringLiteral("whole"), all, QDate(2029, 8, 2)).stage, Stage::Expiring);
        QCOMPARE(at(QStringLiteral("whole"), all, QDate(2029, 11, 1)).stage, Stage::Expired);
        QVERIFY(at(QStringLiteral("whole"), all, QDate(2029, 11, 1)).problems.isEmpty());
    }

    void suspensionRevocationAndTermination()
    {
        QList<Act> acts = {approval(), agreement(), filing(), disclosure()};
        const QDate today(2027, 6, 1);
        QVERIFY(!problems(QStringLiteral("whole"), acts,
                          interruption(Interruption::Kind::Resumption, QDate(2027, 1, 5)), today)
                     .isEmpty());
        acts << interruption(Interruption::Kind::Suspension, QDate(2027, 1, 5));
        QCOMPARE(at(QStringLiteral("whole"), acts, today).stage, Stage::Suspended);
        acts << interruption(Interruption::Kind::Resumption, QDate(2027, 2, 5));
        QCOMPARE(at(QStringLiteral("whole"), acts, today).stage, Stage::Active);
        acts << interruption(Interruption::Kind::Revocation, QDate(2027, 3, 5));
        QCOMPARE(at(QStringLiteral("whole"), acts, today).stage, Stage::Revoked);
        QVERIFY(problems(QStringLiteral("whole"), acts,
                         interruption(Interruption::Kind::Termination, QDate(2027, 4, 5)), today)
                    .join(QLatin1Char('|'))
                    .contains(QStringLiteral("nothing can follow")));
        // Before the approval nothing can be revoked; a reason is required.
        QVERIFY(!problems(QStringLiteral("whole"), {},
                          interruption(Interruption::Kind::Revocation, QDate(2026, 6, 1)))
                     .isEmpty());
        Interruption bare = interruption(Interruption::Kind::Termination, QDate(2027, 1, 1));
        bare.reason = QStringLiteral("无");
        QVERIFY(!problems(QStringLiteral("whole"), {approval()}, bare, today).isEmpty());
    }

    void aBentHistoryIsNamed()
    {
        // A history written around GrantDesk: the filing is recorded before the agreement.
        const LifecycleState s =
            at(QStringLiteral("whole"), {approval(), filing(), agreement()}, QDate(2026, 12, 1));
        QCOMPARE(s.problems.size(), 1);
        QVERIFY2(s.problems.first().startsWith(QStringLiteral("act 2 (filing): out of order")),
                 qPrintable(s.problems.first()));
        QCOMPARE(s.stage, Stage::Filing); // the filing did not count
    }

    void codes()
    {
        for (int i = 0; i <= int(Stage::NotAdopted); ++i) {
            const Stage s = Stage(i);
            QCOMPARE(stageFromCode(stageCode(s)), std::optional<Stage>(s));
            QVERIFY(!stageLabel(s).isEmpty());
        }
        QCOMPARE(actCode(interruption(Interruption::Kind::Revocation, QDate(2027, 1, 1))),
                 QStringLiteral("revocation"));
        QCOMPARE(actCode(filing()), QStringLiteral("filing"));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
