// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/loader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ANNALIST_TEST_DATA "/article/") + name;
}

// The shape every loaded article must have, whatever it came from.
void checkShape(const Article &a)
{
    QVERIFY(!a.text.isEmpty());
    QVERIFY2(!a.text.contains(QStringLiteral("\n\n")), "no empty paragraphs");
    QVERIFY(!a.text.startsWith(u'\n') && !a.text.endsWith(u'\n'));
    QVERIFY(!a.text.contains(u'\r'));
    QVERIFY(!a.text.contains(QStringLiteral("  ")));
    QVERIFY(!a.text.contains(u'\t'));
    QCOMPARE(a.paragraphs.size(), a.text.count(u'\n') + 1);
    qsizetype expectedStart = 0;
    for (const TextRange &p : a.paragraphs) {
        QCOMPARE(p.start, expectedStart);
        QVERIFY(!p.isEmpty());
        QVERIFY(!a.text.at(p.start).isSpace() && !a.text.at(p.end - 1).isSpace());
        expectedStart = p.end + 1;
    }
    QCOMPARE(expectedStart, a.text.size() + 1);
    qsizetype previousEnd = 0;
    qsizetype paragraph = 0; // both lists are in text order
    for (const TextRange &s : a.sentences) {
        QVERIFY(!s.isEmpty());
        QVERIFY(s.start >= previousEnd);
        previousEnd = s.end;
        while (paragraph < a.paragraphs.size() && a.paragraphs.at(paragraph).end < s.end)
            ++paragraph;
        QVERIFY(paragraph < a.paragraphs.size());
        QVERIFY2(a.paragraphs.at(paragraph).contains(s), "a sentence crosses a paragraph");
    }
    if (!a.dateline.isEmpty()) {
        QCOMPARE(a.dateline.start, 0);
        QVERIFY(a.slice(a.dateline).startsWith(a.datelinePlace));
        QVERIFY(a.sentences.first().contains(a.dateline));
    }
}

} // namespace

class LoaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void sameTextWhateverTheEncoding_data();
    void sameTextWhateverTheEncoding();
    void lineEndsDoNotMatter();
    void htmlPage_readInTheEncodingItDeclares_data();
    void htmlPage_readInTheEncodingItDeclares();
    void nulInLongText_isLeftOutAndSaid();
    void noncharacters_areLeftOut();
    void windows1252Table();
    void badInput_data();
    void badInput();
    void tooLarge_namesSizeAndLimit();
    void tooLarge_limitIsConfigurable();
    void specialFile_doesNotHang();
    void datelineAndDate_data();
    void datelineAndDate();
    void segmentArticle_keepsTextAsGiven();
    void sniffsFormatWithoutSuffix_data();
    void sniffsFormatWithoutSuffix();
    void seedLayout_largeInputStaysLinear();
    void headline_data();
    void headline();
    void longSingleLine();

private:
    QTemporaryDir m_dir;
};

void LoaderTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void LoaderTest::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Article::Format>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("dateline");
    QTest::addColumn<QStringList>("paragraphs"); // the first ones, in full
    QTest::addColumn<int>("paragraphCount");
    QTest::addColumn<QStringList>("absent"); // text that must not reach Article::text

    using F = Article::Format;
    const QString utf8 = QStringLiteral("UTF-8");
    QTest::newRow("seed layout: date line carries dateline and body")
        << u"oneline-date.txt"_s << F::PlainText << utf8 << QString() << QDate(2024, 3, 14) << QString()
        << u"TASHKENT, Uzbekistan"_s << u"TASHKENT, Uzbekistan, March 14."_s
        << QStringList{u"TASHKENT, Uzbekistan, March 14. The Regional Water Council agreed on Thursday to share data "
                       u"from twelve river gauges along the Syr Darya, Deputy Minister of Water Resources Nodira "
                       u"Karimova said at a briefing in Tashkent, Dunyo reports."_s,
                       u"She noted that the agreement follows two years of talks under the U.N. Economic Commission "
                       u"for Europe."_s}
        << 4 << QStringList{u"date"_s, u"2024-03-14"_s};
    QTest::newRow("header block and dash dateline")
        << u"header-block.txt"_s << F::PlainText << utf8 << u"Mountain towns vote on a shared bus line"_s
        << QDate(2023, 11, 2) << u"Alpine Wire"_s << u"GENEVA"_s << u"GENEVA \u2014"_s
        << QStringList{u"GENEVA \u2014 Four mountain towns approved a shared bus line on Wednesday after a decade "
                       u"of argument."_s}
        << 2 << QStringList{u"Title:"_s, u"Author"_s, u"Keller"_s, u"Mountain towns vote"_s};
    QTest::newRow("CRLF") << u"crlf.txt"_s << F::PlainText << utf8 << QString() << QDate(2022, 6, 1) << QString()
                          << u"OSLO, Norway"_s << u"OSLO, Norway, June 1."_s
                          << QStringList{u"OSLO, Norway, June 1. The harbour authority opened a new ferry pier."_s,
                                         u"It cost 40 million crowns."_s, u"The work took two years."_s}
                          << 3 << QStringList{u"\r"_s};
    QTest::newRow("CR only") << u"cr-only.txt"_s << F::PlainText << utf8 << QString() << QDate(2021, 1, 5)
                             << QString() << u"LIMA"_s << u"LIMA \u2014"_s
                             << QStringList{u"LIMA \u2014 The city council met in a night session."_s,
                                            u"It voted on the budget."_s}
                             << 2 << QStringList{u"\r"_s};
    QTest::newRow("UTF-8 with BOM") << u"utf8-bom.txt"_s << F::PlainText << utf8 << QString() << QDate()
                                    << QString() << QString() << QString()
                                    << QStringList{u"Z\u00fcrich council backs tram plan."_s} << 2
                                    << QStringList{u"\ufeff"_s};
    const QStringList kyiv{u"KYIV, Ukraine, February 29. \u041a\u0438\u0457\u0432 hosted a forum on river transport "
                           u"\u2014 with guests from Gda\u0144sk and \u00c5rhus \U0001F6A2."_s,
                           u"The next forum is planned for autumn."_s};
    QTest::newRow("UTF-16LE") << u"utf16le.txt"_s << F::PlainText << u"UTF-16LE"_s << QString()
                              << QDate(2020, 2, 29) << QString() << u"KYIV, Ukraine"_s
                              << u"KYIV, Ukraine, February 29."_s << kyiv << 2 << QStringList{u"\ufeff"_s};
    QTest::newRow("UTF-16BE") << u"utf16be.txt"_s << F::PlainText << u"UTF-16BE"_s << QString()
                              << QDate(2020, 2, 29) << QString() << u"KYIV, Ukraine"_s
                              << u"KYIV, Ukraine, February 29."_s << kyiv << 2 << QStringList{u"\ufeff"_s};
    QTest::newRow("windows-1252") << u"windows1252.txt"_s << F::PlainText << u"windows-1252"_s << QString()
                                  << QDate() << QString() << u"PARIS, France"_s << u"PARIS, France, April 3."_s
                                  << QStringList{u"PARIS, France, April 3. The caf\u00e9 owners\u2019 union called "
                                                 u"the new rule \u201cunworkable\u201d \u2013 and asked for talks."_s,
                                                 u"Prices rose 4\u20ac on average."_s}
                                  << 2 << QStringList{u"\ufffd"_s};
    QTest::newRow("UTF-8 with stray windows-1252 bytes")
        << u"mixed-utf8.txt"_s << F::PlainText << utf8 << QString() << QDate() << QString() << QString()
        << QString() << QStringList{u"Caf\u00e9 owners met in Montr\u00e9al. They said \u201cno\u201d to the plan."_s}
        << 1 << QStringList{u"\ufffd"_s, u"\u00c3"_s};
    QTest::newRow("headline, dateline with year and agency")
        << u"headline.txt"_s << F::PlainText << utf8 << u"Harbour cranes return after storm repairs"_s
        << QDate(2019, 1, 15) << u"Havenpost"_s << u"ROTTERDAM, Netherlands"_s
        << u"ROTTERDAM, Netherlands, Jan. 15, 2019 (Havenpost) \u2014"_s
        << QStringList{u"ROTTERDAM, Netherlands, Jan. 15, 2019 (Havenpost) \u2014 Three cranes went back into "
                       u"service on Tuesday."_s,
                       u"Repairs took six weeks."_s}
        << 2 << QStringList{u"Harbour cranes"_s};
    QTest::newRow("hard-wrapped block joins, short lines stay apart")
        << u"wrapped.txt"_s << F::PlainText << utf8 << QString() << QDate() << QString() << QString() << QString()
        << QStringList{u"The committee published its report on Monday after a long review of the rail network, "
                       u"which found that most bridges were in good condition but that eleven needed urgent work."_s,
                       u"Officials declined to comment."_s, u"A spokesman said more details would follow."_s}
        << 3 << QStringList();
    QTest::newRow("a line that is only a date, kept in the text")
        << u"title-date-lines.txt"_s << F::PlainText << utf8 << QString() << QDate(2014, 3, 3) << QString()
        << QString() << QString()
        << QStringList{u"Ferry operator names new chief"_s, u"March 3, 2014"_s,
                       u"The ferry operator today named Ines Morel as its new chief executive."_s}
        << 4 << QStringList();
    QTest::newRow("a date line that opens with the weekday")
        << u"weekday-date-line.txt"_s << F::PlainText << utf8 << u"Tram line to reopen after floods"_s << QDate(2025, 5, 7)
        << QString() << QString() << QString()
        << QStringList{u"Wednesday, May 7, 2025"_s, u"The city's tram line will reopen on Monday, the transport office said."_s}
        << 2 << QStringList();
    QTest::newRow("HTML article among navigation, scripts and footers")
        << u"page.html"_s << F::Html << utf8 << u"Lake ferries get new\u00a0timetable"_s.replace(u'\u00a0', u' ')
        << QDate(2024, 5, 21) << u"Northern Courier"_s << u"LUCERNE, Switzerland"_s << u"LUCERNE, Switzerland, May 21."_s
        << QStringList{u"LUCERNE, Switzerland, May 21. The lake\u2019s ferry company will run hourly boats from June, "
                       u"its director said on Tuesday."_s,
                       u"A ferry at the main pier."_s, u"More boats at weekends"_s,
                       u"Weekend service will start at 7 a.m. & end at midnight \u2014 two hours later than now."_s,
                       u"Tickets stay at CHF 12.50\u2026 for adults."_s, u"Children travel free."_s}
        << 6
        << QStringList{u"SCRIPT TEXT"_s, u"STYLE TEXT"_s, u"NAV TEXT"_s, u"Home"_s, u"COMMENT TEXT"_s,
                       u"ASIDE TEXT"_s, u"FORM TEXT"_s, u"Subscribe"_s, u"FOOTER TEXT"_s, u"RELATED TEXT"_s,
                       u"Northern Courier"_s, u"Your daily news"_s, u"Lindqvist"_s, u"IMAGE ALT"_s, u"&"_s + u"amp;"_s,
                       u"Lake ferries"_s, u"<"_s, u"font-family"_s};
    QTest::newRow("HTML main, JSON-LD date, title from <title>")
        << u"page-main-jsonld.html"_s << F::Html << utf8 << u"City budget passes after long night"_s
        << QDate(2022, 12, 9) << u"Valley Times"_s << QString() << QString()
        << QStringList{u"The council passed the budget at 2 a.m. on Friday."_s,
                       u"It includes money for three new schools."_s}
        << 2 << QStringList{u"Front page"_s, u"HIDDEN"_s, u"INVISIBLE"_s, u"Imprint"_s, u"@context"_s};
    QTest::newRow("HTML without article or main, unclosed <p>, meta date")
        << u"page-body-meta.html"_s << F::Html << utf8 << u"Fireworks return to the river"_s << QDate(2021, 7, 4)
        << QString() << QString() << QString()
        << QStringList{u"For the first time in three years, fireworks lit up the river on Sunday."_s,
                       u"Crowds gathered on both banks."_s, u"Start: 10 p.m."_s, u"End: 10:30 p.m."_s,
                       u"Caf\u00e9 owners said business was \"excellent\". \U0001F389 \U0001F600 &bogus; &"_s}
        << 5 << QStringList{u"Fireworks return"_s};
    QTest::newRow("Markdown with front matter")
        << u"article.md"_s << F::Markdown << utf8 << u"Night trains return to the northern line"_s
        << QDate(2024, 10, 1) << u"Rail Review"_s << u"HELSINKI, Finland"_s << u"HELSINKI, Finland, Oct. 1."_s
        << QStringList{u"HELSINKI, Finland, Oct. 1. The national operator restarted its night service to the north "
                       u"on Tuesday, the company said."_s,
                       u"New sleeper cars"_s,
                       u"The sleeper cars were built in Tampere and seat up to 40 people. The old cars, in service "
                       u"since 1998, go to a museum."_s,
                       u"Departures at 9 p.m. daily"_s, u"Arrivals at 8 a.m."_s,
                       u"\"We missed these trains,\" said one passenger."_s,
                       u"Tickets cost 5*10 euros less than last year, snake_case_stays and 2 * 3 stays."_s,
                       u"code line one"_s}
        << 8
        << QStringList{u"**"_s, u"]("_s, u"example.org"_s, u"`"_s, u"sleeper car]"_s, u"[^1]"_s, u"tags"_s,
                       u"Someone"_s, u"Night trains return"_s, u"#"_s, u"> "_s};
    QTest::newRow("Markdown Setext headings")
        << u"heading-title.md"_s << F::Markdown << utf8 << u"Bridge reopens after repairs"_s << QDate() << QString()
        << QString() << QString()
        << QStringList{u"The old bridge reopened on Monday \u2014 a week early."_s,
                       u"Repairs cost less than planned"_s, u"Engineers replaced twelve ten beams."_s}
        << 3 << QStringList{u"==="_s, u"---"_s, u"~~"_s, u"Bridge reopens"_s};
}

void LoaderTest::fixtures()
{
    QFETCH(QString, file);
    QFETCH(Article::Format, format);
    QFETCH(QString, encoding);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(QString, source);
    QFETCH(QString, place);
    QFETCH(QString, dateline);
    QFETCH(QStringList, paragraphs);
    QFETCH(int, paragraphCount);
    QFETCH(QStringList, absent);

    const LoadResult r = loadArticle(fixture(file));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.message.isEmpty());
    const Article &a = r.article;
    QCOMPARE(a.path, QFileInfo(fixture(file)).absoluteFilePath());
    QCOMPARE(a.format, format);
    QCOMPARE(a.encoding, encoding);
    QCOMPARE(a.title, title);
    QCOMPARE(a.date, date);
    QCOMPARE(a.source, source);
    QCOMPARE(a.datelinePlace, place);
    QCOMPARE(a.slice(a.dateline).toString(), dateline);
    QCOMPARE(a.paragraphs.size(), paragraphCount);
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        QCOMPARE(a.slice(a.paragraphs.at(i)).toString(), paragraphs.at(i));
    for (const QString &s : absent)
        QVERIFY2(!a.text.contains(s), qPrintable(u"text holds \""_s + s + u'"'));
    checkShape(a);
    // A warning exactly when the encoding was a guess.
    QCOMPARE(!r.warnings.isEmpty(), file == u"windows1252.txt" || file == u"mixed-utf8.txt");
    for (const QString &w : r.warnings)
        QVERIFY(w.contains(file));
}

void LoaderTest::sameTextWhateverTheEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = u"date 2019-04-02\n\nNAIROBI, Kenya, April 2. R\u00e9sum\u00e9s \u2014 \u201cquoted\u201d "
                         u"\u00e0 la fa\u00e7on \u20ac5.\n\nSecond line \U0001F600."_s;
    QTest::newRow("UTF-8") << text.toUtf8();
    QTest::newRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbf" + text.toUtf8());
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16LE") << QByteArray(le.encode(text));
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16BE") << QByteArray(be.encode(text));
    QStringEncoder le32(QStringEncoder::Utf32LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-32LE") << QByteArray(le32.encode(text));
    QStringEncoder be32(QStringEncoder::Utf32BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-32BE") << QByteArray(be32.encode(text));
}

void LoaderTest::sameTextWhateverTheEncoding()
{
    QFETCH(QByteArray, bytes);
    const LoadResult reference =
        parseArticle(u"date 2019-04-02\n\nNAIROBI, Kenya, April 2. R\u00e9sum\u00e9s \u2014 \u201cquoted\u201d "
                     u"\u00e0 la fa\u00e7on \u20ac5.\n\nSecond line \U0001F600."_s.toUtf8(),
                     u"a.txt"_s);
    const LoadResult r = parseArticle(bytes, u"a.txt"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.article.text, reference.article.text);
    QCOMPARE(r.article.date, QDate(2019, 4, 2));
    QCOMPARE(r.article.datelinePlace, u"NAIROBI, Kenya"_s);
    QCOMPARE(r.article.sentences, reference.article.sentences);
}

void LoaderTest::htmlPage_readInTheEncodingItDeclares_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("title"); // in the declared encoding
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("titleText");
    QTest::addColumn<QString>("bodyText");
    QTest::addColumn<QString>("encoding");

    // Bytes written out by hand: 日本語の記事 and 港の船 in Shift_JIS, Привет
    // and Порт открыт in windows-1251.
    QTest::newRow("meta charset")
        << QByteArray("<!DOCTYPE html><html><head><meta charset=\"Shift_JIS\">")
        << QByteArray::fromHex("93fa967b8cea82cc8b4c8e96") << QByteArray::fromHex("8d6082cc9144") << u"日本語の記事"_s
        << u"港の船"_s << u"Shift_JIS"_s;
    QTest::newRow("http-equiv")
        << QByteArray("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1251\">")
        << QByteArray::fromHex("cff0e8e2e5f2") << QByteArray::fromHex("cfeef0f220eef2eaf0fbf2") << u"Привет"_s
        << u"Порт открыт"_s << u"windows-1251"_s;
    QTest::newRow("a byte order mark wins over meta")
        << QByteArray("\xef\xbb\xbf<html><head><meta charset=Shift_JIS>") << u"日本語"_s.toUtf8()
        << u"港の船"_s.toUtf8() << u"日本語"_s << u"港の船"_s << u"UTF-8"_s;
}

void LoaderTest::htmlPage_readInTheEncodingItDeclares()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, title);
    QFETCH(QByteArray, body);
    QFETCH(QString, titleText);
    QFETCH(QString, bodyText);
    QFETCH(QString, encoding);
    const QByteArray page = head + "<title>" + title + "</title></head><body><p>" + body + "</p></body></html>";
    const LoadResult r = parseArticle(page, u"page.html"_s);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.article.title, titleText);
    QCOMPARE(r.article.text, bodyText);
    QCOMPARE(r.article.encoding, encoding);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
}

void LoaderTest::nulInLongText_isLeftOutAndSaid()
{
    QByteArray bytes = QByteArray("Ferry news. ").repeated(200);
    bytes.insert(600, '\0');
    const LoadResult r = parseArticle(bytes, u"damaged.txt"_s);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(!r.article.text.contains(QChar(0)));
    QCOMPARE(r.article.text.count(u"Ferry news."_s), 200);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().contains(u"damaged.txt"_s) && r.warnings.first().contains(u"1 NUL"_s),
             qPrintable(r.warnings.first()));
}

void LoaderTest::noncharacters_areLeftOut()
{
    // U+FDD0–U+FDEF, U+FFFE and U+FFFF are no text; the characters around them are.
    const QString text = u"Ferry\uFDD0 to\uFDEF Oslo\uFFFE on\uFFFF Monday \uFDCF\uFDF0."_s;
    const LoadResult r = parseArticle(text.toUtf8(), u"nonchars.txt"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.article.text, u"Ferry to Oslo on Monday \uFDCF\uFDF0."_s);
}

void LoaderTest::lineEndsDoNotMatter()
{
    const QByteArray lf = "Title: Ferry strike ends\nDate: 2020-03-01\n\nThe strike ended.\n\nBoats sail again.\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace("\n", "\r");
    const LoadResult a = parseArticle(lf, u"x.txt"_s);
    const LoadResult b = parseArticle(crlf, u"x.txt"_s);
    const LoadResult c = parseArticle(cr, u"x.txt"_s);
    QCOMPARE(a.article.text, u"The strike ended.\nBoats sail again."_s);
    QCOMPARE(b.article.text, a.article.text);
    QCOMPARE(c.article.text, a.article.text);
    QCOMPARE(b.article.title, u"Ferry strike ends"_s);
    QCOMPARE(c.article.date, QDate(2020, 3, 1));
}

void LoaderTest::windows1252Table()
{
    // Every byte from 0x80 to 0xFF, between ASCII letters so that each stays a
    // character of its own; compared with the ICU codec where Qt has one.
    QByteArray bytes("x");
    for (int b = 0x80; b <= 0xFF; ++b) {
        bytes.append(char(b));
        bytes.append('x');
    }
    const LoadResult r = parseArticle(bytes, u"legacy.txt"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.article.encoding, u"windows-1252"_s);
    const QString &t = r.article.text;
    QVERIFY(t.contains(u'\u20ac')); // 0x80
    QVERIFY(t.contains(u'\u201c') && t.contains(u'\u201d')); // 0x93 0x94
    QVERIFY(t.contains(u'\u2014')); // 0x97
    QVERIFY(t.contains(u'\u00e9')); // 0xE9
    QVERIFY(t.contains(u'\u00ff')); // 0xFF
    QStringDecoder icu("windows-1252");
    if (!icu.isValid())
        QSKIP("this Qt has no windows-1252 codec to compare with");
    const QString expected = icu.decode(bytes);
    // The loader drops the control characters (0x81, 0x8D, …) and turns the
    // no-break space into a space; everything else must agree.
    QString cleaned;
    for (const QChar c : expected) {
        if (c.category() == QChar::Other_Control || c == u'\u00ad')
            continue;
        cleaned.append(c == u'\u00a0' ? QChar(u' ') : c);
    }
    QCOMPARE(t, cleaned);
}

void LoaderTest::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // written to the file; ignored for the special names
    QTest::addColumn<LoadResult::Status>("status");
    QTest::addColumn<QString>("message");

    using S = LoadResult::Status;
    // "%path" stands for the full path, which the message shows as given.
    QTest::newRow("missing") << u"nowhere.txt"_s << QByteArray() << S::NotFound << u"%path does not exist"_s;
    QTest::newRow("missing folder") << u"gone/nowhere.txt"_s << QByteArray() << S::NotFound
                                    << u"%path does not exist: there is no folder "_s;
    QTest::newRow("directory") << u"folder.txt"_s << QByteArray() << S::IsDirectory
                               << u"folder.txt is a folder, not an article"_s;
    QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << S::Empty << u"empty.txt is empty"_s;
    QTest::newRow("white space only") << u"blank.txt"_s << QByteArray(" \r\n\t\n\xc2\xa0\n") << S::Empty
                                      << u"blank.txt holds no text, only white space"_s;
    QTest::newRow("markup only") << u"shell.html"_s
                                 << QByteArray("<html><body><nav>Menu</nav><script>x()</script></body></html>")
                                 << S::Empty << u"shell.html has no article text, only markup"_s;
    QTest::newRow("PNG") << u"photo.png"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << S::Binary
                         << u"photo.png is a PNG image, not an article"_s;
    QTest::newRow("PNG named .txt") << u"photo.txt"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << S::Binary
                                    << u"photo.txt is a PNG image, not an article"_s;
    QTest::newRow("JPEG") << u"p.jpg"_s << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << S::Binary
                          << u"p.jpg is a JPEG image, not an article"_s;
    QTest::newRow("GIF") << u"a.gif"_s << QByteArray("GIF89a\x01\0\x01\0", 10) << S::Binary
                         << u"a.gif is a GIF image, not an article"_s;
    QTest::newRow("PDF") << u"report.pdf"_s << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n") << S::Binary
                         << u"report.pdf is a PDF document, not an article"_s;
    QTest::newRow("ZIP") << u"bundle.zip"_s << QByteArray("PK\3\4\x14\0\0\0\x08\0", 10) << S::Binary
                         << u"bundle.zip is a ZIP archive, not an article"_s;
    QTest::newRow("Word document") << u"letter.docx"_s << QByteArray("PK\3\4\x14\0\x06\0\x08\0", 10) << S::Binary
                                   << u"letter.docx is a Word document, not an article"_s;
    QTest::newRow("gzip") << u"a.txt.gz"_s << QByteArray("\x1f\x8b\x08\0\0\0\0\0", 8) << S::Binary
                          << u"a.txt.gz is a gzip archive, not an article"_s;
    QTest::newRow("ELF") << u"tool"_s << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0", 12) << S::Binary
                         << u"tool is an ELF executable, not an article"_s;
    QTest::newRow("NUL bytes") << u"data.txt"_s << QByteArray("some\0text\0here", 14) << S::Binary
                               << u"data.txt is binary data, not an article"_s;
    QTest::newRow("control characters")
        << u"noise.txt"_s << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0fhello\x10\x11\x12") << S::Binary
        << u"noise.txt is binary data, not an article"_s;
    QTest::newRow("UTF-16 with half a character") << u"odd.txt"_s << QByteArray("\xff\xfeH\0i\0!", 7)
                                                  << S::BadEncoding
                                                  << u"odd.txt cannot be read: it is marked as UTF-16 but ends in half a character"_s;
    QTest::newRow("UTF-16 with an unpaired surrogate")
        << u"broken.txt"_s << QByteArray("\xff\xfeH\0\0\xd8i\0", 8) << S::BadEncoding
        << u"broken.txt cannot be read: it is marked as UTF-16 but has an invalid character at byte 4"_s;
}

void LoaderTest::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(LoadResult::Status, status);
    QFETCH(QString, message);

    const QString path = m_dir.filePath(name);
    if (status == LoadResult::Status::IsDirectory) {
        QVERIFY(QDir(m_dir.path()).mkpath(name));
    } else if (status != LoadResult::Status::NotFound) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    const LoadResult r = loadArticle(path);
    QCOMPARE(r.status, status);
    QVERIFY(!r.ok());
    message.replace(u"%path"_s, QDir::toNativeSeparators(path));
    QVERIFY2(r.message.startsWith(message), qPrintable(r.message));
    QVERIFY(!r.message.contains(u'\n'));
    QVERIFY(r.article.text.isEmpty());
    if (status != LoadResult::Status::NotFound && status != LoadResult::Status::IsDirectory) {
        // The same bytes from memory give the same answer.
        const LoadResult fromMemory = parseArticle(bytes, path);
        QCOMPARE(fromMemory.status, status);
        QCOMPARE(fromMemory.message, r.message);
    }
}

void LoaderTest::tooLarge_namesSizeAndLimit()
{
    // A sparse file: its size is what counts, nothing is read.
    const QString path = m_dir.filePath(u"report.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(qint64(70.2 * 1024 * 1024)));
    f.close();
    const LoadResult r = loadArticle(path);
    QCOMPARE(r.status, LoadResult::Status::TooLarge);
    QCOMPARE(r.message, u"report.txt is larger than the 64 MB limit (70.2 MB)"_s);
}

void LoaderTest::tooLarge_limitIsConfigurable()
{
    const QByteArray bytes(3 * 1024 * 1024, 'a');
    LoadOptions options;
    options.maxBytes = 2 * 1024 * 1024;
    const LoadResult r = parseArticle(bytes, u"/x/big.txt"_s, options);
    QCOMPARE(r.status, LoadResult::Status::TooLarge);
    QCOMPARE(r.message, u"big.txt is larger than the 2 MB limit (3.0 MB)"_s);
    options.maxBytes = 4 * 1024 * 1024;
    QVERIFY(parseArticle(bytes, u"big.txt"_s, options).ok());

    const QString path = m_dir.filePath(u"limit.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    options.maxBytes = 1024 * 1024;
    QCOMPARE(loadArticle(path, options).status, LoadResult::Status::TooLarge);
    options.maxBytes = bytes.size();
    QVERIFY(loadArticle(path, options).ok());
}

void LoaderTest::specialFile_doesNotHang()
{
#ifdef Q_OS_UNIX
    // Opening a pipe would block until a writer comes; the loader must refuse it.
    const QString path = m_dir.filePath(u"pipe.txt"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const LoadResult r = loadArticle(path);
    QCOMPARE(r.status, LoadResult::Status::Unreadable);
    QVERIFY(r.message.startsWith(u"pipe.txt is not a regular file"_s));
    if (QFileInfo::exists(u"/dev/zero"_s))
        QCOMPARE(loadArticle(u"/dev/zero"_s).status, LoadResult::Status::Unreadable);
#else
    QSKIP("needs named pipes");
#endif
}

void LoaderTest::datelineAndDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("dateline");

    QTest::newRow("same month-day as the date line")
        << u"date 2025-03-04 SOFIA, Bulgaria, March 4. Talks began."_s << QDate(2025, 3, 4) << u"SOFIA, Bulgaria"_s
        << u"SOFIA, Bulgaria, March 4."_s;
    QTest::newRow("different month-day: the explicit date stays")
        << u"date 2025-03-05 SOFIA, Bulgaria, March 4. Talks began."_s << QDate(2025, 3, 5)
        << u"SOFIA, Bulgaria"_s << u"SOFIA, Bulgaria, March 4."_s;
    QTest::newRow("month-day without a year: no date is invented")
        << u"SOFIA, Bulgaria, March 4. Talks began."_s << QDate() << u"SOFIA, Bulgaria"_s
        << u"SOFIA, Bulgaria, March 4."_s;
    QTest::newRow("a dateline with its year gives the date")
        << u"Sofia, Bulgaria, March 4, 2021 \u2014 Talks began."_s << QDate(2021, 3, 4) << u"Sofia, Bulgaria"_s
        << u"Sofia, Bulgaria, March 4, 2021 \u2014"_s;
    QTest::newRow("date line with leading spaces, body on the next line")
        << u"   date 2018-12-31\nNEW YORK \u2013 Markets closed early."_s << QDate(2018, 12, 31) << u"NEW YORK"_s
        << u"NEW YORK \u2013"_s;
    QTest::newRow("agency in brackets")
        << u"LONDON (Reuters) - Shares rose."_s << QDate() << u"LONDON"_s << u"LONDON (Reuters) -"_s;
    QTest::newRow("an ordinary first sentence is no dateline")
        << u"Officials said on Monday, March 4. That was all."_s << QDate() << QString() << QString();
    QTest::newRow("a capitalised sentence start is no dateline")
        << u"The Ministry of Health, Labour and Welfare said more."_s << QDate() << QString() << QString();
    QTest::newRow("a date word that is not a date line")
        << u"date palms grow here. They need water."_s << QDate() << QString() << QString();
}

void LoaderTest::datelineAndDate()
{
    QFETCH(QString, input);
    QFETCH(QDate, date);
    QFETCH(QString, place);
    QFETCH(QString, dateline);
    const LoadResult r = parseArticle(input.toUtf8(), u"d.txt"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.article.date, date);
    QCOMPARE(r.article.datelinePlace, place);
    QCOMPARE(r.article.slice(r.article.dateline).toString(), dateline);
    checkShape(r.article);
}

void LoaderTest::segmentArticle_keepsTextAsGiven()
{
    Article a;
    a.text = u"  First one. Second one.\n\n\n   \nThird para\twith tabs.  \n"_s;
    const QString before = a.text;
    segmentArticle(a);
    QCOMPARE(a.text, before);
    QCOMPARE(a.paragraphs.size(), 2);
    QCOMPARE(a.slice(a.paragraphs.at(0)), u"First one. Second one.");
    QCOMPARE(a.slice(a.paragraphs.at(1)), u"Third para\twith tabs.");
    QCOMPARE(a.sentences.size(), 3);
    QCOMPARE(a.slice(a.sentences.at(1)), u"Second one.");
    // Running it again gives the same ranges.
    const QList<TextRange> sentences = a.sentences;
    segmentArticle(a);
    QCOMPARE(a.sentences, sentences);
    QCOMPARE(a.text, before);

    Article empty;
    segmentArticle(empty);
    QVERIFY(empty.paragraphs.isEmpty() && empty.sentences.isEmpty());
}

void LoaderTest::sniffsFormatWithoutSuffix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Article::Format>("format");
    QTest::addColumn<QString>("text");

    QTest::newRow("HTML saved without suffix")
        << u"saved"_s << QByteArray("  <!DOCTYPE html><html><body><p>Hello there.</p></body></html>")
        << Article::Format::Html << u"Hello there."_s;
    QTest::newRow("HTML in a .txt") << u"page.txt"_s << QByteArray("<html><body><p>Hi.</p></body></html>")
                                    << Article::Format::Html << u"Hi."_s;
    QTest::newRow("front matter without suffix")
        << u"note"_s << QByteArray("---\ntitle: A note\n---\n\nSome *text*.\n") << Article::Format::Markdown
        << u"Some text."_s;
    QTest::newRow("a .txt stays plain text") << u"note.txt"_s << QByteArray("Some *text* <b>here</b>.\n")
                                             << Article::Format::PlainText << u"Some *text* <b>here</b>."_s;
}

void LoaderTest::sniffsFormatWithoutSuffix()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(Article::Format, format);
    QFETCH(QString, text);
    const LoadResult r = parseArticle(bytes, name);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.article.format, format);
    QCOMPARE(r.article.text, text);
}

void LoaderTest::seedLayout_largeInputStaysLinear()
{
    // Many paragraphs in the seed's layout: all are kept, in order, and the
    // shape holds. (Speed itself is measured in bench/, not here.)
    QByteArray bytes(" date 2024-01-02 RIGA, Latvia, Jan. 2. ");
    for (int i = 0; i < 20000; ++i) {
        bytes += "Paragraph " + QByteArray::number(i) + " says that Dr. Ozols met the U.S. envoy at 3.5 p.m. "
                 "on Jan. 3. He left.\n\n  \n";
    }
    const LoadResult r = parseArticle(bytes, u"big.txt"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.article.paragraphs.size(), 20000);
    QCOMPARE(r.article.sentences.size(), 40000);
    QCOMPARE(r.article.datelinePlace, u"RIGA, Latvia"_s);
    checkShape(r.article);
}

void LoaderTest::headline_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("firstParagraph");

    QTest::newRow("headline, blank line, body") << u"Rain returns to the valley\n\nIt rained all day."_s
                                                << u"Rain returns to the valley"_s << u"It rained all day."_s;
    QTest::newRow("a first sentence is no headline")
        << u"It rained all day in the valley.\n\nFarmers were glad."_s << QString()
        << u"It rained all day in the valley."_s;
    QTest::newRow("no blank line after it") << u"Rain returns to the valley\nIt rained all day."_s << QString()
                                            << u"Rain returns to the valley"_s;
    QTest::newRow("nothing after it") << u"Rain returns to the valley\n\n"_s << QString()
                                      << u"Rain returns to the valley"_s;
    QTest::newRow("a single word") << u"Update\n\nIt rained all day."_s << QString() << u"Update"_s;
    QTest::newRow("a single word above a dateline")
        << u"Floods\n\nVELMAR, May 3 (Reuters) - It rained all day."_s << u"Floods"_s
        << u"VELMAR, May 3 (Reuters) - It rained all day."_s;
    QTest::newRow("a header title wins") << u"Title: Given title\n\nRain returns to the valley\n\nBody."_s
                                         << u"Given title"_s << u"Rain returns to the valley"_s;
    QTest::newRow("a date line after the headline is metadata")
        << u"Rain returns to the valley\n\ndate 2020-01-01\n\nIt rained all day."_s << u"Rain returns to the valley"_s
        << u"It rained all day."_s;
    QTest::newRow("a byline is no headline") << u"By Ines Varga and Tom Hale\n\nIt rained all day."_s << QString()
                                             << u"By Ines Varga and Tom Hale"_s;
    QTest::newRow("a byline in capitals is no headline") << u"BY INES VARGA\n\nIt rained all day."_s << QString()
                                                         << u"BY INES VARGA"_s;
    QTest::newRow("a byline under the headline")
        << u"Rain returns to the valley\n\nBy Ines Varga\n\nIt rained all day."_s << u"Rain returns to the valley"_s
        << u"By Ines Varga"_s;
    QTest::newRow("not after a date line carrying the body")
        << u"date 2020-01-01 Rain returns to the valley\n\nBody."_s << QString()
        << u"Rain returns to the valley"_s;
}

void LoaderTest::headline()
{
    QFETCH(QString, input);
    QFETCH(QString, title);
    QFETCH(QString, firstParagraph);
    const LoadResult r = parseArticle(input.toUtf8(), u"h.txt"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.article.title, title);
    QCOMPARE(r.article.slice(r.article.paragraphs.first()).toString(), firstParagraph);
    // Wherever the date line stands, it dates the article and is not part of its text.
    if (input.contains(u"date 2020-01-01"_s)) {
        QCOMPARE(r.article.date, QDate(2020, 1, 1));
        QVERIFY(!r.article.text.contains(u"date 2020"_s));
    }
}

void LoaderTest::longSingleLine()
{
    // 5 MB on one line: one paragraph, split into its sentences.
    QByteArray bytes;
    int count = 0;
    while (bytes.size() < 5 * 1024 * 1024) {
        bytes += "The ferry left at 9 a.m. on Jan. 3 and Dr. Berg was aboard. ";
        ++count;
    }
    const LoadResult r = parseArticle(bytes, u"line.txt"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.article.paragraphs.size(), 1);
    QCOMPARE(r.article.sentences.size(), count);
    checkShape(r.article);
}

QTEST_GUILESS_MAIN(LoaderTest)
#include "loader_test.moc"
