#include "temporal/temporaltagger.h"

namespace Annalist {

QList<Timex> TemporalTagger::tag(const Article &article) const
{
    Q_UNUSED(article);
    return {};
}

} // namespace Annalist
