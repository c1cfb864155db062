// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "core/localtime.h"
#include "domain/applicationjson.h"
#include "monitoring/snapshot.h"
#include "monitoringfixtures.h"
#include "store/acknowledgementrepository.h"
#include "store/snapshotrepository.h"
#include "store/repositories.h"

using namespace gd;
using namespace gd::monitoring;
using namespace gd::test;

namespace {
const QString kOpA = QStringLiteral("91440101MA5CXK7Q9R");
} // namespace

/**
 * The monitoring snapshot reads the cases, reviews, register and audit trail in one bulk read
 * (SnapshotRepository) instead of the per-case store calls; what it reads must be what those
 * stores say about the same database.
 */
class TestSnapshot final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bulkReadMatchesTheStores();
    void snapshotDecodesTheRows();
    void callsComeByPeriodThenId();
    void submissionsCountEveryCase();
    void acknowledgementsRoundTrip();
    void storedTimesReadAsQDateTimeReadsThem();
    void aDamagedCallsTableIsNamed();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    QDate m_today;
    AppSpec m_decided;
    AppSpec m_received;
};

void TestSnapshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openDb(m_dir.filePath(QStringLiteral("snap.sqlite")));
    QVERIFY(m_db);
    const QDate t = QDate::currentDate();
    m_today = t;
    QVERIFY(addRegister(m_db, QStringLiteral("R1"), RegistrationStatus::Active, t.addDays(-30),
                        t.addDays(-30)));
    QVERIFY(addRegister(m_db, QStringLiteral("R2"), RegistrationStatus::Cancelled, t.addDays(-300),
                        t.addDays(-5)));
    m_decided.id = QStringLiteral("S-0001");
    m_decided.submitted = t.addDays(-60);
    m_decided.periodStart = t.addDays(-10);
    m_decided.periodEnd = t.addDays(300);
    m_decided.resources = {resource(QStringLiteral("资源一"), QStringLiteral("R1"), 1000, 2)};
    m_decided.answers = allFourPass();
    m_decided.decision = Decision::Approved;
    QVERIFY(addApplication(m_db, m_decided));
    m_received.id = QStringLiteral("S-0002");
    m_received.submitted = t.addDays(-5);
    m_received.periodStart = t.addDays(10);
    m_received.periodEnd = t.addDays(100);
    m_received.resources = {resource(QStringLiteral("资源一"), QStringLiteral("R1"), 10, 1),
                            resource(QStringLiteral("资源二"), QStringLiteral("R2"), 20, 1)};
    QVERIFY(addApplication(m_db, m_received));
    QVERIFY(addFeed(m_db, kCallsFormat,
                    QJsonArray{call(QStringLiteral("c1"), kOpA, QStringLiteral("P-API"),
                                    m_decided.id, QStringLiteral("R1"), t.addDays(-40),
                                    t.addDays(-11), 100, 10, 3, QStringLiteral("45.00"))}));
}

void TestSnapshot::bulkReadMatchesTheStores()
{
    const auto read = makeSnapshotRepository(m_db)->read();
    QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
    const SnapshotRows &rows = *read;

    // The cases monitoring judges one by one: the decided one; the received one, which no
    // feed names, is counted among the period's submissions (submissionsCountEveryCase).
    QCOMPARE(rows.versions.size(), 1);
    const auto store = makeApplicationStore(m_db);
    for (const SnapshotRows::Version &row : rows.versions) {
        const auto latest = store->latestVersion(row.appId);
        QVERIFY(latest);
        QCOMPARE(row.version, *latest);
        const auto versions = store->versions(row.appId);
        QVERIFY(versions);
        QCOMPARE(caseStatusFromCode(row.status), std::optional(versions->last().status));
        const auto loaded = store->load(row.appId, row.version);
        QVERIFY(loaded);
        // The columns kept beside the file, not the file (tests/store/tst_monitoringfacts).
        QVERIFY(row.sourceJson.isEmpty());
        QCOMPARE(row.operatorName, loaded->operatorName());
        QCOMPARE(row.useClass, loaded->useClass);
        QCOMPARE(row.scenarioName, loaded->scenario.name);
        QCOMPARE(
            std::count_if(rows.requested.cbegin(), rows.requested.cend(),
                          [&](const SnapshotRows::Requested &r) { return r.appId == row.appId; }),
            loaded->resources.size());
    }
    QCOMPARE(rows.versions.at(0).appId, m_decided.id);
    QCOMPARE(rows.versions.at(0).decision, QStringLiteral("approved"));

    QMap<QString, QString> answers;
    for (const SnapshotRows::Answer &a : rows.answers) {
        QCOMPARE(a.appId, m_decided.id);
        answers.insert(a.itemId, a.verdict);
    }
    QCOMPARE(answers, m_decided.answers);

    const QString subject = m_decided.id + QStringLiteral(" v1");
    QVERIFY(rows.agreedAt.contains(subject));
    QCOMPARE(rows.agreedAt.value(subject).toLocalTime().date(), m_today);
    QVERIFY(!rows.agreedAt.contains(m_received.id + QStringLiteral(" v1")));

    QCOMPARE(rows.firstRequested.size(), 2);
    QCOMPARE(rows.firstRequested.value(QStringLiteral("R1")).toLocalTime().date(),
             m_decided.submitted);
    QCOMPARE(rows.firstRequested.value(QStringLiteral("R2")).toLocalTime().date(),
             m_received.submitted);

    QCOMPARE(rows.resources.size(), 2);
    for (const RegisteredResource &r : rows.resources) {
        const auto found = makeRegisterStore(m_db)->find(r.code);
        QVERIFY(found && found->has_value());
        QCOMPARE(r.name, (*found)->name);
        QCOMPARE(r.provider, (*found)->provider);
        QCOMPARE(r.status, (*found)->status);
        QCOMPARE(r.registeredAt, (*found)->registeredAt);
        QCOMPARE(r.updatedAt, (*found)->updatedAt);
    }
}

void TestSnapshot::snapshotDecodesTheRows()
{
    const auto loaded = Snapshot::load(m_db);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    const Snapshot &s = *loaded;
    QCOMPARE(s.apps.size(), 1);
    const AppFacts *decided = s.app(m_decided.id);
    QVERIFY(decided);
    QCOMPARE(decided->decision, Decision::Approved);
    QCOMPARE(decided->status, CaseStatus::Decided);
    QCOMPARE(decided->decidedOn, m_today);
    QCOMPARE(decided->submittedOn, m_decided.submitted);
    // Each decision item's verdict in its place (the fixture's answers, all "pass").
    for (int i = 0; i < kDecisionItemCount; ++i)
        QCOMPARE(verdictCode(decided->decisionVerdicts.at(size_t(i))),
                 m_decided.answers.value(decisionItemIds().at(i)));
    QVERIFY(decided->missingDecisionItems().isEmpty());
    QCOMPARE(decided->application.scenarioName, QStringLiteral("场景 ") + m_decided.id);
    QCOMPARE(decided->application.resources.size(), 1);
    QVERIFY(!s.app(m_received.id)); // not held: counted among the submissions
    QCOMPARE(s.firstRequested.value(QStringLiteral("R2")), m_received.submitted);
    QCOMPARE(statusOf(s, QStringLiteral("R2")), RegistrationStatus::Cancelled);
    QCOMPARE(s.calls.size(), 1);
    QCOMPARE(s.calls.at(0).revenue(), *Money::parse(u"45.00"));
}

void TestSnapshot::callsComeByPeriodThenId()
{
    // The snapshot reads the records in the table's order and sorts them itself: the order
    // must be the store's own (period start, then id byte by byte), which ids that are
    // prefixes of others, capitals, digits and punctuation tell apart from a sort by locale,
    // by number or without case.
    QTemporaryDir dir;
    const auto db = openDb(dir.filePath(QStringLiteral("calls.sqlite")));
    QVERIFY(db);
    const QDate jan(2026, 1, 1), feb(2026, 2, 1);
    QJsonArray records;
    const QList<std::pair<QString, QDate>> stored{
        {QStringLiteral("b"), feb},   {QStringLiteral("ab"), jan},  {QStringLiteral("a"), jan},
        {QStringLiteral("Z"), jan},   {QStringLiteral("a-2"), feb}, {QStringLiteral("10"), jan},
        {QStringLiteral("9"), jan},   {QStringLiteral("a.b"), jan}, {QStringLiteral("a_b"), jan},
        {QStringLiteral("A:1"), feb}, {QStringLiteral("x/y"), feb}};
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const auto &[id, start] = stored.at(i);
        records.append(call(id, kOpA, QStringLiteral("P-API"), {}, {}, start,
                            start.addMonths(1).addDays(-1), 10 + i, 0, 1, QStringLiteral("1.00")));
    }
    QVERIFY(addFeed(db, kCallsFormat, records));
    QStringList expected;
    QVERIFY(makeFeedRepository(db)->forEachCall(
        {}, [&](CallRecord &&r) { expected << r.id + QLatin1Char('@') + iso(r.periodStart); }));
    QCOMPARE(expected,
             (QStringList{QStringLiteral("10@2026-01-01"), QStringLiteral("9@2026-01-01"),
                          QStringLiteral("Z@2026-01-01"), QStringLiteral("a@2026-01-01"),
                          QStringLiteral("a.b@2026-01-01"), QStringLiteral("a_b@2026-01-01"),
                          QStringLiteral("ab@2026-01-01"), QStringLiteral("A:1@2026-02-01"),
                          QStringLiteral("a-2@2026-02-01"), QStringLiteral("b@2026-02-01"),
                          QStringLiteral("x/y@2026-02-01")}));
    const auto loaded = Snapshot::load(db);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    QStringList got;
    for (const CallTable::Call c : loaded->calls)
        got << c.id() + QLatin1Char('@') + iso(c.periodStart());
    QCOMPARE(got, expected);
}

void TestSnapshot::submissionsCountEveryCase()
{
    const auto loaded = Snapshot::load(m_db);
    QVERIFY(loaded);
    const auto submitted = [&](const QDate &from, const QDate &to, const MonitoringFilter &filter) {
        QStringList seen;
        const Status read = loaded->forEachSubmitted(from, to, filter, [&](const SubmittedApp &a) {
            seen << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(a.id, a.submittedOn.toString(Qt::ISODate), a.domain, a.mode,
                             a.codes.join(QLatin1Char(',')));
        });
        return read ? seen : QStringList{read.error().toString()};
    };
    const QString decided = QStringLiteral("%1 %2 交通 scenario R1")
                                .arg(m_decided.id, m_decided.submitted.toString(Qt::ISODate));
    const QString received = QStringLiteral("%1 %2 交通 scenario R1,R2")
                                 .arg(m_received.id, m_received.submitted.toString(Qt::ISODate));
    const QDate from = m_today.addYears(-1);
    QCOMPARE(submitted(from, m_today, {}), (QStringList{decided, received}));
    // The period's ends are local dates, both inclusive.
    QCOMPARE(submitted(m_received.submitted, m_received.submitted, {}), QStringList{received});
    QCOMPARE(submitted(m_received.submitted.addDays(1), m_today, {}), QStringList{});
    QCOMPARE(submitted(from, m_decided.submitted, {}), QStringList{decided});
    // The filter on columns, for held and other cases alike.
    MonitoringFilter other;
    other.domain = QStringLiteral("医疗");
    QCOMPARE(submitted(from, m_today, other), QStringList{});
    MonitoringFilter body;
    body.implementingBody = QStringLiteral("另一个实施机构");
    QCOMPARE(submitted(from, m_today, body), QStringList{});
}

void TestSnapshot::acknowledgementsRoundTrip()
{
    const auto acks = makeAcknowledgementRepository(m_db);
    const QDateTime at(QDate(2026, 3, 1), QTime(8, 30), QTimeZone::utc());
    AlertAcknowledgement ack{QStringLiteral("incident_open:incident:I-1"),
                             QStringLiteral("incident_open"), QStringLiteral("已处置"),
                             QStringLiteral("张敏"), at};
    QVERIFY(acks->put(ack));
    ack.note = QStringLiteral("复核后已处置");
    QVERIFY(acks->put(ack)); // the same key again replaces the note
    const auto all = acks->all();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    const AlertAcknowledgement stored = all->value(ack.key);
    QCOMPARE(stored.code, ack.code);
    QCOMPARE(stored.note, QStringLiteral("复核后已处置"));
    QCOMPARE(stored.actor, ack.actor);
    QCOMPARE(stored.at, at);
}

QTEST_GUILESS_MAIN(TestSnapshot)
void TestSnapshot::storedTimesReadAsQDateTimeReadsThem()
{
    // The store's own form is read by hand; every text gives what QDateTime makes of it.
    QStringList texts{
        QStringLiteral("2023-10-23T12:00:20Z"),      QStringLiteral("2025-11-29T08:32:27.000Z"),
        QStringLiteral("2024-02-29T23:59:59.999Z"),  QStringLiteral("1970-01-01T00:00:00Z"),
        QStringLiteral("2026-03-29T01:30:00Z"),
        QStringLiteral("2023-02-29T12:00:00Z"), // no such day
        QStringLiteral("2023-10-23T24:00:00Z"), // QDateTime's own rule
        QStringLiteral("2023-10-23T12:60:00Z"),
        QStringLiteral("1969-12-31T23:59:59Z"), // before 1970: QDateTime
        QStringLiteral("2023-10-23T12:00:20"),  // local time, not UTC
        QStringLiteral("2023-10-23T12:00:20+08:00"),
        QStringLiteral("2023-1O-23T12:00:20Z"), // a letter O
        QStringLiteral("2023-10-23 12:00:20Z"),      QString()};
    // Instants an hour and a minute apart over a day and a half, through every zone's midnight.
    int instants = 0;
    for (int minutes = 0; minutes < 36 * 60; minutes += 61, ++instants)
        texts << QDateTime(QDate(2026, 12, 31), QTime(0, 0), Qt::UTC)
                     .addSecs(qint64(minutes) * 60 - 12 * 3600)
                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    int byHand = 0;
    localtime::LocalDays days;
    for (const QString &text : std::as_const(texts)) {
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
        if (const auto secs = localtime::LocalDays::utcSeconds(text)) {
            ++byHand;
            QVERIFY2(qt.isValid(), qPrintable(text));
            QCOMPARE(*secs, qt.toSecsSinceEpoch());
        }
        QCOMPARE(days.of(text), qt.isValid() ? qt.toLocalTime().date() : QDate());
    }
    QCOMPARE(byHand, 5 + instants); // the first five texts, and every instant
}

void TestSnapshot::aDamagedCallsTableIsNamed()
{
    // The call records are read with SQLite's own interface: a damaged page is reported as
    // the store reports it through Qt, naming the file and the damage.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto db = openDb(path);
        QVERIFY(db);
        QJsonArray records;
        for (int i = 0; i < 400; ++i)
            records.append(call(QStringLiteral("CALL-%1-").arg(i) + QString(60, u'x'), kOpA,
                                QStringLiteral("P-API"), {}, {}, QDate(2026, 1, 1),
                                QDate(2026, 1, 31), i, 0, 1, QStringLiteral("1.00")));
        QVERIFY(addFeed(db, kCallsFormat, records));
    }
    qint64 page = 0, pageSize = 0;
    {
        auto probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        probe.setDatabaseName(path);
        QVERIFY(probe.open());
        QSqlQuery q(probe);
        QVERIFY(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'feed_calls' AND "
                                      "pagetype = 'leaf' ORDER BY pageno DESC LIMIT 1")) &&
                q.next());
        page = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q = QSqlQuery();
        probe.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    QVERIFY(page > 1 && pageSize > 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((page - 1) * pageSize));
    QCOMPARE(file.write(QByteArray(pageSize, '\x55')), pageSize);
    file.close();

    auto db = openDb(path);
    QVERIFY(db);
    int visited = 0;
    const Status read =
        makeFeedRepository(db)->forEachCallUnordered([&](const CallRow &) { ++visited; });
    QVERIFY(!read);
    QVERIFY2(read.error().toString().contains(QStringLiteral("damaged.sqlite")),
             qPrintable(read.error().toString()));
    QVERIFY(visited < 400);
}

#include "tst_snapshot.moc"
