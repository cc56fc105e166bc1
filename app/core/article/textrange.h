// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <algorithm>

namespace Annalist {

/// A half-open range [start, end) of UTF-16 code units in an article's text.
/// Inside the program every offset is a QString index; files and exports use
/// code points, converted in one place (util/codepoints.h).
struct TextRange {
    qsizetype start = 0;
    qsizetype end = 0;

    constexpr qsizetype length() const { return end - start; }
    constexpr bool isEmpty() const { return end <= start; }
    constexpr bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    constexpr bool contains(TextRange other) const { return other.start >= start && other.end <= end; }
    constexpr bool overlaps(TextRange other) const { return start < other.end && other.start < end; }
    friend constexpr bool operator==(TextRange, TextRange) = default;
};

/// The index of the item whose `range` holds pos in a list sorted by start
/// whose ranges do not overlap (entities, the user's tags), or -1. O(log n).
/// The one "what is at this position" of the core and the window.
template<typename List>
qsizetype indexOfRangeAt(const List &sortedByStart, qsizetype pos)
{
    // The candidate is the last item starting at or before pos.
    const auto it = std::upper_bound(sortedByStart.cbegin(), sortedByStart.cend(), pos,
                                     [](qsizetype p, const auto &item) { return p < item.range.start; });
    if (it == sortedByStart.cbegin() || !(it - 1)->range.contains(pos))
        return -1;
    return (it - 1) - sortedByStart.cbegin();
}

} // namespace Annalist
