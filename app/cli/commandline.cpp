// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <algorithm>

#include "services/desk.h"
#include "services/inboxservice.h"

namespace gd::cli {
namespace {

constexpr int kColumns = 79; // what Qt wraps the option descriptions at

/**
 * @p text wrapped at kColumns terminal columns, keeping its own line breaks: English at a
 * space, Chinese (wide characters) before the character that would not fit.
 */
QString wrapped(const QString &text)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QChar c : paragraph) {
            line += c;
            if (displayWidth(line) <= kColumns)
                continue;
            const qsizetype space = line.lastIndexOf(u' ');
            const bool wide = displayWidth(QString(c)) > 1;
            const qsizetype cut = wide || space <= 0 ? line.size() - 1 : space;
            lines << line.left(cut);
            line = line.mid(cut).trimmed();
        }
        lines << line;
    }
    return lines.join(u'\n');
}

/** "--help" as every parser here has it: -h and --help. */
QCommandLineOption helpOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                              CommandLine::tr("Show this help and exit."));
}

/**
 * @p parser's help with the usage line naming @p usage ("grantdesk-cli price") instead of
 * the program's path, as Qt writes it, followed by @p more.
 */
QString helpText(const QCommandLineParser &parser, const QString &usage, const QString &more = {})
{
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(u'\n');
    QString first = text.left(end);
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : first.indexOf(program);
    if (at >= 0)
        first.replace(at, program.size(), usage);
    return first + text.mid(end) + more;
}

/** "  NAME   SUMMARY" lines, the summaries aligned and translated (context CommandLine). */
QString listing(const QList<std::pair<QString, const char *>> &rows)
{
    qsizetype width = 0;
    for (const auto &[name, summary] : rows)
        width = std::max(width, name.size());
    QString text;
    for (const auto &[name, summary] : rows)
        text += QStringLiteral("  ") + name.leftJustified(width + 2) +
                QCoreApplication::translate("gd::cli::CommandLine", summary) + u'\n';
    return text;
}

/** What `grantdesk-cli --help` says after the options: the commands and the conventions. */
QString programNotes(std::span<const Command> commands)
{
    QList<std::pair<QString, const char *>> rows;
    for (const Command &command : commands)
        rows.append({QString::fromLatin1(command.call), command.summary});
    const QString notes =
        CommandLine::tr("Each command describes its options and arguments: "
                        "grantdesk-cli COMMAND --help.") +
        QStringLiteral("\n\n") +
        CommandLine::tr("Exit codes: 0 success, 1 a failure, 2 refused input, 3 a storage "
                        "problem (the database is locked, read-only, full, damaged or not a "
                        "GrantDesk database), 64 wrong usage. A command waits up to 5 s for "
                        "another one using the database.") +
        QStringLiteral("\n\n") +
        CommandLine::tr("Passphrases come from the terminal, or from GRANTDESK_PASSPHRASE for "
                        "scripts. Errors go to stderr as \"where: what\", one per line.");
    return u'\n' + CommandLine::tr("Commands:") + u'\n' + listing(rows) + u'\n' + wrapped(notes) +
           u'\n';
}

} // namespace

int usageError(Context &ctx, const QString &command, const QString &message)
{
    ctx.err << command << ": " << message << ' '
            << CommandLine::tr("(see grantdesk-cli %1 --help)").arg(command) << '\n';
    return Usage;
}

std::optional<int> parseGlobalOptions(const QStringList &arguments,
                                      std::span<const Command> commands, QTextStream &out,
                                      QTextStream &err, GlobalOptions *global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(wrapped(CommandLine::tr(
        "GrantDesk reviews applications to use public data under authorized operation.")));
    // The command's own options follow it: they are its arguments, never global ones.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption db(
        QStringLiteral("db"),
        CommandLine::tr("The database file (default: %1).").arg(Desk::defaultLocation()),
        CommandLine::tr("PATH"));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        CommandLine::tr("Open the database read-only (automatic when the file or its folder "
                        "cannot be written): list, audit verify, db check, indicators and "
                        "alerts work, commands that write are refused."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     CommandLine::tr("Write debug messages to the log."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     CommandLine::tr("Show the version and exit."));
    parser.addOptions({db, readOnly, verbose, help, version});
    parser.addPositionalArgument(
        QStringLiteral("COMMAND"),
        CommandLine::tr("The command to run (listed below), followed by its own options and "
                        "arguments."),
        QStringLiteral("COMMAND [ARGS...]"));
    const QString program = QStringLiteral("grantdesk-cli");
    if (!parser.parse(QStringList{program} + arguments)) {
        err << program << ": " << parser.errorText() << ' '
            << CommandLine::tr("(see grantdesk-cli --help)") << '\n';
        return Usage;
    }
    if (parser.isSet(help)) {
        out << helpText(parser, program, programNotes(commands));
        return Ok;
    }
    if (parser.isSet(version)) {
        out << program << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        err << helpText(parser, program, programNotes(commands));
        return Usage;
    }
    global->dbGiven = parser.isSet(db) && !parser.value(db).isEmpty();
    global->dbPath = global->dbGiven ? parser.value(db) : Desk::defaultLocation();
    global->readOnly = parser.isSet(readOnly);
    global->verbose = parser.isSet(verbose);
    global->command = rest.takeFirst();
    global->args = rest;
    return std::nullopt;
}

int runCommand(std::span<const Command> commands, const QString &name, Context &ctx)
{
    const auto found = std::find_if(commands.begin(), commands.end(), [&](const Command &c) {
        return name == QLatin1String(c.name);
    });
    if (found == commands.end()) {
        ctx.err << name << ": " << CommandLine::tr("unknown command (see --help)") << '\n';
        return Usage;
    }
    return found->run(ctx);
}

std::optional<int> parseCommand(Context &ctx, QCommandLineParser &parser, const QString &command,
                                const QString &description, int maxPositional)
{
    parser.setApplicationDescription(wrapped(description));
    // "--quantity -5" is a value; "-json" is the long option, never -j -s -o -n.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    if (!parser.parse(QStringList{command} + ctx.args))
        return usageError(ctx, command, parser.errorText());
    if (parser.isSet(help)) {
        ctx.out << helpText(parser, QStringLiteral("grantdesk-cli ") + command);
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (maxPositional >= 0 && positional.size() > maxPositional)
        return usageError(
            ctx, command,
            CommandLine::tr("unexpected argument: %1").arg(positional.at(maxPositional)));
    return std::nullopt;
}

std::optional<int> parseSubcommand(Context &ctx, const QString &command, const QString &description,
                                   std::span<const Subcommand> subcommands, QString *chosen)
{
    QCommandLineParser parser;
    // What follows the subcommand is its own: read by its parser, not by this one.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    QStringList names;
    QList<std::pair<QString, const char *>> rows;
    for (const Subcommand &subcommand : subcommands) {
        names << QString::fromLatin1(subcommand.name);
        rows.append({names.last(), subcommand.summary});
    }
    parser.addPositionalArgument(
        QStringLiteral("SUBCOMMAND"),
        CommandLine::tr("What to do (listed below), followed by its own options; "
                        "grantdesk-cli %1 SUBCOMMAND --help describes them.")
            .arg(command),
        QStringLiteral("SUBCOMMAND [ARGS...]"));
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    parser.setApplicationDescription(wrapped(description));
    if (!parser.parse(QStringList{command} + ctx.args))
        return usageError(ctx, command, parser.errorText());
    if (parser.isSet(help)) {
        ctx.out << helpText(parser, QStringLiteral("grantdesk-cli ") + command,
                            u'\n' + CommandLine::tr("Subcommands:") + u'\n' + listing(rows));
        return Ok;
    }
    QStringList rest = parser.positionalArguments();
    const QString name = rest.isEmpty() ? QString() : rest.takeFirst();
    if (!names.contains(name)) {
        const QString expected = command + u' ' + names.join(QStringLiteral("|"));
        return usageError(
            ctx, command,
            name.isEmpty()
                ? CommandLine::tr("expected '%1'").arg(expected)
                : CommandLine::tr("%1: unknown subcommand, expected '%2'").arg(name, expected));
    }
    *chosen = name;
    ctx.args = rest;
    return std::nullopt;
}

bool dateOption(Context &ctx, const QString &command, const QCommandLineParser &parser,
                const QCommandLineOption &option, QDate *out)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        usageError(ctx, command,
                   CommandLine::tr("--%1: not a date (YYYY-MM-DD): %2")
                       .arg(option.names().constFirst(), text));
        return false;
    }
    *out = date;
    return true;
}

const QCommandLineOption &versionOpt()
{
    static const QCommandLineOption option(
        QStringLiteral("version"),
        CommandLine::tr("The version of the application (default: the highest)."),
        CommandLine::tr("N"));
    return option;
}

bool versionOption(Context &ctx, const QString &cmd, const QCommandLineParser &parser,
                   const QCommandLineOption &option, int *version)
{
    *version = 0;
    const QString text = parser.value(option);
    if (text.isEmpty())
        return true;
    bool ok = false;
    *version = text.toInt(&ok);
    if (ok && *version >= 1)
        return true;
    usageError(ctx, cmd, CommandLine::tr("--version: %1: expected a version number").arg(text));
    return false;
}

int resolveVersion(Context &ctx, const std::shared_ptr<Desk> &desk, const QString &id, int version)
{
    if (version > 0)
        return version;
    auto latest = InboxService(desk).latestVersion(id);
    if (!latest) {
        ctx.err << latest.error().toString() << '\n';
        return 0;
    }
    return latest.value();
}

} // namespace gd::cli
