// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/loader.h"
#include "recognize/tokenizer.h"
#include "temporal/eventextractor.h"
#include "temporal/temporaltagger.h"
#include "temporal/temporaltokens.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <span>

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

Article makeArticle(const QString &text, const QString &date)
{
    Article a;
    a.text = text;
    a.date = QDate::fromString(date, Qt::ISODate);
    segmentArticle(a);
    return a;
}

QString describe(const Article &a, const QList<Timex> &timexes)
{
    QStringList parts;
    for (const Timex &t : timexes)
        parts.append(u'"' + a.slice(t.range).toString() + u"\" " + t.type + u' ' + t.value
                     + (t.until.isEmpty() ? QString() : u".." + t.until));
    return parts.join(u"; ");
}

// The first difference between two token lists of text (offsets, kind and
// meaning), described, or nothing.
QString firstDifference(const QString &text, std::span<const Temporal::Token> expected, const QString &expectedName,
                        std::span<const Temporal::Token> actual, const QString &actualName)
{
    const auto show = [&text](const Temporal::Token &t) {
        return u'"' + text.mid(t.start, t.end - t.start) + u"\" at " + QString::number(t.start) + u" kind "
            + QString::number(int(t.kind)) + u" lex " + QString::number(int(t.lex)) + u" value " + QString::number(t.value)
            + u" cue " + QString::number(int(t.cue)) + u" role " + QString::number(t.role) + u" verb "
            + QString::number(t.verb) + u" upper " + QString::number(t.upper) + u" number " + QString::number(t.number);
    };
    for (size_t i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        const QString a = i < expected.size() ? show(expected[i]) : u"(none)"_s;
        const QString b = i < actual.size() ? show(actual[i]) : u"(none)"_s;
        if (a != b)
            return u"token " + QString::number(i) + u": " + expectedName + u' ' + a + u", " + actualName + u' ' + b;
    }
    return {};
}

// The tokens of text's range both ways, or a description of the first difference.
QString compareTokensAlong(const QString &text, TextRange range)
{
    Temporal::TokenVector scanned;
    Temporal::tokenize(QStringView(text).mid(range.start, range.length()), range.start, scanned);
    const QList<Word> words = tokenize(text);
    Temporal::TokenVector along;
    Temporal::tokenizeAlong(text, range, words, along);
    return firstDifference(text, scanned, u"scanned"_s, along, u"along words"_s);
}

// Tags a and gives in *found the expression whose text is expression.
// False, with the test failed, when tagging along the recognizer's words
// differs, when there is no such expression, or when it holds no core word
// (the tagger reads only sentences with one).
bool tagAndFind(const Article &a, const QString &expression, Timex *found)
{
    const QList<Timex> timexes = TemporalTagger().tag(a);
    [&] {
        // The analysis tags with the recognizer's words; that must change nothing.
        QCOMPARE(describe(a, TemporalTagger().tag(a, tokenize(a.text))), describe(a, timexes));
        const auto it = std::find_if(timexes.crbegin(), timexes.crend(),
                                     [&](const Timex &t) { return a.slice(t.range) == expression; });
        if (it == timexes.crend())
            QFAIL(qPrintable(u"no expression \"" + expression + u"\" in: " + describe(a, timexes)));
        *found = *it;
        const QList<Word> words = tokenize(a.text);
        const Word *const end = words.constData() + words.size();
        const Word *first = std::find_if(words.constData(), end, [&](const Word &w) { return w.start >= found->range.start; });
        const Word *last = std::find_if(first, end, [&](const Word &w) { return w.start >= found->range.end; });
        QVERIFY2(Temporal::findCoreWord(a.text, first, last) != last, "the expression holds no core word");
    }();
    return !QTest::currentTestFailed();
}

} // namespace

class TemporalTaggerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalize_data();
    void normalize();
    void guidelines_data();
    void guidelines();
    void referencesMakeNoTimelineItem();
    void timelineItemsByValue_data();
    void timelineItemsByValue();
    void dateLineAfterText_data();
    void dateLineAfterText();
    void nonDates_data();
    void nonDates();
    void neverInventsAYear_data();
    void neverInventsAYear();
    void raggedInput_data();
    void raggedInput();
    void rangesAreUtf16Offsets();
    void explainsEachExpression();
    void tokensAlongWords_data();
    void tokensAlongWords();
    void tokensAlongWordsOnRandomText();
    void keptTokens();
    void keptTokensOnRandomText();
    void coreWords_data();
    void coreWords();
    void sentencesWithoutCoreWords();
    void sentenceStartingInsideAWord();
};

void TemporalTaggerTest::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date"); ///< article date, empty for none
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("until");

    // Explicit dates in every order.
    QTest::newRow("year") << u"The treaty was signed in 1999."_s << QString() << u"1999"_s << u"DATE"_s << u"1999"_s << QString();
    QTest::newRow("month day year") << u"It opened on September 14, 1999, in Velmora."_s << QString()
                                    << u"September 14, 1999"_s << u"DATE"_s << u"1999-09-14"_s << QString();
    QTest::newRow("day month year") << u"It opened on 14 September 1999 in Velmora."_s << QString()
                                    << u"14 September 1999"_s << u"DATE"_s << u"1999-09-14"_s << QString();
    QTest::newRow("ordinal day of month") << u"It opened on the 14th of September 1999."_s << QString()
                                          << u"14th of September 1999"_s << u"DATE"_s << u"1999-09-14"_s << QString();
    QTest::newRow("dotted") << u"Signed 14.09.1999 in Velmora."_s << QString() << u"14.09.1999"_s << u"DATE"_s
                            << u"1999-09-14"_s << QString();
    QTest::newRow("iso") << u"Published 2025-09-09 by the agency."_s << QString() << u"2025-09-09"_s << u"DATE"_s
                         << u"2025-09-09"_s << QString();
    QTest::newRow("abbreviated month") << u"The vote is on Sept. 14, 2001."_s << QString() << u"Sept. 14, 2001"_s
                                       << u"DATE"_s << u"2001-09-14"_s << QString();
    QTest::newRow("month year") << u"Prices fell in October 1997."_s << QString() << u"October 1997"_s << u"DATE"_s
                                << u"1997-10"_s << QString();
    QTest::newRow("weekday with full date") << u"It ended on Friday, September 14, 1999."_s << QString()
                                            << u"Friday, September 14, 1999"_s << u"DATE"_s << u"1999-09-14"_s << QString();

    // A date without its year takes the year of a later one coordinated with it.
    QTest::newRow("month and again month year") << u"Police cleared the road in July and again in August 1974."_s
                                                << u"2024-06-01"_s << u"July"_s << u"DATE"_s << u"1974-07"_s << QString();
    QTest::newRow("day month or day month year") << u"The vote may fall on 3 May or 9 June 2019."_s << QString()
                                                 << u"3 May"_s << u"DATE"_s << u"2019-05-03"_s << QString();
    QTest::newRow("December and January year") << u"The plant closed in December and January 2020."_s << QString()
                                               << u"December"_s << u"DATE"_s << u"2019-12"_s << QString();
    QTest::newRow("a verb between: no coordination") << u"He left in March and returned in June 1990."_s
                                                     << u"2024-06-01"_s << u"March"_s << u"DATE"_s << u"2024-03"_s
                                                     << QString();
    // An adjective in -ed after "of" or an article tells no tense: "would" does.
    QTest::newRow("future in the past, a participle before a noun")
        << u"She said the ministry would publish a list of approved suppliers by the end of June."_s << u"2025-03-18"_s
        << u"the end of June"_s << u"DATE"_s << u"2025-06"_s << QString();
    // Month and day take the year from the article date and the tense.
    QTest::newRow("month day, past") << u"The law was passed on 7 April."_s << u"2025-03-01"_s << u"7 April"_s
                                     << u"DATE"_s << u"2024-04-07"_s << QString();
    QTest::newRow("month day, future") << u"The law will take effect on 7 April."_s << u"2025-03-01"_s << u"7 April"_s
                                       << u"DATE"_s << u"2025-04-07"_s << QString();
    QTest::newRow("month day, nearest") << u"The firm has a June 1 deadline."_s << u"2009-05-28"_s << u"June 1"_s
                                        << u"DATE"_s << u"2009-06-01"_s << QString();
    QTest::newRow("month alone, past") << u"Sales dropped sharply in March."_s << u"2009-04-01"_s << u"March"_s
                                       << u"DATE"_s << u"2009-03"_s << QString();
    QTest::newRow("month of next year") << u"Contracts end after October of next year."_s << u"2009-05-15"_s
                                        << u"October"_s << u"DATE"_s << u"2010-10"_s << QString();

    // Weekdays: before the article date in the past tense, after it in the future.
    QTest::newRow("weekday, past") << u"The board met on Friday."_s << u"2025-03-12"_s << u"Friday"_s << u"DATE"_s
                                   << u"2025-03-07"_s << QString();
    QTest::newRow("weekday, future") << u"The minister will visit the plant on Friday."_s << u"2025-03-12"_s
                                     << u"Friday"_s << u"DATE"_s << u"2025-03-14"_s << QString();
    QTest::newRow("weekday, scheduled") << u"Talks are set to resume on Monday."_s << u"2025-03-12"_s << u"Monday"_s
                                        << u"DATE"_s << u"2025-03-17"_s << QString();
    QTest::newRow("weekday, expected") << u"Forecasters expect the Orsa to crest on Wednesday."_s << u"2025-03-10"_s
                                       << u"Wednesday"_s << u"DATE"_s << u"2025-03-12"_s << QString();
    QTest::newRow("weekday, hoped for") << u"The union hopes to sign the deal on Friday."_s << u"2025-03-12"_s
                                        << u"Friday"_s << u"DATE"_s << u"2025-03-14"_s << QString();
    QTest::newRow("weekday, passive future") << u"The vote will be held on Tuesday."_s << u"2025-03-12"_s
                                             << u"Tuesday"_s << u"DATE"_s << u"2025-03-18"_s << QString();
    QTest::newRow("passive future, an adverb between") << u"The chairman said the vote would now be held on October 25."_s
                                                       << u"2026-08-06"_s << u"October 25"_s << u"DATE"_s << u"2026-10-25"_s
                                                       << QString();
    QTest::newRow("weekday of the article") << u"The company announced on Wednesday a new plan."_s << u"2025-03-12"_s
                                            << u"Wednesday"_s << u"DATE"_s << u"2025-03-12"_s << QString();
    QTest::newRow("last weekday") << u"Shares have risen since last Friday."_s << u"2025-03-14"_s << u"last Friday"_s
                                  << u"DATE"_s << u"2025-03-07"_s << QString();
    QTest::newRow("next weekday") << u"The court rules next Tuesday."_s << u"2025-03-12"_s << u"next Tuesday"_s
                                  << u"DATE"_s << u"2025-03-18"_s << QString();
    QTest::newRow("weekday and part of day") << u"GM admitted Thursday night that the loss grew."_s << u"2006-01-27"_s
                                             << u"Thursday night"_s << u"TIME"_s << u"2006-01-26TNI"_s << QString();

    // Days and periods relative to the article date.
    QTest::newRow("today") << u"The company today named a new chief."_s << u"2013-12-10"_s << u"today"_s << u"DATE"_s
                           << u"2013-12-10"_s << QString();
    QTest::newRow("yesterday") << u"Markets fell yesterday."_s << u"2011-03-18"_s << u"yesterday"_s << u"DATE"_s
                               << u"2011-03-17"_s << QString();
    QTest::newRow("tomorrow") << u"The talks resume tomorrow."_s << u"2011-03-18"_s << u"tomorrow"_s << u"DATE"_s
                              << u"2011-03-19"_s << QString();
    QTest::newRow("earlier today") << u"Up from earlier today."_s << u"2008-09-17"_s << u"earlier today"_s << u"DATE"_s
                                   << u"2008-09-17"_s << QString();
    QTest::newRow("last week") << u"Claims rose last week."_s << u"2008-09-04"_s << u"last week"_s << u"DATE"_s
                               << u"2008-W35"_s << QString();
    QTest::newRow("next month") << u"The plant closes next month."_s << u"2025-03-12"_s << u"next month"_s << u"DATE"_s
                                << u"2025-04"_s << QString();
    QTest::newRow("this year") << u"Two disasters happened this year."_s << u"2007-12-20"_s << u"this year"_s
                               << u"DATE"_s << u"2007"_s << QString();
    QTest::newRow("end of last year") << u"At the end of last year, it had cash."_s << u"2009-02-18"_s
                                      << u"the end of last year"_s << u"DATE"_s << u"2008"_s << QString();
    QTest::newRow("ago, years") << u"Work began two years ago."_s << u"2008-05-24"_s << u"two years ago"_s << u"DATE"_s
                                << u"2006"_s << QString();
    QTest::newRow("ago, months") << u"Work began two months ago."_s << u"2011-03-18"_s << u"two months ago"_s
                                 << u"DATE"_s << u"2011-01"_s << QString();
    QTest::newRow("ago, a fortnight") << u"The quake hit a fortnight ago."_s << u"2011-03-18"_s
                                      << u"a fortnight ago"_s << u"DATE"_s << u"2011-03-04"_s << QString();
    QTest::newRow("ago, quarters") << u"Sales peaked two quarters ago."_s << u"2011-03-18"_s
                                   << u"two quarters ago"_s << u"DATE"_s << u"2010-Q3"_s << QString();
    QTest::newRow("ago, a century") << u"The mill closed a century ago."_s << u"2011-03-18"_s << u"a century ago"_s
                                    << u"DATE"_s << u"1911"_s << QString();
    QTest::newRow("ago, hours") << u"The quake hit three hours ago."_s << u"2011-03-18"_s << u"three hours ago"_s
                                << u"DATE"_s << u"2011-03-18"_s << QString();
    QTest::newRow("from now, a quarter") << u"The plant opens a quarter from now."_s << u"2011-03-18"_s
                                         << u"a quarter from now"_s << u"DATE"_s << u"2011-Q2"_s << QString();
    QTest::newRow("ago, a week") << u"The quake hit a week ago."_s << u"2011-03-18"_s << u"a week ago"_s << u"DATE"_s
                                 << u"2011-03-11"_s << QString();

    // Narrative shifts from the date last mentioned.
    QTest::newRow("the following year") << u"It was founded in 1999. The following year it grew."_s << QString()
                                        << u"The following year"_s << u"DATE"_s << u"2000"_s << QString();
    QTest::newRow("years later") << u"It was founded in 1999. Five years later it closed."_s << QString()
                                 << u"Five years later"_s << u"DATE"_s << u"2004"_s << QString();
    QTest::newRow("years after") << u"The act passed in 2002; three years after, it was revised."_s << QString()
                                 << u"three years after"_s << u"DATE"_s << u"2005"_s << QString();

    // Decades, seasons, quarters.
    QTest::newRow("decade") << u"Trade grew in the 1990s."_s << QString() << u"the 1990s"_s << u"DATE"_s << u"199"_s
                            << QString();
    QTest::newRow("early decade") << u"It began in the early 2000s."_s << QString() << u"the early 2000s"_s
                                  << u"DATE"_s << u"200"_s << QString();
    QTest::newRow("season of year") << u"It opened in the spring of 2009."_s << QString() << u"the spring of 2009"_s
                                    << u"DATE"_s << u"2009-SP"_s << QString();
    QTest::newRow("season year") << u"It opened in summer 2010."_s << QString() << u"summer 2010"_s << u"DATE"_s
                                 << u"2010-SU"_s << QString();
    QTest::newRow("quarter of year") << u"It lost money in the first quarter of 2009."_s << QString()
                                     << u"the first quarter of 2009"_s << u"DATE"_s << u"2009-Q1"_s << QString();
    QTest::newRow("quarter alone") << u"Plants close during the fourth quarter."_s << u"2006-08-19"_s
                                   << u"the fourth quarter"_s << u"DATE"_s << u"2006-Q4"_s << QString();
    QTest::newRow("late year") << u"It bought the plant in late 2006."_s << QString() << u"late 2006"_s << u"DATE"_s
                               << u"2006"_s << QString();

    // Durations, sets, times, ranges.
    QTest::newRow("for seven years") << u"The countries met for seven years."_s << QString() << u"seven years"_s
                                     << u"DURATION"_s << u"P7Y"_s << QString();
    QTest::newRow("digits years") << u"She has been with the firm for 33 years."_s << QString() << u"33 years"_s
                                  << u"DURATION"_s << u"P33Y"_s << QString();
    QTest::newRow("hyphenated") << u"It landed after a 12-hour flight."_s << QString() << u"12-hour"_s
                                << u"DURATION"_s << u"PT12H"_s << QString();
    QTest::newRow("and a half") << u"It is two and a half years late."_s << QString() << u"two and a half years"_s
                                << u"DURATION"_s << u"P2.5Y"_s << QString();
    QTest::newRow("vague") << u"The plan slipped several years."_s << QString() << u"several years"_s
                           << u"DURATION"_s << u"PXY"_s << QString();
    QTest::newRow("past nine days") << u"It fell in the past nine days."_s << QString() << u"the past nine days"_s
                                    << u"DURATION"_s << u"P9D"_s << QString();
    QTest::newRow("past decade") << u"Its largest in the past decade."_s << QString() << u"the past decade"_s
                                 << u"DURATION"_s << u"P10Y"_s << QString();
    QTest::newRow("weekly") << u"The number of weekly claims rose."_s << QString() << u"weekly"_s << u"SET"_s
                            << u"P1W"_s << QString();
    QTest::newRow("time utc") << u"The index was down at 16:08 UTC."_s << u"2008-09-17"_s << u"16:08 UTC"_s
                              << u"TIME"_s << u"2008-09-17T16:08Z"_s << QString();
    QTest::newRow("time pm") << u"It landed at 6:40 p.m. local time."_s << u"2007-10-17"_s << u"6:40 p.m."_s
                             << u"TIME"_s << u"2007-10-17T18:40"_s << QString();
    QTest::newRow("range from until") << u"He led the firm from 1990 until 2019."_s << QString()
                                      << u"from 1990 until 2019"_s << u"DATE"_s << u"1990"_s << u"2019"_s;
    QTest::newRow("range between") << u"Deliveries come between 2014 and 2016."_s << QString()
                                    << u"between 2014 and 2016"_s << u"DATE"_s << u"2014"_s << u"2016"_s;
    QTest::newRow("range of years") << u"The 1990-2019 period was calm."_s << QString() << u"1990-2019"_s << u"DATE"_s
                                    << u"1990"_s << u"2019"_s;
    QTest::newRow("season of two years") << u"They last played in the top division in the 2018-19 season."_s
                                         << QString() << u"2018-19"_s << u"DATE"_s << u"2018"_s << u"2019"_s;
    QTest::newRow("financial year by slash") << u"Revenue rose in the 2024/25 financial year."_s << QString()
                                             << u"2024/25"_s << u"DATE"_s << u"2024"_s << u"2025"_s;
    QTest::newRow("financial year by slash, whole") << u"Revenue rose in 2024/2025."_s << QString()
                                                    << u"2024/2025"_s << u"DATE"_s << u"2024"_s << u"2025"_s;
    // (Two digits that are not the next year's: a score or a code.)
    QTest::newRow("year and two digits that are no season") << u"The 2018-45 plan failed."_s << QString()
                                                            << u"2018"_s << u"DATE"_s << u"2018"_s << QString();
    // A start written as its day alone is in the end's month and year; one
    // without its year, in the end's year (an undated article).
    QTest::newRow("range from bare day") << u"The fair ran from 4 to 19 February 2019 in Kessport."_s << QString()
                                         << u"from 4 to 19 February 2019"_s << u"DATE"_s << u"2019-02-04"_s
                                         << u"2019-02-19"_s;
    QTest::newRow("range between bare day") << u"Ferries sail between 3 and 9 June 2022."_s << QString()
                                            << u"between 3 and 9 June 2022"_s << u"DATE"_s << u"2022-06-03"_s
                                            << u"2022-06-09"_s;
    QTest::newRow("range of days by dash") << u"The strike lasted 4\u201319 May 2020."_s << QString()
                                           << u"4\u201319 May 2020"_s << u"DATE"_s << u"2020-05-04"_s
                                           << u"2020-05-19"_s;
    QTest::newRow("range start without year") << u"The road was shut from May 4 to May 19, 2021."_s << QString()
                                              << u"from May 4 to May 19, 2021"_s << u"DATE"_s << u"2021-05-04"_s
                                              << u"2021-05-19"_s;
    QTest::newRow("range start without year, across new year")
        << u"The port froze from December 20 until January 6, 2011."_s << QString()
        << u"from December 20 until January 6, 2011"_s << u"DATE"_s << u"2010-12-20"_s << u"2011-01-06"_s;
    QTest::newRow("present") << u"The store currently sells music."_s << QString() << u"currently"_s << u"DATE"_s
                             << u"PRESENT_REF"_s << QString();
}

void TemporalTaggerTest::normalize()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, expression);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, until);
    Timex found;
    if (!tagAndFind(makeArticle(text, date), expression, &found))
        return;
    QCOMPARE(found.type, type);
    QCOMPARE(found.value, value);
    QCOMPARE(found.until, until);
}

// One row per rule of the TimeML annotation guidelines (TimeML 1.2.1,
// TempEval-3) for English news, each with an example of the guidelines'
// own kind: the extent, the type, the value, and for a SET its quant and freq.
void TemporalTaggerTest::guidelines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date"); ///< article date, empty for none
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quant");
    QTest::addColumn<QString>("freq");
    const QString d = u"2025-03-12"_s; // a Wednesday
    const QString none;

    // References to the present, the past and the future.
    QTest::newRow("PRESENT_REF now") << u"The Varnel museum is now closed to visitors."_s << d << u"now"_s << u"DATE"_s
                                     << u"PRESENT_REF"_s << none << none;
    QTest::newRow("PRESENT_REF at present") << u"The ferry to Oskel is suspended at present."_s << d << u"present"_s
                                            << u"DATE"_s << u"PRESENT_REF"_s << none << none;
    QTest::newRow("PRESENT_REF the present") << u"From the founding of Brannock to the present, it grew."_s << d
                                             << u"the present"_s << u"DATE"_s << u"PRESENT_REF"_s << none << none;
    QTest::newRow("PRESENT_REF current") << u"Under the current rules, Tessaly Mills pays no levy."_s << d
                                         << u"current"_s << u"DATE"_s << u"PRESENT_REF"_s << none << none;
    QTest::newRow("PAST_REF the past") << u"In the past, Orlen Grain shipped wheat by river."_s << d << u"the past"_s
                                       << u"DATE"_s << u"PAST_REF"_s << none << none;
    QTest::newRow("PAST_REF recent before a name") << u"It was the worst flood in recent Tarvian history."_s << d
                                                   << u"recent"_s << u"DATE"_s << u"PAST_REF"_s << none << none;
    QTest::newRow("PAST_REF lately") << u"Fares on the Dessik line have climbed lately."_s << d << u"lately"_s
                                     << u"DATE"_s << u"PAST_REF"_s << none << none;
    QTest::newRow("FUTURE_REF the future") << u"The port of Halvik will grow in the future."_s << d << u"the future"_s
                                           << u"DATE"_s << u"FUTURE_REF"_s << none << none;
    QTest::newRow("FUTURE_REF the near future") << u"Talks will resume in the near future."_s << d
                                                << u"the near future"_s << u"DATE"_s << u"FUTURE_REF"_s << none << none;
    QTest::newRow("FUTURE_REF soon") << u"Minister Ardo Pell will decide very soon."_s << d << u"very soon"_s
                                     << u"DATE"_s << u"FUTURE_REF"_s << none << none;

    // Centuries and decades: the leading digits of their years.
    QTest::newRow("century in digits") << u"The mill dates from the 19th century."_s << d << u"the 19th century"_s
                                       << u"DATE"_s << u"18"_s << none << none;
    QTest::newRow("century in words") << u"Canals were dug in the nineteenth century."_s << d
                                      << u"the nineteenth century"_s << u"DATE"_s << u"18"_s << none << none;
    QTest::newRow("century compound") << u"It is the port of the twenty-first century."_s << d
                                      << u"the twenty-first century"_s << u"DATE"_s << u"20"_s << none << none;
    QTest::newRow("century adjective") << u"Voss built a 21st-century harbour."_s << d << u"21st-century"_s
                                       << u"DATE"_s << u"20"_s << none << none;
    QTest::newRow("decade in words") << u"The band toured widely in the nineties."_s << d << u"the nineties"_s
                                     << u"DATE"_s << u"199"_s << none << none;
    QTest::newRow("part of a decade in words") << u"Rents rose in the late sixties."_s << d << u"the late sixties"_s
                                               << u"DATE"_s << u"196"_s << none << none;

    // Weeks, quarters and halves.
    QTest::newRow("quarter written Q") << u"Kestrel Air lost money in Q3 2009."_s << d << u"Q3 2009"_s << u"DATE"_s
                                       << u"2009-Q3"_s << none << none;
    QTest::newRow("half written H") << u"Sales grew in H1 2010."_s << d << u"H1 2010"_s << u"DATE"_s << u"2010-H1"_s
                                    << none << none;
    QTest::newRow("last week of a month") << u"Orders recovered in the last week of March 2009."_s << d
                                          << u"the last week of March 2009"_s << u"DATE"_s << u"2009-W13"_s << none
                                          << none;
    QTest::newRow("first week of a month, future") << u"The fair will open in the first week of May."_s << d
                                                   << u"the first week of May"_s << u"DATE"_s << u"2025-W18"_s
                                                   << none << none;

    // Durations whose amount is not given.
    QTest::newRow("for years") << u"The Dorn family has farmed there for years."_s << d << u"years"_s
                               << u"DURATION"_s << u"PXY"_s << none << none;
    QTest::newRow("within days") << u"A ruling is expected within days."_s << d << u"days"_s << u"DURATION"_s
                                 << u"PXD"_s << none << none;
    QTest::newRow("for hours") << u"Rescuers searched for hours."_s << d << u"hours"_s << u"DURATION"_s
                               << u"PTXH"_s << none << none;
    QTest::newRow("the coming months") << u"Prices will rise in the coming months."_s << d << u"the coming months"_s
                                       << u"DURATION"_s << u"PXM"_s << none << none;
    QTest::newRow("several") << u"The Pelka bridge took several months to mend."_s << d << u"several months"_s
                             << u"DURATION"_s << u"PXM"_s << none << none;

    // SETs: the period, how many of them (quant) and how often in each (freq).
    QTest::newRow("every week") << u"The council of Arvo meets every week."_s << d << u"every week"_s << u"SET"_s
                                << u"P1W"_s << u"EVERY"_s << none;
    QTest::newRow("every two years") << u"Elections in Lusk are held every two years."_s << d << u"every two years"_s
                                     << u"SET"_s << u"P2Y"_s << u"EVERY"_s << none;
    QTest::newRow("each weekday") << u"The market opens each Monday."_s << d << u"each Monday"_s << u"SET"_s
                                  << u"XXXX-WXX-1"_s << u"EVERY"_s << none;
    QTest::newRow("every part of day") << u"Ferries leave every morning."_s << d << u"every morning"_s << u"SET"_s
                                       << u"XXXX-XX-XXTMO"_s << u"EVERY"_s << none;
    QTest::newRow("twice a year") << u"The board of Ostrava Tin meets twice a year."_s << d << u"twice a year"_s
                                  << u"SET"_s << u"P1Y"_s << none << u"2X"_s;
    QTest::newRow("times a week") << u"Trains run three times a week."_s << d << u"three times a week"_s << u"SET"_s
                                  << u"P1W"_s << none << u"3X"_s;
    QTest::newRow("once a month") << u"Inspectors visit once a month."_s << d << u"once a month"_s << u"SET"_s
                                  << u"P1M"_s << none << u"1X"_s;
    QTest::newRow("hourly") << u"Buses leave hourly from Tarn."_s << d << u"hourly"_s << u"SET"_s << u"PT1H"_s
                            << none << none;

    // Times with their zones; parts of the day; times by name.
    QTest::newRow("zone by name") << u"The vote closed at 9:30 a.m. EST."_s << d << u"9:30 a.m. EST"_s
                                  << u"TIME"_s << u"2025-03-12T09:30-05:00"_s << none << none;
    QTest::newRow("zone as offset") << u"The rocket lifted off at 14:00 GMT+2."_s << d << u"14:00 GMT+2"_s
                                    << u"TIME"_s << u"2025-03-12T14:00+02:00"_s << none << none;
    QTest::newRow("zone in brackets") << u"The ship docked at 6:40 p.m. (UTC +3)."_s << d << u"6:40 p.m. (UTC +3)"_s
                                      << u"TIME"_s << u"2025-03-12T18:40+03:00"_s << none << none;
    QTest::newRow("last night") << u"Storms hit Merrow last night."_s << d << u"last night"_s << u"TIME"_s
                                << u"2025-03-11TNI"_s << none << none;
    QTest::newRow("yesterday afternoon") << u"The strike began yesterday afternoon."_s << d
                                         << u"yesterday afternoon"_s << u"TIME"_s << u"2025-03-11TAF"_s << none << none;
    QTest::newRow("noon") << u"The count ended at noon."_s << d << u"noon"_s << u"TIME"_s << u"2025-03-12T12:00"_s
                          << none << none;
    QTest::newRow("midnight on a weekday") << u"The curfew ended at midnight Friday."_s << d << u"midnight Friday"_s
                                           << u"TIME"_s << u"2025-03-07T24:00"_s << none << none;

    // Fiscal years.
    QTest::newRow("fiscal year") << u"Brisk Foods earned more in fiscal 2009."_s << d << u"fiscal 2009"_s << u"DATE"_s
                                 << u"FY2009"_s << none << none;
    QTest::newRow("fiscal year, long") << u"The budget for fiscal year 2010 was cut."_s << d
                                       << u"fiscal year 2010"_s << u"DATE"_s << u"FY2010"_s << none << none;
    QTest::newRow("FY") << u"Its FY2011 results were weak."_s << d << u"FY2011"_s << u"DATE"_s << u"FY2011"_s
                        << none << none;
    QTest::newRow("fiscal quarter") << u"It lost money in the first quarter of fiscal 2009."_s << d
                                    << u"the first quarter of fiscal 2009"_s << u"DATE"_s << u"FY2009-Q1"_s << none
                                    << none;

    // Ordinal and named days.
    QTest::newRow("first weekday of a month") << u"It opened on the first Monday of March 2010."_s << d
                                              << u"the first Monday of March 2010"_s << u"DATE"_s << u"2010-03-01"_s
                                              << none << none;
    QTest::newRow("last weekday of a month, future") << u"The guild will meet on the last Friday in May."_s << d
                                                     << u"the last Friday in May"_s << u"DATE"_s << u"2025-05-30"_s
                                                     << none << none;
    QTest::newRow("Christmas, past") << u"The Corlin bakery closed at Christmas."_s << d << u"Christmas"_s
                                     << u"DATE"_s << u"2024-12-25"_s << none << none;
    QTest::newRow("Christmas Eve with year") << u"The pact was signed on Christmas Eve 2019."_s << d
                                             << u"Christmas Eve 2019"_s << u"DATE"_s << u"2019-12-24"_s << none << none;
    QTest::newRow("Easter, future") << u"The Linde chapel will reopen after Easter."_s << d << u"Easter"_s
                                    << u"DATE"_s << u"2025-04-20"_s << none << none;
    QTest::newRow("Thanksgiving with year") << u"Flights were full at Thanksgiving 2024."_s << d
                                            << u"Thanksgiving 2024"_s << u"DATE"_s << u"2024-11-28"_s << none << none;
    QTest::newRow("New Year's Day, future") << u"The Orsk bridge will open on New Year's Day."_s << d
                                            << u"New Year's Day"_s << u"DATE"_s << u"2026-01-01"_s << none << none;
    QTest::newRow("New Year's Eve with year") << u"Fireworks lit Velmora on New Year's Eve 2019."_s << d
                                              << u"New Year's Eve 2019"_s << u"DATE"_s << u"2019-12-31"_s << none
                                              << none;
    QTest::newRow("Valentine's Day, past") << u"Tarn Florists sold out on Valentine's Day."_s << d
                                           << u"Valentine's Day"_s << u"DATE"_s << u"2025-02-14"_s << none << none;
    QTest::newRow("St. Patrick's Day, future") << u"The Dunmore parade will march on St. Patrick's Day."_s << d
                                               << u"St. Patrick's Day"_s << u"DATE"_s << u"2025-03-17"_s << none
                                               << none;
    QTest::newRow("Boxing Day without an article date") << u"The Kelby sale opens on Boxing Day."_s << none
                                                        << u"Boxing Day"_s << u"DATE"_s << u"XXXX-12-26"_s << none
                                                        << none;
    QTest::newRow("Good Friday (Easter less two days)") << u"The Linde chapel was full on Good Friday 2024."_s << d
                                                        << u"Good Friday 2024"_s << u"DATE"_s << u"2024-03-29"_s
                                                        << none << none;
    QTest::newRow("Easter Monday, future") << u"The Linde fair will open on Easter Monday."_s << d
                                           << u"Easter Monday"_s << u"DATE"_s << u"2025-04-21"_s << none << none;
    QTest::newRow("Memorial Day (last Monday of May)") << u"The Orlen pool opened on Memorial Day 2023."_s << d
                                                       << u"Memorial Day 2023"_s << u"DATE"_s << u"2023-05-29"_s
                                                       << none << none;
    QTest::newRow("Labor Day (first Monday of September)") << u"The Dessik strike ended on Labor Day."_s << d
                                                           << u"Labor Day"_s << u"DATE"_s << u"2024-09-02"_s << none
                                                           << none;
    QTest::newRow("Mother's Day (second Sunday of May)") << u"Brisk Foods will close on Mother's Day."_s << d
                                                         << u"Mother's Day"_s << u"DATE"_s << u"2025-05-11"_s << none
                                                         << none;
    QTest::newRow("Father's Day (third Sunday of June)") << u"Halvik Tools gave gifts on Father's Day 2024."_s << d
                                                         << u"Father's Day 2024"_s << u"DATE"_s << u"2024-06-16"_s
                                                         << none << none;
    QTest::newRow("Veterans Day without apostrophe") << u"Lusk honoured its veterans on Veterans Day."_s << d
                                                     << u"Veterans Day"_s << u"DATE"_s << u"2024-11-11"_s << none
                                                     << none;

    // Anchoring: to the article date, by tense, or to the date named last.
    QTest::newRow("duration before an event") << u"Haldor Steel cut jobs a day after the vote."_s << d << u"a day"_s
                                              << u"DURATION"_s << u"P1D"_s << none << none;
    QTest::newRow("duration after an event") << u"Two weeks before the election, Mira Tolk resigned."_s << d
                                             << u"Two weeks"_s << u"DURATION"_s << u"P2W"_s << none << none;
    QTest::newRow("from now") << u"The line opens three weeks from now."_s << d << u"three weeks from now"_s
                              << u"DATE"_s << u"2025-04-02"_s << none << none;
    QTest::newRow("until a weekday") << u"The Essel bridge is closed until Friday."_s << d << u"Friday"_s << u"DATE"_s
                                     << u"2025-03-14"_s << none << none;
    QTest::newRow("until a weekday, adjective participle") << u"Lenko schools to remain closed until Monday"_s << d
                                                           << u"Monday"_s << u"DATE"_s << u"2025-03-17"_s << none
                                                           << none;
    QTest::newRow("until the end of a month, present") << u"The Orla cinema's first season runs until the end of February."_s
                                                       << d << u"the end of February"_s << u"DATE"_s << u"2026-02"_s
                                                       << none << none;
    QTest::newRow("until a month, past") << u"The Orla cinema stayed open until February."_s << d << u"February"_s
                                         << u"DATE"_s << u"2025-02"_s << none << none;
    QTest::newRow("weekday of a past predicate before one in the future")
        << u"The Orsk department began a campaign on Monday and will open clinics later this month."_s << d
        << u"Monday"_s << u"DATE"_s << u"2025-03-10"_s << none << none;
    QTest::newRow("late in the day") << u"Shares of Tamsin Foods fell on 3 June 2011 but recovered late in the day."_s
                                     << d << u"late in the day"_s << u"DATE"_s << u"2011-06-03"_s << none << none;
    QTest::newRow("that year") << u"The Pardo plant opened in 1998. That year, output doubled."_s << d
                               << u"That year"_s << u"DATE"_s << u"1998"_s << none << none;
    QTest::newRow("the entire year") << u"Kell Motors lost money in the fourth quarter of 2005 and in the entire year."_s
                                     << d << u"the entire year"_s << u"DATE"_s << u"2005"_s << none << none;
    QTest::newRow("the end of the month") << u"The Halvik pact was signed in May 2011. By the end of the month, the border opened."_s
                                          << d << u"the end of the month"_s << u"DATE"_s << u"2011-05"_s << none << none;
    QTest::newRow("for the year") << u"Orlen Grain earned more in 2023. For the year, its sales rose."_s << d
                                  << u"the year"_s << u"DATE"_s << u"2023"_s << none << none;
    QTest::newRow("the hottest day of the year") << u"Orlen Grain earned more in 2023. Its shares fell on the hottest day of the year."_s
                                                 << d << u"the year"_s << u"DATE"_s << u"2023"_s << none << none;
    QTest::newRow("the year, future clause") << u"Founded in 1998, Tessaly Mills will grow by the end of the year."_s
                                             << d << u"the end of the year"_s << u"DATE"_s << u"2025"_s << none << none;
    QTest::newRow("month in a narrative of an earlier year")
        << u"In 1998 the Pardo mill moved to Orsk.\n\nLater, in March, it opened a second plant."_s << d
        << u"March"_s << u"DATE"_s << u"2025-03"_s << none << none;
    QTest::newRow("month after an earlier year in its paragraph")
        << u"In 1998 the Pardo mill moved to Orsk. In March, it opened a second plant."_s << d << u"March"_s
        << u"DATE"_s << u"1998-03"_s << none << none;
    // A state that has held since a date reaches the present: it moves no reference time.
    QTest::newRow("month after a state held since an earlier year")
        << u"Mara Quell, the orchestra's conductor since 2016, signed a new contract in March."_s << d << u"March"_s
        << u"DATE"_s << u"2025-03"_s << none << none;
    // The ends of a period are no point of the narrative.
    QTest::newRow("month after a period of earlier years")
        << u"Ivo Marne, who led the town from 2010 to 2020, was charged. The trial opened in January."_s << d
        << u"January"_s << u"DATE"_s << u"2025-01"_s << none << none;
    QTest::newRow("month after a period, then an earlier year")
        << u"Ivo Marne led the town from 2010 to 2020. He was arrested in 2021 and the trial opened in January."_s << d
        << u"January"_s << u"DATE"_s << u"2021-01"_s << none << none;
    QTest::newRow("month after an earlier year in a relative clause that closed before it")
        << u"Mira Orsk, a doctor who joined the Tessaly club in 2014, left it in March."_s << d << u"March"_s
        << u"DATE"_s << u"2025-03"_s << none << none;
    QTest::newRow("month after since, after an earlier year")
        << u"The Pardo mill moved to Orsk in 1998. Its staff had worked double shifts since June."_s << d << u"June"_s
        << u"DATE"_s << u"2024-06"_s << none << none;
    QTest::newRow("month after an earlier year in a relative clause still open")
        << u"The Pardo mill, which moved to Orsk in 1998 and opened a plant in March, closed."_s << d << u"March"_s
        << u"DATE"_s << u"1998-03"_s << none << none;
    QTest::newRow("month in the source a report names, after an earlier year")
        << u"The Orsk port handled 2.3 million containers in 2023, according to figures published in January."_s << d
        << u"January"_s << u"DATE"_s << u"2025-01"_s << none << none;
    QTest::newRow("until after a verb that puts a thing off, in the past")
        << u"The Orsk referendum, held after the storm, was postponed until 4 May."_s << d << u"4 May"_s << u"DATE"_s
        << u"2025-05-04"_s << none << none;
    QTest::newRow("until after a verb that puts a thing off, its object between")
        << u"The judge adjourned the Velm fraud trial until Friday."_s << d << u"Friday"_s << u"DATE"_s
        << u"2025-03-14"_s << none << none;
    QTest::newRow("until after a state in the past")
        << u"The Orsk bridge stayed closed until 4 May."_s << d << u"4 May"_s << u"DATE"_s << u"2024-05-04"_s << none
        << none;
    QTest::newRow("later in the past with no date before it")
        << u"A week later, the Orsk board dismissed its chairman."_s << d << u"A week later"_s << u"DATE"_s
        << u"XXXX"_s << none << none;
    QTest::newRow("a word of intent that is a noun tells no tense")
        << u"The Orsk council approved plans on Monday for a new bridge."_s << d << u"Monday"_s << u"DATE"_s
        << u"2025-03-10"_s << none << none;
    QTest::newRow("a word of intent that is a verb looks ahead")
        << u"The Orsk council plans to vote on Monday."_s << d << u"Monday"_s << u"DATE"_s << u"2025-03-17"_s << none
        << none;
    QTest::newRow("time of day on a weekday")
        << u"The Orsk polls closed at 10 p.m. on Thursday."_s << d << u"10 p.m. on Thursday"_s << u"TIME"_s
        << u"2025-03-06T22:00"_s << none << none;
    QTest::newRow("month after an earlier year, reported in the present perfect")
        << u"The Pardo mill moved to Orsk in 1998. It has hired staff in March."_s << d << u"March"_s << u"DATE"_s
        << u"2025-03"_s << none << none;
    QTest::newRow("month after an earlier year, future")
        << u"The Pardo mill moved to Orsk in 1998. It will open a plant in March."_s << d << u"March"_s
        << u"DATE"_s << u"2025-03"_s << none << none;
    QTest::newRow("the day before") << u"The Halvik pact was signed on 3 May 2011. The day before, the border closed."_s
                                    << d << u"The day before"_s << u"DATE"_s << u"2011-05-02"_s << none << none;
    QTest::newRow("the following week") << u"The Halvik pact was signed on 3 May 2011. The following week, the border opened."_s
                                        << d << u"The following week"_s << u"DATE"_s << u"2011-W19"_s << none << none;
    QTest::newRow("today as nowadays") << u"This is a busy time at today's Velmar Group."_s << d << u"today"_s << u"DATE"_s
                                       << u"PRESENT_REF"_s << none << none;

    // The tense is the governing verb's: the finite verb of the expression's
    // own clause, not a participle or relative clause set off by commas.
    const QString april = u"2024-04-16"_s;
    QTest::newRow("tense, participle of another clause") << u"The Osterlund, built in 1998, joins the route in May."_s
                                                         << april << u"May"_s << u"DATE"_s << u"2024-05"_s << none << none;
    QTest::newRow("tense, relative clause") << u"The Tervik bridge, which opened in 2001, reopens in June."_s << april
                                            << u"June"_s << u"DATE"_s << u"2024-06"_s << none << none;
    QTest::newRow("tense, participle clause before") << u"The ferry, launched in March, sails again in June."_s
                                                     << april << u"June"_s << u"DATE"_s << u"2024-06"_s << none << none;
    QTest::newRow("tense, verb before the preposition") << u"Talks that began on Monday will end on Friday."_s << d
                                                        << u"Monday"_s << u"DATE"_s << u"2025-03-10"_s << none << none;
    QTest::newRow("tense, present perfect until") << u"The Varn exchange has remained closed until Friday."_s << d
                                                  << u"Friday"_s << u"DATE"_s << u"2025-03-14"_s << none << none;
    QTest::newRow("tense, present perfect passive until") << u"Trading in Pelk shares has been suspended until Monday."_s
                                                          << d << u"Monday"_s << u"DATE"_s << u"2025-03-17"_s << none
                                                          << none;
    QTest::newRow("tense, participle in an infinitive clause")
        << u"The Varn board has continued to keep both exchanges closed until Friday."_s << d << u"Friday"_s
        << u"DATE"_s << u"2025-03-14"_s << none << none;
    QTest::newRow("tense, finite verb after a conjunction")
        << u"The Varn board has decided to sell and closed the exchange on Friday."_s << d << u"Friday"_s
        << u"DATE"_s << u"2025-03-07"_s << none << none;
    QTest::newRow("tense, due") << u"The Arlo report, due out on Friday, shows gains."_s << d << u"Friday"_s
                                << u"DATE"_s << u"2025-03-14"_s << none << none;

    // Seasons, quarters and halves without a year take it by tense, as months do.
    QTest::newRow("season, past") << u"The Dorrin plant closed in the autumn."_s << d << u"the autumn"_s << u"DATE"_s
                                  << u"2024-FA"_s << none << none;
    QTest::newRow("season under way, past") << u"The Dorrin plant closed this winter."_s << d << u"this winter"_s
                                            << u"DATE"_s << u"2024-WI"_s << none << none;
    QTest::newRow("next season") << u"The Dorrin plant will reopen next summer."_s << d << u"next summer"_s
                                 << u"DATE"_s << u"2025-SU"_s << none << none;
    QTest::newRow("quarter, past") << u"Sales at Brisk Foods rose in the fourth quarter."_s << d
                                   << u"the fourth quarter"_s << u"DATE"_s << u"2024-Q4"_s << none << none;
    QTest::newRow("half, past") << u"Prices in Lusk rose in the second half."_s << d << u"the second half"_s
                                << u"DATE"_s << u"2024-H2"_s << none << none;

    // No preposition in the extent.
    QTest::newRow("extent without over") << u"Kestrel Air hired staff over the past two months."_s << d
                                         << u"the past two months"_s << u"DURATION"_s << u"P2M"_s << none << none;
}

void TemporalTaggerTest::guidelines()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, expression);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, quant);
    QFETCH(QString, freq);
    Timex found;
    if (!tagAndFind(makeArticle(text, date), expression, &found))
        return;
    QCOMPARE(found.type, type);
    QCOMPARE(found.value, value);
    QCOMPARE(found.quant, quant);
    QCOMPARE(found.freq, freq);
}

// A reference to the present, past or future, a SET, a fiscal year, a
// century, a duration: highlighted as dates, but no item of the timeline,
// which places only what happened on a day, month or year.
void TemporalTaggerTest::referencesMakeNoTimelineItem()
{
    const Article a = makeArticle(u"The Varnel museum is now closed, Iva Rusk said. It reopened in the past, soon "
                                  "after the war. The council meets every week. It earned more in fiscal 2009. "
                                  "It dates from the 19th century. It was built on 4 May 1920."_s,
                                  u"2025-03-12"_s);
    const QList<Timex> timexes = TemporalTagger().tag(a);
    QStringList values;
    EntityList dates;
    for (const Timex &t : timexes) {
        values.append(t.value);
        Entity e;
        e.range = t.range;
        e.type = EntityTypes::Date;
        e.value = t.value;
        e.timexType = t.type;
        dates.append(e);
    }
    QCOMPARE(values, (QStringList{u"PRESENT_REF"_s, u"PAST_REF"_s, u"P1W"_s, u"FY2009"_s, u"18"_s, u"1920-05-04"_s}));
    const QList<TimelineEvent> events = EventExtractor().extract(a, dates, timexes);
    QStringList eventDates;
    for (const TimelineEvent &e : events)
        eventDates.append(e.date);
    QCOMPARE(eventDates, QStringList{u"1920-05-04"_s});
}

void TemporalTaggerTest::timelineItemsByValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("item");
    QTest::newRow("day") << u"2025-03-12"_s << true;
    QTest::newRow("month") << u"2025-03"_s << true;
    QTest::newRow("year") << u"2025"_s << true;
    QTest::newRow("week") << u"2025-W11"_s << true;
    QTest::newRow("quarter") << u"2025-Q1"_s << true;
    QTest::newRow("time") << u"2025-03-12T10:00"_s << true;
    QTest::newRow("day of an unknown year") << u"XXXX-04-07"_s << true;
    QTest::newRow("unknown month") << u"2025-XX"_s << false;
    QTest::newRow("weekday not anchored") << u"XXXX-WXX-3"_s << false;
    QTest::newRow("month of an unknown year") << u"XXXX-04"_s << false;
    QTest::newRow("fiscal year") << u"FY2025"_s << false;
    QTest::newRow("decade") << u"199"_s << false;
    QTest::newRow("present") << u"PRESENT_REF"_s << false;
    QTest::newRow("impossible month") << u"2025-13"_s << false;
    QTest::newRow("time of an unknown day") << u"T10:00"_s << false;
}

// Whether a DATE makes a timeline item is read from its TimexValue: a value
// a reader can place, or a day named without its year.
void TemporalTaggerTest::timelineItemsByValue()
{
    QFETCH(QString, value);
    QFETCH(bool, item);
    const Article a = makeArticle(u"Kell Motors opened a plant in Tarn on that day."_s, QString());
    Timex t;
    t.range = {a.text.indexOf(u"that day"_s), a.text.indexOf(u"that day"_s) + 8};
    t.type = value.startsWith(u'T') || value.contains(u"T1") ? u"TIME"_s : u"DATE"_s;
    t.value = value;
    Entity e;
    e.range = t.range;
    e.type = EntityTypes::Date;
    e.value = t.value;
    e.timexType = t.type;
    const QList<TimelineEvent> events = EventExtractor().extract(a, EntityList{e}, QList<Timex>{t});
    QCOMPARE(!events.isEmpty(), item);
    if (item)
        QCOMPARE(events.constFirst().date, value);
}

void TemporalTaggerTest::dateLineAfterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("friday");
    QTest::addColumn<QDate>("documentDate"); // TemporalTagger::documentDate()
    // A headline and a byline before the date line: the loader does not take
    // it, the tagger does, and resolves the weekday against it.
    QTest::newRow("date line") << u"Velk harbour reopens\nBy Ona Brisk\ndate 2025-03-12\n\nThe harbour of Velk reopened on "
                                  "Friday, officials said."_s
                               << u"2025-03-07"_s << QDate(2025, 3, 12);
    QTest::newRow("published label") << u"Velk harbour reopens\nPublished: 12 March 2025\n\nThe harbour of Velk "
                                        "reopened on Friday."_s
                                     << u"2025-03-07"_s << QDate(2025, 3, 12);
    QTest::newRow("a date in prose is none") << u"Velk harbour reopens\nIt closed on 12 March 2025 and reopened on "
                                                "Friday.\n"_s
                                             << u"XXXX-WXX-5"_s << QDate();
}

void TemporalTaggerTest::dateLineAfterText()
{
    QFETCH(QString, text);
    QFETCH(QString, friday);
    QFETCH(QDate, documentDate);
    const Article a = makeArticle(text, QString());
    QVERIFY(!a.date.isValid());
    const QList<Timex> timexes = TemporalTagger().tag(a);
    const auto it = std::find_if(timexes.cbegin(), timexes.cend(), [&a](const Timex &t) { return a.slice(t.range) == u"Friday"_s; });
    QVERIFY2(it != timexes.cend(), qPrintable(describe(a, timexes)));
    QCOMPARE(it->value, friday);
    QCOMPARE(TemporalTagger::documentDate(a, timexes), documentDate);
}

void TemporalTaggerTest::nonDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("member states") << u"Delegates of 15 member states attended."_s;
    QTest::newRow("ordinal meeting") << u"It was the 13th Meeting of the Forum."_s;
    QTest::newRow("thousands") << u"More than 1,200 organisations took part."_s;
    QTest::newRow("numbered report") << u"The findings are in Report 1003."_s;
    QTest::newRow("numbered report, lower case") << u"See report 1003 of the Velk commission."_s;
    QTest::newRow("money") << u"The economy is worth $2.6 trillion."_s;
    QTest::newRow("currency after") << u"A ticket costs 2,000 tenge."_s;
    QTest::newRow("aircraft") << u"The airline ordered Skyward 737 and Aerion A380 jets."_s;
    QTest::newRow("index name") << u"The Russell 2000 Index slipped."_s;
    QTest::newRow("a comet's designation") << u"The comet C/2025 K4 broke apart."_s;
    QTest::newRow("a planet's designation") << u"The planet, known as TVK 1140 b, orbits a red dwarf."_s;
    QTest::newRow("a document's symbol") << u"The resolution was issued as A/RES/1999 in Vosk."_s;
    QTest::newRow("age") << u"A 56-year-old man was arrested."_s;
    QTest::newRow("count of people") << u"About 1500 workers lost their jobs."_s;
    QTest::newRow("modal may") << u"May I ask a question?"_s;
    QTest::newRow("percent") << u"Turnout reached 1999% of the target."_s;
    QTest::newRow("decimal") << u"The index closed at 1999.5 points."_s;
    QTest::newRow("score") << u"They won 3-1 at home."_s;
    // A title "of the year" is no date; a part of a year would be.
    QTest::newRow("player of the year") << u"Ivo Kessel was named player of the year."_s;
    QTest::newRow("employee of the month") << u"Mara Lind was made employee of the month."_s;
    QTest::newRow("game of the week") << u"The derby is the game of the week."_s;
    // Words of the guidelines' expressions used otherwise.
    QTest::newRow("future as adjective") << u"Its future plans are secret."_s;
    QTest::newRow("as soon as") << u"Call as soon as you can."_s;
    QTest::newRow("soon after an event") << u"She left soon after the vote."_s;
    QTest::newRow("past as adjective") << u"Judge the fund by the past performance of its manager."_s;
    QTest::newRow("present as verb") << u"They present the plan in Vosk."_s;
    QTest::newRow("current account") << u"The current account deficit widened."_s;
    QTest::newRow("an age in words") << u"A woman in her sixties was hurt."_s;
    QTest::newRow("twice as fast") << u"The new train is twice as fast."_s;
    QTest::newRow("times as many") << u"It has three times as many members."_s;
    QTest::newRow("every member") << u"Every member voted."_s;
    QTest::newRow("zone word in lower case") << u"It costs 12 est."_s;
    QTest::newRow("fiscal policy") << u"Fiscal policy was tightened."_s;
    QTest::newRow("a virus name") << u"The H1N1 virus spread."_s;
    QTest::newRow("years as a count of ages") << u"The age bands were years 7 and 8."_s;
    QTest::newRow("named day inside a name") << u"The Good Friday Agreement holds."_s;
    QTest::newRow("holiday words in lower case") << u"A new year's day of labor, memorial day-care."_s;
}

void TemporalTaggerTest::nonDates()
{
    QFETCH(QString, text);
    const Article a = makeArticle(text, u"2025-09-09"_s);
    const QList<Timex> timexes = TemporalTagger().tag(a);
    if (!timexes.isEmpty())
        QFAIL(qPrintable(u"unexpected: " + describe(a, timexes)));
}

void TemporalTaggerTest::neverInventsAYear_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("value");
    QTest::newRow("day month") << u"The festival opens on 7 April."_s << u"7 April"_s << u"XXXX-04-07"_s;
    QTest::newRow("month day") << u"The festival opens on April 7."_s << u"April 7"_s << u"XXXX-04-07"_s;
    QTest::newRow("month") << u"The festival opened in April."_s << u"April"_s << u"XXXX-04"_s;
    QTest::newRow("weekday") << u"The festival opened on Friday."_s << u"Friday"_s << u"XXXX-WXX-5"_s;
    QTest::newRow("today") << u"The festival opens today."_s << u"today"_s << u"PRESENT_REF"_s;
    QTest::newRow("next year") << u"It returns next year."_s << u"next year"_s << u"FUTURE_REF"_s;
}

void TemporalTaggerTest::neverInventsAYear()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QFETCH(QString, value);
    const Article a = makeArticle(text, QString());
    const QList<Timex> timexes = TemporalTagger().tag(a);
    QCOMPARE(timexes.size(), 1);
    QCOMPARE(a.slice(timexes.first().range).toString(), expression);
    QCOMPARE(timexes.first().value, value);
}

void TemporalTaggerTest::raggedInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("blank") << u"  \n\n \t"_s << 0;
    QTest::newRow("month at the end") << u"It happened in September"_s << 1;
    QTest::newRow("day and cut month") << u"Due on 14"_s << 0;
    QTest::newRow("cut time") << u"At 12:"_s << 0;
    QTest::newRow("cut iso") << u"Filed 1999-"_s << 1;
    QTest::newRow("long digits") << u"Ref 123456789012345678901234567890 filed"_s << 0;
    QTest::newRow("impossible day") << u"It was February 30, 2001."_s << 2; // the month and the year alone remain
    QTest::newRow("only punctuation") << u"..., ;; -- ()"_s << 0;
    QTest::newRow("astral letters") << u"𝒜 𝒜𝒜 1999 😀"_s << 1;
}

// Whatever the input, expressions lie inside the text, in order, without overlap.
void TemporalTaggerTest::raggedInput()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    const Article a = makeArticle(text, u"2025-09-09"_s);
    const QList<Timex> timexes = TemporalTagger().tag(a);
    qsizetype previousEnd = 0;
    for (const Timex &t : timexes) {
        QVERIFY(t.range.start >= previousEnd);
        QVERIFY(t.range.end > t.range.start);
        QVERIFY(t.range.end <= text.size());
        QVERIFY(!t.value.isEmpty());
        previousEnd = t.range.end;
    }
    QCOMPARE(timexes.size(), count);
}

void TemporalTaggerTest::rangesAreUtf16Offsets()
{
    // An astral character before the date shifts UTF-16 offsets by two.
    const Article a = makeArticle(u"😀 Signed on 14 September 1999."_s, QString());
    const QList<Timex> timexes = TemporalTagger().tag(a);
    QCOMPARE(timexes.size(), 1);
    QCOMPARE(timexes.first().range.start, 13);
    QCOMPARE(a.slice(timexes.first().range).toString(), u"14 September 1999"_s);
}

void TemporalTaggerTest::explainsEachExpression()
{
    const Article a = makeArticle(u"The board met on Friday, in 1999 and for seven years."_s, u"2025-03-12"_s);
    const QList<Timex> timexes = TemporalTagger().tag(a);
    QCOMPARE(timexes.size(), 3);
    for (const Timex &t : timexes)
        QVERIFY2(!t.why.isEmpty(), qPrintable(a.slice(t.range).toString()));
    QVERIFY(timexes[0].why.contains(u"past tense"_s));
}

QTEST_GUILESS_MAIN(TemporalTaggerTest)
void TemporalTaggerTest::tokensAlongWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from"); ///< the range tokenized; -1 for the whole text
    QTest::addColumn<int>("to");
    QTest::newRow("plain prose") << u"The Declaration was signed on Friday, 14 September 1999, in Velmora."_s << -1 << -1;
    QTest::newRow("vocabulary in capitals") << u"SEPTEMBER Today THE Last yearly Nearly may MAY May"_s << -1 << -1;
    QTest::newRow("past forms") << u"He planned, Ed needed a red bed and embedded speed; walked WALKED Walked"_s << -1 << -1;
    QTest::newRow("possessive and contraction") << u"Dravenia's plan, the year's end, it’s May's"_s << -1 << -1;
    QTest::newRow("hyphens and apostrophes") << u"Nur-Sultan, mid-1990s, d'Ettorre, twenty-five"_s << -1 << -1;
    QTest::newRow("initials and abbreviations") << u"U.S. envoy M. Quist met A.B.C. at 5 p.m. Sept. 9"_s << -1 << -1;
    QTest::newRow("numbers glued to letters") << u"the 13th Meeting, 1,200 firms, $2.6 trillion, 2025-09-09, 14.09.1999"_s << -1
                                              << -1;
    QTest::newRow("other scripts") << u"Zürich Москва 東京 café naïve ΑΘΗΝΑ"_s << -1 << -1;
    QTest::newRow("combining marks") << u"cafe\u0301 re\u0301sume\u0301 May\u0301"_s << -1 << -1;
    QTest::newRow("astral characters") << u"𝒜 𝒜𝒜 1999 😀x x😀 May😀"_s << -1 << -1;
    QTest::newRow("unusual spaces") << u"on\u00a0Monday\u2003next\u3000week\tthen\vlater\r\nMay"_s << -1 << -1;
    QTest::newRow("a word longer than any known") << u"approximately approximatelyy Approximatelyyyyyyyy"_s << -1 << -1;
    QTest::newRow("range inside a word") << u"September yesterday"_s << 3 << 13;
    QTest::newRow("range ending inside a word") << u"last Monday's meeting"_s << 0 << 8;
    QTest::newRow("range of a middle paragraph") << u"First line 1999.\nSecond line, May 2001.\nThird."_s << 17 << 39;
    QTest::newRow("empty range") << u"Tuesday"_s << 4 << 4;
}

// The analysis builds the tagger's tokens from the recognizer's words instead
// of scanning the text a second time: the tokens must be the very same.
void TemporalTaggerTest::tokensAlongWords()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, to);
    const TextRange range = from < 0 ? TextRange{0, text.size()} : TextRange{from, to};
    QCOMPARE(compareTokensAlong(text, range), QString());
}

// The same over generated text made of the characters that change how either
// tokenizer cuts, with a fixed seed so that a failure can be replayed.
void TemporalTaggerTest::tokensAlongWordsOnRandomText()
{
    const QString alphabet = u"aAeEdDmMyY09 .,'’-\n\t\u00a0éÉЖж\u0301"_s;
    const QStringList words = {u"May"_s, u"may"_s, u"the"_s, u"Monday"_s, u"years"_s, u"ago"_s, u"planned"_s,
                               u"1999"_s, u"U.S."_s, u"Velmora's"_s, u"mid-1990s"_s, u"😀"_s, u"approximately"_s};
    QRandomGenerator random(20251127);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int pieces = random.bounded(12);
        for (int k = 0; k < pieces; ++k) {
            if (random.bounded(2))
                text += words.at(random.bounded(int(words.size())));
            else
                for (int n = random.bounded(1, 5); n > 0; --n)
                    text += alphabet.at(random.bounded(int(alphabet.size())));
        }
        const int a = text.isEmpty() ? 0 : random.bounded(int(text.size()) + 1);
        const int b = text.isEmpty() ? 0 : random.bounded(a, int(text.size()) + 1);
        const QString difference = compareTokensAlong(text, TextRange{a, b});
        if (!difference.isEmpty())
            QFAIL(qPrintable(u"round " + QString::number(round) + u", text \"" + text + u"\" [" + QString::number(a) + u", "
                             + QString::number(b) + u"): " + difference));
    }
}

// The tokens the tagger keeps for the extractor are those of the sentences
// it read; a slice of them is given only where it equals tokenize() of the slice.
void TemporalTaggerTest::keptTokens()
{
    const QString text = u"Ministers met on 14 September 1999 in Velmora. Nobody else came.\nIt rained on Monday."_s;
    const Article a = makeArticle(text, u"2025-09-09"_s);
    Temporal::TokenRuns runs;
    const QList<Timex> timexes = TemporalTagger().tag(a, tokenize(a.text), &runs);
    QCOMPARE(timexes.size(), 2);
    // The two sentences with a date were read, the one without was not.
    QCOMPARE(runs.ranges.size(), 2);
    QCOMPARE(a.slice(runs.ranges[0]).trimmed(), u"Ministers met on 14 September 1999 in Velmora."_s);
    QCOMPARE(a.slice(runs.ranges[1]).trimmed(), u"It rained on Monday."_s);
    const auto at = [&text](const QString &s) { return qsizetype(text.indexOf(s)); };
    // A clause of the first sentence: its tokens, offsets into the text.
    const qsizetype from = at(u"met"_s);
    const qsizetype to = at(u" in Velmora"_s);
    const auto clause = runs.find(from, to);
    QVERIFY(clause.has_value());
    QStringList words;
    for (const Temporal::Token &t : *clause)
        words.append(text.mid(t.start, t.length()));
    QCOMPARE(words, (QStringList{u"met"_s, u"on"_s, u"14"_s, u"September"_s, u"1999"_s}));
    // An empty range between two tokens has none, and is still a slice.
    QVERIFY(runs.find(at(u" on"_s), at(u" on"_s) + 1).has_value());
    QCOMPARE(runs.find(at(u" on"_s), at(u" on"_s) + 1)->size(), 0u);
    // Not given: a range that cuts a word or a number, reaches into the
    // sentence that was not read, or spans two stretches.
    QVERIFY(!runs.find(from + 1, to).has_value());
    QVERIFY(!runs.find(from, at(u"1999"_s) + 2).has_value());
    QVERIFY(!runs.find(at(u"Nobody"_s), at(u" else"_s)).has_value());
    QVERIFY(!runs.find(from, at(u"Monday"_s)).has_value());
    QVERIFY(!runs.find(to, to).has_value());
}

void TemporalTaggerTest::keptTokensOnRandomText()
{
    const QStringList words = {u"May"_s, u"may"_s, u"the"_s, u"Monday"_s, u"years"_s, u"ago"_s, u"planned"_s, u"1999"_s,
                               u"U.S."_s, u"Velmora's"_s, u"mid-1990s"_s, u"😀"_s, u"met"_s, u"é"_s, u". "_s, u", "_s,
                               u"\n"_s, u" "_s, u" "_s, u" "_s, u"-"_s, u"2,000"_s};
    QRandomGenerator random(20261127);
    int given = 0;
    for (int round = 0; round < 2000; ++round) {
        QString text;
        for (int k = random.bounded(40); k > 0; --k)
            text += words.at(random.bounded(int(words.size())));
        const Article a = makeArticle(text, u"2025-09-09"_s);
        Temporal::TokenRuns runs;
        TemporalTagger().tag(a, tokenize(a.text), &runs);
        for (int probe = 0; probe < 10; ++probe) {
            const int from = random.bounded(int(text.size()) + 1);
            const int to = random.bounded(from, int(text.size()) + 1);
            const auto kept = runs.find(from, to);
            if (!kept)
                continue;
            ++given;
            Temporal::TokenVector scanned;
            Temporal::tokenize(QStringView(text).mid(from, to - from), from, scanned);
            const QString problem = firstDifference(text, scanned, u"tokenize()"_s, *kept, u"kept"_s);
            if (!problem.isEmpty())
                QFAIL(qPrintable(u"round "_s + QString::number(round) + u", text \""_s + text + u"\" ["_s
                                 + QString::number(from) + u", "_s + QString::number(to) + u"): "_s + problem));
        }
    }
    // The property means something only if slices are given often.
    QVERIFY2(given > 1000, qPrintable(QString::number(given)));
}

void TemporalTaggerTest::coreWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("core");
    for (const QString &w : {u"September"_s, u"SEPT"_s, u"Tuesday"_s, u"today"_s, u"Tonight"_s, u"weeks"_s, u"decade"_s,
                             u"half"_s, u"HALF"_s, u"summer"_s, u"morning"_s, u"recently"_s, u"currently"_s,
                             u"annual"_s, u"weekly"_s, u"1999"_s, u"13th"_s, u"2,000"_s, u"mid-September"_s,
                             u"year-end"_s, u"two-day"_s, u"Tuesday’s"_s, u"now"_s, u"past"_s, u"future"_s,
                             u"soon"_s, u"current"_s, u"Christmas"_s, u"noon"_s, u"nineties"_s, u"hourly"_s})
        QTest::newRow(qPrintable(w)) << w << true;
    for (const QString &w : {u"the"_s, u"last"_s, u"early"_s, u"five"_s, u"first"_s, u"ago"_s, u"later"_s,
                             u"Dravenia"_s, u"then-President"_s, u"U.S."_s, u"Zürich"_s, u"halfway"_s,
                             u"Mayor"_s, u"daylight"_s, u"weekender"_s, u"approximately"_s, u"Sommer"_s,
                             u"every"_s, u"twice"_s, u"fiscal"_s, u"FY"_s, u"nineteenth"_s})
        QTest::newRow(qPrintable(w)) << w << false;
}

// A core word is a number or a word of the classes every expression needs.
void TemporalTaggerTest::coreWords()
{
    QFETCH(QString, word);
    QFETCH(bool, core);
    const QString text = u"Officials said " + word + u" again.";
    const QList<Word> words = tokenize(text);
    const Word *const first = words.constData();
    const Word *const end = first + words.size();
    QCOMPARE(Temporal::findCoreWord(text, first, end) != end, core);
    // The words around it are none.
    QCOMPARE(Temporal::findCoreWord(text, first, first + 2), first + 2);
}

// Sentences without a core word are not read; what the others say is unchanged.
void TemporalTaggerTest::sentencesWithoutCoreWords()
{
    const Article a = makeArticle(u"The treaty was signed in 1999. Delegates praised it warmly. "
                                  "The following year it took effect. Nobody objected. It will be reviewed on 7 April.\n"
                                  "Critics were not consulted. They met on Tuesday."_s,
                                  u"2025-03-12"_s);
    QCOMPARE(describe(a, TemporalTagger().tag(a)),
             u"\"1999\" DATE 1999; \"The following year\" DATE 2000; \"7 April\" DATE 2025-04-07; "
             "\"Tuesday\" DATE 2025-03-11"_s);
}

// A sentence that starts inside a word (a segmenter's slip, never prose) is
// read with the sentence before, so that the word stays whole.
void TemporalTaggerTest::sentenceStartingInsideAWord()
{
    Article a = makeArticle(u"They met on Tuesday. Nothing else."_s, u"2025-03-12"_s);
    a.sentences = {TextRange{0, 14}, TextRange{14, 20}, TextRange{21, 34}};
    QCOMPARE(describe(a, TemporalTagger().tag(a)), u"\"Tuesday\" DATE 2025-03-11"_s);
}

#include "temporaltagger_test.moc"
