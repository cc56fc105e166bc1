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

QTEST_GUILESS_MAIN(AnalyzerTest)
#include "analyzer_test.moc"
