// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/article.h"
#include "recognize/entity.h"
#include "recognize/recognizer.h"
#include "temporal/timelineevent.h"

#include <span>

namespace Annalist {

struct Word; // the recognizer's word, recognize/tokenizer.h
namespace Temporal {
struct TokenRuns; // temporal/temporaltokens.h
}

/// Turns dated statements into timeline events, in chronological order.
class EventExtractor
{
public:
    QList<TimelineEvent> extract(const Article &article, const EntityList &entities,
                                 const QList<Timex> &timexes) const;

    /// The same, reading the clauses along words, the recognizer's tokens of
    /// article.text (Annalist::tokenize()), instead of scanning them again.
    QList<TimelineEvent> extract(const Article &article, const EntityList &entities, const QList<Timex> &timexes,
                                 std::span<const Word> words) const;

    /// The same, copying the tokens of the sentences the tagger read from
    /// runs (TemporalTagger::tag() with keep) instead of making them again.
    /// runs must come from the same article and words. Labels show the
    /// acronym for a long form that acronyms (the recognizer's, from
    /// Recognizer::recognize()) defines; without them, no acronym.
    QList<TimelineEvent> extract(const Article &article, const EntityList &entities, const QList<Timex> &timexes,
                                 std::span<const Word> words, const Temporal::TokenRuns *runs,
                                 const QList<AcronymDefinition> &acronyms = {}) const;

    /// With a core to spare: the dates of an article with ParallelDates of
    /// them or more are then read in two halves on two threads, cut where
    /// they group the same either way, so the events are the same. Off by
    /// default.
    void setParallel(bool parallel) { m_parallel = parallel; }
    static constexpr qsizetype ParallelDates = 512;

    /// The events of the parts of one text, each part's from extract() (in
    /// their order, at their places in the whole text), as one timeline:
    /// an event told in two parts (the same date and label) is one, the
    /// first, with the names of both, and all are in chronological order.
    static QList<TimelineEvent> joinParts(QList<TimelineEvent> events);

private:
    bool m_parallel = false;
};

} // namespace Annalist
