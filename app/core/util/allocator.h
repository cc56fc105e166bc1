// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Annalist {

enum class AllocatorUse {
    /// The window, which holds a long article for as long as it is open:
    /// blocks of 256 KB and more get their own mapping, which goes back to
    /// the system when freed. Without this, glibc raises that threshold each
    /// time a large block is freed, so the analysis's large temporary lists
    /// end up in the heap, where the memory stays with the process after
    /// they are gone.
    Window,
    /// A command that ends when its work is done (`annalist export`,
    /// `annalist library`): blocks up to 32 MB come from the heap, and what
    /// is freed stays there for the next (up to 64 MB of it), so that the
    /// lists of one part of a long text, or of one article of a batch, reuse
    /// the pages of the last instead of touching fresh ones, a page fault
    /// for every 4 KB (half the faults of a long article's export).
    Command,
};

/// Tunes the C library's allocator for use. Call once at start; does
/// nothing where the C library is not glibc.
void tuneAllocator(AllocatorUse use);

} // namespace Annalist
