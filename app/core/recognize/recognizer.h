#pragma once

#include "article/article.h"
#include "recognize/entity.h"

namespace Annalist {

/// Finds PERSON, ORGANIZATION, LOCATION, DOCUMENT and EVENT mentions in an
/// article's text, offline and deterministically. Each entity says why it
/// was found. Construction compiles the gazetteers; keep one instance and
/// reuse it (recognize() is const and safe to call from several threads).
class Recognizer
{
public:
    Recognizer();
    ~Recognizer();

    EntityList recognize(const Article &article) const;
};

} // namespace Annalist
