#pragma once

#include "article/article.h"
#include "temporal/timelineevent.h"

namespace Annalist {

/// Finds temporal expressions and normalizes them to TIMEX3 values, resolving
/// relative ones against the article's date. Never invents a year.
class TemporalTagger
{
public:
    QList<Timex> tag(const Article &article) const;
};

} // namespace Annalist
