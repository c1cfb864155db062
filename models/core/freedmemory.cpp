// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/freedmemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace gd {

void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0); // every arena, not only the calling thread's
#endif
}

} // namespace gd
