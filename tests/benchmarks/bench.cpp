// SPDX-License-Identifier: GPL-3.0-or-later
// grantdesk-bench: measures the targets of CONTRIBUTING.md on a generated data set.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QProcess>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include "core/hashing.h"
#include "demo/demodata.h"
#include "domain/applicationjson.h"
#include "importer/importer.h"
#include "itemmodels/inboxmodel.h"
#include "services/inboxcounter.h"
#include "package/crypto.h"
#include "package/keystore.h"
#include "package/package.h"
#include "package/reviewexport.h"
#include "report/reviewrecord.h"
#include "review/reviewdocument.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/repositories.h"
#include "services/desk.h"

using namespace gd;

namespace {

const char *const kDomains[] = {"低空经济", "物流", "医药器械", "绿色低碳", "医疗",
                                "文旅",     "住建", "交通",     "金融"};
const char *const kWords[] = {"客流", "预测", "监测", "预警", "随访", "配送", "航线", "风险",
                              "评估", "碳排", "核算", "信用", "画像", "追溯", "调度", "优化",
                              "公益", "服务", "数据", "分析", "平台", "城市", "山区", "港口"};
const char *const kModes[] = {"whole", "domain", "scenario"};
const char *const kUses[] = {"public_governance", "public_welfare", "industry", "sector"};

QString pick(const char *const *list, int n, QRandomGenerator &rng)
{
    return QString::fromUtf8(list[rng.bounded(n)]);
}

Application generate(int i, QRandomGenerator &rng)
{
    Application a;
    a.id = QStringLiteral("BENCH-%1").arg(i, 6, 10, QLatin1Char('0'));
    a.version = 1;
    a.submittedAt = QDateTime(QDate(2026, 1, 1).addDays(rng.bounded(300)), QTime(9, 30), Qt::UTC);
    if (rng.bounded(3) > 0)
        a.deadline = a.submittedAt.date().addDays(30);
    a.applicant.name = pick(kWords, 24, rng) + pick(kWords, 24, rng) +
                       QStringLiteral("科技有限公司%1").arg(i % 5000);
    a.applicant.creditCode = QStringLiteral("91440101MA5CXK7Q9R");
    a.applicant.role = QStringLiteral("operator");
    a.applicant.contact = {QStringLiteral("联系人"), QStringLiteral("020-8888 1234"), {}};
    a.scenario.domain = pick(kDomains, 9, rng);
    a.scenario.name =
        a.scenario.domain + pick(kWords, 24, rng) + pick(kWords, 24, rng) + pick(kWords, 24, rng);
    a.scenario.description =
        QStringLiteral("基于%1数据提供%2与%3服务，原始数据不出域。")
            .arg(pick(kWords, 24, rng), pick(kWords, 24, rng), pick(kWords, 24, rng));
    a.authorization.mode = pick(kModes, 3, rng);
    a.useClass = pick(kUses, 4, rng);
    for (int r = 0; r < 3; ++r) {
        RequestedResource res;
        res.name = pick(kWords, 24, rng) + pick(kWords, 24, rng) + QStringLiteral("数据");
        res.registrationCode =
            QStringLiteral("GD-440100-2025-%1").arg(rng.bounded(1000000), 6, 10, QLatin1Char('0'));
        res.provider = QStringLiteral("某市%1局").arg(pick(kWords, 24, rng));
        res.fields = {pick(kWords, 24, rng), pick(kWords, 24, rng)};
        res.delivery = QStringLiteral("api");
        res.justification = QStringLiteral("必需");
        a.resources << res;
    }
    a.security.mlpsLevel = 3;
    a.security.emergencyPlan = true;
    a.periodStart = QDate(2026, 6, 1);
    a.periodEnd = QDate(2028, 5, 31);
    return a;
}

ParsedApplication wrap(const Application &a)
{
    ParsedApplication p;
    p.application = a;
    p.sourceJson = QJsonDocument(applicationToJson(a)).toJson(QJsonDocument::Compact);
    p.contentSha256 = QString::fromLatin1(
        QCryptographicHash::hash(p.sourceJson, QCryptographicHash::Sha256).toHex());
    return p;
}

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size())));
    };
    return {at(0.5), at(0.95), ms.last()};
}

void report(const char *what, double value, const char *unit, const char *target)
{
    std::printf("%-48s %10.2f %-3s (target %s)\n", what, value, unit, target);
}

/**
 * Generates @p count applications into @p path unless it holds some: a file when missing, an
 * office server's database (postgresql://…, see scripts/bench-server.sh) when it holds no
 * applications yet. Through the store's own store(), as an import stores a file, but 10,000 to
 * a transaction: one commit per application made 1,000,000 take hours on the server.
 */
int generateSet(const QString &path, int count)
{
    if (!Database::isServerLocator(path) && QFile::exists(path))
        return 0;
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    const auto store = makeApplicationStore(db.value());
    if (const auto empty = store->isEmpty(); !empty || !*empty)
        return 0; // the data set is there already
    constexpr int kBatch = 10000;
    QRandomGenerator rng(42);
    QElapsedTimer t;
    t.start();
    for (int from = 0; from < count; from += kBatch) {
        Transaction batch(*db.value());
        for (int i = from; i < std::min(count, from + kBatch); ++i) {
            if (auto r = store->store(wrap(generate(i, rng))); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                return 1;
            }
        }
        if (auto committed = batch.commit(); !committed) {
            std::fprintf(stderr, "%s\n", qPrintable(committed.error().toString()));
            return 1;
        }
        if ((from + kBatch) % 100000 == 0 && from + kBatch < count) {
            std::printf("  generated %d in %.1f s\n", from + kBatch, t.elapsed() / 1000.0);
            std::fflush(stdout);
        }
    }
    std::printf("generated %d applications in %.1f s\n", count, t.elapsed() / 1000.0);
    return 0;
}

int benchInbox(const QString &path, int count)
{
    if (int rc = generateSet(path, count))
        return rc;

    QElapsedTimer t;
    t.start();
    auto db = Database::open(path);
    if (!db)
        return 1;
    InboxModel model(Desk::over(db.value()));
    model.refresh();
    const double firstRows = t.nsecsElapsed() / 1e6;
    // The exact figures (all rows, overdue) are counted off the UI thread after the first page.
    QElapsedTimer counting;
    counting.start();
    while (!model.overdueCount() && model.countError().isEmpty() && counting.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const double counted = counting.nsecsElapsed() / 1e6;
    std::printf("inbox: %d rows in the database, %d fetched on open\n", model.totalCount(),
                model.rowCount());
    report("inbox first rows shown after opening", firstRows, "ms", "<= 50 ms");
    std::printf("inbox exact counts (all, overdue) off the UI thread, after the rows: %.2f ms "
                "(%d ms of it waiting for the query to settle)\n",
                counted, InboxCounter::kSettleMs);

    const QStringList queries{QStringLiteral("流"),         QStringLiteral("医"),
                              QStringLiteral("物流"),       QStringLiteral("医疗"),
                              QStringLiteral("客流预测"),   QStringLiteral("碳排核算"),
                              QStringLiteral("BENCH-0999"), QStringLiteral("科技有限公司123"),
                              QStringLiteral("G"),          QStringLiteral("港口")};
    QList<double> times;
    for (int round = 0; round < 5; ++round) {
        for (const QString &q : queries) {
            InboxQuery query;
            query.search = q;
            QElapsedTimer s;
            s.start();
            model.setQuery(query);
            times << s.nsecsElapsed() / 1e6;
        }
    }
    Stats st = stats(times);
    std::printf("search (count + first page), %lld runs: p50 %.2f ms, max %.2f ms\n",
                static_cast<long long>(times.size()), st.p50, st.max);
    report("full-text search p95 (1-char queries included)", st.p95, "ms", "<= 20 ms");

    times.clear();
    for (int round = 0; round < 2; ++round) {
        for (int c = 0; c < InboxModel::ColumnCount; ++c) {
            for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QElapsedTimer s;
                s.start();
                model.setQuery(InboxQuery{});
                model.sort(c, order);
                times << s.nsecsElapsed() / 1e6;
            }
        }
    }
    st = stats(times);
    std::printf("sort (count + first page), %lld runs: p50 %.2f ms, max %.2f ms\n",
                static_cast<long long>(times.size()), st.p50, st.max);
    report("sort by any inbox column p95", st.p95, "ms", "<= 100 ms");
    return 0;
}

/**
 * The inbox's statements one at a time through the store (count(), rows() of one 200-row
 * page), for scripts/bench-server.sh to set beside the same SQL in the sqlite3 shell and in
 * psql: the median of 7 runs after one more that warms the caches.
 */
int benchStatements(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return 1;
    const auto store = makeApplicationStore(db.value());
    InboxQuery sorted;
    sorted.sortColumn = InboxQuery::Column::Applicant;
    sorted.sortOrder = Qt::AscendingOrder;
    InboxQuery twoChars, fourChars;
    twoChars.search = QStringLiteral("物流");
    fourChars.search = QStringLiteral("客流预测");
    const struct
    {
        const char *name;
        InboxQuery query;
        bool page;
    } statements[] = {{"count", {}, false},
                      {"first_page", {}, true},
                      {"sort_applicant", sorted, true},
                      {"search2_count", twoChars, false},
                      {"search2_page", twoChars, true},
                      {"search4_count", fourChars, false},
                      {"search4_page", fourChars, true}};
    for (const auto &statement : statements) {
        QList<double> times;
        for (int run = 0; run < 8; ++run) {
            QElapsedTimer t;
            t.start();
            const bool ok = statement.page ? bool(store->rows(statement.query, 0, 200))
                                           : bool(store->count(statement.query));
            if (!ok) {
                std::fprintf(stderr, "statement %s failed\n", statement.name);
                return 1;
            }
            if (run > 0)
                times << t.nsecsElapsed() / 1e6;
        }
        std::printf("statement %s %.3f ms\n", statement.name, stats(times).p50);
    }
    return 0;
}

int benchAutosave(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return 1;
    auto doc = ReviewDocument::open(db.value(), QStringLiteral("BENCH-000001"), 1,
                                    QStringLiteral("bench"));
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.error().toString()));
        return 1;
    }
    const ChecklistTemplate &checklist = doc.value()->checklist();
    QList<double> times;
    for (int i = 0; i < 300; ++i) {
        const ChecklistItem &item = checklist.items.at(i % checklist.items.size());
        ChecklistAnswer answer = doc.value()->state().answers.value(item.id);
        answer.verdict = i % 2 ? Verdict::Pass : Verdict::Fail;
        answer.suggested = false;
        answer.rationale = QStringLiteral("理由 %1").arg(i);
        doc.value()->setAnswer(item.id, answer);
        QElapsedTimer t;
        t.start();
        if (auto saved = doc.value()->saveNow(); !saved)
            return 1;
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    const double p99 = times.at(qsizetype(times.size() * 0.99));
    std::printf("autosave of one checklist answer (with its audit event), %lld runs: p50 %.2f ms\n",
                static_cast<long long>(times.size()), times.at(times.size() / 2));
    report("autosave of one checklist answer p99", p99, "ms", "<= 5 ms");
    return 0;
}

int benchImport(int files)
{
    QTemporaryDir dir;
    QRandomGenerator rng(7);
    for (int i = 0; i < files; ++i) {
        QFile f(dir.filePath(QStringLiteral("app-%1.json").arg(i)));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QJsonDocument(applicationToJson(generate(i, rng))).toJson());
    }
    auto db = Database::open(dir.filePath(QStringLiteral("import.sqlite")));
    if (!db)
        return 1;
    Importer importer(db.value());
    QElapsedTimer t;
    t.start();
    int last = 0;
    const ImportReport r =
        importer.importPaths({dir.path()}, [&](int done, int, const QString &) { last = done; });
    const double seconds = t.elapsed() / 1000.0;
    std::printf("import: %d added, %d refused, progress reached %d\n",
                r.count(FileOutcome::Kind::Added), r.count(FileOutcome::Kind::Refused), last);
    report("import application files", seconds, "s", "<= 10 s for 10,000");
    return 0;
}

QByteArray randomBytes(qsizetype size, QRandomGenerator &rng)
{
    QByteArray data(size, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

package::Signer makeSigner(package::Algorithm algorithm, const QString &name)
{
    auto key = package::generateKey(algorithm);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto cert = package::issueSelfCertificate(key.value(), {name, QStringLiteral("bench"), {}},
                                              now.addDays(-1), now.addYears(1));
    return {key.value(), cert.value()};
}

/** CONTRIBUTING.md: export + sign a package of 50 items with 5 MB of attachments; verify it. */
int benchPackage()
{
    QRandomGenerator rng(5);
    QTemporaryDir dir;
    package::PackageContent content;
    content.applicationId = QStringLiteral("BENCH-000001");
    content.applicationVersion = 1;
    content.decision = QStringLiteral("approved");
    // review.json must be a JSON object agreeing with the manifest (verify reads it since
    // issue 12); 200 KiB, as a large review record is.
    content.reviewJson = QByteArray(R"({"application":{"id":"BENCH-000001","version":1},)"
                                    R"("decision":{"code":"approved"},"padding":")") +
                         QByteArray(200 * 1024, 'j') + QByteArray(R"("})");
    content.reviewPdf = randomBytes(300 * 1024, rng);
    for (int i = 0; i < 48; ++i) // with review.json and review.pdf: 50 items
        content.attachments.append(
            {QStringLiteral("attachments/a%1.bin").arg(i), randomBytes(5 * 1024 * 1024 / 48, rng)});
    const package::TrustStore trust(dir.filePath(QStringLiteral("trust")));
    for (auto algorithm : {package::Algorithm::Sm2Sm3, package::Algorithm::Ed25519}) {
        const package::Signer signer = makeSigner(algorithm, QStringLiteral("bench"));
        const QString file = dir.filePath(QStringLiteral("bench.gdpkg"));
        QList<double> exportMs, verifyMs;
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer t;
            t.start();
            auto written = package::exportPackage(file, content, signer);
            exportMs << t.nsecsElapsed() / 1e6;
            if (!written) {
                std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
                return 1;
            }
            t.restart();
            const package::VerifyReport report = package::verifyPackage(file, trust);
            verifyMs << t.nsecsElapsed() / 1e6;
            if (!report.valid()) {
                std::fprintf(stderr, "bench package does not verify: %s\n",
                             qPrintable(report.verdict()));
                return 1;
            }
        }
        const QByteArray alg = package::algorithmCode(algorithm).toUtf8();
        std::printf("package of 50 members, %.1f MB, %s:\n", QFileInfo(file).size() / 1048576.0,
                    alg.constData());
        report("  export + sign, p50 (content ready)", stats(exportMs).p50, "ms", "<= 300 ms");
        report("  verify, p50", stats(verifyMs).p50, "ms", "<= 100 ms");
    }
    return 0;
}

/** A real export from a decided demo review, the PDF included. */
int benchDemoExport()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    if (!db || !demo::load(db.value(), QDate::currentDate()))
        return 1;
    InboxQuery query;
    query.statuses = {QStringLiteral("decided")};
    auto rows = makeApplicationStore(db.value())->rows(query, 0, 1);
    if (!rows || rows->isEmpty())
        return 1;
    const InboxRow row = rows->first();
    auto record = report::loadReviewRecord(db.value(), row.id, row.version);
    if (!record)
        return 1;
    QElapsedTimer t;
    t.start();
    auto pdf = report::reviewPdf(record.value());
    const double pdfMs = t.nsecsElapsed() / 1e6;
    const package::Signer signer = makeSigner(package::Algorithm::Sm2Sm3, record->reviewer);
    t.restart();
    auto exported = package::exportReview(db.value(), row.id, row.version, signer,
                                          dir.filePath(QStringLiteral("demo.gdpkg")));
    const double exportMs = t.nsecsElapsed() / 1e6;
    if (!pdf || !exported) {
        std::fprintf(stderr, "demo export failed\n");
        return 1;
    }
    std::printf("demo review %s v%d: report PDF alone %.1f ms (%lld bytes)\n", qPrintable(row.id),
                row.version, pdfMs, static_cast<long long>(pdf->size()));
    report("export of a demo review (record, JSON, PDF, sign)", exportMs, "ms", "<= 300 ms");
    return 0;
}

/** Hashing throughput against `openssl dgst` on the same 256 MiB file. */
int benchHashing()
{
    QRandomGenerator rng(9);
    QTemporaryDir dir;
    const QByteArray data = randomBytes(256 * 1024 * 1024, rng);
    const QString path = dir.filePath(QStringLiteral("blob.bin"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return 1;
    f.close();
    for (const char *algorithm : {"sha256", "sm3"}) {
        const bool sha256 = qstrcmp(algorithm, "sha256") == 0;
        QElapsedTimer t;
        QList<double> read, hashed, theirs;
        for (int i = 0; i < 3; ++i) {
            t.start();
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                return 1;
            const QByteArray bytes = in.readAll(); // the importer reads attachments whole
            read << t.nsecsElapsed() / 1e6;
            t.restart();
            const QString digest = sha256 ? hashing::sha256Hex(bytes) : hashing::sm3Hex(bytes);
            hashed << t.nsecsElapsed() / 1e6;
            t.restart();
            QProcess openssl;
            openssl.start(
                QStringLiteral("openssl"),
                {QStringLiteral("dgst"), QStringLiteral("-") + QLatin1String(algorithm), path});
            openssl.waitForFinished(-1);
            theirs << t.nsecsElapsed() / 1e6;
            if (!openssl.readAllStandardOutput().trimmed().endsWith(digest.toLatin1())) {
                std::fprintf(stderr, "%s digests differ from openssl's\n", algorithm);
                return 1;
            }
        }
        const double ours = stats(hashed).p50, whole = ours + stats(read).p50;
        std::printf("%s of 256 MiB: digest %.0f ms (+ %.0f ms reading the file = %.0f%% of openssl "
                    "dgst), openssl dgst %.0f ms\n",
                    algorithm, ours, stats(read).p50, stats(theirs).p50 / whole * 100.0,
                    stats(theirs).p50);
        report(sha256 ? "SHA-256 speed, % of openssl dgst" : "SM3 speed, % of openssl dgst",
               stats(theirs).p50 / ours * 100.0, "%", ">= 80 %");
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the report PDF needs fonts, not a display
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GrantDesk benchmarks (CONTRIBUTING.md)"));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("bench database (generated when missing)"),
         QStringLiteral("PATH"), QDir::temp().filePath(QStringLiteral("grantdesk-bench.sqlite"))});
    parser.addOption({QStringLiteral("applications"), QStringLiteral("applications to generate"),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("import-files"),
                      QStringLiteral("files for the import benchmark (0: none)"),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("run one group: inbox, package, hashing; or generate "
                                     "(the data set only)"),
                      QStringLiteral("GROUP")});
    parser.process(app);
    const QString only = parser.value(QStringLiteral("only"));
    if (only == QLatin1String("package"))
        return benchPackage() || benchDemoExport();
    if (only == QLatin1String("hashing"))
        return benchHashing();
    const QString db = parser.value(QStringLiteral("db"));
    const int applications = parser.value(QStringLiteral("applications")).toInt();
    if (only == QLatin1String("generate"))
        return generateSet(db, applications);
    if (int rc = benchInbox(db, applications))
        return rc;
    if (int rc = benchStatements(db))
        return rc;
    if (int rc = benchAutosave(db))
        return rc;
    // The import goes into a file of its own whatever --db is: nothing of the server's.
    const int importFiles = parser.value(QStringLiteral("import-files")).toInt();
    if (Database::isServerLocator(db))
        std::printf("import: not measured on a server (it imports into a file of its own)\n");
    else if (int rc = importFiles > 0 ? benchImport(importFiles) : 0)
        return rc;
    if (only == QLatin1String("inbox"))
        return 0;
    if (int rc = benchPackage(); rc || (rc = benchDemoExport()))
        return rc;
    return benchHashing();
}
