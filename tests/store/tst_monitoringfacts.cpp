// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "monitoring/snapshot.h"
#include "store/applicationstore.h"
#include "store/registerstore.h"
#include "store/repositories.h"
#include "store/snapshotrepository.h"
#include "storefixtures.h"

using namespace gd;
using namespace gd::monitoring;
using namespace gd::test;

/**
 * The columns monitoring reads instead of the stored files (schema v10) must say what the
 * files say: as store() writes them, and as the v9 → v10 migration fills them for versions
 * stored before. A file that cannot be read is still reported, naming the case. Runs on both
 * engines.
 */
class TestMonitoringFacts final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void storeWritesTheFacts();
    void migrationFillsTheFacts();
    void damagedFileIsNamed();
    void unknownFactsComeFromTheFile();
    void migrationKeepsFirstRequests();
    void version11OpensAsCurrent();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("facts.sqlite")); }
    void storeSamples(const std::shared_ptr<Database> &db);
    void compareWithFiles(const std::shared_ptr<Database> &db);
    /** Takes the database back to schema 9: the columns dropped, the version lowered. */
    void downgradeTo9();
    /** What takes it from schema 12 back to 10: v12's index of ids (the trigram table keeps
     *  the texts without them, which v12 leaves as they are), v11's indexes and submission
     *  times. */
    QStringList downgradeTo10Statements() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMonitoringFacts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMonitoringFacts::storeSamples(const std::shared_ptr<Database> &db)
{
    const auto store = makeApplicationStore(db);
    Application plain = makeApplication(QStringLiteral("F-0001"), 1, QStringLiteral("交通"),
                                        QStringLiteral("低空物流"));
    plain.authorization.implementingBody = QStringLiteral("广州市政务服务和数据管理局");
    plain.security.mlpsLevel = 3;
    plain.security.cryptoAssessment = true;
    plain.security.emergencyPlan = true;
    QVERIFY(store->store(parsed(plain)));
    Application named = makeApplication(QStringLiteral("F-0002"), 1, QStringLiteral("医疗"),
                                        QStringLiteral("医保结算"));
    named.format = 2;
    named.operatorParty =
        OperatorParty{QStringLiteral("某运营公司"), QStringLiteral("91440101MA5CXK7Q9R")};
    named.security.mlpsLevel = 2;
    named.security.cryptoAssessment.reset();
    named.security.emergencyPlan = false;
    QVERIFY(store->store(parsed(named)));
    named.version = 2;
    named.security.mlpsLevel = 4;
    QVERIFY(store->store(parsed(named)));
    // Decided, so that the monitoring snapshot holds them (it holds the cases it judges).
    QVERIFY(store->setStatus(plain.id, 1, CaseStatus::Decided, Decision::Approved));
    QVERIFY(store->setStatus(named.id, 2, CaseStatus::Decided, Decision::Rejected));
}

void TestMonitoringFacts::compareWithFiles(const std::shared_ptr<Database> &db)
{
    const auto rows = makeSnapshotRepository(db)->read();
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().toString()));
    QCOMPARE(rows->versions.size(), 2);
    const auto store = makeApplicationStore(db);
    int requested = 0;
    for (const SnapshotRows::Version &row : rows->versions) {
        const auto a = store->load(row.appId, row.version);
        QVERIFY(a);
        QVERIFY(row.mlpsLevel);
        QCOMPARE(*row.mlpsLevel, a->security.mlpsLevel);
        QCOMPARE(row.cryptoAssessment, a->security.cryptoAssessment);
        QCOMPARE(row.emergencyPlan, a->security.emergencyPlan);
        QCOMPARE(row.implementingBody, a->authorization.implementingBody);
        QCOMPARE(row.operatorCode, a->operatorCreditCode());
        QCOMPARE(row.operatorName, a->operatorName());
        QCOMPARE(row.mode, a->authorization.mode);
        QCOMPARE(row.domain, a->scenario.domain);
        QCOMPARE(row.scenarioName, a->scenario.name);
        QCOMPARE(row.periodStart, a->periodStart);
        QCOMPARE(row.periodEnd, a->periodEnd);
        QVERIFY(row.sourceJson.isEmpty()); // the files are not read
        int i = 0;
        for (const SnapshotRows::Requested &r : rows->requested) {
            if (r.appId != row.appId)
                continue;
            QVERIFY(i < a->resources.size());
            const RequestedResource &stored = a->resources.at(i++);
            QCOMPARE(r.name, stored.name);
            QCOMPARE(r.registrationCode, stored.registrationCode);
            QCOMPARE(r.grade, stored.grade);
            QCOMPARE(r.volume, stored.volume.value_or(0));
            QCOMPARE(r.fieldCount, int(stored.fields.size()));
            ++requested;
        }
        QCOMPARE(i, int(a->resources.size()));
    }
    QVERIFY(requested > 0);
    // The snapshot judges the controls from the columns as from the file.
    const auto snapshot = Snapshot::load(db);
    QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().toString()));
    for (const AppFacts &facts : snapshot->apps) {
        const auto a = store->load(facts.id, facts.version);
        QVERIFY(a);
        QCOMPARE(facts.application.controlsValid, controlsValid(*a));
        QCOMPARE(facts.application.resources.size(), a->resources.size());
    }
}

void TestMonitoringFacts::downgradeTo9()
{
    QStringList statements;
    for (const char *column : {"implementing_body", "operator_code", "operator_name", "mlps_level",
                               "crypto_assessment", "emergency_plan"})
        statements << QStringLiteral("ALTER TABLE application_versions DROP COLUMN %1")
                          .arg(QLatin1String(column));
    statements << QStringLiteral("ALTER TABLE requested_resources DROP COLUMN field_count");
    statements << (onPostgres() ? QStringLiteral("DELETE FROM grantdesk_schema WHERE version = 10")
                                : QStringLiteral("PRAGMA user_version=9"));
    QVERIFY(runAsOwner(path(), downgradeTo10Statements() + statements));
}

QStringList TestMonitoringFacts::downgradeTo10Statements() const
{
    QStringList statements{onPostgres()
                               ? QStringLiteral("DELETE FROM grantdesk_schema WHERE version = 12")
                               : QStringLiteral("DROP TABLE search_ids")};
    for (const char *index : {"rr_code_submitted", "av_decided", "av_unknown_facts",
                              "av_latest_submissions", "av_latest_body", "av_latest_operator"})
        statements << QStringLiteral("DROP INDEX %1").arg(QLatin1String(index));
    statements << QStringLiteral("ALTER TABLE requested_resources DROP COLUMN submitted_at")
               << QStringLiteral("ALTER TABLE application_versions DROP COLUMN registration_codes")
               << QStringLiteral("CREATE INDEX rr_code ON requested_resources (registration_code)")
               << (onPostgres() ? QStringLiteral("DELETE FROM grantdesk_schema WHERE version = 11")
                                : QStringLiteral("PRAGMA user_version=10"));
    return statements;
}

void TestMonitoringFacts::migrationKeepsFirstRequests()
{
    // The first request of a registered code comes from the submission time each requested
    // resource keeps (schema 11): the v10 → v11 migration copies it from the versions.
    QDateTime first;
    {
        auto db = openTestDatabase(path());
        QVERIFY(db);
        storeSamples(*db);
        RegisterFile file;
        file.source = QStringLiteral("test");
        file.exportedAt = QDateTime::currentDateTimeUtc();
        RegisteredResource r;
        r.code = QStringLiteral("GD-440100-2025-000123");
        r.name = QStringLiteral("企业登记信息");
        r.provider = QStringLiteral("市场监管局");
        r.registeredAt = QDate(2025, 1, 1);
        r.updatedAt = r.registeredAt;
        file.resources << r;
        QVERIFY(makeRegisterStore(*db)->importFile(file));
        const auto rows = makeSnapshotRepository(*db)->read();
        QVERIFY(rows);
        first = rows->firstRequested.value(r.code);
        QVERIFY(first.isValid());
        const auto versions = makeApplicationStore(*db)->versions(QStringLiteral("F-0001"));
        QVERIFY(versions);
        QCOMPARE(first, versions->first().submittedAt);
    }
    QVERIFY(runAsOwner(path(), downgradeTo10Statements()));
    auto db = openTestDatabase(path());
    QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
    const auto rows = makeSnapshotRepository(*db)->read();
    QVERIFY(rows);
    QCOMPARE(rows->firstRequested.value(QStringLiteral("GD-440100-2025-000123")), first);
    // The codes each version requests, copied by the migration, as the files name them.
    const auto snapshot = Snapshot::load(*db);
    QVERIFY(snapshot);
    // Gathered first: a server connection runs one statement at a time.
    QList<SubmittedApp> seen;
    QVERIFY(snapshot->forEachSubmitted(QDate(2000, 1, 1), QDate(2100, 1, 1), {},
                                       [&](const SubmittedApp &a) { seen << a; }));
    QCOMPARE(seen.size(), 2);
    const auto store = makeApplicationStore(*db);
    for (const SubmittedApp &a : std::as_const(seen)) {
        const auto latest = store->latestVersion(a.id);
        QVERIFY(latest);
        const auto file = store->load(a.id, *latest);
        QVERIFY(file);
        QStringList codes;
        for (const RequestedResource &r : file->resources)
            codes << r.registrationCode;
        QCOMPARE(a.codes, codes);
    }
}

void TestMonitoringFacts::storeWritesTheFacts()
{
    auto db = openTestDatabase(path());
    QVERIFY(db);
    storeSamples(*db);
    compareWithFiles(*db);
}

void TestMonitoringFacts::migrationFillsTheFacts()
{
    {
        auto db = openTestDatabase(path());
        QVERIFY(db);
        storeSamples(*db);
    }
    downgradeTo9();
    auto db = openTestDatabase(path());
    QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
    compareWithFiles(*db);
}

void TestMonitoringFacts::damagedFileIsNamed()
{
    {
        auto db = openTestDatabase(path());
        QVERIFY(db);
        storeSamples(*db);
    }
    downgradeTo9();
    // A file damaged before the migration: its facts stay unknown, and the monitoring says
    // which case it is instead of counting it with empty facts.
    QVERIFY(runAsOwner(path(),
                       {QStringLiteral("UPDATE application_files SET source_json = %1 WHERE "
                                       "version_pk = (SELECT pk FROM application_versions WHERE "
                                       "app_id = 'F-0002' AND version = 2)")
                            .arg(onPostgres() ? QStringLiteral("'\\x7b2262726f6b656e'::bytea")
                                              : QStringLiteral("X'7b2262726f6b656e'"))}));
    auto db = openTestDatabase(path());
    QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
    const auto snapshot = Snapshot::load(*db);
    QVERIFY(!snapshot);
    QCOMPARE(snapshot.error().where, QStringLiteral("F-0002 v2"));
    QVERIFY2(snapshot.error().what.contains(QLatin1String("damaged")),
             qPrintable(snapshot.error().toString()));
}

void TestMonitoringFacts::unknownFactsComeFromTheFile()
{
    auto db = openTestDatabase(path());
    QVERIFY(db);
    storeSamples(*db);
    // One highest version whose columns are unknown (and whose other columns are wrong): its
    // stored file is read and judged; the other's file is not read.
    QVERIFY(runAsOwner(path(), {QStringLiteral("UPDATE application_versions SET mlps_level = NULL, "
                                               "emergency_plan = 0 WHERE app_id = 'F-0001'")}));
    const auto rows = makeSnapshotRepository(*db)->read();
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().toString()));
    QCOMPARE(rows->versions.size(), 2);
    const auto store = makeApplicationStore(*db);
    for (const SnapshotRows::Version &row : rows->versions) {
        const auto a = store->load(row.appId, row.version);
        QVERIFY(a);
        QCOMPARE(row.sourceJson.isEmpty(), row.appId != QLatin1String("F-0001"));
        if (row.appId == QLatin1String("F-0001"))
            QVERIFY(row.sourceJson.contains("\"mlpsLevel\""));
    }
    const auto snapshot = Snapshot::load(*db);
    QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().toString()));
    QCOMPARE(snapshot->apps.size(), 2);
    for (const AppFacts &facts : snapshot->apps) {
        const auto a = store->load(facts.id, facts.version);
        QVERIFY(a);
        QCOMPARE(facts.application.controlsValid, controlsValid(*a));
    }
}

// Schema 12 from 11 alone, on both engines (the server's step records the version; the file's
// builds the index of ids): no earlier step runs again, and a part of an id finds its case.
void TestMonitoringFacts::version11OpensAsCurrent()
{
    {
        auto db = openTestDatabase(path());
        QVERIFY(db);
        storeSamples(*db);
    }
    QVERIFY(runAsOwner(
        path(),
        {onPostgres() ? QStringLiteral("DELETE FROM grantdesk_schema WHERE version = 12")
                      : QStringLiteral("DROP TABLE search_ids"),
         onPostgres() ? QStringLiteral("SELECT 1") : QStringLiteral("PRAGMA user_version=11")}));
    auto db = openTestDatabase(path());
    QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
    InboxQuery query;
    query.search = QStringLiteral("f-000");
    const auto rows = makeApplicationStore(*db)->rows(query, 0, 10);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    compareWithFiles(*db);
}

QTEST_GUILESS_MAIN(TestMonitoringFacts)
#include "tst_monitoringfacts.moc"
