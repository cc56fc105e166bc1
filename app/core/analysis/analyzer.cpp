// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/analyzer.h"

#include "recognize/recognizer.h"
#include "recognize/tokenizer.h"
#include "temporal/eventextractor.h"
#include "temporal/temporaltagger.h"
#include "temporal/temporaltokens.h"

#include <algorithm>
#include <thread>

namespace Annalist {

Analyzer::Analyzer()
    : m_recognizer(std::make_unique<Recognizer>())
{
}

Analyzer::~Analyzer() = default;

void Analyzer::setRecognizerParts(RecognizerParts parts)
{
    m_recognizer->setParts(parts);
}

void Analyzer::setParallel(bool parallel)
{
    static_assert(ParallelFrom == Recognizer::ParallelFrom);
    m_parallel = parallel;
    m_recognizer->setParallel(parallel);
}

Analysis Analyzer::analyze(const Article &article) const
{
    Analysis result;
    // One pass over the characters for all three: the temporal tagger and
    // the event extractor build their tokens from the recognizer's words.
    // A long article's words (24 bytes each) are freed once the recognizer
    // and the tagger are done; the extractor then reads its few clauses.
    QList<Word> words = tokenize(article.text);
    constexpr qsizetype KeepWordsUpTo = 1 << 20; // UTF-16 units
    const bool keepWords = article.text.size() <= KeepWordsUpTo;
    // The names first, then the dates: neither reads the other's result,
    // and the recognizer's working memory (most of what an analysis takes)
    // is then not piled on the tagger's dates (unless setParallel() asked
    // for both at once). A shared copy of the words costs nothing: the
    // recognizer only reads them.
    QList<AcronymDefinition> acronyms;
    // The tagger's tokens of the sentences it reads, which hold every date,
    // serve the extractor's clauses too (kept, like the words, only for
    // articles of ordinary length).
    Temporal::TokenRuns runs;
    const auto tagDates = [&] {
        result.timexes = TemporalTagger().tag(article, std::as_const(words), keepWords ? &runs : nullptr);
    };
    const bool parallel = m_parallel && article.text.size() >= ParallelFrom;
    EntityList names;
    if (parallel) {
        // Both only read the words (and the article), and write their own results.
        std::thread tagger(tagDates);
        names = m_recognizer->recognize(article, words, &acronyms);
        tagger.join();
    } else {
        names = m_recognizer->recognize(article, words, &acronyms);
        tagDates();
    }
    if (!keepWords)
        QList<Word>().swap(words);
    EntityList dates;
    dates.reserve(result.timexes.size());
    for (const Timex &t : std::as_const(result.timexes)) {
        Entity e;
        e.range = t.range;
        e.type = EntityTypes::shared().date;
        e.value = t.value;
        e.timexType = t.type;
        e.why = t.why;
        dates.append(std::move(e));
    }
    // Names, then dates, in order of start; where both start at one place
    // the name comes first. Both lists come sorted, so merging them is
    // enough (sorting the moved entities cost more than anything around
    // it); merged in the names' own block, which grows in place, rather
    // than into a third list as large as both (tens of megabytes of fresh
    // memory for a long article, while the two are still held).
    const auto byStart = [](const Entity &a, const Entity &b) { return a.range.start < b.range.start; };
    const bool sorted = std::is_sorted(names.cbegin(), names.cend(), byStart)
        && std::is_sorted(dates.cbegin(), dates.cend(), byStart);
    const qsizetype namesCount = names.size();
    result.entities = std::move(names);
    result.entities.append(std::move(dates));
    dates = EntityList(); // (its moved-from entities still held their block)
    if (sorted)
        std::inplace_merge(result.entities.begin(), result.entities.begin() + namesCount, result.entities.end(), byStart);
    else
        std::stable_sort(result.entities.begin(), result.entities.end(), byStart);
    EventExtractor extractor;
    extractor.setParallel(parallel);
    result.events = extractor.extract(article, result.entities, result.timexes,
                                      keepWords ? std::span<const Word>(std::as_const(words)) : std::span<const Word>(),
                                      keepWords ? &runs : nullptr, acronyms);
    return result;
}

} // namespace Annalist
