// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/htmlextractor.h"

#include "article/datevalue.h"
#include "article/textbuilder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Annalist {

namespace {

// How an element takes part in extraction.
enum class Role : quint8 {
    Inline, ///< span, a, em, … and unknown elements
    Block, ///< ends a paragraph where it opens and closes
    Drop, ///< block whose content is never body text (nav, aside, …)
    Header, ///< header/footer: dropped, but a title may be read from it
    Article,
    Main,
    Heading,
    Pre,
    Void, ///< has no content and no end tag
    RawText, ///< script, style: content up to the end tag is not markup
};

struct ElementInfo {
    QStringView name;
    Role role;
    bool breaks = false; ///< a void element that still ends a paragraph (br, hr)
};

constexpr ElementInfo knownElements[] = {
    {u"p", Role::Block}, {u"div", Role::Block}, {u"section", Role::Block}, {u"blockquote", Role::Block},
    {u"li", Role::Block}, {u"ul", Role::Block}, {u"ol", Role::Block}, {u"dl", Role::Block},
    {u"dt", Role::Block}, {u"dd", Role::Block}, {u"table", Role::Block}, {u"tr", Role::Block},
    {u"td", Role::Block}, {u"th", Role::Block}, {u"thead", Role::Block}, {u"tbody", Role::Block},
    {u"caption", Role::Block}, {u"figure", Role::Block}, {u"figcaption", Role::Block},
    {u"address", Role::Block}, {u"center", Role::Block}, {u"details", Role::Block},
    {u"summary", Role::Block}, {u"body", Role::Block}, {u"html", Role::Block}, {u"head", Role::Block},
    {u"hgroup", Role::Block}, {u"fieldset", Role::Drop},
    {u"h1", Role::Heading}, {u"h2", Role::Heading}, {u"h3", Role::Heading},
    {u"h4", Role::Heading}, {u"h5", Role::Heading}, {u"h6", Role::Heading},
    {u"pre", Role::Pre}, {u"listing", Role::Pre},
    {u"article", Role::Article}, {u"main", Role::Main},
    {u"nav", Role::Drop}, {u"aside", Role::Drop}, {u"form", Role::Drop}, {u"noscript", Role::Drop},
    {u"template", Role::Drop}, {u"svg", Role::Drop}, {u"math", Role::Drop}, {u"button", Role::Drop},
    {u"select", Role::Drop}, {u"object", Role::Drop}, {u"video", Role::Drop}, {u"audio", Role::Drop},
    {u"canvas", Role::Drop}, {u"map", Role::Drop}, {u"dialog", Role::Drop}, {u"menu", Role::Drop},
    {u"header", Role::Header}, {u"footer", Role::Header},
    {u"br", Role::Void, true}, {u"hr", Role::Void, true}, {u"img", Role::Void}, {u"meta", Role::Void},
    {u"link", Role::Void}, {u"input", Role::Void}, {u"area", Role::Void}, {u"base", Role::Void},
    {u"col", Role::Void}, {u"embed", Role::Void}, {u"param", Role::Void}, {u"source", Role::Void},
    {u"track", Role::Void}, {u"wbr", Role::Void}, {u"keygen", Role::Void},
    {u"script", Role::RawText}, {u"style", Role::RawText}, {u"title", Role::RawText},
    {u"textarea", Role::RawText}, {u"xmp", Role::RawText}, {u"iframe", Role::RawText},
    {u"noembed", Role::RawText}, {u"noframes", Role::RawText},
};

// What holds for the text at some point of the page.
struct Context {
    bool dropped = false; ///< inside nav, aside, script, a hidden element, …
    bool header = false; ///< inside header or footer
    bool main = false;
    bool pre = false;
    qint8 heading = 0; ///< 1–6 inside h1–h6
    bool link = false; ///< inside an a element
    int aside = -1; ///< the innermost element whose class or id names an ad, a promotion or a byline
    int article = -1; ///< the outermost article element, numbered in page order
};

struct OpenElement {
    int id;
    Context context;
};

struct Block {
    QString text;
    Context context;
    qsizetype linkChars = 0; ///< how much of the text was inside links
};

struct Attribute {
    QStringView name;
    QStringView value;
};

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':' || c == u'.';
}

bool isSpaceChar(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

class Extractor
{
public:
    explicit Extractor(QStringView html)
        : m_html(html)
    {
    }

    HtmlContent run();

private:
    void handleText(QStringView raw);
    void handleStartTag(QStringView name, const QList<Attribute> &attributes, bool selfClosing,
                        qsizetype &pos);
    void handleEndTag(QStringView name);
    void handleMeta(const QList<Attribute> &attributes);
    void flushBlock();
    void push(int id, const Context &context);
    void popUntil(int id);
    int elementId(QStringView name);
    const Context &current() const { return m_stack.isEmpty() ? m_root : m_stack.constLast().context; }
    qsizetype skipRawText(QStringView name, qsizetype pos, QStringView *content);
    void readJsonLd(QStringView json);
    HtmlContent assemble();

    QStringView m_html;
    Context m_root;
    QList<OpenElement> m_stack;
    QList<int> m_openCount; ///< how many elements of each id are open, to ignore stray end tags at once
    QHash<QString, int> m_ids;
    QList<Role> m_roles;
    QList<bool> m_breaks;
    QString m_nameBuffer;

    TextBuilder m_block;
    Context m_blockContext;
    qsizetype m_blockLinkChars = 0;
    QList<Block> m_blocks;
    int m_articles = 0;
    int m_asides = 0;
    int m_pId = -1;

    QString m_pageTitle, m_ogTitle, m_ldHeadline;
    QString m_metaDate, m_publishedTime, m_ldDate;
    struct TimeStamp {
        QString value;
        int article;
    };
    QList<TimeStamp> m_times;
    QString m_siteName, m_ldPublisher;
};

int Extractor::elementId(QStringView name)
{
    m_nameBuffer.resize(name.size());
    for (qsizetype i = 0; i < name.size(); ++i)
        m_nameBuffer[i] = name[i].toLower();
    const auto it = m_ids.constFind(m_nameBuffer);
    if (it != m_ids.cend())
        return *it;
    const int id = int(m_roles.size());
    m_ids.insert(m_nameBuffer, id);
    Role role = Role::Inline;
    bool breaks = false;
    for (const ElementInfo &e : knownElements) {
        if (e.name == m_nameBuffer) {
            role = e.role;
            breaks = e.breaks;
            break;
        }
    }
    m_roles.append(role);
    m_breaks.append(breaks);
    m_openCount.append(0);
    return id;
}

void Extractor::push(int id, const Context &context)
{
    m_stack.append({id, context});
    ++m_openCount[id];
}

void Extractor::popUntil(int id)
{
    if (m_openCount[id] == 0)
        return;
    while (!m_stack.isEmpty()) {
        const int top = m_stack.constLast().id;
        m_stack.removeLast();
        --m_openCount[top];
        if (top == id)
            return;
    }
}

void Extractor::flushBlock()
{
    if (m_block.paragraphIsEmpty())
        return;
    m_blocks.append({m_block.take(), m_blockContext, m_blockLinkChars});
    m_blockLinkChars = 0;
}

void Extractor::handleText(QStringView raw)
{
    const Context &c = current();
    if (c.dropped || raw.isEmpty())
        return;
    const QString decoded = raw.contains(u'&') ? decodeHtmlEntities(raw) : QString();
    const QStringView text = decoded.isNull() ? raw : QStringView(decoded);
    if (c.pre) {
        qsizetype start = 0;
        for (qsizetype nl = text.indexOf(u'\n'); ; nl = text.indexOf(u'\n', start)) {
            const QStringView line = text.mid(start, (nl < 0 ? text.size() : nl) - start);
            if (m_block.paragraphIsEmpty())
                m_blockContext = c;
            m_block.add(line);
            if (nl < 0)
                break;
            flushBlock();
            start = nl + 1;
        }
        return;
    }
    if (m_block.paragraphIsEmpty()) {
        // Leading white space alone does not start a block.
        qsizetype i = 0;
        while (i < text.size() && isBlank(text[i]))
            ++i;
        if (i == text.size())
            return;
        m_blockContext = c;
    }
    if (c.link)
        m_blockLinkChars += text.trimmed().size();
    m_block.add(text);
}

qsizetype Extractor::skipRawText(QStringView name, qsizetype pos, QStringView *content)
{
    // The content ends at "</name" followed by white space, '/' or '>'.
    qsizetype search = pos;
    while (true) {
        const qsizetype at = m_html.indexOf(u"</", search);
        if (at < 0) {
            if (content)
                *content = m_html.mid(pos);
            return m_html.size();
        }
        const qsizetype afterName = at + 2 + name.size();
        if (m_html.mid(at + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
            && (afterName >= m_html.size() || isSpaceChar(m_html[afterName]) || m_html[afterName] == u'>'
                || m_html[afterName] == u'/')) {
            if (content)
                *content = m_html.mid(pos, at - pos);
            const qsizetype close = m_html.indexOf(u'>', afterName);
            return close < 0 ? m_html.size() : close + 1;
        }
        search = at + 2;
    }
}

// Whether a class or id value names something that is not the article's
// text: an advertisement, a promotion, a sponsor's block, a newsletter box,
// the byline. Read as words ("ad-slot", "adContainer", "sponsored_post"),
// never as substrings ("head", "shadow", "download" hold no "ad"); a word
// after "has", "with", "no" or "show" describes the page's layout instead.
bool namesNonBody(QStringView value)
{
    if (value.isEmpty())
        return false;
    static const QSet<QString> hints = {
        u"ad"_s, u"ads"_s, u"adv"_s, u"advert"_s, u"adverts"_s, u"advertisement"_s, u"advertisements"_s,
        u"advertising"_s, u"adslot"_s, u"adunit"_s, u"adbox"_s, u"dfp"_s, u"gpt"_s, u"sponsor"_s,
        u"sponsored"_s, u"sponsors"_s, u"promo"_s, u"promos"_s, u"promotion"_s, u"promoted"_s,
        u"newsletter"_s, u"subscribe"_s, u"subscription"_s, u"paywall"_s, u"byline"_s, u"bylines"_s,
        u"outbrain"_s, u"taboola"_s,
    };
    static const QSet<QString> layout = {u"has"_s, u"with"_s, u"no"_s, u"show"_s, u"hide"_s, u"allow"_s};
    QString word;
    QString previous;
    const auto endWord = [&]() {
        bool hit = false;
        if (!word.isEmpty()) {
            hit = hints.contains(word) && !layout.contains(previous);
            previous = word;
            word.clear();
        }
        return hit;
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (!c.isLetterOrNumber()) {
            if (endWord())
                return true;
            continue;
        }
        // camelCase: "adContainer" is "ad" and "container".
        if (c.isUpper() && i > 0 && value[i - 1].isLower() && endWord())
            return true;
        word += c.toLower();
    }
    return endWord();
}

QStringView attributeValue(const QList<Attribute> &attributes, QStringView name)
{
    for (const Attribute &a : attributes)
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return a.value;
    return {};
}

bool hasAttribute(const QList<Attribute> &attributes, QStringView name)
{
    for (const Attribute &a : attributes)
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void Extractor::handleMeta(const QList<Attribute> &attributes)
{
    const QStringView content = attributeValue(attributes, u"content");
    if (content.isEmpty())
        return;
    const QString name = attributeValue(attributes, u"name").toString().toLower();
    const QString property = attributeValue(attributes, u"property").toString().toLower();
    const QString itemprop = attributeValue(attributes, u"itemprop").toString().toLower();
    static const QStringList dateNames = {
        QStringLiteral("date"), QStringLiteral("pubdate"), QStringLiteral("publishdate"),
        QStringLiteral("publish-date"), QStringLiteral("publish_date"), QStringLiteral("publication_date"),
        QStringLiteral("dc.date"), QStringLiteral("dc.date.issued"), QStringLiteral("dcterms.date"),
        QStringLiteral("dcterms.issued"), QStringLiteral("article.published"), QStringLiteral("citation_date"),
        QStringLiteral("citation_publication_date"),
    };
    if (m_metaDate.isEmpty() && (dateNames.contains(name) || itemprop == u"datepublished"))
        m_metaDate = decodeHtmlEntities(content);
    const bool published = property == u"article:published_time" || name == u"article:published_time";
    if (m_publishedTime.isEmpty() && published)
        m_publishedTime = decodeHtmlEntities(content);
    if (m_siteName.isEmpty() && property == u"og:site_name")
        m_siteName = decodeHtmlEntities(content).simplified();
    if (m_ogTitle.isEmpty() && (property == u"og:title" || name == u"twitter:title"))
        m_ogTitle = decodeHtmlEntities(content).simplified();
}

void Extractor::handleStartTag(QStringView name, const QList<Attribute> &attributes, bool selfClosing,
                               qsizetype &pos)
{
    const int id = elementId(name);
    const Role role = m_roles[id];
    if (role == Role::RawText) {
        const bool script = m_nameBuffer == u"script";
        const bool title = m_nameBuffer == u"title";
        const bool jsonLd =
            script && attributeValue(attributes, u"type").contains(u"ld+json", Qt::CaseInsensitive);
        QStringView content;
        const QString endName = m_nameBuffer;
        pos = skipRawText(endName, pos, (jsonLd || title) ? &content : nullptr);
        if (title && m_pageTitle.isEmpty() && !current().dropped)
            m_pageTitle = decodeHtmlEntities(content).simplified();
        if (jsonLd)
            readJsonLd(content);
        return;
    }
    if (role == Role::Void) {
        if (m_nameBuffer == u"meta")
            handleMeta(attributes);
        if (m_breaks[id])
            flushBlock();
        return;
    }
    if (m_nameBuffer == u"time") {
        const QStringView datetime = attributeValue(attributes, u"datetime");
        if (!datetime.isEmpty() && !current().dropped)
            m_times.append({datetime.toString(), current().article});
    }
    if (role != Role::Inline) {
        flushBlock();
        // A block closes an open paragraph, as in HTML; so does a repeated
        // li/dt/dd/tr/td/th. This also keeps unclosed <p>s from piling up.
        if (!m_stack.isEmpty()) {
            const int top = m_stack.constLast().id;
            const QString &n = m_nameBuffer;
            const bool repeats =
                n == u"li" || n == u"dt" || n == u"dd" || n == u"tr" || n == u"td" || n == u"th";
            if (top == m_pId || (top == id && repeats))
                popUntil(top);
        }
    }
    if (selfClosing)
        return; // "<div/>": nothing inside
    Context c = current();
    switch (role) {
    case Role::Drop:
        c.dropped = true;
        break;
    case Role::Header:
        c.header = true;
        break;
    case Role::Article:
        if (c.article < 0)
            c.article = m_articles++;
        break;
    case Role::Main:
        c.main = true;
        break;
    case Role::Heading:
        c.heading = qint8(m_nameBuffer[1].unicode() - u'0');
        break;
    case Role::Pre:
        c.pre = true;
        break;
    default:
        break;
    }
    if (!attributes.isEmpty()) {
        const QStringView roleAttr = attributeValue(attributes, u"role");
        if (hasAttribute(attributes, u"hidden") || attributeValue(attributes, u"aria-hidden") == u"true"
            || roleAttr == u"navigation" || roleAttr == u"complementary" || roleAttr == u"search"
            || roleAttr == u"dialog" || roleAttr == u"menu")
            c.dropped = true;
        const QStringView style = attributeValue(attributes, u"style");
        if (!style.isEmpty()) {
            QString compact = style.toString().toLower();
            compact.remove(u' ');
            if (compact.contains(u"display:none") || compact.contains(u"visibility:hidden"))
                c.dropped = true;
        }
        if (roleAttr == u"banner" || roleAttr == u"contentinfo")
            c.header = true;
        if (roleAttr == u"main")
            c.main = true;
        const QStringView itemprop = attributeValue(attributes, u"itemprop");
        if (itemprop.compare(u"articleBody", Qt::CaseInsensitive) == 0 && c.article < 0)
            c.article = m_articles++;
        // Advertisements, promotions and the byline are set inside the body
        // on many sites; their class or id says what they are. Never on the
        // page or the article itself ("has-ads" on body names a layout).
        const bool container = role == Role::Article || role == Role::Main || m_nameBuffer == u"body"
            || m_nameBuffer == u"html";
        if (!container
            && (namesNonBody(attributeValue(attributes, u"class")) || namesNonBody(attributeValue(attributes, u"id"))
                || itemprop.compare(u"author", Qt::CaseInsensitive) == 0))
            c.aside = m_asides++;
    }
    if (m_nameBuffer == u"a")
        c.link = true;
    push(id, c);
}

void Extractor::handleEndTag(QStringView name)
{
    const int id = elementId(name);
    const Role role = m_roles[id];
    if (role != Role::Inline)
        flushBlock();
    if (role == Role::Void) {
        if (m_breaks[id]) // "</br>" acts as <br>
            flushBlock();
        return;
    }
    popUntil(id);
}

void Extractor::readJsonLd(QStringView json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (doc.isNull())
        return;
    // Walk with an explicit stack; pages nest "@graph" arrays and objects.
    QList<QJsonValue> todo;
    todo.append(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    int visited = 0;
    while (!todo.isEmpty() && ++visited < 10000) {
        const QJsonValue v = todo.takeLast();
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = a.size() - 1; i >= 0; --i)
                todo.append(a.at(i));
            continue;
        }
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        if (m_ldDate.isEmpty() && o.value(u"datePublished").isString())
            m_ldDate = o.value(u"datePublished").toString();
        if (m_ldHeadline.isEmpty() && o.value(u"headline").isString())
            m_ldHeadline = o.value(u"headline").toString().simplified();
        if (m_ldPublisher.isEmpty() && o.value(u"publisher").isObject())
            m_ldPublisher = o.value(u"publisher").toObject().value(u"name").toString().simplified();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (it->isObject() || it->isArray())
                todo.append(*it);
    }
}

HtmlContent Extractor::run()
{
    const qsizetype n = m_html.size();
    m_pId = elementId(u"p");
    QList<Attribute> attributes;
    qsizetype pos = 0;
    qsizetype textStart = 0;
    while (pos < n) {
        const qsizetype lt = m_html.indexOf(u'<', pos);
        if (lt < 0 || lt + 1 >= n)
            break;
        const QChar next = m_html[lt + 1];
        if (next == u'!' || next == u'?') {
            handleText(m_html.mid(textStart, lt - textStart));
            if (m_html.mid(lt, 4) == u"<!--") {
                const qsizetype close = m_html.indexOf(u"-->", lt + 4);
                pos = close < 0 ? n : close + 3;
            } else if (m_html.mid(lt, 9) == u"<![CDATA[") {
                const qsizetype close = m_html.indexOf(u"]]>", lt + 9);
                pos = close < 0 ? n : close + 3;
            } else {
                const qsizetype close = m_html.indexOf(u'>', lt + 2);
                pos = close < 0 ? n : close + 1;
            }
            textStart = pos;
            continue;
        }
        const bool end = next == u'/';
        qsizetype p = lt + (end ? 2 : 1);
        if (p >= n || !m_html[p].isLetter()) {
            pos = lt + 1; // a literal '<'
            continue;
        }
        handleText(m_html.mid(textStart, lt - textStart));
        const qsizetype nameStart = p;
        while (p < n && isNameChar(m_html[p]))
            ++p;
        const QStringView name = m_html.mid(nameStart, p - nameStart);
        attributes.clear();
        bool selfClosing = false;
        // Attributes: name, name=value, name="value", name='value'.
        while (p < n && m_html[p] != u'>') {
            const QChar c = m_html[p];
            if (isSpaceChar(c)) {
                ++p;
                continue;
            }
            if (c == u'/') {
                selfClosing = p + 1 < n && m_html[p + 1] == u'>';
                ++p;
                continue;
            }
            const qsizetype an = p;
            while (p < n && !isSpaceChar(m_html[p]) && m_html[p] != u'=' && m_html[p] != u'>'
                   && !(m_html[p] == u'/' && p + 1 < n && m_html[p + 1] == u'>'))
                ++p;
            Attribute a{m_html.mid(an, p - an), {}};
            while (p < n && isSpaceChar(m_html[p]))
                ++p;
            if (p < n && m_html[p] == u'=') {
                ++p;
                while (p < n && isSpaceChar(m_html[p]))
                    ++p;
                if (p < n && (m_html[p] == u'"' || m_html[p] == u'\'')) {
                    const QChar quote = m_html[p];
                    const qsizetype close = m_html.indexOf(quote, p + 1);
                    const qsizetype valueEnd = close < 0 ? n : close;
                    a.value = m_html.mid(p + 1, valueEnd - p - 1);
                    p = close < 0 ? n : close + 1;
                } else {
                    const qsizetype vs = p;
                    while (p < n && !isSpaceChar(m_html[p]) && m_html[p] != u'>')
                        ++p;
                    a.value = m_html.mid(vs, p - vs);
                }
            }
            if (!a.name.isEmpty())
                attributes.append(a);
        }
        pos = p < n ? p + 1 : n;
        if (end)
            handleEndTag(name);
        else
            handleStartTag(name, attributes, selfClosing, pos);
        textStart = pos;
    }
    handleText(m_html.mid(textStart));
    flushBlock();
    return assemble();
}

// A short block that is mostly links ("Read more: …", "Subscribe", a
// promoted story) points elsewhere; it says nothing of the article's own.
bool isLinkBlock(const Block &b)
{
    constexpr qsizetype shortBlock = 200;
    return b.linkChars > 0 && b.text.size() <= shortBlock && b.linkChars * 10 >= b.text.size() * 7;
}

HtmlContent Extractor::assemble()
{
    HtmlContent result;
    // An element named like an advertisement is one when it is short; a long
    // one is a wrapper some sites give such a name (or left unclosed).
    constexpr qsizetype longestAside = 600;
    QList<qsizetype> asideChars(m_asides, 0);
    for (const Block &b : std::as_const(m_blocks))
        if (b.context.aside >= 0)
            asideChars[b.context.aside] += b.text.size();
    const auto isAside = [&](const Context &c) { return c.aside >= 0 && asideChars[c.aside] <= longestAside; };
    // The container: the article with the most body text, else main, else all.
    QList<qsizetype> articleChars(m_articles, 0);
    qsizetype mainChars = 0;
    for (const Block &b : std::as_const(m_blocks)) {
        if (b.context.header)
            continue;
        if (b.context.article >= 0)
            articleChars[b.context.article] += b.text.size();
        if (b.context.main)
            mainChars += b.text.size();
    }
    int chosen = -1;
    for (int i = 0; i < m_articles; ++i)
        if (articleChars[i] > 0 && (chosen < 0 || articleChars[i] > articleChars[chosen]))
            chosen = i;
    auto inContainer = [&](const Context &c) {
        if (chosen >= 0)
            return c.article == chosen;
        if (mainChars > 0)
            return c.main;
        return true;
    };

    // The title: the container's first h1 (its header included); else the
    // first h1 outside headers; else what the head says; and only then an h1
    // of the page header, which is more often the site's name.
    qsizetype titleBlock = -1;
    qsizetype headerH1 = -1;
    for (qsizetype i = 0; i < m_blocks.size() && titleBlock < 0; ++i) {
        const Context &c = m_blocks[i].context;
        if (c.heading != 1 || !inContainer(c))
            continue;
        if (!c.header || chosen >= 0 || mainChars > 0)
            titleBlock = i;
        else if (headerH1 < 0)
            headerH1 = i;
    }
    result.source = !m_siteName.isEmpty() ? m_siteName : m_ldPublisher;
    if (titleBlock >= 0) {
        result.title = m_blocks[titleBlock].text;
    } else if (!m_ogTitle.isEmpty()) {
        result.title = m_ogTitle;
    } else if (!m_pageTitle.isEmpty()) {
        result.title = m_pageTitle;
        // "Headline | Site" or "Headline - Site": keep the headline.
        if (!result.source.isEmpty()) {
            for (const QStringView sep : {u" | ", u" - ", u" \u2013 ", u" \u2014 ", u" :: "}) {
                const QString suffix = sep + result.source;
                if (result.title.endsWith(suffix, Qt::CaseInsensitive) && result.title.size() > suffix.size()) {
                    result.title.chop(suffix.size());
                    break;
                }
            }
        }
    } else if (headerH1 >= 0) {
        result.title = m_blocks[headerH1].text;
    } else {
        result.title = m_ldHeadline;
    }

    TextBuilder text;
    qsizetype total = 0;
    for (const Block &b : std::as_const(m_blocks))
        total += b.text.size() + 1;
    text.reserve(total);
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks[i];
        if (i == titleBlock || b.context.header || !inContainer(b.context) || isLinkBlock(b) || isAside(b.context))
            continue;
        text.add(b.text);
        text.breakParagraph();
    }
    result.text = text.take();

    // The date, by the order of trust.
    QString timeValue;
    for (const TimeStamp &t : std::as_const(m_times))
        if (chosen < 0 || t.article == chosen) {
            timeValue = t.value;
            break;
        }
    if (timeValue.isEmpty() && !m_times.isEmpty())
        timeValue = m_times.constFirst().value;
    for (const QString &candidate : {m_metaDate, m_publishedTime, timeValue, m_ldDate}) {
        const QDate d = parseDateValue(candidate);
        if (d.isValid()) {
            result.date = d;
            break;
        }
    }
    return result;
}

} // namespace

HtmlContent extractHtml(QStringView html)
{
    Extractor extractor(html);
    return extractor.run();
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
