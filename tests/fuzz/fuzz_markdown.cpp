// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the markdown loader (format detection, decoding, the
// reader, segmentation into paragraphs and sentences).

#include "article/loader.h"
#include "fuzzcheck.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Annalist;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult r = parseArticle(bytes, QStringLiteral("fuzz.md"));
    if (r.ok()) {
        Fuzz::checkArticle(r.article);
        Fuzz::check(!r.article.text.isEmpty(), "an accepted article has text");
    } else {
        Fuzz::check(!r.message.isEmpty(), "a refusal says why");
    }
    return 0;
}
