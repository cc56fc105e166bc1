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

void tuneAllocator(AllocatorUse use)
{
#if defined(__GLIBC__)
    // Setting the threshold also turns off its dynamic adjustment.
    switch (use) {
    case AllocatorUse::Window:
        mallopt(M_MMAP_THRESHOLD, 256 * 1024);
        break;
    case AllocatorUse::Command:
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // glibc's largest on 64 bits
        mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
        break;
    }
#else
    (void)use;
#endif
}

} // namespace Annalist
