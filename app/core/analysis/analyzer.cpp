#include "analysis/analyzer.h"

#include "recognize/recognizer.h"
#include "temporal/eventextractor.h"
#include "temporal/temporaltagger.h"

#include <algorithm>

namespace Annalist {

Analyzer::Analyzer()
    : m_recognizer(std::make_unique<Recognizer>())
{
}

Analyzer::~Analyzer() = default;

Analysis Analyzer::analyze(const Article &article) const
{
    Analysis result;
    result.entities = m_recognizer->recognize(article);
    result.timexes = TemporalTagger().tag(article);
    for (const Timex &t : std::as_const(result.timexes)) {
        Entity e;
        e.range = t.range;
        e.type = EntityTypes::Date;
        e.value = t.value;
        e.timexType = t.type;
        e.why = t.why;
        result.entities.append(e);
    }
    std::stable_sort(result.entities.begin(), result.entities.end(),
                     [](const Entity &a, const Entity &b) { return a.range.start < b.range.start; });
    result.events = EventExtractor().extract(article, result.entities, result.timexes);
    return result;
}

} // namespace Annalist
