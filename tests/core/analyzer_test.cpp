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

QTEST_GUILESS_MAIN(AnalyzerTest)
#include "analyzer_test.moc"
