// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Work that must grow linearly (or as n·log n) with its input, on input made
// to hurt: each case runs at three sizes, n, 2n and 4n, and compares the
// time at 4n with the time at n. Linear work gives about 4, quadratic 16; the
// bound is 5. The time is the thread's CPU time (what other processes on a
// busy machine do is not counted) and the fastest of a few runs at each size
// (the slowest runs are the ones something else disturbed). The sizes are
// small, so that the whole test takes seconds even under AddressSanitizer;
// each was checked to fail on the quadratic code it guards against.

#include "../scaling.h"

#include "analysis/analyzer.h"
#include "annotations/anchoring.h"
#include "article/loader.h"
#include "article/markdown.h"
#include "export/exporter.h"
#include "recognize/recognizer.h"

#include <QTest>

using namespace Annalist;
using namespace Annalist::Testing;
using namespace Qt::StringLiterals;

namespace {

Article makeArticle(const QString &text)
{
    Article article;
    article.path = u"/articles/long.txt"_s;
    article.text = text;
    segmentArticle(article);
    return article;
}

/// text repeated until it is at least size characters long.
QString repeated(const QString &text, qsizetype size)
{
    return text.repeated((size + text.size() - 1) / text.size());
}

/// One document of `names` entities and as many events over one long
/// paragraph; each event names five people who are no entity, then one
/// entity. Every name is its own (the types are looked up by name).
ExportDocument manyNames(qsizetype names)
{
    ExportDocument d;
    QString text;
    QList<TextRange> nameRanges;
    QList<TextRange> dateRanges;
    for (qsizetype i = 0; i < names; ++i) {
        const QString name = u"Velora Kestin %1"_s.arg(i);
        const qsizetype at = text.size();
        text += name + u" opened the quay on 3 March 2021. "_s;
        nameRanges.append({at, at + name.size()});
        const qsizetype date = text.indexOf(u"3 March 2021"_s, at);
        dateRanges.append({date, date + 12});
    }
    d.article = makeArticle(text);
    d.article.title = u"The quays"_s;
    for (qsizetype i = 0; i < names; ++i) {
        Entity e;
        e.range = nameRanges.at(i);
        e.type = QString(i % 2 ? EntityTypes::Person : EntityTypes::Organization);
        d.entities.append(e);
        TimelineEvent ev;
        ev.date = u"2021-03-03"_s;
        ev.label = u"Quay opened"_s;
        ev.expression = dateRanges.at(i);
        ev.sentence = {nameRanges.at(i).start, dateRanges.at(i).end + 1};
        // Names that are no entity's are looked for in vain; the last names
        // of the list are the ones found last.
        for (int k = 0; k < 5; ++k)
            ev.entities << u"Nobody %1"_s.arg(5 * i + k);
        ev.entities << d.article.text.mid(nameRanges.at(names - 1 - i).start, nameRanges.at(names - 1 - i).length());
        d.events.append(ev);
    }
    return d;
}

ExportOutput exportAs(const QString &format, const ExportDocument &document)
{
    ExportOptions options;
    options.generated = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::UTC);
    return Exporter::forName(format)->run({document}, options);
}

} // namespace

class ScalingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acronyms_manyOpeningParentheses_linear();
    void brat_oneLongParagraph_linear();
    void html_manyNamedEntities_linear();
    void timelineJs_manyNamedEntities_linear();
    void markdownEmphasis_unpairedRuns_linear();
    void classify_longCapitalizedRun_linear_data();
    void classify_longCapitalizedRun_linear();
    void anchoring_longContext_linear();
};

void ScalingTest::acronyms_manyOpeningParentheses_linear()
{
    // "(" after "(" and never a ")": the closing one was looked for up to
    // the end of the text from each. (The recognizer finds the definitions
    // that the event extractor shows.)
    const Recognizer recognizer;
    const Growth g = measureGrowth(
        16'000, [](qsizetype n) { return makeArticle(repeated(u"Velm Bank (VB "_s, 2 * n)); },
        [&recognizer](const Article &article) { return recognizer.recognize(article).size(); });
    qInfo().noquote() << g.describe();
    // The recognizer sorts its candidates (n log n: ×4.6 here), and between
    // these sizes its working set outgrows the processor's caches: ×4.9 to
    // ×5.1 was measured on an idle machine. A search to the end from each
    // "(" was ×16.
    QVERIFY2(g.linear(6.0), qPrintable(g.describe()));

    // Definitions are still found among them, and a later mention of the
    // long form is shown as the acronym.
    const Article article = makeArticle(u"( ( The Lake Harbour Council (LHC) is based in Velora ( (. "
                                        u"In 2004, the Lake Harbour Council opened an office in Kestin. ( ("_s);
    const QList<TimelineEvent> events = Analyzer().analyze(article).events;
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).label, u"LHC opened an office in Kestin"_s);
}

void ScalingTest::brat_oneLongParagraph_linear()
{
    // One paragraph, a name every few words: each entity's search for a
    // line break ran on to the end of the paragraph.
    const auto make = [](qsizetype n) {
        ExportDocument d;
        d.article = makeArticle(repeated(u"Velora Kestin met Ando Brisk at the quay. "_s, 42 * n));
        for (qsizetype at = d.article.text.indexOf(u"Ando Brisk"_s); at >= 0;
             at = d.article.text.indexOf(u"Ando Brisk"_s, at + 1)) {
            Entity e;
            e.range = {at, at + 10};
            e.type = QString(EntityTypes::Person);
            d.entities.append(e);
        }
        return d;
    };
    const Growth g = measureGrowth(2'000, make, [](const ExportDocument &d) {
        return exportAs(u"brat"_s, d).files.size();
    });
    qInfo().noquote() << g.describe();
    QVERIFY2(g.linear(), qPrintable(g.describe()));

    // An entity across a line break still comes in two fragments.
    ExportDocument d;
    d.article = makeArticle(u"The Lake\nHarbour Council met."_s);
    Entity e;
    e.range = {4, 24};
    e.type = QString(EntityTypes::Organization);
    d.entities.append(e);
    const ExportOutput out = exportAs(u"brat"_s, d);
    QCOMPARE(out.files.size(), 2);
    QCOMPARE(out.files.at(1).data, "T1\tORGANIZATION 4 8;9 24\tLake Harbour Council\n"_ba);
}

void ScalingTest::html_manyNamedEntities_linear()
{
    // The type of each event's entities was looked for among all entities.
    const Growth g = measureGrowth(1'000, manyNames, [](const ExportDocument &d) {
        return exportAs(u"html"_s, d).files.value(0).data.size();
    });
    qInfo().noquote() << g.describe();
    QVERIFY2(g.linear(), qPrintable(g.describe()));
    // The chips still carry their types.
    const QString html = QString::fromUtf8(exportAs(u"html"_s, manyNames(3)).files.value(0).data);
    QVERIFY(html.contains(u"data-type=\"PERSON\">Velora Kestin 1</span>"_s));
    QVERIFY(html.contains(u"data-type=\"ORGANIZATION\">Velora Kestin 2</span>"_s));
    QVERIFY(html.contains(u"<span class=\"chip\">Nobody 14</span>"_s));
}

void ScalingTest::timelineJs_manyNamedEntities_linear()
{
    const Growth g = measureGrowth(1'000, manyNames, [](const ExportDocument &d) {
        return exportAs(u"timelinejs"_s, d).files.value(0).data.size();
    });
    qInfo().noquote() << g.describe();
    QVERIFY2(g.linear(), qPrintable(g.describe()));
    const QString json = QString::fromUtf8(exportAs(u"timelinejs"_s, manyNames(3)).files.value(0).data);
    QCOMPARE(json.count(u"\"group\": \"ORGANIZATION\""_s), 2);
    QCOMPARE(json.count(u"\"group\": \"PERSON\""_s), 1);
}

void ScalingTest::markdownEmphasis_unpairedRuns_linear()
{
    // "*" opens and "_" closes, never pairing: each "_" read every "*" before it.
    const Growth g = measureGrowth(
        10'000, [](qsizetype n) { return repeated(u"*a_"_s, 3 * n); },
        [](const QString &markdown) { return readMarkdown(markdown).text.size(); });
    qInfo().noquote() << g.describe();
    QVERIFY2(g.linear(), qPrintable(g.describe()));
    // Pairs are still found across unpaired runs.
    QCOMPARE(stripInlineMarkdown(u"*a_ _b* and __c_* _d_"_s), u"a_ _b and c* d"_s);
    QCOMPARE(stripInlineMarkdown(u"_a* *b_ *c* **d*"_s), u"a* *b c d"_s);
}

void ScalingTest::classify_longCapitalizedRun_linear_data()
{
    QTest::addColumn<QString>("words");
    // Each cue word once looked for a connector and a cue after it to the
    // end of the run; each title, for the same and for a personal name.
    QTest::newRow("cue words") << u"Ministry Council "_s;
    QTest::newRow("cue words and names") << u"Ministry Velora "_s;
    QTest::newRow("titles between cues") << u"Velora President Ministry "_s;
}

void ScalingTest::classify_longCapitalizedRun_linear()
{
    QFETCH(QString, words);
    const Recognizer recognizer;
    const Growth g = measureGrowth(
        32'000, [&](qsizetype n) { return makeArticle(repeated(words, 2 * n)); },
        [&](const Article &article) { return recognizer.recognize(article).size(); });
    qInfo().noquote() << g.describe();
    QVERIFY2(g.linear(), qPrintable(g.describe()));

    // The splits those loops look for are still made.
    const Article article = makeArticle(u"He met the Harbour Ministry Velora Kestin and Executive Director Ando Brisk."_s);
    QStringList found;
    for (const Entity &e : recognizer.recognize(article))
        found << article.slice(e.range).toString() + u'/' + e.type;
    QCOMPARE(found, (QStringList{u"Harbour Ministry/ORGANIZATION"_s, u"Velora Kestin/PERSON"_s, u"Ando Brisk/PERSON"_s}));
}

void ScalingTest::anchoring_longContext_linear()
{
    // A sidecar written elsewhere, with thousands of characters of context
    // around each quote, the quotes changed so that the approximate search
    // weighs the context: it was compared whole, at the square of its
    // length, at every place tried.
    QString text;
    for (int i = 0; text.size() < 50'000; ++i)
        text += u"Item %1 of the list names berth %2 at the quay. "_s.arg(i).arg(i * 7919 % 10007);
    QList<TextAnchor> anchors;
    QList<qsizetype> starts;
    for (int i = 0; i < 4; ++i) {
        const qsizetype at = 30'000 + i * 2'500;
        starts.append(at);
        TextAnchor a = makeAnchor(text, TextRange{at, at + 60});
        a.exact[5] = u'#';
        a.exact[20] = u'#';
        anchors.append(a);
    }
    const auto make = [&](qsizetype n) {
        QList<TextAnchor> long_ = anchors;
        for (qsizetype i = 0; i < long_.size(); ++i) {
            long_[i].prefix = text.mid(starts.at(i) - n, n);
            long_[i].suffix = text.mid(starts.at(i) + 60, n);
        }
        return long_;
    };
    const Anchorer anchorer(text);
    const Growth g = measureGrowth(1'000, make, [&](const QList<TextAnchor> &long_) {
        qsizetype placed = 0;
        for (const TextAnchor &a : long_)
            placed += anchorer.locate(a).placed();
        return placed;
    });
    qInfo().noquote() << g.describe();
    QVERIFY2(g.linear(), qPrintable(g.describe()));

    // They are placed where the context Annalist keeps puts them.
    const QList<TextAnchor> long_ = make(3'000);
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const AnchorResult normal = anchorer.locate(anchors.at(i));
        QCOMPARE(normal.method, AnchorMethod::Approximate);
        const AnchorResult result = anchorer.locate(long_.at(i));
        QCOMPARE(result.method, normal.method);
        QCOMPARE(result.range, normal.range);
    }
}

QTEST_GUILESS_MAIN(ScalingTest)
#include "scaling_test.moc"
