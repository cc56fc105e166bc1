// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/htmlmetadata.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Annalist {

namespace {

// The names of the people (or organisations) an author value gives: a
// string, an object with a name (or a given and a family name), a reference
// ({"@id": …}) to an object described elsewhere in the page's JSON-LD, or an
// array of these. names: the objects of the page that have an @id.
QStringList personNames(const QJsonValue &author, const QHash<QString, QString> &named)
{
    QStringList names;
    const auto one = [&](const QJsonValue &v) {
        QString name;
        if (v.isString()) {
            name = v.toString().simplified();
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            name = o.value(u"name").toString().simplified();
            if (name.isEmpty())
                name = QString(o.value(u"givenName").toString() + u' ' + o.value(u"familyName").toString()).simplified();
            if (name.isEmpty())
                name = named.value(o.value(u"@id").toString());
        }
        name = cleanByline(name);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    };
    if (author.isArray()) {
        for (const QJsonValue &v : author.toArray())
            one(v);
    } else {
        one(author);
    }
    return names;
}

bool isArticleType(const QJsonValue &type)
{
    const auto one = [](const QString &t) { return t.endsWith(u"Article") || t == u"BlogPosting" || t == u"Report"; };
    if (type.isString())
        return one(type.toString());
    for (const QJsonValue &v : type.toArray())
        if (one(v.toString()))
            return true;
    return false;
}

struct JsonLd {
    QString headline, date, articleDate, publisher;
    QJsonValue author{QJsonValue::Undefined}; ///< the article's author (or creator), read once every object is known
    QHash<QString, QString> named; ///< the name of every object with an @id
};

void readJsonLd(QStringView json, JsonLd &ld)
{
    // Some pages wrap the JSON in a CDATA section or a comment, for old XHTML.
    json = json.trimmed();
    for (const auto &[open, close] : {std::pair{u"<![CDATA[", u"]]>"}, std::pair{u"<!--", u"-->"}}) {
        if (json.startsWith(QStringView(open)) && json.endsWith(QStringView(close)))
            json = json.sliced(QStringView(open).size(), json.size() - QStringView(open).size() - QStringView(close).size()).trimmed();
    }
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
        const bool article = isArticleType(o.value(u"@type"));
        if (ld.date.isEmpty() && o.value(u"datePublished").isString())
            ld.date = o.value(u"datePublished").toString();
        if (ld.articleDate.isEmpty() && article && o.value(u"datePublished").isString())
            ld.articleDate = o.value(u"datePublished").toString();
        if (ld.headline.isEmpty() && o.value(u"headline").isString())
            ld.headline = o.value(u"headline").toString().simplified();
        if (ld.headline.isEmpty() && article && o.value(u"name").isString())
            ld.headline = o.value(u"name").toString().simplified();
        if (ld.author.isUndefined() && (article || o.contains(u"headline"))) {
            if (o.contains(u"author"))
                ld.author = o.value(u"author");
            else if (o.contains(u"creator"))
                ld.author = o.value(u"creator");
        }
        if (o.value(u"@id").isString() && o.value(u"name").isString())
            ld.named.insert(o.value(u"@id").toString(), o.value(u"name").toString().simplified());
        if (ld.publisher.isEmpty() && o.value(u"publisher").isObject())
            ld.publisher = o.value(u"publisher").toObject().value(u"name").toString().simplified();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (it->isObject() || it->isArray())
                todo.append(*it);
    }
}

int wordCount(QStringView s)
{
    int n = 0;
    bool inWord = false;
    for (const QChar c : s) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++n;
        inWord = letter;
    }
    return n;
}

QString normal(QStringView s)
{
    static const QRegularExpression nonWord(u"[\\W_]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    return s.toString().toLower().replace(nonWord, u" "_s).trimmed();
}

// Letters and digits only, lower-cased and without accents: "Aktuálně.cz"
// and the host "aktualne.cz" read alike.
QString folded(QStringView s)
{
    QString out;
    for (const QChar c : s.toString().normalized(QString::NormalizationForm_D))
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

// og:site_name with a tagline after a separator ("Daily Post - News as it
// happens"): the part that the JSON-LD publisher's name, or the page's host
// name, says is the site's name; else all of it.
QString withoutTagline(const QString &site, const QString &publisher, const QString &host)
{
    static const QRegularExpression separator(u"\\s+[|\\-\u2013\u2014:\u00b7]\\s+"_s);
    const QStringList parts = site.split(separator, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return site;
    const QString foldedHost = folded(host);
    for (const QString &p : parts) {
        const QString part = p.trimmed();
        if (!publisher.isEmpty() && normal(part) == normal(publisher))
            return part;
        const QString foldedPart = folded(part);
        constexpr qsizetype shortestName = 4; // fewer letters match any host by chance
        if (foldedPart.size() >= shortestName && foldedHost.contains(foldedPart))
            return part;
    }
    return site;
}

} // namespace

HtmlMetadata readHtmlMetadata(const HtmlDom &dom)
{
    HtmlMetadata m;
    JsonLd ld;
    QString metaDate, itempropDate, publishedTime, ogTitle, twitterTitle, dcTitle, contentLanguage, locale;
    QStringList metaAuthors;
    QString pageHost;
    static const QStringList dateNames = {
        u"date"_s, u"pubdate"_s, u"publishdate"_s, u"publish-date"_s, u"publish_date"_s, u"publication_date"_s,
        u"dc.date"_s, u"dc.date.issued"_s, u"dcterms.date"_s, u"dcterms.issued"_s, u"dcterms.created"_s,
        u"article.published"_s, u"citation_date"_s, u"citation_publication_date"_s, u"sailthru.date"_s,
        u"parsely-pub-date"_s,
    };
    static const QStringList authorNames = {
        u"author"_s, u"dc.creator"_s, u"dcterms.creator"_s, u"article:author"_s, u"parsely-author"_s,
        u"sailthru.author"_s, u"byl"_s,
    };
    const auto setOnce = [](QString &target, QStringView value) {
        if (target.isEmpty())
            target = value.toString().simplified();
    };
    for (int i = 1; i < dom.nodes.size(); ++i) {
        const HtmlNode &n = dom.nodes[i];
        if (n.isText)
            continue;
        switch (n.tag) {
        case HtmlTag::Html:
            setOnce(m.language, dom.attribute(i, u"lang"));
            break;
        case HtmlTag::Title:
            if (m.pageTitle.isEmpty())
                m.pageTitle = dom.textContent(i).simplified();
            break;
        case HtmlTag::Script:
            readJsonLd(dom.textContent(i), ld);
            break;
        case HtmlTag::Link:
            if (dom.attribute(i, u"rel").compare(u"canonical", Qt::CaseInsensitive) == 0)
                setOnce(pageHost, QUrl(dom.attribute(i, u"href").toString()).host());
            break;
        case HtmlTag::Meta: {
            const QStringView content = dom.attribute(i, u"content");
            if (content.trimmed().isEmpty())
                break;
            const QString name = dom.attribute(i, u"name").toString().toLower();
            const QString property = dom.attribute(i, u"property").toString().toLower();
            const QString itemprop = dom.attribute(i, u"itemprop").toString().toLower();
            const QString httpEquiv = dom.attribute(i, u"http-equiv").toString().toLower();
            if (dateNames.contains(name))
                setOnce(metaDate, content);
            if (itemprop == u"datepublished")
                setOnce(itempropDate, content);
            if (property == u"article:published_time" || name == u"article:published_time")
                setOnce(publishedTime, content);
            if (property == u"og:site_name")
                setOnce(m.siteName, content);
            if (property == u"og:title")
                setOnce(ogTitle, content);
            if (name == u"twitter:title" || property == u"twitter:title")
                setOnce(twitterTitle, content);
            if (name == u"dc.title" || name == u"dcterms.title")
                setOnce(dcTitle, content);
            // Every author the page names (a draft of two authors has two
            // dc.creator); a link to a profile page is no name (cleanByline()
            // leaves nothing of it).
            if (authorNames.contains(name) || authorNames.contains(property) || itemprop == u"author") {
                const QString author = cleanByline(content);
                if (!author.isEmpty() && !metaAuthors.contains(author))
                    metaAuthors << author;
            }
            if (httpEquiv == u"content-language")
                setOnce(contentLanguage, content);
            if (property == u"og:locale")
                setOnce(locale, content);
            if (property == u"og:url")
                setOnce(pageHost, QUrl(content.toString()).host());
            break;
        }
        default:
            break;
        }
    }
    m.ldHeadline = ld.headline;
    m.metaTitle = !ogTitle.isEmpty() ? ogTitle : !dcTitle.isEmpty() ? dcTitle : twitterTitle;
    const QStringList ldAuthors = personNames(ld.author, ld.named);
    m.byline = joinAuthors(!ldAuthors.isEmpty() ? ldAuthors : metaAuthors);
    if (m.siteName.isEmpty())
        m.siteName = ld.publisher;
    else
        m.siteName = withoutTagline(m.siteName, ld.publisher, pageHost);
    if (m.language.isEmpty())
        m.language = !contentLanguage.isEmpty() ? contentLanguage.section(u',', 0, 0).trimmed()
                                                : QString(locale).replace(u'_', u'-');
    // The article object's own date first: Open Graph's card may carry the
    // date a page was last republished.
    for (const QString &d : {ld.articleDate, publishedTime, ld.date, metaDate, itempropDate})
        if (!d.isEmpty())
            m.dates << d;
    return m;
}

namespace {

// "Headline | Site" or "Site - Headline", when the site's name is known: the headline.
QString withoutSiteName(const QString &title, const QString &site)
{
    if (site.isEmpty())
        return title;
    for (const QStringView sep : {u" | ", u" - ", u" \u2013 ", u" \u2014 ", u" :: ", u" \u00b7 ", u" \u00bb "}) {
        const QString suffix = sep + site;
        if (title.endsWith(suffix, Qt::CaseInsensitive) && title.size() > suffix.size())
            return title.chopped(suffix.size()).trimmed();
        const QString prefix = site + sep;
        if (title.startsWith(prefix, Qt::CaseInsensitive) && title.size() > prefix.size())
            return title.mid(prefix.size()).trimmed();
    }
    return title;
}

} // namespace

QString chooseTitle(const HtmlMetadata &meta, const QStringList &headings)
{
    if (!meta.ldHeadline.isEmpty())
        return meta.ldHeadline;
    if (!meta.metaTitle.isEmpty())
        return withoutSiteName(meta.metaTitle, meta.siteName);
    const QString title = withoutSiteName(meta.pageTitle, meta.siteName);
    if (title != meta.pageTitle)
        return title;
    if (title.isEmpty())
        return {};
    // A heading of the page that repeats the whole title, or a part of it,
    // names the headline.
    QStringList normalHeadings;
    for (const QString &h : headings)
        normalHeadings << normal(h);
    if (normalHeadings.contains(normal(title)))
        return title;
    static const QRegularExpression separator(u"\\s+[|\\-\u2013\u2014\\\\/>\u00bb\u00b7:]{1,2}\\s+"_s);
    QStringList parts;
    qsizetype from = 0, firstEnd = -1, lastCut = -1;
    for (auto it = separator.globalMatch(title); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        parts << title.mid(from, match.capturedStart() - from);
        if (firstEnd < 0)
            firstEnd = match.capturedEnd();
        lastCut = match.capturedStart();
        from = match.capturedEnd();
    }
    parts << title.mid(from);
    if (parts.size() == 1)
        return title;
    // A part that a heading of the page repeats is the headline; else the
    // part before the last separator (sites put their name last more often
    // than first), else the part after the first. Four words or fewer are
    // too few for a headline: the separator was the headline's own then.
    QString headline;
    for (const QString &p : std::as_const(parts))
        if (normalHeadings.contains(normal(p)))
            headline = p.trimmed();
    if (headline.isEmpty()) {
        headline = title.left(lastCut).trimmed();
        if (wordCount(headline) < 3)
            headline = title.mid(firstEnd).trimmed();
    }
    constexpr int fewestWords = 5;
    return wordCount(headline) >= fewestWords ? headline : title;
}

QString cleanByline(QStringView text)
{
    QString s = text.toString().simplified();
    // Addresses are no names: "Ann Lee (http://…)", "ann@example.org", "@annlee".
    static const QRegularExpression address(
        u"\\(?\\s*(?:[a-z][a-z0-9+.-]*://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+)\\s*\\)?|(?<!\\S)@\\w+"_s,
        QRegularExpression::CaseInsensitiveOption);
    s.remove(address);
    s = s.simplified();
    static const QRegularExpression lead(
        u"^(?:(?:written|posted|reported|words|story|text|reporting)\\s+)?(?:by|par|von|por|di|door|av|af)\\b[:\\s]*"_s,
        QRegularExpression::CaseInsensitiveOption);
    s.remove(lead);
    // What follows the names on the line: a date or a time, "Updated …", a
    // separator before a desk or a role.
    static const QRegularExpression tail(
        u"\\s+[|\u2022\u00b7\u2013\u2014/-]\\s|"
        u"\\b(?:updated|published|posted|last modified|modified)\\b|"
        u"\\b(?:edited|photos?|photographs|illustrations?|graphics|translated|additional reporting)\\s+by\\b|"
        u"\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?\\s+\\d|"
        u"\\b\\d{1,2}\\.?\\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b|"
        u"\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b,?\\s+\\d|"
        u"\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b|\\b\\d{1,2}:\\d{2}\\b|\\b\\d+\\s+(?:minutes?|hours?|days?)\\s+ago\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch cut = tail.match(s);
    if (cut.hasMatch())
        s.truncate(cut.capturedStart());
    // Degrees and job titles after a comma: "Ann Lee, MD", "Ann Lee, Staff Writer".
    static const QSet<QString> degrees = {
        u"ma"_s, u"md"_s, u"phd"_s, u"mph"_s, u"ms"_s, u"msc"_s, u"bsc"_s, u"ba"_s, u"bs"_s, u"rn"_s, u"do"_s,
        u"jd"_s, u"mba"_s, u"cpa"_s, u"pharmd"_s, u"dds"_s, u"dvm"_s, u"np"_s, u"lpn"_s, u"facp"_s, u"mfa"_s,
    };
    static const QSet<QString> roles = {
        u"editor"_s, u"reporter"_s, u"writer"_s, u"correspondent"_s, u"columnist"_s, u"contributor"_s,
        u"producer"_s, u"photographer"_s, u"staff"_s, u"analyst"_s, u"critic"_s, u"intern"_s, u"director"_s,
        u"founder"_s, u"president"_s, u"officer"_s, u"chief"_s, u"senior"_s, u"freelance"_s, u"journalist"_s,
        u"redakteur"_s, u"redakteurin"_s, u"journaliste"_s, u"rédacteur"_s, u"correspondant"_s,
    };
    QStringList parts = s.split(u',');
    for (qsizetype i = parts.size() - 1; i >= 1; --i) {
        const QString part = parts[i].trimmed().toLower();
        QString letters = part;
        letters.remove(u'.');
        bool drop = degrees.contains(letters) || part.isEmpty();
        for (const QString &word : part.split(u' ', Qt::SkipEmptyParts))
            drop = drop || roles.contains(word);
        if (drop)
            parts.removeAt(i);
    }
    s = parts.join(u',');
    // Left-over separators at either end ("Ann Lee -", ", Ann Lee").
    static const QRegularExpression ends(u"^[\\s,;:|\u2022\u00b7-]+|[\\s,;:|\u2022\u00b7-]+$"_s);
    s.remove(ends);
    s = s.simplified();
    bool letter = false;
    for (const QChar c : std::as_const(s))
        letter = letter || c.isLetter();
    constexpr qsizetype longestByline = 100;
    return !letter || s.size() > longestByline ? QString() : s;
}

QString joinAuthors(const QStringList &names)
{
    QStringList distinct;
    bool commas = false;
    for (const QString &n : names) {
        if (n.isEmpty() || distinct.contains(n))
            continue;
        distinct << n;
        commas = commas || n.contains(u',');
    }
    return distinct.join(commas ? u"; "_s : u", "_s);
}

namespace {

// The words of a class or id value: "article__author", "authorInfo" and
// "pb-byline" are read as words, so that "authorization" is none of them.
QStringList classWords(QStringView value)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (!c.isLetterOrNumber() || (c.isUpper() && i > 0 && value[i - 1].isLower())) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        }
        if (c.isLetterOrNumber())
            word += c.toLower();
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

bool anyOf(const QStringList &words, const QSet<QString> &set)
{
    for (const QString &w : words)
        if (set.contains(w))
            return true;
    return false;
}

class BylineFinder
{
public:
    explicit BylineFinder(const HtmlDom &dom)
        : m_dom(dom)
        , m_nodes(dom.nodes)
    {
    }

    QString find(const QList<int> &roots);

private:
    QStringList words(int node) const
    {
        return classWords(m_dom.attribute(node, u"class")) + classWords(m_dom.attribute(node, u"id"));
    }
    bool isCandidate(int node) const;
    bool isOutsideArticle(int node) const;
    bool isAuthorLink(int node) const;
    QString namesOf(int node) const;

    const HtmlDom &m_dom;
    const QList<HtmlNode> &m_nodes;
};

bool BylineFinder::isOutsideArticle(int node) const
{
    switch (m_nodes[node].tag) {
    case HtmlTag::Head: case HtmlTag::Script: case HtmlTag::Style: case HtmlTag::Template: case HtmlTag::NoScript:
    case HtmlTag::Nav: case HtmlTag::Aside: case HtmlTag::Footer: case HtmlTag::Form: case HtmlTag::Menu:
        return true;
    default:
        break;
    }
    // Authors of comments, of related articles and of other pages.
    static const QSet<QString> elsewhere = {
        u"comment"_s, u"comments"_s, u"disqus"_s, u"respond"_s, u"reply"_s, u"replies"_s, u"related"_s,
        u"recommended"_s, u"popular"_s, u"trending"_s, u"sidebar"_s, u"widget"_s, u"teaser"_s, u"promo"_s,
        u"newsletter"_s, u"outbrain"_s, u"taboola"_s, u"footer"_s, u"nav"_s, u"menu"_s,
    };
    // The page's outer elements name its layout ("sidebar-primary"), not a part.
    const HtmlTag tag = m_nodes[node].tag;
    if (tag == HtmlTag::Html || tag == HtmlTag::Body || tag == HtmlTag::Main || tag == HtmlTag::Article)
        return false;
    return m_nodes[node].attributeCount > 0 && anyOf(words(node), elsewhere);
}

bool BylineFinder::isCandidate(int node) const
{
    if (m_nodes[node].attributeCount == 0)
        return false;
    static const QSet<QString> hints = {
        u"byline"_s, u"bylines"_s, u"byl"_s, u"author"_s, u"authors"_s, u"writer"_s, u"writers"_s,
    };
    // Parts about the author that are no byline: a biography, a picture, a
    // job title, links to follow them.
    static const QSet<QString> aboutTheAuthor = {
        u"bio"_s, u"biography"_s, u"about"_s, u"avatar"_s, u"photo"_s, u"image"_s, u"img"_s, u"pic"_s,
        u"picture"_s, u"headshot"_s, u"mugshot"_s, u"title"_s, u"role"_s, u"job"_s, u"position"_s,
        u"social"_s, u"follow"_s, u"twitter"_s, u"email"_s, u"mail"_s, u"description"_s, u"desc"_s,
    };
    const QStringList w = words(node);
    if (anyOf(w, aboutTheAuthor))
        return false;
    if (m_dom.attribute(node, u"rel").compare(u"author", Qt::CaseInsensitive) == 0)
        return true;
    if (anyOf(classWords(m_dom.attribute(node, u"itemprop")), {u"author"_s}))
        return true;
    return anyOf(w, hints);
}

bool BylineFinder::isAuthorLink(int node) const
{
    if (m_nodes[node].isText || m_nodes[node].tag != HtmlTag::A)
        return false;
    if (m_dom.attribute(node, u"rel").compare(u"author", Qt::CaseInsensitive) == 0)
        return true;
    if (anyOf(words(node), {u"author"_s, u"name"_s, u"byline"_s}))
        return true;
    static const QRegularExpression authorPage(
        u"/(?:authors?|people|profiles?|staff|writers?|contributors?|journalists?|columnists?|auteurs?|autor(?:en)?|autore|redakteure?)/"_s,
        QRegularExpression::CaseInsensitiveOption);
    return authorPage.matchView(m_dom.attribute(node, u"href")).hasMatch();
}

QString BylineFinder::namesOf(int node) const
{
    QStringList names;
    const int end = m_nodes[node].end;
    // Microdata names first, then links to the authors' pages.
    for (int i = node; i < end; ++i) {
        if (m_nodes[i].isText || m_dom.attribute(i, u"itemprop").compare(u"name", Qt::CaseInsensitive) != 0)
            continue;
        const QStringView content = m_dom.attribute(i, u"content");
        names << cleanByline(m_nodes[i].tag == HtmlTag::Meta ? content.toString() : m_dom.textContent(i));
    }
    if (joinAuthors(names).isEmpty()) {
        for (int i = node; i < end; ++i) {
            if (!isAuthorLink(i))
                continue;
            names << cleanByline(m_dom.textContent(i));
            i = m_nodes[i].end - 1;
        }
    }
    QString joined = joinAuthors(names);
    if (joined.isEmpty()) {
        constexpr int largestByline = 60; // nodes: no long block is read for a byline
        if (end - node <= largestByline)
            joined = cleanByline(m_dom.textContent(node));
    }
    return joined;
}

QString BylineFinder::find(const QList<int> &roots)
{
    const int n = int(m_nodes.size());
    // Where the article is: its subtrees, and the <article> or <main> that
    // holds them with their header.
    int enclosing = -1;
    if (!roots.isEmpty()) {
        for (int a = roots.first(); a > 0 && enclosing < 0; a = m_nodes[a].parent)
            if (!m_nodes[a].isText && (m_nodes[a].tag == HtmlTag::Article || m_nodes[a].tag == HtmlTag::Main))
                enclosing = a;
    }
    const auto inside = [&](int ancestor, int node) { return node >= ancestor && node < m_nodes[ancestor].end; };
    QString best;
    int bestRank = 3;
    for (int i = 1; i < n; ++i) {
        if (m_nodes[i].isText)
            continue;
        if (isOutsideArticle(i)) {
            i = m_nodes[i].end - 1;
            continue;
        }
        if (!isCandidate(i))
            continue;
        int rank = 2;
        for (const int r : roots)
            if (inside(r, i))
                rank = 0;
        if (rank > 0 && enclosing >= 0 && inside(enclosing, i))
            rank = 1;
        if (rank >= bestRank)
            continue;
        const QString names = namesOf(i);
        if (names.isEmpty())
            continue; // its children may still name the author
        best = names;
        bestRank = rank;
        i = m_nodes[i].end - 1;
        if (rank == 0)
            break;
    }
    return best;
}

} // namespace

QString findBodyByline(const HtmlDom &dom, const QList<int> &roots)
{
    return BylineFinder(dom).find(roots);
}

} // namespace Annalist
