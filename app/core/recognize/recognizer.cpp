// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recognize/recognizer.h"

#include "recognize/gazetteer.h"
#include "recognize/nermodel.h"
#include "recognize/tokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace Annalist {

namespace {

constexpr quint32 AnyCue = OrgCue | LocCue | DocCue | EventCue;

/// foldedHash() of a lower-case ASCII word, at compile time.
template<std::size_t N>
constexpr quint64 asciiHash(const char16_t (&w)[N])
{
    quint64 h = FnvOffset;
    for (std::size_t k = 0; k + 1 < N; ++k)
        h = (h ^ w[k]) * FnvPrime;
    return h;
}

/// Continues a foldedHash() over more lower-case characters.
constexpr quint64 hashMore(quint64 h, std::u16string_view more)
{
    for (char16_t c : more)
        h = (h ^ c) * FnvPrime;
    return h;
}
constexpr quint32 NonNameWord = CommonWord | TitleWord | Demonym;

/// How sure a decision is; a stronger decision about a string wins over a
/// weaker one elsewhere in the article.
enum Strength : int {
    Unresolved = 0, ///< a capitalized word with no evidence yet
    ByShape = 1, ///< only the look of the words
    /// The learned model. Above the look of the words, which it has learned
    /// better than the shape rules know it; below the rules that read this
    /// article's own evidence (an acronym defined here, a short form of a
    /// name found here, a title), which it cannot see. Measured: see applyModel().
    ByModel = 2,
    ByRule = 3, ///< a cue, a title, a first name, an acronym or an alias
    ByList = 4, ///< a gazetteer
    ByUser = 5, ///< the user's lexicon
};

struct Candidate {
    qsizetype first = 0; ///< token indices, inclusive
    qsizetype last = 0;
    QString type; ///< empty while unresolved
    QString why;
    QString canonical;
    int strength = Unresolved;
    Origin origin = Origin::Auto;
    bool commonWord = false; ///< a single ordinary word: an entity only when an alias or a pattern says so
    /// The learned model saw no person, organisation or place here: dropped
    /// at the end unless something stronger than the look of the words names it.
    bool modelSaysNone = false;
};

// Entity types as shared strings (EntityTypes::shared()).
const EntityTypes::Shared &types()
{
    return EntityTypes::shared();
}

} // namespace
} // namespace Annalist
Q_DECLARE_TYPEINFO(Annalist::Candidate, Q_RELOCATABLE_TYPE);
namespace Annalist {
namespace {

// Empties a container and gives its memory back.
template<typename Container>
void releaseMemory(Container &c)
{
    Container().swap(c);
}

// The first name of an article's dateline place, where the text has one.
TextRange datelinePlaceName(const Article &article)
{
    if (article.dateline.isEmpty() || article.datelinePlace.isEmpty())
        return {};
    const qsizetype comma = article.datelinePlace.indexOf(u',');
    const QStringView name = QStringView(article.datelinePlace).left(comma < 0 ? article.datelinePlace.size() : comma);
    const TextRange r{article.dateline.start, article.dateline.start + name.size()};
    return r.end <= article.text.size() && article.slice(r) == name ? r : TextRange{};
}

QString cueType(quint32 flags)
{
    if (flags & OrgCue)
        return types().organization;
    if (flags & DocCue)
        return types().document;
    if (flags & EventCue)
        return types().event;
    if (flags & LocCue)
        return types().location;
    return {};
}

/// The state of recognizing one article. Everything here is local to one
/// recognize() call, which keeps the Recognizer itself read-only.
class Pass
{
public:
    Pass(const Article &article, QList<Token> words, const Gazetteer &gazetteer, const PhraseTrie *lexicon,
         const QList<LexiconEntry> &lexiconEntries, const NerModel *model = nullptr,
         RecognizerParts parts = RecognizerParts::Combined)
        : m_text(article.text)
        , m_datelinePlace(datelinePlaceName(article))
        , m_model(model)
        , m_parts(parts)
        , m_g(gazetteer)
        , m_lexicon(lexicon)
        , m_lexiconEntries(lexiconEntries)
        , m_tokens(std::move(words))
    {
        const qsizetype n = m_tokens.size();
        // Reserved first: resize() alone rounds a list's block up to a power
        // of two, which for a long article costs tens of megabytes.
        m_ids.reserve(n);
        m_ids.resize(n);
        m_initial.reserve(n);
        m_initial.fill(false, n);
        m_commonCache.reserve(n);
        m_commonCache.fill(-1, n);
        // A 4096-bit filter of the capitalized words not known to be
        // ordinary, so that most lower-case words skip the set below.
        std::array<quint64, 64> capitalized{};
        // Written through the pointer: operator[] would check for sharing at every word.
        int *const ids = m_ids.data();
        for (qsizetype i = 0; i < n; ++i) {
            const Token &t = m_tokens.at(i);
            const WordTable::Found found = m_g.words.lookup(t.hash, word(i));
            ids[i] = found.id;
            if (t.is(Token::Capitalized) && !(found.flags & CommonWord))
                capitalized[(t.hash >> 6) & 63] |= quint64(1) << (t.hash & 63);
            if (found.flags & StartsName)
                m_nameStarts.push_back(qint32(i));
        }
        // An unknown word written in lower case somewhere is an ordinary
        // word in this article, whatever its capital elsewhere says.
        for (qsizetype i = 0; i < n; ++i) {
            const Token &t = m_tokens.at(i);
            if (t.is(Token::Lowercase) && (capitalized[(t.hash >> 6) & 63] & (quint64(1) << (t.hash & 63))))
                m_lowerSeen.insert(t.hash);
        }
        markSentenceStarts(article);
        markHeadlines(article);
        // About one candidate in twenty words of news; the list grows if there are more.
        m_candidates.reserve(n / 16 + 8);
    }

    EntityList run();
    /// The stretches of words the model reads, with their context (for training).
    std::vector<ModelSegment> modelSegments();

private:
    void findListedNames();
    /// The words worth the model's attention: a capital, or a capital inside ("iPhone").
    bool modelSeed(qsizetype i) const
    {
        const Token &t = m_tokens.at(i);
        return t.is(Token::Capitalized) || t.is(Token::AllCaps) || t.is(Token::InnerCaps);
    }
    bool modelJoined(qsizetype k) const;
    /// Calls f for each segment the model reads, except where skip(first, last) says it need not.
    template<typename Skip, typename F>
    void forEachModelSegment(Skip &&skip, F &&f);
    ModelToken modelToken(qsizetype i) const;
    void applyModel();
    QStringView word(qsizetype i) const
    {
        const Token &t = m_tokens.at(i);
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
    /// The longest gazetteer name starting at token i; tokens == 0 when none.
    const PhraseTrie::Match &gazetteerAt(qsizetype i) const
    {
        static const PhraseTrie::Match none;
        const auto it = m_gazetteer.constFind(qint32(i));
        return it == m_gazetteer.cend() ? none : *it;
    }
    bool has(qsizetype i, quint32 f) const { return (flagsOf(i) & f) != 0; }
    bool namey(qsizetype i) const
    {
        const Token &t = m_tokens.at(i);
        if (t.is(Token::Capitalized))
            return !(m_headline.at(i) && headlineWord(i) && gazetteerAt(i).tokens == 0);
        // "d'Ettorre", "l'Aquila": a lower-case particle glued to a name.
        if (!t.is(Token::InnerCaps) || t.length() < 3)
            return false;
        const QChar second = m_text.at(t.start + 1);
        return second == u'\'' || second == QChar(0x2019);
    }
    /// The gap before token i allows it to continue a name.
    bool joined(qsizetype i) const
    {
        const Token &t = m_tokens.at(i);
        return !t.newlineBefore && t.gapPunct == 0;
    }
    bool isCommon(qsizetype i) const;
    bool isCommonUncached(qsizetype i) const;
    bool listedCommon(QStringView lowerWord) const;
    bool isTitle(qsizetype i) const;
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
    /// Token last is followed by ", " and a listed country or region that ends the clause.
    bool placeBeforeRegion(qsizetype last) const
    {
        const qsizetype k = last + 1;
        if (k >= m_tokens.size() || m_tokens.at(k).gapPunct != u',' || m_tokens.at(k).newlineBefore)
            return false;
        const PhraseTrie::Match &m = gazetteerAt(k);
        if (m.tokens == 0)
            return false;
        const GazetteerEntry &e = m_g.entries.at(m.entry);
        if (e.type != types().location || (e.category != u"country" && e.category != u"region"))
            return false;
        const qsizetype after = k + m.tokens;
        return after >= m_tokens.size() || !joined(after) || !namey(after);
    }
    bool isConnector(qsizetype i) const { return has(i, Connector | Particle) && m_tokens.at(i).is(Token::Lowercase); }

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
    void classify(qsizetype first, qsizetype last);
    void classifySingle(qsizetype i);
    void addCandidate(qsizetype first, qsizetype last, const QString &type, const QString &why, int strength,
              const QString &canonical = {});
    void resolveAcronymsAndAliases();
    void applyOneTypePerString();

    const QString &m_text;
    TextRange m_datelinePlace; ///< the first name of the dateline's place ("OSLO" of "OSLO, Norway, May 2 –")
    const NerModel *m_model;
    RecognizerParts m_parts;
    const Gazetteer &m_g;
    const PhraseTrie *m_lexicon;
    const QList<LexiconEntry> &m_lexiconEntries;
    QList<Token> m_tokens;
    QList<int> m_ids;
    /// The words that start some gazetteer name (StartsName), found while
    /// the words are looked up: only these are worth a look in the trie.
    std::vector<qint32> m_nameStarts;
    QList<bool> m_initial;
    QList<bool> m_headline; ///< the token is in a Title Case Headline, where capitals say little
    mutable QList<qint8> m_commonCache; ///< per token: -1 not known yet, else isCommon()
    QSet<quint64> m_lowerSeen;
    /// Token → the longest gazetteer name starting there, for the few tokens
    /// that start one (a list over every token would cost megabytes).
    QHash<qint32, PhraseTrie::Match> m_gazetteer;
    QList<Candidate> m_candidates;
    QList<std::pair<qsizetype, qsizetype>> m_acronymDefinitions;
    /// Per token, for the model: the gazetteer name that covers it (ModelToken::listed).
    std::vector<quint8> m_listed; ///< (acronym token, candidate index of the long form)
};

bool Pass::isCommon(qsizetype i) const
{
    qint8 &cached = m_commonCache[i];
    if (cached < 0)
        cached = isCommonUncached(i) ? 1 : 0;
    return cached == 1;
}

bool Pass::listedCommon(QStringView w) const
{
    // Works on hashes of the folded word and its stems, so that nothing is allocated.
    const auto listed = [this](quint64 h) { return (m_g.words.flags(m_g.words.find(h, {})) & CommonWord) != 0; };
    const qsizetype n = w.size();
    // One pass gives the word's hash and its stems' (the word without its
    // last one, two or three characters): stem[k] is the hash of w.left(n - k).
    std::array<quint64, 4> stem{};
    quint64 h = FnvOffset;
    for (qsizetype i = 0; i < n; ++i) {
        if (n - i <= 3)
            stem[n - i] = h;
        h = (h ^ foldChar(w[i].unicode())) * FnvPrime;
    }
    stem[0] = h;
    if (listed(stem[0]))
        return true;
    if (n < 4)
        return false;
    // The last three characters, folded as the hash folds them; the suffixes
    // below are lower-case ASCII.
    const char16_t last = foldChar(w[n - 1].unicode());
    const char16_t second = foldChar(w[n - 2].unicode());
    const char16_t third = foldChar(w[n - 3].unicode());
    // Regular inflections of a listed word: "Strategies", "Opening", "Experts".
    if (third == u'i' && second == u'e' && last == u's' && listed(hashMore(stem[3], u"y")))
        return true;
    if (second == u'e' && last == u's' && listed(stem[2]))
        return true;
    if (last == u's' && second != u's' && listed(stem[1]))
        return true;
    if (second == u'e' && last == u'd' && (listed(stem[2]) || listed(stem[1])))
        return true;
    if (third == u'i' && second == u'n' && last == u'g' && (listed(stem[3]) || listed(hashMore(stem[3], u"e"))))
        return true;
    if (second == u'l' && last == u'y' && n >= 8)
        return true; // sentence adverbs: "Unfortunately", "Specifically" (not "Kelly")
    if (second == u'e' && last == u'r' && n >= 6 && listed(stem[2]))
        return true;
    return false;
}

bool Pass::isCommonUncached(qsizetype i) const
{
    if (has(i, CommonWord) || m_lowerSeen.contains(m_tokens.at(i).hash))
        return true;
    const Token &t = m_tokens.at(i);
    if (!t.is(Token::Capitalized) || t.is(Token::AllCaps))
        return false;
    const QStringView w = word(i);
    // Contractions ("You're", "We'll") and hyphenated words with an ordinary
    // last part ("Scientology-related", "Open-minded") are not names.
    for (qsizetype k = 1; k < w.size(); ++k) {
        if (w.at(k) == u'\'' || w.at(k) == QChar(0x2019))
            return listedCommon(w.left(k));
    }
    if (t.is(Token::Hyphenated)) {
        const QStringView tail = w.mid(w.lastIndexOf(u'-') + 1);
        return !tail.isEmpty() && tail.at(0).isLower() && listedCommon(tail);
    }
    return listedCommon(w);
}

bool Pass::isTitle(qsizetype i) const
{
    if (has(i, TitleWord))
        return true;
    const Token &t = m_tokens.at(i);
    if (!t.is(Token::Hyphenated))
        return false;
    // "then-President", "ex-Minister"
    const QStringView w = word(i);
    const qsizetype dash = w.lastIndexOf(u'-');
    return dash > 0 && (m_g.words.flags(m_g.words.find(w.mid(dash + 1))) & TitleWord);
}

// Quoted speech and lists start with a capital too.
bool opensCapitalized(char16_t gapPunct)
{
    switch (gapPunct) {
    case u'"':
    case 0x201C:
    case 0x2018:
    case u'\'':
    case u':':
    case 0x2014:
    case 0x2013:
    case u'*':
    case 0x2022:
        return true;
    default:
        return false;
    }
}

void Pass::markSentenceStarts(const Article &article)
{
    const qsizetype n = m_tokens.size();
    bool *const initial = m_initial.data(); // (operator[] would check for sharing at every word)
    // Most words follow nothing but a space.
    for (qsizetype i = 0; i < n; ++i) {
        const Token &t = m_tokens.at(i);
        initial[i] = t.newlineBefore || (t.gapPunct != 0 && opensCapitalized(t.gapPunct));
    }
    // The first word of each sentence (the sentences are in text order).
    qsizetype i = 0;
    for (const TextRange &sentence : article.sentences) {
        while (i < n && m_tokens.at(i).start < sentence.start)
            ++i;
        if (i < n && m_tokens.at(i).start < sentence.end)
            initial[i] = true;
    }
}

void Pass::markHeadlines(const Article &article)
{
    const qsizetype n = m_tokens.size();
    m_headline.reserve(n);
    m_headline.fill(false, n);
    qsizetype i = 0;
    for (const TextRange &p : article.paragraphs) {
        // Paragraphs of prose are passed over below; their words are skipped by a search.
        i = std::lower_bound(m_tokens.cbegin() + i, m_tokens.cend(), p.start,
                             [](const Token &t, qsizetype pos) { return t.start < pos; })
            - m_tokens.cbegin();
        // "Fire Destroys Historic Mill In Northern Town": ordinary words with
        // capitals and no full stop, as in a headline, not in prose. Prose
        // ends with a stop, which is checked first because it is cheap.
        const QChar lastChar = m_text.at(p.end - 1);
        if (lastChar == u'.' || lastChar == u'?' || lastChar == u'!' || lastChar == u'"' || lastChar == QChar(0x201D))
            continue;
        qsizetype j = i;
        int capitalized = 0;
        int capitalizedWords = 0; // ordinary words written with a capital, after the first
        for (; j < n && m_tokens.at(j).start < p.end; ++j) {
            const Token &t = m_tokens.at(j);
            if (!t.is(Token::Capitalized) || t.is(Token::AllCaps))
                continue;
            ++capitalized;
            if (j > i && headlineWord(j))
                ++capitalizedWords;
        }
        if (capitalizedWords >= 3 && capitalizedWords * 10 >= capitalized * 3) {
            for (qsizetype k = i; k < j; ++k) {
                m_headline[k] = true;
                m_initial[k] = true;
            }
        }
        i = j;
    }
}

bool Pass::dropAtSentenceStart(qsizetype i) const
{
    if (!m_initial.at(i) || !isCommon(i) || has(i, TitleWord))
        return false;
    if (const PhraseTrie::Match &m = gazetteerAt(i); m.tokens > 0) {
        const QString &category = m_g.entries.at(m.entry).category;
        if (m.tokens > 1 || category == u"country" || category == u"organization")
            return false;
    }
    // "Will Smith", "Mark Rathbun": a given name that is also a word.
    if (has(i, FirstName) && i + 1 < m_tokens.size() && joined(i + 1) && namey(i + 1) && !isCommon(i + 1))
        return false;
    return true;
}

bool Pass::hasConnector(qsizetype first, qsizetype last) const
{
    for (qsizetype k = first; k <= last; ++k)
        if (!namey(k))
            return true;
    return false;
}

qsizetype Pass::headOf(qsizetype first, qsizetype last) const
{
    // "Department of European … Affairs": the head is the last word before
    // the first connector; without connectors it is the last word.
    for (qsizetype k = first + 1; k <= last; ++k)
        if (!namey(k))
            return k - 1;
    return last;
}

bool Pass::connectorAllowed(qsizetype first, qsizetype last, qsizetype connector, qsizetype next) const
{
    if (has(connector, Particle))
        return true;
    const quint32 headFlags = flagsOf(headOf(first, last));
    const bool strongHead = headFlags & (OrgCue | DocCue | EventCue);
    if (is(connector, u"of") || is(connector, u"for")) {
        for (qsizetype k = first; k <= last; ++k)
            if (has(k, AnyCue))
                return true;
        return false;
    }
    if (!strongHead)
        return false;
    if (is(connector, u"in")) {
        // "Conference on … in Asia", not "the Press Council in Oslo".
        if (!hasConnector(first, last))
            return false;
        const PhraseTrie::Match &m = gazetteerAt(next);
        return m.tokens > 0 && m_g.entries.at(m.entry).type == types().location;
    }
    if (is(connector, u"and")) {
        // "Department of European and Central Asian Affairs", not "Civic Party and Wong Pik-wan".
        return hasConnector(first, last);
    }
    return true; // on, between
}

QList<std::pair<qsizetype, qsizetype>> Pass::chunks()
{
    QList<std::pair<qsizetype, qsizetype>> result;
    const qsizetype n = m_tokens.size();
    qsizetype i = 0;
    while (i < n) {
        if (!namey(i) || dropAtSentenceStart(i)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        for (;;) {
            const qsizetype k = j + 1;
            if (k >= n || !joined(k))
                break;
            if (namey(k)) {
                j = k;
                continue;
            }
            if (!isConnector(k))
                break;
            qsizetype m = k + 1;
            if (m < n && joined(m) && is(m, u"the") && m_tokens.at(m).is(Token::Lowercase) && !is(k, u"and")
                && !has(k, Particle))
                ++m;
            if (m >= n || !joined(m) || !namey(m) || !connectorAllowed(i, j, k, m))
                break;
            j = m;
        }
        result.append({i, j});
        i = j + 1;
    }
    return result;
}

void Pass::addCandidate(qsizetype first, qsizetype last, const QString &type, const QString &why, int strength,
                const QString &canonical)
{
    Candidate c;
    c.first = first;
    c.last = last;
    c.type = type;
    c.why = why;
    c.strength = strength;
    c.canonical = canonical;
    m_candidates.append(std::move(c));
}

void Pass::classifySingle(qsizetype i)
{
    const Token &t = m_tokens.at(i);
    if (has(i, Demonym))
        return;
    if (t.is(Token::AllCaps)) {
        // Shouted words ("ALL"), versions ("IE6"), Roman numerals ("XVII")
        // and currency codes ("EUR") are not organizations.
        const QStringView w = word(i);
        bool roman = true;
        for (QChar c : w)
            roman = roman && QStringView(u"IVXLCDM").contains(c);
        if (!has(i, CommonWord | CurrencyCode) && !t.is(Token::HasDigit) && !roman && t.length() >= 2
            && t.length() <= 8)
            addCandidate(i, i, types().organization, QStringLiteral("acronym"), ByShape);
        else
            m_candidates.append(Candidate{i, i, {}, {}, {}, Unresolved, Origin::Auto, true, false});
        return;
    }
    if (t.is(Token::InnerCaps) && !word(i).startsWith(u"Mc") && !word(i).startsWith(u"Mac")) {
        addCandidate(i, i, types().organization, QStringLiteral("name written in camel case"), ByShape);
        return;
    }
    Candidate c;
    c.first = c.last = i;
    c.commonWord = isCommon(i) || has(i, TitleWord | AnyCue) || t.is(Token::Initial) || t.length() < 2;
    m_candidates.append(c);
}

void Pass::classify(qsizetype first, qsizetype last)
{
    while (first <= last && (isDeterminer(first) || !namey(first)))
        ++first;
    while (last >= first && !namey(last))
        --last;
    if (first > last)
        return;
    // A title after a name is not part of it: "Virginia Governor".
    while (last > first && isTitle(last) && !has(last, AnyCue))
        --last;
    const qsizetype len = last - first + 1;

    if (const PhraseTrie::Match &m = gazetteerAt(first); m.tokens == len) {
        const GazetteerEntry &e = m_g.entries.at(m.entry);
        addCandidate(first, last, e.type, e.why, ByList,
                     e.canonical != m_g.names.name(m) ? e.canonical : QString());
        return;
    }

    // Titles at the front: "President Nursultan Nazarbayev", "Prime Minister X".
    qsizetype p = first;
    while (p <= last
           && (isTitle(p) || ((has(p, NonNameWord) || isCommon(p)) && p + 1 <= last && isTitle(p + 1))
               || (has(p, NonNameWord) && p + 2 <= last && isCommon(p + 1) && isTitle(p + 2))))
        ++p;
    if (p > first) {
        if (p > last)
            return; // a title alone is not a name
        bool personal = false;
        for (qsizetype k = p; k <= last; ++k)
            personal = personal || (namey(k) && !isCommon(k));
        const bool cue = has(headOf(p, last), AnyCue) && last > p;
        const bool listed = gazetteerAt(p).tokens == last - p + 1;
        if (personal && !cue && !listed && !hasConnector(p, last)) {
            addCandidate(p, last, types().person,
                 QString(u"title before a name (" + spanText(first, p - 1) + u')'), ByRule);
            return;
        }
        classify(p, last);
        return;
    }

    // A title inside: "CICA Executive Director Kairat Sarybay". What is
    // asked of the words after each title (a connector, a cue, a word that
    // is not ordinary) is read once, backwards, as the last such word: asked
    // anew for each title, a long run of titles and cues cost its square.
    qsizetype lastConnector = -1; // the last word that is not namey
    qsizetype lastCue = -1;
    qsizetype lastPersonal = -1; // the last word that is not an ordinary one
    bool scanned = false;
    const auto scanBackwards = [&] {
        for (qsizetype k = last; k >= first && (lastConnector < 0 || lastCue < 0 || lastPersonal < 0); --k) {
            if (lastConnector < 0 && !namey(k))
                lastConnector = k;
            if (lastCue < 0 && has(k, AnyCue))
                lastCue = k;
            if (lastPersonal < 0 && !isCommon(k))
                lastPersonal = k;
        }
        scanned = true;
    };
    // r: the end of the run of titles that starts at q. Within one run it is
    // the same for every q, so it is found once per run.
    for (qsizetype q = first + 1, r = first; q <= last; ++q) {
        if (!isTitle(q) || !namey(q))
            continue;
        if (q > r) {
            r = q;
            while (r <= last && (isTitle(r) || (has(r, CommonWord) && r + 1 <= last && isTitle(r + 1))))
                ++r;
        }
        if (!scanned)
            scanBackwards();
        if (r > last || lastConnector >= q)
            continue;
        const bool personal = lastPersonal >= r;
        const bool cue = lastCue >= r;
        if (personal && !cue) {
            // The words before the title may end in a description ("Executive").
            qsizetype before = q - 1;
            while (before >= first && has(before, CommonWord) && !has(before, AnyCue))
                --before;
            if (before >= first)
                classify(first, before);
            classify(q, last);
            return;
        }
    }

    // A name after an organization's: "… Foreign Ministry Wang Wenbin". Only
    // the last cue word can head that organization (after any other comes a
    // cue), so it alone is looked at.
    if (!scanned)
        scanBackwards();
    if (const qsizetype q = lastCue; q >= first && q < last && has(q, OrgCue | DocCue | EventCue) && lastConnector <= q) {
        bool allCommon = true;
        for (qsizetype k = q + 1; k <= last; ++k)
            allCommon = allCommon && has(k, NonNameWord);
        if (!allCommon) {
            classify(first, q);
            classify(q + 1, last);
            return;
        }
    }

    if (len == 1) {
        classifySingle(first);
        return;
    }

    // An acronym before other words is a name of its own: "NASA Discovery".
    if (m_tokens.at(first).is(Token::AllCaps) && !m_tokens.at(first + 1).is(Token::AllCaps)
        && !has(headOf(first, last), AnyCue) && !hasConnector(first, last)) {
        classify(first, first);
        classify(first + 1, last);
        return;
    }

    // The head word tells the type: "Almaty Act", "Chinese Foreign Ministry".
    const qsizetype head = headOf(first, last);
    if (has(head, AnyCue) && !(head == first && !hasConnector(first, last))) {
        const bool personFirst = has(first, FirstName) && len == 2 && !has(first, CommonWord);
        if (!(personFirst && !has(head, OrgCue))) {
            // A numbered one is an occasion, and the number is part of its name:
            // "13th Meeting of …", "22nd Forum of …" (a Forum alone may be a body).
            const bool numbered = has(head, EventCue | AlsoEventCue) && first > 0 && joined(first) && isOrdinal(first - 1);
            const QString type = numbered ? types().event : cueType(flagsOf(head));
            addCandidate(numbered ? first - 1 : first, last, type,
                         (numbered ? QStringLiteral("numbered occasion, cue word: ") : QStringLiteral("cue word: "))
                             + word(head).toString(),
                         ByRule);
            return;
        }
    }
    if (hasConnector(first, last)) {
        addCandidate(first, last, types().organization, QStringLiteral("capitalized name"), ByShape);
        return;
    }

    // A nationality before an organization's name: "British Red Cross".
    if (has(first, Demonym)) {
        const PhraseTrie::Match &m = gazetteerAt(first + 1);
        if (m.tokens == len - 1 && m_g.entries.at(m.entry).type == types().organization) {
            addCandidate(first, last, types().organization, m_g.entries.at(m.entry).why, ByList);
            return;
        }
    }

    // "Eureka Springs, Arkansas": a name before a comma and a listed region or country.
    if (placeBeforeRegion(last) && !has(first, FirstName)) {
        addCandidate(first, last, types().location, QString(u"place before a region (\u2026, " + word(last + 1) + u')'),
                     ByRule);
        return;
    }

    // Mostly ordinary words around one name: "CICA Member States", "Foreign Affairs".
    const auto givenName = [this, last](qsizetype k) {
        // "Mark Rathbun": a given name that is also a word counts when a name follows.
        return has(k, FirstName) && !has(k, AnyCue)
            && (!has(k, CommonWord) || (k + 1 <= last && namey(k + 1) && !isCommon(k + 1) && !has(k + 1, NonNameWord)));
    };
    qsizetype nameWords = 0;
    qsizetype nameAt = first;
    for (qsizetype k = first; k <= last; ++k) {
        if (givenName(k) || (!has(k, NonNameWord) && !isCommon(k))) {
            ++nameWords;
            nameAt = k;
        }
    }
    if (nameWords == 0)
        return;
    if (nameWords == 1 && !has(nameAt, FirstName)) {
        classify(nameAt, nameAt);
        return;
    }

    // A listed name inside a longer capitalized run.
    for (qsizetype k = first; k <= last; ++k) {
        const PhraseTrie::Match &m = gazetteerAt(k);
        if (m.tokens == 0 || k + m.tokens - 1 > last)
            continue;
        const GazetteerEntry &e = m_g.entries.at(m.entry);
        const qsizetype end = k + m.tokens - 1;
        if (e.type == types().organization && k == first) {
            return; // "Google Chrome", "Microsoft Word": a product, not a person
        }
        if (e.type == types().location && end == last && k > first) {
            bool directions = true;
            for (qsizetype d = first; d < k; ++d)
                directions = directions && isDirection(d);
            if (directions) {
                addCandidate(first, last, types().location, QStringLiteral("part of ") + e.canonical, ByRule);
                return;
            }
        }
        if (e.type == types().location && k == first && !has(first, FirstName)) {
            // "Toronto Star", "Ontario Ghostbusters": a place naming something else.
            addCandidate(first, last, types().organization, QStringLiteral("capitalized name after a place name"), ByShape);
            return;
        }
        break;
    }

    // A title right before the chunk: "then-President X", "said president X".
    if (first > 0 && isTitle(first - 1) && (joined(first) || m_tokens.at(first).gapPunct == u'.')) {
        addCandidate(first, last, types().person, QString(u"title before a name (" + word(first - 1) + u')'), ByRule);
        return;
    }
    // A leading nationality: "Russian Vladimir Putin".
    if (has(first, Demonym)) {
        classify(first + 1, last);
        return;
    }
    for (qsizetype k = first; k <= last; ++k) {
        if (givenName(k)) {
            if (k > first)
                classify(first, k - 1);
            addCandidate(k, last, types().person, QString(u"known first name (" + word(k) + u')'), ByRule);
            return;
        }
        if (!has(k, NonNameWord))
            break;
    }
    for (qsizetype k = first; k <= last; ++k) {
        if (m_tokens.at(k).is(Token::Initial)) {
            addCandidate(first, last, types().person, QStringLiteral("name with an initial"), ByRule);
            return;
        }
    }
    if (last + 1 < m_tokens.size() && has(last + 1, PersonVerb) && m_tokens.at(last + 1).is(Token::Lowercase)) {
        addCandidate(first, last, types().person, QString(u"name before \"" + word(last + 1) + u'"'), ByRule);
        return;
    }
    if (m_headline.at(first))
        return; // in a headline, capitals alone say nothing
    addCandidate(first, last, types().person, QStringLiteral("capitalized name"), ByShape);
}

void Pass::resolveAcronymsAndAliases()
{
    const qsizetype n = m_tokens.size();
    // Long forms and their short forms.
    QHash<quint64, qsizetype> acronyms; // acronym's word hash -> candidate index of the long form
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        const Candidate &cand = m_candidates.at(c);
        const qsizetype a = cand.last + 1;
        if (cand.modelSaysNone || cand.first == cand.last || a >= n || m_tokens.at(a).gapPunct != u'(' || !m_tokens.at(a).is(Token::AllCaps))
            continue;
        if (a + 1 < n && m_tokens.at(a + 1).start == m_tokens.at(a).end)
            continue;
        if (m_tokens.at(a).end >= m_text.size() || m_text.at(m_tokens.at(a).end) != u')')
            continue;
        // The acronym's letters must appear, in order, as initials of the long form's words.
        const QStringView acr = word(a);
        qsizetype li = 0;
        for (qsizetype k = cand.first; k <= cand.last && li < acr.size(); ++k) {
            if (!acr.at(li).isLetter()) {
                ++li;
                --k;
                continue;
            }
            if (word(k).at(0).toUpper() == acr.at(li))
                ++li;
        }
        if (li < acr.size() || word(cand.first).at(0) != acr.at(0))
            continue;
        Candidate &longForm = m_candidates[c];
        if (longForm.type == EntityTypes::Person && longForm.strength <= ByShape) {
            longForm.type = types().organization;
            longForm.why = QStringLiteral("name with an acronym");
        }
        acronyms.insert(m_tokens.at(a).hash, c);
    }

    // Short forms of multi-word names: "Wenbin" for "Wang Wenbin", "Trend" for "Trend News Agency".
    QHash<quint64, qsizetype> shortForms; // word hash -> candidate index of the full name
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        const Candidate &cand = m_candidates.at(c);
        if (cand.first == cand.last || cand.type.isEmpty() || cand.modelSaysNone)
            continue;
        if (cand.type == EntityTypes::Person) {
            if (!hasConnector(cand.first, cand.last)) {
                shortForms.insert(m_tokens.at(cand.last).hash, c);
                if (!m_tokens.at(cand.first).is(Token::Initial))
                    shortForms.insert(m_tokens.at(cand.first).hash, c);
            }
        } else if (cand.type == EntityTypes::Organization) {
            bool tailIsCues = true;
            for (qsizetype k = cand.first + 1; k <= cand.last; ++k)
                tailIsCues = tailIsCues && has(k, OrgCue);
            if (tailIsCues && !has(cand.first, Demonym))
                shortForms.insert(m_tokens.at(cand.first).hash, c);
        }
    }

    for (Candidate &cand : m_candidates) {
        if (cand.first != cand.last)
            continue;
        const quint64 w = m_tokens.at(cand.first).hash;
        if (cand.strength == ByList && cand.type == types().location && !cand.why.endsWith(u"country")) {
            // "Valeska Paris … Paris said": in an article about a person, the
            // bare surname is that person even when a place shares it.
            const auto it = shortForms.constFind(w);
            if (it != shortForms.cend() && m_candidates.at(*it).type == types().person) {
                const Candidate &full = m_candidates.at(*it);
                const QString name = spanText(full.first, full.last);
                cand.type = types().person;
                cand.why = QStringLiteral("same as ") + name;
                cand.canonical = name;
                cand.strength = ByRule;
            }
            continue;
        }
        if (cand.strength >= ByRule)
            continue;
        if (const auto it = acronyms.constFind(w); it != acronyms.cend()) {
            const Candidate &longForm = m_candidates.at(*it);
            const QString name = spanText(longForm.first, longForm.last);
            cand.type = longForm.type;
            cand.why = QStringLiteral("acronym of ") + name;
            cand.canonical = name;
            cand.strength = ByRule;
            cand.commonWord = false;
            continue;
        }
        if (const auto it = shortForms.constFind(w); it != shortForms.cend()) {
            const Candidate &full = m_candidates.at(*it);
            const QString name = spanText(full.first, full.last);
            cand.type = full.type;
            cand.why = QStringLiteral("same as ") + name;
            cand.canonical = full.canonical.isEmpty() ? name : full.canonical;
            cand.strength = ByRule;
            cand.commonWord = false;
            continue;
        }
        // A news agency at the end of a sentence: ", Trend reports."
        const qsizetype k = cand.first + 1;
        if (k < n && m_tokens.at(cand.first).gapPunct == u',' && (is(k, u"reports") || is(k, u"reported"))
            && joined(k)) {
            cand.type = types().organization;
            cand.why = QString(u"news source (\u2026 " + word(k) + u')');
            cand.strength = ByRule;
            cand.commonWord = false;
        }
    }
}

void Pass::applyOneTypePerString()
{
    QHash<quint64, qsizetype> best;
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        const Candidate &cand = m_candidates.at(c);
        if (cand.type.isEmpty() || cand.modelSaysNone)
            continue;
        const quint64 key = spanKey(cand.first, cand.last);
        const auto it = best.constFind(key);
        if (it == best.cend() || m_candidates.at(*it).strength < cand.strength)
            best.insert(key, c);
    }
    const qsizetype n = m_tokens.size();
    for (Candidate &cand : m_candidates) {
        const auto it = best.constFind(spanKey(cand.first, cand.last));
        if (it != best.cend()) {
            const Candidate &model = m_candidates.at(*it);
            if (model.strength > cand.strength && model.type != cand.type) {
                cand.type = model.type;
                cand.why = model.why;
                cand.canonical = model.canonical;
                cand.strength = model.strength;
                cand.commonWord = false;
            }
        }
        if (!cand.type.isEmpty() || cand.commonWord)
            continue;
        // Nothing else known about a lone capitalized word.
        const qsizetype i = cand.first;
        if (has(i, FirstName)) {
            cand.type = types().person;
            cand.why = QStringLiteral("known first name");
        } else if (i + 1 < n && has(i + 1, PersonVerb) && m_tokens.at(i + 1).is(Token::Lowercase)) {
            cand.type = types().person;
            cand.why = QString(u"name before \"" + word(i + 1) + u'"');
        } else if (placeBeforeRegion(i)) {
            cand.type = types().location;
            cand.why = QString(u"place before a region (\u2026, " + word(i + 1) + u')');
        } else if (i > 0 && (is(i - 1, u"in") || is(i - 1, u"near")) && joined(i)) {
            cand.type = types().location;
            cand.why = QString(u"capitalized name after \"" + word(i - 1) + u'"');
        } else {
            continue; // a lone capitalized word with no evidence is left alone
        }
        cand.strength = ByShape;
    }
}

void Pass::findListedNames()
{
    for (const qint32 i : std::as_const(m_nameStarts))
        if (m_tokens.at(i).is(Token::Capitalized) || namey(i))
            if (const PhraseTrie::Match m = m_g.names.longestAt(m_tokens, m_ids, i); m.tokens > 0)
                m_gazetteer.insert(qint32(i), m);
    if (!m_model)
        return;
    m_listed.assign(std::size_t(m_tokens.size()), 0);
    // In text order, not the hash's (which differs between runs): where two
    // names overlap, the earlier one keeps its words.
    for (const qint32 i : std::as_const(m_nameStarts)) {
        const auto it = m_gazetteer.constFind(i);
        if (it == m_gazetteer.cend())
            continue;
        const QString &category = m_g.entries.at(it->entry).category;
        const quint8 code = category == u"country" ? 1 : category == u"region" ? 2 : category == u"place" ? 3 : 4;
        for (int k = 0; k < it->tokens; ++k)
            if (m_listed[std::size_t(i) + k] == 0)
                m_listed[std::size_t(i) + k] = quint8(code * 2 + (k > 0 ? 1 : 0));
    }
}

bool Pass::modelJoined(qsizetype k) const
{
    const Token &t = m_tokens.at(k);
    return !t.newlineBefore && (t.gapPunct == 0 || t.gapPunct == u'&');
}

ModelToken Pass::modelToken(qsizetype i) const
{
    const Token &t = m_tokens.at(i);
    ModelToken m;
    m.word = word(i);
    m.hash = t.hash;
    m.shape = t.shape;
    m.gapPunct = t.gapPunct;
    m.newlineBefore = t.newlineBefore;
    m.initial = m_initial.at(i);
    m.headline = m_headline.at(i);
    m.common = isCommon(i);
    m.listed = m_listed.empty() ? 0 : m_listed[std::size_t(i)];
    m.flags = flagsOf(i);
    return m;
}

template<typename Skip, typename F>
void Pass::forEachModelSegment(Skip &&skip, F &&f)
{
    const qsizetype n = m_tokens.size();
    ModelSegment segment;
    qsizetype i = 0;
    while (i < n) {
        if (!modelSeed(i)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        for (;;) {
            const qsizetype k = j + 1;
            if (k >= n || !modelJoined(k))
                break;
            if (modelSeed(k) || m_tokens.at(k).is(Token::HasDigit)) {
                j = k;
                continue;
            }
            // Small joining words inside a name: "Bank of the North", "Anna van Dijk".
            qsizetype m = k;
            while (m < n && m - k < 2 && modelJoined(m) && m_tokens.at(m).is(Token::Lowercase)
                   && (has(m, Connector | Particle) || is(m, u"the")))
                ++m;
            if (m == k || m >= n || !modelJoined(m) || !modelSeed(m))
                break;
            j = m;
        }
        if (skip(i, j)) {
            i = j + 1;
            continue;
        }
        const qsizetype from = std::max<qsizetype>(0, i - 2);
        const qsizetype to = std::min<qsizetype>(n - 1, j + 2);
        segment.first = i;
        segment.count = int(j - i + 1);
        segment.offset = int(i - from);
        segment.window.clear();
        for (qsizetype k = from; k <= to; ++k)
            segment.window.push_back(modelToken(k));
        f(segment);
        i = j + 1;
    }
}

std::vector<ModelSegment> Pass::modelSegments()
{
    findListedNames();
    std::vector<ModelSegment> result;
    forEachModelSegment([](qsizetype, qsizetype) { return false; },
                        [&result](const ModelSegment &s) { result.push_back(s); });
    return result;
}

/// How the model's names and the rules' are combined. Each choice below was
/// measured (scripts/eval-ner --held-out: five-fold cross-validation by
/// document over the training data, and the development set with a model not
/// trained on it), against the alternatives named:
///
/// - The rules that read evidence (a gazetteer, a cue word, a title, a first
///   name, an acronym defined in the article, a short form of a name found
///   in it) win over the model where they overlap. Letting the model win over
///   all but the gazetteers gained nothing in cross-validation and cost 0.015
///   lenient F1 on the development set, where the rules are at their best.
/// - The model replaces what the rules found by the look of the words alone,
///   and unresolved capitalized words, when it is at least MinConfidence sure.
///   Without a threshold the model's doubtful guesses cost 0.04 F1 on the
///   development set; 0.8 keeps most of the gain in cross-validation (lenient
///   F1 0.66 for the rules alone, 0.72 combined) and loses nothing on the
///   development set (0.838 and 0.846).
/// - A name the rules found by its look alone, where the model sees no name
///   at all, is dropped (+0.01 in both measures), unless an alias, an acronym
///   or the same string elsewhere gives it a type after all.
/// - Where the model sees another kind of name ("Olympics", "French"), a
///   look-alone guess under it is dropped likewise.
/// DOCUMENT and EVENT stay with the rules (the model knows neither), and the
/// user's lexicon is applied after all of this, so it always wins.
void Pass::applyModel()
{
    constexpr float MinConfidence = 0.8f;
    const bool combined = m_parts != RecognizerParts::ModelOnly;
    // The rules' candidates do not overlap one another; in text order, a sweep finds those under each segment.
    if (combined)
        std::stable_sort(m_candidates.begin(), m_candidates.end(),
                         [](const Candidate &a, const Candidate &b) { return a.first < b.first; });
    const qsizetype count = m_candidates.size();
    // Segments whose outcome the model cannot change are not decoded (most of
    // the time the model takes): those wholly under the rules' stronger
    // decisions, and a lone ordinary word that starts a sentence with no
    // candidate on it ("The", "However").
    qsizetype sweep = 0;
    const auto settled = [&](qsizetype first, qsizetype last) {
        if (!combined)
            return false;
        while (sweep < count && m_candidates.at(sweep).last < first)
            ++sweep;
        if (sweep >= count || m_candidates.at(sweep).first > last)
            return first == last && m_initial.at(first) && isCommon(first) && !has(first, FirstName);
        qsizetype k = first;
        for (qsizetype c = sweep; c < count && m_candidates.at(c).first <= last; ++c) {
            const Candidate &cand = m_candidates.at(c);
            const bool ownType = cand.type.isEmpty() || cand.type == EntityTypes::Person
                || cand.type == EntityTypes::Organization || cand.type == EntityTypes::Location;
            if (cand.first > k || (ownType && cand.strength < ByRule))
                return false;
            k = cand.last + 1;
        }
        return k > last;
    };
    std::vector<ModelSpan> spans;
    forEachModelSegment(settled, [this, &spans](const ModelSegment &s) { m_model->decode(s, spans); });
    const auto typeName = [](int type) -> const QString & {
        return type == 1 ? types().person : type == 2 ? types().organization : types().location;
    };
    const auto modelCandidate = [&](const ModelSpan &m) {
        Candidate c;
        c.first = m.first;
        c.last = m.last;
        c.type = typeName(m.type);
        c.why = QStringLiteral("learned model (%1)").arg(double(m.confidence), 0, 'f', 2);
        c.strength = ByModel;
        return c;
    };
    if (m_parts == RecognizerParts::ModelOnly) {
        for (const ModelSpan &m : spans)
            if (m.type >= 1 && m.type <= 3)
                m_candidates.append(modelCandidate(m));
        return;
    }
    std::vector<quint8> state(std::size_t(count), 0); // 1 under a model span, 2 dropped
    QList<Candidate> added;
    qsizetype c0 = 0;
    for (const ModelSpan &m : spans) {
        while (c0 < count && m_candidates.at(c0).last < m.first)
            ++c0;
        bool rulesWin = false;
        for (qsizetype c = c0; c < count && m_candidates.at(c).first <= m.last; ++c) {
            const Candidate &cand = m_candidates.at(c);
            state[std::size_t(c)] = 1;
            const bool ownType = cand.type.isEmpty() || cand.type == EntityTypes::Person
                || cand.type == EntityTypes::Organization || cand.type == EntityTypes::Location;
            rulesWin = rulesWin || !ownType || cand.strength >= ByRule;
        }
        if (m.type == 4) {
            // Another kind of name ("Olympics", "French"): not a person, organisation or place.
            for (qsizetype c = c0; c < count && m_candidates.at(c).first <= m.last; ++c)
                if (m_candidates.at(c).strength <= ByShape)
                    m_candidates[c].modelSaysNone = true;
            continue;
        }
        if (rulesWin || m.confidence < MinConfidence)
            continue;
        for (qsizetype c = c0; c < count && m_candidates.at(c).first <= m.last; ++c)
            state[std::size_t(c)] = 2;
        added.append(modelCandidate(m));
    }
    QList<Candidate> kept;
    kept.reserve(count + added.size());
    for (qsizetype c = 0; c < count; ++c) {
        Candidate &cand = m_candidates[c];
        if (state[std::size_t(c)] == 2)
            continue;
        // Only the look of the words, and the model read them as no name. (A
        // word in camel case is kept: such words are nearly always names.)
        // An acronym defined in the article, or the same string named
        // elsewhere, may still give it a type: see run().
        if (state[std::size_t(c)] == 0 && cand.strength == ByShape && !m_tokens.at(cand.first).is(Token::InnerCaps))
            cand.modelSaysNone = true;
        kept.append(std::move(cand));
    }
    kept.append(added);
    m_candidates = std::move(kept);
}

EntityList Pass::run()
{
    const qsizetype n = m_tokens.size();
    // The user's names first: they win over everything built in.
    QList<Candidate> userSpans;
    if (m_lexicon) {
        for (qsizetype i = 0; i < n; ++i) {
            if (m_ids.at(i) < 0)
                continue;
            const PhraseTrie::Match m = m_lexicon->longestAt(m_tokens, m_ids, i);
            if (m.tokens == 0)
                continue;
            Candidate c;
            c.first = i;
            c.last = i + m.tokens - 1;
            c.type = m_lexiconEntries.at(m.entry).type;
            c.why = QStringLiteral("your lexicon");
            c.strength = ByUser;
            c.origin = Origin::Lexicon;
            userSpans.append(c);
            i = c.last;
        }
    }

    findListedNames();
    if (m_parts != RecognizerParts::ModelOnly) {
        const auto spans = chunks();
        for (const auto &[first, last] : spans)
            classify(first, last);
        // A dateline opens with the place the story was filed from, in capitals
        // that would otherwise read as an acronym or an unknown name.
        if (!m_datelinePlace.isEmpty()) {
            const auto at = [this](qsizetype pos) {
                return std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), pos,
                                        [](const Token &t, qsizetype p) { return t.start < p; })
                    - m_tokens.cbegin();
            };
            const qsizetype first = at(m_datelinePlace.start);
            const qsizetype last = at(m_datelinePlace.end) - 1;
            if (first <= last && last < n && m_tokens.at(last).end <= m_datelinePlace.end)
                addCandidate(first, last, types().location, QStringLiteral("place of the dateline"), ByList);
        }
    }
    if (m_model && m_parts != RecognizerParts::RulesOnly)
        applyModel();
    if (m_parts != RecognizerParts::ModelOnly) {
        resolveAcronymsAndAliases();
        applyOneTypePerString();
    }
    for (Candidate &c : m_candidates)
        if (c.modelSaysNone && c.strength <= ByShape)
            c.type.clear();

    // User spans, then longer and stronger ones, keep their place.
    m_candidates.append(userSpans);
    QList<qsizetype> order;
    order.reserve(m_candidates.size());
    for (qsizetype c = 0; c < m_candidates.size(); ++c)
        if (!m_candidates.at(c).type.isEmpty())
            order.append(c);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype x, qsizetype y) {
        const Candidate &a = m_candidates.at(x);
        const Candidate &b = m_candidates.at(y);
        if (a.strength != b.strength)
            return a.strength > b.strength;
        return (a.last - a.first) > (b.last - b.first);
    });
    QList<bool> taken(n, false);
    QList<qsizetype> kept;
    kept.reserve(order.size());
    for (const qsizetype index : std::as_const(order)) {
        const Candidate &c = m_candidates.at(index);
        bool free = true;
        for (qsizetype k = c.first; k <= c.last && free; ++k)
            free = !taken.at(k);
        if (!free)
            continue;
        for (qsizetype k = c.first; k <= c.last; ++k)
            taken[k] = true;
        kept.append(index);
    }
    std::sort(kept.begin(), kept.end(),
              [this](qsizetype x, qsizetype y) { return m_candidates.at(x).first < m_candidates.at(y).first; });
    QList<TextRange> ranges;
    ranges.reserve(kept.size());
    for (const qsizetype index : std::as_const(kept)) {
        const Candidate &c = m_candidates.at(index);
        ranges.append({m_tokens.at(c.first).start, m_tokens.at(c.last).end});
    }
    // The per-token lists are done with. For a long article they are most of
    // the memory recognition takes, so they go before the result is made.
    // (Not "list = {}": since Qt 6.6 that assigns an empty initializer list,
    // which keeps the list's block.)
    releaseMemory(taken);
    releaseMemory(m_tokens);
    releaseMemory(m_ids);
    releaseMemory(m_nameStarts);
    releaseMemory(m_initial);
    releaseMemory(m_headline);
    releaseMemory(m_commonCache);
    releaseMemory(m_lowerSeen);
    releaseMemory(m_gazetteer);
    releaseMemory(m_listed);
    EntityList result;
    result.reserve(kept.size());
    // The candidates are done with too: their strings move into the entities.
    for (qsizetype k = 0; k < kept.size(); ++k) {
        Candidate &c = m_candidates[kept.at(k)];
        Entity e;
        e.range = ranges.at(k);
        e.type = std::move(c.type);
        e.origin = c.origin;
        e.why = std::move(c.why);
        e.canonical = std::move(c.canonical);
        result.append(std::move(e));
    }
    return result;
}

} // namespace

Recognizer::Recognizer()
    : m_gazetteer(std::make_unique<Gazetteer>())
{
    m_gazetteer->loadBuiltIn();
}

Recognizer::~Recognizer() = default;

EntityList Recognizer::recognize(const Article &article) const
{
    return recognize(article, tokenize(article.text));
}

EntityList Recognizer::recognize(const Article &article, QList<Token> words) const
{
    if (article.text.isEmpty())
        return {};
    Pass pass(article, std::move(words), *m_gazetteer, m_lexicon.get(), m_lexiconEntries, model(), m_parts);
    return pass.run();
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

std::vector<ModelSegment> Recognizer::modelSegments(const Article &article, QList<Token> words) const
{
    if (article.text.isEmpty())
        return {};
    // Any non-null model makes the pass prepare the model's inputs; the
    // segments do not depend on which.
    static const NerModel none;
    Pass pass(article, std::move(words), *m_gazetteer, m_lexicon.get(), m_lexiconEntries, &none, m_parts);
    return pass.modelSegments();
}

void Recognizer::setUserLexicon(const QList<LexiconEntry> &entries)
{
    m_lexicon.reset();
    m_lexiconEntries.clear();
    if (entries.isEmpty())
        return;
    auto trie = std::make_unique<PhraseTrie>();
    for (const LexiconEntry &e : entries) {
        if (e.type.isEmpty() || e.text.trimmed().isEmpty())
            continue;
        if (trie->add(m_gazetteer->words, QStringView(e.text).trimmed(), int(m_lexiconEntries.size())))
            m_lexiconEntries.append(e);
    }
    m_lexicon = std::move(trie);
}

QStringList Recognizer::problems() const
{
    return m_gazetteer->problems;
}

} // namespace Annalist
