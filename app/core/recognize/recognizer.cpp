#include "recognize/recognizer.h"

namespace Annalist {

Recognizer::Recognizer() = default;
Recognizer::~Recognizer() = default;

EntityList Recognizer::recognize(const Article &article) const
{
    Q_UNUSED(article);
    return {};
}

} // namespace Annalist
