// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/effectivelayer.h"

#include "annotations/annotateddocument.h"
#include "annotations/lexicon.h"
#include "storage/sidecar.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace Annalist {

namespace {

EffectiveLayer applyUserWork(const Article &article, Analysis analysis, const Lexicon *lexicon,
                             QStringList messages)
{
    EffectiveLayer result;
    AnnotatedDocument document(article, std::move(analysis));
    if (lexicon && !lexicon->isEmpty())
        document.applyLexicon(*lexicon);
    const QString path = Sidecar::existingPath(article.path);
    if (!path.isEmpty()) {
        const SidecarReadResult read = readSidecar(path);
        if (!read.message.isEmpty())
            messages.append(read.message);
        if (read.hasContent())
            document.setUserLayer(placeSidecarContent(read.content, article.text));
        const auto overlapping = std::count_if(document.orphans().cbegin(), document.orphans().cend(),
                                               [](const Orphan &o) { return o.cause == Orphan::Cause::Overlap; });
        const auto unplaced = document.orphans().size() - overlapping;
        if (unplaced > 0) {
            messages.append(QCoreApplication::translate("EffectiveLayer",
                                                        "%n annotation(s) could not be placed in the changed text "
                                                        "and are left out.",
                                                        nullptr, int(unplaced)));
        }
        if (overlapping > 0) {
            messages.append(QCoreApplication::translate("EffectiveLayer",
                                                        "%n annotation(s) overlap another of your annotations "
                                                        "and are left out.",
                                                        nullptr, int(overlapping)));
        }
    }
    result.entities = document.entities();
    result.events = document.events();
    result.message = messages.join(u' ');
    return result;
}

} // namespace

EffectiveLayer effectiveLayer(const Article &article, Analysis analysis, const QString &lexiconPath)
{
    if (lexiconPath.isEmpty())
        return applyUserWork(article, std::move(analysis), nullptr, {});
    Lexicon lexicon;
    const Lexicon::LoadResult loaded = lexicon.load(lexiconPath);
    QStringList messages;
    if (!loaded.message.isEmpty())
        messages.append(loaded.message);
    return applyUserWork(article, std::move(analysis), &lexicon, messages);
}

EffectiveLayer effectiveLayer(const Article &article, Analysis analysis, const Lexicon &lexicon)
{
    return applyUserWork(article, std::move(analysis), &lexicon, {});
}

EffectiveLayer effectiveLayer(const Article &article, Analysis analysis)
{
    return effectiveLayer(article, std::move(analysis), Lexicon::defaultPath());
}

} // namespace Annalist
