// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/htmlextractor.h"

#include "article/textdecoder.h"

#include <QHash>

namespace Annalist {

namespace {

struct NamedReference {
    const char16_t *name;
    char32_t codePoint;
};

// The references that news pages use in practice: markup escapes, spaces,
// punctuation, quotes, currency, Latin-1 letters and a few symbols.
constexpr NamedReference namedReferences[] = {
    {u"amp", 0x26}, {u"lt", 0x3C}, {u"gt", 0x3E}, {u"quot", 0x22}, {u"apos", 0x27},
    {u"nbsp", 0xA0}, {u"ensp", 0x2002}, {u"emsp", 0x2003}, {u"thinsp", 0x2009}, {u"hairsp", 0x200A},
    {u"zwnj", 0x200C}, {u"zwj", 0x200D}, {u"lrm", 0x200E}, {u"rlm", 0x200F}, {u"shy", 0xAD},
    {u"ndash", 0x2013}, {u"mdash", 0x2014}, {u"horbar", 0x2015}, {u"hyphen", 0x2010}, {u"dash", 0x2010},
    {u"lsquo", 0x2018}, {u"rsquo", 0x2019}, {u"sbquo", 0x201A}, {u"ldquo", 0x201C}, {u"rdquo", 0x201D},
    {u"bdquo", 0x201E}, {u"laquo", 0xAB}, {u"raquo", 0xBB}, {u"lsaquo", 0x2039}, {u"rsaquo", 0x203A},
    {u"prime", 0x2032}, {u"Prime", 0x2033}, {u"hellip", 0x2026}, {u"mldr", 0x2026}, {u"bull", 0x2022},
    {u"middot", 0xB7}, {u"dagger", 0x2020}, {u"Dagger", 0x2021}, {u"permil", 0x2030}, {u"sect", 0xA7},
    {u"para", 0xB6}, {u"copy", 0xA9}, {u"reg", 0xAE}, {u"trade", 0x2122}, {u"deg", 0xB0},
    {u"plusmn", 0xB1}, {u"times", 0xD7}, {u"divide", 0xF7}, {u"minus", 0x2212}, {u"frac12", 0xBD},
    {u"frac14", 0xBC}, {u"frac34", 0xBE}, {u"sup1", 0xB9}, {u"sup2", 0xB2}, {u"sup3", 0xB3},
    {u"micro", 0xB5}, {u"iexcl", 0xA1}, {u"iquest", 0xBF}, {u"cent", 0xA2}, {u"pound", 0xA3},
    {u"euro", 0x20AC}, {u"yen", 0xA5}, {u"curren", 0xA4}, {u"brvbar", 0xA6}, {u"uml", 0xA8},
    {u"ordf", 0xAA}, {u"ordm", 0xBA}, {u"not", 0xAC}, {u"macr", 0xAF}, {u"acute", 0xB4},
    {u"cedil", 0xB8}, {u"larr", 0x2190}, {u"rarr", 0x2192}, {u"uarr", 0x2191}, {u"darr", 0x2193},
    {u"harr", 0x2194}, {u"le", 0x2264}, {u"ge", 0x2265}, {u"ne", 0x2260}, {u"asymp", 0x2248},
    {u"infin", 0x221E}, {u"star", 0x2606}, {u"check", 0x2713}, {u"loz", 0x25CA}, {u"hearts", 0x2665},
    {u"Agrave", 0xC0}, {u"Aacute", 0xC1}, {u"Acirc", 0xC2}, {u"Atilde", 0xC3}, {u"Auml", 0xC4},
    {u"Aring", 0xC5}, {u"AElig", 0xC6}, {u"Ccedil", 0xC7}, {u"Egrave", 0xC8}, {u"Eacute", 0xC9},
    {u"Ecirc", 0xCA}, {u"Euml", 0xCB}, {u"Igrave", 0xCC}, {u"Iacute", 0xCD}, {u"Icirc", 0xCE},
    {u"Iuml", 0xCF}, {u"ETH", 0xD0}, {u"Ntilde", 0xD1}, {u"Ograve", 0xD2}, {u"Oacute", 0xD3},
    {u"Ocirc", 0xD4}, {u"Otilde", 0xD5}, {u"Ouml", 0xD6}, {u"Oslash", 0xD8}, {u"Ugrave", 0xD9},
    {u"Uacute", 0xDA}, {u"Ucirc", 0xDB}, {u"Uuml", 0xDC}, {u"Yacute", 0xDD}, {u"THORN", 0xDE},
    {u"szlig", 0xDF}, {u"agrave", 0xE0}, {u"aacute", 0xE1}, {u"acirc", 0xE2}, {u"atilde", 0xE3},
    {u"auml", 0xE4}, {u"aring", 0xE5}, {u"aelig", 0xE6}, {u"ccedil", 0xE7}, {u"egrave", 0xE8},
    {u"eacute", 0xE9}, {u"ecirc", 0xEA}, {u"euml", 0xEB}, {u"igrave", 0xEC}, {u"iacute", 0xED},
    {u"icirc", 0xEE}, {u"iuml", 0xEF}, {u"eth", 0xF0}, {u"ntilde", 0xF1}, {u"ograve", 0xF2},
    {u"oacute", 0xF3}, {u"ocirc", 0xF4}, {u"otilde", 0xF5}, {u"ouml", 0xF6}, {u"oslash", 0xF8},
    {u"ugrave", 0xF9}, {u"uacute", 0xFA}, {u"ucirc", 0xFB}, {u"uuml", 0xFC}, {u"yacute", 0xFD},
    {u"thorn", 0xFE}, {u"yuml", 0xFF}, {u"Yuml", 0x178}, {u"OElig", 0x152}, {u"oelig", 0x153},
    {u"Scaron", 0x160}, {u"scaron", 0x161}, {u"Zcaron", 0x17D}, {u"zcaron", 0x17E}, {u"fnof", 0x192},
    {u"circ", 0x2C6}, {u"tilde", 0x2DC}, {u"Ccaron", 0x10C}, {u"ccaron", 0x10D}, {u"Scedil", 0x15E},
    {u"scedil", 0x15F}, {u"gbreve", 0x11F}, {u"Gbreve", 0x11E}, {u"inodot", 0x131}, {u"Idot", 0x130},
    {u"Alpha", 0x391}, {u"alpha", 0x3B1}, {u"Beta", 0x392}, {u"beta", 0x3B2}, {u"Gamma", 0x393},
    {u"gamma", 0x3B3}, {u"Delta", 0x394}, {u"delta", 0x3B4}, {u"Omega", 0x3A9}, {u"omega", 0x3C9},
    {u"pi", 0x3C0}, {u"mu", 0x3BC}, {u"sigma", 0x3C3}, {u"lambda", 0x3BB}, {u"theta", 0x3B8},
};

// Names that pages write without the closing ';' often enough to honour.
constexpr const char16_t *legacyWithoutSemicolon[] = {u"amp", u"lt", u"gt", u"quot", u"nbsp", u"copy", u"reg"};

const QHash<QStringView, char32_t> &referenceTable()
{
    static const QHash<QStringView, char32_t> table = [] {
        QHash<QStringView, char32_t> t;
        for (const NamedReference &r : namedReferences)
            t.insert(QStringView(r.name), r.codePoint);
        return t;
    }();
    return table;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out.append(QChar(QChar::ReplacementCharacter));
    } else if (cp >= 0x80 && cp <= 0x9F) {
        // Pages written in windows-1252 number its characters this way.
        out.append(QChar(windows1252ToUnicode(static_cast<unsigned char>(cp))));
    } else if (cp < 0x10000) {
        out.append(QChar(char16_t(cp)));
    } else {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    }
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// Decodes the reference at text[pos] == '&'. Returns the characters used, or
// 0 when there is no reference there (the '&' is then a plain character).
qsizetype decodeReference(QStringView text, qsizetype pos, QString &out)
{
    const qsizetype n = text.size();
    qsizetype i = pos + 1;
    if (i < n && text[i] == u'#') {
        ++i;
        const bool hex = i < n && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        bool overflow = false;
        while (i < n) {
            const char16_t c = text[i].unicode();
            int d;
            if (c >= u'0' && c <= u'9')
                d = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                d = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                d = c - u'A' + 10;
            else
                break;
            value = value * (hex ? 16 : 10) + char32_t(d);
            if (value > 0x10FFFF)
                overflow = true, value = 0x110000;
            ++i;
        }
        if (i == digitsStart)
            return 0;
        if (i < n && text[i] == u';')
            ++i;
        appendCodePoint(out, overflow ? 0x110000 : value);
        return i - pos;
    }
    const qsizetype nameStart = i;
    while (i < n && i - nameStart < 32 && isAsciiAlnum(text[i]))
        ++i;
    if (i == nameStart)
        return 0;
    const QStringView name = text.mid(nameStart, i - nameStart);
    const auto it = referenceTable().constFind(name);
    if (it == referenceTable().cend())
        return 0;
    if (i < n && text[i] == u';') {
        appendCodePoint(out, *it);
        return i + 1 - pos;
    }
    for (const char16_t *legacy : legacyWithoutSemicolon) {
        if (name == QStringView(legacy)) {
            appendCodePoint(out, *it);
            return i - pos;
        }
    }
    return 0;
}

} // namespace

QString decodeHtmlEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (qsizetype i = text.indexOf(u'&'); i >= 0; i = text.indexOf(u'&', i)) {
        out.append(text.mid(copied, i - copied));
        const qsizetype used = decodeReference(text, i, out);
        if (used == 0) {
            out.append(u'&');
            i += 1;
        } else {
            i += used;
        }
        copied = i;
    }
    out.append(text.mid(copied));
    return out;
}

} // namespace Annalist
