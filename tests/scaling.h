// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Measures how the cost of some work grows with its input, for scaling
// tests that catch quadratic work without a wall-clock threshold: the work
// runs at sizes n, 2n and 4n, and only the ratio of the times counts.

#include <QString>

#include <algorithm>
#include <limits>
#include <time.h>

namespace Annalist::Testing {

/// This thread's CPU time in seconds: time that other processes take on a
/// busy machine is not in it.
inline double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

/// The fastest time of the work at n, 2n and 4n.
struct Growth {
    qsizetype sizes[3] = {};
    double seconds[3] = {};

    /// Time at 4n over time at n: about 4 for linear work, 16 for quadratic.
    double ratio() const { return seconds[2] / std::max(seconds[0], 1e-9); }
    /// Linear or n·log n, with room for a disturbed measurement.
    bool linear(double bound = 5.0) const { return ratio() <= bound; }
    QString describe() const
    {
        return QStringLiteral("%1: %2 ms, %3: %4 ms, %5: %6 ms; ×%7 for ×4 the input")
            .arg(sizes[0])
            .arg(seconds[0] * 1e3, 0, 'f', 2)
            .arg(sizes[1])
            .arg(seconds[1] * 1e3, 0, 'f', 2)
            .arg(sizes[2])
            .arg(seconds[2] * 1e3, 0, 'f', 2)
            .arg(ratio(), 0, 'f', 1);
    }
};

/// Makes the inputs with make(size) (not timed) and times work(input) at n,
/// 2n and 4n, in turn, rounds times, keeping the fastest time of each size:
/// the slower runs are those something else disturbed (another process
/// taking the caches or the core), and taking the sizes in turn spreads a
/// disturbed stretch over all of them. On a busy machine one measurement
/// can still look superlinear, so one that does is taken again, up to
/// attempts times, unless it is far off; quadratic work never measures
/// linear (it gives 16, not 5), so a retry cannot hide it.
template<typename Make, typename Work>
Growth measureGrowth(qsizetype n, Make make, Work work, int rounds = 3, int attempts = 3)
{
    using Input = decltype(make(n));
    const Input inputs[3] = {make(n), make(2 * n), make(4 * n)};
    Growth best;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        Growth g;
        for (int k = 0; k < 3; ++k) {
            g.sizes[k] = n << k;
            g.seconds[k] = std::numeric_limits<double>::max();
        }
        for (int r = 0; r < rounds; ++r) {
            for (int k = 0; k < 3; ++k) {
                const double start = threadCpuSeconds();
                [[maybe_unused]] const auto result = work(inputs[k]);
                g.seconds[k] = std::min(g.seconds[k], threadCpuSeconds() - start);
            }
        }
        if (attempt == 0 || g.ratio() < best.ratio())
            best = g;
        if (best.linear() || best.ratio() > 10)
            break; // (far off: no disturbance explains it)
    }
    return best;
}

} // namespace Annalist::Testing
