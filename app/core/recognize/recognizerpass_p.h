// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Private to the recognizer (recognizer.cpp, recognizerpass.cpp,
// recognizerrules.cpp): how one article is recognized.

#include "article/article.h"
#include "recognize/entity.h"
#include "recognize/gazetteer.h"
#include "recognize/nermodel.h"
#include "recognize/recognizer.h"
#include "recognize/tokenizer.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace Annalist {

/// How sure a decision is; a stronger decision about a string wins over a
/// weaker one elsewhere in the article.
enum RecognizerStrength : int {
    Unresolved = 0, ///< a capitalized word with no evidence yet
    ByShape = 1, ///< only the look of the words
    /// The learned model. Above the look of the words, which it has learned
    /// better than the shape rules know it; below the rules that read this
    /// article's own evidence (an acronym defined here, a short form of a
    /// name found here, a title), which it cannot see (RecognizerPass::applyModel()).
    ByModel = 2,
    ByRule = 3, ///< a cue, a title, a first name, an acronym or an alias
    ByList = 4, ///< a gazetteer
};

/// A span of words the recognizer thinks may be a name, and what it knows of it.
struct RecognizerCandidate {
    qsizetype first = 0; ///< token indices, inclusive
    qsizetype last = 0;
    QString type; ///< empty while unresolved
    QString why;
    QString canonical;
    int strength = Unresolved;
    bool commonWord = false; ///< a single ordinary word: an entity only when an alias or a pattern says so
    /// The learned model saw no person, organisation or place here: dropped
    /// at the end unless something stronger than the look of the words names it.
    bool modelSaysNone = false;
    /// Found in GeoNames' long list of towns, many of whose names name
    /// other things too ("Benfica", "Kawasaki"): the learned model, which
    /// reads the list among its features, may type it otherwise (applyModel()).
    bool town = false;
    bool initial = false; ///< starts a sentence (set from RecognizerPass::m_initial before it is freed)
    /// A person only because a verb of saying follows ("Orsa said"): bodies
    /// speak too, so a short form of a body the article names in full wins
    /// (resolveAcronymsAndAliases(), which alone reads it).
    bool speaker = false;
    /// What makes this very mention an organisation's, by the words around
    /// it: bodiesNamedLikePlaces() gives its type to the name's other mentions.
    enum class Body : quint8 {
        None,
        Words, ///< "the streaming firm …", "…'s shareholders", "shares in …"
        Score, ///< a listed town's name on a side of a match's score: its club's
    };
    Body body = Body::None;
};

} // namespace Annalist
Q_DECLARE_TYPEINFO(Annalist::RecognizerCandidate, Q_RELOCATABLE_TYPE);
namespace Annalist {

/// The state of recognizing one article. Everything here is local to one
/// Recognizer::recognize() call, which keeps the Recognizer itself read-only.
///
/// The steps, in order (run()): the gazetteer names in the text; every run of
/// capitalized words (chunks()) classified by the first rule of
/// ClassifyRules that decides (classify(), recognizerrules.cpp); the
/// dateline's place; the learned model (applyModel()); acronym definitions
/// and short forms of names (resolveAcronymsAndAliases()); the type of
/// the known names of a list (shareTypesInCoordinations()); one type per
/// string (applyOneTypePerString()); and finally, where candidates overlap,
/// the stronger and then the longer one.
class RecognizerPass
{
public:
    using Candidate = RecognizerCandidate;

    RecognizerPass(const Article &article, QList<Word> words, const Gazetteer &gazetteer,
                   const NerModel *model = nullptr, RecognizerParts parts = RecognizerParts::Combined);

    /// The entities; in acronyms (when not null) the acronym definitions
    /// resolveAcronymsAndAliases() found, in text order.
    EntityList run(QList<AcronymDefinition> *acronyms = nullptr);
    /// Whether the model may decode on a second thread (Recognizer::setParallel()).
    void setParallel(bool parallel) { m_parallel = parallel; }
    /// The stretches of words the model reads, with their context (for training).
    std::vector<ModelSegment> modelSegments();

private:
    static constexpr quint32 AnyCue = OrgCue | LocCue | DocCue | EventCue;
    static constexpr quint32 NonNameWord = CommonWord | TitleWord | Demonym;

    /// Entity types as shared strings (EntityTypes::shared()).
    static const EntityTypes::Shared &types() { return EntityTypes::shared(); }

    /// foldedHash() of a lower-case ASCII word, at compile time.
    template<std::size_t N>
    static constexpr quint64 asciiHash(const char16_t (&w)[N])
    {
        quint64 h = FnvOffset;
        for (std::size_t k = 0; k + 1 < N; ++k)
            h = (h ^ w[k]) * FnvPrime;
        return h;
    }

    void findListedNames();
    void findListedForModel(); ///< m_listed
    /// The words worth the model's attention: a capital, or a capital inside ("iPhone").
    bool modelSeed(qsizetype i) const
    {
        const Word &t = m_tokens.at(i);
        return t.is(Word::Capitalized) || t.is(Word::AllCaps) || t.is(Word::InnerCaps);
    }
    bool modelJoined(qsizetype k) const;
    /// Whether the letters of acronym spell, in order, initials of the words
    /// first..last (or letters after an initial inside its word), the first
    /// letter being the first word's initial.
    bool spellsAcronym(QStringView acronym, qsizetype first, qsizetype last) const;
    /// "St", "Mt", "Ft": a place's abbreviated first word (PlacePrefix),
    /// which joins the next word across its full stop.
    bool placePrefix(qsizetype k) const;
    /// Calls f for each segment the model reads, except where skip(first, last) says it need not.
    template<typename Skip, typename F>
    void forEachModelSegment(Skip &&skip, F &&f);
    ModelToken modelToken(qsizetype i) const;
    void applyModel();
    /// The model's spans of the segments forEachModelSegment(skip, …) gives, in order.
    template<typename Skip>
    std::vector<ModelSpan> decodeModel(Skip &&skip, const NerVotes &votes);
    QStringView word(qsizetype i) const
    {
        const Word &t = m_tokens.at(i);
        // (Built directly: mid() would check and clamp the range at every word.)
        return QStringView(m_text.constData() + t.start, t.length());
    }
    /// Identifies a span's words (case-insensitively) without building a string.
    quint64 spanKey(qsizetype first, qsizetype last) const
    {
        quint64 h = FnvOffset;
        for (qsizetype k = first; k <= last; ++k)
            h = (h ^ m_tokens.at(k).hash) * FnvPrime;
        return h ^ quint64(last - first);
    }
    QString spanText(qsizetype first, qsizetype last) const
    {
        return QStringView(m_text).mid(m_tokens.at(first).start, m_tokens.at(last).end - m_tokens.at(first).start).toString();
    }
    /// The word's flags, from its id: not kept per token, which for a long
    /// article would cost megabytes.
    quint32 flagsOf(qsizetype i) const { return m_g.words.flags(m_ids.at(i)); }
    /// The lists' entry for a word written without its diacritics, if any.
    WordTable::Found lookUpPlain(QStringView w) const;
    /// The longest gazetteer name starting at token i; tokens == 0 when none.
    const PhraseTrie::Match &gazetteerAt(qsizetype i) const
    {
        static const PhraseTrie::Match none;
        const auto it = m_gazetteer.constFind(qint32(i));
        return it == m_gazetteer.cend() ? none : *it;
    }
    bool has(qsizetype i, quint32 f) const { return (flagsOf(i) & f) != 0; }
    /// A word with a clitic of the language ("I'm", "We've", "Don't"):
    /// never part of a name. (A capital after the apostrophe is a name's:
    /// "O'Dwyer"; a possessive ends the word at the tokenizer.)
    bool isContraction(qsizetype i) const
    {
        const Word &t = m_tokens.at(i);
        if (t.is(Word::AsciiLetters) || t.length() < 2)
            return false;
        const QStringView w = word(i);
        const qsizetype apostrophe = std::max(w.lastIndexOf(u'\''), w.lastIndexOf(QChar(0x2019)));
        if (apostrophe < 1)
            return false;
        const QStringView tail = w.mid(apostrophe + 1);
        return tail == u"m" || tail == u"re" || tail == u"ve" || tail == u"ll" || tail == u"d" || tail == u"t";
    }
    bool namey(qsizetype i) const
    {
        const Word &t = m_tokens.at(i);
        if (t.is(Word::Capitalized))
            return !(m_headline.at(i) && headlineWord(i) && gazetteerAt(i).tokens == 0) && !isContraction(i);
        // "d'Orvane", "l'Estrelle", "al-Velmi", "el-Dorra": a lower-case
        // particle glued to a name.
        if (!(t.is(Word::InnerCaps) || t.is(Word::Hyphenated)) || t.length() < 3)
            return false;
        const QChar second = m_text.at(t.start + 1);
        if (second == u'\'' || second == QChar(0x2019))
            return t.is(Word::InnerCaps);
        // (The Arabic article and its assimilated forms only: not an English
        // prefix, "pro-Velm", "sub-Saharan", "mid-July".)
        for (qsizetype k = t.start + 2; k <= t.start + 3 && k + 1 < t.end; ++k) {
            if (m_text.at(k) != u'-')
                continue;
            static constexpr std::u16string_view Articles[] = {u"al", u"el", u"ul", u"ad", u"ar", u"as", u"at",
                                                               u"az", u"an", u"ash", u"ath", u"adh"};
            const std::u16string_view prefix(reinterpret_cast<const char16_t *>(m_text.constData()) + t.start,
                                             std::size_t(k - t.start));
            return m_text.at(k + 1).isUpper()
                && std::find(std::begin(Articles), std::end(Articles), prefix) != std::end(Articles);
        }
        return false;
    }
    /// A word that can say what a name after it is ("Insurer", "Chipmaker").
    bool describesAName(qsizetype k) const;
    /// A regnal number or a generation after a person's name ("XV", "Jr").
    bool isNameSuffix(qsizetype k) const;
    /// The gap before token i allows it to continue a name.
    bool joined(qsizetype i) const
    {
        const Word &t = m_tokens.at(i);
        return !t.newlineBefore && t.gapPunct == 0;
    }
    bool isCommon(qsizetype i) const;
    bool isCommonUncached(qsizetype i) const;
    bool listedCommon(QStringView lowerWord) const;
    bool isTitle(qsizetype i) const;
    /// "Velmar-based", "Orsa-born": a capitalized word made an adjective by
    /// what follows its hyphen (ModifierTail).
    bool isModifier(qsizetype i) const;
    /// The flags of the part of token i after its last hyphen ("President"
    /// in "then-President"); 0 when it has none.
    quint32 flagsAfterHyphen(qsizetype i) const;
    /// Whether token i follows a possessive "'s" ("Velmar's National …").
    bool afterPossessive(qsizetype i) const;
    /// Whether a possessive "'s" is glued to the end of token k ("Velmar's").
    bool possessiveAfter(qsizetype k) const;
    /// The American spelling of a British "-ise" or "-yse" word
    /// ("Organisers" → "Organizers"); empty for any other word.
    static QString americanSpelling(QStringView w);
    /// "13th", "1st", "22nd", "3rd": digits and an English ordinal ending.
    bool isOrdinal(qsizetype i) const
    {
        const QStringView w = word(i);
        if (w.size() < 3 || !w.front().isDigit())
            return false;
        const QStringView end = w.right(2);
        for (QChar c : w.chopped(2))
            if (!c.isDigit())
                return false;
        return end == u"th" || end == u"st" || end == u"nd" || end == u"rd";
    }
    bool isDeterminer(qsizetype i) const { return is(i, u"the") || is(i, u"a") || is(i, u"an"); }
    /// Token i follows "the", "a" or "an", with nothing but a space between.
    bool afterDeterminer(qsizetype i) const { return i >= 1 && joined(i) && isDeterminer(i - 1); }
    /// Token i follows "and" or "or", with nothing but spaces around it.
    bool afterAndOr(qsizetype i) const
    {
        return i >= 2 && joined(i) && joined(i - 1) && (is(i - 1, u"and") || is(i - 1, u"or"));
    }
    /// Token i is written in lower case and has flag ("the band", "town of").
    bool lowerWith(qsizetype i, quint32 flag) const { return has(i, flag) && m_tokens.at(i).is(Word::Lowercase); }
    /// Token i is written capitalized as the list writes it ("St", "Lake",
    /// not "ST" or "LAKE" of a line in capitals) and has flag.
    bool capitalizedWith(qsizetype i, quint32 flag) const
    {
        return has(i, flag) && m_tokens.at(i).is(Word::Capitalized) && !m_tokens.at(i).is(Word::AllCaps);
    }
    /// Whether token i is the given lower-case ASCII word, compared by hash.
    template<std::size_t N>
    bool is(qsizetype i, const char16_t (&w)[N]) const
    {
        return m_tokens.at(i).hash == asciiHash(w) && m_tokens.at(i).length() == qsizetype(N - 1);
    }
    bool isDirection(qsizetype i) const
    {
        static constexpr std::array<QStringView, 10> words{u"north", u"south", u"east", u"west", u"northern",
                                                            u"southern", u"eastern", u"western", u"central", u"greater"};
        const QStringView w = word(i);
        return std::any_of(words.begin(), words.end(),
                           [w](QStringView d) { return w.compare(d, Qt::CaseInsensitive) == 0; });
    }
    /// Word last is followed by ", " and a listed country or region that ends the clause.
    bool placeBeforeRegion(qsizetype last) const
    {
        const qsizetype k = last + 1;
        if (k >= m_tokens.size() || m_tokens.at(k).gapPunct != u',' || m_tokens.at(k).newlineBefore)
            return false;
        const PhraseTrie::Match &m = gazetteerAt(k);
        if (m.tokens == 0)
            return false;
        const GazetteerEntry &e = m_g.entries.at(m.entry);
        if (e.type() != types().location || (e.category() != u"country" && e.category() != u"region"))
            return false;
        const qsizetype after = k + m.tokens;
        // ("Toma Eskel, Velmar's envoy": the country's possessive opens a
        // description of the name before it, which is no place.)
        if (after < m_tokens.size() && afterPossessive(after))
            return false;
        return after >= m_tokens.size() || !joined(after) || !namey(after);
    }
    bool isConnector(qsizetype i) const { return has(i, Connector | Particle) && m_tokens.at(i).is(Word::Lowercase); }

    void markSentenceStarts(const Article &article);
    void markHeadlines(const Article &article);
    /// An ordinary word that only a headline would capitalize ("Destroys", "In").
    bool headlineWord(qsizetype i) const
    {
        return isCommon(i) && !has(i, FirstName | Demonym | TitleWord | AnyCue);
    }
    bool dropAtSentenceStart(qsizetype i) const;
    QList<std::pair<qsizetype, qsizetype>> chunks();
    bool connectorAllowed(qsizetype first, qsizetype last, qsizetype connector, qsizetype next) const;
    qsizetype headOf(qsizetype first, qsizetype last) const;
    bool hasConnector(qsizetype first, qsizetype last) const;
    /// The last word of the run of name words, with nothing between them,
    /// that starts at token k.
    qsizetype runEnd(qsizetype k) const;
    void addCandidate(qsizetype first, qsizetype last, const QString &type, const QString &why, int strength,
                      const QString &canonical = {});
    void resolveAcronymsAndAliases(QList<AcronymDefinition> *definitions);
    void applyOneTypePerString();
    void kindBeforeAList();
    void sidesOfAScore();
    /// Whether the words after the speech verb at verb say "it" of its subject: a body's.
    bool saysIt(qsizetype verb) const;
    void whatOnlyOrganizationsHave();
    void bodiesNamedLikePlaces();
    /// Token k comes right after "in", "near", "across", "outside", "around"
    /// or "throughout", where a name is most often a place's.
    bool afterPlacePreposition(qsizetype k) const;
    /// "shares in …", "a stake in …": what is in the name at k is a share of it.
    bool shareIn(qsizetype k) const;
    /// The first word of the first member of a list of names that token f
    /// begins a later member of ("Orsa, Velm and Kessel Dravic"); else f.
    qsizetype listStart(qsizetype f) const;
    /// A verb in the plural right after the name f..l, which is in the
    /// singular: "Rennvale have signed …" (a team's, a band's, a firm's).
    bool pluralVerbAfter(qsizetype f, qsizetype l) const;
    /// The candidate is exactly a listed place's name, not a country's.
    bool listedPlaceNotCountry(const Candidate &cand) const;
    void shareTypesInCoordinations();

    // Classifying one run of capitalized words (recognizerrules.cpp).

    /// A run of words being classified, and what several rules ask of it,
    /// worked out once.
    struct Span {
        qsizetype first = 0; ///< token indices, inclusive
        qsizetype last = -1;
        qsizetype length() const { return last - first + 1; }
        /// Read backwards from last on first need (scan()): the last word
        /// that is not namey (a connector), the last cue word and the last
        /// word that is not an ordinary one; -1 when there is none.
        qsizetype lastConnector = -1;
        qsizetype lastCue = -1;
        qsizetype lastPersonal = -1;
        bool scanned = false;
    };
    /// One rule of classify(): true when it decided about the span (added a
    /// candidate, classified its parts, or found it is no name).
    using Rule = bool (RecognizerPass::*)(Span &);
    static const std::array<Rule, 33> ClassifyRules;

    void classify(qsizetype first, qsizetype last);
    void scan(Span &s) const;
    bool givenName(qsizetype k, qsizetype last) const;
    /// A word the dictionary writes in lower case ("report", "exchequer").
    bool lowerInDictionary(qsizetype k) const
    {
        return m_g.lexicon.bits(m_tokens.at(k).hash) & EnglishLexicon::Lower;
    }
    /// A word the dictionary knows in lower case and as no word of a
    /// person's or a place's name ("Telescope", "Logistics").
    bool ordinaryWord(qsizetype k) const;
    /// "Velmar-based", "state-owned", "Orsa-listed": a word that describes a
    /// body by where it is based, listed or registered, or who owns it.
    bool bodysModifier(qsizetype i) const;
    bool listedName(Span &s);
    bool titlesInFront(Span &s);
    bool titleInside(Span &s);
    bool nameAfterOrganization(Span &s);
    bool singleWord(Span &s);
    bool prefixedOrganization(Span &s);
    bool acronymBeforeWords(Span &s);
    bool cueWordHead(Span &s);
    bool storm(Span &s);
    bool organizationDescriptor(Span &s);
    bool organizationKindAfter(Span &s);
    bool placeNounOf(Span &s);
    bool afterCompassPoint(Span &s);
    bool describedBefore(Span &s);
    bool beforeOrganizationRole(Span &s);
    bool nameWithConnector(Span &s);
    bool nationalityBeforeListedOrganization(Span &s);
    bool placeBeforeRegionRule(Span &s);
    bool bodyNamedForACountry(Span &s);
    /// Token k is a firm's trade or a body's head word right before a
    /// country's name, with which it makes one name ("Air Orsa", "Police Velmaria").
    bool bodysWordBeforeACountry(qsizetype k) const;
    /// A country, as iso-codes names it ("country") or as the news does
    /// ("place", places.txt's first block: "England", "Kosovo").
    static bool isCountry(const GazetteerEntry &e)
    {
        return e.type() == types().location && (e.category() == u"country" || e.category() == u"place");
    }
    /// Token k's word is written capitalized inside a sentence, right before a country's name.
    bool writtenBeforeACountry(qsizetype k) const;
    bool oneNameAmongOrdinaryWords(Span &s);
    bool listedNameInside(Span &s);
    bool titleBefore(Span &s);
    bool leadingNationality(Span &s);
    bool hyphenatedGivenName(Span &s);
    bool describedAfter(Span &s);
    bool tradeNameLast(Span &s);
    enum class Description { None, Organization, Person, Either };
    /// What the words after token i describe it as: an organisation
    /// (", the Dutch maker of …", ", a battery maker."), a person (", head
    /// of the agency,", ", a spokesman for …"), either (", a chip
    /// designer,") or nothing.
    Description apposition(qsizetype i) const;
    /// Whether word k is a past participle that begins a post-modifier ("spun", "founded").
    bool pastParticiple(qsizetype k) const;
    /// The preposition the name starting at token first is the object of,
    /// with or without "the" and over a coordination ("of the …", "in Velm
    /// and …"), or -1.
    qsizetype prepositionBefore(qsizetype first) const;
    bool afterPreposition(qsizetype first) const { return prepositionBefore(first) >= 0; }
    /// A kind of place in lower case and "of" right before token first:
    /// "the town of …", "Residents of …" (placeNounOf()).
    bool placeKindOfBefore(qsizetype first) const;
    /// Token k is written in camel case as brands are ("SoftVault"), not
    /// as family names are ("McAllen").
    bool brandsCamelCase(qsizetype k) const;
    /// Some token of first..last is written so (brandsCamelCase()).
    bool brandWithin(qsizetype first, qsizetype last) const;
    bool knownFirstName(Span &s);
    bool nameWithInitial(Span &s);
    bool placePrefixFirst(Span &s);
    bool ordinaryNounLast(Span &s);
    bool nameBeforeSpeechVerb(Span &s);
    bool inHeadline(Span &s);
    bool capitalizedWords(Span &s);

    const QString &m_text;
    QList<TextRange> m_datelinePlaces; ///< the names of the dateline's place ("OSLO", "Norway" of "OSLO, Norway, May 2 –")
    TextRange m_dateline; ///< the whole dateline, when the article has one
    const NerModel *m_model;
    RecognizerParts m_parts;
    bool m_parallel = false;
    /// The candidate of the last place named after "the town of …", so that
    /// a list goes on: "the provinces of Orsa, Velm and Dravna".
    qsizetype m_placeList = -1;
    const Gazetteer &m_g;
    QList<Word> m_tokens;
    QList<int> m_ids;
    /// The words that start some gazetteer name (StartsName), found while
    /// the words are looked up: only these are worth a look in the trie.
    std::vector<qint32> m_nameStarts;
    QList<bool> m_initial;
    /// Capitalized words written inside a sentence right before a country's
    /// name (bodyNamedForACountry()), read once when first needed.
    mutable QSet<quint64> m_bodyWords;
    mutable bool m_bodyWordsRead = false;
    QList<bool> m_headline; ///< the token is in a Title Case Headline, where capitals say little
    mutable QList<qint8> m_commonCache; ///< per token: -1 not known yet, else isCommon()
    QSet<quint64> m_lowerSeen;
    /// Word → the longest gazetteer name starting there, for the few tokens
    /// that start one (a list over every token would cost megabytes).
    QHash<qint32, PhraseTrie::Match> m_gazetteer;
    QList<Candidate> m_candidates;
    /// Per token, for the model: the gazetteer name that covers it (ModelToken::listed).
    std::vector<quint8> m_listed;
};

} // namespace Annalist
