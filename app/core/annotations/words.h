// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QChar>
#include <QStringView>

namespace Annalist::Words {

/// Letters, digits and combining marks make words; everything else separates
/// them. Works on code points, so names in scripts outside the Basic
/// Multilingual Plane are words too.
inline bool isWordCodePoint(char32_t ucs4)
{
    return QChar::isLetterOrNumber(ucs4) || QChar::isMark(ucs4);
}

/// Whether the code point that ends just before pos is a word character.
inline bool wordCharBefore(QStringView text, qsizetype pos)
{
    if (pos <= 0 || pos > text.size())
        return false;
    if (pos >= 2 && text[pos - 1].isLowSurrogate() && text[pos - 2].isHighSurrogate())
        return isWordCodePoint(QChar::surrogateToUcs4(text[pos - 2], text[pos - 1]));
    return isWordCodePoint(text[pos - 1].unicode());
}

/// Whether the code point that starts at pos is a word character.
inline bool wordCharAt(QStringView text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size())
        return false;
    if (pos + 1 < text.size() && text[pos].isHighSurrogate() && text[pos + 1].isLowSurrogate())
        return isWordCodePoint(QChar::surrogateToUcs4(text[pos], text[pos + 1]));
    return isWordCodePoint(text[pos].unicode());
}

/// Whether [start, end) is a whole word sequence: no word character runs on
/// across either end.
inline bool isWholeWord(QStringView text, qsizetype start, qsizetype end)
{
    return !(wordCharBefore(text, start) && wordCharAt(text, start))
        && !(wordCharBefore(text, end) && wordCharAt(text, end));
}

/// The UTF-16 length of the code point starting at pos (1 or 2).
inline qsizetype codePointLengthAt(QStringView text, qsizetype pos)
{
    return pos + 1 < text.size() && text[pos].isHighSurrogate() && text[pos + 1].isLowSurrogate() ? 2 : 1;
}

/// The UTF-16 length of the code point ending at pos (1 or 2).
inline qsizetype codePointLengthBefore(QStringView text, qsizetype pos)
{
    return pos >= 2 && text[pos - 1].isLowSurrogate() && text[pos - 2].isHighSurrogate() ? 2 : 1;
}

} // namespace Annalist::Words
