// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Annalist {

/// Tunes the C library's allocator for an application that holds a long
/// article: blocks of 256 KB and more get their own mapping, which goes back
/// to the system when freed. Without this, glibc raises that threshold each
/// time a large block is freed, so the analysis's large temporary lists end
/// up in the heap, where the memory stays with the process after they are
/// gone. Call once at start; does nothing where the C library is not glibc.
void tuneAllocator();

} // namespace Annalist
