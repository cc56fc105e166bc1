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
};

} // namespace Annalist
