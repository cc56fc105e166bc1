// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the sidecar parser, placing what it read in a text, and
// writing it back (which must parse again).

#include "article/loader.h"
#include "fuzzcheck.h"
#include "storage/sidecar.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Annalist;

namespace {

const Article &article()
{
    static const Article a = [] {
        Article result;
        result.path = QStringLiteral("/fuzz/article.txt");
        result.text = QStringLiteral(
            "BERGEN, Norway, March 4. The ferry left Bergen for Oslo at noon.\n"
            "Dr. Berg met the Harbour Council on Tuesday; talks resume in 2025. \U0001F6A2 Émile agreed.");
        segmentArticle(result);
        return result;
    }();
    return a;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const SidecarReadResult read = parseSidecar(bytes, QStringLiteral("fuzz.annalist.json"));
    if (!read.hasContent())
        return 0;
    AnchoringReport report;
    const UserLayer layer = placeSidecarContent(read.content, article().text, &report);
    const QByteArray written = serializeSidecar(article(), layer, read.content);
    const SidecarReadResult again = parseSidecar(written, QStringLiteral("again.annalist.json"));
    Fuzz::check(again.ok(), "what we write parses as our own sidecar");
    // Nothing is lost: every item read comes back, understood or kept as it
    // was. (An unread item may come back understood: one whose selector key
    // was "exact" with raw NUL bytes after it did, in the clang build only,
    // once written back with \u0000 escapes; see regressions/sidecar/.)
    Fuzz::check(again.content.entities.size() + again.content.unreadItems.size()
                    == read.content.entities.size() + read.content.unreadItems.size(),
                "every annotation read is written back");
    Fuzz::check(again.content.timeline.size() + again.content.unreadTimeline.size()
                    == read.content.timeline.size() + read.content.unreadTimeline.size(),
                "every timeline edit read is written back");
    return 0;
}
