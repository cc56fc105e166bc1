// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/textrange.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Annalist {

/// Assembles an article's text from pieces, paragraph by paragraph, so that
/// every format yields the same shape: paragraphs separated by exactly one
/// '\n', no empty paragraphs, no leading or trailing white space in a
/// paragraph, and every run of white space inside a paragraph (spaces, tabs,
/// no-break spaces, line breaks of the source) collapsed to one ' '.
/// Control characters, zero-width spaces, soft hyphens, stray byte order
/// marks and the noncharacters of the Basic Multilingual Plane (U+FDD0–U+FDEF,
/// U+FFFE, U+FFFF: Unicode keeps them for programs' own use, Qt's text
/// documents mark frames with them, XML forbids the last two) are dropped;
/// other characters are kept as they are.
class TextBuilder
{
public:
    /// Appends inline text to the current paragraph.
    void add(QStringView piece);
    /// Makes room for about this many more characters.
    void reserve(qsizetype extra) { m_text.reserve(m_text.size() + extra); }
    /// Ends the current paragraph (no effect when it is empty).
    void breakParagraph();
    /// Whether the current paragraph holds any text yet.
    bool paragraphIsEmpty() const { return m_text.size() == m_paragraphStart; }
    /// The text so far, ending the current paragraph.
    QString take();

private:
    QString m_text;
    qsizetype m_paragraphStart = 0;
    bool m_pendingSpace = false;
};

/// Whether c counts as white space between words (QChar::isSpace, which
/// includes the no-break space and the Unicode space separators).
inline bool isBlank(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u > 0x7f ? c.isSpace() : (u >= 9 && u <= 13));
}

} // namespace Annalist
