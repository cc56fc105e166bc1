// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/markdown.h"

#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

class MarkdownTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inlineMarkup_data();
    void inlineMarkup();
    void blocks_data();
    void blocks();
    void frontMatter_data();
    void frontMatter();
    void pathologicalInput();
};

void MarkdownTest::inlineMarkup_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");

    QTest::newRow("emphasis") << u"*one* **two** ***three*** _four_ __five__"_s << u"one two three four five"_s;
    QTest::newRow("intraword underscores stay") << u"snake_case_name and _real_ emphasis"_s
                                                << u"snake_case_name and real emphasis"_s;
    QTest::newRow("intraword stars go") << u"un**believ**able"_s << u"unbelievable"_s;
    QTest::newRow("lone and spaced stars stay") << u"2 * 3 = 6 and a * b"_s << u"2 * 3 = 6 and a * b"_s;
    QTest::newRow("unmatched opener stays") << u"*not closed"_s << u"*not closed"_s;
    QTest::newRow("strikethrough") << u"~~old~~ new, ~approx~"_s << u"old new, ~approx~"_s;
    QTest::newRow("code spans") << u"Run `make -j2` or ``a `b` c``."_s << u"Run make -j2 or a `b` c."_s;
    QTest::newRow("code keeps its stars") << u"`*x*` and *y*"_s << u"*x* and y"_s;
    QTest::newRow("links keep their words") << u"See [the report](https://x.org/a_(b) \"t\") and [**this**][ref]."_s
                                            << u"See the report and this."_s;
    // The inner link's end lies inside a code span; the outer link still ends well.
    QTest::newRow("code span across a link's bracket") << u"[[x `](y)` z](w) tail](v)"_s
                                                       << u"x ](y) z tail](v)"_s;
    QTest::newRow("images go") << u"Before ![alt text](img.png) after"_s << u"Before  after"_s;
    QTest::newRow("brackets that are no link stay") << u"[sic] and [1]"_s << u"[sic] and [1]"_s;
    QTest::newRow("footnote marks go") << u"A claim.[^note] More."_s << u"A claim. More."_s;
    QTest::newRow("autolinks") << u"<https://example.org/x> and <me@example.org>"_s
                               << u"https://example.org/x and me@example.org"_s;
    QTest::newRow("html tags go") << u"a <span class=\"x\">b</span> <br/> c"_s << u"a b  c"_s;
    QTest::newRow("comparisons stay") << u"x < y and y > z"_s << u"x < y and y > z"_s;
    QTest::newRow("escapes") << u"\\*not emphasis\\* and \\_ and \\[x\\]"_s << u"*not emphasis* and _ and [x]"_s;
    QTest::newRow("entities") << u"AT&amp;T &mdash; caf&eacute;"_s << u"AT&T \u2014 caf\u00e9"_s;
    QTest::newRow("quotes and punctuation around emphasis") << u"\"*Yes*,\" he said (_twice_)."_s
                                                            << u"\"Yes,\" he said (twice)."_s;
}

void MarkdownTest::inlineMarkup()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(stripInlineMarkdown(input), output);
}

void MarkdownTest::blocks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");

    QTest::newRow("first h1 is the title") << u"# Title here\n\nBody one.\n\n# Another h1\n"_s << u"Title here"_s
                                           << u"Body one.\nAnother h1"_s;
    QTest::newRow("closing hashes") << u"## Section ##\ntext"_s << QString() << u"Section\ntext"_s;
    QTest::newRow("hash without space is text") << u"#hashtag stays"_s << QString() << u"#hashtag stays"_s;
    QTest::newRow("soft breaks join") << u"one line\nnext line\n\nnew para"_s << QString()
                                      << u"one line next line\nnew para"_s;
    QTest::newRow("setext") << u"Big title\n===\n\nSmall one\n---\nText."_s << u"Big title"_s
                            << u"Small one\nText."_s;
    QTest::newRow("lists") << u"Intro:\n- first\n* second\n+ third\n1. fourth\n2) fifth\n   continued"_s
                           << QString() << u"Intro:\nfirst\nsecond\nthird\nfourth\nfifth continued"_s;
    QTest::newRow("block quotes") << u"> quoted *words*\n> go on\n>\n> > nested"_s << QString()
                                  << u"quoted words go on\nnested"_s;
    QTest::newRow("thematic breaks") << u"above\n\n***\n\n- - -\n\nbelow"_s << QString() << u"above\nbelow"_s;
    QTest::newRow("fenced code, as is") << u"```cpp\nint *a = **b;\n\n```\nafter"_s << QString()
                                        << u"int *a = **b;\nafter"_s;
    QTest::newRow("tilde fence") << u"~~~\n# not a heading\n~~~"_s << QString() << u"# not a heading"_s;
    QTest::newRow("tables") << u"| City | Date |\n|---|:---:|\n| Oslo | May 2 |"_s << QString()
                            << u"City; Date\nOslo; May 2"_s;
    QTest::newRow("reference definitions go") << u"[x]: https://example.org\nText [x][] here."_s << QString()
                                              << u"Text x here."_s;
    QTest::newRow("CR-free input with trailing spaces") << u"Hard break  \nnext\\\nend"_s << QString()
                                                        << u"Hard break next\\ end"_s;
}

void MarkdownTest::blocks()
{
    QFETCH(QString, input);
    QFETCH(QString, title);
    QFETCH(QString, text);
    const MarkdownContent c = readMarkdown(input);
    QCOMPARE(c.title, title);
    QCOMPARE(c.text, text);
}

void MarkdownTest::frontMatter_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");

    QTest::newRow("quoted values") << u"---\ntitle: 'Quoted: yes'\ndate: \"2020-02-03T10:00:00Z\"\n---\nBody."_s
                                   << u"Quoted: yes"_s << QDate(2020, 2, 3) << QString() << u"Body."_s;
    QTest::newRow("publisher and long date") << u"---\nTitle: Upper key\npublisher: Wire Co\ndate: March 5, 2019\n...\nBody."_s
                                             << u"Upper key"_s << QDate(2019, 3, 5) << u"Wire Co"_s << u"Body."_s;
    QTest::newRow("nested values are skipped")
        << u"---\nauthor:\n  title: Not this\ntitle: This\n---\nBody."_s << u"This"_s << QDate() << QString()
        << u"Body."_s;
    QTest::newRow("no closing line: not front matter") << u"---\ntitle: x\n\nBody."_s << QString() << QDate()
                                                       << QString() << u"title: x\nBody."_s;
    QTest::newRow("front matter title and a different h1")
        << u"---\ntitle: Front\n---\n# Heading\nBody."_s << u"Front"_s << QDate() << QString()
        << u"Heading\nBody."_s;
    QTest::newRow("bad date") << u"---\ndate: soon\n---\nBody."_s << QString() << QDate() << QString() << u"Body."_s;
}

void MarkdownTest::frontMatter()
{
    QFETCH(QString, input);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(QString, source);
    QFETCH(QString, text);
    const MarkdownContent c = readMarkdown(input);
    QCOMPARE(c.title, title);
    QCOMPARE(c.date, date);
    QCOMPARE(c.source, source);
    QCOMPARE(c.text, text);
}

void MarkdownTest::pathologicalInput()
{
    // Unclosed brackets and stars by the thousand stay linear-ish and lose no
    // text; the backticks pair up into code spans and only they go.
    QString s;
    for (int i = 0; i < 20000; ++i)
        s += u"[a `b *c _d "_s;
    const QString out = stripInlineMarkdown(s);
    QCOMPARE(out.size(), s.size() - s.count(u'`'));
    QCOMPARE(out.count(u'['), 20000);
    QCOMPARE(out.count(u'*'), 20000);
    QString nested = QString(50000, u'[') + u"x"_s + QString(50000, u']');
    QCOMPARE(stripInlineMarkdown(nested).count(u'x'), 1);
}

QTEST_GUILESS_MAIN(MarkdownTest)
#include "markdown_test.moc"
