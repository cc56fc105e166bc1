// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/eventclauses_p.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace Annalist::EventLabels {

using namespace Qt::StringLiterals;

namespace {

using Kind = Clause::Kind;

// What a word is to the splitter, as bits: each piece is classified once,
// by one look-up, instead of comparing it with word lists again and again.
enum WordClass : quint32 {
    Subordinator = 1 << 0, ///< while, whereas, when, after, before, although, though, because, once
    AdverbWord = 1 << 1, ///< first, once, later, then, also … (and -ly words, checked apart)
    Auxiliary = 1 << 2, ///< was, were, is, are, be, been, has, have, had, will, would …
    AndBut = 1 << 3,
    Or = 1 << 4,
    WhoWhich = 1 << 5, ///< who, which, whose
    Whose = 1 << 6,
    That = 1 << 7,
    Having = 1 << 8,
    Connector = 1 << 9, ///< however, meanwhile, then, also, and, but, so
    Speech = 1 << 10, ///< said, told, says
    HadHas = 1 << 11,
    NoParticiple = 1 << 12, ///< said, told, can, could, may, might, must, should
    CommonParticiple = 1 << 13, ///< born, held, made, sold … (capitalised at a sentence's start)
    TimeClause = 1 << 14, ///< since, until, till: a date's or a clause's opener
};

quint32 wordClass(QStringView w)
{
    static const QList<std::pair<QLatin1StringView, quint32>> table = {
        {"while"_L1, Subordinator},  {"whereas"_L1, Subordinator}, {"when"_L1, Subordinator},
        {"after"_L1, Subordinator},  {"before"_L1, Subordinator},  {"although"_L1, Subordinator},
        {"though"_L1, Subordinator}, {"because"_L1, Subordinator}, {"once"_L1, Subordinator | AdverbWord},
        {"where"_L1, Subordinator},
        {"first"_L1, AdverbWord},    {"later"_L1, AdverbWord},     {"then"_L1, AdverbWord | Connector},
        {"also"_L1, AdverbWord | Connector}, {"again"_L1, AdverbWord}, {"still"_L1, AdverbWord},
        {"just"_L1, AdverbWord},     {"already"_L1, AdverbWord},   {"never"_L1, AdverbWord},
        {"last"_L1, AdverbWord},     {"since"_L1, AdverbWord | TimeClause}, {"soon"_L1, AdverbWord},
        {"until"_L1, TimeClause},    {"till"_L1, TimeClause},
        {"eventually"_L1, AdverbWord}, {"finally"_L1, AdverbWord},
        {"was"_L1, Auxiliary},       {"were"_L1, Auxiliary},       {"is"_L1, Auxiliary},
        {"are"_L1, Auxiliary},       {"am"_L1, Auxiliary},         {"be"_L1, Auxiliary},
        {"been"_L1, Auxiliary},      {"being"_L1, Auxiliary},      {"has"_L1, Auxiliary | HadHas},
        {"have"_L1, Auxiliary},      {"had"_L1, Auxiliary | HadHas}, {"will"_L1, Auxiliary},
        {"would"_L1, Auxiliary},     {"shall"_L1, Auxiliary},      {"did"_L1, Auxiliary},
        {"does"_L1, Auxiliary},      {"do"_L1, Auxiliary},
        {"and"_L1, AndBut | Connector}, {"but"_L1, AndBut | Connector}, {"or"_L1, Or},
        {"who"_L1, WhoWhich},        {"which"_L1, WhoWhich},       {"whose"_L1, WhoWhich | Whose},
        {"that"_L1, That},           {"having"_L1, Having},
        {"however"_L1, Connector},   {"meanwhile"_L1, Connector},  {"so"_L1, Connector},
        {"said"_L1, Speech | NoParticiple}, {"told"_L1, Speech | NoParticiple}, {"says"_L1, Speech},
        {"can"_L1, NoParticiple},    {"could"_L1, NoParticiple},   {"may"_L1, NoParticiple},
        {"might"_L1, NoParticiple},  {"must"_L1, NoParticiple},    {"should"_L1, NoParticiple},
        {"born"_L1, CommonParticiple}, {"held"_L1, CommonParticiple}, {"made"_L1, CommonParticiple},
        {"sold"_L1, CommonParticiple}, {"bought"_L1, CommonParticiple}, {"led"_L1, CommonParticiple},
        {"set"_L1, CommonParticiple}, {"won"_L1, CommonParticiple}, {"kept"_L1, CommonParticiple},
        {"found"_L1, CommonParticiple}, {"built"_L1, CommonParticiple}, {"paid"_L1, CommonParticiple},
        {"sent"_L1, CommonParticiple}, {"spent"_L1, CommonParticiple}, {"brought"_L1, CommonParticiple},
        {"caught"_L1, CommonParticiple}, {"sought"_L1, CommonParticiple}, {"laid"_L1, CommonParticiple}};
    static const QStringList storage = [] {
        QStringList result;
        for (const auto &[word, bits] : table)
            result.append(QString(word));
        return result;
    }();
    static const QHash<QStringView, quint32> hash = [] {
        QHash<QStringView, quint32> result;
        for (qsizetype k = 0; k < table.size(); ++k)
            result[QStringView(storage[k])] |= table[k].second;
        return result;
    }();
    constexpr qsizetype Longest = 10;
    if (w.isEmpty() || w.size() > Longest)
        return 0;
    // Most words are none of these: a table of the lengths and first letters
    // that occur spares them the hash.
    static const std::array<quint32, Longest + 1> firstLetters = [] {
        std::array<quint32, Longest + 1> result{};
        for (const auto &[word, bits] : table)
            result[word.size()] |= 1u << (word.front().unicode() - u'a');
        return result;
    }();
    const char16_t initial = char16_t(w.front().unicode() | 0x20);
    if (initial < u'a' || initial > u'z' || !(firstLetters[w.size()] & (1u << (initial - u'a'))))
        return 0;
    char16_t lower[Longest];
    for (qsizetype k = 0; k < w.size(); ++k) {
        const char16_t c = w[k].unicode();
        if (c >= u'A' && c <= u'Z')
            lower[k] = char16_t(c + 32);
        else if (c < u'a' || c > u'z')
            return 0;
        else
            lower[k] = c;
    }
    return hash.value(QStringView(lower, w.size()), 0);
}

// A word in -ly that is an adverb by its form ("recently", "sharply"), not
// one of the nouns and verbs that end so ("the Orsk family", "the
// assembly", "supply", "apply").
bool lyAdverb(QStringView w)
{
    if (w.size() <= 4 || !w.endsWith(u"ly"_s))
        return false;
    return !oneOf(w, {"family"_L1, "assembly"_L1, "supply"_L1, "apply"_L1, "reply"_L1, "comply"_L1, "imply"_L1,
                      "multiply"_L1, "rally"_L1, "ally"_L1, "monopoly"_L1, "anomaly"_L1, "folly"_L1, "jelly"_L1,
                      "belly"_L1, "bully"_L1, "gully"_L1, "holly"_L1, "tally"_L1, "homily"_L1, "butterfly"_L1,
                      "firefly"_L1, "dragonfly"_L1, "panoply"_L1, "melancholy"_L1});
}

// A plural noun by its form, in lower case: "farmers", not "press",
// "census" or "crisis".
bool pluralNoun(QStringView w)
{
    return w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss"_s) && !w.endsWith(u"us"_s) && !w.endsWith(u"is"_s);
}

} // namespace

bool isAdverbWord(QStringView w)
{
    return (lyAdverb(w) && w.front().isLower()) || (wordClass(w) & AdverbWord);
}

bool isAuxiliaryWord(QStringView w)
{
    return wordClass(w) & Auxiliary;
}

namespace {

bool isVowel(QChar c)
{
    return QStringView(u"aeiou").contains(c);
}

// The simple past of an irregular verb's form in -ing (lower case), else "".
QString irregularPastOfIngForm(const QString &lower)
{
    // The irregular verbs a news story uses (their forms in -ing and their
    // simple past); prefixed ones ("rebuilding", "undertaking") by their end.
    static const QHash<QString, QString> irregular = [] {
        static constexpr std::pair<const char *, const char *> pairs[] = {
            {"becoming", "became"}, {"beginning", "began"}, {"bleeding", "bled"}, {"blowing", "blew"},
            {"breaking", "broke"}, {"bringing", "brought"}, {"building", "built"}, {"buying", "bought"},
            {"casting", "cast"}, {"catching", "caught"}, {"choosing", "chose"}, {"coming", "came"},
            {"costing", "cost"}, {"cutting", "cut"}, {"dealing", "dealt"}, {"digging", "dug"},
            {"drawing", "drew"}, {"driving", "drove"}, {"eating", "ate"}, {"falling", "fell"},
            {"feeding", "fed"}, {"feeling", "felt"}, {"fighting", "fought"}, {"finding", "found"},
            {"fleeing", "fled"}, {"flying", "flew"}, {"forbidding", "forbade"}, {"forgetting", "forgot"},
            {"forgiving", "forgave"}, {"freezing", "froze"}, {"getting", "got"}, {"giving", "gave"},
            {"growing", "grew"}, {"hanging", "hung"}, {"having", "had"}, {"hearing", "heard"},
            {"hiding", "hid"}, {"hitting", "hit"}, {"holding", "held"}, {"hurting", "hurt"},
            {"keeping", "kept"}, {"knowing", "knew"}, {"laying", "laid"}, {"leading", "led"},
            {"leaving", "left"}, {"lending", "lent"}, {"letting", "let"}, {"losing", "lost"},
            {"making", "made"}, {"meaning", "meant"}, {"meeting", "met"}, {"paying", "paid"},
            {"putting", "put"}, {"quitting", "quit"}, {"reading", "read"}, {"riding", "rode"},
            {"rising", "rose"}, {"running", "ran"}, {"saying", "said"}, {"seeing", "saw"},
            {"seeking", "sought"}, {"selling", "sold"}, {"sending", "sent"}, {"setting", "set"},
            {"shaking", "shook"}, {"shooting", "shot"}, {"shutting", "shut"}, {"singing", "sang"},
            {"sinking", "sank"}, {"sitting", "sat"}, {"sleeping", "slept"}, {"speaking", "spoke"},
            {"spending", "spent"}, {"splitting", "split"}, {"spreading", "spread"}, {"standing", "stood"},
            {"stealing", "stole"}, {"sticking", "stuck"}, {"striking", "struck"}, {"swearing", "swore"},
            {"swimming", "swam"}, {"taking", "took"}, {"teaching", "taught"}, {"telling", "told"},
            {"thinking", "thought"}, {"throwing", "threw"}, {"understanding", "understood"}, {"waking", "woke"},
            {"wearing", "wore"}, {"winning", "won"}, {"withdrawing", "withdrew"}, {"writing", "wrote"},
            {"going", "went"}, {"doing", "did"}, {"being", "was"}, {"dying", "died"}, {"lying", "lay"}};
        QHash<QString, QString> result;
        for (const auto &[ing, past] : pairs)
            result.insert(QString::fromLatin1(ing), QString::fromLatin1(past));
        return result;
    }();
    if (const auto it = irregular.constFind(lower); it != irregular.cend())
        return *it;
    for (const QString &prefix : {u"re"_s, u"over"_s, u"under"_s, u"with"_s, u"out"_s, u"mis"_s})
        if (lower.startsWith(prefix))
            if (const auto it = irregular.constFind(lower.mid(prefix.size())); it != irregular.cend())
                return prefix + *it;
    return {};
}

} // namespace

QString pastOfIngForm(QStringView w)
{
    if (w.size() < 5 || !w.endsWith(u"ing"_s, Qt::CaseInsensitive))
        return {};
    QString lower = w.toString().toLower();
    // (Short words in -ing that are no verb's form in -ing.)
    if (oneOf(lower, {"bring"_L1, "thing"_L1, "sting"_L1, "swing"_L1, "sling"_L1, "wring"_L1, "spring"_L1,
                      "string"_L1, "during"_L1, "morning"_L1, "evening"_L1, "ceiling"_L1}))
        return {};
    if (const QString past = irregularPastOfIngForm(lower); !past.isEmpty())
        return past;
    QString stem = lower.chopped(3);
    if (stem.size() >= 2 && stem.back() == u'y' && !isVowel(stem[stem.size() - 2]))
        return stem.chopped(1) + u"ied"_s; // "studying": "studied"
    if (stem.back() == u'e')
        return stem + u'd'; // "agreeing": "agreed"
    // The rest: "joining" → "joined", "stopping" → "stopped" (the doubled
    // consonant is the past's too), "moving" → "moved" (the e it dropped
    // comes back with -ed).
    return stem + u"ed"_s;
}

QString pastOfBaseForm(QStringView w)
{
    if (w.size() < 2)
        return {};
    const QString lower = w.toString().toLower();
    const QChar last = lower.back();
    // Irregular: by the forms in -ing the base can have ("make": "making",
    // "begin": "beginning", "die": "dying").
    QStringList ing;
    if (lower.endsWith(u"ie"_s))
        ing << lower.chopped(2) + u"ying"_s;
    else if (last == u'e' && !lower.endsWith(u"ee"_s))
        ing << lower.chopped(1) + u"ing"_s;
    ing << lower + u"ing"_s << lower + last + u"ing"_s;
    for (const QString &form : std::as_const(ing))
        if (const QString past = irregularPastOfIngForm(form); !past.isEmpty())
            return past;
    if (last == u'e')
        return lower + u'd'; // "release": "released"
    if (last == u'y' && !isVowel(lower[lower.size() - 2]))
        return lower.chopped(1) + u"ied"_s; // "study": "studied"
    // One syllable ending in a consonant after one vowel doubles it: "stop", "plan".
    int vowels = 0;
    for (const QChar c : lower)
        vowels += isVowel(c) ? 1 : 0;
    if (lower.size() >= 3 && vowels == 1 && isVowel(lower[lower.size() - 2]) && !isVowel(last)
        && !QStringView(u"wxy").contains(last) && !isVowel(lower[lower.size() - 3]))
        return lower + last + u"ed"_s;
    return lower + u"ed"_s;
}

namespace {

class Splitter
{
public:
    Splitter(const Labeler &l, const QList<Piece> &ps, const std::function<bool(qsizetype)> &inDate)
        : m_l(l)
        , m_ps(ps)
        , m_inDate(inDate)
        , m_n(ps.size())
    {
        m_s.owner = QList<qint16>(m_n, 0);
        m_s.clauses.append(Clause{Kind::Main, 0, m_n, -1, -1});
        // Filled as they are asked for: most pieces are asked about once or never.
        m_class.resize(m_n);
        std::fill(m_class.begin(), m_class.end(), Unknown);
        m_verb.resize(m_n);
        std::fill(m_verb.begin(), m_verb.end(), qint8(-1));
    }

    ClauseSplit run();

private:
    QStringView text(qsizetype k) const { return m_l.text(m_ps[k]); }
    bool word(qsizetype k) const { return k >= 0 && k < m_n && m_ps[k].word; }
    bool is(qsizetype k, char16_t c) const { return k >= 0 && k < m_n && isChar(text(k), c); }
    bool free(qsizetype k) const { return m_s.owner[k] == 0; }
    bool verb(qsizetype k) const
    {
        if (k < 0 || k >= m_n)
            return false;
        if (m_verb[k] < 0)
            m_verb[k] = m_l.isVerb(m_ps, k) ? 1 : 0;
        return m_verb[k] != 0;
    }
    bool has(qsizetype k, quint32 bits) const
    {
        if (k < 0 || k >= m_n)
            return false;
        if (m_class[k] == Unknown) {
            const Piece &p = m_ps[k];
            const QStringView w = m_l.text(p);
            // (A capitalised word inside the sentence is a name: no look-up.)
            const bool named = p.upper && k > 0 && m_ps[k - 1].word;
            m_class[k] = p.word && !named ? wordClass(w) : 0;
            if (p.word && !p.upper && lyAdverb(w))
                m_class[k] |= AdverbWord;
        }
        return m_class[k] & bits;
    }
    // A lower-case verb form that is no auxiliary: "signed", "built", "born";
    // at the start of the sentence, capitalised ("Signed in 1994, …").
    bool participle(qsizetype k) const
    {
        if (k == m_first && word(k) && m_ps[k].upper) {
            const QStringView w = text(k);
            return !has(k, Auxiliary)
                && ((w.size() > 4 && w.endsWith(u"ed"_s)) || isPastForm(w) || has(k, CommonParticiple));
        }
        return verb(k) && !has(k, Auxiliary | NoParticiple);
    }
    // A participle at k, or after one adverb there: "signed", "first awarded".
    bool participleFrom(qsizetype k) const { return participle(k) || (has(k, AdverbWord) && participle(k + 1)); }
    // The verb at k, or after adverbs from k: its index, else -1.
    qsizetype verbAt(qsizetype k) const
    {
        while (word(k) && !verb(k) && has(k, AdverbWord))
            ++k;
        return verb(k) ? k : -1;
    }
    // A dash that stands between words ("the museum — opened in 1932 —"),
    // not one inside a date ("2003–2009") or a compound.
    bool standaloneDash(qsizetype k) const
    {
        if (!(is(k, u'—') || is(k, u'–') || is(k, u'-')) || m_inDate(k))
            return false;
        const bool gluedBefore = k > 0 && m_ps[k - 1].end == m_ps[k].start;
        const bool gluedAfter = k + 1 < m_n && m_ps[k + 1].start == m_ps[k].end;
        return !gluedBefore && !gluedAfter;
    }
    // ', "Nightwatch",': a quoted title between commas, the name of the
    // noun before it; the closing comma's index, or -1.
    qsizetype quotedAsideEnd(qsizetype comma) const { return m_l.quotedTitleEnd(m_ps, comma); }
    // ", formerly of Velmco, to lead …": a short phrase between commas,
    // with no verb or list in it, after which the same clause goes on in
    // lower case (not with "and", "who" or a verb of its own): the closing
    // comma, else -1.
    qsizetype innerAsideEnd(qsizetype comma) const
    {
        if (comma >= m_n || !is(comma, u','))
            return -1;
        qsizetype close = comma + 1;
        for (; close < m_n && close - comma <= 6 && !is(close, u',') && !is(close, u';'); ++close)
            if (!word(close) || verb(close) || has(close, AndBut | Or | WhoWhich))
                return -1;
        if (close == comma + 1 || close >= m_n || !is(close, u',') || !word(close + 1) || m_ps[close + 1].upper
            || verb(close + 1) || has(close + 1, AndBut | Or | WhoWhich | Subordinator))
            return -1;
        return close;
    }
    // A word in -ing ("replacing", "taking"), not a short one ("king", "ring").
    bool ingForm(qsizetype q) const
    {
        return word(q) && !m_ps[q].upper && text(q).size() > 5 && text(q).endsWith(u"ing"_s);
    }
    // "after leaving", "before joining", "since moving", "on taking": a
    // gerund whose subject is the main clause's, after one of the words
    // that put its act in time. ("without consulting" is no act; "for
    // taking bribes" is the object's.)
    bool gerundAfter(qsizetype k) const
    {
        // (Followed by a verb it is a noun, the subject of a clause: "since
        // fighting broke out in 2023".)
        return word(k) && ingForm(k + 1) && !m_inDate(k + 1) && !verb(k + 2) && !has(k + 2, Auxiliary)
            && oneOf(text(k), {"after"_L1, "before"_L1, "since"_L1, "on"_L1, "upon"_L1, "while"_L1, "when"_L1});
    }
    // The next comma (or semicolon) at bracket depth 0 from k, else m_n;
    // past a quoted title between commas.
    qsizetype nextComma(qsizetype k) const
    {
        int depth = 0;
        for (; k < m_n; ++k) {
            if (is(k, u'('))
                ++depth;
            else if (is(k, u')'))
                --depth;
            else if (const qsizetype aside = quotedAsideEnd(k); depth <= 0 && aside > 0)
                k = aside;
            else if (depth <= 0 && (is(k, u';') || (is(k, u',') && !m_l.commaInAPlace(m_ps, k))))
                return k;
        }
        return m_n;
    }
    // The noun a clause opening at k is about: the free words before it,
    // back to a verb, a comma or the start, without a leading preposition.
    // aboutPerson: the clause opens with "who".
    std::pair<qsizetype, qsizetype> nounBefore(qsizetype k, bool aboutPerson = false) const
    {
        // An age between commas is no noun; the name before it is: "Mira
        // Orsk, 52, a surgeon who …".
        if (k >= 3 && word(k - 1) && is(k - 2, u',') && isAge(text(k - 1)))
            k -= 2;
        // (A word after "still", "already" or "never" is a verb the tagger
        // may not know: "still needs approval by the Orsa Assembly, which".)
        const auto afterAdverb = [this](qsizetype q) {
            return q > 0 && word(q - 1) && !m_ps[q - 1].upper && has(q - 1, AdverbWord)
                && !oneOf(text(q - 1), {"first"_L1, "last"_L1, "once"_L1, "since"_L1});
        };
        // (Nor a participle in -ing that opens a phrase after a comma:
        // "…, replacing Ivo Kessel, who has led it since 2019".)
        const auto openingParticiple = [this](qsizetype q) { return ingForm(q) && (q == 0 || is(q - 1, u',')); };
        // (Nor a word after a modal, a verb in its base form the tagger may
        // not know: "could help Mira Orsk, whose party …".)
        const auto afterModal = [this](qsizetype q) {
            return q > 0 && word(q - 1) && word(q) && !m_ps[q].upper
                && oneOf(text(q - 1), {"can"_L1, "could"_L1, "may"_L1, "might"_L1, "must"_L1, "should"_L1, "would"_L1,
                                       "will"_L1, "shall"_L1});
        };
        // (The noun may end a clause of its own: "and prosecuted by the
        // Velm Office, which …".)
        const qint16 clause = k > 0 ? m_s.owner[k - 1] : 0;
        qsizetype a = k;
        while (a > 0 && clause >= 0 && m_s.owner[a - 1] == clause && !is(a - 1, u',') && !is(a - 1, u';') && !verb(a - 1)
               && !has(a - 1, That) && !afterAdverb(a - 1) && !openingParticiple(a - 1) && !afterModal(a - 1)) {
            --a;
            // A determiner after a word in lower case that is no preposition
            // or function word begins the object of a verb the tagger may not
            // know: "needs the approval of the Velm Assembly, which".
            if (a > 0 && oneOf(text(a), {"the"_L1, "a"_L1, "an"_L1}) && word(a - 1) && !m_ps[a - 1].upper
                && !(m_ps[a - 1].role & (Temporal::Preposition | Temporal::FunctionWord)) && !has(a - 1, AndBut))
                break;
        }
        // "voted to rebuild the old pier, which …": the noun is the pier,
        // not the infinitive before it.
        // ("to" and a lower-case word that is no determiner: "the road to
        // the port, which …" keeps its noun.)
        for (qsizetype q = a; q + 2 < k; ++q) {
            if (!m_ps[q].word || !wordIs(text(q), "to"_L1) || !m_ps[q + 1].word || m_ps[q + 1].upper)
                continue;
            if (!determiner(q + 1))
                a = q + 2;
        }
        // (A preposition of two words too, and a date before a preposition:
        // "met on Monday ahead of the summit, …"; not a date of the noun's
        // own, "next year's budget, which …".)
        const auto twoWordPreposition = [this, k](qsizetype q) {
            return q + 1 < k && m_ps[q + 1].word && (m_ps[q + 1].role & Preposition)
                && oneOf(text(q), {"ahead"_L1, "instead"_L1, "because"_L1, "prior"_L1, "according"_L1, "apart"_L1,
                                   "regardless"_L1});
        };
        while (a < k && m_ps[a].word) {
            if (m_inDate(a)) {
                qsizetype e = a;
                while (e < k && m_inDate(e))
                    ++e;
                if (e < k && m_ps[e].word && !m_ps[e].upper && ((m_ps[e].role & Preposition) || twoWordPreposition(e))) {
                    a = e;
                    continue;
                }
                break;
            }
            if (m_ps[a].upper || !((m_ps[a].role & Preposition) || twoWordPreposition(a)))
                break;
            ++a;
        }
        // "who" after a common noun and a name in a preposition's object
        // ("a visit by Ilse Varga, who …", "a letter to Tomas Orsk, who"):
        // the clause is about the name, the person. (Not so with "which":
        // "the treaty with Velmia, which was signed" is about the treaty;
        // nor after the name's own "of": "the Bank of Orsk".)
        for (qsizetype q = k - 1; aboutPerson && q > a; --q) {
            if (!word(q))
                continue;
            if (m_ps[q].upper || determiner(q))
                continue;
            if (isPreposition(m_ps[q], text(q)) && !m_inDate(q) && q + 1 < k && q - 1 >= a && word(q - 1)
                && !m_ps[q - 1].upper && !wordIs(text(q), "of"_L1)) {
                qsizetype name = q + 1;
                while (name < k && determiner(name))
                    ++name;
                if (name < k && m_ps[name].upper)
                    a = q + 1;
            }
            break;
        }
        // After a preposition of time the object is an occasion, and the
        // clause is about it: "showed no remorse during the trial, which
        // began in 2023", "died after a long illness, which …".
        for (qsizetype q = k - 1; q > a; --q)
            if (word(q) && !m_ps[q].upper && !m_inDate(q)
                && oneOf(text(q), {"during"_L1, "after"_L1, "before"_L1, "throughout"_L1, "following"_L1, "amid"_L1})) {
                a = q + 1;
                break;
            }
        // A long noun phrase ("spending by 12 billion in next year's budget,
        // which …"): the clause is about the noun nearest to it, the object
        // of the last preposition.
        qsizetype words = 0;
        for (qsizetype q = a; q < k; ++q)
            words += word(q) ? 1 : 0;
        if (words > 5)
            for (qsizetype q = k - 2; q > a; --q)
                if (word(q) && !m_ps[q].upper && (m_ps[q].role & Preposition) && !m_inDate(q)) {
                    a = q + 1;
                    break;
                }
        return {a, k};
    }
    // Adds a clause owning [opener, to) whose own words start at from.
    qsizetype add(Kind kind, qsizetype opener, qsizetype from, qsizetype to, std::pair<qsizetype, qsizetype> noun = {-1, -1})
    {
        const auto index = qint16(m_s.clauses.size());
        m_s.clauses.append(Clause{kind, from, to, noun.first, noun.second});
        for (qsizetype k = opener; k < to; ++k)
            if (m_s.owner[k] == 0)
                m_s.owner[k] = k < from ? qint16(-1) : index;
        splitCoordinated(index);
        splitSubjectParticiple(index);
        splitSubordinate(index);
        splitAsideRelative(index);
        splitNounEvent(index);
        return index;
    }
    // Gives the words of clause index in [c.from, c.to) to a new clause c: its index.
    qint16 carve(qint16 index, const Clause &c)
    {
        const auto next = qint16(m_s.clauses.size());
        m_s.clauses.append(c);
        for (qsizetype q = c.from; q < c.to; ++q)
            if (m_s.owner[q] == index)
                m_s.owner[q] = next;
        return next;
    }
    // Ends clause index before the word at, which opens c (a separator
    // now), and gives c the words after it: c's index.
    qint16 splitAt(qint16 index, qsizetype at, const Clause &c)
    {
        m_s.clauses[index].to = at;
        m_s.owner[at] = -1;
        return carve(index, c);
    }
    // Whether clause index owns a word of a date in [from, to).
    bool datedIn(qint16 index, qsizetype from, qsizetype to) const
    {
        for (qsizetype q = from; q < to; ++q)
            if (m_s.owner[q] == index && m_inDate(q))
                return true;
        return false;
    }
    // "Built in 1890 and restored in 1990": a second predicate of the same
    // kind inside a clause becomes a clause of its own about the same noun.
    void splitCoordinated(qint16 index)
    {
        const Clause c = m_s.clauses[index];
        if (c.kind != Kind::Participle && c.kind != Kind::Coordinate && c.kind != Kind::Relative)
            return;
        for (qsizetype k = c.from + 1; k + 1 < c.to; ++k) {
            if (m_s.owner[k] != index || !has(k, AndBut))
                continue;
            const qsizetype v = verbAt(k + 1);
            if (v < 0 || v >= c.to || (c.kind == Kind::Participle && !participle(v)))
                continue;
            splitCoordinated(splitAt(index, k, Clause{c.kind, k + 1, c.to, c.nounFrom, c.nounTo}));
            return;
        }
    }
    // "took place in Sorrel in 1988 and in Tamsk in 1992": a second
    // complement with a date of its own after "and" at conj shares the verb
    // and what comes before the first; made a clause (its noun the shared
    // words) when both sides hold a date and the second does not start with
    // one ("in 1999 and 2002" is a coordination of dates).
    bool gapped(qsizetype conj)
    {
        const qsizetype start = conj + 1;
        // (Not the "and" of dates: "between 2 and 5 March", "in 1999 and 2002".)
        if (start >= m_n || !m_ps[start].word || m_inDate(conj) || (conj > 0 && m_inDate(conj - 1) && m_inDate(start)))
            return false;
        // (A complement shares the verb: with one of its own it is a
        // clause, "and in 2019 the bank collapsed".)
        bool dated = false;
        bool ownVerb = false;
        const qsizetype end = complementEnd(start, &dated, &ownVerb);
        if (ownVerb)
            return false;
        bool datedBefore = false;
        for (qsizetype q = m_s.mainVerb + 1; q < conj && !datedBefore; ++q)
            datedBefore = free(q) && m_inDate(q);
        if (!dated || !datedBefore)
            return false;
        // The first complement starts where the same kind of word does: the
        // word after the complement's own date, when that comes first ("on
        // 1 January 2026 for shops, and a year later for street vendors"),
        // and after an adverb that only says it happened again ("in July
        // and again in August 1974"). The clause's words start after such
        // an adverb, or with the date (which the label leaves out).
        qsizetype own = start;
        while (own < end && m_inDate(own))
            ++own;
        qsizetype from = start;
        if (own + 1 < end && oneOf(text(own), {"again"_L1, "then"_L1, "later"_L1, "also"_L1})) {
            ++own;
            if (from + 1 == own)
                from = own;
        }
        if (own == end || !word(own))
            return false;
        qsizetype first = -1;
        for (qsizetype q = m_s.mainVerb + 1; q < conj; ++q)
            if (free(q) && !m_inDate(q) && m_ps[q].word && text(q).compare(text(own), Qt::CaseInsensitive) == 0) {
                first = q;
                break;
            }
        // (Not a verb of its own: "and expects the first ship in 2029".)
        if (first < 0 && presentVerb(own))
            return false;
        add(Kind::Gapped, conj, from, end, {0, first < 0 ? m_s.mainVerb + 1 : first});
        return true;
    }
    // The end of a complement from start: the next comma, semicolon, full
    // stop or "and"/"but" after it; whether it holds a date, and a verb.
    qsizetype complementEnd(qsizetype start, bool *dated, bool *hasVerb) const
    {
        qsizetype end = start;
        while (end < m_n && !is(end, u',') && !is(end, u';') && !is(end, u'.') && !(has(end, AndBut) && end > start)) {
            *dated = *dated || m_inDate(end);
            *hasVerb = *hasVerb || verb(end);
            ++end;
        }
        return end;
    }
    bool determiner(qsizetype k) const
    {
        static constexpr QLatin1StringView determiners[] = {"the"_L1, "a"_L1, "an"_L1, "its"_L1, "their"_L1, "his"_L1,
                                                            "her"_L1, "this"_L1, "that"_L1, "these"_L1, "those"_L1, "our"_L1};
        if (!word(k))
            return false;
        const QStringView w = text(k);
        return std::any_of(std::begin(determiners), std::end(determiners), [w](QLatin1StringView d) { return wordIs(w, d); });
    }
    // Whether the word at k is a past participle: in -ed, a common one, or
    // an irregular one in -n, "taken", "shown"; not a simple past,
    // "began", "took"; nor a verb of saying. (The form first: this is
    // asked of every word after a main verb.)
    bool pastParticiple(qsizetype k) const
    {
        if (!word(k))
            return false;
        const QStringView form = text(k);
        // (No participle ends in "-an": "began", "ran" are simple pasts.)
        return ((form.size() > 4 && form.endsWith(u"ed"_s)) || has(k, CommonParticiple)
                || (form.endsWith(u'n') && !form.endsWith(u"an"_s) && isPastForm(form)))
            && participle(k) && !has(k, Speech);
    }
    // "the previous record set in October 1979", "a fisherman reported
    // missing on Friday": a past participle right after a noun, not before
    // an object, whose phrase holds a date. Its noun phrase's start (back
    // to a determiner, at most five words), else -1.
    qsizetype reducedRelativeNoun(qsizetype w, qint16 owner = 0) const
    {
        if (w < 1 || !pastParticiple(w))
            return -1;
        const auto nounWord = [this, owner](qsizetype q) {
            return word(q) && m_s.owner[q] == owner && !m_inDate(q) && !verb(q) && !determiner(q) && !isPronounWord(text(q))
                && !has(q, Auxiliary | AdverbWord | AndBut | That | Speech | WhoWhich)
                && !(m_ps[q].role & (Temporal::Preposition | Temporal::FunctionWord));
        };
        if (!nounWord(w - 1) || determiner(w + 1) || (word(w + 1) && isPronounWord(text(w + 1))))
            return -1;
        qsizetype q = w - 1;
        while (q > 0 && w - q < 5 && word(q - 1) && m_s.owner[q - 1] == owner && (nounWord(q - 1) || determiner(q - 1))) {
            --q;
            if (determiner(q))
                break;
        }
        return determiner(q) || m_ps[q].upper ? q : -1;
    }
    // "A fisherman reported missing on Friday was found alive on Sunday":
    // a participle at k after the subject's noun (of the clause owner),
    // whose dated phrase runs into the clause's finite verb, is a clause
    // about the noun. Where its phrase ends (the finite verb), else -1;
    // noun: where the noun's phrase begins.
    qsizetype subjectParticipleEnd(qsizetype k, qint16 owner, qsizetype *noun) const
    {
        *noun = reducedRelativeNoun(k, owner);
        if (*noun < 0)
            return -1;
        // (A short phrase: "clearing mud from their homes on Monday after
        // the floods forced …" is no participle's.)
        bool dated = false;
        qsizetype end = k + 1;
        while (end < m_n && end - k <= 8 && m_s.owner[end] == owner && !is(end, u',') && !is(end, u';')
               && !has(end, AndBut | WhoWhich | Subordinator | That) && !verb(end) && !has(end, Auxiliary)) {
            dated = dated || m_inDate(end);
            ++end;
        }
        // (Nor a participle before "by", which is a passive about the noun
        // before it, not the subject's verb: "The club started in 1976 in a
        // field owned by a farmer" started in 1976.)
        if (end + 1 < m_n && pastParticiple(end) && word(end + 1) && wordIs(text(end + 1), "by"_L1))
            return -1;
        return dated && end < m_n && m_s.owner[end] == owner && (has(end, Auxiliary) || verb(end)) && !m_inDate(end)
            ? end
            : -1;
    }
    // A subject (a pronoun, a noun in -ing, or a determiner and a few
    // words) and its verb from "from": "since it was founded", "since a
    // 2024 referendum cut the term".
    bool subjectAndVerb(qsizetype from) const
    {
        if (!word(from) || m_inDate(from))
            return false;
        // (Or a noun in -ing: "since fighting broke out in 2023".)
        if (isPronounWord(text(from)) || ingForm(from))
            return verb(from + 1) || has(from + 1, Auxiliary);
        if (!determiner(from))
            return false;
        for (qsizetype q = from + 1; q < std::min(m_n, from + 6); ++q) {
            if (q > from + 1 && (verb(q) || has(q, Auxiliary)))
                return true;
            if (!(word(q) || m_inDate(q)) || (m_ps[q].role & Temporal::Preposition) || has(q, AndBut | Or))
                return false;
        }
        return false;
    }
    // "since" or "until" before a subject and its verb, which open a clause
    // ("since 2004", "until May" are dates): "since it was founded in 2004",
    // "showed films until it closed in 1999".
    bool timeClauseAt(qsizetype k) const
    {
        return has(k, TimeClause) && subjectAndVerb(k + 1);
    }
    // "a dispute that began when the operator first filed its plans in
    // 2019", "the docks, which had stood empty since the shipyard closed in
    // 1979": a subordinate clause with a subject of its own inside a
    // relative one, when it holds a date and the words before it do not,
    // is a clause of its own.
    void splitSubordinate(qint16 index)
    {
        const Clause c = m_s.clauses[index];
        if (c.kind != Kind::Relative)
            return;
        bool datedBefore = false;
        for (qsizetype k = c.from; k + 1 < c.to && m_s.owner[k] == index; ++k) {
            datedBefore = datedBefore || m_inDate(k);
            if (datedBefore)
                return;
            if ((!has(k, Subordinator) && !timeClauseAt(k)) || m_inDate(k + 1) || !hasOwnPredicate(k + 1))
                continue;
            if (datedIn(index, k + 1, c.to))
                splitAt(index, k, Clause{Kind::Subordinate, k + 1, c.to, -1, -1});
            return;
        }
    }
    // "was built in 1932 and rebuilt after the 1987 flood": in a further
    // predicate too, "after" or "before" a noun with a date of its own
    // opens the noun's event (nounEvent()).
    void splitNounEvent(qint16 index)
    {
        const Clause c = m_s.clauses[index];
        if (c.kind != Kind::Coordinate)
            return;
        for (qsizetype k = c.from; k + 1 < c.to && m_s.owner[k] == index; ++k) {
            if (m_inDate(k))
                return;
            if (!nounEvent(k))
                continue;
            splitAt(index, k, Clause{Kind::Subordinate, k + 1, c.to, -1, -1});
            return;
        }
    }
    // "Mira Orsk, 52, a surgeon who performed the first such operation in
    // 2014, …": a relative clause inside an aside, when it holds a date and
    // the words before it do not, is a clause of its own about what the
    // aside is about (the aside and its noun name one thing).
    void splitAsideRelative(qint16 index)
    {
        const Clause c = m_s.clauses[index];
        if (c.kind != Kind::Aside || c.nounFrom < 0)
            return;
        for (qsizetype k = c.from; k + 1 < c.to && m_s.owner[k] == index; ++k) {
            if (m_inDate(k))
                return;
            if (!has(k, WhoWhich) || has(k, Whose))
                continue;
            if (!datedIn(index, k + 1, c.to))
                return;
            const Kind kind = verbAt(k + 1) < 0 && !has(k + 1, HadHas) && !presentTense(k + 1) ? Kind::ObjectRelative
                                                                                              : Kind::Relative;
            splitAt(index, k, Clause{kind, k + 1, c.to, c.nounFrom, c.nounTo});
            return;
        }
    }
    // The same inside a clause with a subject of its own: ", and a
    // fisherman reported missing on Friday was found alive on Sunday".
    void splitSubjectParticiple(qint16 index)
    {
        const Clause c = m_s.clauses[index];
        if (c.kind != Kind::Subordinate)
            return;
        for (qsizetype k = c.from; k < std::min(c.to, c.from + 6) && m_s.owner[k] == index; ++k) {
            if (!verb(k))
                continue;
            qsizetype noun = -1;
            const qsizetype end = subjectParticipleEnd(k, index, &noun);
            if (end >= 0)
                carve(index, Clause{Kind::Participle, k, end, noun, k});
            return;
        }
    }
    // The end of a clause at comma, or past a name set off by commas after
    // a noun when the clause's verb follows it: "that began when the
    // operator, Orvik Freight, first filed its plans in 2019" runs on.
    qsizetype pastNameAsides(qsizetype comma) const
    {
        while (comma + 2 < m_n && is(comma, u',') && word(comma - 1) && !m_ps[comma - 1].upper) {
            qsizetype close = comma + 1;
            while (close < m_n && close - comma <= 4 && word(close) && m_ps[close].upper)
                ++close;
            if (close == comma + 1 || close >= m_n || !is(close, u',') || verbAt(close + 1) < 0)
                break;
            comma = nextComma(close + 1);
        }
        return comma;
    }
    // A verb in the present that the tokens do not know as one, after "and"
    // or "but": a word in -s before a determiner ("will start work in May
    // and expects the first ship in 2029"), where a plural noun seldom stands.
    bool presentVerb(qsizetype k) const
    {
        if (!word(k) || m_ps[k].upper || !has(k - 1, AndBut) || !determiner(k + 1))
            return false;
        const QStringView w = text(k);
        return w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss"_s) && !w.endsWith(u"us"_s) && !w.endsWith(u"is"_s);
    }
    // "and rejoined it": "and" or "but" before a verb, a further predicate
    // of the clause before.
    bool furtherPredicateAt(qsizetype q) const { return has(q, AndBut) && (verbAt(q + 1) >= 0 || presentVerb(q + 1)); }
    // Where a phrase from k ends: the next comma, or a further predicate
    // of the main subject ("fled after the 1956 uprising and qualified …").
    qsizetype toFurtherPredicate(qsizetype k) const
    {
        const qsizetype comma = nextComma(k);
        while (k < comma && !furtherPredicateAt(k))
            ++k;
        return k;
    }
    bool hasVerbFrom(qsizetype k) const
    {
        for (; k < m_n; ++k)
            if (verb(k))
                return true;
        return false;
    }
    // "which meets in May": a verb in the present tense right after a
    // relative pronoun, which the tagger does not know as one ("meets" is a
    // noun too); not a plural noun that is the clause's subject ("which
    // officials signed", "which members of the board approved").
    bool presentTense(qsizetype k) const
    {
        if (!word(k) || m_ps[k].upper || m_ps[k].role)
            return false;
        const QStringView w = text(k);
        if (w.size() < 4 || !w.endsWith(u's') || w.endsWith(u"ss") || w.endsWith(u"us") || w.endsWith(u"is"))
            return false;
        return k + 1 >= m_n || !m_ps[k + 1].word || (!verb(k + 1) && !wordIs(text(k + 1), "of"_L1));
    }
    // "told a news conference that prices would rise": "that" after the
    // object of a verb of saying, with no verb between them, opens what was
    // said ("said the deal fell short of the waiver that …" has one).
    bool thatOpensWhatWasSaid(qsizetype that) const
    {
        bool speech = false;
        for (qsizetype q = m_s.mainVerb; q >= 0 && q < that; ++q) {
            if (!word(q))
                continue;
            if (has(q, Speech)
                || oneOf(text(q), {"told"_L1, "tells"_L1, "informed"_L1, "assured"_L1, "warned"_L1, "reminded"_L1,
                                   "promised"_L1, "showed"_L1, "convinced"_L1, "persuaded"_L1})) {
                speech = true;
            } else if (isReportingVerb(text(q))) {
                // "reported in a journal that", "found last year that"; not
                // "found cracks that had spread", whose "that" is the cracks'.
                qsizetype next = q + 1;
                while (next < that && m_inDate(next))
                    ++next;
                speech = next == that || (word(next) && (m_ps[next].role & Temporal::Preposition));
            } else if (verb(q)) {
                speech = false;
            }
        }
        return speech;
    }
    // Whether a clause from k has a subject and a finite verb of its own
    // ("after demand fell"), not only a noun or a gerund ("after repairs",
    // "after losing a vote").
    bool hasOwnPredicate(qsizetype k) const
    {
        // (A verb after "and" is a further predicate of the clause before:
        // "after the 1956 uprising and qualified as …" has none of its own;
        // one after a name set off by commas is: "when the operator, Orvik
        // Freight, filed …".)
        const qsizetype end = pastNameAsides(nextComma(k));
        for (qsizetype q = k + 1; q < end; ++q) {
            if (verb(q))
                return true;
            if (furtherPredicateAt(q))
                return false;
        }
        return false;
    }
    // Whether "after|before" at k opens a noun phrase that names an event
    // with a date of its own: "reopened in June after a fire in 2023" (the
    // main predicate has another date) or "rebuilt after the 2019 flood" (a
    // date before the noun dates the noun's event, not the rebuilding).
    // Without either ("reopened after a fire in 2023") the date may be the
    // main predicate's, which keeps it.
    bool nounEvent(qsizetype k) const
    {
        if (!wordIs(text(k), "after"_L1) && !wordIs(text(k), "before"_L1))
            return false;
        const qsizetype end = nextComma(k + 1);
        qsizetype date = k + 1;
        while (date < end && !m_inDate(date))
            ++date;
        if (date == end || date == k + 1)
            return false;
        qsizetype past = date;
        while (past < end && m_inDate(past))
            ++past;
        const bool beforeNoun = past < end && m_ps[past].word && !m_ps[past].upper && !verb(past)
            && !(m_ps[past].role & (Preposition | FunctionWord));
        if (beforeNoun)
            return true;
        for (qsizetype q = 0; q < m_n; ++q)
            if ((q < k || q >= end) && free(q) && m_inDate(q))
                return true;
        return false;
    }
    // Whether the words from k up to a closing comma read as an aside about
    // the noun before them ("a judge since 1988", "then the mayor of
    // Calder"), not as the next item of a list of names.
    bool asideAt(qsizetype k, qsizetype close) const
    {
        if (close >= m_n || !is(close, u',') || close == k || has(close + 1, AndBut | Or))
            return false;
        // ", including Velmco and Orsa Bank,": examples, whose list may
        // have an "and" or an "or".
        const bool examples = word(k)
            && oneOf(text(k), {"including"_L1, "among"_L1, "notably"_L1, "especially"_L1, "particularly"_L1,
                               "mainly"_L1, "mostly"_L1, "chiefly"_L1});
        bool lower = false;
        for (qsizetype q = k; q < close; ++q) {
            // "an astronomer in Velm who was not involved", "the battery
            // maker that listed its shares on Wednesday": a relative clause
            // of the aside's noun is part of it.
            if (lower && q > k && (has(q, WhoWhich) || has(q, That)))
                break;
            if (verb(q) || (has(q, AndBut | Or) && !examples))
                return false;
            // (", in 2011," is a date set off by commas, no aside: its
            // preposition does not count as a word of a noun phrase.)
            const bool datePreposition = (m_ps[q].role & Preposition) && q + 1 < close && m_inDate(q + 1);
            lower = lower || (m_ps[q].word && !m_ps[q].upper && !m_inDate(q) && !datePreposition);
        }
        return lower && verbAt(close + 1) >= 0;
    }

    const Labeler &m_l;
    const QList<Piece> &m_ps;
    const std::function<bool(qsizetype)> &m_inDate;
    const qsizetype m_n;
    static constexpr quint32 Unknown = 0x80000000u;
    mutable QVarLengthArray<quint32, 64> m_class; ///< per piece: WordClass bits, or Unknown
    mutable QVarLengthArray<qint8, 64> m_verb; ///< per piece: Labeler::isVerb(), or -1
    qsizetype m_first = -1; ///< the first word after leading connectors
    ClauseSplit m_s;
};

ClauseSplit Splitter::run()
{
    qsizetype k = 0;
    // Connectors are the labeler's; a fronted clause may follow them.
    while (word(k) && has(k, Connector))
        k += is(k + 1, u',') ? 2 : 1;
    if (k < m_n && is(k, u'"')) {
        // '"We will stay," X said': the quoted words, then the speaker's clause.
        qsizetype close = k + 1;
        while (close < m_n && !is(close, u'"'))
            ++close;
        if (close < m_n && close + 1 < m_n) {
            add(Kind::Quote, k, k, close + 1);
            k = close + 1;
        }
    }
    m_first = k;
    if (word(k)) {
        const qsizetype comma = nextComma(k);
        // "Two months after the search, …": a span of time before the
        // subordinator is part of its phrase.
        qsizetype opener = k;
        if (word(k + 2) && has(k + 2, Subordinator) && m_ps[k + 1].lex == Temporal::Lex::Unit
            && (m_ps[k].lex == Temporal::Lex::NumWord || text(k).front().isDigit() || wordIs(text(k), "a"_L1)))
            opener = k + 2;
        if (comma < m_n && comma > opener + 1) {
            bool fronted = true;
            if (gerundAfter(opener))
                add(Kind::Gerund, k, opener + 1, comma);
            else if (has(opener, Subordinator))
                add(Kind::Subordinate, k, opener + 1, comma);
            else if (has(k, Having))
                add(Kind::Having, k, k + 1, comma);
            else if (participleFrom(k))
                add(Kind::Participle, k, k, comma);
            else
                fronted = false;
            if (fronted) {
                m_s.owner[comma] = -1;
                k = comma + 1;
            }
        }
    }
    for (; k < m_n; ++k) {
        if (!free(k))
            continue;
        const QStringView t = text(k);
        if (isChar(t, u'(')) {
            qsizetype close = k + 1;
            int depth = 1;
            for (; close < m_n; ++close) {
                if (is(close, u'('))
                    ++depth;
                else if (is(close, u')') && --depth == 0)
                    break;
            }
            const qsizetype from = k + 1;
            const Kind kind = participleFrom(from) ? Kind::Participle : Kind::Aside;
            add(kind, k, from, close, nounBefore(k));
            if (close < m_n)
                m_s.owner[close] = -1;
            k = close;
            continue;
        }
        if (standaloneDash(k)) {
            qsizetype close = k + 1;
            while (close < m_n && !standaloneDash(close))
                ++close;
            if (m_s.mainVerb < 0 || close < m_n) {
                const qsizetype from = k + 1;
                const Kind kind = participle(from) ? Kind::Participle : Kind::Aside;
                add(kind, k, from, close, nounBefore(k));
                if (close < m_n)
                    m_s.owner[close] = -1;
                k = close;
                continue;
            }
        }
        const bool comma = isChar(t, u',');
        const qsizetype w = comma ? k + 1 : k;
        if (!word(w) || !free(w) || (!comma && w != k))
            continue;
        // ", a post he held until 1998": a noun after the main clause with
        // a clause of its own and no "which", about that noun.
        if (comma && m_s.mainVerb >= 0 && oneOf(text(w), {"a"_L1, "an"_L1, "the"_L1})) {
            qsizetype q = w + 1;
            while (q < w + 4 && word(q) && free(q) && !m_ps[q].upper && !verb(q) && !isPronounWord(text(q)))
                ++q;
            if (q > w + 1 && word(q) && isPronounWord(text(q)) && verbAt(q + 1) == q + 1) {
                const qsizetype end = nextComma(q + 1);
                add(Kind::ObjectRelative, k, q, end, {w, q});
                k = end - 1;
                continue;
            }
        }
        // "peaked at 6.8 metres on Saturday, above the previous record set
        // in October 1979", "forcing the vote under a law passed in 2017":
        // a participle after a noun, after the main verb, is a passive
        // clause about the noun, with the date in its phrase; unless the
        // noun is where the main event took place ("in", "at", "on",
        // "during" a referendum held in 2016), and the main clause has no date of its
        // own: "rejected the merger in a referendum held in 2016" then
        // happened in 2016.
        if (!comma && m_s.mainVerb >= 0 && k > m_s.mainVerb + 1) {
            if (const qsizetype noun = reducedRelativeNoun(w); noun >= 0) {
                bool dated = false;
                bool ownVerb = false;
                const qsizetype end = complementEnd(w + 1, &dated, &ownVerb);
                bool mainDated = false;
                for (qsizetype q = 0; q < noun && !mainDated; ++q)
                    mainDated = free(q) && m_inDate(q);
                const bool occasion = noun > 0 && word(noun - 1)
                    && oneOf(text(noun - 1), {"in"_L1, "at"_L1, "during"_L1, "on"_L1});
                // (Not a verb of reporting after a noun that a comma sets
                // off: "…, the club confirmed on Thursday." says who told it.)
                const bool attribution = noun > 0 && is(noun - 1, u',') && isReportingVerb(text(w));
                if (dated && !ownVerb && !attribution && (mainDated || !occasion)) {
                    add(Kind::Participle, w, w, end, {noun, w});
                    k = end - 1;
                    continue;
                }
            }
        }
        // "the waiver that Dravia first proposed in 2020", "the plan that
        // collapsed in 2019": "that" right after a noun opens a relative
        // clause about the noun (after a verb, "said that", it opens what
        // was said, which the main clause keeps).
        if (!comma && m_s.mainVerb >= 0 && k > m_s.mainVerb + 1 && has(w, That) && word(w - 1) && !m_ps[w - 1].upper
            && !m_inDate(w - 1) && !verb(w - 1) && !has(w - 1, Speech | Auxiliary | AdverbWord | AndBut)
            && !(m_ps[w - 1].role & (Temporal::Preposition | Temporal::FunctionWord))
            && !oneOf(text(w - 1), {"so"_L1, "such"_L1, "now"_L1, "given"_L1, "fact"_L1, "news"_L1})
            && !thatOpensWhatWasSaid(w)) {
            const qsizetype end = pastNameAsides(nextComma(w + 1));
            const Kind kind = verbAt(w + 1) >= 0 ? Kind::Relative
                : hasOwnPredicate(w + 1)        ? Kind::ObjectRelative
                                                : Kind::Main;
            if (kind != Kind::Main) {
                qsizetype q = w;
                while (q > m_s.mainVerb + 1 && word(q - 1) && free(q - 1) && !m_ps[q - 1].upper && !verb(q - 1)
                       && !(m_ps[q - 1].role & Temporal::Preposition) && !has(q - 1, AndBut)) {
                    --q;
                    if (oneOf(text(q), {"the"_L1, "a"_L1, "an"_L1, "its"_L1, "their"_L1, "his"_L1, "her"_L1}))
                        break;
                }
                add(kind, k, w + 1, end, {q, w});
                k = end - 1;
                continue;
            }
        }
        if ((comma || m_s.mainVerb >= 0) && has(w, WhoWhich) && (comma || k > 0)) {
            const qsizetype end = pastNameAsides(nextComma(w + 1));
            const auto relativeKind = [&](qsizetype pronoun) {
                if (has(pronoun, Whose))
                    return Kind::Whose;
                if (verbAt(pronoun + 1) < 0 && !has(pronoun + 1, HadHas) && !presentTense(pronoun + 1))
                    return Kind::ObjectRelative;
                return Kind::Relative;
            };
            const auto noun = nounBefore(k, wordIs(text(w), "who"_L1));
            // "which was signed in 1973 and whose annex expired in 2023":
            // two relative clauses about one noun, each with its own date.
            qsizetype second = -1;
            for (qsizetype q = w + 2; q + 1 < end; ++q)
                if (has(q, AndBut) && has(q + 1, WhoWhich)) {
                    second = q;
                    break;
                }
            // Whose: the possessive goes on the noun's head, before a
            // phrase after it ("the dam treaty with Velmia, whose annex" →
            // "the dam treaty's annex"; a name's "of" stays).
            const auto nounFor = [&](Kind kind) {
                if (kind != Kind::Whose)
                    return noun;
                for (qsizetype q = noun.first + 1; q < noun.second; ++q)
                    if (isPreposition(m_ps[q], text(q)) && !wordIs(text(q), "of"_L1) && !m_inDate(q))
                        return std::pair{noun.first, q};
                return noun;
            };
            if (second > 0) {
                add(relativeKind(w), k, w + 1, second, nounFor(relativeKind(w)));
                add(relativeKind(second + 1), second, second + 2, end, nounFor(relativeKind(second + 1)));
            } else {
                add(relativeKind(w), k, w + 1, end, nounFor(relativeKind(w)));
            }
            // The comma that closes it before the main verb separates too.
            if (end < m_n && m_s.mainVerb < 0 && is(end, u','))
                m_s.owner[end] = -1;
            k = end;
            continue;
        }
        // (Before the main verb, between commas, any such phrase is one:
        // "In 2008, after a decade of growth, the bank collapsed".)
        // ("never once been bored", "more than once": an adverb.)
        const bool adverbOnce = wordIs(text(w), "once"_L1) && w > 0 && word(w - 1)
            && oneOf(text(w - 1), {"never"_L1, "not"_L1, "at"_L1, "than"_L1, "only"_L1, "just"_L1});
        // "worked as a nurse before joining the council in 2015": a gerund
        // with a date of its own is the main subject's act then.
        if (m_s.mainVerb >= 0 && m_s.mainVerb < w && gerundAfter(w)) {
            const qsizetype end = toFurtherPredicate(w + 1);
            bool dated = false;
            for (qsizetype q = w + 2; q < end && !dated; ++q)
                dated = m_inDate(q);
            if (dated) {
                add(Kind::Gerund, k, w + 1, end);
                k = end - 1;
                continue;
            }
        }
        const bool sinceClause = timeClauseAt(w);
        if ((comma || m_s.mainVerb >= 0 || sinceClause) && (has(w, Subordinator) || sinceClause) && !adverbOnce) {
            if ((comma && m_s.mainVerb < 0) || sinceClause || hasOwnPredicate(w + 1)) {
                // (After the main verb it runs to the sentence's end, or to
                // a clause with a subject of its own after ", but" or ",
                // and": "warned after the floods that the dikes needed
                // repair, but work was postponed in 2023".)
                const qsizetype end = m_s.mainVerb < 0 ? nextComma(w + 1) : [&] {
                    qsizetype e = w + 1;
                    while (e < m_n && !is(e, u';')
                           && !(is(e, u',') && has(e + 1, AndBut) && word(e + 2) && verbAt(e + 2) < 0
                                && hasOwnPredicate(e + 2)))
                        ++e;
                    return e;
                }();
                add(Kind::Subordinate, k, w + 1, end);
                if (end < m_n && m_s.mainVerb < 0 && is(end, u','))
                    m_s.owner[end] = -1;
                k = end;
                continue;
            }
            if (m_s.mainVerb >= 0 && nounEvent(w)) {
                // (It ends before a further predicate of the main subject:
                // "fled after the 1956 uprising and qualified in 1960".)
                const qsizetype end = toFurtherPredicate(w + 1);
                add(Kind::Subordinate, k, w + 1, end);
                k = end - 1;
                continue;
            }
        }
        if (comma && m_s.mainVerb < 0) {
            const qsizetype close = nextComma(w);
            // (Closed by a comma and followed by the main verb: ", Oskar
            // Brandt, died" has its verb there, no participle.)
            if (participleFrom(w) && close < m_n
                && (hasVerbFrom(close + 1)
                    || (word(close + 1) && !m_ps[close + 1].upper && !m_ps[close + 1].role))) {
                add(Kind::Participle, k, w, close, nounBefore(k));
                if (close < m_n && is(close, u','))
                    m_s.owner[close] = -1;
                k = close;
                continue;
            }
            if (asideAt(w, close)) {
                add(Kind::Aside, k, w, close, nounBefore(k));
                m_s.owner[close] = -1;
                k = close;
                continue;
            }
        }
        // "sentenced him for taking bribes between 2014 and 2019": an act
        // after "for" with a date of its own is dated by it, not the
        // main predicate ("Taking bribes from builders").
        if (!comma && m_s.mainVerb >= 0 && wordIs(t, "for"_L1) && ingForm(k + 1) && !m_inDate(k + 1)) {
            // (It ends where a clause with a subject of its own begins:
            // "for taking bribes while he was in office between 2015 and
            // 2022" dates his time in office.)
            qsizetype end = nextComma(k + 1);
            for (qsizetype q = k + 2; q < end; ++q) {
                if (has(q, Subordinator) && hasOwnPredicate(q + 1)) {
                    end = q;
                    break;
                }
            }
            bool dated = false;
            for (qsizetype q = k + 2; q < end && !dated; ++q)
                dated = m_inDate(q);
            if (dated) {
                add(Kind::Subordinate, k, k + 1, end);
                k = end - 1;
                continue;
            }
        }
        // ", and a review is planned for 2030": after a comma, "and" or
        // "but" opens a clause with a subject and a verb of its own; so
        // does "and that" or "but that" after a verb ("said the price was
        // high but that the deal would cut costs by 2029").
        // So does "and" before a determiner, a few words and a verb: "Work
        // began in 1990 and the first phase opened in 1994"; inside what was
        // said, an auxiliary ("told reporters building would begin in 2026
        // and the plant would employ 3,000 people by 2029").
        const auto clauseAfterAnd = [&](qsizetype from) {
            if (!determiner(from))
                return false;
            const bool speech = has(m_s.mainVerb, Speech);
            for (qsizetype q = from + 1; q < std::min(m_n, from + 5); ++q) {
                if (has(q, Auxiliary) || has(q, NoParticiple))
                    return q > from + 1;
                if (!speech && verb(q))
                    return q > from + 1;
                if (!word(q) || verb(q) || (m_ps[q].role & Temporal::Preposition))
                    return false;
            }
            return false;
        };
        if (!comma && m_s.mainVerb >= 0 && has(w, AndBut)) {
            const bool that = word(w + 1) && has(w + 1, That);
            const qsizetype from = that ? w + 2 : w + 1;
            if (((k > 0 && is(k - 1, u',')) || that || clauseAfterAnd(from)) && verbAt(from) < 0 && hasOwnPredicate(from)) {
                qsizetype end = from;
                while (end < m_n && !is(end, u';'))
                    ++end;
                add(Kind::Subordinate, k, from, end);
                k = end - 1;
                continue;
            }
        }
        // "committed to cutting its emissions by 2030 and reaching net zero
        // by 2050", "is expected to begin in 2027 and to be completed by
        // 2030": a gerund or an infinitive coordinated with an earlier one of
        // its kind shares what comes before that one.
        const auto infinitiveAt = [this](qsizetype q) {
            return word(q) && wordIs(text(q), "to"_L1) && word(q + 1) && !determiner(q + 1) && !m_ps[q + 1].upper
                && !m_inDate(q + 1);
        };
        if (m_s.mainVerb >= 0 && has(w, AndBut) && (ingForm(w + 1) || infinitiveAt(w + 1))) {
            const bool gerund = ingForm(w + 1);
            const auto sameForm = [&](qsizetype q) { return gerund ? ingForm(q) : infinitiveAt(q); };
            qsizetype partner = w - 1;
            while (partner > m_s.mainVerb && !(free(partner) && sameForm(partner)))
                --partner;
            bool dated = false;
            bool ownVerb = false;
            // (An infinitive's complement starts after its "to".)
            const qsizetype end = complementEnd(gerund ? w + 1 : w + 2, &dated, &ownVerb);
            if (partner > m_s.mainVerb && dated) {
                add(Kind::Gapped, k, w + 1, end, {0, partner});
                k = end - 1;
                continue;
            }
        }
        if (m_s.mainVerb >= 0 && has(w, AndBut) && verbAt(w + 1) < 0 && gapped(w))
            continue;
        if (comma && m_s.mainVerb >= 0) {
            // "said the accord, signed in 2019, would lapse": a participle
            // between commas and followed by a finite verb describes the
            // noun before it, the subject of a clause inside the main one;
            // it is no further predicate of the main subject.
            const qsizetype close = participleFrom(w) && !has(w, Speech) ? nextComma(w) : m_n;
            if (close + 1 < m_n && is(close, u',') && verb(close + 1)) {
                add(Kind::Participle, k, w, close, nounBefore(k));
                m_s.owner[close] = -1;
                k = close;
                continue;
            }
            // "…, a setback ahead of the next election, due in September
            // 2027.", "…, the new stadium, built by a local firm in 2019.": a
            // participle (or "due") after a comma and a noun (not a date:
            // "resigned on Friday, accused of …"), whose phrase ends the
            // sentence with a date and no verb of its own, describes that
            // noun, as it would between two commas.
            if (word(k - 1) && !m_ps[k - 1].upper && !m_inDate(k - 1) && !verb(k - 1) && !isPronounWord(text(k - 1))
                && !has(k - 1, Auxiliary | AdverbWord | Speech)
                && (pastParticiple(w) || wordIs(text(w), "due"_L1))
                && nextComma(w) == m_n) {
                bool dated = false;
                bool ownVerb = false;
                for (qsizetype q = w + 1; q < m_n; ++q) {
                    dated = dated || m_inDate(q);
                    // (Not a word after "to", a preposition or a determiner:
                    // "scheduled to open", "caused by floods".)
                    ownVerb = ownVerb
                        || (verb(q) && !m_inDate(q) && !(word(q - 1) && wordIs(text(q - 1), "to"_L1))
                            && !(m_ps[q - 1].role & Temporal::Preposition) && !determiner(q - 1));
                }
                if (dated && !ownVerb) {
                    add(Kind::Participle, k, w, m_n, nounBefore(k));
                    k = m_n - 1;
                    continue;
                }
            }
            // "said roads to Ambrel, the valley's main town, had been cut":
            // a noun phrase between commas inside what was said, before
            // its verb, is an aside about the noun before it.
            if (has(m_s.mainVerb, Speech) && oneOf(text(w), {"a"_L1, "an"_L1, "the"_L1})) {
                const qsizetype end = nextComma(w);
                if (asideAt(w, end)) {
                    add(Kind::Aside, k, w, end, nounBefore(k));
                    m_s.owner[end] = -1;
                    k = end;
                    continue;
                }
            }
        }
        if (m_s.mainVerb >= 0 && (comma || has(w, AndBut))) {
            // A further predicate of the main subject: "…, left it in 2008
            // and rejoined it in 2016".
            const qsizetype from = has(w, AndBut) ? w + 1 : w;
            const qsizetype v = verbAt(from) >= 0 ? verbAt(from) : presentVerb(from) ? from : -1;
            if (v >= 0) {
                // To the next comma, or the next predicate of its own.
                const auto runFrom = [&](qsizetype end) {
                    while (end < m_n && !is(end, u';') && !is(end, u',') && !(end > v && furtherPredicateAt(end)))
                        ++end;
                    return end;
                };
                qsizetype end = runFrom(from);
                // (Past a quoted title: "and presented her first programme,
                // \"Nightwatch\", in 1964"; and past a short phrase about
                // the object: "and hired Ivo Kessel, formerly of Velmco, to
                // lead it in 2021".)
                const auto asideEnd = [&](qsizetype comma) {
                    const qsizetype quoted = quotedAsideEnd(comma);
                    return quoted > 0 ? quoted : innerAsideEnd(comma);
                };
                for (qsizetype aside = asideEnd(end); aside > 0; aside = asideEnd(end))
                    end = runFrom(aside + 1);
                add(Kind::Coordinate, k, from, end);
                k = end - 1;
                continue;
            }
        }
        if (m_s.mainVerb < 0 && verb(k) && !comma) {
            qsizetype noun = -1;
            if (const qsizetype end = subjectParticipleEnd(k, 0, &noun); end > k) {
                add(Kind::Participle, k, k, end, {noun, k});
                k = end - 1;
                continue;
            }
        }
        if (m_s.mainVerb < 0 && verb(k) && !m_l.reducedPassive(m_ps, k))
            m_s.mainVerb = k;
    }
    // A further predicate without a date of its own stays part of the main
    // clause's statement ("took place in 1987 and drew 300 visitors"); not
    // one after "but", which tells of something else that then went
    // otherwise ("was introduced in 2023 but stalled in committee").
    for (qsizetype c = 1; c < m_s.clauses.size(); ++c) {
        const Clause &clause = m_s.clauses[c];
        if (clause.kind != Kind::Coordinate || (clause.from > 0 && wordIs(text(clause.from - 1), "but"_L1)))
            continue;
        // (Nor one placed by a dated event, "and rebuilt after the 1987
        // flood", whose noun splitNounEvent() made a clause of its own.)
        if (datedIn(qint16(c), clause.from, clause.to)
            || (clause.to < m_n && m_s.owner[clause.to] == -1 && nounEvent(clause.to)))
            continue;
        for (qsizetype q = clause.from - 1; q < clause.to; ++q)
            if (q >= 0 && (m_s.owner[q] == c || (q < clause.from && m_s.owner[q] == -1)))
                m_s.owner[q] = 0;
    }
    // "Founded in 1978, the festival draws …": after a fronted participle
    // the main verb may be in the present tense, which the tagger does not
    // know; it follows the subject's noun ("its members meet" is left
    // alone: "members" comes right after its determiner).
    if (m_s.mainVerb < 0) {
        for (qsizetype c = 1; c < m_s.clauses.size(); ++c) {
            const Clause &clause = m_s.clauses[c];
            if (clause.kind != Kind::Participle || clause.nounFrom >= 0 || clause.to >= m_n || !is(clause.to, u','))
                continue;
            for (qsizetype q = clause.to + 2; q < std::min(m_n, clause.to + 8) && free(q) && m_ps[q].word; ++q) {
                if (presentTense(q) && !determiner(q - 1)) {
                    m_s.mainVerb = q;
                    break;
                }
            }
            break;
        }
    }
    // The main subject: its free words before its verb, from the last comma
    // before them, without the adverbs next to the verb.
    if (m_s.mainVerb >= 0) {
        qsizetype to = m_s.mainVerb;
        while (to > 0 && free(to - 1) && m_ps[to - 1].word && !m_ps[to - 1].upper && has(to - 1, AdverbWord))
            --to;
        // (Back from q to just after the last comma or semicolon of the main clause.)
        const auto afterLastStop = [this](qsizetype q) {
            while (q > 0 && !(free(q - 1) && (is(q - 1, u',') || is(q - 1, u';'))))
                --q;
            return q;
        };
        qsizetype from = afterLastStop(to);
        // "The founder of Molise, Ivo Kessel, welcomed …": where a phrase
        // set off by commas ends right before the verb, the subject is
        // what that phrase is about, before it.
        if (from == to && from > 1 && is(from - 1, u',')) {
            // (The phrase: a name of up to four words, "Ivo Kessel".)
            qsizetype open = from - 2;
            while (open > 0 && from - 1 - open <= 5 && m_ps[open].word && m_ps[open].upper)
                --open;
            if (open > 0 && open < from - 2 && is(open, u',') && free(open)) {
                const qsizetype start = afterLastStop(open);
                if (start < open) {
                    from = start;
                    to = open;
                }
            }
        }
        m_s.subjectFrom = from;
        m_s.subjectTo = to;
    }
    return m_s;
}

} // namespace

bool isPronounWord(QStringView w)
{
    return oneOf(w, {"he"_L1, "she"_L1, "it"_L1, "they"_L1});
}

ClauseSplit splitClauses(const Labeler &labeler, const QList<Piece> &ps, const std::function<bool(qsizetype)> &inDate)
{
    return Splitter(labeler, ps, inDate).run();
}

} // namespace Annalist::EventLabels

namespace Annalist::EventLabels {

QString Labeler::futureOfMainClause(const QList<Piece> &ps, const ClauseSplit &split, qsizetype before) const
{
    bool toCome = false;
    bool past = false;
    for (qsizetype k = split.subjectTo; k < before && k < ps.size(); ++k) {
        if (split.owner[k] != 0 || !ps[k].word)
            continue;
        const QStringView w = text(ps[k]);
        if (oneOf(w, {"will"_L1, "shall"_L1, "'ll"_L1}))
            return u"will"_s;
        if (wordIs(w, "would"_L1))
            return u"would"_s;
        if (wordIs(w, "to"_L1) && k > 0 && ps[k - 1].word && k + 1 < ps.size() && ps[k + 1].word
            && oneOf(text(ps[k - 1]), {"expected"_L1, "due"_L1, "set"_L1, "scheduled"_L1, "going"_L1, "likely"_L1,
                                       "poised"_L1, "plans"_L1, "plan"_L1, "planned"_L1, "intends"_L1, "intend"_L1,
                                       "intended"_L1, "aims"_L1, "aim"_L1, "aimed"_L1, "hopes"_L1, "hope"_L1,
                                       "hoped"_L1, "wants"_L1, "want"_L1, "wanted"_L1, "promised"_L1, "vowed"_L1,
                                       "pledged"_L1, "agreed"_L1}))
            toCome = true;
        if (!toCome && oneOf(w, {"was"_L1, "were"_L1, "had"_L1, "planned"_L1, "intended"_L1, "aimed"_L1, "hoped"_L1,
                                 "wanted"_L1, "promised"_L1, "vowed"_L1, "pledged"_L1, "agreed"_L1}))
            past = true;
    }
    return !toCome ? QString() : past ? u"would"_s : u"will"_s;
}

QString Labeler::clauseLabel(const QList<Piece> &ps, const ClauseSplit &split, qsizetype c,
                             const QList<TextRange> &dates, QList<TextRange> *spans) const
{
    using Kind = Clause::Kind;
    const Clause &clause = split.clauses[c];
    QList<Piece> out;
    out.reserve(ps.size() + 2);
    auto take = [&](qsizetype from, qsizetype to, qsizetype owner, bool lowerFirst) {
        const qsizetype first = out.size();
        qsizetype previous = -2;
        for (qsizetype k = std::max<qsizetype>(from, 0); k < to && k < ps.size(); ++k)
            if (split.owner[k] == owner) {
                out.append(ps[k]);
                // Runs of consecutive pieces, so that a name of several words lies inside one.
                if (spans && previous == k - 1 && !spans->isEmpty())
                    spans->back().end = ps[k].end;
                else if (spans)
                    spans->append({ps[k].start, ps[k].end});
                previous = k;
            }
        // "The Kolm Accord" after other words: "the Kolm Accord".
        if (lowerFirst && out.size() > first && out[first].word && (out[first].role & FunctionWord))
            out[first].lowerFirst = true;
    };
    auto added = [&](const QString &word, qsizetype at, bool isWord, bool isVerb) {
        Piece p;
        p.start = p.end = at;
        p.word = isWord;
        p.verb = isVerb;
        p.added = true;
        p.replacement = &word;
        out.append(p);
    };
    // The subject a clause without one takes: the noun it is about, else the main clause's.
    auto subject = [&](bool lowerFirst) {
        if (clause.nounFrom >= 0)
            take(clause.nounFrom, clause.nounTo, split.owner.value(clause.nounFrom), lowerFirst);
        else
            take(split.subjectFrom, split.subjectTo, 0, lowerFirst);
    };
    auto subjectEnd = [&]() -> qsizetype {
        return out.isEmpty() ? -2 : out.back().end;
    };
    // "The figures were published": the verb agrees with a plural subject
    // (a lower-case noun in -s, or names joined by "and").
    auto pluralSubject = [&]() {
        // The head of the noun phrase is its last word before a prepositional
        // phrase: "the embargo on timber imports" is one embargo. (The
        // tokens' Preposition role, and the few it leaves out.)
        qsizetype end = out.size();
        for (qsizetype k = 1; k < out.size() && end == out.size(); ++k)
            if (isPreposition(out[k], text(out[k])))
                end = k;
        bool plural = false;
        for (qsizetype k = 0; k < end; ++k)
            plural = plural || (out[k].word && wordIs(text(out[k]), "and"_L1));
        if (end > 0 && out[end - 1].word && !out[end - 1].upper)
            plural = plural || pluralNoun(text(out[end - 1]));
        return plural;
    };
    // Whether the clause's own words hold "since": a state from its date on.
    auto hasSince = [&]() {
        for (qsizetype k = clause.from; k < clause.to; ++k)
            if (split.owner[k] == c && wordIs(text(ps[k]), "since"_L1))
                return true;
        return false;
    };
    QString past; // a gerund's verb in the past, shown in its place
    static const QString was = u"was"_s;
    static const QString became = u"became"_s;
    static const QString possessive = u"'s"_s;
    static const QString pluralPossessive = u"'"_s; // "the farmers' harvest"
    static const QString has = u"has"_s;
    static const QString have = u"have"_s;
    static const QString were = u"were"_s;
    static const QString been = u"been"_s;
    switch (clause.kind) {
    case Kind::Quote:
        take(0, ps.size(), qint16(c), false);
        break;
    case Kind::Main: {
        take(0, ps.size(), 0, false);
        // '"We will stay," X said on Monday': what X said is the quote.
        const qsizetype quote = split.clauses.size() > 1 && split.clauses[1].kind == Kind::Quote ? 1 : -1;
        if (quote > 0 && split.mainVerb >= 0
            && oneOf(text(ps[split.mainVerb]), {"said"_L1, "says"_L1, "told"_L1, "wrote"_L1, "announced"_L1, "added"_L1,
                                                "insisted"_L1, "warned"_L1, "declared"_L1})) {
            while (!out.isEmpty() && !out.back().word)
                out.removeLast();
            const Clause &q = split.clauses[quote];
            for (qsizetype k = q.from; k < q.to; ++k) {
                // The comma that ends the quoted sentence belongs to the sentence around it.
                if (k + 2 == q.to && isChar(text(ps[k]), u','))
                    continue;
                out.append(ps[k]);
            }
        }
        break;
    }
    case Kind::Relative:
    case Kind::Coordinate:
    case Kind::Having:
        subject(false);
        take(clause.from, clause.to, qint16(c), false);
        break;
    case Kind::Gerund: {
        subject(false);
        const qsizetype verbAt = out.size();
        take(clause.from, clause.to, qint16(c), false);
        if (verbAt < out.size()) {
            // In the past, unless the main clause says what will be: "The
            // band will tour Velmar in May before recording an album in
            // 2027" → "The band will be recording an album".
            const QString modal = futureOfMainClause(ps, split, clause.from);
            past = modal.isEmpty() ? pastOfIngForm(text(out[verbAt]))
                                   : modal + u" be "_s + text(out[verbAt]).toString().toLower();
            if (!past.isEmpty()) {
                out[verbAt].replacement = &past;
                out[verbAt].verb = true;
            }
        }
        break;
    }
    case Kind::Gapped:
        // The shared words (subject, verb, what precedes the first
        // complement), then this complement.
        take(clause.nounFrom, clause.nounTo, 0, false);
        take(clause.from, clause.to, qint16(c), false);
        break;
    case Kind::ObjectRelative: {
        take(clause.from, clause.to, qint16(c), false);
        // "which a storm destroyed in 2019.": the noun comes after the verb,
        // so the stop that closed the sentence goes.
        while (!out.isEmpty() && !out.back().word && !out.back().added) {
            const QStringView t = text(out.back());
            if (t != u"." && t != u"!" && t != u"?" && t != u";" && t != u":")
                break;
            out.removeLast();
        }
        // Right after the verb and its auxiliaries: "that Dravia proposed
        // at the council in 2020" reads "Dravia proposed the waiver at the council".
        // (Where a preposition or the date follows the verb; otherwise at
        // the end: "which parliament is due to vote on".)
        qsizetype v = 0;
        while (v < out.size() && !isVerb(out, v))
            ++v;
        while (v + 1 < out.size() && isVerb(out, v + 1))
            ++v;
        const bool slot = v + 1 < out.size() && !out[v + 1].added && out[v + 1].word
            && ((out[v + 1].role & Temporal::Preposition)
                || std::any_of(dates.cbegin(), dates.cend(), [&](const TextRange &d) {
                       return d.overlaps(TextRange{out[v + 1].start, out[v + 1].end});
                   }));
        if (!slot)
            v = out.size() - 1;
        const QList<Piece> rest = v + 1 < out.size() ? out.mid(v + 1) : QList<Piece>();
        out.resize(out.size() - rest.size());
        subject(true);
        out.append(rest);
        break;
    }
    case Kind::Whose: {
        subject(false);
        // A plural noun in lower case takes the apostrophe alone.
        const bool plural = !out.isEmpty() && out.back().word && !out.back().upper && !out.back().added
            && pluralNoun(text(out.back()));
        added(plural ? pluralPossessive : possessive, subjectEnd(), true, false);
        take(clause.from, clause.to, qint16(c), false);
        break;
    }
    case Kind::Participle: {
        subject(false);
        const bool plural = pluralSubject();
        // "published since 1871": a state that still holds.
        const bool since = hasSince();
        if (since) {
            added(plural ? have : has, -2, true, true);
            added(been, -3, true, true);
        } else {
            added(plural ? were : was, -2, true, true);
        }
        take(clause.from, clause.to, qint16(c), false);
        // "Founded in 1920, …": the participle opened the sentence.
        for (qsizetype k = out.size() - 1; k >= 0 && !out[k].added; --k)
            if (k == 0 || out[k - 1].added)
                out[k].lowerFirst = out[k].upper;
        break;
    }
    case Kind::Aside: {
        // "Ardel Voss, a senator since 2010,": a role the noun took on then
        // ("Ardel Voss became a senator"), or held then without "since"
        // ("was a senator"); "The embargo, in force since 2014,": a state
        // that holds since then ("has been in force").
        subject(false);
        const bool plural = pluralSubject();
        const bool since = hasSince();
        qsizetype first = clause.from;
        while (first < clause.to && (split.owner[first] != c || !ps[first].word))
            ++first;
        // (A role is a noun phrase with its determiner: "chairman since
        // 2015", "open since 1990" read as states.)
        const bool role = first < clause.to
            && oneOf(text(ps[first]), {"a"_L1, "an"_L1, "the"_L1, "his"_L1, "her"_L1, "its"_L1, "their"_L1});
        if (role && since) {
            added(became, -2, true, true);
        } else if (since) {
            added(plural ? have : has, -2, true, true);
            added(been, -3, true, true);
        } else {
            added(plural ? were : was, -2, true, true);
        }
        take(clause.from, clause.to, qint16(c), false);
        break;
    }
    case Kind::Subordinate:
        // "before she entered politics": the pronoun is the main subject.
        if (clause.from < clause.to && ps[clause.from].word && isPronounWord(text(ps[clause.from]))
            && split.subjectTo > split.subjectFrom) {
            qsizetype from = split.subjectFrom;
            qsizetype to = split.subjectTo;
            // "he" or "she" is a person: where the main subject names none,
            // the person the main clause names last ("A court jailed the
            // mayor, Ivo Kessel, for taking bribes while he was in office").
            const QStringView pronoun = text(ps[clause.from]);
            if (wordIs(pronoun, "he"_L1) || wordIs(pronoun, "she"_L1)) {
                const auto lastPerson = [&](qsizetype a, qsizetype b) -> std::pair<qsizetype, qsizetype> {
                    const Entity *person = a < b ? personIn({ps[a].start, ps[b - 1].end}, true) : nullptr;
                    if (!person)
                        return {-1, -1};
                    qsizetype first = a;
                    while (first < b && ps[first].start < person->range.start)
                        ++first;
                    qsizetype last = first;
                    while (last < b && ps[last].end <= person->range.end)
                        ++last;
                    return last > first ? std::pair{first, last} : std::pair<qsizetype, qsizetype>{-1, -1};
                };
                if (lastPerson(from, to).first < 0) {
                    if (const auto [first, last] = lastPerson(to, clause.from); first >= 0 && split.owner[first] == 0) {
                        from = first;
                        to = last;
                    }
                }
            }
            take(from, to, 0, false);
            take(clause.from + 1, clause.to, qint16(c), false);
        } else {
            take(clause.from, clause.to, qint16(c), false);
        }
        break;
    }
    return label(std::move(out), dates);
}

} // namespace Annalist::EventLabels
