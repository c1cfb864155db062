// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli.h"

namespace gd::cli {

/** The translation context of the command line's help and errors (English source). */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::CommandLine)
};

/**
 * Parses a command's own arguments (ctx.args) with @p parser, which holds the command's
 * options and positional arguments. Adds --help. Returns the exit code to stop with: Ok
 * after printing `grantdesk-cli COMMAND --help`, Usage after "COMMAND: what is wrong" for
 * an unknown option, a missing value or more than @p maxPositional positional arguments
 * (-1: any number); nothing when the command goes on.
 */
std::optional<int> parseCommand(Context &ctx, QCommandLineParser &parser, const QString &command,
                                const QString &description, int maxPositional = 0);

/** "COMMAND: OPTION: MESSAGE (see grantdesk-cli COMMAND --help)" on stderr; returns Usage. */
int usageError(Context &ctx, const QString &command, const QString &message);

} // namespace gd::cli
