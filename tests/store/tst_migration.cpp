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
    void version11MovesTheIdsOutOfTheTrigramTable();

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
          QStringLiteral("gz"), QStringLiteral("-2"), QStringLiteral("物"),
          QStringLiteral("gz-2026-0001"), QStringLiteral("2026-0001"), QStringLiteral("Z-2")}) {
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

/**
 * v12: a v11 file's trigram table held each version's id on its text's first line. After the
 * migration the table holds the text alone, search_ids every suffix of each id, and a search
 * finds the same versions: by a part of the id, by the text, by both.
 */
void TestMigration::version11MovesTheIdsOutOfTheTrigramTable()
{
    const QString path = m_dir->filePath(QStringLiteral("v11.sqlite"));
    QStringList statements;
    for (int version = 0; version < 11; ++version)
        statements << schema::migrationStep(version);
    const QString version = QStringLiteral(
        "INSERT INTO application_versions (pk, app_id, version, content_sha256, submitted_at, "
        "applicant_code, applicant_name, scenario_name, domain, mode, use_class, period_start, "
        "period_end, status, resource_count, imported_at, is_latest) VALUES (%1, '%2', %3, '00', "
        "'2026-03-02T01:30:00Z', '91440101MA5CXK7Q9R', '广州低空智联科技有限公司', '%4', "
        "'低空经济', 'scenario', 'industry', '2026-04-01', '2028-03-31', 'received', 0, "
        "'2026-03-02T02:00:00Z', %5)");
    const QString indexed =
        QStringLiteral("INSERT INTO search (rowid, body, latest) VALUES (%1, '%2', '%3')");
    statements
        << QStringLiteral("INSERT INTO applicants VALUES ('91440101MA5CXK7Q9R', "
                          "'广州低空智联科技有限公司', '2026-03-01T00:00:00Z')")
        << version.arg(1)
               .arg(QStringLiteral("GZ-2026-0001"))
               .arg(1)
               .arg(QStringLiteral("低空物流航线规划"))
               .arg(0)
        << version.arg(2)
               .arg(QStringLiteral("GZ-2026-0001"))
               .arg(2)
               .arg(QStringLiteral("低空物流航线规划（补正）"))
               .arg(1)
        << version.arg(3)
               .arg(QStringLiteral("FJ-2026-0007"))
               .arg(1)
               .arg(QStringLiteral("FJ-2026-0001 的后续"))
               .arg(1)
        << indexed.arg(1).arg(QStringLiteral("GZ-2026-0001\n低空物流航线规划")).arg(QString())
        << indexed.arg(2)
               .arg(QStringLiteral("GZ-2026-0001\n低空物流航线规划（补正）"))
               .arg(QStringLiteral("yes"))
        << indexed.arg(3)
               .arg(QStringLiteral("FJ-2026-0007\nFJ-2026-0001 的后续"))
               .arg(QStringLiteral("yes"))
        << QStringLiteral("UPDATE search SET body = replace(body, '\n', char(10))")
        << QStringLiteral("PRAGMA user_version=11");
    const QString made = test::runSql(path, statements);
    QVERIFY2(made.isEmpty(), qPrintable(made));

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
    QSqlQuery q(sql::connection(*db.value()));
    QVERIFY(q.exec(QStringLiteral("SELECT rowid, body, latest FROM search ORDER BY rowid")));
    QStringList bodies;
    while (q.next())
        bodies << QStringLiteral("%1|%2|%3")
                      .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    QCOMPARE(bodies, (QStringList{QStringLiteral("1|低空物流航线规划|"),
                                  QStringLiteral("2|低空物流航线规划（补正）|yes"),
                                  QStringLiteral("3|FJ-2026-0001 的后续|yes")}));
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(suffix, ' ') FROM (SELECT suffix FROM "
                                  "search_ids WHERE app_id = 'GZ-2026-0001' ORDER BY suffix)")) &&
            q.next());
    QCOMPARE(q.value(0).toString(),
             QStringLiteral("-0001 -2026-0001 0001 001 026-0001 2026-0001 26-0001 6-0001 "
                            "gz-2026-0001 z-2026-0001"));

    const auto store = makeApplicationStore(db.value());
    const auto found = [&store](const QString &term, bool allVersions) {
        InboxQuery query;
        query.search = term;
        query.allVersions = allVersions;
        QStringList ids;
        for (const InboxRow &row : store->rows(query, 0, 10).value())
            ids << QStringLiteral("%1/%2").arg(row.id).arg(row.version);
        ids.sort();
        return ids;
    };
    QCOMPARE(found(QStringLiteral("gz-2026"), false),
             QStringList{QStringLiteral("GZ-2026-0001/2")});
    // In one version's id, in another's text.
    QCOMPARE(found(QStringLiteral("2026-0001"), true),
             (QStringList{QStringLiteral("FJ-2026-0007/1"), QStringLiteral("GZ-2026-0001/1"),
                          QStringLiteral("GZ-2026-0001/2")}));
    QCOMPARE(found(QStringLiteral("0007 的后续"), false),
             QStringList{QStringLiteral("FJ-2026-0007/1")});
    QCOMPARE(found(QStringLiteral("航线规划"), true),
             (QStringList{QStringLiteral("GZ-2026-0001/1"), QStringLiteral("GZ-2026-0001/2")}));
    QCOMPARE(found(QStringLiteral("0007 航线规划"), false), QStringList{});
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
