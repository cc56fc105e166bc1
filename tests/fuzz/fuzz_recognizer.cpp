// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the recognizer, and the rest of the automatic analysis
// that uses its output (tagging, event extraction with entities).

#include "analysis/analyzer.h"
#include "article/loader.h"
#include "fuzzcheck.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Annalist;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Compiling the gazetteers takes a while: once per process.
    static const Analyzer analyzer;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult r = parseArticle(bytes, QStringLiteral("fuzz.txt"));
    if (!r.ok())
        return 0;
    const Analysis a = analyzer.analyze(r.article);
    qsizetype last = 0;
    for (const Entity &e : a.entities) {
        Fuzz::check(Fuzz::inside(e.range, r.article.text.size()) && e.range.start < e.range.end,
                    "an entity is a non-empty part of the text");
        Fuzz::check(e.range.start >= last, "entities sorted by start");
        last = e.range.start;
    }
    return 0;
}
