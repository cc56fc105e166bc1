// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/htmlextractor.h"
#include "article/htmlmetadata.h"

#include <QFile>
#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

class HtmlExtractorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text_data();
    void text();
    void entities_data();
    void entities();
    void metadata_data();
    void metadata();
    void byline_data();
    void byline();
    void cleanByline_data();
    void cleanByline();
    void deepNesting_noRecursion();
    void hugeSingleLine();
    void unclosedEverything();
    void declaredCharset_data();
    void declaredCharset();
};

void HtmlExtractorTest::text_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("paragraphs and headings") << u"<h2>Part one</h2><p>First.</p><p>Second.</p>"_s
                                             << u"Part one\nFirst.\nSecond."_s;
    QTest::newRow("inline elements join") << u"<p>A <b>bold</b> <a href=x>link</a>, <em>now</em>.</p>"_s
                                          << u"A bold link, now."_s;
    QTest::newRow("white space collapses") << u"<p>  spread\n   over\tlines  </p>"_s << u"spread over lines"_s;
    QTest::newRow("br splits") << u"<p>one<br>two<br/>three</br>four</p>"_s << u"one\ntwo\nthree\nfour"_s;
    QTest::newRow("script with markup inside")
        << u"<p>Before.</p><script>if (a<b) { s = '</p><p>fake'; } // </scripts></script><p>After.</p>"_s
        << u"Before.\nAfter."_s;
    QTest::newRow("style and upper-case tags") << u"<STYLE>p{}</STYLE><P>Kept.</P><SCRIPT>x</SCRIPT>"_s
                                               << u"Kept."_s;
    QTest::newRow("comments, doctype, CDATA, processing instruction")
        << u"<!DOCTYPE html><?xml version=\"1.0\"?><p>A<!-- gone --> B<![CDATA[ gone ]]></p>"_s << u"A B"_s;
    QTest::newRow("unterminated comment drops the rest") << u"<p>Kept.</p><!-- never closed <p>Gone</p>"_s
                                                          << u"Kept."_s;
    QTest::newRow("dropped containers")
        << u"<nav>N</nav><header>H</header><p>Body.</p><aside>A</aside><form>F<input></form><footer>Ft</footer>"
           u"<noscript>Ns</noscript><template>T</template><svg><text>S</text></svg>"_s
        << u"Body."_s;
    QTest::newRow("hidden elements") << u"<p>Seen.</p><p hidden>H1</p><div aria-hidden=\"true\">H2</div>"
                                        u"<span style=\"display : none\">H3</span><div role=navigation>H4</div>"_s
                                     << u"Seen."_s;
    QTest::newRow("article preferred over the rest")
        << u"<div><p>Teaser elsewhere.</p></div><article><p>The story.</p></article><p>Outside.</p>"_s
        << u"The story."_s;
    QTest::newRow("the largest article wins")
        << u"<article><p>Short.</p></article><article><p>The much longer main story.</p></article>"_s
        << u"The much longer main story."_s;
    QTest::newRow("nested articles belong to the outer one")
        << u"<article><p>Story.</p><article><p>Inner.</p></article></article>"_s << u"Story.\nInner."_s;
    QTest::newRow("main preferred when there is no article")
        << u"<div>Menu stuff</div><main><p>Main text.</p></main><div>Bottom</div>"_s << u"Main text."_s;
    QTest::newRow("itemprop articleBody counts as an article")
        << u"<div>Side</div><div itemprop=\"articleBody\"><p>Body text.</p></div>"_s << u"Body text."_s;
    QTest::newRow("list items and table cells are paragraphs")
        << u"<ul><li>One<li>Two</ul><table><tr><td>A</td><td>B</td></tr></table>"_s << u"One\nTwo\nA\nB"_s;
    QTest::newRow("pre keeps its lines") << u"<pre>line one\n  line two\n\nline three</pre>"_s
                                         << u"line one\nline two\nline three"_s;
    QTest::newRow("attributes with > and quotes")
        << u"<p title=\"a > b\" data-x='it\"s' checked>Text.</p><p class=plain>More.</p>"_s
        << u"Text.\nMore."_s;
    QTest::newRow("literal less-than") << u"<p>3 < 4 and 5 <= 6</p>"_s << u"3 < 4 and 5 <= 6"_s;
    QTest::newRow("stray end tags") << u"</div></span><p>Fine.</p></article></p>"_s << u"Fine."_s;
    QTest::newRow("textarea and title are not body")
        << u"<title>T</title><p>Body.</p><textarea><p>typed</p></textarea>"_s << u"Body."_s;
    QTest::newRow("iframe content") << u"<p>Body.</p><iframe><p>framed</p></iframe>"_s << u"Body."_s;
    QTest::newRow("self-closing non-void") << u"<div/><p>Body.</p>"_s << u"Body."_s;
    // Inside the article's body too: what the class or id says is no body text.
    QTest::newRow("advertisements inside the article")
        << u"<article><p>The harbour reopened on Monday.</p><div class=\"ad-slot wide\"><p>Buy a boat today!</p>"
           u"</div><div id=\"adContainer\">Offer</div><section class=\"sponsored_post\"><p>Partner news.</p>"
           u"</section><p>Ferries resumed.</p></article>"_s
        << u"The harbour reopened on Monday.\nFerries resumed."_s;
    QTest::newRow("byline by class, itemprop and a link to its author")
        << u"<article><p class=\"byline\">By Kari Lund</p><p>By <a rel=\"author\" href=/k>Per Dahl</a></p>"
           u"<span itemprop=\"author\">Ola Berg</span><p>The text.</p></article>"_s
        << u"The text."_s;
    QTest::newRow("short block of links")
        << u"<article><p>The council met.</p><p><a href=/x>Read more: Council votes on harbour fees</a></p>"
           u"<p>It voted <a href=/y>against</a> the plan.</p></article>"_s
        << u"The council met.\nIt voted against the plan."_s;
    QTest::newRow("layout words and look-alikes are no advertisement")
        << u"<body class=\"has-ads\"><div class=\"with-ads\"><p>Story.</p></div>"
           u"<div class=\"header-shadow download\"><p>Also story.</p></div></body>"_s
        << u"Story.\nAlso story."_s;
    QTest::newRow("empty") << QString() << QString();

    // One case per rule of the reader view (htmlcontent.h), each on a page
    // long enough for paragraphs to score.
    const QString prose1 = u"The ferry left Velmora at noon, in fog, with nine cars, forty passengers and the post."_s;
    const QString prose2 = u"It reached Oskary an hour late, the captain said, because the fog lifted only at sea."_s;
    const QString prose3 = u"Islanders, who had waited since morning, said the delay was a small price for the boat."_s;
    const QString prose4 = u"The harbour office said a second boat, the Marit, would join the route in May, as planned."_s;
    const QString prose5 = u"Tickets bought for cancelled crossings, it said, would be refunded by the end of the month."_s;
    const QString prose6 = u"Traders on the island, who depend on the morning boat, said bread and milk came on time."_s;
    QString article, expected;
    for (const QString &p : {prose1, prose2, prose3, prose4, prose5, prose6}) {
        article += u"<p>"_s + p + u"</p>"_s;
        expected += (expected.isEmpty() ? u""_s : u"\n"_s) + p;
    }
    QTest::newRow("rule: the container with the most prose wins over a list of links")
        << u"<body><div><ul><li><a href=/1>Council votes on harbour fees, traders worried</a></li><li><a href=/2>"
           u"Lighthouse keeper retires after forty years</a></li></ul></div><div>"_s
               + article + u"</div></body>"_s
        << expected;
    QTest::newRow("rule: class and id names set boilerplate aside")
        << u"<body><div>"_s + article
               + u"</div><div class=\"sidebar-widget\"><p>Most read, most shared, most loved, this week, "
                 u"on the coast.</p></div></body>"_s
        << expected;
    QTest::newRow("rule: names of content keep an element named like boilerplate")
        << u"<body><div class=\"article-header\">"_s + article + u"</div></body>"_s << expected;
    QTest::newRow("rule: a sibling paragraph of prose joins the article")
        << u"<body><div><div>"_s + article + u"</div><p>"_s + prose1
               + u" And more, at length, as the harbour office said.</p></div></body>"_s
        << expected + u'\n' + prose1 + u" And more, at length, as the harbour office said."_s;
    QTest::newRow("rule: a block of links inside the article is removed")
        << u"<body><div>"_s + article
               + u"<div><a href=/1>More news</a> <a href=/2>Weather</a> <a href=/3>Tides</a> and "
                 u"<a href=/4>Sport</a></div></div></body>"_s
        << expected;
    QTest::newRow("rule: buttons do not make a block a form, fields do")
        << u"<body><div>"_s + article + u"<div><p>The crossing, filmed by a passenger, is online.</p><button>Play"
               u"</button><button>Pause</button></div><div><p>Tell us what you saw.</p><input name=q></div></div></body>"_s
        << expected + u"\nThe crossing, filmed by a passenger, is online."_s;
    QTest::newRow("rule: the heading that repeats the title is left out")
        << u"<title>Fog delays the ferry</title><body><div><h1>Fog delays the ferry</h1><h2>At sea</h2>"_s + article
               + u"</div></body>"_s
        << u"At sea\n"_s + expected;
    QTest::newRow("rule: too little text set aside by name is read again without the names")
        << u"<body><div class=\"comment-zone\"><p>"_s + prose1 + u"</p></div></body>"_s << prose1;
    QTest::newRow("rule: a table of data reads row by row")
        << u"<table><tr><th>Town</th><th>Boats</th></tr><tr><td>Velmora</td><td>4</td></tr>"
           u"<tr><td>Oskary</td><td>2</td></tr></table>"_s
        << u"Town | Boats\nVelmora | 4\nOskary | 2"_s;
    QTest::newRow("rule: headings, list items, quotes and captions are paragraphs")
        << u"<h3>Fares</h3><ul><li>Adults <b>45</b></li><li>Children 20</li></ul><blockquote>Cheap.</blockquote>"
           u"<figure><img src=a.png><figcaption>The pier.</figcaption></figure>"_s
        << u"Fares\nAdults 45\nChildren 20\nCheap.\nThe pier."_s;
}

void HtmlExtractorTest::text()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(extractHtml(html).text, text);
}

void HtmlExtractorTest::entities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("markup") << u"&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;"_s << u"<b> & \"x\" 'y'"_s;
    QTest::newRow("typography") << u"a&nbsp;b&mdash;c&ndash;d&rsquo;e&lsquo;&ldquo;&rdquo;&hellip;"_s
                                << u"a\u00a0b\u2014c\u2013d\u2019e\u2018\u201c\u201d\u2026"_s;
    QTest::newRow("letters") << u"&eacute;&Uuml;&szlig;&ccedil;&oslash;&Scaron;"_s
                             << u"\u00e9\u00dc\u00df\u00e7\u00f8\u0160"_s;
    QTest::newRow("decimal and hex") << u"&#8212;&#x2014;&#X41;&#65;&#x1F600;"_s
                                     << u"\u2014\u2014AA\U0001F600"_s;
    QTest::newRow("windows-1252 numbers") << u"&#147;q&#148; &#150;"_s << u"\u201cq\u201d \u2013"_s;
    QTest::newRow("invalid numbers") << u"&#0;&#xD800;&#99999999999;"_s << u"\ufffd\ufffd\ufffd"_s;
    QTest::newRow("unknown and bare") << u"&bogus; & &; &#; &#x;"_s << u"&bogus; & &; &#; &#x;"_s;
    QTest::newRow("legacy without semicolon") << u"AT&amp T &copy 2020 &ampx"_s << u"AT& T \u00a9 2020 &ampx"_s;
    QTest::newRow("case matters") << u"&AMP; &Eacute;"_s << u"&AMP; \u00c9"_s;
}

void HtmlExtractorTest::entities()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(decodeHtmlEntities(input), output);
}

void HtmlExtractorTest::metadata_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("source");

    QTest::newRow("<title> cut to the part an h1 repeats")
        << u"<title>Site | Storm closes the coast road | Section</title><article><h1>Storm closes the coast road</h1>"
           u"<p>x</p></article>"_s
        << u"Storm closes the coast road"_s << QDate() << QString();
    QTest::newRow("<title> cut before its last separator")
        << u"<title>Storm closes the coast road again - Western Echo</title><p>x</p>"_s
        << u"Storm closes the coast road again"_s << QDate() << QString();
    QTest::newRow("<title> kept whole when the cut leaves too few words")
        << u"<title>Tidal tables - Western Echo</title><p>x</p>"_s << u"Tidal tables - Western Echo"_s << QDate()
        << QString();
    QTest::newRow("an h1 when there is no <title>")
        << u"<article><h1>Headline</h1><p>x</p></article>"_s << u"Headline"_s << QDate() << QString();
    QTest::newRow("site h1 in the page header is not the title")
        << u"<title>Story &amp; more</title><header><h1>Site</h1></header><p>x</p>"_s << u"Story & more"_s
        << QDate() << QString();
    QTest::newRow("og:title before <title>, site name stripped")
        << u"<meta property=\"og:title\" content=\"OG headline\"><title>T</title><p>x</p>"_s << u"OG headline"_s
        << QDate() << QString();
    QTest::newRow("title suffix with the site name")
        << u"<meta property=\"og:site_name\" content=\"Daily Post\"><title>Storm hits coast - Daily Post</title><p>x</p>"_s
        << u"Storm hits coast"_s << QDate() << u"Daily Post"_s;
    QTest::newRow("article:published_time wins")
        << u"<meta name=\"DATE\" content=\"2020-01-02\"><meta property=\"article:published_time\" "
           u"content=\"2021-01-01\"><p><time datetime=\"2022-01-01\">x</time></p>"_s
        << QString() << QDate(2021, 1, 1) << QString();
    QTest::newRow("published_time before time")
        << u"<meta property=\"article:published_time\" content=\"2021-05-06T10:00:00Z\"><p><time "
           u"datetime=\"2022-01-01\">x</time></p>"_s
        << QString() << QDate(2021, 5, 6) << QString();
    QTest::newRow("time datetime in the article")
        << u"<p><time datetime=\"2001-01-01\">old</time></p><article><p><time datetime=\"2019-08-07T12:00\">"
           u"Aug 7</time> Text.</p></article>"_s
        << QString() << QDate(2019, 8, 7) << QString();
    QTest::newRow("JSON-LD")
        << u"<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"headline\":\"LD title\","
           u"\"datePublished\":\"2018-03-04\",\"publisher\":{\"name\":\"LD Press\"}}]</script><p>x</p>"_s
        << u"LD title"_s << QDate(2018, 3, 4) << u"LD Press"_s;
    QTest::newRow("broken JSON-LD is ignored")
        << u"<script type=\"application/ld+json\">{\"datePublished\": </script><p>x</p>"_s << QString() << QDate()
        << QString();
    QTest::newRow("the JSON-LD article's date before Open Graph's")
        << u"<meta property=\"article:published_time\" content=\"2015-12-11T14:28:34Z\">"
           u"<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"datePublished\":\"2016-01-01\","
           u"\"mainEntity\":{\"@type\":\"BlogPosting\",\"datePublished\":\"2015-10-15T02:19:15Z\"}}</script><p>x</p>"_s
        << QString() << QDate(2015, 10, 15) << QString();
    QTest::newRow("Open Graph's date before another object's JSON-LD date")
        << u"<meta property=\"article:published_time\" content=\"2015-12-11\">"
           u"<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"datePublished\":\"2016-01-01\"}"
           u"</script><p>x</p>"_s
        << QString() << QDate(2015, 12, 11) << QString();
    QTest::newRow("site name without its tagline, by the JSON-LD publisher")
        << u"<meta property=\"og:site_name\" content=\"Velmora Post - News as it happens\">"
           u"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"name\":"
           u"\"Velmora Post\"}}</script><p>x</p>"_s
        << QString() << QDate() << u"Velmora Post"_s;
    QTest::newRow("site name without its tagline, by the page's host")
        << u"<meta property=\"og:site_name\" content=\"Oskarý.net | Islands, every day\">"
           u"<meta property=\"og:url\" content=\"https://news.oskary.net/a/1\"><p>x</p>"_s
        << QString() << QDate() << u"Oskarý.net"_s;
    QTest::newRow("site name kept whole when no part is the site's")
        << u"<meta property=\"og:site_name\" content=\"Tides - Times\"><meta property=\"og:url\" "
           u"content=\"https://velm.example/a\"><p>x</p>"_s
        << QString() << QDate() << u"Tides - Times"_s;
    QTest::newRow("unparseable dates fall through")
        << u"<meta name=\"date\" content=\"yesterday\"><time datetime=\"2017-02-03\"></time><p>x</p>"_s
        << QString() << QDate(2017, 2, 3) << QString();
}

void HtmlExtractorTest::metadata()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(QString, source);
    const HtmlContent c = extractHtml(html);
    QCOMPARE(c.title, title);
    QCOMPARE(c.date, date);
    QCOMPARE(c.source, source);
    QVERIFY(!c.text.contains(title.isEmpty() ? u"\x01"_s : title));
}

// Pages written for each rule of the byline: tests/data/article/byline/.
void HtmlExtractorTest::byline_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("byline");
    const auto row = [](const char *name, const QString &byline) {
        QTest::newRow(name) << QString::fromLatin1(name) << byline;
    };
    // Structured data first: JSON-LD authors (references to a Person of the
    // page's graph, given and family names), then every author <meta>.
    row("jsonld-author-reference", u"Ilse Marrow, Tomas Vey"_s);
    row("meta-authors", u"Lund, K.; Dahl, Per"_s);
    row("meta-author-address", u"Oskar Lind"_s);
    // The body's byline: microdata names, links to author pages, else text.
    row("microdata-name", u"Marta Sol"_s);
    row("author-link-in-header", u"Ada Lorne"_s);
    row("author-link-and-role", u"Iva Sten"_s);
    row("byline-two-authors", u"Ola Berg, Mira Castell"_s);
    row("byline-degree", u"Lena Moor"_s);
    row("byline-with-date", u"KARI LUND"_s);
    row("byline-updated", u"Per Dahl"_s);
    // The article's own author, not that of a related article beside it.
    row("related-author-not-byline", u"Velm Wire"_s);
    row("no-byline", QString());
}

void HtmlExtractorTest::byline()
{
    QFETCH(QString, page);
    QFETCH(QString, byline);
    QFile f(QStringLiteral(ANNALIST_TEST_DATA "/article/byline/") + page + u".html"_s);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const HtmlContent c = extractHtml(QString::fromUtf8(f.readAll()));
    QCOMPARE(c.byline, byline);
    QVERIFY(!c.text.isEmpty());
    // The byline is no part of the article's text.
    QVERIFY(byline.isEmpty() || !c.text.contains(byline.section(u',', 0, 0)));
}

void HtmlExtractorTest::cleanByline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("byline");
    QTest::newRow("By") << u"By Ann Lee"_s << u"Ann Lee"_s;
    QTest::newRow("BY: and lines") << u"BY:\n\t Ann   Lee "_s << u"Ann Lee"_s;
    QTest::newRow("Par") << u"Par Lucie Arnaud"_s << u"Lucie Arnaud"_s;
    QTest::newRow("Written by") << u"Written by Ann Lee"_s << u"Ann Lee"_s;
    QTest::newRow("Edited by after the author") << u"Written by Ann Lee Edited by Bo Chen"_s << u"Ann Lee"_s;
    QTest::newRow("month and day") << u"By Ann Lee March 25, 2015"_s << u"Ann Lee"_s;
    QTest::newRow("day and month") << u"Ann Lee 4 May 2022"_s << u"Ann Lee"_s;
    QTest::newRow("a surname like a month") << u"Ann March"_s << u"Ann March"_s;
    QTest::newRow("numeric date") << u"Ann Lee 2019-04-28"_s << u"Ann Lee"_s;
    QTest::newRow("time") << u"Ann Lee 6:01 am"_s << u"Ann Lee"_s;
    QTest::newRow("Updated") << u"Ann Lee Updated yesterday"_s << u"Ann Lee"_s;
    QTest::newRow("separator") << u"Ann Lee - Apr 16, 2015 8:02 pm UTC"_s << u"Ann Lee"_s;
    QTest::newRow("hyphenated name") << u"Ann Lee-Chen"_s << u"Ann Lee-Chen"_s;
    QTest::newRow("web address") << u"Ann Lee (http://lee.example/ann/)"_s << u"Ann Lee"_s;
    QTest::newRow("e-mail and handle") << u"Ann Lee ann@lee.example @annlee"_s << u"Ann Lee"_s;
    QTest::newRow("degree") << u"Ann Lee, PhD"_s << u"Ann Lee"_s;
    QTest::newRow("job title") << u"Ann Lee, Senior Staff Writer"_s << u"Ann Lee"_s;
    QTest::newRow("surname first") << u"Lee, Ann"_s << u"Lee, Ann"_s;
    QTest::newRow("only a date") << u"April 28, 2019 at 6:01 am"_s << QString();
    QTest::newRow("only an address") << u"https://social.example/annlee"_s << QString();
    QTest::newRow("a paragraph") << QString(u"Ann Lee wrote this long text "_s.repeated(5)) << QString();
}

void HtmlExtractorTest::cleanByline()
{
    QFETCH(QString, text);
    QFETCH(QString, byline);
    QCOMPARE(Annalist::cleanByline(text), byline);
}

void HtmlExtractorTest::deepNesting_noRecursion()
{
    const int depth = 100000;
    QString html;
    html.reserve(depth * 12 + 100);
    for (int i = 0; i < depth; ++i)
        html += (i % 2 ? u"<div>"_s : u"<span>"_s);
    html += u"Deep text."_s;
    for (int i = depth - 1; i >= 0; --i)
        html += (i % 2 ? u"</div>"_s : u"</span>"_s);
    html += u"<p>After.</p>"_s;
    QCOMPARE(extractHtml(html).text, u"Deep text.\nAfter."_s);

    // Never closed at all, and closed by end tags that match nothing.
    QString open;
    for (int i = 0; i < depth; ++i)
        open += u"<div><b>"_s;
    open += u"Bottom."_s;
    for (int i = 0; i < depth; ++i)
        open += u"</section>"_s;
    QCOMPARE(extractHtml(open).text, u"Bottom."_s);
}

void HtmlExtractorTest::hugeSingleLine()
{
    // 5 MB on one line: a long paragraph, many tags, a long attribute.
    QString html = u"<html><body><article><p>"_s;
    const QString sentence = u"The ferry left the pier at noon &amp; returned at six. "_s;
    while (html.size() < 5 * 1024 * 1024)
        html += sentence + u"<b>bold</b> "_s;
    html += u"</p><p data-x=\""_s + QString(200000, u'x') + u"\">End.</p></article></body></html>"_s;
    const HtmlContent c = extractHtml(html);
    QVERIFY(c.text.size() > 4 * 1024 * 1024);
    QVERIFY(c.text.endsWith(u"\nEnd."));
    QVERIFY(!c.text.contains(u"&amp;"));
    QVERIFY(!c.text.contains(u'<'));
}

void HtmlExtractorTest::unclosedEverything()
{
    QCOMPARE(extractHtml(u"<p>Text <b>bold <i>both"_s).text, u"Text bold both"_s);
    QCOMPARE(extractHtml(u"<p>Text<script>var a = 1;"_s).text, u"Text"_s);
    QCOMPARE(extractHtml(u"<p>Text</p><p class=\"never closed"_s).text, u"Text"_s);
    QCOMPARE(extractHtml(u"<p>Text</p><"_s).text, u"Text\n<"_s);
    QCOMPARE(extractHtml(u"<p>Text &"_s).text, u"Text &"_s);
}

void HtmlExtractorTest::declaredCharset_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QByteArray>("charset");

    QTest::newRow("meta charset") << QByteArray("<!DOCTYPE html><html><head><meta charset=\"Shift_JIS\">")
                                  << QByteArray("Shift_JIS");
    QTest::newRow("unquoted, upper case") << QByteArray("<HTML><HEAD><META CHARSET=euc-jp></HEAD>")
                                          << QByteArray("euc-jp");
    QTest::newRow("single quotes, self-closed") << QByteArray("<meta charset='koi8-r'/>") << QByteArray("koi8-r");
    QTest::newRow("http-equiv") << QByteArray("<head><meta http-equiv=\"Content-Type\" "
                                              "content=\"text/html; charset=windows-1251\"></head>")
                                << QByteArray("windows-1251");
    QTest::newRow("content before http-equiv")
        << QByteArray("<meta content='text/html;charset = \"GBK\"' http-equiv=content-type>") << QByteArray("GBK");
    QTest::newRow("content without http-equiv") << QByteArray("<meta name=x content=\"text/html; charset=GBK\">")
                                                << QByteArray();
    QTest::newRow("XML declaration") << QByteArray("<?xml version=\"1.0\" encoding=\"EUC-JP\"?>\n<html>")
                                     << QByteArray("EUC-JP");
    QTest::newRow("the first one counts") << QByteArray("<meta charset=big5><meta charset=gbk>") << QByteArray("big5");
    QTest::newRow("in a comment") << QByteArray("<!-- <meta charset=gbk> --><meta charset=big5>") << QByteArray("big5");
    QTest::newRow("inside another tag's attribute")
        << QByteArray("<a title=\"<meta charset=gbk>\">x</a><meta charset=big5>") << QByteArray("big5");
    QTest::newRow("after body") << QByteArray("<head></head><body><meta charset=gbk>") << QByteArray();
    QTest::newRow("none") << QByteArray("<html><head><title>Charset</title></head>") << QByteArray();
    QTest::newRow("not a name") << QByteArray("<meta charset=\"a b\">") << QByteArray();
    QTest::newRow("unclosed comment") << QByteArray("<!-- <meta charset=gbk>") << QByteArray();
    QTest::newRow("unclosed quote") << QByteArray("<meta charset=\"gbk") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void HtmlExtractorTest::declaredCharset()
{
    QFETCH(QByteArray, page);
    QFETCH(QByteArray, charset);
    QCOMPARE(Annalist::declaredCharset(page), charset);
}

QTEST_GUILESS_MAIN(HtmlExtractorTest)
#include "htmlextractor_test.moc"
