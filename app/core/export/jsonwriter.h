// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringView>

#include <vector>

namespace Annalist {

/// Writes JSON text as it goes, into a byte buffer, without building a
/// QJsonDocument first: an export of a long article holds its output once,
/// not a tree of values as well.
///
/// The layout is that of QJsonDocument::toJson(QJsonDocument::Indented)
/// (four spaces per level, `"key": value`, empty containers as "[\n]", a
/// newline after the top-level value), so that exports made either way are
/// the same bytes. QJsonObject writes its keys sorted; callers of key() give
/// them in that order themselves (byte order of the ASCII keys).
///
/// Strings are written as UTF-8 with `"` `\` and the control characters
/// escaped (\b \f \n \r \t, else \u00XX), as Qt does, and two further rules:
/// U+2028 and U+2029 are escaped (\u2028, \u2029) so that the output is also
/// a valid JavaScript literal (TimelineJS and others may embed it in a
/// script), and an unpaired surrogate becomes U+FFFD, as the I-JSON profile
/// (RFC 7493) asks; it is still one code point, so code-point offsets into
/// the same text stay right.
///
/// The bytes go through the writer's own cursor into *out: while a value is
/// being written, *out may hold room beyond what is written yet; once the
/// top-level value is complete (or when finish() is called) *out holds
/// exactly the text, and may be read.
class JsonWriter
{
public:
    /// Appends to *out, which must outlive the writer.
    explicit JsonWriter(QByteArray *out)
        : m_out(out),
          m_length(out->size()),
          m_room(m_length)
    {
    }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /// The name of the next member of the object being written: printable
    /// ASCII without `"` or `\`, written as it is (the keys of the formats
    /// are literals).
    void key(QLatin1StringView name);

    void string(QStringView text);
    void number(qint64 n);
    void boolean(bool b);
    void null();
    /// A whole value as QJsonDocument would write it: for small pieces made
    /// elsewhere as QJsonObject (a Web Annotation target, a date object).
    void value(const QJsonValue &v);

    /// Shorthands for a member.
    void member(QLatin1StringView name, QStringView text)
    {
        key(name);
        string(text);
    }
    void member(QLatin1StringView name, qint64 n)
    {
        key(name);
        number(n);
    }

    /// Whether every container begun has been ended.
    bool isComplete() const { return m_levels.empty() && m_wroteTopLevel; }
    /// Cuts *out to what is written, for a caller that reads it before the
    /// top-level value is complete (done by itself when it is).
    void finish()
    {
        m_out->resize(m_length);
        m_room = m_length;
    }

    /// Appends text to out as the inside of a JSON string (no quotes), by
    /// the rules above.
    static void appendEscaped(QByteArray &out, QStringView text);

private:
    /// Room for n more bytes at the cursor, which moves past them.
    char *take(qsizetype n)
    {
        if (m_room - m_length < n) [[unlikely]]
            grow(n);
        char *at = m_data + m_length;
        m_length += n;
        return at;
    }
    void grow(qsizetype n);
    void put(const char *bytes, qsizetype n);
    void put(char c) { *take(1) = c; }
    void escaped(QStringView text);
    void afterValue()
    {
        if (m_levels.empty())
            finish();
    }
    void beforeValue();
    void begin(char open);
    void end(char close);
    void indent(qsizetype level);

    struct Level {
        qsizetype count = 0;
        bool isObject = false;
    };
    QByteArray *m_out;
    char *m_data = nullptr; ///< *out's bytes, once grow() has made them the writer's
    qsizetype m_length; ///< bytes of *out written
    qsizetype m_room; ///< bytes of *out that may be written (its size while writing)
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_wroteTopLevel = false;
};

} // namespace Annalist
