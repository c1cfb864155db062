// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commandline.h"
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
    const auto check = DeskMaintenance(opened.value()).check();
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

} // namespace

int db(Context &ctx)
{
    static constexpr Subcommand kSubcommands[] = {
        {"check", QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                                    "Check the file's integrity, schema and audit trail.")},
    };
    QString subcommand;
    if (const auto stop = parseSubcommand(
            ctx, QStringLiteral("db"),
            CommandLine::tr("The database file itself (--db, or the default location)."),
            kSubcommands, &subcommand))
        return *stop;
    return dbCheck(ctx);
}

} // namespace gd::cli
