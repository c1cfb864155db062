// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

#include "cli.h"

namespace gd::cli {

/** The translation context of the command line's help and errors (English source). */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::CommandLine)
};

/**
 * One command of grantdesk-cli. main() dispatches from a table of these and
 * `grantdesk-cli --help` lists the same table, one line a command.
 */
struct Command
{
    const char *name;    // what is typed: "audit"
    const char *call;    // how the list shows it: "audit verify"
    const char *summary; // one line, QT_TRANSLATE_NOOP("gd::cli::CommandLine", …)
    int (*run)(Context &ctx);
};

/** A word after a command that names what it does: `audit verify`, `db check`. */
struct Subcommand
{
    const char *name;
    const char *summary; // one line, QT_TRANSLATE_NOOP("gd::cli::CommandLine", …)
};

/** What the options before the command say, and the command with its own arguments. */
struct GlobalOptions
{
    QString dbPath; // Desk::defaultLocation() unless --db was given
    bool dbGiven = false;
    bool readOnly = false;
    bool verbose = false;
    QString command;
    QStringList args; // after the command name
};

/**
 * Parses the program's @p arguments (argv without the program): the global options, then
 * the command, whose own arguments are left for it. Returns the exit code to stop with: Ok
 * after --help (the options and the @p commands, one line each) or --version, Usage after
 * an unknown global option, a missing value, or no command at all (the help on stderr);
 * nothing when a command is to run.
 */
std::optional<int> parseGlobalOptions(const QStringList &arguments,
                                      std::span<const Command> commands, QTextStream &out,
                                      QTextStream &err, GlobalOptions *global);

/** Runs the command ctx names in @p commands; Usage after "NAME: unknown command". */
int runCommand(std::span<const Command> commands, const QString &name, Context &ctx);

/**
 * Parses a command's own arguments (ctx.args) with @p parser, which holds the command's
 * options and positional arguments. Adds --help. Returns the exit code to stop with: Ok
 * after printing `grantdesk-cli COMMAND --help`, Usage after "COMMAND: what is wrong" for
 * an unknown option, a missing value or more than @p maxPositional positional arguments
 * (-1: any number); nothing when the command goes on.
 */
std::optional<int> parseCommand(Context &ctx, QCommandLineParser &parser, const QString &command,
                                const QString &description, int maxPositional = 0);

/**
 * For a command made of subcommands (`audit verify`, `db check`): parses ctx.args up to
 * the subcommand, which must be one of @p subcommands. `COMMAND --help` lists them. On
 * going on, *chosen is the subcommand and ctx.args holds its own arguments (which its
 * parseCommand, as "COMMAND SUBCOMMAND", reads). Returns the exit code to stop with, as
 * parseCommand does (Usage when the subcommand is missing or unknown).
 */
std::optional<int> parseSubcommand(Context &ctx, const QString &command, const QString &description,
                                   std::span<const Subcommand> subcommands, QString *chosen);

/** "COMMAND: OPTION: MESSAGE (see grantdesk-cli COMMAND --help)" on stderr; returns Usage. */
int usageError(Context &ctx, const QString &command, const QString &message);

/**
 * The YYYY-MM-DD date @p option gives into *out (left alone when the option is not set).
 * False after "COMMAND: --OPTION: not a date (YYYY-MM-DD): TEXT" (usageError).
 */
bool dateOption(Context &ctx, const QString &command, const QCommandLineParser &parser,
                const QCommandLineOption &option, QDate *out);

/**
 * The number @p option (--version) gives into *version, 0 when it is not set. False after
 * "COMMAND: --version: TEXT: expected a version number" (usageError).
 */
bool versionOption(Context &ctx, const QString &command, const QCommandLineParser &parser,
                   const QCommandLineOption &option, int *version);

/** --version N: which version of the case a command acts on (read with versionOption). */
const QCommandLineOption &versionOpt();

/** @p version, or the highest version of @p id when it is 0; 0 after printing why not. */
int resolveVersion(Context &ctx, const std::shared_ptr<Desk> &desk, const QString &id, int version);

} // namespace gd::cli
