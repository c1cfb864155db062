// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "audit/trailanchor.h"
#include "common/rawsqlite.h"
#include "package/packagetest.h"
#include "services/auditservice.h"
#include "services/desk.h"
#include "store/auditanchors.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/sql/connection.h"
#include "store/sql/sqlauditanchors.h"

using namespace gd;

namespace {

const QString kSubject = QStringLiteral("GZ-2026-0001 v1");

/** Runs @p statements on the file with a plain SQLite connection, GrantDesk closed. */
bool attack(const QString &path, const QStringList &statements)
{
    const QString problem = test::runSql(path, statements);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return problem.isEmpty();
}

} // namespace

/**
 * Signed checkpoints of the audit trail (audit::anchorHead, verifyTrail, checkSinceCheckpoint,
 * refuseBrokenTrail): what they prove, what they leave as the unanchored tail, and that
 * deleted or forged checkpoints and a cut under a checkpoint are found.
 */
class TestTrailAnchor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anchoredEventsAndTheTail();
    void eventsWithoutCheckpointsAreUnanchoredNotBroken();
    void cutUnderTheCheckpointFoundOnOpening();
    void deletedCheckpointFound();
    void forgedSignatureRefused();
    void checkpointOfAnotherKeyRefused();
    void brokenTrailRefusesToBeExtended();
    void signedCasesAreLookedUpBySubject();
    void verificationRunsOnAConnectionOfItsOwnAndStops();

private:
    void open();
    void close() { m_db.reset(); }
    /** Appends @p n events; with @p signer the last is marked and anchored as a signature. */
    void append(int n, const package::Signer *signer = nullptr);
    audit::TrailReport verify();
    QString path() const { return m_dir->filePath(QStringLiteral("anchor.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    package::Signer m_reviewer;
    package::Signer m_approver;
};

void TestTrailAnchor::initTestCase()
{
    m_reviewer = packagetest::makeSigner(package::Algorithm::Sm2Sm3, QStringLiteral("张敏"));
    m_approver = packagetest::makeSigner(package::Algorithm::Ed25519, QStringLiteral("王立"));
}

void TestTrailAnchor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    open();
}

void TestTrailAnchor::cleanup()
{
    close();
    m_dir.reset();
}

void TestTrailAnchor::open()
{
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    m_db = db.value();
}

void TestTrailAnchor::append(int n, const package::Signer *signer)
{
    const auto trail = makeAuditTrail(m_db);
    for (int i = 0; i < n; ++i) {
        QJsonObject detail{{QStringLiteral("n"), i}};
        const bool sign = signer && i == n - 1;
        if (sign)
            audit::markAnchored(detail);
        Transaction transaction(*m_db);
        const auto event = trail->append(
            QStringLiteral("张敏"),
            sign ? QStringLiteral("case.sign") : QStringLiteral("review.edit"), kSubject, detail);
        QVERIFY2(event.ok(), qPrintable(event.ok() ? QString() : event.error().toString()));
        if (sign) {
            const Status anchored = audit::anchorHead(m_db, *signer);
            QVERIFY2(anchored.ok(),
                     qPrintable(anchored.ok() ? QString() : anchored.error().toString()));
        }
        QVERIFY(transaction.commit().ok());
    }
}

audit::TrailReport TestTrailAnchor::verify()
{
    const auto report = audit::verifyTrail(m_db);
    if (!report)
        qFatal("verifyTrail: %s", qPrintable(report.error().toString()));
    return report.value();
}

void TestTrailAnchor::anchoredEventsAndTheTail()
{
    append(4, &m_reviewer); // seq 4 anchored by 张敏
    append(3, &m_approver); // seq 7 anchored by 王立
    append(2);              // seq 8, 9: the tail
    const audit::TrailReport report = verify();
    QVERIFY2(!report.broken(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.chain.head, 9);
    QCOMPARE(report.anchors, 2);
    QCOMPARE(report.anchoredSeq, 7);
    QCOMPARE(report.unanchored(), 2);
    QCOMPARE(report.signers, (QStringList{QStringLiteral("张敏"), QStringLiteral("王立")}));
    const auto opened = audit::checkSinceCheckpoint(m_db);
    QVERIFY(opened.ok());
    QVERIFY(!opened->broken());
    QVERIFY(audit::refuseBrokenTrail(m_db).ok());
}

void TestTrailAnchor::eventsWithoutCheckpointsAreUnanchoredNotBroken()
{
    // A database from before checkpoints: its events are said to be unanchored.
    append(5);
    audit::TrailReport report = verify();
    QVERIFY(!report.broken());
    QCOMPARE(report.anchors, 0);
    QCOMPARE(report.unanchored(), 5);
    // The first signature after the migration anchors everything before it too.
    append(1, &m_reviewer);
    report = verify();
    QVERIFY(!report.broken());
    QCOMPARE(report.unanchored(), 0);
}

void TestTrailAnchor::cutUnderTheCheckpointFoundOnOpening()
{
    append(5, &m_reviewer);
    append(3);
    close();
    QVERIFY(attack(path(), {QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                            QStringLiteral("DELETE FROM audit_events WHERE seq >= 5")}));
    open();
    const auto opened = audit::checkSinceCheckpoint(m_db);
    QVERIFY(opened.ok());
    QVERIFY(opened->broken());
    QVERIFY2(audit::firstProblem(*opened).contains(
                 QLatin1String("signed checkpoint at seq 5: the event it signs is missing")),
             qPrintable(opened->problems.join(u'\n')));
    QVERIFY(verify().broken());
}

void TestTrailAnchor::deletedCheckpointFound()
{
    append(3, &m_reviewer);
    append(3, &m_approver);
    close();
    QVERIFY(attack(path(), {QStringLiteral("DROP TRIGGER audit_anchors_no_delete"),
                            QStringLiteral("DELETE FROM audit_anchors WHERE seq = 3")}));
    open();
    // The newest checkpoint still holds, but the one of event 3 is gone: found by the full
    // check (opening checks only after the newest checkpoint).
    const audit::TrailReport report = verify();
    QVERIFY(report.broken());
    QVERIFY2(report.problems.join(u'\n').contains(
                 QLatin1String("event 3 was signed with a checkpoint, which is missing")),
             qPrintable(report.problems.join(u'\n')));

    close();
    QVERIFY(attack(path(), {QStringLiteral("DELETE FROM audit_anchors")}));
    open();
    const auto opened = audit::checkSinceCheckpoint(m_db);
    QVERIFY(opened.ok());
    QVERIFY2(opened->broken(), "every checkpoint deleted is found on opening too");
}

void TestTrailAnchor::forgedSignatureRefused()
{
    append(3, &m_reviewer);
    close();
    QVERIFY(attack(path(),
                   {QStringLiteral("DROP TRIGGER audit_anchors_no_update"),
                    QStringLiteral("UPDATE audit_anchors SET at = '2020-01-01T00:00:00.000Z'")}));
    open();
    const audit::TrailReport report = verify();
    QVERIFY(report.broken());
    QCOMPARE(report.anchors, 0);
    QVERIFY2(report.problems.value(0).contains(QLatin1String("its signature is invalid")),
             qPrintable(report.problems.join(u'\n')));
    QVERIFY(!audit::refuseBrokenTrail(m_db).ok());
}

void TestTrailAnchor::checkpointOfAnotherKeyRefused()
{
    // The checkpoint re-signed by someone else's key but claiming 张敏's certificate.
    append(3, &m_reviewer);
    const auto anchors = makeAuditAnchors(m_db)->all();
    QVERIFY(anchors.ok() && anchors->size() == 1);
    const AuditAnchor anchor = anchors->first();
    const auto forged =
        package::sign(m_approver.key, audit::anchorBytes(anchor, m_reviewer.certificate.sha256()));
    QVERIFY(forged.ok());
    close();
    QVERIFY(attack(path(), {QStringLiteral("DROP TRIGGER audit_anchors_no_update"),
                            QStringLiteral("UPDATE audit_anchors SET signature = '%1'")
                                .arg(QString::fromLatin1(forged->toBase64()))}));
    open();
    const audit::TrailReport report = verify();
    QVERIFY(report.broken());
    QVERIFY2(report.problems.value(0).contains(QLatin1String("its signature is invalid")),
             qPrintable(report.problems.join(u'\n')));
}

void TestTrailAnchor::brokenTrailRefusesToBeExtended()
{
    append(3, &m_reviewer);
    close();
    QVERIFY(
        attack(path(), {QStringLiteral("DROP TRIGGER audit_events_no_update"),
                        QStringLiteral("UPDATE audit_events SET actor = '某人' WHERE seq = 3")}));
    open();
    const Status refused = audit::refuseBrokenTrail(m_db);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().what.contains(QLatin1String("The audit trail of this database is "
                                                         "broken (audit trail broken at seq 3")),
             qPrintable(refused.error().what));
}

// A case's signature is found by its subject: by the action's index, every signed case would
// read every signature of the trail (hours at a million applications).
void TestTrailAnchor::signedCasesAreLookedUpBySubject()
{
    QSqlQuery q(sql::connection(*m_db));
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") +
                   SqlAuditAnchors::casesWithoutTheirEventsSql()));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text = plan.join(u'\n');
    QVERIFY2(text.contains(QLatin1String("SEARCH e USING INDEX audit_events_subject")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("audit_events_action")), qPrintable(text));
}

// Tools → Verify Audit Trail runs AuditService::Verification in a thread of its own: it finds
// what verify() finds, and once stopped it gives no finding at all.
void TestTrailAnchor::verificationRunsOnAConnectionOfItsOwnAndStops()
{
    append(4, &m_reviewer);
    {
        const auto desk = Desk::over(m_db);
        AuditService::Verification verification;
        const auto report = verification.run(*desk);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->chain.checked, AuditService(desk).verify()->chain.checked);
        QCOMPARE(report->chain.checked, 4);
        QVERIFY(!report->broken());
    }

    // Broken on the file: the run on its own connection sees it.
    close();
    QVERIFY(
        attack(path(), {QStringLiteral("DROP TRIGGER audit_events_no_update"),
                        QStringLiteral("UPDATE audit_events SET actor = '某人' WHERE seq = 2")}));
    open();
    const auto report = AuditService::Verification().run(*Desk::over(m_db));
    QVERIFY(report.ok());
    QVERIFY(report->broken());

    AuditService::Verification stopped;
    stopped.interrupt();
    QVERIFY(stopped.isInterrupted());
    const auto none = stopped.run(*Desk::over(m_db));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().what, QStringLiteral("interrupted"));
}

QTEST_GUILESS_MAIN(TestTrailAnchor)
#include "tst_trailanchor.moc"
