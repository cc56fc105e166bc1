// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/htmlcontent.h"

#include "article/htmlmetadata.h"
#include "article/htmltext.h"
#include "article/textbuilder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Annalist {

namespace {

struct Rules {
    bool unlikely = true; ///< set aside elements whose class or id names boilerplate
    bool weights = true; ///< score class and id names
    bool clean = true; ///< remove boilerplate-looking blocks inside the article (form fields always count)
};

// Sizes from the counts of a subtree's text.
struct Stats {
    qsizetype text = 0; ///< characters, runs of white space counted as one
    qsizetype links = 0; ///< of which inside links
    qsizetype ownText = 0; ///< of which not inside a block descendant
    qsizetype listText = 0; ///< of which inside list items
    qsizetype headingText = 0;
    int commas = 0;
    int ownCommas = 0;
    int paragraphs = 0;
    int images = 0;
    int items = 0; ///< list items
    int inputs = 0;
    int embeds = 0;
};

// Words in class and id values. Substrings, as sites write them glued
// ("sidebarWidget", "comments-list"), checked against the lower-cased value.
const QStringList unlikelyWords = {
    u"banner"_s, u"breadcrumb"_s, u"combx"_s, u"comment"_s, u"community"_s, u"cover-wrap"_s, u"disqus"_s,
    u"extra"_s, u"footer"_s, u"gdpr"_s, u"header"_s, u"legends"_s, u"menu"_s, u"related"_s, u"remark"_s,
    u"replies"_s, u"rss"_s, u"shoutbox"_s, u"sidebar"_s, u"skyscraper"_s, u"social"_s, u"sponsor"_s,
    u"supplemental"_s, u"ad-break"_s, u"agegate"_s, u"pagination"_s, u"pager"_s, u"popup"_s, u"cookie"_s,
    u"consent"_s, u"newsletter"_s, u"signup"_s, u"sign-up"_s, u"paywall"_s, u"modal"_s, u"tooltip"_s,
};
// Words no content word outweighs: "related-articles" is no article.
const QStringList surelyNotContent = {
    u"related"_s, u"share"_s, u"social"_s, u"newsletter"_s, u"cookie"_s, u"consent"_s, u"gdpr"_s, u"paywall"_s,
    u"disqus"_s, u"outbrain"_s, u"taboola"_s,
};
// Words that say the element holds content after all ("article-header").
const QStringList contentWords = {
    u"and"_s, u"article"_s, u"body"_s, u"column"_s, u"content"_s, u"main"_s, u"mathjax"_s, u"shadow"_s,
};
const QStringList negativeWords = {
    u"hidden"_s, u"banner"_s, u"combx"_s, u"comment"_s, u"com-"_s, u"contact"_s, u"footer"_s, u"gdpr"_s,
    u"masthead"_s, u"media"_s, u"meta"_s, u"outbrain"_s, u"promo"_s, u"related"_s, u"scroll"_s, u"share"_s,
    u"shoutbox"_s, u"sidebar"_s, u"skyscraper"_s, u"sponsor"_s, u"shopping"_s, u"tags"_s, u"widget"_s,
    u"-ad-"_s, u"cookie"_s, u"newsletter"_s, u"subscribe"_s, u"taboola"_s,
};
const QStringList positiveWords = {
    u"article"_s, u"body"_s, u"content"_s, u"entry"_s, u"hentry"_s, u"h-entry"_s, u"main"_s, u"page"_s,
    u"pagination"_s, u"post"_s, u"text"_s, u"blog"_s, u"story"_s,
};

bool containsAny(const QString &value, const QStringList &words)
{
    for (const QString &w : words)
        if (value.contains(w))
            return true;
    return false;
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
        u"outbrain"_s, u"taboola"_s, u"share"_s, u"sharing"_s, u"sharebar"_s, u"author"_s, u"dateline"_s,
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

bool isComma(QChar c)
{
    const char16_t u = c.unicode();
    return u == u',' || u == 0x060C || u == 0xFF0C || u == 0x3001 || u == 0xFE50;
}

// Characters of a text with every run of white space counted as one, and
// the commas in it.
void measure(QStringView text, qsizetype &length, int &commas)
{
    bool blank = true;
    for (const QChar c : text) {
        if (isBlank(c)) {
            if (!blank)
                ++length;
            blank = true;
            continue;
        }
        blank = false;
        ++length;
        if (isComma(c))
            ++commas;
    }
}

class ContentFinder
{
public:
    ContentFinder(const HtmlDom &dom, const QString &title)
        : m_dom(dom)
        , m_nodes(dom.nodes)
        , m_title(title)
    {
    }

    ArticleContent find(const Rules &rules);

private:
    void setAside(const Rules &rules);
    void countText();
    void score(const Rules &rules);
    int chooseTop();
    void cleanInside(const Rules &rules, ArticleContent &out);
    int classWeight(int node) const;
    double linkDensity(int node) const
    {
        return m_stats[node].text ? double(m_stats[node].links) / m_stats[node].text : 0;
    }
    bool isParagraph(int node) const;
    QString classAndId(int node) const
    {
        return (m_dom.attribute(node, u"class") + u' ' + m_dom.attribute(node, u"id")).toLower();
    }
    bool isDataTable(int table);

    const HtmlDom &m_dom;
    const QList<HtmlNode> &m_nodes;
    QString m_title;
    QList<bool> m_skip;
    QList<Stats> m_stats;
    QList<double> m_score;
    QList<bool> m_scored;
    QList<double> m_gained; ///< the part of the score its paragraphs gave
    QList<int> m_table; ///< the nearest table element above a node, or -1
    QHash<int, bool> m_dataTables;
};

int ContentFinder::classWeight(int node) const
{
    // The page's own word for where its article is weighs as a class name does.
    int weight = 0;
    if (m_nodes[node].tag == HtmlTag::Article || m_nodes[node].tag == HtmlTag::Main
        || m_dom.attribute(node, u"role") == u"main"
        || m_dom.attribute(node, u"itemprop").compare(u"articleBody", Qt::CaseInsensitive) == 0)
        weight += 25;
    for (const QStringView attribute : {u"class", u"id"}) {
        const QString value = m_dom.attribute(node, attribute).toString().toLower();
        if (value.isEmpty())
            continue;
        if (containsAny(value, negativeWords))
            weight -= 25;
        if (containsAny(value, positiveWords))
            weight += 25;
    }
    return weight;
}

bool ContentFinder::isDataTable(int table)
{
    const auto it = m_dataTables.constFind(table);
    if (it != m_dataTables.cend())
        return *it;
    const bool data = Annalist::isDataTable(m_dom, table);
    m_dataTables.insert(table, data);
    return data;
}

void ContentFinder::setAside(const Rules &rules)
{
    const qsizetype n = m_nodes.size();
    m_skip.fill(false, n);
    m_table.fill(-1, n);
    for (int i = 1; i < n; ++i) {
        const HtmlNode &node = m_nodes[i];
        const int parent = node.parent;
        m_table[i] = m_nodes[parent].tag == HtmlTag::Table ? parent : m_table[parent];
        if (m_skip[parent]) {
            m_skip[i] = true;
            continue;
        }
        if (node.isText)
            continue;
        bool skip = false;
        switch (node.tag) {
        case HtmlTag::Script: case HtmlTag::Style: case HtmlTag::NoScript: case HtmlTag::Template:
        case HtmlTag::IFrame: case HtmlTag::Head: case HtmlTag::Title: case HtmlTag::Meta: case HtmlTag::Link:
        case HtmlTag::Base: case HtmlTag::Input: case HtmlTag::Button: case HtmlTag::Select:
        case HtmlTag::Option: case HtmlTag::TextArea: case HtmlTag::Dialog: case HtmlTag::Canvas:
        case HtmlTag::Object: case HtmlTag::Embed: case HtmlTag::Video: case HtmlTag::Audio: case HtmlTag::Map:
        case HtmlTag::Nav: case HtmlTag::Aside: case HtmlTag::Svg: case HtmlTag::Math: case HtmlTag::Header:
        case HtmlTag::Footer: case HtmlTag::Menu: case HtmlTag::FieldSet:
            skip = true;
            break;
        default:
            break;
        }
        if (node.attributeCount > 0 && !skip) {
            const QStringView role = m_dom.attribute(i, u"role");
            if (m_dom.hasAttribute(i, u"hidden") || m_dom.attribute(i, u"aria-hidden") == u"true"
                || role == u"navigation" || role == u"complementary" || role == u"search" || role == u"dialog"
                || role == u"alertdialog" || role == u"menu" || role == u"menubar" || role == u"banner"
                || role == u"contentinfo")
                skip = true;
            const QStringView style = m_dom.attribute(i, u"style");
            if (!style.isEmpty()) {
                QString compact = style.toString().toLower();
                compact.remove(u' ');
                if (compact.contains(u"display:none") || compact.contains(u"visibility:hidden"))
                    skip = true;
            }
            const bool container = node.tag == HtmlTag::Body || node.tag == HtmlTag::Html
                || node.tag == HtmlTag::Article || node.tag == HtmlTag::Main;
            if (!skip && rules.unlikely && !container && node.tag != HtmlTag::A && m_table[i] < 0) {
                const QString names = classAndId(i);
                if ((containsAny(names, unlikelyWords) && !containsAny(names, contentWords))
                    || containsAny(names, surelyNotContent))
                    skip = true;
            }
            // A byline is the author's name, not the article's text.
            const QStringView itemprop = m_dom.attribute(i, u"itemprop");
            if (!skip && !container
                && (m_dom.attribute(i, u"rel") == u"author" || itemprop.contains(u"author", Qt::CaseInsensitive))) {
                const QString text = m_dom.textContent(i).simplified();
                if (text.size() < 100) {
                    skip = true;
                    // "By <a rel=author>…</a>": the short line around the name is the byline.
                    const int line = node.parent;
                    constexpr int smallLine = 40; // nodes, so that no long paragraph is read for it
                    const HtmlTag lineTag = m_nodes[line].tag;
                    const bool lineLike = lineTag == HtmlTag::P || lineTag == HtmlTag::Li || lineTag == HtmlTag::Span
                        || lineTag == HtmlTag::Div || lineTag == HtmlTag::Address || lineTag == HtmlTag::Small;
                    if (line > 0 && lineLike && !m_skip[line] && m_nodes[line].end - line < smallLine
                        && m_dom.textContent(line).simplified().size() < 100) {
                        m_skip[line] = true;
                        for (int k = line + 1; k <= i; ++k)
                            m_skip[k] = true;
                    }
                }
            }
        }
        m_skip[i] = skip;
    }
}

void ContentFinder::countText()
{
    const qsizetype n = m_nodes.size();
    m_stats.fill(Stats{}, n);
    for (qsizetype i = n - 1; i >= 1; --i) {
        if (m_skip[i]) {
            // Form fields and embedded players are set aside, yet they tell
            // what their container is.
            const HtmlNode &node = m_nodes[i];
            if (!node.isText && !m_skip[node.parent]) {
                const HtmlTag t = node.tag;
                // Fields, not buttons: pages make buttons of their own controls.
                if (t == HtmlTag::Input || t == HtmlTag::Select || t == HtmlTag::TextArea)
                    ++m_stats[node.parent].inputs;
                if (t == HtmlTag::Object || t == HtmlTag::Embed || t == HtmlTag::IFrame || t == HtmlTag::Video)
                    ++m_stats[node.parent].embeds;
            }
            continue;
        }
        const HtmlNode &node = m_nodes[i];
        Stats &s = m_stats[i];
        if (node.isText) {
            measure(m_dom.textOf(node), s.text, s.commas);
            s.ownText = s.text;
            s.ownCommas = s.commas;
        } else {
            switch (node.tag) {
            case HtmlTag::A:
                s.links = s.text;
                break;
            case HtmlTag::P:
                ++s.paragraphs;
                break;
            case HtmlTag::Img:
                ++s.images;
                break;
            case HtmlTag::Li:
                ++s.items;
                s.listText = s.text;
                break;
            case HtmlTag::Input: case HtmlTag::Select: case HtmlTag::TextArea: case HtmlTag::Button:
                ++s.inputs;
                break;
            case HtmlTag::Object: case HtmlTag::Embed: case HtmlTag::IFrame: case HtmlTag::Video:
                ++s.embeds;
                break;
            default:
                if (isHeadingTag(node.tag))
                    s.headingText = s.text;
                break;
            }
        }
        Stats &p = m_stats[node.parent];
        p.text += s.text;
        p.links += s.links;
        p.listText += s.listText;
        p.headingText += s.headingText;
        p.commas += s.commas;
        p.paragraphs += s.paragraphs;
        p.images += s.images;
        p.items += s.items;
        p.inputs += s.inputs;
        p.embeds += s.embeds;
        if (node.isText || !isBlockTag(node.tag)) {
            p.ownText += node.isText ? s.text : s.ownText;
            p.ownCommas += node.isText ? s.commas : s.ownCommas;
        }
        if (!node.isText && !isBlockTag(node.tag)) {
            // An inline element's own text is its parent's; it scores none itself.
            s.ownText = 0;
            s.ownCommas = 0;
        }
    }
}

// Paragraphs are what a reader reads: <p>, <pre>, table cells, and other
// containers holding text of their own rather than in child blocks.
bool ContentFinder::isParagraph(int node) const
{
    switch (m_nodes[node].tag) {
    case HtmlTag::P: case HtmlTag::Pre: case HtmlTag::Td:
        return true;
    case HtmlTag::Div: case HtmlTag::Section: case HtmlTag::Article: case HtmlTag::Main: case HtmlTag::Other:
    case HtmlTag::Center: case HtmlTag::Blockquote: case HtmlTag::Body: case HtmlTag::Li: case HtmlTag::Dd:
        return m_stats[node].ownText >= 25;
    default:
        return false;
    }
}

void ContentFinder::score(const Rules &rules)
{
    const qsizetype n = m_nodes.size();
    m_score.fill(0, n);
    m_scored.fill(false, n);
    m_gained.fill(0, n);
    const auto initialize = [&](int node) {
        if (m_scored[node])
            return;
        m_scored[node] = true;
        double s = 0;
        switch (m_nodes[node].tag) {
        case HtmlTag::Div:
            s = 5;
            break;
        case HtmlTag::Pre: case HtmlTag::Td: case HtmlTag::Blockquote:
            s = 3;
            break;
        case HtmlTag::Address: case HtmlTag::Ol: case HtmlTag::Ul: case HtmlTag::Dl: case HtmlTag::Dd:
        case HtmlTag::Dt: case HtmlTag::Li: case HtmlTag::Form:
            s = -3;
            break;
        case HtmlTag::H1: case HtmlTag::H2: case HtmlTag::H3: case HtmlTag::H4: case HtmlTag::H5:
        case HtmlTag::H6: case HtmlTag::Th:
            s = -5;
            break;
        default:
            break;
        }
        if (rules.weights)
            s += classWeight(node);
        m_score[node] = s;
    };
    for (int i = 1; i < n; ++i) {
        if (m_skip[i] || m_nodes[i].isText || !isParagraph(i))
            continue;
        const bool whole = m_nodes[i].tag == HtmlTag::P || m_nodes[i].tag == HtmlTag::Pre
            || m_nodes[i].tag == HtmlTag::Td;
        const qsizetype length = whole ? m_stats[i].text : m_stats[i].ownText;
        if (length < 25)
            continue;
        const int commas = whole ? m_stats[i].commas : m_stats[i].ownCommas;
        // Text in links points elsewhere: a paragraph counts by the text of its own.
        const double points = (1 + commas + std::min<qsizetype>(length / 100, 3)) * (1 - linkDensity(i));
        // A container scoring its own text is its own first ancestor.
        int ancestor = whole ? m_nodes[i].parent : i;
        for (int level = 0; level < 5 && ancestor > 0; ++level) {
            initialize(ancestor);
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            m_score[ancestor] += points / divider;
            m_gained[ancestor] += points / divider;
            ancestor = m_nodes[ancestor].parent;
        }
    }
    for (int i = 1; i < n; ++i)
        if (m_scored[i])
            m_score[i] *= 1 - linkDensity(i);
}

int ContentFinder::chooseTop()
{
    const qsizetype n = m_nodes.size();
    QList<int> best;
    for (int i = 1; i < n; ++i) {
        if (!m_scored[i])
            continue;
        best.append(i);
    }
    std::sort(best.begin(), best.end(), [&](int a, int b) { return m_score[a] > m_score[b]; });
    int body = -1;
    for (int i = 1; i < n && body < 0; ++i)
        if (m_nodes[i].tag == HtmlTag::Body)
            body = i;
    if (best.isEmpty() || m_score[best.first()] <= 0)
        return -1;
    int top = best.first();
    const auto contains = [&](int ancestor, int node) { return node >= ancestor && node < m_nodes[ancestor].end; };
    // Several near-best containers under one ancestor: the article is split
    // into parts and the ancestor holds them all.
    QList<int> alternatives;
    for (qsizetype k = 1; k < std::min<qsizetype>(best.size(), 5); ++k)
        if (m_score[best[k]] / m_score[top] >= 0.75)
            alternatives.append(best[k]);
    if (alternatives.size() >= 3) {
        for (int a = m_nodes[top].parent; a > 0 && m_nodes[a].tag != HtmlTag::Body; a = m_nodes[a].parent) {
            int holds = 0;
            for (const int alt : std::as_const(alternatives))
                holds += contains(a, alt);
            if (holds >= 3) {
                top = a;
                break;
            }
        }
    }
    // A parent whose paragraphs gave it more holds more of the article (what
    // its class or kind of element gives it is no content of its own).
    const auto content = [&](int node) { return m_gained[node] * (1 - linkDensity(node)); };
    double last = content(top);
    for (int p = m_nodes[top].parent; p > 0 && m_nodes[p].tag != HtmlTag::Body; p = m_nodes[p].parent) {
        if (!m_scored[p])
            continue;
        if (content(p) < last / 3)
            break;
        if (content(p) > last) {
            top = p;
            break;
        }
        last = content(p);
    }
    // A wrapper around nothing else is the same container.
    for (int p = m_nodes[top].parent; p > 0 && m_nodes[p].tag != HtmlTag::Body; p = m_nodes[p].parent) {
        int children = 0;
        for (int c = m_nodes[p].firstChild; c >= 0 && children < 2; c = m_nodes[c].next)
            children += !m_nodes[c].isText && !m_skip[c];
        if (children != 1)
            break;
        top = p;
    }
    return top;
}

void ContentFinder::cleanInside(const Rules &rules, ArticleContent &out)
{
    const QString normalTitle = m_title.simplified().toLower();
    bool titleSeen = normalTitle.isEmpty();
    for (const int root : std::as_const(out.roots)) {
        for (int i = root; i < m_nodes[root].end; ++i) {
            if (m_skip[i]) {
                i = m_nodes[i].end - 1;
                continue;
            }
            const HtmlNode &node = m_nodes[i];
            if (node.isText)
                continue;
            if (node.tag == HtmlTag::Time)
                out.times.append(i);
            if (i == root)
                continue;
            bool remove = false;
            const Stats &s = m_stats[i];
            // The headline repeated as the article's first heading.
            if (isHeadingTag(node.tag) && node.tag <= HtmlTag::H2) {
                if (!titleSeen && m_dom.textContent(i).simplified().toLower() == normalTitle) {
                    remove = true;
                    titleSeen = true;
                } else if (rules.weights && classWeight(i) < 0) {
                    remove = true;
                }
            }
            // Advertisements, promotions, share bars and bylines set inside
            // the text say what they are in their class or id; a long element
            // named so is a wrapper some site named carelessly.
            if (!remove && s.text <= 600
                && (namesNonBody(m_dom.attribute(i, u"class")) || namesNonBody(m_dom.attribute(i, u"id")))) {
                remove = true;
            }
            // A short paragraph that is mostly a link ("Read more: …") points
            // to another article; it says nothing of this one's.
            if (!remove && node.tag == HtmlTag::P && s.text <= 200 && s.links * 10 >= s.text * 7 && s.text > 0)
                remove = true;
            const bool cleanable = node.tag == HtmlTag::Form || node.tag == HtmlTag::Table || node.tag == HtmlTag::Ul
                || node.tag == HtmlTag::Ol || node.tag == HtmlTag::Div || node.tag == HtmlTag::Section
                || node.tag == HtmlTag::Dl;
            if (!remove && cleanable) {
                const int inTable = node.tag == HtmlTag::Table ? i : m_table[i];
                const bool data = inTable >= 0 && isDataTable(inTable);
                const int weight = rules.weights ? classWeight(i) : 0;
                // What its paragraphs gave it, not what its kind of element
                // starts from: a list is no boilerplate for being a list.
                const double points = m_scored[i] ? m_gained[i] * (1 - linkDensity(i)) : 0;
                const bool list = node.tag == HtmlTag::Ul || node.tag == HtmlTag::Ol || node.tag == HtmlTag::Dl
                    || (s.text > 0 && double(s.listText) / s.text > 0.9);
                if (!rules.clean) {
                    remove = !data && s.inputs > s.paragraphs / 3;
                } else if (!data && weight + points < 0) {
                    remove = true;
                } else if (!data && s.commas < 10) {
                    const double density = linkDensity(i);
                    const double headingDensity = s.text ? double(s.headingText) / s.text : 0;
                    const int paragraphs = s.paragraphs;
                    remove = (s.images > 1 && double(paragraphs) / s.images < 0.5)
                        || (!list && s.items - 100 > paragraphs) || (s.inputs > paragraphs / 3)
                        || (!list && headingDensity < 0.9 && s.text < 25 && (s.images == 0 || s.images > 2)
                            && density > 0)
                        || (!list && weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5)
                        || (s.embeds == 1 && s.text < 75) || s.embeds > 1;
                }
            }
            if (remove) {
                m_skip[i] = true;
                i = node.end - 1;
            }
        }
    }
}

ArticleContent ContentFinder::find(const Rules &rules)
{
    ArticleContent out;
    setAside(rules);
    countText();
    score(rules);
    const int top = chooseTop();
    if (top < 0) {
        // Nothing reads as prose: the page's own markup decides, the largest
        // article, else main, else all of it.
        int article = -1, main = -1;
        for (int i = 1; i < m_nodes.size(); ++i) {
            if (m_skip[i] || m_nodes[i].isText || m_stats[i].text == 0)
                continue;
            const bool isArticle = m_nodes[i].tag == HtmlTag::Article
                || m_dom.attribute(i, u"itemprop").compare(u"articleBody", Qt::CaseInsensitive) == 0;
            if (isArticle && (article < 0 || m_stats[i].text > m_stats[article].text))
                article = i;
            if (m_nodes[i].tag == HtmlTag::Main && main < 0)
                main = i;
        }
        const int chosen = article >= 0 ? article : main;
        out.roots.append(chosen >= 0 ? chosen : 0);
    } else if (m_nodes[top].parent <= 0) {
        out.roots.append(top);
    } else {
        // Siblings that score well, or read as prose, belong to the article.
        const double threshold = std::max(10.0, m_score[top] * 0.2);
        const QStringView topClass = m_dom.attribute(top, u"class");
        for (int c = m_nodes[m_nodes[top].parent].firstChild; c >= 0; c = m_nodes[c].next) {
            if (m_skip[c] || m_nodes[c].isText)
                continue;
            bool join = c == top;
            if (!join && m_scored[c]) {
                const double bonus = !topClass.isEmpty() && m_dom.attribute(c, u"class") == topClass
                    ? m_score[top] * 0.2
                    : 0;
                join = m_score[c] + bonus >= threshold;
            }
            if (!join && (m_nodes[c].tag == HtmlTag::P || (isParagraph(c) && m_stats[c].ownText == m_stats[c].text))) {
                const double density = linkDensity(c);
                const qsizetype length = m_stats[c].text;
                if (length > 80)
                    join = density < 0.25;
                else if (length > 0 && density == 0) {
                    const QString text = m_dom.textContent(c).simplified();
                    join = text.endsWith(u'.') || text.contains(u". ");
                }
            }
            if (join)
                out.roots.append(c);
        }
    }
    cleanInside(rules, out);
    out.skipped = m_skip;
    return out;
}

qsizetype keptText(const HtmlDom &dom, const ArticleContent &c)
{
    qsizetype length = 0;
    for (const int root : c.roots) {
        for (int i = root; i < dom.nodes[root].end; ++i) {
            if (c.skipped[i]) {
                i = dom.nodes[i].end - 1;
                continue;
            }
            if (dom.nodes[i].isText) {
                int commas = 0;
                measure(dom.textOf(dom.nodes[i]), length, commas);
            }
        }
    }
    return length;
}

} // namespace

ArticleContent findArticleContent(const HtmlDom &dom, const QString &title)
{
    constexpr qsizetype enoughText = 500;
    ContentFinder finder(dom, title);
    Rules rules;
    ArticleContent best = finder.find(rules);
    qsizetype bestLength = keptText(dom, best);
    // A form's fields are never relaxed: a form is no article on any page.
    for (int attempt = 0; attempt < 3 && bestLength < enoughText; ++attempt) {
        if (attempt == 0)
            rules.unlikely = false;
        else if (attempt == 1)
            rules.weights = false;
        else
            rules.clean = false;
        ArticleContent next = finder.find(rules);
        const qsizetype length = keptText(dom, next);
        if (length > bestLength) {
            best = std::move(next);
            bestLength = length;
        }
    }
    return best;
}

} // namespace Annalist
