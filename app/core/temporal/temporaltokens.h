// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/textrange.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>
#include <vector>

namespace Annalist {
struct Word; // the recognizer's word, recognize/tokenizer.h
}

namespace Annalist::Temporal {

/// What a word means to the temporal tagger. Only a small closed vocabulary
/// is known; every other word is Lex::None and costs one hash look-up.
enum class Lex : quint8 {
    None,
    Month, ///< value 1–12
    Weekday, ///< value 1 (Monday) – 7 (Sunday)
    DayRef, ///< today 0, yesterday -1, tomorrow 1, tonight 2
    Unit, ///< value is a Unit
    NumWord, ///< value is the number; -1 for "several", "few", "many"
    Ordinal, ///< first 1, third 3 … twentieth 20 ("second" is a Unit)
    Season, ///< spring 1, summer 2, autumn/fall 3, winter 4
    PartOfDay, ///< morning 1, afternoon 2, evening 3, night 4
    Modifier, ///< value is a Modifier
    Edge, ///< value is an Edge
    PresentRef, ///< currently 0, nowadays 0, now 0, present 1, current 2
    PastRef, ///< recently 0, lately 0, recent 1
    FutureRef, ///< future 0, soon 1
    Every, ///< every 0, each 1: a SET's quantifier
    Frequency, ///< once 1, twice 2, thrice 3: a SET's frequency
    Fiscal, ///< fiscal 0, FY 1
    Holiday, ///< a named day of the calendar, value a Holiday
    /// the first word of a named day whose core word comes after it
    /// ("Memorial Day", "Good Friday", "New Year's Eve"), value a Holiday;
    /// no core word itself: "labor" or "good" alone is no time
    NamedDay,
    ClockWord, ///< noon 12, midday 12, midnight 24: an hour by its name
    DecadeWord, ///< twenties 2 … nineties 9
    SetWord, ///< daily, weekly … value is a Unit
    The,
    Ago,
    Relation, ///< later/after 1, earlier/before -1
    Zone, ///< UTC, GMT 0; EST, PDT, CET … value the offset from UTC in hours plus 100
    Approx, ///< nearly, almost, about, around, approximately, over
    Of,
    And,
    Respectively,
};

/// What a word says about the tense of its clause.
enum class Cue : quint8 {
    None,
    PastFinite, ///< was, were, had, did, ago, since: past whatever precedes
    Past, ///< irregular past forms and participles: said, held, made
    PastEd, ///< a lower-case word ending in -ed
    Future, ///< will, shall, would, upcoming, plans …
    Present, ///< is, are, am
    Modal, ///< may, might, could, should, must: future for a participle after them
    NotPast, ///< -ed words that are no verbs: need, speed, hundred
};

/// Grammatical roles the event labeller asks about, as bits.
enum Role : quint8 {
    FunctionWord = 1, ///< of, on, and, in, the, for, to, de, a, an, at
    Preposition = 2, ///< in, on, at, since, by, during, from, until …
    ClauseStop = 4, ///< which, who, whose, while, because, although, whereas, amid
};

enum Unit : qint16 { NoUnit, Second, Minute, Hour, Day, Week, Weekend, Fortnight, Month, Quarter, Year, Decade, Century };
/// value (a TIMEX3 date of a year, a month or a day) moved by n units, at
/// the unit's granularity (TIDES 2005 and TimeML: "two years ago" is a
/// year, "two months ago" a month, "a week ago" a day): a day for days,
/// weeks and fortnights, a month, a quarter, a year for years, decades and
/// centuries. Empty when value is coarser than the unit needs ("a week after
/// 2019" names no day), is no calendar date or would leave the years 1 to
/// 9999, and for the units of the time of day and weekends.
QString shiftedValue(QStringView value, Unit unit, int n);
enum Modifier : qint16 { Last = 1, Next, This, Past, Previous, Coming, Following, Same, Current };
enum Edge : qint16 { Early = 1, Mid, Late, End, Beginning, Start, Middle };
/// Named days of the calendar; those after Halloween are found by their
/// first word (Lex::NamedDay) or as a variant of another ("Easter Monday").
enum Holiday : qint16 {
    Christmas = 1,
    Easter,
    Thanksgiving,
    Halloween,
    ChristmasEve,
    EasterMonday,
    GoodFriday,
    NewYear,
    NewYearsEve,
    Valentine,
    MemorialDay,
    LaborDay,
    MothersDay,
    FathersDay,
    BoxingDay,
    VeteransDay, ///< also Remembrance Day and Armistice Day, 11 November
    StPatrick,
};

enum class TokenKind : quint8 { Word, Number, Punct };

/// One token of an article's text: a run of letters, a run of digits, or a
/// single other non-space character. Ranges are UTF-16 indices.
struct Token {
    // 32-bit offsets keep a token at 20 bytes; articles are far below 2^31 characters.
    qint32 start = 0;
    qint32 end = 0;
    qint32 number = -1; ///< value of a Number token of at most nine digits
    qint16 value = 0; ///< meaning within lex
    TokenKind kind = TokenKind::Punct;
    Lex lex = Lex::None;
    Cue cue = Cue::None;
    quint8 role = 0; ///< Role bits
    bool verb = false; ///< a finite verb or auxiliary: was, has, will, said, signed …
    bool upper = false; ///< first character is upper case
    bool sentenceStart = false; ///< first token of a sentence; set by the tagger

    qsizetype length() const { return end - start; }
};

/// A list of tokens being made. A standard vector: appending to it checks
/// only its room (a QList checks for sharing too), at every token.
using TokenVector = std::vector<Token>;

/// Splits text into tokens and looks each word up in the temporal vocabulary.
/// One pass over the characters; thread-safe.
TokenVector tokenize(QStringView text);

/// The same, appending to tokens, with base added to every offset (for
/// tokenizing a part of a text with offsets into the whole).
void tokenize(QStringView text, qsizetype base, TokenVector &tokens);

/// Appends what tokenize(text.mid(range.start, range.length()), range.start,
/// tokens) appends, made from words, the recognizer's tokens of the whole
/// text (Annalist::tokenize(text)): a word of plain ASCII letters becomes a
/// token without its characters being read again; only the gaps between
/// words, and words with digits, marks or joining punctuation, are scanned.
/// The analysis tokenizes each article once this way instead of twice.
void tokenizeAlong(QStringView text, TextRange range, std::span<const Word> words, TokenVector &tokens);

/// The tokens the tagger made of the stretches of an article it read (runs
/// of whole sentences that hold a core word), kept for the event extractor,
/// which labels clauses of those same sentences and need not tokenize them
/// again.
struct TokenRuns {
    TokenVector tokens; ///< in text order, offsets into the article
    QList<TextRange> ranges; ///< the stretches read, in text order
    QList<qsizetype> firsts; ///< per range: the index in tokens of its first token

    void clear();
    /// The tokens of text[from, to), offsets into the text: what
    /// tokenize(text.mid(from, to - from), from, …) gives, but for the
    /// tagger's sentenceStart marks. None when [from, to) is not inside one
    /// stretch or cuts a token (a token's kind and meaning depend only on its
    /// own characters, so the tokens between two token edges are the
    /// slice's tokens).
    std::optional<std::span<const Token>> find(qsizetype from, qsizetype to) const;
};

/// The first of the words [first, last), the recognizer's tokens of text
/// (Annalist::tokenize()), that holds what every temporal expression holds
/// at least one of, or last if none does: a number, or a core word: a
/// month, a weekday, a day ("today"), a unit of time, a season, a part of
/// the day, a reference to the present, past or future ("now", "recently",
/// "future", "soon"), a recurrence ("weekly"), a named day ("Christmas"), a
/// time by name ("noon"), a decade in words ("nineties"), "half" ("the
/// second half") or "past" ("in the past"). Every pattern of the tagger
/// needs one; the other words it knows ("the", "last", "early", "five",
/// "first", "every", "twice", "fiscal") only ever come with one. The tagger reads the sentences
/// that hold one and no others.
const Word *findCoreWord(QStringView text, const Word *first, const Word *last);

/// Case-insensitive comparison of a word with a lower-case ASCII literal.
bool wordIs(QStringView word, QLatin1StringView lower);

} // namespace Annalist::Temporal
