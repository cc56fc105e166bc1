// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis/analyzer.h"
#include "article/article.h"

#include <QString>

namespace Annalist {

class Lexicon;

/// What an article shows once the user's work is applied: for the headless
/// export, which has no window and no undo.
struct EffectiveLayer {
    EntityList entities; ///< automatic, lexicon and user entities merged (AnnotatedDocument::entities())
    QList<TimelineEvent> events; ///< with the user's timeline edits applied
    QString message; ///< a problem with the sidecar or the lexicon, for stderr; empty when none
};

/// Merges the article's sidecar (if any, re-anchored when the text changed)
/// and the user's lexicon at lexiconPath (if it exists; an empty path skips
/// it) into the automatic analysis. Reads files, never writes them. (An
/// analysis moved in is not copied: for a long article, tens of megabytes.)
EffectiveLayer effectiveLayer(const Article &article, Analysis analysis, const QString &lexiconPath);
/// The same with a lexicon already loaded, for exporting many articles: the
/// lexicon is only read (safe to share between threads).
EffectiveLayer effectiveLayer(const Article &article, Analysis analysis, const Lexicon &lexicon);
/// The same with the user's lexicon from its usual place (Lexicon::defaultPath()).
EffectiveLayer effectiveLayer(const Article &article, Analysis analysis);

} // namespace Annalist
