// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the command lands; its owner replaces this file.
#include "cli.h"

namespace gd::cli {

int feed(Context &ctx)
{
    ctx.err << "not available in this build\n";
    return Usage;
}

int indicators(Context &ctx)
{
    ctx.err << "not available in this build\n";
    return Usage;
}

int alerts(Context &ctx)
{
    ctx.err << "not available in this build\n";
    return Usage;
}

} // namespace gd::cli
