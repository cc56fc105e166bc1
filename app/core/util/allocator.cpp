// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/allocator.h"

// A header of the C library first: it is what defines __GLIBC__. (Tested
// before any was included, the test was false, and the function below did
// nothing at all.)
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Annalist {

void tuneAllocator()
{
#if defined(__GLIBC__)
    // Setting the threshold also turns off its dynamic adjustment.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

} // namespace Annalist
