// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the command lands; its owner replaces this file.
#include "cli.h"

namespace gd::cli {

int keygen(Context &ctx)
{
    ctx.err << "not available in this build\n";
    return Usage;
}

} // namespace gd::cli
