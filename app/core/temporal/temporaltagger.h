// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/article.h"
#include "temporal/timelineevent.h"

#include <span>

namespace Annalist {

struct Word; // the recognizer's word, recognize/tokenizer.h
namespace Temporal {
struct TokenRuns; // temporal/temporaltokens.h
}

/// Finds temporal expressions and normalizes them to TIMEX3 values, resolving
/// relative ones against the article's date. Never invents a year.
class TemporalTagger
{
public:
    QList<Timex> tag(const Article &article) const;

    /// The same with words, the recognizer's tokens of article.text
    /// (Annalist::tokenize()), made once for both. The tagger finds the
    /// sentences worth reading by these words and builds its own tokens
    /// from them, reading again only the gaps between them; with no words
    /// it makes them first.
    QList<Timex> tag(const Article &article, std::span<const Word> words) const;

    /// The same, keeping in keep the tokens of the sentences read, for
    /// EventExtractor::extract() (which then tokenizes none of them again).
    QList<Timex> tag(const Article &article, std::span<const Word> words, Temporal::TokenRuns *keep) const;

    /// The date an article without one (Article::date invalid) gives itself
    /// among timexes, its own tagged by tag(): a full date in its dateline,
    /// or on a line of its own near the top ("April 27, 2005", "Published:
    /// 12 March 2024"). tag() resolves the article's relative dates against
    /// it; invalid when there is none.
    static QDate documentDate(const Article &article, const QList<Timex> &timexes);
};

} // namespace Annalist
