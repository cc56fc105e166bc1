// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden pages for the HTML reader view: each tests/data/article/reader/NAME.html
// is a page written for one kind of boilerplate (navigation, related-article
// lists, comment threads, cookie banners, newsletter boxes, share bars,
// advertisements inside the body) or one part of the structure a reader
// needs; NAME.expected holds the metadata lines and, after a blank line, the
// article's text as it must come out.

#include "article/htmlextractor.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

class HtmlReaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
};

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

void HtmlReaderTest::golden_data()
{
    QTest::addColumn<QString>("page");
    const QDir dir(QStringLiteral(ANNALIST_TEST_DATA "/article/reader"));
    const QStringList pages = dir.entryList({u"*.html"_s}, QDir::Files, QDir::Name);
    QVERIFY(pages.size() >= 9);
    for (const QString &p : pages)
        QTest::newRow(qPrintable(p)) << dir.filePath(p);
}

void HtmlReaderTest::golden()
{
    QFETCH(QString, page);
    const QString expected = readText(page.chopped(5) + u".expected"_s);
    QVERIFY2(!expected.isEmpty(), "no .expected beside the page");
    const qsizetype split = expected.indexOf(u"\n\n");
    QVERIFY(split > 0);
    const HtmlContent c = extractHtml(readText(page));
    const QString got = u"title: "_s + c.title + u"\nbyline: "_s + c.byline + u"\ndate: "_s
        + c.date.toString(Qt::ISODate) + u"\nsite: "_s + c.source + u"\nlanguage: "_s + c.language;
    QCOMPARE(got, expected.left(split));
    const QStringList gotLines = c.text.split(u'\n');
    const QStringList wantLines = expected.mid(split + 2).trimmed().split(u'\n');
    // Line by line, so that a failure names the first paragraph that differs.
    for (qsizetype i = 0; i < std::min(gotLines.size(), wantLines.size()); ++i)
        QCOMPARE(gotLines[i], wantLines[i]);
    QCOMPARE(gotLines.size(), wantLines.size());
}

QTEST_GUILESS_MAIN(HtmlReaderTest)
#include "htmlreader_test.moc"
