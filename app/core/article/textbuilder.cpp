// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/textbuilder.h"

#include <utility>

namespace Annalist {

namespace {

bool isDropped(char16_t c)
{
    if (c < 0x20)
        return true; // white space is handled before this is asked
    if (c < 0x7f)
        return false;
    return (c >= 0x7f && c <= 0x9f) || c == 0x00AD || c == 0x200B || c == 0xFEFF || c == 0x2060
        || (c >= 0xFDD0 && c <= 0xFDEF) || c >= 0xFFFE;
}

} // namespace

void TextBuilder::add(QStringView piece)
{
    if (piece.isEmpty())
        return;
    // Write straight into the string's buffer: at most one pending space and
    // the piece itself can be added. resize() grows geometrically and keeps
    // the capacity when it shrinks at the end.
    const qsizetype old = m_text.size();
    m_text.resize(old + piece.size() + 1);
    char16_t *out = reinterpret_cast<char16_t *>(m_text.data());
    qsizetype w = old;
    bool pending = m_pendingSpace;
    const char16_t *p = piece.utf16();
    const char16_t *end = p + piece.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c > u' ' && c < 0x7f) {
            if (pending) {
                if (w > m_paragraphStart)
                    out[w++] = u' ';
                pending = false;
            }
            out[w++] = c;
            continue;
        }
        if (c == u' ' || isBlank(QChar(c))) {
            pending = true;
            continue;
        }
        if (isDropped(c))
            continue;
        if (pending) {
            if (w > m_paragraphStart)
                out[w++] = u' ';
            pending = false;
        }
        out[w++] = c;
    }
    m_pendingSpace = pending;
    m_text.resize(w);
}

void TextBuilder::breakParagraph()
{
    m_pendingSpace = false;
    if (m_text.size() == m_paragraphStart)
        return;
    m_text.append(u'\n');
    m_paragraphStart = m_text.size();
}

QString TextBuilder::take()
{
    if (m_text.size() > m_paragraphStart)
        breakParagraph();
    if (m_text.endsWith(u'\n'))
        m_text.chop(1);
    m_paragraphStart = 0;
    m_pendingSpace = false;
    // The buffer grew geometrically; a long article would keep up to half
    // as much again unused for as long as it is open.
    if (m_text.capacity() - m_text.size() > m_text.size() / 8 + 64)
        m_text.squeeze();
    return std::exchange(m_text, QString());
}

} // namespace Annalist
