// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QStringView>

namespace Annalist {

/// One word of an article's text, as the recognizer sees it. Punctuation is
/// not a token: it is summarised in the gap before the next word.
struct Word {
    /// What the word looks like; several bits may be set.
    enum Shape : quint16 {
        Capitalized = 0x01, ///< first character is an upper-case letter ("Baku", "BAKU", "WhatsApp")
        AllCaps = 0x02, ///< at least two letters, none lower-case ("CICA", "U.S.")
        Lowercase = 0x04, ///< first character is a lower-case letter ("said", "then-President")
        HasDigit = 0x08,
        InnerCaps = 0x10, ///< an upper-case letter after a lower-case one ("WhatsApp", "McDonnell")
        Initial = 0x20, ///< one upper-case letter and a full stop ("M.")
        Abbreviation = 0x40, ///< letters and full stops ("U.S.", "L.A.")
        Hyphenated = 0x80,
        /// Nothing but ASCII letters: no digit, mark, other letter or joining
        /// punctuation. Such a word is one token to the temporal tagger too,
        /// which then need not read it again.
        AsciiLetters = 0x100,
    };

    quint64 hash = 0; ///< of the case-folded word, as WordTable::hashOf() computes it
    /// UTF-16 offsets into the text. 32 bits keep a token at 24 bytes (a 10 MB
    /// article has two million of them); articles are far below 2^31 characters.
    qint32 start = 0;
    qint32 end = 0;
    quint16 shape = 0;
    /// The last punctuation character between the previous word and this
    /// one (0 when only spaces, or at the start). An opening bracket or quote
    /// right before the word shows here.
    char16_t gapPunct = 0;
    bool newlineBefore = false; ///< the gap before holds a line break (or this is the first word)
    bool spaceBefore = false; ///< the gap before holds white space

    constexpr qsizetype length() const { return qsizetype(end) - start; }
    constexpr bool is(Shape s) const { return (shape & s) != 0; }
};

/// Splits text into words in one pass, allocating only the result. A word is
/// a run of letters, digits and combining marks; it keeps an inner hyphen or
/// apostrophe followed by a letter ("Nur-Sultan", "d'Ettorre") but not a
/// possessive "'s", and keeps the full stops of initials and dotted
/// abbreviations ("M.", "U.S.").
QList<Word> tokenize(QStringView text);

/// The 64-bit FNV-1a hash of a string's case-folded UTF-16 code units. The
/// tokenizer computes the same value while it scans.
quint64 foldedHash(QStringView text);

/// The case folding the tokenizer hashes with: cheap for ASCII, QChar's
/// simple case folding otherwise.
inline char16_t foldChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    if (c == 0x2019) // a typographic apostrophe folds to the ASCII one
        return u'\'';
    return QChar(c).toCaseFolded().unicode();
}

inline constexpr quint64 FnvOffset = 14695981039346656037ULL;
inline constexpr quint64 FnvPrime = 1099511628211ULL;

} // namespace Annalist
