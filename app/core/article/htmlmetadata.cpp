// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/htmlmetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Annalist {

namespace {

QString personNames(const QJsonValue &author)
{
    if (author.isString())
        return author.toString().simplified();
    if (author.isObject())
        return author.toObject().value(u"name").toString().simplified();
    if (author.isArray()) {
        QStringList names;
        for (const QJsonValue &v : author.toArray()) {
            const QString name = personNames(v);
            if (!name.isEmpty() && !names.contains(name))
                names << name;
        }
        return names.join(u", "_s);
    }
    return {};
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
    QString headline, date, author, publisher;
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
        if (ld.headline.isEmpty() && o.value(u"headline").isString())
            ld.headline = o.value(u"headline").toString().simplified();
        if (ld.headline.isEmpty() && article && o.value(u"name").isString())
            ld.headline = o.value(u"name").toString().simplified();
        if (ld.author.isEmpty() && (article || o.contains(u"headline")))
            ld.author = personNames(o.value(u"author"));
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

} // namespace

HtmlMetadata readHtmlMetadata(const HtmlDom &dom)
{
    HtmlMetadata m;
    JsonLd ld;
    QString metaDate, itempropDate, publishedTime, ogTitle, twitterTitle, dcTitle, metaAuthor, contentLanguage, locale;
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
            // An author given as a link to a profile page is no name.
            if ((authorNames.contains(name) || authorNames.contains(property)) && !content.contains(u"://"))
                setOnce(metaAuthor, content);
            if (httpEquiv == u"content-language")
                setOnce(contentLanguage, content);
            if (property == u"og:locale")
                setOnce(locale, content);
            break;
        }
        default:
            break;
        }
    }
    m.ldHeadline = ld.headline;
    m.metaTitle = !ogTitle.isEmpty() ? ogTitle : !dcTitle.isEmpty() ? dcTitle : twitterTitle;
    m.byline = cleanByline(!ld.author.isEmpty() ? ld.author : metaAuthor);
    if (m.siteName.isEmpty())
        m.siteName = ld.publisher;
    if (m.language.isEmpty())
        m.language = !contentLanguage.isEmpty() ? contentLanguage.section(u',', 0, 0).trimmed()
                                                : QString(locale).replace(u'_', u'-');
    for (const QString &d : {publishedTime, ld.date, metaDate, itempropDate})
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
    static const QRegularExpression lead(u"^(by|par|von|por|di|door|av|af)\\b[:\\s]*"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    s.remove(lead);
    constexpr qsizetype longestByline = 100;
    return s.size() > longestByline ? QString() : s;
}

} // namespace Annalist
