#include "temporal/eventextractor.h"

namespace Annalist {

QList<TimelineEvent> EventExtractor::extract(const Article &article, const EntityList &entities,
                                             const QList<Timex> &timexes) const
{
    Q_UNUSED(article);
    Q_UNUSED(entities);
    Q_UNUSED(timexes);
    return {};
}

} // namespace Annalist
