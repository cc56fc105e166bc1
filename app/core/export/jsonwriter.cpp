// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cstring>

namespace Annalist {

namespace {

/// Room for n more bytes, growing by half at least, so that a long output
/// is copied a bounded number of times.
char *makeRoom(QByteArray &out, qsizetype n)
{
    const qsizetype size = out.size();
    if (out.capacity() - size < n)
        out.reserve(std::max(size + n, out.capacity() + out.capacity() / 2));
    out.resize(size + n);
    return out.data() + size;
}

/// Appends bytes through makeRoom(): QByteArray::append() goes through
/// insert() and costs several times more per call, and the writer makes a
/// few calls for every member.
void put(QByteArray &out, const char *bytes, qsizetype n)
{
    std::memcpy(makeRoom(out, n), bytes, size_t(n));
}

void put(QByteArray &out, char c)
{
    *makeRoom(out, 1) = c;
}

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
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src < end) {
        // A piece at a time, so that the room made ahead (six bytes per unit
        // at worst) stays small whatever the length of the text.
        const char16_t *stop = src + std::min<qsizetype>(end - src, 16384);
        if (stop < end && QChar::isHighSurrogate(stop[-1]))
            ++stop; // keep a pair together
        const qsizetype before = out.size();
        char *const start = makeRoom(out, (stop - src) * 6);
        char *dst = start;
        while (src < stop) {
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
        out.resize(before + (dst - start));
    }
}

void JsonWriter::indent(qsizetype level)
{
    char *dst = makeRoom(*m_out, 4 * level);
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
        put(*m_out, ",\n", 2);
    indent(qsizetype(m_levels.size()));
}

void JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().isObject && !m_afterKey);
    Level &level = m_levels.back();
    // ",\n", the indent, '"', the name, "\": " in one step.
    const qsizetype indentWidth = 4 * qsizetype(m_levels.size());
    const qsizetype comma = level.count++ > 0 ? 2 : 0;
    char *dst = makeRoom(*m_out, comma + indentWidth + 1 + name.size() + 3);
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
    put(*m_out, text, 2);
    m_levels.push_back(Level{0, open == '{'});
}

void JsonWriter::end(char close)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().isObject == (close == '}') && !m_afterKey);
    const bool empty = m_levels.back().count == 0;
    m_levels.pop_back();
    if (!empty)
        put(*m_out, '\n');
    indent(qsizetype(m_levels.size()));
    put(*m_out, close);
    if (m_levels.empty()) {
        put(*m_out, '\n');
        m_wroteTopLevel = true;
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
    put(*m_out, '"');
    appendEscaped(*m_out, text);
    put(*m_out, '"');
}

void JsonWriter::number(qint64 n)
{
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    put(*m_out, digits, end - digits);
}

void JsonWriter::boolean(bool b)
{
    beforeValue();
    if (b)
        put(*m_out, "true", 4);
    else
        put(*m_out, "false", 5);
}

void JsonWriter::null()
{
    beforeValue();
    put(*m_out, "null", 4);
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
            m_out->append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
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
                m_out->append(",\n", 2);
            indent(qsizetype(m_levels.size()));
            m_out->append('"');
            appendEscaped(*m_out, it.key());
            m_out->append("\": ", 3);
            m_afterKey = true;
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

} // namespace Annalist
