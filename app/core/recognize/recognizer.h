// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/article.h"
#include "recognize/entity.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Annalist {

struct Gazetteer;
struct Token;
struct ModelSegment;
class NerModel;
class PhraseTrie;

/// Which parts of the recognizer run: both (the default), or one alone for measuring.
enum class RecognizerParts { Combined, RulesOnly, ModelOnly };

/// One name from the user's own lexicon: text to find and the type to give it.
struct LexiconEntry {
    QString text;
    QString type; ///< an EntityTypes name or a user-defined upper-case type
};

/// Finds PERSON, ORGANIZATION, LOCATION, DOCUMENT and EVENT mentions in an
/// article's text, offline and deterministically. Each entity says why it
/// was found. Construction compiles the gazetteers; keep one instance and
/// reuse it (recognize() is const and safe to call from several threads).
///
/// How it decides, in order of precedence: the user's lexicon; the built-in
/// gazetteers (countries, regions, cities, organizations); cue words at the
/// head of a capitalized name ("Ministry", "Act", "Summit"); a title before a
/// name ("President"); a known first name; acronym definitions "Long Name
/// (LN)"; a short form of a name found elsewhere in the article ("Wenbin" for
/// "Wang Wenbin"); and finally the shape of capitalized words. A string gets
/// one type within an article.
///
/// Beside the rules, a learned sequence model (NerModel, trained on open
/// gold by scripts/train-ner) reads every stretch of capitalized words and
/// finds people, organisations and places that no list knows. How its
/// findings and the rules' are combined is explained at Pass::applyModel().
class Recognizer
{
public:
    Recognizer();
    ~Recognizer();

    EntityList recognize(const Article &article) const;

    /// The same with the article's words already split: words must be
    /// tokenize(article.text). Saves the analysis a second pass.
    EntityList recognize(const Article &article, QList<Token> words) const;

    /// Replaces the user's lexicon. Its names win over every built-in rule
    /// and come out with Origin::Lexicon. Not thread-safe: call it while no
    /// recognize() runs.
    void setUserLexicon(const QList<LexiconEntry> &entries);

    /// Lists that could not be loaded (a broken build); empty when all is well.
    QStringList problems() const;

    /// Uses this model instead of the shipped one (nullptr: none). The model
    /// must outlive the recognizer. Not thread-safe, like setUserLexicon().
    void setModel(const NerModel *model);
    /// Runs only some parts (for measuring each alone).
    void setParts(RecognizerParts parts) { m_parts = parts; }

    /// What the model reads of an article: its stretches of capitalized
    /// words with their features' inputs. words must be tokenize(article.text).
    /// For the trainer, which must see exactly what recognition sees.
    std::vector<ModelSegment> modelSegments(const Article &article, QList<Token> words) const;

private:
    const NerModel *model() const;

    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<PhraseTrie> m_lexicon;
    QList<LexiconEntry> m_lexiconEntries;
    const NerModel *m_model = nullptr;
    bool m_shippedModel = true; ///< m_model is the shipped one, loaded on first use
    RecognizerParts m_parts = RecognizerParts::Combined;
};

} // namespace Annalist
