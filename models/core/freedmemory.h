// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace gd {

/**
 * Gives the free pages of the process's heaps back to the system. glibc keeps what a large
 * computation freed (in every thread's heap) for reuse, so that a window that once computed
 * monitoring figures over a million applications stayed hundreds of megabytes larger than it
 * holds. Nothing where the C library has no such call.
 */
void returnFreedMemory();

} // namespace gd
