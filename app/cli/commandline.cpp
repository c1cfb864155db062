// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

namespace gd::cli {

int usageError(Context &ctx, const QString &command, const QString &message)
{
    ctx.err << command << ": " << message << ' '
            << CommandLine::tr("(see grantdesk-cli %1 --help)").arg(command) << '\n';
    return Usage;
}

std::optional<int> parseCommand(Context &ctx, QCommandLineParser &parser, const QString &command,
                                const QString &description, int maxPositional)
{
    parser.setApplicationDescription(description);
    // "--quantity -5" is a value; "-json" is the long option, never -j -s -o -n.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(QStringList{command} + ctx.args))
        return usageError(ctx, command, parser.errorText());
    if (parser.isSet(help)) {
        // Qt names the program by its path: the usage line names the command instead.
        QString text = parser.helpText();
        const qsizetype end = text.indexOf(u'\n');
        QString first = text.left(end);
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = first.indexOf(program);
        if (at >= 0)
            first.replace(at, program.size(), QStringLiteral("grantdesk-cli ") + command);
        ctx.out << first << text.mid(end);
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (maxPositional >= 0 && positional.size() > maxPositional)
        return usageError(
            ctx, command,
            CommandLine::tr("unexpected argument: %1").arg(positional.at(maxPositional)));
    return std::nullopt;
}

} // namespace gd::cli
