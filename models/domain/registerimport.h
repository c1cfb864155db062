// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace gd {

/** Summary of one register import. */
struct RegisterImportSummary
{
    int added = 0;
    int updated = 0; // status or fields changed
    int unchanged = 0;
};

} // namespace gd
