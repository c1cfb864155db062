// SPDX-License-Identifier: GPL-3.0-or-later
// What only the embedded database does with a search: the trigram index's folding and its
// rarest piece. The office server folds ASCII letters only (docs/storage.md) and has its own
// checks; this suite is not repeated on it.
#include <tuple>

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

class TestSqliteSearch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void searchFoldsAsTheTrigramIndex_data();
    void searchFoldsAsTheTrigramIndex();
    void foldsAsLowerKnowsEveryTrigramFolding();
    void rarestSubstringHonoursItsCap();
    void anIdStoredAfterASearchIsFound();
    void manyIdsAreCheckedOneByOne();

private:
    QStringList searched(const QString &text) const;
    QStringList searchedRowByRow(const QString &text) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestSqliteSearch::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = test::openTestDatabase(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    m_db = db.value();
    QVERIFY(!test::onPostgres()); // built for the embedded database only
}

QStringList TestSqliteSearch::searched(const QString &text) const
{
    InboxQuery query;
    query.search = text;
    query.sortColumn = InboxQuery::Column::Id;
    query.sortOrder = Qt::AscendingOrder;
    QStringList ids;
    for (const InboxRow &row : makeApplicationStore(m_db)->rows(query, 0, 100).value())
        ids << row.id;
    return ids;
}

// What FTS5 itself finds: the row-by-row form, one full-text lookup per row for a term of
// three or more characters.
QStringList TestSqliteSearch::searchedRowByRow(const QString &text) const
{
    const sql::SearchCondition condition = sql::dialect(*m_db).search(
        sql::connection(*m_db), text.split(u' ', Qt::SkipEmptyParts), true);
    QSqlQuery q(sql::connection(*m_db));
    QStringList found;
    if (!run(q,
             QStringLiteral("SELECT v.app_id FROM application_versions v WHERE v.is_latest = 1 "
                            "AND %1 ORDER BY v.app_id")
                 .arg(condition.rowByRow),
             condition.rowByRowValues))
        return {QStringLiteral("error: ") + queryError(q).toString()};
    while (q.next())
        found << q.value(0).toString();
    return found;
}

void TestSqliteSearch::searchFoldsAsTheTrigramIndex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList cafe{QStringLiteral("EN-2")};
    const QStringList kelvin{QStringLiteral("EN-3")};
    // The trigram index folds letters beyond ASCII: those terms keep its phrase.
    QTest::newRow("é, long") << QStringLiteral("café terrace") << cafe;
    QTest::newRow("É, long") << QStringLiteral("CAFÉ-bar") << cafe;
    QTest::newRow("é, five") << QStringLiteral("cafÉs") << QStringList{};
    // It folds the Kelvin sign and the long s to ASCII: the text check does too.
    QTest::newRow("kelvin") << QStringLiteral("kelvin") << kelvin;
    QTest::newRow("KELVIN") << QStringLiteral("KELVIN") << kelvin;
    QTest::newRow("scale") << QStringLiteral("scales") << kelvin;
    QTest::newRow("long s in the term") << QStringLiteral("ſcales") << kelvin;
    // One or two characters: the grams fold ASCII letters only.
    QTest::newRow("é, one") << QStringLiteral("é") << QStringList{};
    QTest::newRow("É, one") << QStringLiteral("É") << cafe;
    // The ids, kept apart from the text (search_ids), fold as the trigram index would.
    const QStringList ks{QStringLiteral("KS-2026-0001")};
    QTest::newRow("id, lower case") << QStringLiteral("ks-2026") << ks;
    QTest::newRow("id, Kelvin sign") << QStringLiteral("\u212AS-2026") << ks;
    QTest::newRow("id, long s") << QStringLiteral("kſ-2026-0001") << ks;
    QTest::newRow("id, both, whole") << QStringLiteral("\u212Aſ-2026-0001") << ks;
    QTest::newRow("ids, three") << QStringLiteral("en-") << QStringList{cafe + kelvin};
    QTest::newRow("id and text") << QStringLiteral("EN- CAFÉ") << cafe;
    QTest::newRow("id, é") << QStringLiteral("ÉN-2") << QStringList{};
}

void TestSqliteSearch::searchFoldsAsTheTrigramIndex()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto store = makeApplicationStore(m_db);
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("EN-2"), 1, QStringLiteral("餐饮"),
                                               QStringLiteral("CAFÉ-bar Terrace"))))
                .ok());
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("EN-3"), 1, QStringLiteral("计量"),
                                               QStringLiteral("\u212Aelvin ſcales"))))
                .ok());
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("KS-2026-0001"), 1,
                                               QStringLiteral("其他"), QStringLiteral("普通文本"))))
                .ok());
    QCOMPARE(searched(text), expected);
    if (text.size() >= 3)
        QCOMPARE(searchedRowByRow(text), expected);
}

// Every character the trigram tokenizer folds, or folds another to, is one foldsAsLower()
// refuses: asked of SQLite's own tokenizer, for every code point with a case in Unicode.
void TestSqliteSearch::foldsAsLowerKnowsEveryTrigramFolding()
{
    QSqlQuery q(sql::connection(*m_db));
    QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.folds USING fts5(body, "
                                  "tokenize='trigram')")));
    QVERIFY(q.exec(QStringLiteral(
        "WITH RECURSIVE c(x) AS (SELECT 128 UNION ALL SELECT x + 1 FROM c WHERE x < 196607) "
        "INSERT INTO temp.folds (rowid, body) SELECT x, char(x, x, x) FROM c "
        "WHERE x NOT BETWEEN 55296 AND 57343")));
    QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.folded USING fts5vocab(temp, folds, "
                                  "'instance')")));
    QVERIFY(q.exec(QStringLiteral("SELECT doc, unicode(term) FROM temp.folded "
                                  "WHERE unicode(term) <> doc")));
    int folds = 0;
    while (q.next()) {
        ++folds;
        for (const char32_t c : {char32_t(q.value(0).toUInt()), char32_t(q.value(1).toUInt())}) {
            if (c >= 0x80)
                QVERIFY2(!sqlite::foldsAsLower(QString::fromUcs4(&c, 1)),
                         qPrintable(QString::number(uint(c), 16)));
        }
    }
    QVERIFY(folds > 1000); // Latin, Greek, Cyrillic, …: the tokenizer did fold
    QVERIFY(sqlite::foldsAsLower(QStringLiteral("科技有限公司 BENCH-00099")));
    QVERIFY(!sqlite::foldsAsLower(QStringLiteral("café")));
}

void TestSqliteSearch::rarestSubstringHonoursItsCap()
{
    const auto store = makeApplicationStore(m_db);
    for (const char *id : {"GZ-1", "GZ-2"})
        QVERIFY(
            store
                ->store(parsed(makeApplication(QString::fromUtf8(id), 1, QStringLiteral("物流"),
                                               QString::fromUtf8(id) + QStringLiteral("冷链监测"))))
                .ok());
    const QSqlDatabase db = sql::connection(*m_db);
    // "GZ-2冷" is in one row, every other four characters in both.
    QCOMPARE(sqlite::rarestSubstring(db, QStringLiteral("GZ-2冷链监测"), 2),
             QStringLiteral("GZ-2"));
    QCOMPARE(sqlite::rarestSubstring(db, QStringLiteral("gz-2冷链监测"), 1),
             QStringLiteral("gz-2"));
    QCOMPARE(sqlite::rarestSubstring(db, QStringLiteral("冷链监测"), 1), QString());
    QCOMPARE(sqlite::rarestSubstring(db, QStringLiteral("冷链监测"), 2),
             QStringLiteral("冷链监测"));
    QCOMPARE(sqlite::rarestSubstring(db, QStringLiteral("不存在的词语"), 0),
             QStringLiteral("不存在的"));
}

// A term in no id is searched in the text alone; that answer is not remembered, so that an
// application stored right after is found by its id (a remembered count of its ids would
// leave it out for half a minute).
void TestSqliteSearch::anIdStoredAfterASearchIsFound()
{
    const auto store = makeApplicationStore(m_db);
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("GZ-2026-0001"), 1,
                                               QStringLiteral("交通"), QStringLiteral("普通文本"))))
                .ok());
    for (const QString &term : {QStringLiteral("ZX-2027"), QStringLiteral("zx-2027-0001")})
        QCOMPARE(searched(term), QStringList{});
    QVERIFY(store
                ->store(parsed(makeApplication(QStringLiteral("ZX-2027-0001"), 1,
                                               QStringLiteral("交通"), QStringLiteral("普通文本"))))
                .ok());
    for (const QString &term : {QStringLiteral("ZX-2027"), QStringLiteral("zx-2027-0001")}) {
        QCOMPARE(searched(term), QStringList{QStringLiteral("ZX-2027-0001")});
        QCOMPARE(searchedRowByRow(term), QStringList{QStringLiteral("ZX-2027-0001")});
    }
}

/**
 * A term in the ids of more than 20,000 applications is found by checking each version's id
 * rather than by gathering their versions, with no row-by-row form: the same rows. search_ids
 * is given 20,001 more suffixes of applications that have no version (which find nothing
 * either way); one application holds such a term in its text only.
 */
void TestSqliteSearch::manyIdsAreCheckedOneByOne()
{
    const auto store = makeApplicationStore(m_db);
    for (const auto &[id, domain, scenario] :
         {std::tuple{QStringLiteral("GZ-2026-0001"), QStringLiteral("交通"),
                     QStringLiteral("低空物流")},
          std::tuple{QStringLiteral("GZ-2026-0002"), QStringLiteral("医疗"),
                     QStringLiteral("医保结算")},
          std::tuple{QStringLiteral("FJ-2026-0007"), QStringLiteral("医疗"),
                     QStringLiteral("慢性病管理")},
          std::tuple{QStringLiteral("SZ-2027-0003"), QStringLiteral("交通"),
                     QStringLiteral("参照GZ-2026-0001的航线")}})
        QVERIFY(store->store(parsed(makeApplication(id, 1, domain, scenario))).ok());
    QSqlQuery q(sql::connection(*m_db));
    for (const QString &prefix : {QStringLiteral("gz-2026-"), QStringLiteral("fj-2026-")}) {
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                      "FROM n WHERE i <= 20000) INSERT INTO search_ids (suffix, "
                                      "app_id) SELECT '%1-x' || i, 'NONE-' || i FROM n")
                           .arg(prefix)));
    }
    const QStringList gz{QStringLiteral("GZ-2026-0001"), QStringLiteral("GZ-2026-0002"),
                         QStringLiteral("SZ-2027-0003")};
    const QList<std::pair<QString, QStringList>> cases{
        {QStringLiteral("GZ-202"), gz},
        {QStringLiteral("gz-2026-"), gz},
        {QStringLiteral("FJ-202"), {QStringLiteral("FJ-2026-0007")}},
        {QStringLiteral("fj-2026- 医疗"), {QStringLiteral("FJ-2026-0007")}},
        {QStringLiteral("GZ-202 物流"), {QStringLiteral("GZ-2026-0001")}},
        {QStringLiteral("GZ-202 航线"), {QStringLiteral("SZ-2027-0003")}}};
    for (const auto &[term, expected] : cases) {
        const sql::SearchCondition search = sql::dialect(*m_db).search(
            sql::connection(*m_db), term.split(u' ', Qt::SkipEmptyParts), true);
        QVERIFY2(search.condition.contains(QLatin1String("instr(lower(v.app_id)")),
                 qPrintable(search.condition));
        QVERIFY(search.rowByRow.isEmpty()); // the condition checks each version's id itself
        QCOMPARE(searched(term), expected);
        InboxQuery query;
        query.search = term;
        const auto count = store->count(query);
        QVERIFY(count.ok());
        QCOMPARE(count.value(), int(expected.size()));
    }
}

QTEST_GUILESS_MAIN(TestSqliteSearch)
#include "tst_sqlitesearch.moc"
