// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the fuzz targets: a failed check is a crash, which libFuzzer
// (and the _replay tests) report with the input that caused it.

#include "article/article.h"

#include <cstdio>
#include <cstdlib>

namespace Annalist::Fuzz {

inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

inline bool inside(const TextRange &r, qsizetype size)
{
    return r.start >= 0 && r.start <= r.end && r.end <= size;
}

/// What every loaded article promises: ranges inside the text, in order.
inline void checkArticle(const Article &a)
{
    const qsizetype size = a.text.size();
    qsizetype last = 0;
    for (const TextRange &p : a.paragraphs) {
        check(inside(p, size), "paragraph inside the text");
        check(p.start >= last, "paragraphs in order");
        last = p.end;
    }
    last = 0;
    for (const TextRange &s : a.sentences) {
        check(inside(s, size), "sentence inside the text");
        check(s.start >= last, "sentences in order");
        last = s.end;
    }
    check(a.dateline.start == a.dateline.end || inside(a.dateline, size), "dateline inside the text");
}

} // namespace Annalist::Fuzz
