// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/article.h"
#include "recognize/entity.h"
#include "temporal/timelineevent.h"

#include <memory>

namespace Annalist {

class Recognizer;
enum class RecognizerParts;

/// The automatic layer of one article: recomputed from the text on every open.
struct Analysis {
    EntityList entities; ///< sorted by start; DATE entities included
    QList<Timex> timexes;
    QList<TimelineEvent> events; ///< chronological
};

/// Runs recognition, temporal tagging and event extraction. Holds the
/// compiled gazetteers, so keep one and reuse it; analyze() is thread-safe.
class Analyzer
{
public:
    Analyzer();
    ~Analyzer();

    Analysis analyze(const Article &article) const;

    /// Which recognizer runs: the rules and the learned model combined (the
    /// default), or either alone (for measuring them).
    void setRecognizerParts(RecognizerParts parts);

private:
    std::unique_ptr<Recognizer> m_recognizer;
};

} // namespace Annalist
