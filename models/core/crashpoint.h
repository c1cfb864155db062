// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace gd::crashpoint {

/**
 * Injected kill points for the crash test (tests/crash): when the environment variable
 * GRANTDESK_CRASH_AT names @p point, the process kills itself there at once (SIGKILL on
 * POSIX, no clean-up, as a power cut would). Without the variable it does nothing.
 */
void reach(const char *point);

} // namespace gd::crashpoint
