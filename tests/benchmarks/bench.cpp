// SPDX-License-Identifier: GPL-3.0-or-later
// grantdesk-bench: measures the targets of issue 17 and DESIGN.md on the generated bench set
// (benchset.h), each figure beside a reference measured in the same run (benchreference.h).
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
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include "benchreference.h"
#include "benchreport.h"
#include "benchset.h"
#include "procstatus.h"
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
#include "core/freedmemory.h"
#include "monitoring/alerts.h"
#include "monitoring/indicators.h"
#include "monitoring/monitoringsettings.h"
#include "pricing/rulelibrary.h"
#include "services/desk.h"
#include "services/monitoringservice.h"

using namespace gd;
using gd::bench::quantile;
using gd::bench::RawSqlite;
using gd::bench::Report;
using gd::bench::SqlTrace;

namespace {

Report g_report;

/** Median time of a list; the figures' p50. */
double p50(const QList<double> &ms)
{
    return quantile(ms, 0.5);
}

/** Times one model operation and the same statements in raw SQLite (median of 3). */
struct Timed
{
    QList<double> ours;
    QList<double> raw;
};

template <typename Operation>
void timeOperation(Timed &timed, SqlTrace &trace, RawSqlite &raw, Operation operation)
{
    trace.take();
    QElapsedTimer s;
    s.start();
    operation();
    timed.ours << s.nsecsElapsed() / 1e6;
    if (trace.active() && raw.ok())
        timed.raw << raw.median(trace.take(), 3);
}

void reportTimed(const QString &name, const Timed &timed, const QString &referenceIs)
{
    const bool referenced = !timed.raw.isEmpty() && !timed.raw.contains(-1);
    g_report.figure(name, quantile(timed.ours, 0.95), QStringLiteral("ms"),
                    referenced ? quantile(timed.raw, 0.95) : -1, referenceIs);
    g_report.detail(name, QStringLiteral("runs"), timed.ours.size());
    g_report.detail(name, QStringLiteral("p50"), p50(timed.ours));
    g_report.detail(name, QStringLiteral("max"), quantile(timed.ours, 1.0));
}

const QString kRawIs = QStringLiteral("raw SQLite (C API) running the statements the store ran, "
                                      "values bound in, p95 of their medians of 3");

void benchSearch(InboxModel &model, SqlTrace &trace, RawSqlite &raw)
{
    const QStringList queries{QStringLiteral("流"),          QStringLiteral("医"),
                              QStringLiteral("物流"),        QStringLiteral("医疗"),
                              QStringLiteral("客流预测"),    QStringLiteral("碳排核算"),
                              QStringLiteral("BENCH-00099"), QStringLiteral("科技有限公司123"),
                              QStringLiteral("G"),           QStringLiteral("港口")};
    Timed timed;
    QHash<QString, Timed> byTerm; // which term the p95 comes from
    for (int round = 0; round < 5; ++round) {
        for (const QString &q : queries) {
            InboxQuery query;
            query.search = q;
            timeOperation(timed, trace, raw, [&] { model.setQuery(query); });
            byTerm[q].ours << timed.ours.constLast();
            if (timed.raw.size() == timed.ours.size())
                byTerm[q].raw << timed.raw.constLast();
        }
    }
    const QString name = QStringLiteral("inbox.search_p95");
    reportTimed(name, timed, kRawIs);
    QJsonObject terms; // term -> [median ms, raw median ms]
    for (const QString &q : queries)
        terms.insert(q, QJsonArray{p50(byTerm.value(q).ours), byTerm.value(q).raw.isEmpty()
                                                                  ? QJsonValue()
                                                                  : p50(byTerm.value(q).raw)});
    g_report.detail(name, QStringLiteral("median_by_term"), terms);
}

void benchSort(InboxModel &model, SqlTrace &trace, RawSqlite &raw)
{
    Timed timed;
    for (int round = 0; round < 2; ++round) {
        for (int c = 0; c < InboxModel::ColumnCount; ++c) {
            for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                timeOperation(timed, trace, raw, [&] {
                    model.setQuery(InboxQuery{});
                    model.sort(c, order);
                });
            }
        }
    }
    reportTimed(QStringLiteral("inbox.sort_p95"), timed, kRawIs);
}

/**
 * Scrolling to the end, as Ctrl+End does once the inbox knows its total: from a new query to
 * the last row's page read. The model holds every row as a window once the exact count
 * arrives (off the UI thread, after the query has been still InboxCounter::kSettleMs), and
 * reads the last page alone, from the far end of the order; at most 60 s.
 */
void benchScroll(InboxModel &model, SqlTrace &trace, RawSqlite &raw)
{
    QElapsedTimer t;
    t.start();
    model.setQuery(InboxQuery{});
    while (!model.isWindowed() && model.canFetchMore({}) && model.countError().isEmpty() &&
           t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double windowMs = t.nsecsElapsed() / 1e6;
    trace.take();
    QElapsedTimer last;
    last.start();
    const int rows = model.rowCount();
    bool complete = rows > 0;
    for (int row = std::max(0, rows - 30); row < rows; ++row) // what the view paints
        complete = model.index(row, InboxModel::IdColumn).data().isValid() && complete;
    const double lastMs = last.nsecsElapsed() / 1e6;
    const double ms = t.nsecsElapsed() / 1e6;
    const QStringList statements = trace.take();
    const double reference = complete && raw.ok() && trace.active() ? raw.run(statements) : -1;
    const QString name = QStringLiteral("inbox.scroll_to_end");
    g_report.figure(name, ms, QStringLiteral("ms"), reference,
                    QStringLiteral("raw SQLite reading the same last page (the count, on the "
                                   "counter's own connection, is not in it)"));
    g_report.detail(name, QStringLiteral("rows"), rows);
    g_report.detail(name, QStringLiteral("windowed"), model.isWindowed());
    g_report.detail(name, QStringLiteral("count_and_window_ms"), windowMs);
    g_report.detail(name, QStringLiteral("last_page_ms"), lastMs);
    g_report.detail(name, QStringLiteral("settle_wait_ms"), InboxCounter::kSettleMs);
    g_report.detail(name, QStringLiteral("complete"), complete);
    g_report.detail(name, QStringLiteral("statements"), statements.size());
}

/** Waits for the exact counts, taken off the UI thread after the first page. */
void waitForCounts(InboxModel &model)
{
    QElapsedTimer counting;
    counting.start();
    while (!model.overdueCount() && model.countError().isEmpty() && counting.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const QString name = QStringLiteral("inbox.exact_counts_after_first_rows");
    g_report.figure(name, counting.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    g_report.detail(name, QStringLiteral("settle_wait_ms"), InboxCounter::kSettleMs);
    g_report.detail(name, QStringLiteral("rows"), model.totalCount());
}

int benchInbox(const QString &path)
{
    QElapsedTimer t;
    t.start();
    auto db = Database::open(path);
    if (!db)
        return 1;
    const double opened = t.nsecsElapsed() / 1e6;
    SqlTrace trace(*db.value());
    InboxModel model(Desk::over(db.value()));
    model.refresh();
    const double firstRows = t.nsecsElapsed() / 1e6;
    const QStringList opening = trace.take();
    // The reference opens its own connection and runs what refresh() ran, once, as the app did.
    RawSqlite raw(Database::isServerLocator(path) ? QString() : path);
    const double replay = raw.ok() && trace.active() ? raw.run(opening) : -1;
    const double reference = replay >= 0 ? raw.openMs() + replay : -1;
    g_report.figure(QStringLiteral("inbox.first_rows"), firstRows, QStringLiteral("ms"), reference,
                    QStringLiteral("raw SQLite: open a connection, then the statements the "
                                   "inbox's refresh() ran (Database::open's own checks are in "
                                   "the value, not in the reference)"));
    // Where the value goes that the reference has no part of.
    g_report.detail(QStringLiteral("inbox.first_rows"), QStringLiteral("database_open_ms"), opened);
    waitForCounts(model);
    benchSearch(model, trace, raw);
    benchSort(model, trace, raw);
    benchScroll(model, trace, raw);
    return 0;
}

/**
 * The inbox's statements one at a time through the store (count(), rows() of one 200-row
 * page), each beside the same SQL in raw SQLite; scripts/bench-server.sh sets them beside the
 * sqlite3 shell and psql: the median of 7 runs after one more that warms the caches.
 */
int benchStatements(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return 1;
    SqlTrace trace(*db.value());
    RawSqlite raw(Database::isServerLocator(path) ? QString() : path);
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
        QStringList sql;
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
            sql = trace.take();
        }
        const double reference = raw.ok() && trace.active() ? raw.median(sql, 7) : -1;
        g_report.figure(QStringLiteral("statement.") + QLatin1String(statement.name), p50(times),
                        QStringLiteral("ms"), reference,
                        QStringLiteral("raw SQLite, the same statements, median of 7"));
    }
    return 0;
}

int benchAutosave(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return 1;
    // A case no review was opened on yet, as an officer starts one.
    InboxQuery received;
    received.statuses = {QStringLiteral("received")};
    const auto rows = makeApplicationStore(db.value())->rows(received, 0, 1);
    if (!rows || rows->isEmpty())
        return 1;
    auto doc = ReviewDocument::open(db.value(), rows->first().id, rows->first().version,
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
    const QString name = QStringLiteral("autosave.answer_p99");
    g_report.figure(name, quantile(times, 0.99), QStringLiteral("ms"));
    g_report.detail(name, QStringLiteral("runs"), times.size());
    g_report.detail(name, QStringLiteral("p50"), p50(times));
    g_report.detail(name, QStringLiteral("case"), rows->first().id);
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
        f.write(
            QJsonDocument(applicationToJson(bench::generateApplication(i, rng, files))).toJson());
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
    const QString name = QStringLiteral("import.files");
    g_report.figure(name, t.elapsed() / 1000.0, QStringLiteral("s"));
    g_report.detail(name, QStringLiteral("files"), files);
    g_report.detail(name, QStringLiteral("added"), r.count(FileOutcome::Kind::Added));
    g_report.detail(name, QStringLiteral("refused"), r.count(FileOutcome::Kind::Refused));
    g_report.detail(name, QStringLiteral("progress_reached"), last);
    if (r.count(FileOutcome::Kind::Added) != files) {
        std::fprintf(stderr, "import: %d of %d files refused; the figure measures nothing\n",
                     r.count(FileOutcome::Kind::Refused), files);
        return 1;
    }
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

package::PackageContent benchContent()
{
    QRandomGenerator rng(5);
    package::PackageContent content;
    content.applicationId = QStringLiteral("BENCH-0000001");
    content.applicationVersion = 1;
    content.decision = QStringLiteral("approved");
    // review.json must be a JSON object agreeing with the manifest (verify reads it since
    // issue 12); 200 KiB, as a large review record is.
    content.reviewJson = QByteArray(R"({"application":{"id":"BENCH-0000001","version":1},)"
                                    R"("decision":{"code":"approved"},"padding":")") +
                         QByteArray(200 * 1024, 'j') + QByteArray(R"("})");
    content.reviewPdf = randomBytes(300 * 1024, rng);
    for (int i = 0; i < 48; ++i) // with review.json and review.pdf: 50 items
        content.attachments.append(
            {QStringLiteral("attachments/a%1.bin").arg(i), randomBytes(5 * 1024 * 1024 / 48, rng)});
    return content;
}

/** DESIGN.md: export + sign a package of 50 items with 5 MB of attachments; verify it. */
int benchPackage()
{
    QTemporaryDir dir;
    const package::PackageContent content = benchContent();
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
        const QString alg = package::algorithmCode(algorithm);
        g_report.figure(QStringLiteral("package.%1.export_sign_p50").arg(alg), p50(exportMs),
                        QStringLiteral("ms"));
        g_report.figure(QStringLiteral("package.%1.verify_p50").arg(alg), p50(verifyMs),
                        QStringLiteral("ms"));
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
    const QString name = QStringLiteral("package.demo_review_export");
    g_report.figure(name, exportMs, QStringLiteral("ms"));
    g_report.detail(name, QStringLiteral("report_pdf_ms"), pdfMs);
    return 0;
}

/**
 * Our digest of a file and `openssl dgst`'s, in ms: the whole job streamed in blocks
 * (hashing::fileDigestHex), the importer's job (reading the file into memory and hashing
 * each block as it arrives, hashing::readSha256) and the digest of bytes already in memory.
 */
struct HashRun
{
    double whole = 0, keep = 0, digest = 0, openssl = 0;
};

std::optional<HashRun> hashOnce(const QString &path, const char *algorithm)
{
    const bool sha256 = qstrcmp(algorithm, "sha256") == 0;
    HashRun run;
    QElapsedTimer t;
    t.start();
    const QString streamed =
        hashing::fileDigestHex(path, sha256 ? hashing::Algorithm::Sha256 : hashing::Algorithm::Sm3);
    run.whole = t.nsecsElapsed() / 1e6;
    QFile in(path);
    if (streamed.isEmpty() || !in.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes;
    t.restart();
    const QString kept = hashing::readSha256(in, in.size(), bytes);
    run.keep = t.nsecsElapsed() / 1e6;
    t.restart();
    const QString digest = sha256 ? hashing::sha256Hex(bytes) : hashing::sm3Hex(bytes);
    run.digest = t.nsecsElapsed() / 1e6;
    t.restart();
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("dgst"), QStringLiteral("-") + QLatin1String(algorithm), path});
    openssl.waitForFinished(-1);
    run.openssl = t.nsecsElapsed() / 1e6;
    if (!openssl.readAllStandardOutput().trimmed().endsWith(digest.toLatin1()) ||
        streamed != digest || kept != hashing::sha256Hex(bytes)) {
        std::fprintf(stderr, "%s digests differ from openssl's\n", algorithm);
        return std::nullopt;
    }
    return run;
}

/** Hashing the whole job (reading the file and the digest) against `openssl dgst`, 256 MiB. */
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
        QList<double> whole, keep, digest, theirs;
        for (int i = 0; i < 3; ++i) {
            const auto run = hashOnce(path, algorithm);
            if (!run)
                return 1;
            whole << run->whole;
            keep << run->keep;
            digest << run->digest;
            theirs << run->openssl;
        }
        const QString name = QStringLiteral("hashing.%1.whole_job").arg(QLatin1String(algorithm));
        g_report.figure(name, p50(whole), QStringLiteral("ms"), p50(theirs),
                        QStringLiteral("openssl dgst on the same 256 MiB file (a process)"));
        g_report.detail(name, QStringLiteral("digest_alone_ms"), p50(digest));
        g_report.detail(name, QStringLiteral("importer_read_into_memory_and_sha256_ms"), p50(keep));
        g_report.figure(QStringLiteral("hashing.%1.speed_vs_openssl").arg(QLatin1String(algorithm)),
                        p50(theirs) / p50(whole) * 100.0, QStringLiteral("%"));
    }
    return 0;
}

/** VmHWM (peak resident set) of this process in MiB, from /proc/self/status. */
double peakResidentMiB()
{
    return bench::statusMiB("VmHWM:");
}

/**
 * The child of benchMonitoring: opens the database, computes what the dashboard shows
 * (MonitoringService::overview: indicators and alerts) as of @p on, prints one JSON line.
 */
int monitoringChild(const QString &path, const QDate &on)
{
    auto db = Database::open(path);
    if (!db)
        return 1;
    const double before = peakResidentMiB();
    const MonitoringService service(Desk::over(db.value()));
    monitoring::IndicatorQuery query;
    query.on = on;
    QList<double> times;
    double held = -1; // resident with the first figures held, as the dashboard holds them
    int alerts = 0;
    QJsonObject codes; // how many alerts of each kind fired (DESIGN.md: every kind should)
    for (const QString &code : monitoring::alertcode::all())
        codes.insert(code, 0);
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer t;
        t.start();
        const auto overview =
            service.overview(query, RuleLibrary().rules(), monitoring::MonitoringSettings{});
        times << t.nsecsElapsed() / 1e6;
        returnFreedMemory(); // as the dashboard's refresher does once the figures are shown
        if (run == 0)
            held = bench::statusMiB("VmRSS:");
        if (!overview) {
            std::fprintf(stderr, "%s\n", qPrintable(overview.error().toString()));
            return 1;
        }
        alerts = int(overview->alerts.size());
        if (run == 0) {
            for (const monitoring::Alert &alert : overview->alerts)
                codes.insert(alert.code, codes.value(alert.code).toInt() + 1);
        }
    }
    const QJsonObject out{{QStringLiteral("first_ms"), times.first()},
                          {QStringLiteral("second_ms"), times.last()},
                          {QStringLiteral("alerts"), alerts},
                          {QStringLiteral("alert_codes"), codes},
                          {QStringLiteral("peak_before_mib"), before},
                          {QStringLiteral("peak_after_mib"), peakResidentMiB()},
                          {QStringLiteral("resident_holding_figures_mib"), held}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

/** Runs this program again with @p arguments; its last line of output, or empty. */
QByteArray runSelf(const QStringList &arguments, int timeoutMs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(timeoutMs) || child.exitCode() != 0) {
        child.kill();
        child.waitForFinished();
        return {};
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    return lines.isEmpty() ? QByteArray() : lines.last();
}

/** Indicators and alerts in a child process, so that its peak memory is theirs alone. */
int benchMonitoring(const QString &path, const QDate &on)
{
    const QByteArray line = runSelf({QStringLiteral("--db"), path, QStringLiteral("--only"),
                                     QStringLiteral("monitoring-child"), QStringLiteral("--as-of"),
                                     on.toString(Qt::ISODate)},
                                    600000);
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.isEmpty()) {
        std::fprintf(stderr, "monitoring child failed\n");
        return 1;
    }
    const QString name = QStringLiteral("monitoring.indicators_and_alerts");
    g_report.figure(name, o.value(QStringLiteral("first_ms")).toDouble(), QStringLiteral("ms"));
    g_report.detail(name, QStringLiteral("second_run_ms"), o.value(QStringLiteral("second_ms")));
    g_report.detail(name, QStringLiteral("alerts"), o.value(QStringLiteral("alerts")));
    g_report.detail(name, QStringLiteral("alert_codes"), o.value(QStringLiteral("alert_codes")));
    g_report.detail(name, QStringLiteral("as_of"), on.toString(Qt::ISODate));
    g_report.figure(QStringLiteral("monitoring.peak_memory"),
                    o.value(QStringLiteral("peak_after_mib")).toDouble(), QStringLiteral("MiB"));
    g_report.detail(QStringLiteral("monitoring.peak_memory"),
                    QStringLiteral("peak_before_compute_mib"),
                    o.value(QStringLiteral("peak_before_mib")));
    g_report.detail(QStringLiteral("monitoring.peak_memory"),
                    QStringLiteral("resident_holding_figures_mib"),
                    o.value(QStringLiteral("resident_holding_figures_mib")));
    return 0;
}

/** The first number after @p label on a line of @p text; -1 when absent. */
double numberAfter(const QString &text, const QString &label)
{
    const QRegularExpression re(QRegularExpression::escape(label) +
                                QStringLiteral("[^\\n]*?([0-9]+(?:\\.[0-9]+)?)\\s*(ms|x|MiB)"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

/**
 * Cold start against a bare Qt Widgets window: grantdesk-bench-startup (tests/benchmarks/
 * startup.cpp, beside this program) run as a child; its printed medians are read back.
 */
int benchStartup(const QString &path, int runs)
{
    const QString program = QFileInfo(QCoreApplication::applicationFilePath())
                                .dir()
                                .filePath(QStringLiteral("grantdesk-bench-startup"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program,
                {QStringLiteral("--db"), path, QStringLiteral("--runs"), QString::number(runs)});
    if (!child.waitForFinished(600000) || child.exitCode() != 0) {
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
        return 1;
    }
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const double bare = numberAfter(out, QStringLiteral("bare Qt Widgets window"));
    const double main = numberAfter(out, QStringLiteral("GrantDesk main window"));
    const double rss = numberAfter(out, QStringLiteral("resident memory"));
    if (bare <= 0 || main <= 0) {
        std::fprintf(stderr, "cannot read grantdesk-bench-startup's output:\n%s\n",
                     qPrintable(out));
        return 1;
    }
    const QString name = QStringLiteral("startup.cold_start");
    g_report.figure(name, main, QStringLiteral("ms"), bare,
                    QStringLiteral("a bare Qt Widgets window, start to first paint (median)"));
    g_report.detail(name, QStringLiteral("runs"), runs);
    if (rss > 0)
        g_report.figure(QStringLiteral("startup.resident_memory"), rss, QStringLiteral("MiB"));
    return 0;
}

/** Generates the bench set at @p path unless a file is there. */
int ensureBenchSet(const QString &path, const bench::BenchSetOptions &options)
{
    if (Database::isServerLocator(path)) {
        g_report.set(
            QStringLiteral("data_set"),
            QJsonObject{{QStringLiteral("generated"), false},
                        {QStringLiteral("note"),
                         QStringLiteral("a server: its data comes by grantdesk-cli db copy")}});
        return 0;
    }
    if (QFile::exists(path)) {
        g_report.set(QStringLiteral("data_set"), QJsonObject{{QStringLiteral("generated"), false},
                                                             {QStringLiteral("path"), path}});
        return 0;
    }
    const auto made = bench::generateBenchSet(path, options);
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().toString()));
        return 1;
    }
    QJsonObject set = made->toJson();
    set.insert(QStringLiteral("generated"), true);
    set.insert(QStringLiteral("path"), path);
    set.insert(QStringLiteral("seed"), qint64(options.seed));
    set.insert(QStringLiteral("file_mib"), QFileInfo(path).size() / 1048576.0);
    g_report.set(QStringLiteral("data_set"), set);
    g_report.figure(QStringLiteral("generate.bench_set"), made->seconds, QStringLiteral("s"));
    g_report.detail(QStringLiteral("generate.bench_set"), QStringLiteral("cpu_seconds"),
                    made->cpuSeconds);
    return 0;
}

/** The targets of issue 17 and DESIGN.md, for @p applications. */
void addTargets(int applications)
{
    Report &r = g_report;
    r.target(QStringLiteral("inbox first rows <= 50 ms"), QStringLiteral("inbox.first_rows"), 50,
             true);
    r.target(QStringLiteral("search p95 <= 20 ms"), QStringLiteral("inbox.search_p95"), 20, true);
    r.target(QStringLiteral("sort p95 <= 100 ms"), QStringLiteral("inbox.sort_p95"), 100, true);
    r.target(QStringLiteral("scrolling to the end <= 1 s"), QStringLiteral("inbox.scroll_to_end"),
             1000, true);
    r.target(QStringLiteral("cold start <= 1.5 x a bare Qt window"),
             QStringLiteral("startup.cold_start"), 1.5, true, true);
    r.target(QStringLiteral("resident memory with the database open <= 150 MB"),
             QStringLiteral("startup.resident_memory"), 150 * 1e6 / 1048576.0, true);
    const bool million = applications >= 1000000;
    // Issue 17 item 1, when this run generated the set (a set read from disk says nothing).
    if (million && r.has(QStringLiteral("generate.bench_set")))
        r.target(QStringLiteral("bench set of 1,000,000 applications generated <= 10 min"),
                 QStringLiteral("generate.bench_set"), 600, true);
    r.target(million ? QStringLiteral("indicators and alerts <= 5 s (at 1,000,000)")
                     : QStringLiteral("indicators and alerts <= 1 s (at 100,000)"),
             QStringLiteral("monitoring.indicators_and_alerts"), million ? 5000 : 1000, true);
    r.target(QStringLiteral("monitoring peak memory <= 200 MB"),
             QStringLiteral("monitoring.peak_memory"), 200 * 1e6 / 1048576.0, true);
    r.target(QStringLiteral("import of 10,000 files <= 5 s"), QStringLiteral("import.files"), 5,
             true);
    for (const char *alg : {"sha256", "sm3"})
        r.target(QStringLiteral("%1 whole job >= 80 % of openssl dgst").arg(QLatin1String(alg)),
                 QStringLiteral("hashing.%1.speed_vs_openssl").arg(QLatin1String(alg)), 80, false);
    r.target(QStringLiteral("autosave p99 <= 5 ms"), QStringLiteral("autosave.answer_p99"), 5,
             true);
    for (const char *alg : {"sm2-sm3", "ed25519"}) {
        r.target(QStringLiteral("%1 export + sign <= 300 ms").arg(QLatin1String(alg)),
                 QStringLiteral("package.%1.export_sign_p50").arg(QLatin1String(alg)), 300, true);
        r.target(QStringLiteral("%1 verify <= 100 ms").arg(QLatin1String(alg)),
                 QStringLiteral("package.%1.verify_p50").arg(QLatin1String(alg)), 100, true);
    }
}

struct Options
{
    QString db;
    QStringList only; // empty: every group
    int applications = 0;
    int importFiles = 0;
    int startupRuns = 0;
    bool text = false;
    bench::BenchSetOptions set;

    bool wants(const char *group) const
    {
        return only.isEmpty() || only.contains(QLatin1String(group));
    }
    /** Whether the groups asked for read the bench set. */
    bool needsSet() const
    {
        for (const char *group :
             {"generate", "inbox", "statements", "monitoring", "autosave", "startup"}) {
            if (wants(group))
                return true;
        }
        return false;
    }
};

Options parse(QGuiApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "GrantDesk benchmarks (issue 17, DESIGN.md targets). Prints one JSON object: every figure "
        "beside its reference measured in the same run and the ratio, then a targets array. "
        "The benchmark writes to the database (autosave): give it a copy, never a shared file."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("bench database (generated when missing)"),
         QStringLiteral("PATH"), QDir::temp().filePath(QStringLiteral("grantdesk-bench.sqlite"))});
    parser.addOption({QStringLiteral("applications"), QStringLiteral("applications to generate"),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("generator seed"), QStringLiteral("N"),
                      QStringLiteral("42")});
    parser.addOption({QStringLiteral("as-of"), QStringLiteral("the day the set is as of"),
                      QStringLiteral("YYYY-MM-DD"), QStringLiteral("2026-11-30")});
    parser.addOption({QStringLiteral("import-files"),
                      QStringLiteral("files for the import benchmark (0: none)"),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("startup-runs"),
                      QStringLiteral("runs of each window for the cold start (0: not measured)"),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("groups, comma-separated: generate, inbox, statements, "
                                     "autosave, import, monitoring, startup, package, hashing"),
                      QStringLiteral("GROUP")});
    parser.addOption({QStringLiteral("text"), QStringLiteral("lines instead of JSON")});
    parser.process(app);
    Options o;
    o.db = parser.value(QStringLiteral("db"));
    o.only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.applications = parser.value(QStringLiteral("applications")).toInt();
    o.importFiles = parser.value(QStringLiteral("import-files")).toInt();
    o.startupRuns = parser.value(QStringLiteral("startup-runs")).toInt();
    o.text = parser.isSet(QStringLiteral("text"));
    o.set.applications = o.applications;
    o.set.seed = parser.value(QStringLiteral("seed")).toUInt();
    o.set.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
    o.set.progress = [](const QString &line) {
        std::fprintf(stderr, "generated %s\n", qPrintable(line));
    };
    return o;
}

/** The groups in order; each is run when @p only is empty or names it. */
int runGroups(const Options &o)
{
    const auto wanted = [&](const char *group) { return o.wants(group); };
    const bool server = Database::isServerLocator(o.db);
    int rc = 0;
    if (!rc && wanted("inbox"))
        rc = benchInbox(o.db);
    if (!rc && (wanted("statements") || wanted("inbox")))
        rc = benchStatements(o.db);
    if (!rc && wanted("monitoring"))
        rc = benchMonitoring(o.db, o.set.asOf);
    if (!rc && wanted("startup") && o.startupRuns > 0 && !server)
        rc = benchStartup(o.db, o.startupRuns);
    if (!rc && wanted("autosave"))
        rc = benchAutosave(o.db);
    // The import goes into a file of its own whatever --db is: nothing of the server's.
    if (!rc && wanted("import") && o.importFiles > 0)
        rc = benchImport(o.importFiles);
    if (!rc && wanted("package"))
        rc = benchPackage() || benchDemoExport();
    if (!rc && wanted("hashing"))
        rc = benchHashing();
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the report PDF needs fonts, not a display
    QGuiApplication app(argc, argv);
    const Options o = parse(app);
    if (o.only == QStringList{QStringLiteral("monitoring-child")})
        return monitoringChild(o.db, o.set.asOf);
    g_report.set(QStringLiteral("applications"), o.applications);
    g_report.set(
        QStringLiteral("machine"),
        QStringLiteral("%1 cores (shared: figures are noisy)").arg(QThread::idealThreadCount()));
    int rc = o.needsSet() ? ensureBenchSet(o.db, o.set) : 0;
    if (!rc && o.only != QStringList{QStringLiteral("generate")})
        rc = runGroups(o);
    // Every target in a whole run (an unmeasured one is not met); those of the groups run else.
    g_report.setPartial(!o.only.isEmpty());
    addTargets(o.applications);
    const QJsonObject out = g_report.toJson();
    if (o.text)
        std::printf("%s", qPrintable(g_report.toText()));
    else
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return rc;
}
