// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include "common/testdatabase.h"
#include "core/canonicaljson.h"
#include "core/hashing.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/repositories.h"

using namespace gd;

namespace {

const QString kSubject = QStringLiteral("GZ-2026-0001 v1");

/**
 * Runs @p statements on the database behind GrantDesk's back: with a plain SQLite connection
 * of its own (what an attacker with the sqlite3 tool can do), or as the server's superuser.
 */
bool attack(const QString &path, const QStringList &statements)
{
    return gd::test::runAsOwner(path, statements);
}

/** What the owner does first to change an append-only table. */
const QStringList kDropTriggers =
    gd::test::onPostgres()
        ? QStringList{QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER")}
        : QStringList{QStringLiteral("DROP TRIGGER audit_events_no_update"),
                      QStringLiteral("DROP TRIGGER audit_events_no_delete")};

} // namespace

/** The SM3 hash chain of audit events: appending, verifying, and finding tampering. */
class TestAuditTrail final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void canonicalEventBytes();
    void canonicalEventIsTheSerializedObject();
    void formatTimeIsQtsPattern();
    void parseTimeIsQtsParse();
    void appendBuildsAChain();
    void eventsReadBackBySubject();
    void appendJoinsTheCallersTransaction();
    void emptyTrailIsIntact();
    void intactChainVerifies();
    void triggersRefuseUpdateAndDelete();

    void tamperedDetail();
    void tamperedDetailSameMeaning();
    void tamperedAndRehashed();
    void deletedRow();
    void reorderedRows();
    void deletedHeadIsCaughtByTheCheckpoint();
    void brokenChainIsNeverRepaired();

    void checkpointChecksOnlyNewEvents();
    void tamperBeforeCheckpointFoundByVerifyAll();
    void tamperedCheckpointRow();

private:
    void open();
    void close() { m_db.reset(); }
    void appendEvents(int n);
    AuditVerification verifyAll();
    AuditVerification verifySinceCheckpoint();
    QString path() const { return m_dir->filePath(QStringLiteral("audit.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestAuditTrail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    open();
}

void TestAuditTrail::cleanup()
{
    close();
    m_dir.reset();
}

void TestAuditTrail::open()
{
    auto db = gd::test::openTestDatabase(path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    m_db = db.value();
}

void TestAuditTrail::appendEvents(int n)
{
    const auto trail = makeAuditTrail(m_db);
    for (int i = 0; i < n; ++i) {
        const auto event = trail->append(
            QStringLiteral("李华"), QStringLiteral("review.edit"), kSubject,
            QJsonObject{{QStringLiteral("item"), QStringLiteral("use-class")},
                        {QStringLiteral("after"),
                         QJsonObject{{QStringLiteral("verdict"), QStringLiteral("pass")}}},
                        {QStringLiteral("n"), i}});
        QVERIFY2(event.ok(), qPrintable(event.ok() ? QString() : event.error().toString()));
    }
}

AuditVerification TestAuditTrail::verifyAll()
{
    const auto result = makeAuditTrail(m_db)->verifyAll();
    if (!result)
        qFatal("verifyAll: %s", qPrintable(result.error().toString()));
    return result.value();
}

AuditVerification TestAuditTrail::verifySinceCheckpoint()
{
    const auto result = makeAuditTrail(m_db)->verifySinceCheckpoint();
    if (!result)
        qFatal("verifySinceCheckpoint: %s", qPrintable(result.error().toString()));
    return result.value();
}

void TestAuditTrail::canonicalEventBytes()
{
    AuditEvent event;
    event.seq = 1;
    event.at = QDateTime(QDate(2026, 11, 26), QTime(16, 0), QTimeZone(8 * 3600));
    event.actor = QStringLiteral("李华");
    event.action = QStringLiteral("review.start");
    event.subject = kSubject;
    event.detail = QJsonObject{{QStringLiteral("step"), QStringLiteral("formal")}};
    event.hash = QStringLiteral("ignored");
    QCOMPARE(AuditTrail::canonicalEvent(event),
             QStringLiteral(R"({"action":"review.start","actor":"李华",)"
                            R"("at":"2026-11-26T08:00:00.000Z","detail":{"step":"formal"},)"
                            R"("seq":1,"subject":"GZ-2026-0001 v1"})")
                 .toUtf8());
    QCOMPARE(AuditTrail::kGenesisHash, QString(64, QLatin1Char('0')));
}

/** canonicalEvent writes its members by hand: byte for byte what serializing the event as a
 *  JSON object gives, whatever the texts, detail and seq. */
void TestAuditTrail::canonicalEventIsTheSerializedObject()
{
    const QList<QJsonObject> details = {
        {},
        {{QStringLiteral("z"), 1}, {QStringLiteral("a"), QJsonArray{1, QStringLiteral("x")}}},
        {{QStringLiteral("引号\"\\"), QStringLiteral("tab\tline\nbell\x07 é 😀")},
         {QStringLiteral("nested"),
          QJsonObject{{QStringLiteral("b"), QJsonValue::Null}, {QStringLiteral("a"), true}}}},
        {{QStringLiteral("\u00e9"), -42}, {QStringLiteral("E"), qint64(9007199254740992)}}};
    const QList<qint64> seqs = {0, 1, 123456789, qint64(9007199254740992)};
    const QStringList texts = {QString(), QStringLiteral("李华"),
                               QStringLiteral("quote\" backslash\\ ctrl\x01"),
                               QStringLiteral("GZ-2026-0001 v1")};
    for (int i = 0; i < details.size(); ++i) {
        AuditEvent event;
        event.seq = seqs.at(i);
        event.at = QDateTime(QDate(2026, 3, 29), QTime(1, 30, 5, 7 * i), QTimeZone(3600 * i));
        event.actor = texts.at(i);
        event.action = texts.at((i + 1) % texts.size());
        event.subject = texts.at((i + 2) % texts.size());
        event.detail = details.at(i);
        const QJsonObject object{{QStringLiteral("seq"), event.seq},
                                 {QStringLiteral("at"), AuditTrail::formatTime(event.at)},
                                 {QStringLiteral("actor"), event.actor},
                                 {QStringLiteral("action"), event.action},
                                 {QStringLiteral("subject"), event.subject},
                                 {QStringLiteral("detail"), event.detail}};
        QCOMPARE(AuditTrail::canonicalEvent(event), canonicaljson::serialize(object));
    }
}

/** formatTime writes the stored form by hand: the text of Qt's pattern for every time. */
void TestAuditTrail::formatTimeIsQtsPattern()
{
    const QString pattern = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");
    const QList<QDateTime> times = {
        QDateTime(QDate(2026, 1, 31), QTime(8, 0), Qt::UTC),
        QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), QTimeZone(8 * 3600)),
        QDateTime(QDate(1, 1, 1), QTime(0, 0, 0, 1), Qt::UTC),
        QDateTime(QDate(999, 7, 4), QTime(12, 5, 9, 40), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(-5, 6, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::LocalTime),
        QDateTime::fromMSecsSinceEpoch(1764489600123, Qt::UTC),
        QDateTime()};
    for (const QDateTime &at : times)
        QCOMPARE(AuditTrail::formatTime(at), at.toUTC().toString(pattern));
    QVERIFY(AuditTrail::formatTime(QDateTime()).isEmpty());
    QCOMPARE(AuditTrail::formatTime(times.first()), QStringLiteral("2026-01-31T08:00:00.000Z"));
}

/** parseTime reads the stored form by hand: what Qt's parse of its parts gives, for the stored
 *  form and for texts that only look like it. */
void TestAuditTrail::parseTimeIsQtsParse()
{
    const auto qtParse = [](const QString &text) -> QDateTime {
        if (text.size() != 24 || !text.endsWith(QLatin1Char('Z')) ||
            text.at(10) != QLatin1Char('T'))
            return {};
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        const QTime time = QTime::fromString(text.mid(11, 12), QStringLiteral("HH:mm:ss.zzz"));
        if (!date.isValid() || !time.isValid())
            return {};
        return QDateTime(date, time, Qt::UTC);
    };
    const QStringList texts = {
        QStringLiteral("2026-01-31T08:00:00.000Z"),     QStringLiteral("2026-12-31T23:59:59.999Z"),
        QStringLiteral("0001-01-01T00:00:00.001Z"),     QStringLiteral("2024-02-29T12:00:00.000Z"),
        QStringLiteral("2026-02-29T12:00:00.000Z"),     QStringLiteral("2026-13-01T00:00:00.000Z"),
        QStringLiteral("2026-01-31T24:00:00.000Z"),     QStringLiteral("2026-01-31T08:60:00.000Z"),
        QStringLiteral("2026-01-3xT08:00:00.000Z"),     QStringLiteral("2026/01/31T08:00:00.000Z"),
        QStringLiteral("2026-01-31T08:00:00,000Z"),     QStringLiteral("2026-01-31T08:00:00.000+"),
        QStringLiteral("+026-01-31T08:00:00.000Z"),     QStringLiteral("2026-01-31T08:00:00.0000"),
        QStringLiteral("２０２６-01-31T08:00:00.000Z"), QStringLiteral("2026-1-31T08:00:00.0000Z"),
        QStringLiteral("0000-01-01T00:00:00.000Z"),     QString()};
    for (const QString &text : texts) {
        const QDateTime expected = qtParse(text);
        QCOMPARE(AuditTrail::parseTime(text).isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(AuditTrail::parseTime(text), expected);
    }
    const QDateTime at(QDate(2026, 3, 29), QTime(1, 30, 5, 7), Qt::UTC);
    QCOMPARE(AuditTrail::parseTime(AuditTrail::formatTime(at)), at);
}

void TestAuditTrail::appendBuildsAChain()
{
    const auto trail = makeAuditTrail(m_db);
    QString previous = AuditTrail::kGenesisHash;
    for (qint64 seq = 1; seq <= 3; ++seq) {
        const auto event = trail->append(QStringLiteral("李华"), QStringLiteral("review.edit"),
                                         kSubject, QJsonObject{{QStringLiteral("n"), seq}});
        QVERIFY(event.ok());
        QCOMPARE(event->seq, seq);
        QCOMPARE(event->prevHash, previous);
        QCOMPARE(event->at.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(event->at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // hash = SM3(prev_hash as its 64 ASCII hex digits ‖ canonical event)
        QCOMPARE(event->hash,
                 hashing::sm3Hex(previous.toLatin1() + AuditTrail::canonicalEvent(*event)));
        QCOMPARE(event->hash.size(), 64);
        previous = event->hash;
    }
    QCOMPARE(trail->count().value(), 3);

    // What is stored is what was returned, detail as canonical JSON.
    QSqlQuery q(sql::connection(*m_db));
    QVERIFY(q.exec(QStringLiteral("SELECT detail, hash FROM audit_events WHERE seq = 3")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral(R"({"n":3})"));
    QCOMPARE(q.value(1).toString(), previous);
}

void TestAuditTrail::eventsReadBackBySubject()
{
    const auto trail = makeAuditTrail(m_db);
    const QJsonObject detail{{QStringLiteral("item"), QStringLiteral("fee-cap")},
                             {QStringLiteral("evidence"), QJsonArray{QStringLiteral("ab")}}};
    const auto first =
        trail->append(QStringLiteral("李华"), QStringLiteral("review.start"), kSubject, {});
    QVERIFY(trail
                ->append(QStringLiteral("王强"), QStringLiteral("review.start"),
                         QStringLiteral("FJ-2026-0007 v2"), {})
                .ok());
    const auto third =
        trail->append(QStringLiteral("李华"), QStringLiteral("review.edit"), kSubject, detail);
    QVERIFY(first.ok() && third.ok());

    const auto events = trail->events(kSubject);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).seq, 1);
    QCOMPARE(events->at(1).seq, 3);
    const AuditEvent &e = events->at(1);
    QCOMPARE(e.actor, QStringLiteral("李华"));
    QCOMPARE(e.action, QStringLiteral("review.edit"));
    QCOMPARE(e.subject, kSubject);
    QCOMPARE(e.detail, detail);
    QCOMPARE(e.at, third->at);
    QCOMPARE(e.prevHash, third->prevHash);
    QCOMPARE(e.hash, third->hash);
    QCOMPARE(trail->events(QStringLiteral("nothing"))->size(), 0);
}

void TestAuditTrail::appendJoinsTheCallersTransaction()
{
    const auto trail = makeAuditTrail(m_db);
    {
        Transaction transaction(*m_db);
        QVERIFY(transaction.begun());
        QVERIFY(trail->append(QStringLiteral("李华"), QStringLiteral("review.edit"), kSubject, {})
                    .ok());
        // Not committed: the edit and its event go together.
    }
    QCOMPARE(trail->count().value(), 0);
    {
        Transaction transaction(*m_db);
        QVERIFY(trail->append(QStringLiteral("李华"), QStringLiteral("review.edit"), kSubject, {})
                    .ok());
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(trail->count().value(), 1);
    QVERIFY(verifyAll().intact);
}

void TestAuditTrail::emptyTrailIsIntact()
{
    const AuditVerification all = verifyAll();
    QVERIFY(all.intact);
    QCOMPARE(all.checked, 0);
    QCOMPARE(all.head, 0);
    QCOMPARE(all.firstBadSeq, 0);
    const AuditVerification since = verifySinceCheckpoint();
    QVERIFY(since.intact);
    QCOMPARE(since.head, 0);
}

void TestAuditTrail::intactChainVerifies()
{
    appendEvents(20);
    const AuditVerification all = verifyAll();
    QVERIFY2(all.intact, qPrintable(all.reason));
    QCOMPARE(all.checked, 20);
    QCOMPARE(all.head, 20);
    QCOMPARE(all.firstBadSeq, 0);
    QVERIFY(all.reason.isEmpty());
    // Still intact after closing and reopening the file.
    close();
    open();
    QVERIFY(verifyAll().intact);
}

void TestAuditTrail::triggersRefuseUpdateAndDelete()
{
    appendEvents(3);
    QSqlQuery q(sql::connection(*m_db));
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_events SET actor = 'x' WHERE seq = 2")));
    QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 3")));
    QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
    QCOMPARE(makeAuditTrail(m_db)->count().value(), 3);
    QVERIFY(verifyAll().intact);
}

void TestAuditTrail::tamperedDetail()
{
    appendEvents(6);
    close();
    QVERIFY(attack(path(), kDropTriggers + QStringList{QStringLiteral(
                                               "UPDATE audit_events SET detail = "
                                               "'{\"item\":\"fee-cap\"}' WHERE seq = 3")}));
    open();
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 3);
    QVERIFY2(v.reason.contains(QLatin1String("hash")), qPrintable(v.reason));
    QCOMPARE(v.checked, 3);
}

void TestAuditTrail::tamperedDetailSameMeaning()
{
    // Even a rewrite that parses to the same JSON is caught: the stored bytes must be
    // the canonical ones that were hashed.
    appendEvents(4);
    close();
    QVERIFY(attack(path(),
                   kDropTriggers + QStringList{QStringLiteral("UPDATE audit_events SET detail = "
                                                              "' ' || detail WHERE seq = 2")}));
    open();
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 2);
    QVERIFY2(v.reason.contains(QLatin1String("canonical")), qPrintable(v.reason));
}

void TestAuditTrail::tamperedAndRehashed()
{
    // An attacker who also recomputes the edited event's hash breaks the next link.
    appendEvents(5);
    AuditEvent forged = makeAuditTrail(m_db)->events(kSubject)->at(2);
    forged.detail = QJsonObject{{QStringLiteral("item"), QStringLiteral("forged")}};
    const QString hash =
        hashing::sm3Hex(forged.prevHash.toLatin1() + AuditTrail::canonicalEvent(forged));
    close();
    QVERIFY(attack(
        path(), kDropTriggers +
                    QStringList{QStringLiteral("UPDATE audit_events SET detail = '%1', "
                                               "hash = '%2' WHERE seq = 3")
                                    .arg(QString::fromUtf8(canonicaljson::serialize(forged.detail)),
                                         hash)}));
    open();
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 4);
    QVERIFY2(v.reason.contains(QLatin1String("prev_hash")), qPrintable(v.reason));
}

void TestAuditTrail::deletedRow()
{
    appendEvents(6);
    close();
    QVERIFY(attack(path(), kDropTriggers + QStringList{QStringLiteral(
                                               "DELETE FROM audit_events WHERE seq = 4")}));
    open();
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 4);
    QVERIFY2(v.reason.contains(QLatin1String("missing")), qPrintable(v.reason));
    QCOMPARE(makeAuditTrail(m_db)->count().value(), 5);
}

void TestAuditTrail::reorderedRows()
{
    appendEvents(6);
    close();
    QVERIFY(attack(path(), kDropTriggers + QStringList{
                                               QStringLiteral("UPDATE audit_events SET seq = -2 "
                                                              "WHERE seq = 2"),
                                               QStringLiteral("UPDATE audit_events SET seq = 2 "
                                                              "WHERE seq = 5"),
                                               QStringLiteral("UPDATE audit_events SET seq = 5 "
                                                              "WHERE seq = -2"),
                                           }));
    open();
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 2);
    QCOMPARE(makeAuditTrail(m_db)->count().value(), 6);
}

void TestAuditTrail::deletedHeadIsCaughtByTheCheckpoint()
{
    // Cutting off the newest events leaves a shorter chain that is intact in itself; the
    // checkpoint remembers that the head was further.
    appendEvents(5);
    QVERIFY(verifySinceCheckpoint().intact);
    close();
    QVERIFY(attack(path(), kDropTriggers + QStringList{QStringLiteral(
                                               "DELETE FROM audit_events WHERE seq >= 4")}));
    open();
    const AuditVerification since = verifySinceCheckpoint();
    QVERIFY(!since.intact);
    QCOMPARE(since.firstBadSeq, 4);
    const AuditVerification all = verifyAll();
    QVERIFY(!all.intact);
    QCOMPARE(all.firstBadSeq, 4);
    QVERIFY2(all.reason.contains(QLatin1String("missing")), qPrintable(all.reason));
}

void TestAuditTrail::brokenChainIsNeverRepaired()
{
    appendEvents(4);
    close();
    QVERIFY(attack(path(),
                   kDropTriggers + QStringList{QStringLiteral("UPDATE audit_events SET actor = 'x' "
                                                              "WHERE seq = 2")}));
    open();
    for (int i = 0; i < 2; ++i) {
        const AuditVerification since = verifySinceCheckpoint();
        QVERIFY(!since.intact);
        QCOMPARE(since.firstBadSeq, 2);
        QCOMPARE(verifyAll().firstBadSeq, 2);
    }
    QSqlQuery q(sql::connection(*m_db));
    QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_events WHERE seq = 2")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("x"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_checkpoint")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // the checkpoint never moved over the broken chain
}

void TestAuditTrail::checkpointChecksOnlyNewEvents()
{
    appendEvents(5);
    AuditVerification v = verifySinceCheckpoint();
    QVERIFY(v.intact);
    QCOMPARE(v.checked, 5);
    QCOMPARE(v.head, 5);

    appendEvents(3);
    v = verifySinceCheckpoint();
    QVERIFY(v.intact);
    QCOMPARE(v.checked, 3);
    QCOMPARE(v.head, 8);

    v = verifySinceCheckpoint();
    QVERIFY(v.intact);
    QCOMPARE(v.checked, 0);
    QCOMPARE(v.head, 8);

    // The checkpoint survives reopening, and verifyAll still checks everything.
    close();
    open();
    QCOMPARE(verifySinceCheckpoint().checked, 0);
    QCOMPARE(verifyAll().checked, 8);
    QSqlQuery q(sql::connection(*m_db));
    QVERIFY(q.exec(QStringLiteral("SELECT seq, hash FROM audit_checkpoint")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 8);
    QCOMPARE(q.value(1).toString(), makeAuditTrail(m_db)->events(kSubject)->last().hash);
}

void TestAuditTrail::tamperBeforeCheckpointFoundByVerifyAll()
{
    appendEvents(6);
    QVERIFY(verifySinceCheckpoint().intact);
    close();
    QVERIFY(attack(path(), kDropTriggers + QStringList{QStringLiteral(
                                               "UPDATE audit_events SET subject = 'FJ-2026-0007 "
                                               "v2' WHERE seq = 2")}));
    open();
    appendEvents(2);
    // Opening checks only events 7 and 8 ...
    const AuditVerification since = verifySinceCheckpoint();
    QVERIFY(since.intact);
    QCOMPARE(since.checked, 2);
    // ... the full check finds event 2.
    const AuditVerification all = verifyAll();
    QVERIFY(!all.intact);
    QCOMPARE(all.firstBadSeq, 2);
}

void TestAuditTrail::tamperedCheckpointRow()
{
    appendEvents(5);
    QVERIFY(verifySinceCheckpoint().intact);
    close();
    QVERIFY(attack(path(), {QStringLiteral("UPDATE audit_checkpoint SET hash = '%1'")
                                .arg(QString(64, QLatin1Char('f')))}));
    open();
    AuditVerification since = verifySinceCheckpoint();
    QVERIFY(!since.intact);
    QCOMPARE(since.firstBadSeq, 5);
    QVERIFY2(since.reason.contains(QLatin1String("checkpoint")), qPrintable(since.reason));
    AuditVerification all = verifyAll();
    QVERIFY(!all.intact);
    QCOMPARE(all.firstBadSeq, 5);

    // Pointing the checkpoint at an earlier event with the head's hash is caught too.
    close();
    QVERIFY(attack(path(), {QStringLiteral("UPDATE audit_checkpoint SET seq = 3, hash = "
                                           "(SELECT hash FROM audit_events WHERE seq = 5)")}));
    open();
    since = verifySinceCheckpoint();
    QVERIFY(!since.intact);
    QCOMPARE(since.firstBadSeq, 3);
    QCOMPARE(verifyAll().firstBadSeq, 3);
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
