// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QElapsedTimer>
#include <QLocale>

#include "commandline.h"
#include "services/databasecopyservice.h"
#include "services/deskmaintenance.h"

namespace gd::cli {
namespace {

/** "TITLE: sound" or "TITLE: N problems" followed by one indented line a problem. */
void printSection(QTextStream &out, const char *title, const QStringList &problems,
                  const QString &sound)
{
    if (problems.isEmpty()) {
        out << title << ": " << sound << '\n';
        return;
    }
    out << title << ": " << problems.size()
        << (problems.size() == 1 ? " problem\n" : " problems\n");
    for (const QString &problem : problems)
        out << "  " << problem << '\n';
}

int dbCheck(Context &ctx)
{
    QCommandLineParser parser;
    if (const auto stop = parseCommand(
            ctx, parser, QStringLiteral("db check"),
            CommandLine::tr("Checks the database file's integrity, its schema against the one "
                            "this version creates, and the audit trail. Read-only and without "
                            "the lock: it never changes the file.\nExit 0 sound, 1 a problem "
                            "found, 3 the database cannot be opened, 64 wrong usage.")))
        return *stop;
    // Read-only and without the lock: a check never changes the file, and it may run
    // beside the GUI or on an archived copy in a read-only folder.
    Desk::Options options;
    options.readOnly = true;
    options.lock = false;
    auto opened = Desk::open(ctx.dbPath, options);
    if (!opened) {
        ctx.err << opened.error().toString() << '\n';
        return Storage;
    }
    // What it is doing, on the error stream (the report stays on the output): on a large
    // file each part takes minutes.
    QElapsedTimer timer;
    timer.start();
    const auto check = DeskMaintenance(opened.value()).check([&](DeskMaintenance::CheckPart part) {
        const QString seconds = QLocale().toString(timer.elapsed() / 1000.0, 'f', 1);
        if (part == DeskMaintenance::CheckPart::File)
            ctx.err << CommandLine::tr("Checking the file's pages and indexes, then its schema…")
                    << '\n';
        else
            ctx.err << CommandLine::tr("Checking the audit trail (after %1 s)…").arg(seconds)
                    << '\n';
        ctx.err.flush();
    });
    if (!check) {
        ctx.err << check.error().toString() << '\n';
        return Storage;
    }
    printSection(ctx.out, "integrity", check->integrity, QStringLiteral("ok"));
    if (check->integrity.isEmpty()) {
        printSection(ctx.out, "schema", check->schema,
                     QStringLiteral("as this GrantDesk creates it (version %1)")
                         .arg(DeskMaintenance::schemaVersion()));
        printSection(ctx.out, "audit trail", check->audit,
                     QStringLiteral("intact, %1 event(s); unanchored: %2 event(s)")
                         .arg(check->events)
                         .arg(check->unanchored));
    } else {
        ctx.out << "the file is damaged: restore it from a backup; schema and audit trail were "
                   "not read\n";
    }
    return check->ok() ? Ok : Failed;
}

int dbCopy(Context &ctx)
{
    const QString cmd = QStringLiteral("db copy");
    QCommandLineParser parser;
    const QCommandLineOption fromOpt(QStringLiteral("from"),
                                     CommandLine::tr("The database to copy: a file or "
                                                     "postgresql://…. Required."),
                                     CommandLine::tr("DB"));
    const QCommandLineOption toOpt(QStringLiteral("to"),
                                   CommandLine::tr("Where the copy goes: a new file, or an empty "
                                                   "office server database. Required."),
                                   CommandLine::tr("DB"));
    parser.addOptions({fromOpt, toOpt});
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("Copies a whole database, between a workstation's file and an office "
                            "server either way: applications, versions, reviews, the register, "
                            "feeds, the audit trail and its checkpoints, the recorded acts. The "
                            "source's audit trail is verified before, the copy's after, and every "
                            "table's count is compared.\nExit 0 copied, 1 refused or a check "
                            "failed (nothing kept), 3 a database cannot be opened, 64 wrong "
                            "usage.")))
        return *stop;
    if (parser.value(fromOpt).isEmpty() || parser.value(toOpt).isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("--from and --to are required"));
    const auto report = DatabaseCopyService::copy(parser.value(fromOpt), parser.value(toOpt));
    if (!report) {
        ctx.err << report.error().toString() << '\n';
        return Failed;
    }
    qint64 total = 0;
    for (const auto &table : report->tables) {
        ctx.out << table.first << ": " << table.second << '\n';
        total += table.second;
    }
    ctx.out << "copied " << total << " rows; audit trail intact before (" << report->eventsBefore
            << " events) and after (" << report->eventsAfter << " events)\n";
    return Ok;
}

} // namespace

int db(Context &ctx)
{
    static constexpr Subcommand kSubcommands[] = {
        {"check", QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                                    "Check the file's integrity, schema and audit trail.")},
        {"copy", QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                                   "Copy a whole database between a file and an office server.")},
    };
    QString subcommand;
    if (const auto stop = parseSubcommand(
            ctx, QStringLiteral("db"),
            CommandLine::tr("The database file itself (--db, or the default location)."),
            kSubcommands, &subcommand))
        return *stop;
    return subcommand == QLatin1String("copy") ? dbCopy(ctx) : dbCheck(ctx);
}

} // namespace gd::cli
