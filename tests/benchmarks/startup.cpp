// SPDX-License-Identifier: GPL-3.0-or-later
// grantdesk-bench-startup: cold start to the main window against a bare Qt Widgets window,
// and resident memory with the bench database open (CONTRIBUTING.md "Benchmarks"). The parent runs
// each kind of window several times as a child process and times start → first paint, and how
// long the main window's process takes to end when it quits a second later.
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>
#include <QWidget>

#include "services/desk.h"
#include "core/i18n.h"
#include "inbox/mainwindow.h"
#include "procstatus.h"
#include "store/database.h"

namespace {

/** VmRSS of this process in MiB, from /proc/self/status. */
double residentMiB()
{
    return gd::bench::statusMiB("VmRSS:");
}

/** Prints "shown" on the first paint of @p window, then the RSS once the inbox settled. */
class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::printf("shown\n");
            std::fflush(stdout);
            QTimer::singleShot(1000, qApp, [] {
                std::printf("rss %.1f\n", residentMiB());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

int child(const QString &kind, const QString &dbPath)
{
    FirstPaint watcher;
    if (kind == QLatin1String("bare")) {
        QWidget window;
        window.resize(1280, 800);
        window.installEventFilter(&watcher);
        window.show();
        return QCoreApplication::exec();
    }
    QElapsedTimer phase;
    phase.start();
    gd::i18n::install(gd::i18n::chooseLanguage(QStringLiteral("zh_CN")));
    const double translatorMs = phase.nsecsElapsed() / 1e6;
    auto db = gd::Database::open(dbPath);
    const double databaseMs = phase.nsecsElapsed() / 1e6 - translatorMs;
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    gd::MainWindow window(gd::Desk::over(db.value()));
    const double windowMs = phase.nsecsElapsed() / 1e6 - translatorMs - databaseMs;
    std::fprintf(stderr, "phases: translator %.1f ms, database %.1f ms, main window %.1f ms\n",
                 translatorMs, databaseMs, windowMs);
    window.resize(1280, 800);
    window.installEventFilter(&watcher);
    window.show();
    return QCoreApplication::exec();
}

struct Run
{
    double ms = -1;
    double rss = -1;
    double quitMs = -1; // from the quit (a second after the first paint) to the process's end
};

Run runChild(const QString &kind, const QString &dbPath)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--child"), kind, QStringLiteral("--db"), dbPath});
    Run run;
    QByteArray buffer;
    while (process.waitForReadyRead(30000) || process.state() == QProcess::Running) {
        buffer += process.readAll();
        if (run.ms < 0 && buffer.contains("shown\n"))
            run.ms = timer.nsecsElapsed() / 1e6;
        if (const qsizetype at = buffer.indexOf("rss "); at >= 0 && buffer.indexOf('\n', at) > 0) {
            run.rss = buffer.mid(at + 4, buffer.indexOf('\n', at) - at - 4).toDouble();
            break;
        }
        if (timer.elapsed() > 60000)
            break;
    }
    // The database's quick check may still be reading the file: quitting must not wait for it.
    QElapsedTimer quitting;
    quitting.start();
    if (process.waitForFinished(30000))
        run.quitMs = quitting.nsecsElapsed() / 1e6;
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cold start and resident memory of GrantDesk (targets in CONTRIBUTING.md)"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("bench database (from grantdesk-bench)"),
                      QStringLiteral("PATH"),
                      QDir::temp().filePath(QStringLiteral("grantdesk-bench.sqlite"))});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs of each window"),
                      QStringLiteral("N"), QStringLiteral("7")});
    parser.addOption(
        {QStringLiteral("child"), QStringLiteral("internal: bare|main"), QStringLiteral("KIND")});
    parser.process(app);
    const QString dbPath = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("child")))
        return child(parser.value(QStringLiteral("child")), dbPath);
    if (!QFile::exists(dbPath)) {
        std::fprintf(stderr, "%s: no bench database; run grantdesk-bench first\n",
                     qPrintable(dbPath));
        return 1;
    }

    QList<double> bare, main, rss, quit;
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    for (int i = 0; i < runs; ++i) {
        bare << runChild(QStringLiteral("bare"), dbPath).ms;
        const Run run = runChild(QStringLiteral("main"), dbPath);
        main << run.ms;
        rss << run.rss;
        quit << run.quitMs;
    }
    const double bareMs = median(bare), mainMs = median(main);
    std::printf("bare Qt Widgets window, start to first paint, median of %d: %8.1f ms\n", runs,
                bareMs);
    std::printf("GrantDesk main window on the bench database, median:     %8.1f ms\n", mainMs);
    std::printf("%-48s %10.2f x   (target <= 1.5 x)\n", "cold start vs bare window",
                mainMs / bareMs);
    std::printf("%-48s %10.1f MiB (target <= 150 MB)\n",
                "resident memory, bench database open (median)", median(rss));
    std::printf("%-48s %10.1f ms\n", "quit a second after the first paint (median)", median(quit));
    return 0;
}
