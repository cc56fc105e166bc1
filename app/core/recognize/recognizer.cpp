// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recognize/recognizer.h"

#include "recognize/recognizerpass_p.h"

namespace Annalist {

Recognizer::Recognizer()
    : m_gazetteer(&Gazetteer::builtIn())
{
    // The shipped model is read where it lies (a few hundred microseconds):
    // loaded here, a recognizer is ready for its first article.
    NerModel::shipped();
}

Recognizer::~Recognizer() = default;

EntityList Recognizer::recognize(const Article &article) const
{
    return recognize(article, tokenize(article.text));
}

EntityList Recognizer::recognize(const Article &article, QList<Word> words, QList<AcronymDefinition> *acronyms) const
{
    return recognize(article, std::move(words), acronyms, m_parallel);
}

EntityList Recognizer::recognize(const Article &article, QList<Word> words, QList<AcronymDefinition> *acronyms,
                                 bool parallel) const
{
    if (acronyms)
        acronyms->clear();
    if (article.text.isEmpty())
        return {};
    RecognizerPass pass(article, std::move(words), *m_gazetteer, model(), m_parts);
    pass.setParallel(parallel && article.text.size() >= ParallelFrom);
    return pass.run(acronyms);
}

const NerModel *Recognizer::model() const
{
    return m_shippedModel ? NerModel::shipped() : m_model;
}

void Recognizer::setModel(const NerModel *model)
{
    m_shippedModel = false;
    m_model = model;
}

std::vector<ModelSegment> Recognizer::modelSegments(const Article &article, QList<Word> words) const
{
    if (article.text.isEmpty())
        return {};
    // Any non-null model makes the pass prepare the model's inputs; the
    // segments do not depend on which.
    static const NerModel none;
    RecognizerPass pass(article, std::move(words), *m_gazetteer, &none, m_parts);
    return pass.modelSegments();
}

QStringList Recognizer::problems() const
{
    return m_gazetteer->problems;
}

} // namespace Annalist
