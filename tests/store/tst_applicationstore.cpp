// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "storefixtures.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/dialect.h"
#include "store/sql/queryerror.h"
#include "store/sqlite/sqlitedialect.h"
#include "store/repositories.h"

using namespace gd;
using namespace gd::test;

/** Storing, loading and querying applications. */
class TestApplicationStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void storeAndLoadRoundTrip();
    void identicalReimportIsUnchanged();
    void sameVersionDifferentContentIsRefusedAndChangesNothing();
    void versionsInAnyOrder_data();
    void versionsInAnyOrder();
    void missingVersionIsFlagged();
    void attachmentsAreStoredOnceByHash();
    void search_data();
    void search();
    void searchEscapesLikeWildcards();
    void searchFindsLatestVersionsOnly();
    void searchAfterNewRowsWithARememberedTerm();
    void statusFilterAndSetStatus();
    void sortByEveryColumn();
    void paging();
    void overdueCount();
    void resourceStatusesFollowTheRegister();

private:
    int rowCount(const QString &table) const;
    /** The ids of the latest versions that meet a search's condition @p where. */
    QStringList latestMatching(const QString &where, const QVariantList &values) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestApplicationStore::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = test::openTestDatabase(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    QVERIFY(db.ok());
    m_db = db.value();
}

int TestApplicationStore::rowCount(const QString &table) const
{
    // The server keeps the search texts in one table (store/postgres/pgschema.cpp).
    const QString name = test::onPostgres() && table == QLatin1String("search")
                             ? QStringLiteral("search_bodies")
                             : table;
    QSqlQuery q(sql::connection(*m_db));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + name) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList TestApplicationStore::latestMatching(const QString &where,
                                                 const QVariantList &values) const
{
    QSqlQuery q(sql::connection(*m_db));
    QStringList found;
    if (!run(q,
             QStringLiteral("SELECT v.app_id FROM application_versions v WHERE "
                            "v.is_latest = 1 AND %1 ORDER BY v.app_id")
                 .arg(where),
             values))
        return QStringList{QStringLiteral("error: ") + queryError(q).toString()};
    while (q.next())
        found << q.value(0).toString();
    return found;
}

void TestApplicationStore::storeAndLoadRoundTrip()
{
    const auto store = makeApplicationStore(m_db);
    const Application a =
        makeApplication(QStringLiteral("GZ-2026-0001"), 1, QStringLiteral("低空经济"),
                        QStringLiteral("低空物流航线"));
    auto added = store->store(parsed(a, "plan"));
    QVERIFY(added.ok());
    QCOMPARE(added.value(), StoreOutcome::Added);
    auto loaded = store->load(a.id, 1);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->scenario.name, a.scenario.name);
    QCOMPARE(loaded->applicant.creditCode, a.applicant.creditCode);
    QCOMPARE(loaded->resources.size(), 1);
    QCOMPARE(loaded->resources.first().fields, a.resources.first().fields);
    QCOMPARE(loaded->periodEnd, a.periodEnd);
    QCOMPARE(loaded->submittedAt, a.submittedAt);
    QCOMPARE(loaded->attachments.size(), 1);
    QCOMPARE(loaded->attachments.first().size, qint64(4));
    QCOMPARE(store->latestVersion(a.id).value(), 1);
    QCOMPARE(store->latestVersion(QStringLiteral("nope")).value(), 0);
    QVERIFY(!store->load(a.id, 2).ok());
}

void TestApplicationStore::identicalReimportIsUnchanged()
{
    const auto store = makeApplicationStore(m_db);
    QCOMPARE(store->isEmpty().value(), true);
    const auto p = parsed(makeApplication(QStringLiteral("GZ-2026-0001"), 1, QStringLiteral("物流"),
                                          QStringLiteral("城配")));
    QCOMPARE(store->store(p).value(), StoreOutcome::Added);
    QCOMPARE(store->store(p).value(), StoreOutcome::Unchanged);
    QCOMPARE(store->isEmpty().value(), false);
    QCOMPARE(rowCount(QStringLiteral("application_versions")), 1);
    QCOMPARE(rowCount(QStringLiteral("search")), 1);
}

void TestApplicationStore::sameVersionDifferentContentIsRefusedAndChangesNothing()
{
    const auto store = makeApplicationStore(m_db);
    Application a = makeApplication(QStringLiteral("GZ-2026-0001"), 1, QStringLiteral("物流"),
                                    QStringLiteral("城配"));
    QVERIFY(store->store(parsed(a)).ok());
    const int resources = rowCount(QStringLiteral("requested_resources"));
    a.scenario.name = QStringLiteral("改过的场景");
    auto refused = store->store(parsed(a, "other"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().what.contains(QLatin1String("different file")));
    QVERIFY(refused.error().where.contains(QLatin1String("GZ-2026-0001 v1")));
    QCOMPARE(rowCount(QStringLiteral("application_versions")), 1);
    QCOMPARE(rowCount(QStringLiteral("requested_resources")), resources);
    QCOMPARE(rowCount(QStringLiteral("blobs")), 0);
    QCOMPARE(store->load(a.id, 1)->scenario.name, QStringLiteral("城配"));
}

void TestApplicationStore::versionsInAnyOrder_data()
{
    QTest::addColumn<QList<int>>("order");
    QTest::newRow("1,2,3") << QList<int>{1, 2, 3};
    QTest::newRow("3,1,2") << QList<int>{3, 1, 2};
    QTest::newRow("2,3,1") << QList<int>{2, 3, 1};
}

void TestApplicationStore::versionsInAnyOrder()
{
    QFETCH(QList<int>, order);
    const auto store = makeApplicationStore(m_db);
    for (int v : order) {
        QVERIFY(store
                    ->store(parsed(makeApplication(QStringLiteral("FJ-2026-0007"), v,
                                                   QStringLiteral("医疗"),
                                                   QStringLiteral("随访 v%1").arg(v))))
                    .ok());
    }
    QCOMPARE(store->latestVersion(QStringLiteral("FJ-2026-0007")).value(), 3);
    auto latest = store->rows(InboxQuery{}, 0, 10);
    QVERIFY(latest.ok());
    QCOMPARE(latest->size(), 1);
    QCOMPARE(latest->first().version, 3);
    QCOMPARE(latest->first().scenario, QStringLiteral("随访 v3"));
    InboxQuery all;
    all.allVersions = true;
    QCOMPARE(store->count(all).value(), 3);
    // A capped count reads no further than cap + 1 rows: above the cap means "more".
    QCOMPARE(store->countUpTo(all, 1).value(), 2);
    QCOMPARE(store->countUpTo(all, 2).value(), 3);
    QCOMPARE(store->countUpTo(all, 3).value(), 3);
    QCOMPARE(store->countUpTo(all, 0).value(), 3); // 0: no cap
    QCOMPARE(store->countUpTo(InboxQuery{}, 5).value(), 1);
    const auto versions = store->versions(QStringLiteral("FJ-2026-0007")).value();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(0).version, 1);
    QCOMPARE(versions.at(2).version, 3);
}

void TestApplicationStore::missingVersionIsFlagged()
{
    const auto store = makeApplicationStore(m_db);
    for (int v : {1, 3})
        QVERIFY(store
                    ->store(parsed(makeApplication(QStringLiteral("GZH-2026-0042"), v,
                                                   QStringLiteral("文旅"), QStringLiteral("客流"))))
                    .ok());
    const auto rows = store->rows(InboxQuery{}, 0, 10).value();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().missingEarlierVersion);
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("GZH-2026-0042"), 2,
                                               QStringLiteral("文旅"), QStringLiteral("客流"))))
                .ok());
    QVERIFY(!store->rows(InboxQuery{}, 0, 10).value().first().missingEarlierVersion);
}

void TestApplicationStore::attachmentsAreStoredOnceByHash()
{
    const auto store = makeApplicationStore(m_db);
    const QByteArray plan = QByteArrayLiteral("数据开发利用方案 v1");
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("GZ-2026-0001"), 1,
                                               QStringLiteral("物流"), QStringLiteral("a")),
                               plan))
                .ok());
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("GZ-2026-0001"), 2,
                                               QStringLiteral("物流"), QStringLiteral("a")),
                               plan))
                .ok());
    QCOMPARE(rowCount(QStringLiteral("blobs")), 1);
    QCOMPARE(rowCount(QStringLiteral("attachments")), 2);
    QCOMPARE(store->attachmentContent(sha256Hex(plan)).value(), plan);
    QVERIFY(!store->attachmentContent(QString(64, QLatin1Char('0'))).ok());
}

void TestApplicationStore::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two chars 医疗")
        << QStringLiteral("医疗") << QStringList{QStringLiteral("FJ-1")};
    QTest::newRow("two chars 物流")
        << QStringLiteral("物流") << QStringList{QStringLiteral("GZ-1"), QStringLiteral("GZ-2")};
    QTest::newRow("one char 流") << QStringLiteral("流")
                                 << QStringList{QStringLiteral("GZ-1"), QStringLiteral("GZ-2"),
                                                QStringLiteral("GZH-1")};
    QTest::newRow("three chars") << QStringLiteral("冷链物") << QStringList{QStringLiteral("GZ-2")};
    QTest::newRow("long phrase") << QStringLiteral("慢性病随访提醒")
                                 << QStringList{QStringLiteral("FJ-1")};
    QTest::newRow("two terms") << QStringLiteral("物流 冷链")
                               << QStringList{QStringLiteral("GZ-2")};
    QTest::newRow("id") << QStringLiteral("gzh-1") << QStringList{QStringLiteral("GZH-1")};
    const QStringList everyApp{QStringLiteral("EN-1"), QStringLiteral("FJ-1"),
                               QStringLiteral("GZ-1"), QStringLiteral("GZ-2"),
                               QStringLiteral("GZH-1")};
    QTest::newRow("resource field") << QStringLiteral("建筑高度") << everyApp;
    QTest::newRow("none") << QStringLiteral("不存在的词") << QStringList{};
    // Short ASCII terms: folded as LIKE folds, punctuation included, in both forms.
    QTest::newRow("two chars, case")
        << QStringLiteral("Zh") << QStringList{QStringLiteral("GZH-1")};
    QTest::newRow("two chars, punctuation")
        << QStringLiteral("H-") << QStringList{QStringLiteral("GZH-1")};
    QTest::newRow("one char, lower case")
        << QStringLiteral("j") << QStringList{QStringLiteral("FJ-1")};
    QTest::newRow("two short terms")
        << QStringLiteral("链 Z-") << QStringList{QStringLiteral("GZ-2")};
    // Five characters or more: the rows of the term's rarest four characters, then its text.
    QTest::newRow("long, Chinese, rare")
        << QStringLiteral("慢性病随访") << QStringList{QStringLiteral("FJ-1")};
    QTest::newRow("long, Chinese, in every row") << QStringLiteral("智联科技有限公司") << everyApp;
    QTest::newRow("long, mixed case, punctuation")
        << QStringLiteral("logistics-HUB") << QStringList{QStringLiteral("EN-1")};
    QTest::newRow("long, upper case")
        << QStringLiteral("LOGISTICS") << QStringList{QStringLiteral("EN-1")};
    QTest::newRow("long and four characters")
        << QStringLiteral("smart port") << QStringList{QStringLiteral("EN-1")};
    QTest::newRow("long, letters and digits") << QStringLiteral("0101ma5cxk") << everyApp;
    QTest::newRow("long, punctuation and digits") << QStringLiteral("-2025-000123") << everyApp;
    QTest::newRow("long, rare part found, whole not")
        << QStringLiteral("logistics-hubs") << QStringList{};
    QTest::newRow("long and short")
        << QStringLiteral("SMART 港") << QStringList{QStringLiteral("EN-1")};
}

void TestApplicationStore::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto store = makeApplicationStore(m_db);
    const struct
    {
        const char *id, *domain, *scenario;
    } apps[] = {{"FJ-1", "医疗", "慢性病随访提醒"},
                {"GZ-1", "物流", "城市配送路径"},
                {"GZ-2", "物流", "冷链物流监测"},
                {"GZH-1", "文旅", "客流预测"},
                {"EN-1", "港口", "Smart PORT Logistics-Hub"}};
    for (const auto &app : apps)
        QVERIFY(store
                    ->store(parsed(makeApplication(QString::fromUtf8(app.id), 1,
                                                   QString::fromUtf8(app.domain),
                                                   QString::fromUtf8(app.scenario))))
                    .ok());
    InboxQuery query;
    query.search = text;
    query.sortColumn = InboxQuery::Column::Id;
    query.sortOrder = Qt::AscendingOrder;
    QStringList ids;
    for (const InboxRow &row : store->rows(query, 0, 100).value())
        ids << row.id;
    QCOMPARE(ids, expected);
    QCOMPARE(store->count(query).value(), expected.size());
    // The row-by-row form of the search (chosen for a page when the terms match a large
    // share of a big table) finds exactly what the gathering form finds.
    const sql::SearchCondition condition = sql::dialect(*m_db).search(
        sql::connection(*m_db), text.simplified().split(u' ', Qt::SkipEmptyParts), true);
    QCOMPARE(latestMatching(condition.condition, condition.values), expected);
    if (!test::onPostgres())
        QVERIFY(!condition.rowByRow.isEmpty()); // SQLite's planner cannot choose by itself
    if (!condition.rowByRow.isEmpty())
        QCOMPARE(latestMatching(condition.rowByRow, condition.rowByRowValues), expected);
    // Capped the same way whether the search alone answers it or the versions are read too.
    for (int cap : {1, 2, 10}) {
        QCOMPARE(store->countUpTo(query, cap).value(), std::min(int(expected.size()), cap + 1));
        InboxQuery received = query;
        received.statuses = {QStringLiteral("received")};
        QCOMPARE(store->countUpTo(received, cap).value(), std::min(int(expected.size()), cap + 1));
    }
}

void TestApplicationStore::searchEscapesLikeWildcards()
{
    const auto store = makeApplicationStore(m_db);
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("GZ-1"), 1, QStringLiteral("物流"),
                                               QStringLiteral("配送"))))
                .ok());
    for (const char *pattern : {"%", "_", "%%", "物%"}) {
        InboxQuery query;
        query.search = QString::fromUtf8(pattern);
        QCOMPARE(store->count(query).value(), 0);
    }
}

// The inbox lists each application's latest version: a term found only in an earlier one
// finds nothing, in every form of every term length (the forms that join the versions leave
// this to v.is_latest = 1, the counts of the full-text table alone to its latest mark).
void TestApplicationStore::searchFindsLatestVersionsOnly()
{
    const auto store = makeApplicationStore(m_db);
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("GZ-1"), 1, QStringLiteral("物流"),
                                               QStringLiteral("旧版冷链监测"))))
                .ok());
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("GZ-1"), 2, QStringLiteral("交通"),
                                               QStringLiteral("新版路径规划"))))
                .ok());
    for (const char *term : {"旧", "旧版", "冷链监", "旧版冷链监测", "旧版 冷链监测"}) {
        InboxQuery query;
        query.search = QString::fromUtf8(term);
        QVERIFY2(store->rows(query, 0, 10).value().isEmpty(), term);
        QCOMPARE(store->count(query).value(), 0);
        QCOMPARE(store->countUpTo(query, 5).value(), 0);
        const sql::SearchCondition condition =
            sql::dialect(*m_db).search(sql::connection(*m_db), query.search.split(u' '), true);
        QCOMPARE(latestMatching(condition.condition, condition.values), QStringList());
        if (!condition.rowByRow.isEmpty())
            QCOMPARE(latestMatching(condition.rowByRow, condition.rowByRowValues), QStringList());
        query.allVersions = true;
        const auto rows = store->rows(query, 0, 10).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().version, 1);
        QCOMPARE(store->countUpTo(query, 5).value(), 1);
    }
    InboxQuery latest;
    latest.search = QStringLiteral("新版路径规划");
    QCOMPARE(store->count(latest).value(), 1);
}

// SQLite remembers a long term's rarest part for a while: rows stored since are found all
// the same, since the part only narrows the rows whose text is then checked.
void TestApplicationStore::searchAfterNewRowsWithARememberedTerm()
{
    const auto store = makeApplicationStore(m_db);
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("FJ-1"), 1, QStringLiteral("医疗"),
                                               QStringLiteral("慢性病随访提醒"))))
                .ok());
    InboxQuery query;
    query.search = QStringLiteral("慢性病随访");
    QCOMPARE(store->count(query).value(), 1);
    QCOMPARE(store->rows(query, 0, 10).value().size(), 1);
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("FJ-2"), 1, QStringLiteral("医疗"),
                                               QStringLiteral("老年慢性病随访"))))
                .ok());
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("FJ-3"), 1, QStringLiteral("医疗"),
                                               QStringLiteral("慢性病随诊"))))
                .ok());
    QCOMPARE(store->count(query).value(), 2);
    QCOMPARE(store->countUpTo(query, 1).value(), 2);
    QStringList ids;
    for (const InboxRow &row : store->rows(query, 0, 10).value())
        ids << row.id;
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("FJ-1"), QStringLiteral("FJ-2")}));
}

void TestApplicationStore::statusFilterAndSetStatus()
{
    const auto store = makeApplicationStore(m_db);
    for (int v : {1, 2})
        QVERIFY(store
                    ->store(parsed(makeApplication(QStringLiteral("GZ-1"), v,
                                                   QStringLiteral("物流"), QStringLiteral("x"))))
                    .ok());
    QVERIFY(
        store->setStatus(QStringLiteral("GZ-1"), 1, CaseStatus::Returned, Decision::Returned).ok());
    QVERIFY(
        !store->setStatus(QStringLiteral("GZ-1"), 9, CaseStatus::Returned, Decision::None).ok());
    InboxQuery returned;
    returned.statuses = {QStringLiteral("returned")};
    QCOMPARE(store->count(returned).value(), 0); // the inbox shows the latest version only
    returned.allVersions = true;
    QCOMPARE(store->count(returned).value(), 1);
    const auto versions = store->versions(QStringLiteral("GZ-1")).value();
    QCOMPARE(versions.at(0).status, CaseStatus::Returned);
    QCOMPARE(versions.at(0).decision, Decision::Returned);
    QCOMPARE(versions.at(1).status, CaseStatus::Received);
}

void TestApplicationStore::sortByEveryColumn()
{
    const auto store = makeApplicationStore(m_db);
    const char *scenarios[] = {"乙场景", "甲场景", "丙场景"};
    for (int i = 0; i < 3; ++i)
        QVERIFY(store
                    ->store(parsed(makeApplication(QStringLiteral("ID-%1").arg(i), i + 1,
                                                   QStringLiteral("物流"),
                                                   QString::fromUtf8(scenarios[i]))))
                    .ok());
    for (int c = 0; c <= int(InboxQuery::Column::Resources); ++c) {
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            InboxQuery query;
            query.sortColumn = InboxQuery::Column(c);
            query.sortOrder = order;
            auto rows = store->rows(query, 0, 10);
            QVERIFY2(rows.ok(), qPrintable(QString::number(c)));
            QCOMPARE(rows->size(), 3);
        }
    }
    InboxQuery byVersion;
    byVersion.sortColumn = InboxQuery::Column::Version;
    byVersion.sortOrder = Qt::DescendingOrder;
    QCOMPARE(store->rows(byVersion, 0, 10)->first().version, 3);
    InboxQuery byScenario;
    byScenario.sortColumn = InboxQuery::Column::Scenario;
    byScenario.sortOrder = Qt::AscendingOrder;
    // Unicode order: 丙 (U+4E19) < 乙 (U+4E59) < 甲 (U+7532)
    QCOMPARE(store->rows(byScenario, 0, 10)->first().scenario, QStringLiteral("丙场景"));
}

void TestApplicationStore::paging()
{
    const auto store = makeApplicationStore(m_db);
    for (int i = 0; i < 25; ++i)
        QVERIFY(store
                    ->store(parsed(
                        makeApplication(QStringLiteral("P-%1").arg(i, 3, 10, QLatin1Char('0')), 1,
                                        QStringLiteral("物流"), QStringLiteral("x"))))
                    .ok());
    InboxQuery query;
    query.sortColumn = InboxQuery::Column::Id;
    query.sortOrder = Qt::AscendingOrder;
    QStringList seen;
    for (int offset = 0; offset < 25; offset += 10) {
        for (const InboxRow &row : store->rows(query, offset, 10).value())
            seen << row.id;
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(seen.first(), QStringLiteral("P-000"));
    QCOMPARE(seen.last(), QStringLiteral("P-024"));
    QCOMPARE(seen.removeDuplicates(), 0);
}

void TestApplicationStore::overdueCount()
{
    const auto store = makeApplicationStore(m_db);
    Application a =
        makeApplication(QStringLiteral("A-1"), 1, QStringLiteral("物流"), QStringLiteral("x"));
    a.deadline = QDate(2026, 4, 1);
    QVERIFY(store->store(parsed(a)).ok());
    Application b =
        makeApplication(QStringLiteral("B-1"), 1, QStringLiteral("物流"), QStringLiteral("y"));
    b.deadline = QDate();
    QVERIFY(store->store(parsed(b)).ok());
    QCOMPARE(store->overdueCount(InboxQuery{}, QDate(2026, 4, 1)).value(), 0); // due today
    QCOMPARE(store->overdueCount(InboxQuery{}, QDate(2026, 4, 2)).value(), 1);
    QVERIFY(store->rows(InboxQuery{}, 0, 10).value().constFirst().id == QLatin1String("A-1") ||
            store->rows(InboxQuery{}, 0, 10).value().constLast().id == QLatin1String("A-1"));
    QVERIFY(
        store->setStatus(QStringLiteral("A-1"), 1, CaseStatus::Decided, Decision::Approved).ok());
    QCOMPARE(store->overdueCount(InboxQuery{}, QDate(2026, 4, 2)).value(),
             0); // decided: not overdue
}

void TestApplicationStore::resourceStatusesFollowTheRegister()
{
    const auto store = makeApplicationStore(m_db);
    Application a = makeApplication(QStringLiteral("GZH-2026-0042"), 1, QStringLiteral("文旅"),
                                    QStringLiteral("客流"));
    RequestedResource unregistered = a.resources.first();
    unregistered.name = QStringLiteral("住宿登记汇总");
    unregistered.registrationCode.clear();
    RequestedResource cancelled = a.resources.first();
    cancelled.registrationCode = QStringLiteral("GZH-520000-2024-000317");
    RequestedResource unknown = a.resources.first();
    unknown.registrationCode = QStringLiteral("NOT-IN-REGISTER");
    a.resources << unregistered << cancelled << unknown;
    QVERIFY(store->store(parsed(a)).ok());

    RegisterFile file;
    file.source = QStringLiteral("test");
    file.resources << registered(QStringLiteral("GD-440100-2025-000123"),
                                 RegistrationStatus::Active)
                   << registered(QStringLiteral("GZH-520000-2024-000317"),
                                 RegistrationStatus::Cancelled);
    QVERIFY(makeRegisterStore(m_db)->importFile(file).ok());

    const auto statuses = store->resourceStatuses(a.id, 1).value();
    QCOMPARE(statuses.size(), 4);
    QCOMPARE(statuses.at(0).status, RegistrationStatus::Active);
    QCOMPARE(statuses.at(1).status, RegistrationStatus::Unregistered);
    QCOMPARE(statuses.at(2).status, RegistrationStatus::Cancelled);
    QCOMPARE(statuses.at(3).status, RegistrationStatus::Unregistered);
    const InboxRow row = store->rows(InboxQuery{}, 0, 1).value().first();
    QCOMPARE(row.resourceCount, 4);
    QCOMPARE(row.unregisteredCount, 2);
    QCOMPARE(row.cancelledCount, 1);
}

QTEST_GUILESS_MAIN(TestApplicationStore)
#include "tst_applicationstore.moc"
