// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/rawsqlite.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sqlite/schema.h"
#include "store/registerstore.h"
#include "store/repositories.h"

using namespace gd;

/** Opening a database made by an older GrantDesk: upgraded in place, data kept, backup made. */
class TestMigration final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void version1OpensAsCurrentKeepingData();

private:
    /** Writes a schema-v1 database with one applicant and one application at @p path. */
    static QString makeVersion1(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMigration::makeVersion1(const QString &path)
{
    QStringList statements = schema::migrationStep(0);
    statements << QStringLiteral("INSERT INTO applicants VALUES ('91440101MA5CXK7Q9R', "
                                 "'广州低空智联科技有限公司', '2026-03-01T00:00:00Z')")
               << QStringLiteral(
                      "INSERT INTO application_versions (app_id, version, content_sha256, "
                      "submitted_at, applicant_code, applicant_name, scenario_name, domain, "
                      "mode, use_class, period_start, period_end, status, resource_count, "
                      "imported_at, is_latest) VALUES ('GZ-2026-0001', 1, '00', "
                      "'2026-03-02T01:30:00Z', '91440101MA5CXK7Q9R', '广州低空智联科技有限公司', "
                      "'低空物流航线规划', '低空经济', 'scenario', 'industry', '2026-04-01', "
                      "'2028-03-31', 'in_review', 2, '2026-03-02T02:00:00Z', 1)")
               << QStringLiteral("INSERT INTO search (rowid, body) VALUES (1, "
                                 "'GZ-2026-0001 低空物流航线规划')")
               << QStringLiteral("INSERT INTO search_short (rowid, body) VALUES (1, "
                                 "'GZ-2026-0001 低 空 物 流 航 线 规 划')")
               << QStringLiteral("INSERT INTO register_resources VALUES ('GD-440100-2025-000123', "
                                 "'城市三维地理信息数据', '广州市规划和自然资源局', 'active', "
                                 "'2025-06-03', '2025-06-03', '登记平台', '2026-03-01T00:00:00Z')")
               << QStringLiteral("PRAGMA user_version=1");
    return test::runSql(path, statements);
}

void TestMigration::version1OpensAsCurrentKeepingData()
{
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    const QString made = makeVersion1(path);
    QVERIFY2(made.isEmpty(), qPrintable(made));

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
    QVERIFY(db.value()->integrityCheck().ok());

    QSqlQuery q(sql::connection(*db.value()));
    QVERIFY(q.exec(QStringLiteral("SELECT app_id, status, applicant_name FROM "
                                  "application_versions")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("GZ-2026-0001"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("in_review"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("广州低空智联科技有限公司"));
    QVERIFY(!q.next());

    // v4: the overdue count reads one covering index, not every open case's row.
    QVERIFY(q.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM application_versions v WHERE v.is_latest = 1 "
        "AND v.status IN ('received', 'in_review') AND v.deadline < '2026-01-01'")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString();
    QVERIFY2(plan.contains(QLatin1String("COVERING INDEX av_latest_status_deadline")),
             qPrintable(plan));

    // The full-text index was rebuilt with its latest column and still finds the old row,
    // for short and long terms.
    for (const QString &term :
         {QStringLiteral("物流"), QStringLiteral("航线规划"), QStringLiteral("26"),
          QStringLiteral("gz"), QStringLiteral("-2"), QStringLiteral("物")}) {
        InboxQuery query;
        query.search = term;
        const auto found = makeApplicationStore(db.value())->count(query);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        QCOMPARE(found.value(), 1);
    }

    // The new tables are there and usable with the old rows.
    for (const char *table :
         {"reviews", "review_answers", "review_notes", "audit_events", "audit_checkpoint"}) {
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) &&
                     q.next() && q.value(0).toInt() == 0,
                 table);
    }
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO reviews (version_pk, template_version, reviewer, "
                                   "started_at, updated_at) SELECT pk, '2026.1', '王审核', "
                                   "'2026-03-03T00:00:00Z', '2026-03-03T00:00:00Z' "
                                   "FROM application_versions")),
             qPrintable(q.lastError().text()));

    // v9: a register entry from before the catalogue's operation type and review method keeps
    // its data and has neither; a new import may give them.
    {
        const auto registerStore = makeRegisterStore(db.value());
        auto entry = registerStore->find(QStringLiteral("GD-440100-2025-000123"));
        QVERIFY(entry.ok() && entry.value().has_value());
        QCOMPARE(entry.value()->name, QStringLiteral("城市三维地理信息数据"));
        QVERIFY(entry.value()->operationType.isEmpty());
        QVERIFY(entry.value()->operationReview.isEmpty());
        RegisterFile file;
        file.source = QStringLiteral("登记平台");
        RegisteredResource updated = *entry.value();
        updated.operationType = QStringLiteral("可授权运营");
        updated.operationReview = QStringLiteral("数据管理机构审核");
        file.resources << updated;
        QCOMPARE(registerStore->importFile(file)->updated, 1);
        QCOMPARE(registerStore->find(updated.code).value()->operationType,
                 QStringLiteral("可授权运营"));
    } // the store lets go of the database before it is closed below

    // A backup of the v1 file was written beside it before anything changed.
    const QStringList backups =
        QDir(m_dir->path()).entryList({QStringLiteral("old.sqlite.v1.bak")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    db = Error{}; // closes the database before looking at the backup
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        raw.setDatabaseName(m_dir->filePath(backups.first()));
        QVERIFY(raw.open());
        QSqlQuery b(raw);
        QVERIFY(b.exec(QStringLiteral("PRAGMA user_version")) && b.next());
        QCOMPARE(b.value(0).toInt(), 1);
        QVERIFY(b.exec(QStringLiteral("SELECT COUNT(*) FROM application_versions")) && b.next());
        QCOMPARE(b.value(0).toInt(), 1);
        QVERIFY(!b.exec(QStringLiteral("SELECT COUNT(*) FROM reviews")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));

    // Opening again does not migrate (nor back up) a second time.
    auto again = Database::open(path);
    QVERIFY(again.ok());
    QCOMPARE(
        QDir(m_dir->path()).entryList({QStringLiteral("old.sqlite.v1.bak")}, QDir::Files).size(),
        1);
    QSqlQuery r(sql::connection(*again.value()));
    QVERIFY(r.exec(QStringLiteral("SELECT reviewer FROM reviews")) && r.next());
    QCOMPARE(r.value(0).toString(), QStringLiteral("王审核"));
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
