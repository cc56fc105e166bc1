// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/article.h"
#include "recognize/entity.h"
#include "temporal/timelineevent.h"

#include <memory>

namespace Annalist {

class Recognizer;
enum class RecognizerParts;

/// The automatic layer of one article: recomputed from the text on every open.
struct Analysis {
    EntityList entities; ///< sorted by start; DATE entities included
    QList<Timex> timexes;
    QList<TimelineEvent> events; ///< chronological
};

/// Runs recognition, temporal tagging and event extraction. Holds the
/// compiled gazetteers, so keep one and reuse it; analyze() is thread-safe.
class Analyzer
{
public:
    Analyzer();
    ~Analyzer();

    Analysis analyze(const Article &article) const;

    /// Which recognizer runs: the rules and the learned model combined (the
    /// default), or either alone (for measuring them).
    void setRecognizerParts(RecognizerParts parts);

    /// With a core to spare (an export of one long article): the dates of
    /// an article of ParallelFrom UTF-16 units or more are then tagged on a
    /// thread of their own while the names are found, the learned model
    /// reads the names' words on two threads (Recognizer::recognize() with
    /// parallel), and the events are read from the dates on two
    /// (EventExtractor::setParallel()); a text read in parts (parts()) is
    /// read two parts at a time instead. Each part's result is the same; the
    /// time of the recognizer and the tagger is the longer of the two
    /// instead of their sum, and both working sets are held at once, which
    /// is why the window, whose memory for a long article is counted, does
    /// not ask for it. Off by default.
    void setParallel(bool parallel);
    static constexpr qsizetype ParallelFrom = 256 * 1024;

    /// A text of more than twice partLength() UTF-16 units (a book, a
    /// collection of articles, a report of hundreds of pages) is read in
    /// parts of about that length, cut where a paragraph begins (else a
    /// sentence), each part as an article of its own: the evidence one
    /// mention lends another (an acronym defined, a short form of a name,
    /// one type per string, the date a relative one is counted from) reaches
    /// across a part, not across the whole book. An event told in two parts
    /// is still one; the article's date, or the one its dateline gives it,
    /// holds in every part. The parts' working sets are an article's, not a
    /// book's, which is what keeps a long text fast to read and small in
    /// memory; with setParallel(), two parts are read at a time. 0: never in
    /// parts (as for measuring what they gain).
    void setPartLength(qsizetype length) { m_partLength = length; }
    qsizetype partLength() const { return m_partLength; }
    static constexpr qsizetype DefaultPartLength = 512 * 1024;

    /// The parts analyze() reads article in, in order, together the whole
    /// text; one for an article of ordinary length.
    QList<TextRange> parts(const Article &article) const;

private:
    Analysis analyzeWhole(const Article &article, bool parallel) const;

    std::unique_ptr<Recognizer> m_recognizer;
    bool m_parallel = false;
    qsizetype m_partLength = DefaultPartLength;
};

} // namespace Annalist
