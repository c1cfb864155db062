// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "core/jsonreader.h"

#include "pricing/feerules.h"
#include "pricing/rulelibrary.h"

using namespace gd;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(GRANTDESK_TEST_DATA "/") + relative;
}

} // namespace

class TestFeeRules final : public QObject
{
    Q_OBJECT

private slots:
    void examplesParse();
    void builtInFilesParse();
    void invalidFiles_data();
    void invalidFiles();
    void everyBadFileIsCovered();
    void libraryImportsAndPicks();
};

void TestFeeRules::examplesParse()
{
    const auto gz = parseFeeRulesFile(dataPath(QStringLiteral("examples/fee-rules-gz.json")));
    QVERIFY2(gz.rules, gz.errors.isEmpty() ? "" : qPrintable(gz.errors.first().toString()));
    QCOMPARE(gz.rules->version, QStringLiteral("GZ-2026.1"));
    QCOMPARE(gz.rules->region, QStringLiteral("广州市"));
    QCOMPARE(gz.rules->stacking, FeeStacking::Multiply);
    QCOMPARE(gz.rules->effectiveFrom, QDate(2026, 1, 1));
    QCOMPARE(gz.rules->effectiveTo, QDate(2028, 12, 31));
    QCOMPARE(gz.rules->maxTermMonths, 60);
    QCOMPARE(gz.rules->discounts.size(), 2);
    QCOMPARE(gz.rules->discounts.at(0).percent.toString(), QStringLiteral("30"));
    const FeeProduct *p = gz.rules->product(QStringLiteral("GZ-LOWALT-RISK-API"));
    QVERIFY(p);
    QCOMPARE(p->tiers.size(), 3);
    QCOMPARE(p->tiers.at(1).upTo, std::optional<quint64>(1000000));
    QVERIFY(!p->tiers.at(2).upTo);
    QCOMPARE(p->tiers.at(2).price.toString(2), QStringLiteral("0.30"));
    const FeeOperator *op = gz.rules->findOperator(QStringLiteral("91440101MA5CXK7Q9R"));
    QVERIFY(op);
    QCOMPARE(op->maxAllowedRevenue.toJsonString(), QStringLiteral("5000000.00"));

    const auto gzh = parseFeeRulesFile(dataPath(QStringLiteral("examples/fee-rules-gzh.json")));
    QVERIFY(gzh.rules);
    QVERIFY(gzh.rules->trial);
    QCOMPARE(gzh.rules->stacking, FeeStacking::Best);
    QCOMPARE(gzh.rules->product(QStringLiteral("GZ-TOUR-FLOW-FORECAST"))->fixedFee.toJsonString(),
             QStringLiteral("2000.00"));

    const auto t1 = parseFeeRulesFile(dataPath(QStringLiteral("feerules/good/test-rules.json")));
    QVERIFY(t1.rules);
    // fixedFee is optional and defaults to zero.
    QVERIFY(t1.rules->product(QStringLiteral("P-TIE"))->fixedFee.isZero());
}

void TestFeeRules::builtInFilesParse()
{
    const QStringList names = QDir(QStringLiteral(":/rules")).entryList({QStringLiteral("*.json")});
    QVERIFY(names.size() >= 4);
    for (const QString &name : names) {
        const auto outcome = parseFeeRulesFile(QStringLiteral(":/rules/") + name);
        QVERIFY2(outcome.rules,
                 qPrintable(outcome.errors.isEmpty() ? name : outcome.errors.first().toString()));
    }
}

void TestFeeRules::invalidFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path"); // JSON path after "FILE: "; empty = the file itself
    QTest::addColumn<QString>("what");
    auto row = [](const char *file, const char *path, const char *what) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(path)
                            << QString::fromLatin1(what);
    };
    row("price-above-cap.json", "products[0].tiers[1].price",
        "price 0.5001 is above the product's capPrice 0.50");
    row("bands-not-increasing.json", "products[0].tiers[1].upTo",
        "bands must be strictly increasing: 100000 is not above the previous band's 100000");
    row("no-open-band.json", "products[0].tiers", "the last band must be open (upTo: null)");
    row("open-band-not-last.json", "products[0].tiers[0].upTo",
        "only the last band may be open (upTo: null)");
    row("effective-reversed.json", "effective.to",
        "2025-12-31 is before effective.from 2026-01-01");
    row("negative-money.json", "operators[0].revenueToDate", "negative amount \"-10.00\" refused");
    row("malformed-money.json", "products[0].capPrice",
        "expected a decimal string such as \"12.50\", not \"0,50\"");
    row("money-as-number.json", "products[0].fixedFee",
        "expected a decimal string such as \"12.50\", not a number");
    row("five-decimals.json", "products[0].tiers[0].price",
        "more than 4 decimal places in \"0.50001\"");
    row("percent-over-100.json", "discounts[0].percent",
        "percent must be between 0 and 100, not 100.5");
    row("percent-negative.json", "discounts[1].percent",
        "percent must be between 0 and 100, not -5");
    row("unknown-stacking.json", "stacking", "must be one of multiply, best");
    row("unknown-format.json", "format",
        "must be 'grantdesk.fee-rules/1', not 'grantdesk.fee-rules/2'");
    row("unknown-field.json", "products[0]", "unknown field 'discountCap'");
    row("wrong-type.json", "maxTermMonths", "expected an integer, not a string");
    row("unknown-discount-flag.json", "discounts[0].when",
        "must be one of priorityScenario, smallBusiness");
    row("duplicate-product.json", "products[1].id", "duplicate product id GZ-LOWALT-RISK-API");
    row("missing-products.json", "products", "required field missing");
    row("tiers-not-array.json", "products[0].tiers", "expected an array, not an object");
    row("malformed-json.json", "", "malformed JSON at line 2");
}

void TestFeeRules::invalidFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, what);
    const auto outcome = parseFeeRulesFile(dataPath(QStringLiteral("feerules/bad/") + file), file);
    QVERIFY(!outcome.rules);
    QVERIFY(!outcome.errors.isEmpty());
    const QString where = path.isEmpty() ? file : file + QStringLiteral(": ") + path;
    QStringList all;
    bool found = false;
    for (const Error &e : outcome.errors) {
        all << e.toString();
        found = found || (e.where == where && e.what.startsWith(what));
    }
    QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1: %2\", got:\n").arg(where, what) +
                               all.join(QLatin1Char('\n'))));
    // A single mistake gives a single error: nothing cascades.
    QCOMPARE(outcome.errors.size(), 1);
}

void TestFeeRules::everyBadFileIsCovered()
{
    const QStringList files = QDir(dataPath(QStringLiteral("feerules/bad")))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() >= 10);
    for (const QString &file : files) {
        const auto outcome = parseFeeRulesFile(dataPath(QStringLiteral("feerules/bad/") + file));
        QVERIFY2(!outcome.rules, qPrintable(file));
    }
}

void TestFeeRules::libraryImportsAndPicks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RuleLibrary library(dir.path());
    const int builtIn = int(library.entries().size());
    QVERIFY(builtIn >= 4);

    const auto refused =
        library.importFile(dataPath(QStringLiteral("feerules/bad/no-open-band.json")));
    QVERIFY(!refused.entry);
    QVERIFY(!refused.errors.isEmpty());
    QVERIFY(refused.errors.first().where.endsWith(
        QStringLiteral("no-open-band.json: products[0].tiers")));
    QCOMPARE(library.entries().size(), builtIn);
    // A folder or a file far larger than any rule file is refused by name, unread.
    const auto folder = library.importFile(dir.path());
    QVERIFY(!folder.entry);
    QVERIFY2(folder.errors.first().toString().contains(QLatin1String("folder")),
             qPrintable(folder.errors.first().toString()));
    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(kMaxJsonFileBytes + 1));
    }
    const auto tooLarge = library.importFile(huge);
    QVERIFY(!tooLarge.entry);
    QVERIFY2(tooLarge.errors.first().toString().contains(QLatin1String("larger than")),
             qPrintable(tooLarge.errors.first().toString()));
    QCOMPARE(library.entries().size(), builtIn);

    const auto imported =
        library.importFile(dataPath(QStringLiteral("feerules/good/test-rules.json")));
    QVERIFY(imported.entry);
    QVERIFY(!imported.entry->builtIn);
    QVERIFY(QFile::exists(imported.entry->path));
    QCOMPARE(library.entries().size(), builtIn + 1);
    QVERIFY(library.byVersion(QStringLiteral("T-1")));
    // Importing the same version again replaces it.
    QVERIFY(library.importFile(dataPath(QStringLiteral("feerules/good/test-rules.json"))).entry);
    QCOMPARE(library.entries().size(), builtIn + 1);

    const auto fj = library.pickFor(QStringLiteral("FJ-GREEN-SANDBOX"), QDate(2026, 11, 26));
    QVERIFY(fj);
    QCOMPARE(fj->rules.version, QStringLiteral("FJ-2026.1.1"));
    // Held by GZ-2026.1 and GZ-2026.2: the newest one in effect.
    const auto lowalt = library.pickFor(QStringLiteral("GZ-LOWALT-RISK-API"), QDate(2026, 11, 26));
    QCOMPARE(lowalt->rules.version, QStringLiteral("GZ-2026.2.1"));
    const auto early = library.pickFor(QStringLiteral("GZ-LOWALT-RISK-API"), QDate(2026, 3, 1));
    QCOMPARE(early->rules.version, QStringLiteral("GZ-2026.1.1"));
    QCOMPARE(library.pickFor(QStringLiteral("GZ-TOUR-FLOW-FORECAST"))->rules.version,
             QStringLiteral("GZH-2026.T1.1"));
    QCOMPARE(library.pickFor(QStringLiteral("P-BANDS"))->rules.version, QStringLiteral("T-1"));
    // Unknown product: a file of the same region prefix, else nothing.
    QCOMPARE(library.pickFor(QStringLiteral("FJ-UNKNOWN"))->rules.version.left(3),
             QStringLiteral("FJ-"));
    QVERIFY(!library.pickFor(QStringLiteral("ZZ-NOTHING")));

    // By the implementing body's region (issue 18): the file in effect on the day, else the
    // newest of that region; none for a body of a region without a file, or no body.
    const QString gzBody = QStringLiteral("广州市政务服务和数据管理局");
    QCOMPARE(library.pickForRegionOf(gzBody, QDate(2026, 11, 26))->rules.version,
             QStringLiteral("GZ-2026.2.1"));
    QCOMPARE(library.pickForRegionOf(gzBody, QDate(2026, 3, 1))->rules.version,
             QStringLiteral("GZ-2026.1.1"));
    QCOMPARE(library.pickForRegionOf(gzBody, QDate(2035, 1, 1))->rules.version,
             QStringLiteral("GZ-2026.2.1"));
    QCOMPARE(library.pickForRegionOf(QStringLiteral("贵州省大数据发展管理局"), QDate(2026, 11, 26))
                 ->rules.version,
             QStringLiteral("GZH-2026.T1.1"));
    QCOMPARE(library.pickForRegionOf(QStringLiteral("福建省卫生健康委员会"))->rules.region,
             QStringLiteral("福建省"));
    QVERIFY(!library.pickForRegionOf(QStringLiteral("上海市数据局")));
    QVERIFY(!library.pickForRegionOf(QString()));
}

QTEST_GUILESS_MAIN(TestFeeRules)
#include "tst_feerules.moc"
