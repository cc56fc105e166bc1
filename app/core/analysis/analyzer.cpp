// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/analyzer.h"

#include "recognize/recognizer.h"
#include "recognize/tokenizer.h"
#include "temporal/eventextractor.h"
#include "temporal/temporaltagger.h"
#include "temporal/temporaltokens.h"

#include <algorithm>
#include <atomic>
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
}

namespace {

/// The article of the part range of whole: its text, its paragraphs (cut
/// where the part cuts them) and sentences, at their places in the part;
/// the dateline only in the first part, whose top it is.
Article partOf(const Article &whole, TextRange range, QDate date)
{
    Article part = whole; // (its lists are shared, not copied, until replaced)
    part.date = date;
    if (range.start != 0) {
        part.datelinePlace.clear();
        part.dateline = {};
    }
    part.text = whole.text.mid(range.start, range.length());
    // (Swapped out: clear() of a shared list would make a block as large.)
    QList<TextRange>().swap(part.paragraphs);
    QList<TextRange>().swap(part.sentences);
    const auto inPart = [&](const QList<TextRange> &from, QList<TextRange> &to) {
        auto it = std::upper_bound(from.cbegin(), from.cend(), range.start,
                                   [](qsizetype pos, const TextRange &r) { return pos < r.end; });
        for (; it != from.cend() && it->start < range.end; ++it)
            to.append({std::max(it->start, range.start) - range.start, std::min(it->end, range.end) - range.start});
    };
    inPart(whole.paragraphs, part.paragraphs);
    inPart(whole.sentences, part.sentences);
    return part;
}

} // namespace

QList<TextRange> Analyzer::parts(const Article &article) const
{
    const qsizetype size = article.text.size();
    if (m_partLength <= 0 || size <= 2 * m_partLength)
        return {{0, size}};
    // The first paragraph (else sentence) to begin at or after pos, where no
    // sentence goes on across it; size if there is none.
    const auto startAfter = [&](const QList<TextRange> &ranges, qsizetype pos) -> qsizetype {
        auto it = std::lower_bound(ranges.cbegin(), ranges.cend(), pos,
                                   [](const TextRange &r, qsizetype p) { return r.start < p; });
        for (; it != ranges.cend(); ++it) {
            const qsizetype s = article.sentenceAt(it->start - 1);
            if (s < 0 || article.sentences[s].end <= it->start)
                return it->start;
        }
        return size;
    };
    QList<TextRange> result;
    qsizetype start = 0;
    // The last part is no shorter than half a part.
    while (size - start > m_partLength + m_partLength / 2) {
        const qsizetype from = start + m_partLength;
        qsizetype cut = startAfter(article.paragraphs, from);
        if (cut - from > m_partLength / 2) // a very long paragraph
            cut = std::min(cut, startAfter(article.sentences, from));
        if (size - cut < m_partLength / 2)
            break;
        result.append({start, cut});
        start = cut;
    }
    result.append({start, size});
    return result;
}

Analysis Analyzer::analyze(const Article &article) const
{
    const QList<TextRange> ranges = parts(article);
    if (ranges.size() == 1)
        return analyzeWhole(article, m_parallel && article.text.size() >= ParallelFrom);
    // The first part first when the article gives no date: its dateline may,
    // and the date then holds in the other parts as in the first (as for a
    // whole article, TemporalTagger::tag()).
    QList<Analysis> analyses(ranges.size());
    QDate date = article.date;
    qsizetype first = 0;
    if (!date.isValid()) {
        const Article top = partOf(article, ranges.first(), date);
        analyses[0] = analyzeWhole(top, false);
        date = TemporalTagger::documentDate(top, analyses[0].timexes);
        first = 1;
    }
    // The parts are taken in turn by one thread or two; each reads its own
    // part and writes its own analysis.
    std::atomic<qsizetype> next = first;
    const auto work = [&] {
        for (qsizetype k = next++; k < ranges.size(); k = next++)
            analyses[k] = analyzeWhole(partOf(article, ranges[k], date), false);
    };
    if (m_parallel) {
        std::thread helper(work);
        work();
        helper.join();
    } else {
        work();
    }
    // Together, at their places in the whole text: each part's names and
    // dates are in the order of the text, and the parts are.
    Analysis result;
    qsizetype entities = 0;
    qsizetype timexes = 0;
    qsizetype events = 0;
    for (const Analysis &a : std::as_const(analyses)) {
        entities += a.entities.size();
        timexes += a.timexes.size();
        events += a.events.size();
    }
    result.entities.reserve(entities);
    result.timexes.reserve(timexes);
    QList<TimelineEvent> allEvents;
    allEvents.reserve(events);
    for (qsizetype k = 0; k < ranges.size(); ++k) {
        const qsizetype shift = ranges[k].start;
        const auto moved = [shift](TextRange &r) {
            r.start += shift;
            r.end += shift;
        };
        Analysis &a = analyses[k];
        for (Entity &e : a.entities) {
            moved(e.range);
            result.entities.append(std::move(e));
        }
        for (Timex &t : a.timexes) {
            moved(t.range);
            result.timexes.append(std::move(t));
        }
        for (TimelineEvent &ev : a.events) {
            moved(ev.sentence);
            moved(ev.expression);
            allEvents.append(std::move(ev));
        }
        a = Analysis(); // (what was moved out of still holds its blocks)
    }
    result.events = EventExtractor::joinParts(std::move(allEvents));
    return result;
}

Analysis Analyzer::analyzeWhole(const Article &article, bool parallel) const
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
    EntityList names;
    if (parallel) {
        // Both only read the words (and the article), and write their own results.
        std::thread tagger(tagDates);
        names = m_recognizer->recognize(article, words, &acronyms, parallel);
        tagger.join();
    } else {
        names = m_recognizer->recognize(article, words, &acronyms, parallel);
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
