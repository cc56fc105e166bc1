// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recognize/tokenizer.h"

#include <algorithm>
#include <array>

namespace Annalist {

namespace {

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

// What an ASCII character is to a word, looked up in one load. NotWord is
// zero; the gap between words tells spaces and line breaks from the rest.
enum AsciiClass : quint8 { NotWord = 0, Lower = 1, Upper = 2, Digit = 4, Space = 8, LineBreak = 16 };

constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> t{};
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = Lower;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] = Upper;
    for (int c = '0'; c <= '9'; ++c)
        t[c] = Digit;
    for (char c : {' ', '\t', '\v', '\f'})
        t[c] = Space;
    for (char c : {'\n', '\r'})
        t[c] = LineBreak;
    return t;
}();

constexpr quint8 WordClasses = Lower | Upper | Digit;

// What the tokenizer notes about a word while it scans, above the shape bits.
enum ScanBits : quint32 {
    UpperOne = 0x10000, ///< an upper-case letter
    UpperTwo = 0x20000, ///< a second one
    AnyLower = 0x40000, ///< a lower-case letter
    LowerSeen = 0x80000, ///< a lower-case letter since the last hyphen: a capital now is an inner one
    NotPlain = 0x100000, ///< anything but ASCII letters
};
static_assert(sizeof(Word::shape) == 2, "the scan bits sit above the shape's 16");

// The bits an upper-case letter adds: one more capital, and an inner capital
// after a lower-case letter ("WhatsApp").
inline quint32 upperSeen(quint32 bits)
{
    return ((bits & UpperOne) ? quint32(UpperTwo) : quint32(UpperOne)) | ((bits & LowerSeen) ? quint32(Word::InnerCaps) : 0u);
}

inline bool isApostrophe(char16_t u)
{
    return u == u'\'' || u == 0x2019;
}

inline bool isHyphen(char16_t u)
{
    return u == u'-' || u == 0x2010 || u == 0x2011;
}

} // namespace

quint64 foldedHash(QStringView text)
{
    quint64 h = FnvOffset;
    for (QChar c : text) {
        h ^= foldChar(c.unicode());
        h *= FnvPrime;
    }
    return h;
}

QList<Word> tokenize(QStringView text)
{
    // Filled by index rather than append(), which costs more per token than
    // the scanning itself. Room for a guess of the count (a quarter or so
    // over it) is reserved and made into words a step at a time: a long
    // article's list is a block of its own, whose pages take memory only
    // once written, so the guess costs nothing where it is over. (A list
    // made at the guessed size and then cut to the count held both copies
    // at once: the largest moment of a long article's whole analysis.)
    constexpr qsizetype Step = 16 * 1024;
    QList<Word> tokens;
    tokens.reserve(text.size() / 5 + 16);
    tokens.resize(std::min(tokens.capacity(), Step));
    qsizetype capacity = tokens.size();
    Word *out = tokens.data();
    qsizetype count = 0;
    const qsizetype n = text.size();
    const QChar *s = text.data();
    qsizetype i = 0;
    char16_t gapPunct = 0;
    bool newline = true;
    bool space = false;
    // Nearly every text ends in something other than a lower-case letter
    // (a stop, a line break): then no run of them reaches the end, and the
    // loop over one need not check for it.
    const bool lowerRunsStop = n > 0 && char16_t(s[n - 1].unicode() - u'a') >= 26;
    while (i < n) {
        const QChar c = s[i];
        quint8 firstClass = 0; // the word's first character's, when ASCII
        if (const char16_t u = c.unicode(); u < 0x80) {
            // The gap between two words is nearly always ASCII.
            const quint8 k = asciiClasses[u];
            firstClass = k;
            if (!(k & WordClasses)) {
                if (k == Space) {
                    space = true;
                } else if (k == LineBreak) {
                    newline = true;
                    space = true;
                    gapPunct = 0;
                } else {
                    gapPunct = u;
                }
                ++i;
                continue;
            }
        } else if (!isWordChar(c)) {
            if (u == 0x2029) {
                newline = true;
                space = true;
                gapPunct = 0;
            } else if (c.isSpace()) {
                space = true;
            } else {
                gapPunct = u;
            }
            ++i;
            continue;
        }

        if (count == capacity) {
            // Past the room reserved (dense prose) the list's block grows
            // by doubling.
            tokens.resize(capacity + Step);
            capacity = tokens.size();
            out = tokens.data();
        }
        // Written in place: every field is set below.
        Word &t = out[count];
        t.start = qint32(i);
        t.gapPunct = gapPunct;
        t.newlineBefore = newline;
        t.spaceBefore = space;
        quint64 h = FnvOffset;
        // The word's shape, and above it what is noted on the way; one
        // register for all of it keeps the scan's state out of memory.
        quint32 bits = 0;
        qsizetype j = i;
        qsizetype runStart = i;
        bool possessive = false;
        for (;;) {
            // One run of word characters.
            while (j < n) {
                const char16_t u = s[j].unicode();
                // ASCII first: most news text is, and QChar's tables cost more.
                if (u < 0x80) {
                    const quint8 k = asciiClasses[u];
                    if (!(k & WordClasses))
                        break;
                    // A run of lower-case letters, most of any text, in a
                    // loop of its own that keeps everything in registers.
                    if (k == Lower) {
                        const char16_t *p = text.utf16() + j;
                        const char16_t *const from = p;
                        char16_t c = u;
                        if (lowerRunsStop) {
                            do {
                                h = (h ^ c) * FnvPrime;
                                c = *++p;
                            } while (char16_t(c - u'a') < 26);
                        } else {
                            const char16_t *const end = text.utf16() + n;
                            do {
                                h = (h ^ c) * FnvPrime;
                                ++p;
                            } while (p < end && char16_t((c = *p) - u'a') < 26);
                        }
                        j += p - from;
                        bits |= LowerSeen | AnyLower;
                        continue;
                    }
                    if (k == Upper) {
                        bits |= upperSeen(bits);
                        h = (h ^ (u | 0x20)) * FnvPrime;
                    } else {
                        bits |= quint32(Word::HasDigit) | NotPlain;
                        h = (h ^ u) * FnvPrime;
                    }
                    ++j;
                    continue;
                }
                const QChar w = s[j];
                if (!isWordChar(w))
                    break;
                bits |= NotPlain;
                if (w.isLetter()) {
                    if (w.isUpper())
                        bits |= upperSeen(bits);
                    else if (w.isLower())
                        bits |= LowerSeen | AnyLower;
                } else if (w.isDigit()) {
                    bits |= Word::HasDigit;
                }
                h ^= foldChar(w.unicode());
                h *= FnvPrime;
                ++j;
            }
            if (j + 1 >= n)
                break;
            const char16_t p = s[j].unicode();
            const QChar next = s[j + 1];
            if (isHyphen(p) && isWordChar(next)) {
                bits |= Word::Hyphenated;
                bits &= ~quint32(LowerSeen); // "Nur-Sultan" has no inner capital in the WhatsApp sense
            } else if (isApostrophe(p) && next.isLetter()) {
                // A possessive or a contraction 's ends the word: "Kazakhstan's".
                possessive = (next == u's' || next == u'S') && (j + 2 >= n || !isWordChar(s[j + 2]));
                if (possessive)
                    break;
            } else if (p == u'.' && j - runStart == 1 && s[runStart].isLetter() && next.isLetter() && j + 2 < n
                       && s[j + 2] == u'.') {
                // Dotted abbreviation: U.S., L.A., U.S.A.
                bits |= Word::Abbreviation;
            } else {
                break;
            }
            h ^= foldChar(p);
            h *= FnvPrime;
            ++j;
            runStart = j;
            bits |= NotPlain;
        }
        // The word's case is its first character's (an ASCII one's class was
        // looked up above).
        if (firstClass == Upper) {
            bits |= Word::Capitalized;
        } else if (firstClass == Lower) {
            bits |= Word::Lowercase;
        } else if (firstClass == 0) {
            const QChar first = s[i];
            if (first.isUpper())
                bits |= Word::Capitalized;
            else if (first.isLower())
                bits |= Word::Lowercase;
        }
        // Keep the final stop of an abbreviation or of an initial ("M.").
        if (j < n && s[j] == u'.') {
            const qsizetype len = j - i;
            if ((bits & Word::Abbreviation) || (len == 1 && (bits & Word::Capitalized))) {
                if (!(bits & Word::Abbreviation))
                    bits |= Word::Initial;
                h ^= u'.';
                h *= FnvPrime;
                ++j;
                bits |= NotPlain;
            }
        }
        t.end = qint32(j);
        t.hash = h;
        if (!(bits & AnyLower) && (bits & UpperTwo))
            bits |= Word::AllCaps;
        if (!(bits & NotPlain))
            bits |= Word::AsciiLetters;
        t.shape = quint16(bits);
        ++count;
        i = j;
        gapPunct = 0;
        if (possessive) {
            // The possessive is punctuation for what follows: it ends a name.
            gapPunct = u'\'';
            i = j + 2;
        }
        newline = false;
        space = false;
    }
    tokens.resize(count);
    return tokens;
}

} // namespace Annalist
