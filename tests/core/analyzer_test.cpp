// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/analyzer.h"
#include "annotations/annotateddocument.h"
#include "article/loader.h"
#include "recognize/recognizer.h"

#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

class AnalyzerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void events_showTheAcronymsTheRecognizerFound();
    void nameAndDateAtOnePlace_theNameShows();
    void parallel_givesTheSameAnalysis();
    void parallel_modelReadsTheSameNames();
    void parallel_readsTheSameEvents();
    void parts_cutWhereParagraphsBegin();
    void parts_cutWhereSentencesBeginInALongParagraph();
    void parts_readAsArticlesOfTheirOwn();
    void parts_eventToldTwiceIsOne();
    void parts_documentDateHoldsInEveryPart();
};

// An acronym the article defines is found once, by the recognizer; the
// timeline's labels show it for the long form, where it is defined and later.
void AnalyzerTest::events_showTheAcronymsTheRecognizerFound()
{
    Article a;
    a.text = u"The Velm Water Agency (VWA) was founded in 1994. "
             u"In 2011, the Velm Water Agency opened an office in Orsa."_s;
    segmentArticle(a);
    const Analysis analysis = Analyzer().analyze(a);
    QStringList labels;
    for (const TimelineEvent &e : analysis.events)
        labels.append(e.label);
    QCOMPARE(labels, (QStringList{u"VWA was founded"_s, u"VWA opened an office in Orsa"_s}));
}

// "Daily" is a date's word too; where a name begins with it, the reader
// sees the name, and the date stays only among what the machine found there.
void AnalyzerTest::nameAndDateAtOnePlace_theNameShows()
{
    Article a;
    a.text = u"His lawyer, Ilsa Varg, told the Daily Monitor that the charges were false."_s;
    segmentArticle(a);
    const TextRange name{a.text.indexOf(u"Daily"_s), a.text.indexOf(u" that"_s)};
    const AnnotatedDocument document(a, Analyzer().analyze(a));
    const auto shown = std::find_if(document.entities().cbegin(), document.entities().cend(),
                                    [&](const Entity &e) { return e.range.start == name.start; });
    QVERIFY(shown != document.entities().cend());
    QCOMPARE(shown->range, name);
    QCOMPARE(shown->type, EntityTypes::Organization);
    const EntityList found = document.automaticEntitiesIn(name);
    QVERIFY2(std::any_of(found.cbegin(), found.cend(), [](const Entity &e) { return e.type == EntityTypes::Date; }),
             "the recognizer and the tagger both read this place");
}

// A long article's dates tagged on a thread of their own beside its names:
// the same entities, dates and events as one after the other.
void AnalyzerTest::parallel_givesTheSameAnalysis()
{
    const QStringList paragraphs{
        u"On 3 March 2019 the Velm Water Agency (VWA) opened an office in Orsa, its director Ilsa Varg said."_s,
        u"Two years later, in May 2021, the VWA signed the Orsa Accord with the city of Tarvik."_s,
        u"Kasimir Morvaunt, who chaired the talks, told reporters on Tuesday that the accord would hold until 2030."_s,
        u"The agency was founded in 1994 and approved its charter and its budget in 1996 and 1998, respectively."_s,
    };
    Article a;
    for (int i = 0; a.text.size() < Analyzer::ParallelFrom + 1000; ++i)
        a.text += paragraphs.at(i % paragraphs.size()) + u"\n\n"_s;
    segmentArticle(a);
    const Analysis serial = Analyzer().analyze(a);
    Analyzer parallelAnalyzer;
    parallelAnalyzer.setParallel(true);
    const Analysis parallel = parallelAnalyzer.analyze(a);
    QVERIFY(serial.timexes.size() > 1000);
    QVERIFY(serial.events.size() >= 5); // the same event told again is one
    QCOMPARE(parallel.timexes, serial.timexes);
    QCOMPARE(parallel.entities, serial.entities);
    QCOMPARE(parallel.events, serial.events);
}

// The learned model reading a long article's names on two threads, a block
// of stretches at a time: the same names, in the same order, as on one. The
// names are made up of syllables, so that no list knows them and the model
// decides them; there are many more of them than one block (4,096) holds.
void AnalyzerTest::parallel_modelReadsTheSameNames()
{
    // Words of two syllables and an ending from lists of ten: a thousand of
    // them, and ten thousand names of a word and a short second word.
    const QStringList syllables{u"tor"_s, u"ves"_s, u"mal"_s, u"quin"_s, u"dor"_s,
                                u"ilv"_s, u"kes"_s, u"brun"_s, u"zar"_s, u"pel"_s};
    const QStringList ends{u"ane"_s, u"eth"_s, u"orin"_s, u"ulka"_s, u"amir"_s,
                           u"essa"_s, u"ovic"_s, u"ard"_s, u"ine"_s, u"ost"_s};
    const auto word = [&](int n) -> QString {
        QString w = syllables.at(n % 10) + syllables.at((n / 10) % 10) + ends.at((n / 100) % 10);
        w[0] = w[0].toUpper();
        return w;
    };
    // (A QString, not the QStringBuilder that auto would return, which
    // would refer to second after it is gone.)
    const auto name = [&](int n) -> QString {
        const QString second = syllables.at((n / 1000) % 10).at(0).toUpper() + ends.at(n % 10);
        return word(n) + u' ' + second;
    };
    Article a;
    for (int i = 0; a.text.size() < 2 * Recognizer::ParallelFrom; ++i) {
        const int n = (i * 7919) % 10000; // each name once, in no order a list would have
        a.text += name(n) + u" met "_s + name((n + 2500) % 10000) + u" of the "_s + word(n + 5)
            + u" Holdings in "_s + word(n + 50) + u" on Monday. "_s;
        if (i % 4 == 3)
            a.text += u"\n\n"_s;
    }
    segmentArticle(a);
    Recognizer serial;
    Recognizer parallel;
    parallel.setParallel(true);
    const EntityList one = serial.recognize(a);
    const EntityList two = parallel.recognize(a);
    qsizetype byModel = 0;
    for (const Entity &e : one)
        byModel += e.why.startsWith(u"learned model"_s) ? 1 : 0;
    // Each of them a stretch the model decoded: more than a block's worth.
    QVERIFY2(byModel > 4096, qPrintable(QString::number(byModel)));
    QCOMPARE(two, one);
}

// A long article's dates read into events in two halves on two threads: the
// same events in the same order as all at once. Every sentence tells its own
// events (its own words and dates, so that none merges with another), some
// of them in coordinations ("in 1961 and 1974, respectively").
void AnalyzerTest::parallel_readsTheSameEvents()
{
    const QStringList words{u"harbour"_s, u"bridge"_s, u"school"_s, u"library"_s, u"canal"_s,
                            u"market"_s, u"clinic"_s, u"tunnel"_s, u"museum"_s, u"depot"_s};
    const QStringList months{u"January"_s, u"March"_s, u"May"_s, u"July"_s, u"September"_s, u"November"_s};
    Article a;
    for (int i = 0; a.text.size() < Analyzer::ParallelFrom + 1000; ++i) {
        const int year = 1000 + i % 1000;
        const QString what = words.at(i % 10) + u' ' + words.at((i / 10) % 10);
        if (i % 3 == 0)
            a.text += u"The council opened the "_s + what + u" on "_s + QString::number(1 + i % 28) + u' '
                + months.at(i % 6) + u' ' + QString::number(year) + u". "_s;
        else if (i % 3 == 1)
            a.text += u"The "_s + what + u" plan and the "_s + words.at((i / 100) % 10) + u" budget were approved in "_s
                + QString::number(year) + u" and "_s + QString::number(year + 3) + u", respectively. "_s;
        else
            a.text += u"Workers finished the "_s + what + u" in "_s + months.at(i % 6) + u' ' + QString::number(year)
                + u", and the "_s + words.at((i / 100) % 10) + u" reopened in "_s + QString::number(year + 1) + u". "_s;
        if (i % 5 == 4)
            a.text += u"\n\n"_s;
    }
    segmentArticle(a);
    const Analysis serial = Analyzer().analyze(a);
    Analyzer parallelAnalyzer;
    parallelAnalyzer.setParallel(true);
    const Analysis parallel = parallelAnalyzer.analyze(a);
    QVERIFY2(serial.events.size() > 1000, qPrintable(QString::number(serial.events.size())));
    QCOMPARE(parallel.timexes, serial.timexes);
    QCOMPARE(parallel.events, serial.events);
}

namespace {

// An article of count paragraphs, each a few sentences about an invented
// place, numbered so that no two are alike.
Article paragraphsArticle(int count)
{
    const QStringList places{u"Orsa"_s, u"Velm"_s, u"Tarvik"_s, u"Kessany"_s, u"Brolund"_s};
    Article a;
    for (int i = 0; i < count; ++i) {
        const QString place = places.at(i % places.size());
        a.text += u"Paragraph %1 tells of %2. The mayor of %2, Ilsa Varg, opened a market there in %3. "
                  u"Traders from Norvale came to the market.\n\n"_s.arg(i).arg(place).arg(1900 + i);
    }
    segmentArticle(a);
    return a;
}

bool startsParagraph(const Article &a, qsizetype pos)
{
    return std::any_of(a.paragraphs.cbegin(), a.paragraphs.cend(), [pos](const TextRange &p) { return p.start == pos; });
}

bool startsSentence(const Article &a, qsizetype pos)
{
    return std::any_of(a.sentences.cbegin(), a.sentences.cend(), [pos](const TextRange &s) { return s.start == pos; });
}

// Whether parts cover the text of a from its start to its end, one after another.
bool coversTheText(const Article &a, const QList<TextRange> &parts)
{
    if (parts.isEmpty() || parts.constFirst().start != 0 || parts.constLast().end != a.text.size())
        return false;
    for (qsizetype k = 1; k < parts.size(); ++k)
        if (parts[k].start != parts[k - 1].end || parts[k].isEmpty())
            return false;
    return true;
}

} // namespace

// A long text is read in parts of about the part length, each cut where a
// paragraph begins, the last no shorter than half a part; an article of up
// to twice the length, or with parts turned off, is one part.
void AnalyzerTest::parts_cutWhereParagraphsBegin()
{
    const Article a = paragraphsArticle(60);
    Analyzer analyzer;
    QCOMPARE(analyzer.parts(a), (QList<TextRange>{{0, a.text.size()}})); // the default part is far longer
    analyzer.setPartLength(2000);
    const QList<TextRange> parts = analyzer.parts(a);
    QVERIFY2(parts.size() >= 4, qPrintable(QString::number(parts.size())));
    QVERIFY(coversTheText(a, parts));
    for (qsizetype k = 1; k < parts.size(); ++k) {
        QVERIFY(startsParagraph(a, parts[k].start));
        QVERIFY(parts[k - 1].length() >= 2000);
        QVERIFY2(parts[k - 1].length() < 2000 + 400, "cut at the first paragraph after the length");
    }
    QVERIFY(parts.constLast().length() >= 1000);
    analyzer.setPartLength(a.text.size() / 2);
    QCOMPARE(analyzer.parts(a).size(), 1);
    analyzer.setPartLength(0);
    QCOMPARE(analyzer.parts(a).size(), 1);
}

// A paragraph far longer than a part is cut where a sentence begins; a
// sentence that never ends is not cut at all.
void AnalyzerTest::parts_cutWhereSentencesBeginInALongParagraph()
{
    Article a;
    for (int i = 0; a.text.size() < 10000; ++i)
        a.text += u"The council of Velm met for the %1th time. "_s.arg(i);
    segmentArticle(a);
    QCOMPARE(a.paragraphs.size(), 1);
    Analyzer analyzer;
    analyzer.setPartLength(2000);
    const QList<TextRange> parts = analyzer.parts(a);
    QVERIFY2(parts.size() >= 3, qPrintable(QString::number(parts.size())));
    QVERIFY(coversTheText(a, parts));
    for (qsizetype k = 1; k < parts.size(); ++k)
        QVERIFY(startsSentence(a, parts[k].start));

    Article endless;
    for (int i = 0; endless.text.size() < 10000; ++i)
        endless.text += u"and the council of Velm met again "_s;
    segmentArticle(endless);
    QCOMPARE(endless.sentences.size(), 1);
    QCOMPARE(analyzer.parts(endless).size(), 1);
}

// Each part is read as an article of its own would be (at its place in the
// whole text), whether one part at a time or two at once.
void AnalyzerTest::parts_readAsArticlesOfTheirOwn()
{
    const Article a = paragraphsArticle(60);
    Analyzer analyzer;
    analyzer.setPartLength(2000);
    const QList<TextRange> parts = analyzer.parts(a);
    QVERIFY(parts.size() >= 4);
    const Analysis whole = analyzer.analyze(a);
    EntityList expected;
    QList<Timex> expectedDates;
    for (const TextRange &part : parts) {
        Article alone;
        alone.text = a.text.mid(part.start, part.length());
        segmentArticle(alone);
        const Analysis own = Analyzer().analyze(alone);
        for (Entity e : own.entities) {
            e.range = {e.range.start + part.start, e.range.end + part.start};
            expected.append(e);
        }
        for (Timex t : own.timexes) {
            t.range = {t.range.start + part.start, t.range.end + part.start};
            expectedDates.append(t);
        }
    }
    QVERIFY(expected.size() > 200);
    QCOMPARE(whole.entities, expected);
    QCOMPARE(whole.timexes, expectedDates);
    QCOMPARE(whole.events.size(), 60); // each paragraph's market
    for (qsizetype k = 1; k < whole.events.size(); ++k)
        QVERIFY(whole.events[k - 1].date < whole.events[k].date);
    for (const TimelineEvent &ev : whole.events)
        QVERIFY2(a.slice(ev.expression) == ev.date, qPrintable(ev.date));

    Analyzer twoAtOnce;
    twoAtOnce.setPartLength(2000);
    twoAtOnce.setParallel(true);
    const Analysis parallel = twoAtOnce.analyze(a);
    QCOMPARE(parallel.entities, whole.entities);
    QCOMPARE(parallel.timexes, whole.timexes);
    QCOMPARE(parallel.events, whole.events);
}

// The same statement in the first part and in the last is one event, where
// it was first told.
void AnalyzerTest::parts_eventToldTwiceIsOne()
{
    Article a = paragraphsArticle(60);
    a.text.prepend(u"The Velm Water Agency opened in 1888.\n\n"_s);
    a.text.append(u"The Velm Water Agency opened in 1888.\n"_s); // told again, in the last part
    segmentArticle(a);
    Analyzer analyzer;
    analyzer.setPartLength(2000);
    const QList<TextRange> parts = analyzer.parts(a);
    QVERIFY(parts.size() >= 3);
    const Analysis analysis = analyzer.analyze(a);
    QList<TimelineEvent> opened;
    for (const TimelineEvent &ev : analysis.events)
        if (ev.date == u"1888"_s)
            opened.append(ev);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.constFirst().expression.start, a.text.indexOf(u"1888"_s));
    QCOMPARE(opened.constFirst().label, u"The Velm Water Agency opened"_s);
}

// An article without a date whose top line gives one: a weekday in a later
// part is counted from it, as in the first.
void AnalyzerTest::parts_documentDateHoldsInEveryPart()
{
    Article a = paragraphsArticle(60);
    a.text.prepend(u"12 March 2024\n\n"_s);
    a.text.append(u"On Tuesday, the council of Velm voted on the budget.\n"_s);
    segmentArticle(a);
    QVERIFY(!a.date.isValid());
    Analyzer analyzer;
    analyzer.setPartLength(2000);
    QVERIFY(analyzer.parts(a).size() >= 3);
    const qsizetype tuesday = a.text.lastIndexOf(u"Tuesday"_s);
    for (const bool parallel : {false, true}) {
        analyzer.setParallel(parallel);
        const Analysis analysis = analyzer.analyze(a);
        const auto it = std::find_if(analysis.timexes.cbegin(), analysis.timexes.cend(),
                                     [&](const Timex &t) { return t.range.start == tuesday; });
        QVERIFY(it != analysis.timexes.cend());
        QVERIFY2(it->value.startsWith(u"2024-03-"_s), qPrintable(it->value));
    }
}

QTEST_GUILESS_MAIN(AnalyzerTest)
#include "analyzer_test.moc"
