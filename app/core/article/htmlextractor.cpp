// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/htmlextractor.h"

#include "article/datevalue.h"
#include "article/htmlcontent.h"
#include "article/htmldom.h"
#include "article/htmlmetadata.h"
#include "article/htmltext.h"

using namespace Qt::StringLiterals;

namespace Annalist {

HtmlContent extractHtml(QStringView html)
{
    const HtmlDom dom = parseHtml(html);
    const HtmlMetadata meta = readHtmlMetadata(dom);
    QStringList headings;
    QString firstH1;
    for (int i = 1; i < dom.nodes.size(); ++i) {
        const HtmlTag t = dom.nodes[i].tag;
        if (!dom.nodes[i].isText && (t == HtmlTag::H1 || t == HtmlTag::H2))
            headings << dom.textContent(i).simplified();
        if (firstH1.isEmpty() && !dom.nodes[i].isText && t == HtmlTag::H1)
            firstH1 = headings.constLast();
    }
    HtmlContent result;
    result.title = chooseTitle(meta, headings);
    if (result.title.isEmpty())
        result.title = firstH1;
    const ArticleContent content = findArticleContent(dom, result.title);
    result.text = articleText(dom, content);
    result.source = meta.siteName;
    result.byline = !meta.byline.isEmpty() ? meta.byline : findBodyByline(dom, content.roots);
    result.language = meta.language;

    // The date: what the page's metadata states, else a <time> of the article
    // (one marked as the publication's first), else any <time> of the page.
    QStringList dates = meta.dates;
    for (const int t : content.times)
        if (dom.hasAttribute(t, u"pubdate") || dom.attribute(t, u"itemprop").contains(u"datePublished"))
            dates << dom.attribute(t, u"datetime").toString();
    for (const int t : content.times)
        dates << dom.attribute(t, u"datetime").toString();
    for (int i = 1; i < dom.nodes.size(); ++i)
        if (!dom.nodes[i].isText && dom.nodes[i].tag == HtmlTag::Time && !content.skipped[i])
            dates << dom.attribute(i, u"datetime").toString();
    for (const QString &candidate : std::as_const(dates)) {
        const QDate d = parseDateValue(candidate);
        if (d.isValid()) {
            result.date = d;
            break;
        }
    }
    return result;
}

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool equalsNoCase(QByteArrayView bytes, QByteArrayView lowerWord)
{
    return bytes.size() == lowerWord.size() && bytes.compare(lowerWord, Qt::CaseInsensitive) == 0;
}

// An encoding's name: a short run of letters, digits and . _ : - (WHATWG
// labels and IANA names all are); anything else is not taken for one.
QByteArray charsetName(QByteArrayView value)
{
    value = value.trimmed();
    if (value.isEmpty() || value.size() > 40)
        return {};
    for (const char c : value) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
            || c == '_' || c == ':' || c == '-';
        if (!ok)
            return {};
    }
    return value.toByteArray();
}

// The HTML standard's "extracting a character encoding from a meta element":
// "charset", optional white space, '=', and a quoted or bare value.
QByteArray charsetFromContent(QByteArrayView content)
{
    for (qsizetype i = 0; i + 7 <= content.size(); ++i) {
        if (!equalsNoCase(content.sliced(i, 7), "charset"))
            continue;
        qsizetype j = i + 7;
        while (j < content.size() && isAsciiSpace(content[j]))
            ++j;
        if (j >= content.size() || content[j] != '=')
            continue;
        ++j;
        while (j < content.size() && isAsciiSpace(content[j]))
            ++j;
        if (j >= content.size())
            return {};
        if (content[j] == '"' || content[j] == '\'') {
            const qsizetype close = content.indexOf(content[j], j + 1);
            return close < 0 ? QByteArray() : charsetName(content.sliced(j + 1, close - j - 1));
        }
        qsizetype e = j;
        while (e < content.size() && !isAsciiSpace(content[e]) && content[e] != ';')
            ++e;
        return charsetName(content.sliced(j, e - j));
    }
    return {};
}

// The attribute of a tag at position i, which moves past it, as the prescan
// reads them; false at the tag's '>' or the end of the bytes. The name is
// lower-cased; a value in quotes runs to the matching quote, '>' included.
bool nextAttribute(QByteArrayView b, qsizetype &i, QByteArray &name, QByteArrayView &value)
{
    while (i < b.size() && (isAsciiSpace(b[i]) || b[i] == '/'))
        ++i;
    if (i >= b.size() || b[i] == '>')
        return false;
    name.clear();
    value = {};
    // The first character may be '=' (the standard's rule), never later ones.
    do {
        name += asciiLower(b[i]);
        ++i;
    } while (i < b.size() && !isAsciiSpace(b[i]) && b[i] != '/' && b[i] != '>' && b[i] != '=');
    while (i < b.size() && isAsciiSpace(b[i]))
        ++i;
    if (i >= b.size() || b[i] != '=')
        return true;
    ++i;
    while (i < b.size() && isAsciiSpace(b[i]))
        ++i;
    if (i >= b.size())
        return true;
    if (b[i] == '"' || b[i] == '\'') {
        const qsizetype close = b.indexOf(b[i], i + 1);
        if (close < 0) { // the page ends inside the value: no attribute
            i = b.size();
            return false;
        }
        value = b.sliced(i + 1, close - i - 1);
        i = close + 1;
        return true;
    }
    const qsizetype from = i;
    while (i < b.size() && !isAsciiSpace(b[i]) && b[i] != '>')
        ++i;
    value = b.sliced(from, i - from);
    return true;
}

} // namespace

QByteArray declaredCharset(QByteArrayView b)
{
    QByteArray name;
    QByteArrayView value;
    if (b.startsWith("<?xml")) {
        const qsizetype close = b.indexOf("?>");
        if (close > 0) {
            const QByteArrayView declaration = b.first(close);
            qsizetype i = 5;
            while (nextAttribute(declaration, i, name, value)) {
                if (name == "encoding")
                    return charsetName(value);
            }
        }
    }
    qsizetype i = 0;
    while ((i = b.indexOf('<', i)) >= 0) {
        if (b.sliced(i).startsWith("<!--")) {
            const qsizetype close = b.indexOf("-->", i + 4);
            if (close < 0)
                break;
            i = close + 3;
            continue;
        }
        qsizetype j = i + 1;
        const bool endTag = j < b.size() && b[j] == '/';
        if (endTag)
            ++j;
        if (j >= b.size() || asciiLower(b[j]) < 'a' || asciiLower(b[j]) > 'z') {
            ++i; // "<!doctype", "<?…?>", a stray '<'
            continue;
        }
        const qsizetype nameStart = j;
        while (j < b.size() && !isAsciiSpace(b[j]) && b[j] != '/' && b[j] != '>')
            ++j;
        const QByteArrayView tag = b.sliced(nameStart, j - nameStart);
        if (!endTag && equalsNoCase(tag, "body"))
            break;
        const bool isMeta = !endTag && equalsNoCase(tag, "meta");
        QByteArray charset;
        bool contentType = false;
        QByteArrayView content;
        while (nextAttribute(b, j, name, value)) {
            if (!isMeta)
                continue;
            if (name == "charset" && charset.isEmpty())
                charset = charsetName(value);
            else if (name == "http-equiv")
                contentType = equalsNoCase(value.trimmed(), "content-type");
            else if (name == "content" && content.isNull())
                content = value;
        }
        if (!charset.isEmpty())
            return charset;
        if (isMeta && contentType && !content.isNull()) {
            const QByteArray fromContent = charsetFromContent(content);
            if (!fromContent.isEmpty())
                return fromContent;
        }
        i = j + 1;
    }
    return {};
}

} // namespace Annalist
