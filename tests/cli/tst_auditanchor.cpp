// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/rawsqlite.h"
#include "core/hashing.h"
#include "demo/demoreviews.h"
#include "review/checklisttemplate.h"
#include "services/desk.h"
#include "services/reviewservice.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/repositories.h"

/**
 * The anchored audit trail on the command line (issue 13 item 1), on the demo database where
 * the reviewer signed a case, the approver countersigned it and acknowledged an alert — each
 * with a signed checkpoint. Issue 13's reproductions, done with plain SQL as the sqlite3 tool
 * would, are each found: the trail cut from the sign event on, every event deleted, an actor
 * changed and the chain recomputed; so are deleted and forged checkpoints, and a package whose
 * audit head is not in the trail.
 */
class TestAuditAnchor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedActsAreAnchored();
    void demoWithoutSignaturesIsUnanchoredNotBroken();
    void cutFromTheSignEventIsBroken();
    void everyEventDeletedIsBroken();
    void actorChangedAndChainRecomputedIsBroken();
    void rewrittenTailAfterTheCheckpointIsUnanchored();
    void deletedCheckpointsAreFound();
    void forgedCheckpointSignatureIsRefused();
    void packageHeadMustBeInTheChain();
    void brokenTrailIsNotExtended();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QString &db, QStringList args) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString copyOf(const QString &source, const QString &name) const;
    /** The seq of the last @p action event (this test's own, made after the demo's), read
     *  with plain SQL. */
    qint64 seqOf(const QString &db, const QString &action) const;

    QTemporaryDir m_dir;
    QString m_demo;   // the demo only: its lifecycle cases are signed by the demo's officers
    QString m_signed; // a case signed and countersigned, an alert acknowledged
    QString m_id;
    QString m_package;
};

namespace {

/** Runs @p statements on @p path as the sqlite3 tool would: no GrantDesk involved. */
void tamper(const QString &path, const QStringList &statements)
{
    const QString problem = gd::test::runSql(path, statements);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

/**
 * What an attacker who knows the chain's rule does after editing events from @p fromSeq on:
 * recomputes every hash from there (and drops the unsigned "verified up to" checkpoint).
 */
void rehashFrom(const QString &path, qint64 fromSeq)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("r"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery previous(db);
        QVERIFY(previous.exec(
            QStringLiteral("SELECT hash FROM audit_events WHERE seq = %1").arg(fromSeq - 1)));
        QString prev =
            previous.next() ? previous.value(0).toString() : gd::AuditTrail::kGenesisHash;
        QSqlQuery rows(db);
        QVERIFY(rows.exec(QStringLiteral("SELECT seq, at, actor, action, subject, detail FROM "
                                         "audit_events WHERE seq >= %1 ORDER BY seq")
                              .arg(fromSeq)));
        QList<std::pair<qint64, std::pair<QString, QString>>> updates;
        while (rows.next()) {
            gd::AuditEvent event;
            event.seq = rows.value(0).toLongLong();
            event.at = QDateTime::fromString(rows.value(1).toString(), Qt::ISODateWithMs);
            event.actor = rows.value(2).toString();
            event.action = rows.value(3).toString();
            event.subject = rows.value(4).toString();
            event.detail = QJsonDocument::fromJson(rows.value(5).toString().toUtf8()).object();
            const QString hash =
                gd::hashing::sm3Hex(prev.toLatin1() + gd::AuditTrail::canonicalEvent(event));
            updates.append({event.seq, {prev, hash}});
            prev = hash;
        }
        for (const auto &[seq, hashes] : updates) {
            QSqlQuery update(db);
            QVERIFY(update.exec(QStringLiteral("UPDATE audit_events SET prev_hash = '%1', hash = "
                                               "'%2' WHERE seq = %3")
                                    .arg(hashes.first, hashes.second)
                                    .arg(seq)));
        }
        QSqlQuery drop(db);
        QVERIFY(drop.exec(QStringLiteral("DELETE FROM audit_checkpoint")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("r"));
}

const QStringList kDropEventTriggers = {QStringLiteral("DROP TRIGGER audit_events_no_update"),
                                        QStringLiteral("DROP TRIGGER audit_events_no_delete")};
const QStringList kDropAnchorTriggers = {QStringLiteral("DROP TRIGGER audit_anchors_no_update"),
                                         QStringLiteral("DROP TRIGGER audit_anchors_no_delete")};

} // namespace

TestAuditAnchor::Run TestAuditAnchor::cli(const QString &db, QStringList args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("GRANTDESK_PASSPHRASE"), QStringLiteral("correct horse battery"));
    env.remove(QStringLiteral("GRANTDESK_LANG"));
    process.setProcessEnvironment(env);
    if (!db.isEmpty())
        args = QStringList{QStringLiteral("--db"), db} + args;
    process.start(QStringLiteral(GRANTDESK_CLI), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestAuditAnchor::copyOf(const QString &source, const QString &name) const
{
    const QString target = path(name);
    QFile::remove(target);
    if (!QFile::copy(source, target))
        qFatal("cannot copy %s", qPrintable(source));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

qint64 TestAuditAnchor::seqOf(const QString &db, const QString &action) const
{
    return gd::test::sqlValue(db, QStringLiteral("SELECT max(seq) FROM audit_events WHERE "
                                                 "action = '%1'")
                                      .arg(action))
        .toLongLong();
}

void TestAuditAnchor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.sqlite"));
    Run run = cli(m_demo, {QStringLiteral("demo")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QList<QStringList> keys{
        {QStringLiteral("sm2"), gd::demo::reviewerName(), QStringLiteral("reviewer")},
        {QStringLiteral("ed25519"), gd::demo::approverName(), QStringLiteral("approver")}};
    for (const QStringList &key : keys) {
        run = cli({},
                  {QStringLiteral("keygen"), QStringLiteral("--alg"), key.at(0),
                   QStringLiteral("--name"), key.at(1), QStringLiteral("--out"), path(key.at(2))});
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }

    m_signed = copyOf(m_demo, QStringLiteral("signed.sqlite"));
    run = cli(m_signed, {QStringLiteral("list"), QStringLiteral("--status"),
                         QStringLiteral("decided"), QStringLiteral("--json")});
    for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (row.toObject().value(QLatin1String("decision")).toString() !=
            QLatin1String("returned")) {
            m_id = row.toObject().value(QLatin1String("id")).toString();
            break;
        }
    }
    QVERIFY2(!m_id.isEmpty(), "the demo has a decided case");
    m_package = path(QStringLiteral("case.gdpkg"));
    run = cli(m_signed, {QStringLiteral("export"), m_id, QStringLiteral("--key"),
                         path(QStringLiteral("reviewer")), QStringLiteral("--out"), m_package});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = cli(m_signed, {QStringLiteral("countersign"), m_package, QStringLiteral("--key"),
                         path(QStringLiteral("approver"))});
    QVERIFY2(run.code == 0, qPrintable(run.err));

    run = cli(m_signed, {QStringLiteral("alerts"), QStringLiteral("--json")});
    const QJsonArray alerts = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY(!alerts.isEmpty());
    const QString key = alerts.first().toObject().value(QLatin1String("key")).toString();
    // The acknowledgement needs the officer's key now.
    run = cli(m_signed, {QStringLiteral("alerts"), QStringLiteral("--ack"), key,
                         QStringLiteral("--note"), QStringLiteral("已核实")});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.contains(QLatin1String("--ack needs --key DIR")), qPrintable(run.err));
    run = cli(m_signed, {QStringLiteral("alerts"), QStringLiteral("--ack"), key,
                         QStringLiteral("--note"), QStringLiteral("已核实"),
                         QStringLiteral("--key"), path(QStringLiteral("approver"))});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("by ") + gd::demo::approverName()),
             qPrintable(run.out));
}

void TestAuditAnchor::signedActsAreAnchored()
{
    const Run demo = cli(m_demo, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(demo.code == 0, qPrintable(demo.out + demo.err));
    const int demoCheckpoints =
        demo.out.section(QStringLiteral("signed checkpoints: "), 1).section(u',', 0, 0).toInt();
    QVERIFY2(demoCheckpoints > 0, qPrintable(demo.out)); // the demo's lifecycle cases
    const Run run = cli(m_signed, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.startsWith(QLatin1String("audit trail intact: ")), qPrintable(run.out));
    // Sign, countersign, acknowledge: three checkpoints more, the newest the last event.
    QVERIFY2(
        run.out.contains(
            QStringLiteral("signed checkpoints: %1, the newest at seq ").arg(demoCheckpoints + 3)),
        qPrintable(run.out));
    QVERIFY2(run.out.contains(gd::demo::reviewerName()) &&
                 run.out.contains(gd::demo::approverName()),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("unanchored: 0 events\n")), qPrintable(run.out));
    const Run check = cli(m_signed, {QStringLiteral("db"), QStringLiteral("check")});
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    QVERIFY2(check.out.contains(QLatin1String("unanchored: 0 event(s)")), qPrintable(check.out));
}

void TestAuditAnchor::demoWithoutSignaturesIsUnanchoredNotBroken()
{
    // As a database from before checkpoints: events, none signed. Said, not broken. (The
    // demo signs its lifecycle cases now, so the events come from reviews opened here.)
    const QString db = path(QStringLiteral("unsigned.sqlite"));
    Run run = cli(db, {QStringLiteral("register"),
                       QStringLiteral(GRANTDESK_TEST_DATA "/examples/register-demo.json")});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    run = cli(db, {QStringLiteral("import"),
                   QStringLiteral(GRANTDESK_TEST_DATA "/examples/fj-health-0007.json"),
                   QStringLiteral(GRANTDESK_TEST_DATA "/examples/gzh-tour-0042.json")});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    {
        // Reviews opened as before checkpoints existed: events nobody signed.
        auto opened = gd::Database::open(db);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        gd::ReviewService reviews(gd::Desk::over(opened.value()));
        for (const auto &[id, version] : {std::pair{QStringLiteral("FJ-2026-0007"), 2},
                                          std::pair{QStringLiteral("GZH-2026-0042"), 1}}) {
            auto review = reviews.open(id, version, gd::demo::reviewerName(),
                                       gd::ChecklistTemplate::builtin());
            QVERIFY2(review, qPrintable(review ? QString() : review.error().toString()));
        }
    }
    run = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("signed checkpoints: none")), qPrintable(run.out));
    const qint64 events = run.out.section(QLatin1Char(' '), 3, 3).toLongLong();
    QVERIFY2(events >= 2, qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("unanchored: %1 events (seq 1 to %1").arg(events)),
             qPrintable(run.out));
}

void TestAuditAnchor::cutFromTheSignEventIsBroken()
{
    // Issue 13: "drop the no-delete trigger and delete the events from seq 440 on → intact:
    // 439 events (the sign and countersign events are gone, the cases still countersigned)".
    // 440 was the sign event there; here it is found.
    const QString db = copyOf(m_signed, QStringLiteral("cut.sqlite"));
    const qint64 sign = seqOf(db, QStringLiteral("case.sign"));
    QVERIFY(sign > 1);
    tamper(db, {QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                QStringLiteral("DELETE FROM audit_events WHERE seq >= %1").arg(sign)});
    const Run run = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("signed checkpoint at seq %1: the event it signs is "
                                             "missing")
                                  .arg(sign)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("%1 v").arg(m_id)) &&
                 run.err.contains(QLatin1String("is countersigned but the trail has no "
                                                "case.countersign event")),
             qPrintable(run.err));
    QVERIFY(!run.out.contains(QLatin1String("intact")));
}

void TestAuditAnchor::everyEventDeletedIsBroken()
{
    // Issue 13: "delete every event → intact: 0 events".
    const QString db = copyOf(m_signed, QStringLiteral("emptied.sqlite"));
    tamper(db, {QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                QStringLiteral("DELETE FROM audit_events")});
    const Run run = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("application_versions holds")) &&
                 run.err.contains(QLatin1String("but the audit trail has no events: it was "
                                                "emptied")),
             qPrintable(run.err));
    // The checkpoints and the trail emptied together: still broken (data without events).
    tamper(db, kDropAnchorTriggers + QStringList{QStringLiteral("DELETE FROM audit_anchors")});
    QCOMPARE(cli(db, {QStringLiteral("audit"), QStringLiteral("verify")}).code, 1);
}

void TestAuditAnchor::actorChangedAndChainRecomputedIsBroken()
{
    // Issue 13: "change an actor and recompute the chain → intact". The chain is whole again,
    // but the checkpoints signed the old hashes.
    const QString db = copyOf(m_signed, QStringLiteral("rewritten.sqlite"));
    tamper(db, kDropEventTriggers + QStringList{QStringLiteral(
                                        "UPDATE audit_events SET actor = '某人' WHERE seq = 5")});
    rehashFrom(db, 5);
    const Run run = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("the event's hash is not the one")) &&
                 run.err.contains(QLatin1String("signed (the trail was rewritten)")),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("broken at seq")), qPrintable(run.err)); // chain ok
}

void TestAuditAnchor::rewrittenTailAfterTheCheckpointIsUnanchored()
{
    // After the newest checkpoint the file's owner can rewrite or cut events unseen: the
    // honest answer is "unanchored: N events", not "broken" and not silence.
    const QString db = copyOf(m_signed, QStringLiteral("tail.sqlite"));
    {
        auto opened = gd::Database::open(db);
        QVERIFY(opened.ok());
        const auto trail = makeAuditTrail(opened.value());
        for (int i = 0; i < 2; ++i)
            QVERIFY(trail
                        ->append(gd::demo::reviewerName(), QStringLiteral("review.edit"),
                                 m_id + QStringLiteral(" v1"), {})
                        .ok());
    }
    const Run before = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(before.code, 0);
    const qint64 head =
        before.out.section(QStringLiteral("head seq "), 1).section(u' ', 0, 0).toLongLong();
    const QString tail = before.out.section(QStringLiteral("unanchored: "), 1).section(u' ', 0, 0);
    QVERIFY2(tail.toLongLong() > 0, qPrintable(before.out));
    tamper(db, kDropEventTriggers + QStringList{QStringLiteral("UPDATE audit_events SET actor = "
                                                               "'某人' WHERE seq = %1")
                                                    .arg(head)});
    rehashFrom(db, head);
    const Run after = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(after.code == 0, qPrintable(after.err));
    QVERIFY2(after.out.contains(QStringLiteral("unanchored: %1 event").arg(tail)),
             qPrintable(after.out));
}

void TestAuditAnchor::deletedCheckpointsAreFound()
{
    for (const QString &deletion : {QStringLiteral("DELETE FROM audit_anchors"),
                                    QStringLiteral("DELETE FROM audit_anchors WHERE seq = (SELECT "
                                                   "max(seq) FROM audit_anchors)")}) {
        const QString db = copyOf(m_signed, QStringLiteral("noanchors.sqlite"));
        tamper(db, kDropAnchorTriggers + QStringList{deletion});
        const Run run = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(run.code == 1, qPrintable(deletion + u'\n' + run.out));
        QVERIFY2(run.err.contains(QLatin1String("was signed with a checkpoint, which is missing "
                                                "(checkpoint rows were deleted)")),
                 qPrintable(run.err));
    }
}

void TestAuditAnchor::forgedCheckpointSignatureIsRefused()
{
    // A byte of the signature changed; and a checkpoint moved to another event's hash.
    const QStringList forgeries{
        QStringLiteral("UPDATE audit_anchors SET signature = 'AAAA' || substr(signature, 5) "
                       "WHERE seq = (SELECT max(seq) FROM audit_anchors)"),
        QStringLiteral("UPDATE audit_anchors SET signer = '李娜' WHERE seq = (SELECT min(seq) "
                       "FROM audit_anchors)"),
        QStringLiteral("UPDATE audit_anchors SET hash = (SELECT hash FROM audit_events WHERE "
                       "seq = 3) WHERE seq = (SELECT min(seq) FROM audit_anchors)")};
    for (const QString &forgery : forgeries) {
        const QString db = copyOf(m_signed, QStringLiteral("forged.sqlite"));
        tamper(db, kDropAnchorTriggers + QStringList{forgery});
        const Run run = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(run.code == 1, qPrintable(forgery + u'\n' + run.out));
        QVERIFY2(run.err.contains(QLatin1String("audit trail broken: signed checkpoint at seq ")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("its signature is invalid")) ||
                     run.err.contains(QLatin1String("its certificate names")),
                 qPrintable(run.err));
    }
}

void TestAuditAnchor::packageHeadMustBeInTheChain()
{
    Run run = cli(m_signed, {QStringLiteral("audit"), QStringLiteral("verify"),
                             QStringLiteral("--package"), m_package});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(m_package + QStringLiteral(": audit head seq ")),
             qPrintable(run.out));

    // The head is the event before the package's case.sign event.
    const qint64 sign = seqOf(m_signed, QStringLiteral("case.sign"));
    QVERIFY2(run.out.contains(QStringLiteral("audit head seq %1 is in the trail").arg(sign - 1)),
             qPrintable(run.out));

    // The chain rewritten before the head: the package's head is no longer in it.
    const QString rewritten = copyOf(m_signed, QStringLiteral("pkg-rewritten.sqlite"));
    tamper(rewritten,
           kDropEventTriggers +
               QStringList{QStringLiteral("UPDATE audit_events SET actor = '某人' WHERE seq = 2")});
    rehashFrom(rewritten, 2);
    run = cli(rewritten, {QStringLiteral("audit"), QStringLiteral("verify"),
                          QStringLiteral("--package"), m_package});
    QCOMPARE(run.code, 1);
    QVERIFY2(
        run.err.contains(m_package + QStringLiteral(": its audit head, seq %1").arg(sign - 1)) &&
            run.err.contains(QLatin1String("differs from this trail's event")),
        qPrintable(run.err));

    // A database that never exported it (the demo alone): its head event is another one.
    run = cli(copyOf(m_demo, QStringLiteral("pkg-other.sqlite")),
              {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--package"),
               m_package});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.startsWith(m_package + QStringLiteral(": ")), qPrintable(run.err));

    QCOMPARE(cli(m_signed,
                 {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--package")})
                 .code,
             64);
}

void TestAuditAnchor::brokenTrailIsNotExtended()
{
    // Opened for writing, a broken trail is said; export and acknowledgement refuse to sign
    // onto it, and nothing is added.
    const QString db = copyOf(m_signed, QStringLiteral("refuse.sqlite"));
    const qint64 sign = seqOf(db, QStringLiteral("case.sign"));
    tamper(db, {QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                QStringLiteral("DELETE FROM audit_events WHERE seq >= %1").arg(sign)});
    Run run = cli(db, {QStringLiteral("alerts"), QStringLiteral("--json")});
    const QString key = QJsonDocument::fromJson(run.out.toUtf8())
                            .array()
                            .last()
                            .toObject()
                            .value(QLatin1String("key"))
                            .toString();
    run = cli(db, {QStringLiteral("alerts"), QStringLiteral("--ack"), key, QStringLiteral("--note"),
                   QStringLiteral("x"), QStringLiteral("--key"), path(QStringLiteral("approver"))});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QLatin1String("warning: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("The audit trail of this database is broken")),
             qPrintable(run.err));
    QCOMPARE(seqOf(db, QStringLiteral("alert.acknowledge")), 0);
}

QTEST_GUILESS_MAIN(TestAuditAnchor)
#include "tst_auditanchor.moc"
