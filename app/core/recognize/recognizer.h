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
struct Word;
struct ModelSegment;
class NerModel;

/// "Long Name (LN)": an acronym the article defines for a name. UTF-16
/// ranges into the article's text.
struct AcronymDefinition {
    TextRange longForm; ///< the name's words ("Velm Water Agency"), without a "the" before them
    TextRange acronym; ///< the acronym inside the parentheses ("VWA"); a ')' follows it

    friend bool operator==(const AcronymDefinition &, const AcronymDefinition &) = default;
};

/// Which parts of the recognizer run: both (the default), or one alone for measuring.
enum class RecognizerParts { Combined, RulesOnly, ModelOnly };

/// Finds PERSON, ORGANIZATION, LOCATION, DOCUMENT and EVENT mentions in an
/// article's text, offline and deterministically. Each entity says why it
/// was found. Construction compiles the gazetteers; keep one instance and
/// reuse it (recognize() is const and safe to call from several threads).
///
/// How it decides (RecognizerPass::run()). Every run of capitalized words,
/// with the small words that join a name ("Conference on Trade and Water in
/// Asia", but not "… in" a city) and an ampersand before a firm's cue word
/// ("Dorn & Co."), less an adjective made of a name ("Velmar-based"), is
/// classified by the first of these rules that decides
/// (RecognizerPass::ClassifyRules, in this order):
///  1. listed name: the whole run is in a gazetteer (countries, regions,
///     cities, organizations);
///  2. titles in front: "President Mara Lindqvist" is a person, the title not
///     part of the name;
///  3. title inside: "Harbour Board Chairman Ivo Kessel" is two names;
///  4. name after an organization's: "Water Ministry Ivo Kessel" too;
///  5. a storm's name: "Typhoon Velma" is an event;
///  6. a kind of organisation right before the name: "the band Velvet
///     Harbour", "battery maker Quellor", a team's "side" after a
///     competition's or a country's name: "Premier League side Rennvo"
///     (not before a known given name);
///  7. a kind of organisation in lower case right after the name: "the
///     Velm party", "the Orsa movement" (not after a nationality); so is a
///     kind of place: "the Orsa region", "Velm province";
///  8. a kind of place and "of" before it: "the town of Santa Velma",
///     "Residents of Velm said", and the list it begins ("the provinces of
///     Orsa, Velm and Dravna"; a comma continues it only where "and" or
///     "or" and another name follow);
///  9. a compass point in lower case before it: "in northern Velmaria",
///     "south-eastern Orsa" is a place (not before a people's adjective,
///     nor a name whose head says otherwise: "central Velm Bank");
/// 10. a role in an organisation between the name and a person's: "Quellor
///     chief Ivo Kessel" (not a role in a place: "governor");
/// 11. a description after a comma: "Brindlow, the Dutch maker of …" is an
///     organisation, "Tamsin, head of the agency, …" a person (not after a
///     preposition: "In Velm, the mayor of …"), and so is a name before
///     ", who" or ", whom", wherever it stands (not a people, nor a listed
///     name taken as a figure of speech);
/// 12. a noun phrase before a comma that the name ends: "in the capital,
///     Vesprava." is a place, "the state energy company, Orsagas," an
///     organisation;
/// 13. a family name and a hyphenated given name: "Kwon Jae-sung";
/// 14. single word: an acronym ("VTO", not "EUR" or "XVII"), a word in camel
///     case, or a word left for the later steps;
/// 15. a club's prefix or suffix: "FC Velm", "Harbour City FC" is an
///     organization;
/// 16. acronym before words: "VSA Horizon" is two names;
/// 17. cue word at the head: "Ministry", "Act", "Summit", a firm's legal form
///     ("AG") give the type ("13th Meeting of …" is a numbered occasion), and
///     so does a head that comes first in other languages ("Fundación …");
/// 18. name with a connector: "Bank of Velm" is an organization (not with
///     particles alone, which join people's names too: "Jan van Oster");
/// 19. nationality before a listed organization;
/// 20. place before a region: "Harwick Springs, Vermont";
/// 21. a trade after words that are no ordinary ones: "Norvik Energy" is a
///     firm (not "Renewable Energy", nor after a given name);
/// 22. an ordinary noun capitalized before a country's name inside a
///     sentence: "Statistics Velmaria" is a body (at a sentence's start
///     only where the article writes it inside one too; not "Ancient Orsa");
///     so is a firm's trade or a body's head word before it, anywhere:
///     "Air Velmaria", "Radio Orsa", "Police Velmaria";
/// 23. one name among ordinary words: "VTO Member States" is "VTO";
/// 24. listed name inside: "Northern Palanka" is a place, a place's name
///     before other words an organization's, but before "de" (or its kin)
///     and a name a longer place's: "Villa del Orsa";
/// 25. title right before: "then-President Mara Lindqvist";
/// 26. leading nationality, which is not part of the name;
/// 27. known first name: "Mara Lindqvist" is a person, but not a thing
///     named after one ("Mara Lindqvist Space Telescope");
/// 28. name with an initial: "Ivo K. Kessel";
/// 29. a place's abbreviated first word: "St. Elvan", "Mt. Windy Crest" is
///     a place (the abbreviation's stop ends no name: chunks()), and so is
///     a name that a kind of place begins: "Lake Velm", "Port Kessary";
/// 30. a name ending in an ordinary word ("Harrow Logistics") is left for
///     the learned model to type;
/// 31. name before a speech verb: "Kessel Dorn said" (not after a
///     preposition, "the mayor of Velm said", or an article, "the Dorvane
///     said");
/// 32. in a Title Case headline, capitals alone say nothing;
/// 33. otherwise capitalized words are a person's name, by their look
///     (not with a word in a brand's camel case, "Orvand ShelfCount": a
///     firm's or a service's;
///     not after an article: a person's name takes none; right after "in"
///     or "near", and owning nothing, a place's).
/// Then the dateline's place; the learned model (below); acronym definitions
/// "Long Name (LN)", which give LN the long name's type (its letters
/// initials of the long name's words, or letters inside a word after its
/// initial: "IGBF"; after a body a rule names, the acronym of its name in
/// its own language, whose first letter is an initial of the name: "the
/// Dravenian Institute for the Sea (IDMV)"), and a word in capitals the article does not define,
/// made of the initials of a longer name it gives ("RVF" for "Rapid Velm
/// Forces", not for a person); a short form of a
/// name found elsewhere in the article ("Kessel" for "Ivo Kessel", "Talvoy"
/// for "Talvoy Island", "Velma" for "Typhoon Velma"; not an ordinary word,
/// "Harbour" for "Harbour Office", nor a word the article names alone on a
/// rule's evidence as something else, which also opens no person's name:
/// "the province of Orsa … Orsa Energi"); what only an organisation has
/// or what works for one ("Velmco's shareholders", "analysts at …",
/// "executives from …"), and a verb in the plural after a name in the
/// singular that is its subject ("Dorvale have signed …": a team, a band,
/// a firm), make it an organisation's; a kind of name in the plural before
/// "including", "such as" or "like" gives its type to each name of the list
/// after it ("retailers including Ikarro, Zalmo and …"); a lone capitalized
/// word by its neighbours ("in Velm"); names listed with "and" or "or"
/// beside known names of one type ("Harwick Bank and Quellvane") take that
/// type; an acronym the article spells out in lower-case words ("ocean heat
/// content (OHC)") is a term's, no name; a listed place's name that the words
/// around one mention make a firm's ("the streaming firm Molise", "Molise's
/// founder") is the firm's at its other mentions too, but after a
/// preposition of place (RecognizerPass::bodiesNamedLikePlaces()). A string gets one type
/// within an article: the strongest decision's (a gazetteer, then a rule,
/// the model, the look of the words). The user's lexicon is no part of
/// recognition: AnnotatedDocument lays it over these results (Lexicon::match()).
///
/// Beside the rules, a learned sequence model (NerModel, trained on open
/// gold by scripts/train-ner) reads every stretch of capitalized words and
/// finds people, organisations and places that no list knows. How its
/// findings and the rules' are combined is explained at RecognizerPass::applyModel().
class Recognizer
{
public:
    Recognizer();
    ~Recognizer();

    EntityList recognize(const Article &article) const;

    /// The same with the article's words already split: words must be
    /// tokenize(article.text). Saves the analysis a second pass. When
    /// acronyms is not null, it receives the acronym definitions the article
    /// makes, in text order: those the recognizer linked the acronym's
    /// mentions to its long form by, which the event extractor shows as the
    /// acronym instead of finding them again.
    EntityList recognize(const Article &article, QList<Word> words,
                         QList<AcronymDefinition> *acronyms = nullptr) const;
    /// The same, on two threads for a long article or not, whatever
    /// setParallel() said (for a caller that runs recognitions side by side).
    EntityList recognize(const Article &article, QList<Word> words, QList<AcronymDefinition> *acronyms,
                         bool parallel) const;

    /// Lists that could not be loaded (a broken build); empty when all is well.
    QStringList problems() const;

    /// Uses this model instead of the shipped one (nullptr: none). The model
    /// must outlive the recognizer. Not thread-safe: call it while no
    /// recognize() runs.
    void setModel(const NerModel *model);
    /// Runs only some parts (for measuring each alone).
    void setParts(RecognizerParts parts) { m_parts = parts; }
    /// With a core to spare: the learned model then reads the stretches of
    /// words of an article of ParallelFrom UTF-16 units or more on two
    /// threads (each stretch is decoded on its own, so the result is the
    /// same). Off by default. Not thread-safe, as setModel().
    void setParallel(bool parallel) { m_parallel = parallel; }
    static constexpr qsizetype ParallelFrom = 256 * 1024;

    /// What the model reads of an article: its stretches of capitalized
    /// words with their features' inputs. words must be tokenize(article.text).
    /// For the trainer, which must see exactly what recognition sees.
    std::vector<ModelSegment> modelSegments(const Article &article, QList<Word> words) const;

private:
    const NerModel *model() const;

    const Gazetteer *m_gazetteer; ///< Gazetteer::builtIn(), shared by every recognizer
    const NerModel *m_model = nullptr;
    bool m_shippedModel = true; ///< m_model is the shipped one, loaded by the constructor
    RecognizerParts m_parts = RecognizerParts::Combined;
    bool m_parallel = false;
};

} // namespace Annalist
