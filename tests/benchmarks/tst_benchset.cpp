// SPDX-License-Identifier: GPL-3.0-or-later
// The bench set generator (benchset.h): the same seed writes the same rows, the app accepts
// the database (its integrity, schema and audit checks), and the rows it writes in bulk are
// the ones the store writes for the same application.
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include "benchmarks/benchset.h"
#include "domain/creditcode.h"
#include "monitoring/snapshot.h"
#include "services/desk.h"
#include "services/deskmaintenance.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/feedrepository.h"
#include "store/repositories.h"
#include "store/sql/connection.h"

using namespace gd;

namespace {

/** Columns the register and feed repositories stamp with the clock when they import. */
const QStringList kClockColumns = {QStringLiteral("imported_at"), QStringLiteral("verified_at")};

bool clockStamped(const QString &table, const QString &column)
{
    return kClockColumns.contains(column) ||
           (table.startsWith(QLatin1String("feed_")) && column == QLatin1String("updated_at"));
}

/** SHA-256 over every table's rows in rowid (or key) order, clock-stamped columns left out. */
QByteArray digest(const std::shared_ptr<Database> &db)
{
    const QSqlDatabase c = sql::connection(*db);
    QSqlQuery tables(c);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                               "NOT LIKE 'sqlite_%' AND name NOT LIKE '%_data' AND name NOT "
                               "LIKE '%_idx' AND name NOT LIKE '%_docsize' AND name NOT LIKE "
                               "'%_config' AND name NOT LIKE '%_content' ORDER BY name"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(c);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table)))
            return {};
        hash.addData(table.toUtf8());
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                if (!clockStamped(table, record.fieldName(i)))
                    hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
            }
        }
    }
    return hash.result().toHex();
}

qint64 count(const std::shared_ptr<Database> &db, const QString &table)
{
    QSqlQuery q(sql::connection(*db));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/** The rows of @p sql on @p db, each as its values joined. */
QStringList rowsOf(const std::shared_ptr<Database> &db, const QString &sql)
{
    QSqlQuery q(sql::connection(*db));
    QStringList rows;
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + sql};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class TestBenchSet : public QObject
{
    Q_OBJECT

private slots:
    void deterministicAndAccepted();
    void rowsAsTheStoreWritesThem();
    void feedsAsTheRepositoryWritesThem();
    void completeOrNotThere();

private:
    QTemporaryDir m_dir;
};

void TestBenchSet::deterministicAndAccepted()
{
    bench::BenchSetOptions options;
    options.applications = 200;
    options.seed = 7;
    options.reviewedShare = 0.5; // enough reviews, answers and events at 200
    options.revisedShare = 0.2;
    const QString first = m_dir.filePath(QStringLiteral("a.sqlite"));
    const QString second = m_dir.filePath(QStringLiteral("b.sqlite"));
    const auto made = bench::generateBenchSet(first, options);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
    QCOMPARE(made->applications, qint64(200));
    QVERIFY(made->versions > 200);
    QVERIFY(made->answers > 0 && made->events > made->reviews && made->calls > 0);
    QVERIFY(made->registered > 0);
    QRandomGenerator rng(1);
    for (int i = 0; i < 50; ++i) {
        const QString code = bench::generateApplication(i, rng, 200).applicant.creditCode;
        QVERIFY2(creditcode::isValid(code), qPrintable(code)); // the importer accepts it
    }
    QVERIFY(bench::generateBenchSet(second, options));
    QVERIFY(!bench::generateBenchSet(second, options)); // never over an existing file

    auto a = Database::open(first);
    auto b = Database::open(second);
    QVERIFY(a && b);
    QCOMPARE(count(a.value(), QStringLiteral("application_versions")), made->versions);
    QCOMPARE(count(a.value(), QStringLiteral("review_answers")), made->answers);
    QCOMPARE(count(a.value(), QStringLiteral("audit_events")), made->events);
    QCOMPARE(count(a.value(), QStringLiteral("feed_calls")), made->calls);
    const QByteArray digestA = digest(a.value());
    QVERIFY(!digestA.isEmpty());
    QCOMPARE(digestA, digest(b.value()));

    // Every check the app has (grantdesk-cli db check): integrity, schema, the whole chain.
    const auto check = DeskMaintenance(Desk::over(a.value())).check();
    QVERIFY2(check, qPrintable(check ? QString() : check.error().toString()));
    QVERIFY2(check->ok(),
             qPrintable((check->integrity + check->schema + check->audit).join(QLatin1Char('\n'))));
    QCOMPARE(check->events, made->events);

    // The archive's countersigned approvals have a recorded life the monitoring reads (their
    // countersignatures are in the trail); the other decisions are judged by their period.
    QVERIFY(count(a.value(), QStringLiteral("application_versions WHERE status = "
                                            "'countersigned'")) > 0);
    const auto snapshot = monitoring::Snapshot::load(a.value());
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
    qsizetype lives = 0, decidedWithout = 0;
    for (const monitoring::AppFacts &app : snapshot->apps) {
        lives += app.life.has_value();
        decidedWithout += app.authorized() && !app.life;
    }
    QVERIFY(lives > 0 && decidedWithout > 0);

    options.seed = 8;
    const QString other = m_dir.filePath(QStringLiteral("c.sqlite"));
    QVERIFY(bench::generateBenchSet(other, options));
    auto c = Database::open(other);
    QVERIFY(c);
    QVERIFY(digest(c.value()) != digestA);
}

/** The versions written in bulk against the same applications stored by store(). */
void TestBenchSet::rowsAsTheStoreWritesThem()
{
    bench::BenchSetOptions options;
    options.applications = 30;
    options.revisedShare = 0.3;
    const QString path = m_dir.filePath(QStringLiteral("bulk.sqlite"));
    QVERIFY(bench::generateBenchSet(path, options));
    auto bulk = Database::open(path);
    auto stored = Database::open(m_dir.filePath(QStringLiteral("stored.sqlite")));
    QVERIFY(bulk && stored);
    const auto bulkStore = makeApplicationStore(bulk.value());
    const auto store = makeApplicationStore(stored.value());
    QSqlQuery versions(sql::connection(*bulk.value()));
    QVERIFY(versions.exec(QStringLiteral("SELECT app_id, version, source_json, content_sha256 "
                                         "FROM application_versions v JOIN application_files f "
                                         "ON f.version_pk = v.pk ORDER BY v.pk")));
    while (versions.next()) {
        ParsedApplication parsed;
        auto loaded = bulkStore->load(versions.value(0).toString(), versions.value(1).toInt());
        QVERIFY(loaded);
        parsed.application = loaded.value();
        parsed.sourceJson = versions.value(2).toByteArray();
        parsed.contentSha256 = versions.value(3).toString();
        QVERIFY(store->store(parsed));
    }
    const QString columns = QStringLiteral(
        "v.app_id, v.version, v.content_sha256, v.submitted_at, v.deadline, v.applicant_code, "
        "v.applicant_name, v.scenario_name, v.domain, v.mode, v.use_class, v.period_start, "
        "v.period_end, v.resource_count, v.is_latest, s.body, s.latest, g.body, g.latest, "
        "(SELECT group_concat(name || '|' || ifnull(registration_code, '') || '|' || provider "
        "|| '|' || fields, ';') FROM requested_resources r WHERE r.version_pk = v.pk)");
    const QString sql = QStringLiteral("SELECT %1 FROM application_versions v JOIN search s ON "
                                       "s.rowid = v.pk JOIN search_grams g ON g.rowid = v.pk "
                                       "ORDER BY v.app_id, v.version")
                            .arg(columns);
    QSqlQuery a(sql::connection(*bulk.value()));
    QSqlQuery b(sql::connection(*stored.value()));
    QVERIFY(a.exec(sql) && b.exec(sql));
    int rows = 0;
    while (a.next()) {
        QVERIFY(b.next());
        for (int i = 0; i < a.record().count(); ++i)
            QCOMPARE(a.value(i).toString(), b.value(i).toString());
        ++rows;
    }
    QVERIFY(!b.next());
    QVERIFY(rows > 30);
    // The ids' suffixes, as the store writes them once per application.
    const QString ids = QStringLiteral("SELECT suffix, app_id FROM search_ids ORDER BY 1, 2");
    QVERIFY(rowsOf(bulk.value(), ids).size() > 30 * 8);
    QCOMPARE(rowsOf(bulk.value(), ids), rowsOf(stored.value(), ids));
}

/** The feeds written in bulk are the rows FeedRepository::store writes for the same files. */
void TestBenchSet::feedsAsTheRepositoryWritesThem()
{
    bench::BenchSetOptions options;
    options.applications = 120;
    options.feedYears = 1;
    const QString path = m_dir.filePath(QStringLiteral("bulkfeeds.sqlite"));
    QVERIFY(bench::generateBenchSet(path, options));
    auto bulk = Database::open(path);
    auto stored = Database::open(m_dir.filePath(QStringLiteral("storedfeeds.sqlite")));
    QVERIFY(bulk && stored);
    const auto read = makeFeedRepository(bulk.value());
    const auto target = makeFeedRepository(stored.value());
    QHash<QString, monitoring::CallRecord> calls;
    QVERIFY(read->forEachCall({}, [&calls](monitoring::CallRecord &&r) { calls.insert(r.id, r); }));
    QHash<QString, monitoring::IncidentRecord> incidents;
    for (const monitoring::IncidentRecord &r : read->incidents().value())
        incidents.insert(r.id, r);
    QVERIFY(calls.size() > 100 && !incidents.isEmpty());
    // Each file of the bulk set, its records read back through the repository, stored again.
    QSqlQuery imports(sql::connection(*bulk.value()));
    QVERIFY(imports.exec(QStringLiteral(
        "SELECT pk, sha256, path, format, source, exported_at FROM feed_imports ORDER BY pk")));
    while (imports.next()) {
        monitoring::FeedFile file;
        const bool isCalls = imports.value(3).toString() == monitoring::kCallsFormat;
        file.kind = isCalls ? monitoring::FeedKind::Calls : monitoring::FeedKind::Incidents;
        file.source = imports.value(4).toString();
        file.exportedAt = QDateTime::fromString(imports.value(5).toString(), Qt::ISODate);
        const QString table =
            isCalls ? QStringLiteral("feed_calls") : QStringLiteral("feed_incidents");
        for (const QString &id :
             rowsOf(bulk.value(), QStringLiteral("SELECT id FROM %1 WHERE import_pk = %2 ORDER BY "
                                                 "rowid")
                                      .arg(table)
                                      .arg(imports.value(0).toLongLong()))) {
            if (isCalls)
                file.calls << calls.value(id);
            else
                file.incidents << incidents.value(id);
        }
        QVERIFY(file.recordCount() > 0);
        QVERIFY(target->store(file, imports.value(1).toString(), imports.value(2).toString()));
    }
    // Every column but the times of the import and the import's own key.
    for (const QString &sql :
         {QStringLiteral("SELECT sha256, path, format, source, exported_at, records, added, "
                         "replaced FROM feed_imports ORDER BY pk"),
          QStringLiteral("SELECT id, operator_code, operator_name, product, app_id, "
                         "resource_code, period_start, period_end, calls, free_calls, "
                         "active_users, revenue, source, typeof(revenue), typeof(calls) FROM "
                         "feed_calls ORDER BY id"),
          QStringLiteral("SELECT id, opened_at, severity, operator_code, app_id, resource_code, "
                         "summary, responded_at, closed_at, source FROM feed_incidents ORDER "
                         "BY id")}) {
        const QStringList expected = rowsOf(stored.value(), sql);
        QVERIFY(expected.size() > 1);
        QCOMPARE(rowsOf(bulk.value(), sql), expected);
    }
    // What a record says is its application's: the operator, the product, a requested resource.
    QCOMPARE(rowsOf(bulk.value(),
                    QStringLiteral(
                        "SELECT count(*) FROM feed_calls c JOIN application_versions v ON "
                        "v.app_id = c.app_id AND v.is_latest = 1 WHERE c.operator_code = "
                        "v.applicant_code AND c.operator_name = v.applicant_name AND c.product "
                        "= 'PRODUCT-' || c.app_id AND c.resource_code IN (SELECT "
                        "registration_code FROM requested_resources WHERE version_pk = v.pk) "
                        "AND c.period_end > c.period_start AND c.calls >= c.free_calls")),
             QStringList{QString::number(calls.size())});
    QCOMPARE(rowsOf(bulk.value(),
                    QStringLiteral("SELECT count(*) FROM feed_incidents i JOIN feed_calls c ON "
                                   "c.app_id = i.app_id AND c.operator_code = i.operator_code "
                                   "AND c.resource_code = i.resource_code AND "
                                   "substr(i.opened_at, 1, 7) = substr(c.period_start, 1, 7)")),
             QStringList{QString::number(incidents.size())});
}

/** The set appears under its name only complete, in WAL as the app keeps its files; what an
 *  earlier run left under the working name is never taken for a set. */
void TestBenchSet::completeOrNotThere()
{
    bench::BenchSetOptions options;
    options.applications = 20;
    const QString path = m_dir.filePath(QStringLiteral("d.sqlite"));
    const QString partial = path + QStringLiteral(".partial");

    // A working name that cannot be cleared (a folder): refused, naming it, and no set.
    QVERIFY(QDir().mkdir(partial));
    const auto refused = bench::generateBenchSet(path, options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().where, partial);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir().rmdir(partial));

    // What a stopped run left there is replaced; the set is renamed into place once written.
    {
        QFile left(partial);
        QVERIFY(left.open(QIODevice::WriteOnly));
        left.write("half a bench set");
    }
    const auto made = bench::generateBenchSet(path, options);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
    QVERIFY(!QFile::exists(partial));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(20);
    // The header's read and write versions: 2 for WAL (1 would be a rollback journal).
    QCOMPARE(int(header.at(18)), 2);
    QCOMPARE(int(header.at(19)), 2);
    file.close();
    auto db = Database::open(path);
    QVERIFY(db);
    QCOMPARE(count(db.value(), QStringLiteral("application_versions")), made->versions);
}

QTEST_GUILESS_MAIN(TestBenchSet)
#include "tst_benchset.moc"
