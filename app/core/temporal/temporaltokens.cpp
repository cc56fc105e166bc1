// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/temporaltokens.h"

#include "recognize/tokenizer.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

namespace Annalist::Temporal {

namespace {

struct Entry {
    Lex lex = Lex::None;
    qint16 value = 0;
    Cue cue = Cue::None;
    quint8 role = 0;
    bool verb = false;
};

using Vocabulary = std::unordered_map<std::u16string_view, Entry>;

// The words are the whole temporal vocabulary of the tagger. Month and
// weekday abbreviations are here too; the tagger decides from the context
// whether an ambiguous one ("May", "Jan", "fall") is meant as a date.
const Vocabulary &vocabulary()
{
    static const Vocabulary words = [] {
        Vocabulary v;
        auto add = [&v](std::u16string_view w, Lex lex, qint16 value) { v[w].lex = lex, v[w].value = value; };
        auto cue = [&v](std::initializer_list<std::u16string_view> words, Cue c, bool verb) {
            for (auto w : words) {
                v[w].cue = c;
                v[w].verb = verb;
            }
        };
        auto role = [&v](std::initializer_list<std::u16string_view> words, quint8 bit) {
            for (auto w : words)
                v[w].role |= bit;
        };
        role({u"of", u"on", u"and", u"in", u"the", u"for", u"to", u"de", u"a", u"an", u"at"}, FunctionWord);
        role({u"in", u"on", u"at", u"since", u"by", u"during", u"from", u"until", u"till", u"of", u"for", u"between",
              u"through", u"around", u"before", u"after", u"as", u"throughout"},
             Preposition);
        role({u"which", u"who", u"whose", u"while", u"because", u"although", u"whereas", u"amid"}, ClauseStop);
        cue({u"was", u"were", u"had", u"did"}, Cue::PastFinite, true);
        cue({u"ago", u"since"}, Cue::PastFinite, false);
        cue({u"said", u"told", u"met", u"held", u"made", u"took", u"gave", u"went", u"came", u"began", u"fell",
             u"rose", u"sold", u"bought", u"won", u"lost", u"left", u"saw", u"became", u"got", u"paid", u"spent",
             u"struck", u"brought", u"found", u"built", u"ran", u"wrote", u"spoke", u"chose", u"flew", u"grew",
             u"knew", u"led", u"sent", u"stood", u"kept", u"felt", u"heard", u"broke", u"born", u"drew", u"threw",
             u"wore", u"tore", u"swore", u"sat", u"beat", u"quit", u"shut", u"cut", u"put", u"hit", u"set", u"let"},
            Cue::Past, true);
        // Present forms whose tense the tagger cannot read ("set" to, "put") stay plain verbs.
        for (auto w : {u"set", u"put", u"cut", u"hit", u"let", u"quit", u"beat"})
            v[std::u16string_view(w)].cue = Cue::None;
        cue({u"will", u"shall", u"would"}, Cue::Future, true);
        cue({u"ll", u"upcoming"}, Cue::Future, false);
        cue({u"plans", u"intends"}, Cue::Future, false);
        // Present verbs of expectation before an infinitive look ahead:
        // "forecasters expect the river to crest on Wednesday".
        cue({u"expect", u"expects", u"hope", u"hopes", u"aim", u"aims"}, Cue::Future, false);
        // Participles that look ahead: "is scheduled to", "as planned", "is expected to".
        cue({u"scheduled", u"planned", u"expected"}, Cue::Future, true);
        cue({u"is", u"are", u"am"}, Cue::Present, true);
        cue({u"has", u"have", u"does", u"can"}, Cue::None, true);
        cue({u"may", u"might", u"could", u"should", u"must"}, Cue::Modal, true);
        cue({u"need", u"speed", u"proceed", u"exceed", u"succeed", u"indeed", u"hundred", u"breed", u"embed",
             u"feed", u"seed", u"bed", u"red", u"shed", u"creed"},
            Cue::NotPast, false);
        const std::u16string_view months[] = {u"january", u"february", u"march", u"april", u"may", u"june",
                                              u"july", u"august", u"september", u"october", u"november", u"december"};
        for (qint16 i = 0; i < 12; ++i)
            add(months[i], Lex::Month, qint16(i + 1));
        const std::u16string_view abbrev[] = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                              u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
        for (qint16 i = 0; i < 12; ++i)
            v.emplace(abbrev[i], Entry{Lex::Month, qint16(-(i + 1))}); // negative: abbreviation
        add(u"sept", Lex::Month, -9);
        const std::u16string_view days[] = {u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"};
        for (qint16 i = 0; i < 7; ++i)
            add(days[i], Lex::Weekday, qint16(i + 1));
        add(u"today", Lex::DayRef, 0);
        add(u"yesterday", Lex::DayRef, -1);
        add(u"tomorrow", Lex::DayRef, 1);
        add(u"tonight", Lex::DayRef, 2);
        const std::pair<std::u16string_view, Unit> units[] = {
            {u"second", Second}, {u"seconds", Second}, {u"minute", Minute}, {u"minutes", Minute},
            {u"hour", Hour}, {u"hours", Hour}, {u"day", Day}, {u"days", Day}, {u"week", Week},
            {u"weeks", Week}, {u"weekend", Weekend}, {u"weekends", Weekend}, {u"fortnight", Fortnight},
            {u"month", Month}, {u"months", Month}, {u"quarter", Quarter}, {u"quarters", Quarter},
            {u"year", Year}, {u"years", Year}, {u"decade", Decade}, {u"decades", Decade},
            {u"century", Century}, {u"centuries", Century}};
        for (const auto &[w, u] : units)
            add(w, Lex::Unit, u);
        const std::u16string_view numbers[] = {u"zero", u"one", u"two", u"three", u"four", u"five", u"six",
                                               u"seven", u"eight", u"nine", u"ten", u"eleven", u"twelve",
                                               u"thirteen", u"fourteen", u"fifteen", u"sixteen", u"seventeen",
                                               u"eighteen", u"nineteen", u"twenty"};
        for (qint16 i = 1; i <= 20; ++i)
            add(numbers[i], Lex::NumWord, i);
        add(u"thirty", Lex::NumWord, 30);
        add(u"forty", Lex::NumWord, 40);
        add(u"fifty", Lex::NumWord, 50);
        add(u"sixty", Lex::NumWord, 60);
        add(u"seventy", Lex::NumWord, 70);
        add(u"eighty", Lex::NumWord, 80);
        add(u"ninety", Lex::NumWord, 90);
        add(u"hundred", Lex::NumWord, 100);
        add(u"a", Lex::NumWord, 1);
        add(u"an", Lex::NumWord, 1);
        add(u"several", Lex::NumWord, -1);
        add(u"few", Lex::NumWord, -1);
        add(u"many", Lex::NumWord, -1);
        const std::u16string_view ordinals[] = {u"first", u"", u"third", u"fourth", u"fifth", u"sixth", u"seventh",
                                                u"eighth", u"ninth", u"tenth", u"eleventh", u"twelfth", u"thirteenth",
                                                u"fourteenth", u"fifteenth", u"sixteenth", u"seventeenth",
                                                u"eighteenth", u"nineteenth", u"twentieth"};
        for (qint16 i = 0; i < 20; ++i)
            if (!ordinals[i].empty())
                add(ordinals[i], Lex::Ordinal, qint16(i + 1));
        add(u"spring", Lex::Season, 1);
        add(u"summer", Lex::Season, 2);
        add(u"autumn", Lex::Season, 3);
        add(u"fall", Lex::Season, 3);
        add(u"winter", Lex::Season, 4);
        add(u"morning", Lex::PartOfDay, 1);
        add(u"afternoon", Lex::PartOfDay, 2);
        add(u"evening", Lex::PartOfDay, 3);
        add(u"night", Lex::PartOfDay, 4);
        add(u"last", Lex::Modifier, Last);
        add(u"next", Lex::Modifier, Next);
        add(u"this", Lex::Modifier, This);
        add(u"past", Lex::Modifier, Past);
        add(u"previous", Lex::Modifier, Previous);
        add(u"coming", Lex::Modifier, Coming);
        add(u"following", Lex::Modifier, Following);
        add(u"same", Lex::Modifier, Same);
        add(u"early", Lex::Edge, Early);
        add(u"mid", Lex::Edge, Mid);
        add(u"late", Lex::Edge, Late);
        add(u"end", Lex::Edge, End);
        add(u"beginning", Lex::Edge, Beginning);
        add(u"start", Lex::Edge, Start);
        add(u"middle", Lex::Edge, Middle);
        add(u"currently", Lex::PresentRef, 0);
        add(u"nowadays", Lex::PresentRef, 0);
        add(u"now", Lex::PresentRef, 0);
        add(u"present", Lex::PresentRef, 1);
        add(u"current", Lex::PresentRef, 2);
        add(u"recently", Lex::PastRef, 0);
        add(u"lately", Lex::PastRef, 0);
        add(u"recent", Lex::PastRef, 1);
        add(u"future", Lex::FutureRef, 0);
        add(u"soon", Lex::FutureRef, 1);
        add(u"every", Lex::Every, 0);
        add(u"each", Lex::Every, 1);
        add(u"once", Lex::Frequency, 1);
        add(u"twice", Lex::Frequency, 2);
        add(u"thrice", Lex::Frequency, 3);
        add(u"fiscal", Lex::Fiscal, 0);
        add(u"fy", Lex::Fiscal, 1);
        add(u"christmas", Lex::Holiday, Christmas);
        add(u"easter", Lex::Holiday, Easter);
        add(u"thanksgiving", Lex::Holiday, Thanksgiving);
        add(u"halloween", Lex::Holiday, Halloween);
        add(u"new", Lex::NamedDay, NewYear);
        add(u"good", Lex::NamedDay, GoodFriday);
        add(u"valentine", Lex::NamedDay, Valentine);
        add(u"valentines", Lex::NamedDay, Valentine);
        add(u"memorial", Lex::NamedDay, MemorialDay);
        add(u"labor", Lex::NamedDay, LaborDay);
        add(u"mother", Lex::NamedDay, MothersDay);
        add(u"mothers", Lex::NamedDay, MothersDay);
        add(u"father", Lex::NamedDay, FathersDay);
        add(u"fathers", Lex::NamedDay, FathersDay);
        add(u"boxing", Lex::NamedDay, BoxingDay);
        add(u"veterans", Lex::NamedDay, VeteransDay);
        add(u"remembrance", Lex::NamedDay, VeteransDay);
        add(u"armistice", Lex::NamedDay, VeteransDay);
        add(u"patrick", Lex::NamedDay, StPatrick);
        add(u"noon", Lex::ClockWord, 12);
        add(u"midday", Lex::ClockWord, 12);
        add(u"midnight", Lex::ClockWord, 24);
        const std::u16string_view decades[] = {u"twenties", u"thirties", u"forties", u"fifties",
                                               u"sixties", u"seventies", u"eighties", u"nineties"};
        for (qint16 i = 0; i < 8; ++i)
            add(decades[i], Lex::DecadeWord, qint16(i + 2));
        add(u"hourly", Lex::SetWord, Hour);
        add(u"daily", Lex::SetWord, Day);
        add(u"weekly", Lex::SetWord, Week);
        add(u"monthly", Lex::SetWord, Month);
        add(u"quarterly", Lex::SetWord, Quarter);
        add(u"yearly", Lex::SetWord, Year);
        add(u"annually", Lex::SetWord, Year);
        add(u"annual", Lex::SetWord, Year);
        add(u"the", Lex::The, 0);
        add(u"ago", Lex::Ago, 0);
        add(u"later", Lex::Relation, 1);
        add(u"after", Lex::Relation, 2);
        add(u"earlier", Lex::Relation, -1);
        add(u"before", Lex::Relation, -2);
        add(u"utc", Lex::Zone, 0);
        add(u"gmt", Lex::Zone, 0);
        // Zones named by their abbreviation in English-language news, as
        // 100 + their offset from UTC in hours (UTC and GMT are 0: "Z").
        const std::pair<std::u16string_view, qint16> zones[] = {
            {u"est", -5}, {u"edt", -4}, {u"cst", -6}, {u"cdt", -5}, {u"mst", -7}, {u"mdt", -6}, {u"pst", -8},
            {u"pdt", -7}, {u"bst", 1}, {u"cet", 1}, {u"cest", 2}, {u"eet", 2}, {u"eest", 3}, {u"jst", 9}};
        for (const auto &[w, offset] : zones)
            add(w, Lex::Zone, qint16(100 + offset));
        add(u"nearly", Lex::Approx, 0);
        add(u"almost", Lex::Approx, 0);
        add(u"about", Lex::Approx, 0);
        add(u"around", Lex::Approx, 0);
        add(u"approximately", Lex::Approx, 0);
        add(u"over", Lex::Approx, 0);
        add(u"of", Lex::Of, 0);
        add(u"and", Lex::And, 0);
        add(u"respectively", Lex::Respectively, 0);
        return v;
    }();
    return words;
}

constexpr qsizetype LongestWord = 13; // "approximately"; longer words are none of ours

// A word of at most 13 ASCII letters packed into 64 bits (base 27), so that a
// look-up costs one multiplication and a probe or two instead of a string hash.
constexpr quint64 packLetter(quint64 key, char16_t lower)
{
    return key * 27 + (lower - u'a' + 1);
}

class PackedVocabulary
{
public:
    PackedVocabulary()
    {
        for (const auto &[word, entry] : vocabulary()) {
            quint64 key = 0;
            for (char16_t c : word)
                key = packLetter(key, c);
            qsizetype slot = hash(key);
            while (m_keys[slot] != 0)
                slot = (slot + 1) & (Size - 1);
            m_keys[slot] = key;
            m_entries[slot] = entry;
        }
    }

    const Entry *find(quint64 key) const
    {
        for (qsizetype slot = hash(key); m_keys[slot] != 0; slot = (slot + 1) & (Size - 1))
            if (m_keys[slot] == key)
                return &m_entries[slot];
        return nullptr;
    }

private:
    static constexpr qsizetype Size = 2048; // a power of two, well above the vocabulary's size
    static qsizetype hash(quint64 key) { return qsizetype((key * 0x9E3779B97F4A7C15ULL) >> 53); }

    quint64 m_keys[Size] = {};
    Entry m_entries[Size] = {};
};

const PackedVocabulary &packedVocabulary()
{
    static const PackedVocabulary table;
    return table;
}

// The same vocabulary keyed by the recognizer's hash of the folded word, for
// words the recognizer has already hashed. As in the recognizer's word table
// (recognize/gazetteer.h), words are told apart by their 64-bit hash and
// length alone: with a few hundred words here the chance of another word
// taking one's meaning is below 1e-16 a look-up, and not reading the
// vocabulary's characters keeps a look-up to one small table that stays in
// the cache (the slots with their strings did not).
class HashedVocabulary
{
public:
    HashedVocabulary()
    {
        for (const auto &[word, entry] : vocabulary()) {
            const quint64 h = foldedHash(QStringView(word.data(), qsizetype(word.size())));
            Q_ASSERT(h != 0); // 0 marks a free slot
            qsizetype slot = qsizetype(h & (Size - 1));
            while (m_hashes[slot] != 0)
                slot = (slot + 1) & (Size - 1);
            m_hashes[slot] = h;
            m_lengths[slot] = quint8(word.size());
            m_entries[slot] = entry;
            if (isCoreLex(entry.lex))
                addToCoreFilter(h);
        }
        // "the second half": the one core word that is no entry of its own;
        // "in the past": the one modifier that makes an expression alone.
        addToCoreFilter(foldedHash(u"half"));
        addToCoreFilter(foldedHash(u"past"));
    }

    const Entry *find(quint64 hash, QStringView text) const
    {
        for (qsizetype slot = qsizetype(hash & (Size - 1)); m_hashes[slot] != 0; slot = (slot + 1) & (Size - 1)) {
            if (m_hashes[slot] == hash && m_lengths[slot] == text.size())
                return &m_entries[slot];
        }
        return nullptr;
    }

    /// Whether the word is a core word (isCoreLex(), or "half"); most words
    /// are turned away by a 4096-bit filter of the core words' hashes.
    bool isCore(quint64 hash, QStringView text) const
    {
        if (!(m_coreFilter[(hash >> 6) & 63] & (quint64(1) << (hash & 63))))
            return false;
        if (const Entry *e = find(hash, text); e && isCoreLex(e->lex))
            return true;
        return wordIs(text, QLatin1StringView("half")) || wordIs(text, QLatin1StringView("past"));
    }

    static bool isCoreLex(Lex lex)
    {
        switch (lex) {
        case Lex::Month:
        case Lex::Weekday:
        case Lex::DayRef:
        case Lex::Unit:
        case Lex::Season:
        case Lex::PartOfDay:
        case Lex::PresentRef:
        case Lex::PastRef:
        case Lex::FutureRef:
        case Lex::SetWord:
        case Lex::Holiday:
        case Lex::ClockWord:
        case Lex::DecadeWord:
            return true;
        default:
            return false;
        }
    }

private:
    void addToCoreFilter(quint64 hash) { m_coreFilter[(hash >> 6) & 63] |= quint64(1) << (hash & 63); }

    static constexpr qsizetype Size = 1024; // a power of two, well above the vocabulary's size
    quint64 m_hashes[Size] = {}; ///< 0 when the slot is free
    quint8 m_lengths[Size] = {};
    Entry m_entries[Size] = {};
    std::array<quint64, 64> m_coreFilter{};
};

const HashedVocabulary &hashedVocabulary()
{
    static const HashedVocabulary table;
    return table;
}

// What an ASCII character is to the tokenizer, looked up in one load.
enum AsciiClass : quint8 { Other = 0, Space = 1, Letter = 2, Digit = 4 };

constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> t{};
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = Letter;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] = Letter;
    for (int c = '0'; c <= '9'; ++c)
        t[c] = Digit;
    for (char c : {' ', '\n', '\t', '\r'})
        t[c] = Space;
    return t;
}();

// One test for both cases: only A–Z and a–z land in 0..25 after the fold.
inline bool isAsciiLetter(char16_t c)
{
    return unsigned((c | 0x20) - u'a') < 26u;
}

inline bool isAsciiDigit(char16_t c)
{
    return unsigned(c - u'0') < 10u;
}

// Fills in what a word token means from its vocabulary entry (or none) and
// its letters first..last.
inline void giveMeaning(Token &t, const Entry *e, const char16_t *first, const char16_t *last)
{
    if (e) {
        t.lex = e->lex;
        t.value = e->value;
        t.cue = e->cue;
        t.role = e->role;
        t.verb = e->verb;
    }
    // A lower-case word in -ed is taken for a past form or participle.
    if (t.cue == Cue::None && !t.upper && last - first > 3 && last[-1] == u'd' && last[-2] == u'e') {
        t.cue = Cue::PastEd;
        t.verb = true;
    }
    // "May" the month is no modal.
    if (t.upper && t.cue == Cue::Modal)
        t.cue = Cue::None, t.verb = false;
}

} // namespace

TokenVector tokenize(QStringView text)
{
    TokenVector tokens;
    tokenize(text, 0, tokens);
    return tokens;
}

void tokenize(QStringView text, qsizetype base, TokenVector &tokens)
{
    const PackedVocabulary &words = packedVocabulary();
    const char16_t *const begin = text.utf16();
    const char16_t *const end = begin + text.size();
    // News prose has a token every five or six characters; more room is
    // made by the vector's doubling when a text is denser.
    if (const std::size_t room = tokens.size() + std::size_t(text.size() / 4 + 8); room > tokens.capacity())
        tokens.reserve(std::max(room, 2 * tokens.capacity()));
    const char16_t *p = begin;
    while (p < end) {
        char16_t c = *p;
        const quint8 k = c < 0x80 ? asciiClasses[c] : quint8(Other);
        if (k == Space || (c >= 0x80 && (c == 0xA0 || QChar::isSpace(c)))) {
            ++p;
            continue;
        }
        Token t;
        const char16_t *const first = p;
        if (k == Digit) {
            qint64 value = 0;
            do {
                if (value < 1000000000)
                    value = value * 10 + (c - u'0');
                ++p;
            } while (p < end && isAsciiDigit(c = *p));
            t.kind = TokenKind::Number;
            t.number = (p - first) <= 9 ? qint32(value) : -1;
        } else if (k == Letter || (c >= 0x80 && QChar::isLetter(c))) {
            bool ascii = true;
            quint64 key = 0;
            t.upper = c < 0x80 ? (c >= u'A' && c <= u'Z') : QChar::isUpper(c);
            for (;;) {
                // ASCII letters in a loop of their own. Past LongestWord
                // letters the key wraps, but it is not looked up then.
                while (p < end && isAsciiLetter(c = *p)) {
                    key = packLetter(key, char16_t(c | 0x20));
                    ++p;
                }
                if (p < end && c >= 0x80 && QChar::isLetter(c)) {
                    ascii = false;
                    ++p;
                    continue;
                }
                break;
            }
            t.kind = TokenKind::Word;
            giveMeaning(t, (ascii && p - first <= LongestWord) ? words.find(key) : nullptr, first, p);
        } else {
            // A surrogate pair stays one token.
            p += (QChar::isHighSurrogate(c) && p + 1 < end && QChar::isLowSurrogate(p[1])) ? 2 : 1;
            t.kind = TokenKind::Punct;
        }
        t.start = qint32(first - begin + base);
        t.end = qint32(p - begin + base);
        tokens.push_back(t);
    }
}

void tokenizeAlong(QStringView text, TextRange range, std::span<const Word> words, TokenVector &tokens)
{
    const HashedVocabulary &vocabulary = hashedVocabulary();
    const char16_t *const chars = text.utf16();
    // Scanning a gap or an unusual word on its own gives the tokens scanning
    // the whole range would: a word's neighbours are never letters or
    // digits (the recognizer's words are maximal runs of them), so no token
    // of the scan crosses a word's edge.
    const auto scan = [&](qsizetype from, qsizetype to) {
        // Spaces and ASCII punctuation, nearly every gap, as tokenize() would
        // take them; from anything else on (digits, other scripts), tokenize().
        for (qsizetype i = from; i < to; ++i) {
            const char16_t c = chars[i];
            if (c < 0x80 && asciiClasses[c] == Space)
                continue;
            if (c < 0x80 && asciiClasses[c] == Other) {
                Token t;
                t.start = qint32(i);
                t.end = qint32(i + 1);
                t.kind = TokenKind::Punct;
                tokens.push_back(t);
                continue;
            }
            tokenize(text.mid(i, to - i), i, tokens);
            return;
        }
    };
    // Room by doubling: the tagger appends stretch after stretch to one list,
    // which reserve()'s exact size would copy whole each time.
    if (const std::size_t room = tokens.size() + std::size_t(range.length() / 4 + 8); room > tokens.capacity())
        tokens.reserve(std::max(room, 2 * tokens.capacity()));
    auto w = std::lower_bound(words.begin(), words.end(), range.start,
                              [](const Word &t, qsizetype pos) { return t.start < pos; });
    qsizetype pos = range.start;
    for (; w != words.end() && w->start < range.end; ++w) {
        if (w->end > range.end)
            break; // reaches past the range: its start is scanned with the rest
        if (!w->is(Word::AsciiLetters)) {
            continue; // scanned with the gap that follows
        }
        scan(pos, w->start);
        Token t;
        t.start = w->start;
        t.end = w->end;
        t.kind = TokenKind::Word;
        t.upper = w->is(Word::Capitalized);
        const QStringView letters(text.data() + w->start, w->length());
        giveMeaning(t, w->length() <= LongestWord ? vocabulary.find(w->hash, letters) : nullptr, chars + w->start, chars + w->end);
        tokens.push_back(t);
        pos = w->end;
    }
    scan(pos, range.end);
}

void TokenRuns::clear()
{
    tokens.clear();
    ranges.clear();
    firsts.clear();
}

std::optional<std::span<const Token>> TokenRuns::find(qsizetype from, qsizetype to) const
{
    if (to <= from)
        return std::nullopt;
    // The stretch that holds from: the last that starts at or before it.
    const auto r = std::upper_bound(ranges.cbegin(), ranges.cend(), from,
                                    [](qsizetype pos, const TextRange &range) { return pos < range.start; });
    if (r == ranges.cbegin())
        return std::nullopt;
    const qsizetype k = (r - ranges.cbegin()) - 1;
    if (to > ranges[k].end)
        return std::nullopt;
    const Token *const runBegin = tokens.data() + firsts[k];
    const Token *const runEnd = tokens.data() + (k + 1 < firsts.size() ? firsts[k + 1] : qsizetype(tokens.size()));
    // The first token that ends after from, and the first that ends after to.
    const auto endsAfter = [](const Token &t, qsizetype pos) { return t.end <= pos; };
    const Token *const first = std::lower_bound(runBegin, runEnd, from, endsAfter);
    const Token *const last = std::lower_bound(first, runEnd, to, endsAfter);
    if ((first != runEnd && first->start < from) || (last != runEnd && last->start < to))
        return std::nullopt; // a token reaches across an edge
    return std::span<const Token>(first, last);
}

namespace {

// Hyphenated, dotted or other-script words, a few in a hundred: the words
// tokenize() finds in them say ("mid-September", "year-end").
bool unusualWordHoldsCore(const HashedVocabulary &vocabulary, QStringView word)
{
    TokenVector parts;
    tokenize(word, 0, parts);
    return std::any_of(parts.cbegin(), parts.cend(), [&](const Token &t) {
        const QStringView part = word.mid(t.start, t.length());
        return t.kind == TokenKind::Number || (t.kind == TokenKind::Word && vocabulary.isCore(foldedHash(part), part));
    });
}

} // namespace

const Word *findCoreWord(QStringView text, const Word *first, const Word *last)
{
    const HashedVocabulary &vocabulary = hashedVocabulary();
    for (; first != last; ++first) {
        const Word &w = *first;
        if (w.is(Word::HasDigit))
            return first; // (digits of other scripts too, which is only cautious)
        const QStringView letters(text.data() + w.start, w.length());
        if (w.is(Word::AsciiLetters)) {
            if (letters.size() <= LongestWord && vocabulary.isCore(w.hash, letters))
                return first;
        } else if (unusualWordHoldsCore(vocabulary, letters)) {
            return first;
        }
    }
    return last;
}

bool wordIs(QStringView word, QLatin1StringView lower)
{
    // Case folding maps one UTF-16 unit to one, so words of other lengths
    // never match; ASCII is folded here, anything else by Qt.
    if (word.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t u = word[i].unicode();
        if (u >= 0x80)
            return word.compare(lower, Qt::CaseInsensitive) == 0;
        const char16_t l = char16_t(uchar(lower[i].toLatin1()));
        if (l >= 0x80)
            return word.compare(lower, Qt::CaseInsensitive) == 0;
        const auto fold = [](char16_t c) { return (c >= u'A' && c <= u'Z') ? char16_t(c | 0x20) : c; };
        if (fold(u) != fold(l))
            return false;
    }
    return true;
}

QString shiftedValue(QStringView value, Unit unit, int n)
{
    bool ok = false;
    const int year = value.size() >= 4 ? value.left(4).toInt(&ok) : 0;
    if (!ok || year < 1)
        return {};
    const auto yearText = [](int y) { return y < 1 || y > 9999 ? QString() : QString::number(y).rightJustified(4, u'0'); };
    switch (unit) {
    case Year:
        return yearText(year + n);
    case Decade:
        return yearText(year + 10 * n);
    case Century:
        return yearText(year + 100 * n);
    case Month:
    case Quarter: {
        const int month = value.size() >= 7 && value[4] == u'-' ? value.mid(5, 2).toInt(&ok) : 0;
        if (!ok || month < 1 || month > 12)
            return {};
        const QDate d = QDate(year, month, 1).addMonths(unit == Quarter ? 3 * n : n);
        if (yearText(d.year()).isEmpty())
            return {};
        if (unit == Quarter)
            return yearText(d.year()) + u"-Q" + QString::number((d.month() - 1) / 3 + 1);
        return yearText(d.year()) + u'-' + QString::number(d.month()).rightJustified(2, u'0');
    }
    case Day:
    case Week:
    case Fortnight: {
        const QDate d = value.size() >= 10 && value[7] == u'-' && value[8].isDigit()
            ? QDate::fromString(value.left(10), Qt::ISODate)
            : QDate();
        if (!d.isValid())
            return {};
        const QDate moved = d.addDays(qint64(n) * (unit == Fortnight ? 14 : unit == Week ? 7 : 1));
        return moved.isValid() && !yearText(moved.year()).isEmpty() ? moved.toString(Qt::ISODate) : QString();
    }
    default:
        return {};
    }
}

} // namespace Annalist::Temporal
