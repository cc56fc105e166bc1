#pragma once

#include "article/article.h"
#include "recognize/entity.h"
#include "temporal/timelineevent.h"

namespace Annalist {

/// Turns dated statements into timeline events, in chronological order.
class EventExtractor
{
public:
    QList<TimelineEvent> extract(const Article &article, const EntityList &entities,
                                 const QList<Timex> &timexes) const;
};

} // namespace Annalist
