#pragma once

#include "article/article.h"
#include "temporal/timelineevent.h"

#include <span>

namespace Annalist {

struct Token; // the recognizer's word, recognize/tokenizer.h

/// Finds temporal expressions and normalizes them to TIMEX3 values, resolving
/// relative ones against the article's date. Never invents a year.
class TemporalTagger
{
public:
    QList<Timex> tag(const Article &article) const;

    /// The same, reusing words, the recognizer's tokens of article.text
    /// (Annalist::tokenize()), instead of reading every character again.
    QList<Timex> tag(const Article &article, std::span<const Token> words) const;
};

} // namespace Annalist
