// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSet>
#include <QTest>

#include "review/workflow.h"

using namespace gd;
using workflow::Action;

namespace {

const QList<CaseStatus> kStatuses = {
    CaseStatus::Received, CaseStatus::InReview, CaseStatus::AwaitingApproval, CaseStatus::Decided,
    CaseStatus::Returned, CaseStatus::Signed,   CaseStatus::Countersigned,    CaseStatus::Filed};
const QList<Action> kActions = {
    Action::StartReview, Action::SubmitForApproval, Action::SendBack, Action::Agree, Action::Return,
    Action::Sign,        Action::Countersign,       Action::File};
const QList<Decision> kDecisions = {Decision::None, Decision::Approved,
                                    Decision::ConditionallyApproved, Decision::Rejected,
                                    Decision::Returned};

/**
 * docs/architecture.md §3, written out by hand and independently of the implementation:
 * "from action decision → to", "*" for any decision. Everything not listed is refused.
 */
const char *const kAllowed[] = {
    "received start_review * in_review",
    "in_review submit * awaiting_approval",
    "awaiting_approval send_back * in_review",
    "awaiting_approval agree approved decided",
    "awaiting_approval agree conditionally_approved decided",
    "awaiting_approval agree rejected decided",
    "awaiting_approval agree returned decided",
    "decided return returned returned",
    "decided sign approved signed",
    "decided sign conditionally_approved signed",
    "decided sign rejected signed",
    "signed countersign * countersigned",
    "countersigned file * filed",
};

QString decisionName(Decision d)
{
    return d == Decision::None ? QStringLiteral("none") : decisionCode(d);
}

std::optional<QString> expectedTo(CaseStatus from, Action action, Decision decision)
{
    for (const char *line : kAllowed) {
        const QStringList parts = QString::fromLatin1(line).split(QLatin1Char(' '));
        if (parts[0] == caseStatusCode(from) && parts[1] == workflow::actionCode(action) &&
            (parts[2] == QLatin1String("*") || parts[2] == decisionCode(decision)))
            return parts[3];
    }
    return std::nullopt;
}

} // namespace

/** The case workflow state machine, tested against every combination. */
class TestWorkflow final : public QObject
{
    Q_OBJECT

private slots:
    void everyCombination_data();
    void everyCombination();
    void actionCodesAndLabels();
    void transitionTableMatchesDesign();
    void expectedTableIsComplete();
    void refusalNamesTheStatus();
};

void TestWorkflow::everyCombination_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<Action>("action");
    QTest::addColumn<Decision>("decision");
    for (CaseStatus s : kStatuses) {
        for (Action a : kActions) {
            for (Decision d : kDecisions) {
                const QString name = caseStatusCode(s) + QLatin1Char('/') +
                                     workflow::actionCode(a) + QLatin1Char('/') + decisionName(d);
                QTest::newRow(qPrintable(name)) << s << a << d;
            }
        }
    }
}

void TestWorkflow::everyCombination()
{
    QFETCH(CaseStatus, from);
    QFETCH(Action, action);
    QFETCH(Decision, decision);
    const auto result = workflow::apply(from, action, decision);
    const auto expected = expectedTo(from, action, decision);
    if (expected) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(caseStatusCode(result.value()), *expected);
    } else {
        QVERIFY2(!result.ok(),
                 qPrintable(QStringLiteral("allowed, giving %1")
                                .arg(result.ok() ? caseStatusCode(*result) : QString())));
        QVERIFY(!result.error().what.trimmed().isEmpty());
        QVERIFY(result.error().what.endsWith(QLatin1Char('.')));
    }
}

void TestWorkflow::actionCodesAndLabels()
{
    QSet<QString> codes;
    QSet<QString> labels;
    for (Action a : kActions) {
        QVERIFY(!workflow::actionCode(a).isEmpty());
        QVERIFY(!workflow::actionLabel(a).isEmpty());
        codes.insert(workflow::actionCode(a));
        labels.insert(workflow::actionLabel(a));
    }
    QCOMPARE(codes.size(), kActions.size());
    QCOMPARE(labels.size(), kActions.size());
    QCOMPARE(workflow::actionCode(Action::StartReview), QStringLiteral("start_review"));
    QCOMPARE(workflow::actionCode(Action::SubmitForApproval), QStringLiteral("submit"));
    QCOMPARE(workflow::actionCode(Action::SendBack), QStringLiteral("send_back"));
    QCOMPARE(workflow::actionCode(Action::Agree), QStringLiteral("agree"));
}

void TestWorkflow::transitionTableMatchesDesign()
{
    // transitions() lists each (from, action) once, and each is allowed by the design.
    const auto &table = workflow::transitions();
    QCOMPARE(table.size(), 8);
    QSet<QString> seen;
    for (const auto &t : table) {
        const QString key = caseStatusCode(t.from) + workflow::actionCode(t.action);
        QVERIFY(!seen.contains(key));
        seen.insert(key);
        bool found = false;
        for (Decision d : kDecisions) {
            if (const auto to = expectedTo(t.from, t.action, d)) {
                QCOMPARE(*to, caseStatusCode(t.to));
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(key));
    }
}

void TestWorkflow::expectedTableIsComplete()
{
    // A guard on the test itself: 13 lines, 5 of them "*" (5 decisions each): 5 × 5 + 8.
    int allowed = 0;
    for (CaseStatus s : kStatuses)
        for (Action a : kActions)
            for (Decision d : kDecisions)
                allowed += expectedTo(s, a, d).has_value() ? 1 : 0;
    QCOMPARE(allowed, 5 * 5 + 8);
    QCOMPARE(kStatuses.size() * kActions.size() * kDecisions.size(), 320);
}

void TestWorkflow::refusalNamesTheStatus()
{
    const auto refused = workflow::apply(CaseStatus::AwaitingApproval, Action::StartReview);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().what.contains(caseStatusLabel(CaseStatus::AwaitingApproval)));
    QCOMPARE(refused.error().where, QStringLiteral("start_review"));

    const auto noDecision = workflow::apply(CaseStatus::AwaitingApproval, Action::Agree);
    QVERIFY(!noDecision.ok());
    QVERIFY(noDecision.error().what.contains(QLatin1String("decision")));

    const auto signReturned =
        workflow::apply(CaseStatus::Decided, Action::Sign, Decision::Returned);
    QVERIFY(!signReturned.ok());
    QVERIFY(signReturned.error().what.contains(decisionLabel(Decision::Returned)));

    const auto returnApproved =
        workflow::apply(CaseStatus::Decided, Action::Return, Decision::Approved);
    QVERIFY(!returnApproved.ok());
    QVERIFY(returnApproved.error().what.contains(decisionLabel(Decision::Approved)));
}

QTEST_APPLESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
