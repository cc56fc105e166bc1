// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/article.h"

#include <algorithm>

namespace Annalist {

qsizetype Article::sentenceAt(qsizetype pos) const
{
    auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), pos,
                               [](qsizetype p, const TextRange &r) { return p < r.start; });
    if (it == sentences.cbegin())
        return -1;
    --it;
    return it->contains(pos) ? it - sentences.cbegin() : -1;
}

} // namespace Annalist
