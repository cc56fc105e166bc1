// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <initializer_list>

namespace Annalist {

namespace {

struct Magic {
    qsizetype offset;
    const char *bytes;
    qsizetype length;
    const char *kind; // translated at use
};

// Signatures that only binary formats begin with. Weak two-byte signatures
// (BMP's "BM", DOS's "MZ") are left to the NUL-byte test, which catches them
// anyway, so that a text starting with "BMW" or "MZ" stays readable.
constexpr Magic magics[] = {
    {0, "\x89PNG\r\n\x1a\n", 8, QT_TRANSLATE_NOOP("loader", "a PNG image")},
    {0, "\xff\xd8\xff", 3, QT_TRANSLATE_NOOP("loader", "a JPEG image")},
    {0, "GIF87a", 6, QT_TRANSLATE_NOOP("loader", "a GIF image")},
    {0, "GIF89a", 6, QT_TRANSLATE_NOOP("loader", "a GIF image")},
    {0, "II*\0", 4, QT_TRANSLATE_NOOP("loader", "a TIFF image")},
    {0, "MM\0*", 4, QT_TRANSLATE_NOOP("loader", "a TIFF image")},
    {0, "\0\0\1\0", 4, QT_TRANSLATE_NOOP("loader", "an icon")},
    {0, "%PDF-", 5, QT_TRANSLATE_NOOP("loader", "a PDF document")},
    {0, "%!PS", 4, QT_TRANSLATE_NOOP("loader", "a PostScript document")},
    {0, "PK\3\4", 4, QT_TRANSLATE_NOOP("loader", "a ZIP archive")},
    {0, "PK\5\6", 4, QT_TRANSLATE_NOOP("loader", "a ZIP archive")},
    {0, "PK\7\x08", 4, QT_TRANSLATE_NOOP("loader", "a ZIP archive")},
    {0, "\x1f\x8b", 2, QT_TRANSLATE_NOOP("loader", "a gzip archive")},
    {0, "BZh", 3, QT_TRANSLATE_NOOP("loader", "a bzip2 archive")},
    {0, "\xfd" "7zXZ\0", 6, QT_TRANSLATE_NOOP("loader", "an xz archive")},
    {0, "\x28\xb5\x2f\xfd", 4, QT_TRANSLATE_NOOP("loader", "a Zstandard archive")},
    {0, "7z\xbc\xaf\x27\x1c", 6, QT_TRANSLATE_NOOP("loader", "a 7-Zip archive")},
    {0, "Rar!\x1a\x07", 6, QT_TRANSLATE_NOOP("loader", "a RAR archive")},
    {257, "ustar", 5, QT_TRANSLATE_NOOP("loader", "a tar archive")},
    {0, "\x7f" "ELF", 4, QT_TRANSLATE_NOOP("loader", "an ELF executable")},
    {0, "\xca\xfe\xba\xbe", 4, QT_TRANSLATE_NOOP("loader", "a compiled program")},
    {0, "\xcf\xfa\xed\xfe", 4, QT_TRANSLATE_NOOP("loader", "a compiled program")},
    {0, "\0asm", 4, QT_TRANSLATE_NOOP("loader", "a WebAssembly module")},
    {0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, QT_TRANSLATE_NOOP("loader", "an old Microsoft Office document")},
    {0, "{\\rtf", 5, QT_TRANSLATE_NOOP("loader", "an RTF document")},
    {0, "SQLite format 3\0", 16, QT_TRANSLATE_NOOP("loader", "an SQLite database")},
    {0, "OggS", 4, QT_TRANSLATE_NOOP("loader", "an Ogg audio or video file")},
    {0, "ID3", 3, QT_TRANSLATE_NOOP("loader", "an MP3 audio file")},
    {0, "fLaC", 4, QT_TRANSLATE_NOOP("loader", "a FLAC audio file")},
    {4, "ftyp", 4, QT_TRANSLATE_NOOP("loader", "an MP4 video or audio file")},
    {0, "\x1a\x45\xdf\xa3", 4, QT_TRANSLATE_NOOP("loader", "a Matroska or WebM video")},
    {0, "wOFF", 4, QT_TRANSLATE_NOOP("loader", "a web font")},
    {0, "wOF2", 4, QT_TRANSLATE_NOOP("loader", "a web font")},
};

bool startsWithAt(const QByteArray &bytes, qsizetype offset, const char *magic, qsizetype length)
{
    return bytes.size() >= offset + length
        && std::memcmp(bytes.constData() + offset, magic, size_t(length)) == 0;
}

bool hasUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff");
}

bool hasUtf32LeBom(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayView("\xff\xfe\0\0", 4));
}

bool hasUtf32BeBom(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayView("\0\0\xfe\xff", 4));
}

bool hasUtf32Bom(const QByteArray &bytes)
{
    return hasUtf32LeBom(bytes) || hasUtf32BeBom(bytes);
}

bool hasBom(const QByteArray &bytes)
{
    return hasUtf16Bom(bytes) || hasUtf32Bom(bytes) || bytes.startsWith("\xef\xbb\xbf");
}

// Length of the valid UTF-8 sequence at p (1–4), or 0 when the bytes there
// are not one (overlong forms, surrogates and values past U+10FFFF included).
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && p[1] >= 0xA0)
            return 0; // a surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0;
        if (c == 0xF4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

char32_t decodeUtf8Sequence(const unsigned char *p, int len)
{
    switch (len) {
    case 2:
        return char32_t(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    case 3:
        return char32_t(p[0] & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    case 4:
        return char32_t(p[0] & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6
            | (p[3] & 0x3F);
    default:
        return p[0];
    }
}

DecodedText decodeUtf16(const QByteArray &bytes, bool littleEndian)
{
    DecodedText result;
    result.encoding = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    const qsizetype n = bytes.size() - 2;
    if (n % 2 != 0) {
        result.ok = false;
        result.note = QCoreApplication::translate("loader",
                                                  "it is marked as UTF-16 but ends in half a character, "
                                                  "so it is damaged or not UTF-16 at all");
        return result;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData()) + 2;
    result.text.resize(n / 2);
    char16_t *out = reinterpret_cast<char16_t *>(result.text.data());
    for (qsizetype i = 0; i < n / 2; ++i) {
        const unsigned char a = p[2 * i], b = p[2 * i + 1];
        out[i] = littleEndian ? char16_t(a | b << 8) : char16_t(b | a << 8);
    }
    // Unpaired surrogates mean the bytes are not UTF-16 after all.
    for (qsizetype i = 0; i < n / 2; ++i) {
        const char16_t c = out[i];
        if (QChar::isHighSurrogate(c) && i + 1 < n / 2 && QChar::isLowSurrogate(out[i + 1])) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c)) {
            result.ok = false;
            result.note = QCoreApplication::translate("loader",
                                                      "it is marked as UTF-16 but has an invalid "
                                                      "character at byte %1")
                              .arg(2 + 2 * i);
            result.text.clear();
            return result;
        }
    }
    return result;
}

DecodedText decodeUtf32(const QByteArray &bytes, bool littleEndian)
{
    DecodedText result;
    result.encoding = littleEndian ? QStringLiteral("UTF-32LE") : QStringLiteral("UTF-32BE");
    const qsizetype n = bytes.size() - 4;
    if (n % 4 != 0) {
        result.ok = false;
        result.note = QCoreApplication::translate("loader",
                                                  "it is marked as UTF-32 but ends in part of a character, "
                                                  "so it is damaged or not UTF-32 at all");
        return result;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData()) + 4;
    // Every character takes at most two UTF-16 units.
    result.text.resize(n / 4 * 2);
    char16_t *out = reinterpret_cast<char16_t *>(result.text.data());
    qsizetype w = 0;
    for (qsizetype i = 0; i < n; i += 4) {
        const unsigned char *c = p + i;
        const char32_t cp = littleEndian
            ? char32_t(c[0]) | char32_t(c[1]) << 8 | char32_t(c[2]) << 16 | char32_t(c[3]) << 24
            : char32_t(c[3]) | char32_t(c[2]) << 8 | char32_t(c[1]) << 16 | char32_t(c[0]) << 24;
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            result.ok = false;
            result.note = QCoreApplication::translate("loader",
                                                      "it is marked as UTF-32 but has an invalid "
                                                      "character at byte %1")
                              .arg(4 + i);
            result.text.clear();
            return result;
        }
        if (cp < 0x10000) {
            out[w++] = char16_t(cp);
        } else {
            out[w++] = QChar::highSurrogate(cp);
            out[w++] = QChar::lowSurrogate(cp);
        }
    }
    result.text.resize(w);
    return result;
}

// Every byte as windows-1252, one character each.
QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        out[i] = windows1252ToUnicode(static_cast<unsigned char>(bytes[i]));
    return text;
}

bool isOneOf(QByteArrayView label, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (label == name)
            return true;
    }
    return false;
}

} // namespace

char16_t windows1252ToUnicode(unsigned char byte)
{
    static constexpr char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    if (byte >= 0x80 && byte <= 0x9F)
        return high[byte - 0x80];
    return byte;
}

QString binaryKind(const QByteArray &bytes)
{
    for (const Magic &m : magics) {
        if (startsWithAt(bytes, m.offset, m.bytes, m.length))
            return QCoreApplication::translate("loader", m.kind);
    }
    if (bytes.startsWith(QByteArrayLiteral("RIFF")) && bytes.size() >= 12) {
        const QByteArray sub = bytes.mid(8, 4);
        if (sub == "WEBP")
            return QCoreApplication::translate("loader", "a WebP image");
        if (sub == "WAVE")
            return QCoreApplication::translate("loader", "a WAV audio file");
        return QCoreApplication::translate("loader", "a RIFF media file");
    }
    if (hasUtf16Bom(bytes) || hasUtf32Bom(bytes))
        return {};
    // The share of bytes that text does not use, over the whole file: a few
    // stray ones in a long text are damage to read past, not a sign of binary.
    // Control bytes are counted first in a loop the compiler vectorises; only
    // when they are over the share (text with a line break every few bytes)
    // are those text uses (tab, line ends, form feed, escape) told apart.
    const auto *const data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype controls = 0;
    qsizetype k = 0;
    for (; k + 64 <= size; k += 64) { // a fixed length, which -O2 vectorises too
        unsigned block = 0;
        for (int j = 0; j < 64; ++j)
            block += data[k + j] < 0x20 ? 1u : 0u;
        controls += block;
    }
    for (; k < size; ++k)
        controls += data[k] < 0x20 ? 1 : 0;
    if (controls * 100 <= size)
        return {};
    qsizetype foreign = 0;
    for (k = 0; k < size; ++k) {
        const unsigned char c = data[k];
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b)
            ++foreign;
    }
    if (foreign * 100 > bytes.size())
        return QCoreApplication::translate("loader", "binary data");
    return {};
}

DecodedText decodeText(const QByteArray &bytes)
{
    if (hasUtf32LeBom(bytes))
        return decodeUtf32(bytes, true);
    if (hasUtf32BeBom(bytes))
        return decodeUtf32(bytes, false);
    if (bytes.startsWith("\xff\xfe"))
        return decodeUtf16(bytes, true);
    if (bytes.startsWith("\xfe\xff"))
        return decodeUtf16(bytes, false);

    DecodedText result;
    const bool bom = bytes.startsWith("\xef\xbb\xbf");
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.constData()) + (bom ? 3 : 0);
    const auto *end = reinterpret_cast<const unsigned char *>(bytes.constData()) + bytes.size();

    result.encoding = QStringLiteral("UTF-8");
    const QByteArrayView body(begin, end - begin);
    // The common case, on Qt's vectorised path: invalid input always leaves a
    // U+FFFD behind, and only then (or for a U+FFFD in the file) is the slower
    // pass below needed.
    result.text = QString::fromUtf8(body);
    if (!result.text.contains(QChar(QChar::ReplacementCharacter)))
        return result;
    // One pass reads the bytes as UTF-8, reading each byte that is not part of
    // a valid sequence as windows-1252 and counting those. Every byte gives at
    // most one UTF-16 unit (a 4-byte sequence gives two), so the text fits in
    // as many units as there are bytes.
    qsizetype invalid = 0;
    qsizetype multiByte = 0;
    result.text.resize(end - begin);
    char16_t *out = reinterpret_cast<char16_t *>(result.text.data());
    qsizetype w = 0;
    for (const unsigned char *p = begin; p < end;) {
        if (*p < 0x80) {
            while (p < end && *p < 0x80)
                out[w++] = *p++;
            continue;
        }
        const int len = utf8SequenceLength(p, end);
        if (len == 0) {
            ++invalid;
            out[w++] = windows1252ToUnicode(*p);
            ++p;
            continue;
        }
        ++multiByte;
        const char32_t cp = decodeUtf8Sequence(p, len);
        if (cp < 0x10000) {
            out[w++] = char16_t(cp);
        } else {
            out[w++] = QChar::highSurrogate(cp);
            out[w++] = QChar::lowSurrogate(cp);
        }
        p += len;
    }
    result.text.resize(w);
    if (invalid == 0)
        return result;
    const bool mixed = bom || (multiByte > 0 && multiByte >= invalid);
    if (!mixed) {
        // A single-byte file after all: every byte is one character.
        result.encoding = QStringLiteral("windows-1252");
        result.text = fromWindows1252(body);
    }
    if (mixed) {
        // Counted apart: lupdate (6.8) loops forever on a template call inside the count.
        const int count = int(std::min<qsizetype>(invalid, INT_MAX));
        result.note = QCoreApplication::translate("loader",
                                                  "it is UTF-8 with %n invalid byte(s); "
                                                  "those were read as Windows-1252",
                                                  nullptr, count);
    } else {
        result.note = QCoreApplication::translate("loader",
                                                  "it is not valid UTF-8, so it was read as "
                                                  "Windows-1252 (Western European)");
    }
    return result;
}

DecodedText decodeText(const QByteArray &bytes, QByteArrayView declaredCharset)
{
    const QByteArray label = declaredCharset.trimmed().toByteArray().toLower();
    // The WHATWG Encoding standard's labels of UTF-8 and UTF-16; a page whose
    // declaration could be read as ASCII is not UTF-16, so HTML reads it as UTF-8.
    if (label.isEmpty() || hasBom(bytes)
        || isOneOf(label, {"utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
                           "x-unicode20utf8", "utf-16", "utf-16le", "utf-16be", "ucs-2", "unicode",
                           "unicodefeff", "unicodefffe", "csunicode", "iso-10646-ucs-2"}))
        return decodeText(bytes);
    const QString declared = QString::fromLatin1(declaredCharset.trimmed());

    DecodedText asUtf8 = decodeText(bytes);
    const bool ascii = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return (c & 0x80) == 0; });
    if (asUtf8.encoding == u"UTF-8" && asUtf8.note.isEmpty() && !ascii) {
        asUtf8.note = QCoreApplication::translate("loader",
                                                  "it is marked as %1 but is valid UTF-8, so it was read as UTF-8")
                          .arg(declared);
        return asUtf8;
    }

    DecodedText result;
    // Latin-1 and ASCII as windows-1252 (the Encoding standard's labels):
    // pages so labelled use its typographic quotes all the time.
    if (isOneOf(label, {"windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591",
                        "iso_8859-1", "iso_8859-1:1987", "iso-ir-100", "l1", "latin1", "csisolatin1",
                        "ibm819", "cp819", "us-ascii", "ascii", "ansi_x3.4-1968"})) {
        result.encoding = QStringLiteral("windows-1252");
        result.text = fromWindows1252(bytes);
        return result;
    }
    QStringDecoder decoder(label.constData());
    if (!decoder.isValid()) {
        const QString unknown = QCoreApplication::translate("loader",
                                                            "it is marked as “%1”, an encoding Annalist "
                                                            "does not know")
                                    .arg(declared);
        asUtf8.note = asUtf8.note.isEmpty() ? unknown : unknown + QStringLiteral("; ") + asUtf8.note;
        return asUtf8;
    }
    result.encoding = declared;
    result.text = decoder.decode(bytes);
    // A line end after the last byte, so that a sequence cut off at the end
    // is read as invalid rather than kept back as input still to come.
    result.text += decoder.decode(QByteArrayView("\n"));
    if (result.text.endsWith(u'\n'))
        result.text.chop(1);
    if (decoder.hasError()) {
        // ICU puts some encodings' own substitute (U+001A, a control
        // character that the readers leave out) for invalid bytes; U+FFFD
        // keeps the damage in sight.
        result.text.replace(QChar(0x1A), QChar(QChar::ReplacementCharacter));
        result.note = QCoreApplication::translate("loader",
                                                  "it is marked as %1 but has bytes that are not valid %1; "
                                                  "each was read as “�”")
                          .arg(declared);
    }
    return result;
}

} // namespace Annalist
