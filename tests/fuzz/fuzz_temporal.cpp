// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the temporal tagger (finding and normalizing dates and
// times) and the event extractor over its output. The input is read as a
// plain-text article, so a "date YYYY-MM-DD" line gives the anchor date.

#include "article/loader.h"
#include "fuzzcheck.h"
#include "recognize/tokenizer.h"
#include "temporal/eventextractor.h"
#include "temporal/temporaltagger.h"
#include "temporal/temporaltokens.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <algorithm>
#include <cstdint>

using namespace Annalist;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult r = parseArticle(bytes, QStringLiteral("fuzz.txt"));
    if (!r.ok())
        return 0;
    const QList<Timex> timexes = TemporalTagger().tag(r.article);
    // The analysis tags with the recognizer's words instead of scanning again.
    const QList<Timex> alongWords = TemporalTagger().tag(r.article, tokenize(r.article.text));

    Fuzz::check(alongWords.size() == timexes.size(), "tagging along the recognizer's words finds the same expressions");
    for (qsizetype i = 0; i < std::min(alongWords.size(), timexes.size()); ++i)
        Fuzz::check(alongWords[i].range == timexes[i].range && alongWords[i].value == timexes[i].value,
                    "tagging along the recognizer's words finds the same expressions");
    for (const Timex &t : timexes)
        Fuzz::check(Fuzz::inside(t.range, r.article.text.size()) && t.range.start < t.range.end,
                    "a temporal expression is a non-empty part of the text");
    const QList<Word> words = tokenize(r.article.text);
    // The tagger reads only sentences with a number or a core word, which
    // is right only if every expression holds one.
    for (const Timex &t : timexes) {
        const Word *const end = words.constData() + words.size();
        const Word *first = std::find_if(words.constData(), end, [&](const Word &w) { return w.end > t.range.start; });
        const Word *last = std::find_if(first, end, [&](const Word &w) { return w.start >= t.range.end; });
        Fuzz::check(Temporal::findCoreWord(r.article.text, first, last) != last,
                    "every temporal expression holds a number or a core word");
    }
    const QList<TimelineEvent> events = EventExtractor().extract(r.article, {}, timexes);
    // Every way of reading the clauses gives the same events.
    const auto checkSame = [&events](const QList<TimelineEvent> &other, const char *what) {
        Fuzz::check(other.size() == events.size(), what);
        for (qsizetype i = 0; i < std::min(events.size(), other.size()); ++i)
            Fuzz::check(other[i].label == events[i].label && other[i].date == events[i].date, what);
    };
    checkSame(EventExtractor().extract(r.article, {}, timexes, words),
              "reading along the recognizer's words gives the same events");
    // As the analysis does: the tagger keeps its tokens for the extractor.
    Temporal::TokenRuns runs;
    const QList<Timex> keptTimexes = TemporalTagger().tag(r.article, words, &runs);
    Fuzz::check(keptTimexes.size() == timexes.size(), "keeping the tagger's tokens finds the same expressions");
    checkSame(EventExtractor().extract(r.article, {}, keptTimexes, words, &runs),
              "the tagger's kept tokens give the same events");
    for (const TimelineEvent &e : events) {
        Fuzz::check(Fuzz::inside(e.sentence, r.article.text.size()), "an event's sentence is in the text");
        Fuzz::check(Fuzz::inside(e.expression, r.article.text.size()), "an event's expression is in the text");
    }
    return 0;
}
