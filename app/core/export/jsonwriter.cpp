// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Annalist {

namespace {

constexpr char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

char *writeUnicodeEscape(char *dst, char16_t u)
{
    *dst++ = '\\';
    *dst++ = 'u';
    *dst++ = hexDigit((u >> 12) & 0xf);
    *dst++ = hexDigit((u >> 8) & 0xf);
    *dst++ = hexDigit((u >> 4) & 0xf);
    *dst++ = hexDigit(u & 0xf);
    return dst;
}

} // namespace

void JsonWriter::appendEscaped(QByteArray &out, QStringView text)
{
    JsonWriter writer(&out);
    writer.escaped(text);
    writer.finish();
}

void JsonWriter::grow(qsizetype n)
{
    // By half at least, so that a long output is copied a bounded number of
    // times; *out's size is its whole room while the writer writes.
    const qsizetype room = std::max(m_length + n, std::max<qsizetype>(256, m_room + m_room / 2));
    m_out->resize(m_length);
    m_out->reserve(room);
    m_out->resize(m_out->capacity());
    m_data = m_out->data();
    m_room = m_out->size();
}

void JsonWriter::put(const char *bytes, qsizetype n)
{
    std::memcpy(take(n), bytes, size_t(n));
}

void JsonWriter::escaped(QStringView text)
{
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src < end) {
        // A piece at a time, so that the room made ahead (six bytes per unit
        // at worst) stays small whatever the length of the text.
        const char16_t *const src0 = src;
        const char16_t *stop = src + std::min<qsizetype>(end - src, 16384);
        if (stop < end && QChar::isHighSurrogate(stop[-1]))
            ++stop; // keep a pair together
        char *const start = take((stop - src) * 6);
        char *dst = start;
        while (src < stop) {
#ifdef __SSE2__
            // Eight units at a time while they need no escape (printable
            // ASCII but '"' and '\\'), most of an article's text.
            while (stop - src >= 8) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src));
                const __m128i control = _mm_cmplt_epi16(v, _mm_set1_epi16(0x20)); // and all from U+8000, as signed
                const __m128i wide = _mm_subs_epu16(v, _mm_set1_epi16(0x7f)); // non-zero from U+0080
                const __m128i quote = _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16(u'"')),
                                                   _mm_cmpeq_epi16(v, _mm_set1_epi16(u'\\')));
                const __m128i plain = _mm_cmpeq_epi16(_mm_or_si128(wide, _mm_or_si128(control, quote)),
                                                      _mm_setzero_si128());
                if (_mm_movemask_epi8(plain) != 0xffff)
                    break;
                _mm_storel_epi64(reinterpret_cast<__m128i *>(dst), _mm_packus_epi16(v, v));
                dst += 8;
                src += 8;
            }
            if (src == stop)
                break;
#endif
            const char16_t u = *src++;
            if (u < 0x80) {
                if (u >= 0x20 && u != u'"' && u != u'\\') {
                    *dst++ = char(u);
                    continue;
                }
                *dst++ = '\\';
                switch (u) {
                case u'"': *dst++ = '"'; break;
                case u'\\': *dst++ = '\\'; break;
                case u'\b': *dst++ = 'b'; break;
                case u'\f': *dst++ = 'f'; break;
                case u'\n': *dst++ = 'n'; break;
                case u'\r': *dst++ = 'r'; break;
                case u'\t': *dst++ = 't'; break;
                default:
                    dst = writeUnicodeEscape(dst - 1, u);
                    break;
                }
            } else if (u < 0x800) {
                *dst++ = char(0xc0 | (u >> 6));
                *dst++ = char(0x80 | (u & 0x3f));
            } else if (QChar::isSurrogate(u)) {
                if (QChar::isHighSurrogate(u) && src < stop && QChar::isLowSurrogate(*src)) {
                    const char32_t c = QChar::surrogateToUcs4(u, *src++);
                    *dst++ = char(0xf0 | (c >> 18));
                    *dst++ = char(0x80 | ((c >> 12) & 0x3f));
                    *dst++ = char(0x80 | ((c >> 6) & 0x3f));
                    *dst++ = char(0x80 | (c & 0x3f));
                } else {
                    // U+FFFD REPLACEMENT CHARACTER
                    *dst++ = char(0xef);
                    *dst++ = char(0xbf);
                    *dst++ = char(0xbd);
                }
            } else if (u == 0x2028 || u == 0x2029) {
                dst = writeUnicodeEscape(dst, u);
            } else {
                *dst++ = char(0xe0 | (u >> 12));
                *dst++ = char(0x80 | ((u >> 6) & 0x3f));
                *dst++ = char(0x80 | (u & 0x3f));
            }
        }
        m_length -= (stop - src0) * 6 - (dst - start);
    }
}

void JsonWriter::indent(qsizetype level)
{
    char *dst = take(4 * level);
    std::fill(dst, dst + 4 * level, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return; // the top-level value
    Level &level = m_levels.back();
    Q_ASSERT(!level.isObject); // a member's value comes after its key()
    if (level.count++ > 0)
        put(",\n", 2);
    indent(qsizetype(m_levels.size()));
}

void JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().isObject && !m_afterKey);
    Level &level = m_levels.back();
    // ",\n", the indent, '"', the name, "\": " in one step.
    const qsizetype indentWidth = 4 * qsizetype(m_levels.size());
    const qsizetype comma = level.count++ > 0 ? 2 : 0;
    char *dst = take(comma + indentWidth + 1 + name.size() + 3);
    if (comma) {
        *dst++ = ',';
        *dst++ = '\n';
    }
    dst = std::fill_n(dst, indentWidth, ' ');
    *dst++ = '"';
    dst = std::copy_n(name.data(), name.size(), dst); // plain ASCII, by the contract of key()
    std::memcpy(dst, "\": ", 3);
    m_afterKey = true;
}

void JsonWriter::begin(char open)
{
    beforeValue();
    const char text[] = {open, '\n'};
    put(text, 2);
    m_levels.push_back(Level{0, open == '{'});
}

void JsonWriter::end(char close)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().isObject == (close == '}') && !m_afterKey);
    const bool empty = m_levels.back().count == 0;
    m_levels.pop_back();
    if (!empty)
        put('\n');
    indent(qsizetype(m_levels.size()));
    put(close);
    if (m_levels.empty()) {
        put('\n');
        m_wroteTopLevel = true;
        finish();
    }
}

void JsonWriter::beginObject()
{
    begin('{');
}

void JsonWriter::endObject()
{
    end('}');
}

void JsonWriter::beginArray()
{
    begin('[');
}

void JsonWriter::endArray()
{
    end(']');
}

void JsonWriter::string(QStringView text)
{
    beforeValue();
    put('"');
    escaped(text);
    put('"');
    afterValue();
}

void JsonWriter::number(qint64 n)
{
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    put(digits, end - digits);
    afterValue();
}

void JsonWriter::boolean(bool b)
{
    beforeValue();
    if (b)
        put("true", 4);
    else
        put("false", 5);
    afterValue();
}

void JsonWriter::null()
{
    beforeValue();
    put("null", 4);
    afterValue();
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double: {
        // As Qt writes it: whole numbers as integers, others at the
        // shortest length that reads back the same, non-finite as null.
        const qint64 whole = v.toInteger(LLONG_MIN);
        const double d = v.toDouble();
        if (whole != LLONG_MIN || d == double(LLONG_MIN)) {
            number(whole);
        } else if (qIsFinite(d)) {
            beforeValue();
            const QByteArray digits = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            put(digits.constData(), digits.size());
            afterValue();
        } else {
            null();
        }
        break;
    }
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            value(e);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            // Keys made elsewhere may hold anything: escaped like strings.
            Level &level = m_levels.back();
            if (level.count++ > 0)
                put(",\n", 2);
            indent(qsizetype(m_levels.size()));
            put('"');
            escaped(it.key());
            put("\": ", 3);
            m_afterKey = true;
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

} // namespace Annalist
