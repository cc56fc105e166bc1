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
    return (c >= 0x7f && c <= 0x9f) || c == 0x00AD || c == 0x200B || c == 0xFEFF || c == 0x2060;
}

} // namespace

void TextBuilder::add(QStringView piece)
{
    const char16_t *p = piece.utf16();
    const char16_t *end = p + piece.size();
    while (p < end) {
        const char16_t c = *p;
        if (c == u' ' || isBlank(QChar(c))) {
            m_pendingSpace = true;
            ++p;
            continue;
        }
        if (isDropped(c)) {
            ++p;
            continue;
        }
        if (m_pendingSpace && m_text.size() > m_paragraphStart)
            m_text.append(u' ');
        m_pendingSpace = false;
        // Copy the run of ordinary characters at once.
        const char16_t *q = p + 1;
        while (q < end && *q > u' ' && *q < 0x7f)
            ++q;
        m_text.append(QStringView(p, q - p));
        p = q;
    }
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
    return std::exchange(m_text, QString());
}

} // namespace Annalist
