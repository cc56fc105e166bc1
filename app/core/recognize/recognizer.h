// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/article.h"
#include "recognize/entity.h"

#include <QList>
#include <QString>

#include <memory>

namespace Annalist {

struct Gazetteer;
struct Token;
class PhraseTrie;

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

private:
    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<PhraseTrie> m_lexicon;
    QList<LexiconEntry> m_lexiconEntries;
};

} // namespace Annalist
