// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtTypes>

#include <utility>
#include <vector>

namespace Annalist {

/// A small deterministic generator (splitmix64) for the trainers: the same
/// numbers on every platform and library, unlike the standard library's
/// distributions, so that a model rebuilt from the same data and seed has
/// the same bytes.
struct SplitMix64 {
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double uniform() { return double(next() >> 11) / double(1ULL << 53); }
    /// Fisher–Yates, from the back.
    template<typename T>
    void shuffle(std::vector<T> &v)
    {
        for (std::size_t k = v.size(); k > 1; --k)
            std::swap(v[k - 1], v[std::size_t(next() % k)]);
    }
};

} // namespace Annalist
