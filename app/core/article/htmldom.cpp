// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/htmldom.h"

#include "article/htmlextractor.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace Annalist {

namespace {

struct TagInfo {
    QStringView name;
    HtmlTag tag;
};

constexpr TagInfo knownTags[] = {
    {u"html", HtmlTag::Html}, {u"head", HtmlTag::Head}, {u"body", HtmlTag::Body}, {u"title", HtmlTag::Title},
    {u"meta", HtmlTag::Meta}, {u"link", HtmlTag::Link}, {u"base", HtmlTag::Base}, {u"script", HtmlTag::Script},
    {u"style", HtmlTag::Style}, {u"noscript", HtmlTag::NoScript}, {u"template", HtmlTag::Template},
    {u"iframe", HtmlTag::IFrame}, {u"svg", HtmlTag::Svg}, {u"math", HtmlTag::Math},
    {u"article", HtmlTag::Article}, {u"main", HtmlTag::Main}, {u"section", HtmlTag::Section},
    {u"div", HtmlTag::Div}, {u"p", HtmlTag::P}, {u"span", HtmlTag::Span}, {u"a", HtmlTag::A},
    {u"br", HtmlTag::Br}, {u"hr", HtmlTag::Hr}, {u"img", HtmlTag::Img}, {u"picture", HtmlTag::Picture},
    {u"figure", HtmlTag::Figure}, {u"figcaption", HtmlTag::FigCaption}, {u"h1", HtmlTag::H1},
    {u"h2", HtmlTag::H2}, {u"h3", HtmlTag::H3}, {u"h4", HtmlTag::H4}, {u"h5", HtmlTag::H5},
    {u"h6", HtmlTag::H6}, {u"hgroup", HtmlTag::HGroup}, {u"header", HtmlTag::Header},
    {u"footer", HtmlTag::Footer}, {u"nav", HtmlTag::Nav}, {u"aside", HtmlTag::Aside},
    {u"address", HtmlTag::Address}, {u"ul", HtmlTag::Ul}, {u"ol", HtmlTag::Ol}, {u"li", HtmlTag::Li},
    {u"dl", HtmlTag::Dl}, {u"dt", HtmlTag::Dt}, {u"dd", HtmlTag::Dd}, {u"blockquote", HtmlTag::Blockquote},
    {u"pre", HtmlTag::Pre}, {u"listing", HtmlTag::Pre}, {u"code", HtmlTag::Code}, {u"table", HtmlTag::Table},
    {u"caption", HtmlTag::Caption}, {u"thead", HtmlTag::THead}, {u"tbody", HtmlTag::TBody},
    {u"tfoot", HtmlTag::TFoot}, {u"tr", HtmlTag::Tr}, {u"td", HtmlTag::Td}, {u"th", HtmlTag::Th},
    {u"col", HtmlTag::Col}, {u"colgroup", HtmlTag::ColGroup}, {u"form", HtmlTag::Form},
    {u"fieldset", HtmlTag::FieldSet}, {u"input", HtmlTag::Input}, {u"button", HtmlTag::Button},
    {u"select", HtmlTag::Select}, {u"option", HtmlTag::Option}, {u"textarea", HtmlTag::TextArea},
    {u"label", HtmlTag::Label}, {u"time", HtmlTag::Time}, {u"center", HtmlTag::Center},
    {u"details", HtmlTag::Details}, {u"summary", HtmlTag::Summary}, {u"dialog", HtmlTag::Dialog},
    {u"menu", HtmlTag::Menu}, {u"object", HtmlTag::Object}, {u"embed", HtmlTag::Embed},
    {u"video", HtmlTag::Video}, {u"audio", HtmlTag::Audio}, {u"canvas", HtmlTag::Canvas},
    {u"map", HtmlTag::Map}, {u"area", HtmlTag::Area}, {u"source", HtmlTag::Source},
    {u"track", HtmlTag::Track}, {u"param", HtmlTag::Param}, {u"wbr", HtmlTag::Wbr}, {u"font", HtmlTag::Font},
    {u"em", HtmlTag::Em}, {u"strong", HtmlTag::Strong}, {u"b", HtmlTag::B}, {u"i", HtmlTag::I},
    {u"u", HtmlTag::U}, {u"sub", HtmlTag::Sub}, {u"sup", HtmlTag::Sup}, {u"small", HtmlTag::Small},
    // Raw text that is never read.
    {u"xmp", HtmlTag::Other}, {u"noembed", HtmlTag::Other}, {u"noframes", HtmlTag::Other},
};

// The attributes the reader view reads; the rest are not kept.
constexpr QStringView keptAttributes[] = {
    u"class", u"id", u"role", u"style", u"hidden", u"aria-hidden", u"itemprop", u"itemtype", u"rel",
    u"datetime", u"name", u"property", u"content", u"type", u"lang", u"http-equiv", u"pubdate",
    u"summary", u"datatable", u"href", u"itemscope",
};

bool isVoid(HtmlTag t)
{
    switch (t) {
    case HtmlTag::Br: case HtmlTag::Hr: case HtmlTag::Img: case HtmlTag::Meta: case HtmlTag::Link:
    case HtmlTag::Base: case HtmlTag::Input: case HtmlTag::Area: case HtmlTag::Col: case HtmlTag::Embed:
    case HtmlTag::Param: case HtmlTag::Source: case HtmlTag::Track: case HtmlTag::Wbr:
        return true;
    default:
        return false;
    }
}

// Elements whose start tag closes an open <p>, as the HTML standard has it.
bool closesParagraph(HtmlTag t)
{
    switch (t) {
    case HtmlTag::Address: case HtmlTag::Article: case HtmlTag::Aside: case HtmlTag::Blockquote:
    case HtmlTag::Center: case HtmlTag::Details: case HtmlTag::Dialog: case HtmlTag::Div: case HtmlTag::Dl:
    case HtmlTag::FieldSet: case HtmlTag::FigCaption: case HtmlTag::Figure: case HtmlTag::Footer:
    case HtmlTag::Form: case HtmlTag::H1: case HtmlTag::H2: case HtmlTag::H3: case HtmlTag::H4:
    case HtmlTag::H5: case HtmlTag::H6: case HtmlTag::Header: case HtmlTag::HGroup: case HtmlTag::Hr:
    case HtmlTag::Main: case HtmlTag::Menu: case HtmlTag::Nav: case HtmlTag::Ol: case HtmlTag::P:
    case HtmlTag::Pre: case HtmlTag::Section: case HtmlTag::Table: case HtmlTag::Ul: case HtmlTag::Li:
    case HtmlTag::Dd: case HtmlTag::Dt: case HtmlTag::Summary:
        return true;
    default:
        return false;
    }
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':' || c == u'.';
}

bool isSpaceChar(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

struct RawAttribute {
    QStringView name;
    QStringView value;
};

class TreeBuilder
{
public:
    explicit TreeBuilder(QStringView html)
        : m_html(html)
    {
        m_dom.nodes.append(HtmlNode{});
        m_dom.nodes[0].end = 1;
    }

    HtmlDom run();

private:
    struct Open {
        int node;
        int name; ///< the element's name, numbered, to match end tags
        HtmlTag tag;
    };

    int nameId(QStringView name, HtmlTag *tag);
    int top() const { return m_stack.isEmpty() ? 0 : m_stack.constLast().node; }
    int append(HtmlNode node);
    void addText(QStringView text, bool decode);
    void startTag(QStringView name, const QList<RawAttribute> &attributes, bool selfClosing, qsizetype &pos);
    void endTag(QStringView name);
    void pop();
    bool closeOpen(HtmlTag tag, std::initializer_list<HtmlTag> boundaries);
    qsizetype skipRawText(QStringView name, qsizetype pos, QStringView *content);

    QStringView m_html;
    HtmlDom m_dom;
    QList<Open> m_stack;
    QHash<QString, int> m_names;
    QList<HtmlTag> m_nameTags;
    QList<int> m_openCount; ///< open elements of each name, so that a stray end tag costs nothing
    std::array<int, 256> m_openTags{}; ///< open elements of each tag
    QString m_nameBuffer;
};

int TreeBuilder::nameId(QStringView name, HtmlTag *tag)
{
    m_nameBuffer.resize(name.size());
    for (qsizetype i = 0; i < name.size(); ++i)
        m_nameBuffer[i] = name[i].toLower();
    const auto it = m_names.constFind(m_nameBuffer);
    if (it != m_names.cend()) {
        *tag = m_nameTags[*it];
        return *it;
    }
    HtmlTag t = HtmlTag::Other;
    for (const TagInfo &info : knownTags) {
        if (info.name == m_nameBuffer) {
            t = info.tag;
            break;
        }
    }
    const int id = int(m_nameTags.size());
    m_names.insert(m_nameBuffer, id);
    m_nameTags.append(t);
    m_openCount.append(0);
    *tag = t;
    return id;
}

int TreeBuilder::append(HtmlNode node)
{
    const int index = int(m_dom.nodes.size());
    const int parent = top();
    node.parent = parent;
    node.end = index + 1;
    HtmlNode &p = m_dom.nodes[parent];
    if (p.lastChild >= 0)
        m_dom.nodes[p.lastChild].next = index;
    else
        p.firstChild = index;
    p.lastChild = index;
    m_dom.nodes.append(node);
    return index;
}

void TreeBuilder::addText(QStringView text, bool decode)
{
    if (text.isEmpty())
        return;
    const QString decoded = decode && text.contains(u'&') ? decodeHtmlEntities(text) : QString();
    const QStringView t = decoded.isNull() ? text : QStringView(decoded);
    // Text split by a comment or a dropped tag joins the text node before it.
    const int last = m_dom.nodes[top()].lastChild;
    if (last >= 0 && last == m_dom.nodes.size() - 1 && m_dom.nodes[last].isText) {
        m_dom.text += t;
        m_dom.nodes[last].textLength += t.size();
        return;
    }
    HtmlNode node;
    node.isText = true;
    node.textStart = m_dom.text.size();
    node.textLength = t.size();
    m_dom.text += t;
    append(node);
}

void TreeBuilder::pop()
{
    const Open o = m_stack.takeLast();
    --m_openCount[o.name];
    --m_openTags[quint8(o.tag)];
    m_dom.nodes[o.node].end = int(m_dom.nodes.size());
}

// Closes the innermost open element of that tag when no boundary element
// lies between it and the top. The walk is bounded: a page that leaves
// thousands of inline elements open cannot make every start tag costly.
bool TreeBuilder::closeOpen(HtmlTag tag, std::initializer_list<HtmlTag> boundaries)
{
    if (m_openTags[quint8(tag)] == 0)
        return false;
    constexpr int longestWalk = 64;
    for (qsizetype i = m_stack.size() - 1; i >= 0 && i >= m_stack.size() - longestWalk; --i) {
        const HtmlTag t = m_stack[i].tag;
        if (t == tag) {
            while (m_stack.size() > i)
                pop();
            return true;
        }
        for (const HtmlTag b : boundaries)
            if (t == b)
                return false;
    }
    return false;
}

qsizetype TreeBuilder::skipRawText(QStringView name, qsizetype pos, QStringView *content)
{
    // The content ends at "</name" followed by white space, '/' or '>'.
    qsizetype search = pos;
    while (true) {
        const qsizetype at = m_html.indexOf(u"</", search);
        if (at < 0) {
            *content = m_html.mid(pos);
            return m_html.size();
        }
        const qsizetype afterName = at + 2 + name.size();
        if (m_html.mid(at + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
            && (afterName >= m_html.size() || isSpaceChar(m_html[afterName]) || m_html[afterName] == u'>'
                || m_html[afterName] == u'/')) {
            *content = m_html.mid(pos, at - pos);
            const qsizetype close = m_html.indexOf(u'>', afterName);
            return close < 0 ? m_html.size() : close + 1;
        }
        search = at + 2;
    }
}

void TreeBuilder::startTag(QStringView name, const QList<RawAttribute> &attributes, bool selfClosing,
                           qsizetype &pos)
{
    HtmlTag tag;
    const int id = nameId(name, &tag);
    if (closesParagraph(tag))
        closeOpen(HtmlTag::P, {HtmlTag::Table, HtmlTag::Td, HtmlTag::Th, HtmlTag::Caption, HtmlTag::Button,
                               HtmlTag::Object, HtmlTag::Template, HtmlTag::Html});
    switch (tag) {
    case HtmlTag::Li:
        closeOpen(HtmlTag::Li, {HtmlTag::Ul, HtmlTag::Ol, HtmlTag::Menu, HtmlTag::Table});
        break;
    case HtmlTag::Dt:
    case HtmlTag::Dd:
        closeOpen(HtmlTag::Dt, {HtmlTag::Dl, HtmlTag::Table});
        closeOpen(HtmlTag::Dd, {HtmlTag::Dl, HtmlTag::Table});
        break;
    case HtmlTag::Tr:
        closeOpen(HtmlTag::Tr, {HtmlTag::Table});
        break;
    case HtmlTag::Td:
    case HtmlTag::Th:
        closeOpen(HtmlTag::Td, {HtmlTag::Tr, HtmlTag::Table});
        closeOpen(HtmlTag::Th, {HtmlTag::Tr, HtmlTag::Table});
        break;
    case HtmlTag::H1: case HtmlTag::H2: case HtmlTag::H3: case HtmlTag::H4: case HtmlTag::H5: case HtmlTag::H6:
        if (!m_stack.isEmpty() && isHeadingTag(m_stack.constLast().tag))
            pop();
        break;
    default:
        break;
    }

    HtmlNode node;
    node.tag = tag;
    node.attributeStart = int(m_dom.attributes.size());
    for (const RawAttribute &a : attributes) {
        for (const QStringView kept : keptAttributes) {
            if (a.name.compare(kept, Qt::CaseInsensitive) == 0) {
                m_dom.attributes.append({kept.toString(), a.value.contains(u'&') ? decodeHtmlEntities(a.value)
                                                                                 : a.value.toString()});
                ++node.attributeCount;
                break;
            }
        }
    }
    const int index = append(node);
    if (isVoid(tag))
        return;
    const bool rawText = tag == HtmlTag::Script || tag == HtmlTag::Style || tag == HtmlTag::Title
        || tag == HtmlTag::TextArea || tag == HtmlTag::IFrame || tag == HtmlTag::NoScript
        || m_nameBuffer == u"xmp" || m_nameBuffer == u"noembed" || m_nameBuffer == u"noframes";
    if (rawText) {
        if (selfClosing && tag != HtmlTag::Script)
            return;
        QStringView content;
        pos = skipRawText(QString(m_nameBuffer), pos, &content);
        // Only a title and structured data are read from raw text.
        const bool keep = tag == HtmlTag::Title
            || (tag == HtmlTag::Script && m_dom.attribute(index, u"type").contains(u"json", Qt::CaseInsensitive));
        if (keep) {
            m_stack.append({index, id, tag});
            ++m_openCount[id];
            ++m_openTags[quint8(tag)];
            addText(content, tag == HtmlTag::Title);
            pop();
        }
        return;
    }
    if (selfClosing && tag != HtmlTag::Other && tag != HtmlTag::Span && tag != HtmlTag::A)
        return; // "<div/>": nothing inside
    m_stack.append({index, id, tag});
    ++m_openCount[id];
    ++m_openTags[quint8(tag)];
}

void TreeBuilder::endTag(QStringView name)
{
    HtmlTag tag;
    const int id = nameId(name, &tag);
    if (tag == HtmlTag::Br) { // "</br>" acts as <br>
        HtmlNode node;
        node.tag = HtmlTag::Br;
        append(node);
        return;
    }
    if (m_openCount[id] == 0)
        return;
    while (!m_stack.isEmpty()) {
        const bool last = m_stack.constLast().name == id;
        pop();
        if (last)
            return;
    }
}

HtmlDom TreeBuilder::run()
{
    const qsizetype n = m_html.size();
    QList<RawAttribute> attributes;
    qsizetype pos = 0;
    qsizetype textStart = 0;
    while (pos < n) {
        const qsizetype lt = m_html.indexOf(u'<', pos);
        if (lt < 0 || lt + 1 >= n)
            break;
        const QChar next = m_html[lt + 1];
        if (next == u'!' || next == u'?') {
            addText(m_html.mid(textStart, lt - textStart), true);
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
        addText(m_html.mid(textStart, lt - textStart), true);
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
            RawAttribute a{m_html.mid(an, p - an), {}};
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
            endTag(name);
        else
            startTag(name, attributes, selfClosing, pos);
        textStart = pos;
    }
    addText(m_html.mid(textStart), true);
    while (!m_stack.isEmpty())
        pop();
    m_dom.nodes[0].end = int(m_dom.nodes.size());
    return std::move(m_dom);
}

} // namespace

QStringView HtmlDom::attribute(int node, QStringView name) const
{
    const HtmlNode &n = nodes[node];
    for (int i = n.attributeStart; i < n.attributeStart + n.attributeCount; ++i)
        if (attributes[i].name == name)
            return attributes[i].value.isNull() ? QStringView(u"") : QStringView(attributes[i].value);
    return {};
}

bool HtmlDom::hasAttribute(int node, QStringView name) const
{
    const HtmlNode &n = nodes[node];
    for (int i = n.attributeStart; i < n.attributeStart + n.attributeCount; ++i)
        if (attributes[i].name == name)
            return true;
    return false;
}

QString HtmlDom::textContent(int node) const
{
    QString out;
    for (int i = node; i < nodes[node].end; ++i)
        if (nodes[i].isText)
            out += textOf(nodes[i]);
    return out;
}

HtmlDom parseHtml(QStringView html)
{
    TreeBuilder builder(html);
    return builder.run();
}

bool isHeadingTag(HtmlTag tag)
{
    return tag >= HtmlTag::H1 && tag <= HtmlTag::H6;
}

bool isBlockTag(HtmlTag tag)
{
    switch (tag) {
    case HtmlTag::Other: case HtmlTag::Span: case HtmlTag::A: case HtmlTag::Img: case HtmlTag::Picture:
    case HtmlTag::Code: case HtmlTag::Label: case HtmlTag::Time: case HtmlTag::Font: case HtmlTag::Em:
    case HtmlTag::Strong: case HtmlTag::B: case HtmlTag::I: case HtmlTag::U: case HtmlTag::Sub:
    case HtmlTag::Sup: case HtmlTag::Small: case HtmlTag::Wbr: case HtmlTag::Input: case HtmlTag::Button:
    case HtmlTag::Select: case HtmlTag::Option: case HtmlTag::TextArea: case HtmlTag::Embed: case HtmlTag::Object:
    case HtmlTag::Video: case HtmlTag::Audio: case HtmlTag::Canvas: case HtmlTag::Map: case HtmlTag::Area:
    case HtmlTag::Source: case HtmlTag::Track: case HtmlTag::Param: case HtmlTag::Svg: case HtmlTag::Math:
        return false;
    default:
        return true;
    }
}

} // namespace Annalist
