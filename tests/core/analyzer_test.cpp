// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/analyzer.h"
#include "article/loader.h"

#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

class AnalyzerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void events_showTheAcronymsTheRecognizerFound();
    void parallel_givesTheSameAnalysis();
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

QTEST_GUILESS_MAIN(AnalyzerTest)
#include "analyzer_test.moc"
