// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/loader.h"
#include "recognize/tokenizer.h"
#include "temporal/eventextractor.h"
#include "temporal/temporaltagger.h"
#include "temporal/temporaltokens.h"

#include "../goldenjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

struct Name {
    QLatin1StringView type;
    QString text;
    QString canonical;
};

// The recognizer is another unit: tests hand it its output by finding the
// names in the text, the way a recognizer would mark them.
EntityList locate(const Article &a, QList<Name> names)
{
    // Longest names first; a name inside one already marked is no mention.
    std::stable_sort(names.begin(), names.end(), [](const Name &x, const Name &y) { return x.text.size() > y.text.size(); });
    EntityList result;
    for (const Name &n : std::as_const(names)) {
        for (qsizetype at = a.text.indexOf(n.text); at >= 0; at = a.text.indexOf(n.text, at + 1)) {
            const bool startOk = at == 0 || !a.text[at - 1].isLetterOrNumber();
            const qsizetype end = at + n.text.size();
            const bool endOk = end == a.text.size() || !a.text[end].isLetterOrNumber();
            const bool nested = std::any_of(result.cbegin(), result.cend(),
                                            [&](const Entity &e) { return e.range.overlaps(TextRange{at, end}); });
            if (!startOk || !endOk || nested)
                continue;
            Entity e;
            e.range = {at, end};
            e.type = n.type;
            e.canonical = n.canonical;
            result.append(e);
        }
    }
    std::sort(result.begin(), result.end(), [](const Entity &x, const Entity &y) { return x.range.start < y.range.start; });
    return result;
}

Article load(const QString &name)
{
    const LoadResult r = loadArticle(QStringLiteral(ANNALIST_TEST_DATA "/temporal/") + name);
    if (!r.ok())
        qFatal("cannot load %s: %s", qPrintable(name), qPrintable(r.message));
    return r.article;
}

enum class Reading {
    Scan, ///< the extractor tokenizes its clauses itself
    AlongWords, ///< along the recognizer's words
    KeptTokens, ///< from the tagger's kept tokens and the words, as the analysis does
};

// The acronym definitions "LONG (ACRONYM)" of a, as the recognizer would
// publish them.
QList<AcronymDefinition> define(const Article &a, const QList<std::pair<QString, QString>> &definitions)
{
    QList<AcronymDefinition> result;
    for (const auto &[longForm, acronym] : definitions) {
        const QString written = longForm + u" ("_s + acronym + u')';
        for (qsizetype at = a.text.indexOf(written); at >= 0; at = a.text.indexOf(written, at + 1)) {
            const qsizetype open = at + longForm.size() + 2;
            result.append(AcronymDefinition{{at, at + longForm.size()}, {open, open + acronym.size()}});
        }
    }
    std::sort(result.begin(), result.end(),
              [](const AcronymDefinition &x, const AcronymDefinition &y) { return x.longForm.start < y.longForm.start; });
    return result;
}

// The timeline of a with the given name entities and acronym definitions,
// read as `reading` says.
QList<TimelineEvent> timeline(const Article &a, const EntityList &entities = {}, Reading reading = Reading::Scan,
                              const QList<AcronymDefinition> &acronyms = {})
{
    const QList<Word> words = reading != Reading::Scan ? tokenize(a.text) : QList<Word>();
    Temporal::TokenRuns runs;
    const QList<Timex> timexes = TemporalTagger().tag(a, words, reading == Reading::KeptTokens ? &runs : nullptr);
    EntityList all = entities;
    for (const Timex &t : timexes) {
        Entity e;
        e.range = t.range;
        e.type = EntityTypes::Date;
        e.value = t.value;
        e.timexType = t.type;
        all.append(e);
    }
    return EventExtractor().extract(a, all, timexes, words, reading == Reading::KeptTokens ? &runs : nullptr, acronyms);
}

// Offsets are left out on purpose: the golden files pin what a reader sees
// (dates, labels, the words of the expression and sentence), and stay valid
// when the loader changes how much of the file's head it keeps.
QJsonArray toJson(const Article &a, const QList<TimelineEvent> &events)
{
    QJsonArray array;
    for (const TimelineEvent &ev : events) {
        QJsonObject o{{u"date"_s, ev.date},
                      {u"label"_s, ev.label},
                      {u"expression"_s, a.slice(ev.expression).toString()},
                      {u"sentence"_s, a.slice(ev.sentence).toString()},
                      {u"entities"_s, QJsonArray::fromStringList(ev.entities)}};
        if (!ev.until.isEmpty())
            o.insert(u"until"_s, ev.until);
        array.append(o);
    }
    return array;
}

QStringList dates(const QList<TimelineEvent> &events)
{
    QStringList d;
    for (const TimelineEvent &ev : events)
        d.append(ev.date);
    return d;
}

/// An article of this text published on date, segmented.
Article dated(const QString &text, QDate date)
{
    Article a;
    a.text = text;
    a.date = date;
    segmentArticle(a);
    return a;
}

const TimelineEvent *eventOn(const QList<TimelineEvent> &events, const QString &date)
{
    for (const TimelineEvent &ev : events)
        if (ev.date == date)
            return &ev;
    return nullptr;
}

QList<Name> namesFor(const QString &sample)
{
    if (sample == u"forum-history.txt")
        return {{EntityTypes::Person, u"Arvid Kellan"_s, {}},
                {EntityTypes::Location, u"Dravenia"_s, {}},
                {EntityTypes::Location, u"Velmora"_s, {}},
                {EntityTypes::Location, u"Ostrand"_s, {}},
                {EntityTypes::Organization, u"CWCA"_s, {}},
                {EntityTypes::Organization, u"UN General Assembly"_s, {}},
                {EntityTypes::Document, u"Ostrand Act"_s, {}},
                {EntityTypes::Document, u"Declaration on Principles Guiding Relations between CWCA Member States"_s, {}},
                {EntityTypes::Event, u"5th Session of the CWCA Expert Council"_s, {}}};
    if (sample == u"treaties-respectively.txt")
        return {{EntityTypes::Document, u"Bishkek Protocol"_s, {}},
                {EntityTypes::Document, u"Dushanbe Charter"_s, {}},
                {EntityTypes::Document, u"Tashkent Memorandum"_s, {}},
                {EntityTypes::Location, u"Kyrgyzstan"_s, {}},
                {EntityTypes::Location, u"Tajikistan"_s, {}},
                {EntityTypes::Location, u"Uzbekistan"_s, {}}};
    if (sample == u"no-date.txt")
        return {{EntityTypes::Person, u"Maria Lopez"_s, {}}};
    if (sample == u"weekdays.txt")
        return {{EntityTypes::Organization, u"Harbour Trust"_s, {}}, {EntityTypes::Location, u"London"_s, {}}};
    return {};
}

QList<AcronymDefinition> acronymsFor(const Article &a, const QString &sample)
{
    if (sample == u"forum-history.txt")
        return define(a, {{u"Conference on Water Cooperation in Asia"_s, u"CWCA"_s}});
    return {};
}

} // namespace

class EventExtractorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void forumHistory();
    void labelsWithoutEntities();
    void respectivelyThreeItems();
    void noArticleDate();
    void weekdaysByTense();
    void durationsAndNumbersGiveNoEvent_data();
    void durationsAndNumbersGiveNoEvent();
    void duplicatesMerge();
    void joinParts_oneTimelineOfTheParts();
    void acronymReplacesLongName();
    void acronymReplacesLaterMentions();
    void acronymsComeFromTheRecognizerOnly();
    void longSentenceGivesItsNearPart();
    void bylineGivesNoEvent_data();
    void bylineGivesNoEvent();
    void datelineGivesWayToTheLeadsOwnDay();
    void oneStatementAtTwoPrecisions();
};

void EventExtractorTest::golden_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("withEntities");
    for (const QString &s : {u"forum-history.txt"_s, u"treaties-respectively.txt"_s, u"no-date.txt"_s, u"weekdays.txt"_s}) {
        QTest::newRow(qPrintable(s)) << s << true;
        QTest::newRow(qPrintable(s + u" (no entities)")) << s << false;
    }
}

// Set ANNALIST_REGENERATE_GOLDEN=1 to rewrite the expected files; read the
// diff before committing them.
void EventExtractorTest::golden()
{
    QFETCH(QString, sample);
    QFETCH(bool, withEntities);
    const Article a = load(sample);
    const EntityList names = withEntities ? locate(a, namesFor(sample)) : EntityList{};
    const QList<AcronymDefinition> acronyms = acronymsFor(a, sample);
    const QJsonArray actual = toJson(a, timeline(a, names, Reading::Scan, acronyms));
    // Reading along the recognizer's words, or from the tagger's tokens,
    // must change nothing.
    QCOMPARE(toJson(a, timeline(a, names, Reading::AlongWords, acronyms)), actual);
    QCOMPARE(toJson(a, timeline(a, names, Reading::KeptTokens, acronyms)), actual);
    const QString expectedPath = QStringLiteral(ANNALIST_TEST_DATA "/temporal/") + QString(sample).replace(u".txt"_s, u""_s)
        + (withEntities ? u".timeline.json"_s : u".noentities.timeline.json"_s);
    const QString mismatch = Testing::goldenJsonMismatch(actual, expectedPath);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void EventExtractorTest::forumHistory()
{
    const Article a = load(u"forum-history.txt"_s);
    const QList<TimelineEvent> events
        = timeline(a, locate(a, namesFor(u"forum-history.txt"_s)), Reading::Scan, acronymsFor(a, u"forum-history.txt"_s));
    QCOMPARE(dates(events), (QStringList{u"1992"_s, u"1999"_s, u"1999-09-14"_s, u"2002"_s, u"2024-10-12"_s}));
    QCOMPARE(events[0].label, u"Arvid Kellan put forward the idea of CWCA at the UN General Assembly"_s);
    QVERIFY(events[0].entities.contains(u"Arvid Kellan"_s));
    QVERIFY(events[0].entities.contains(u"CWCA"_s));
    QVERIFY2(events[1].label.startsWith(u"Declaration on Principles"_s), qPrintable(events[1].label));
    QVERIFY2(events[1].label.endsWith(u"approved"_s), qPrintable(events[1].label));
    QVERIFY(!events[1].label.contains(u"Ostrand"_s));
    QCOMPARE(events[3].label, u"Ostrand Act approved"_s);
    QCOMPARE(events[3].entities, QStringList{u"Ostrand Act"_s});
    QCOMPARE(a.slice(events[2].expression).toString(), u"14 September 1999"_s);
    QVERIFY2(events[2].label.contains(u"foreign ministers"_s), qPrintable(events[2].label));
    // The article's own date: the occasion the lead sentence names, and the
    // "on Saturday" of the same sentence merged into it.
    QCOMPARE(events[4].label, u"5th Session of the CWCA Expert Council in Velmora"_s);
    QCOMPARE(a.slice(events[4].expression).toString(), u"October 12"_s);
    // (Twelve words, or up to three more to end a phrase or a name.)
    for (const TimelineEvent &ev : events)
        QVERIFY2(ev.label.split(u' ').size() <= 15, qPrintable(ev.label));
}

void EventExtractorTest::labelsWithoutEntities()
{
    const Article a = load(u"forum-history.txt"_s);
    const QList<AcronymDefinition> acronyms = acronymsFor(a, u"forum-history.txt"_s);
    const QList<TimelineEvent> bare = timeline(a, {}, Reading::Scan, acronyms);
    const QList<TimelineEvent> rich = timeline(a, locate(a, namesFor(u"forum-history.txt"_s)), Reading::Scan, acronyms);
    QCOMPARE(bare.size(), rich.size());
    for (qsizetype k = 0; k < bare.size(); ++k) {
        QCOMPARE(bare[k].label, rich[k].label);
        QVERIFY(bare[k].entities.isEmpty());
    }
}

void EventExtractorTest::respectivelyThreeItems()
{
    const Article a = load(u"treaties-respectively.txt"_s);
    const QList<TimelineEvent> events = timeline(a, locate(a, namesFor(u"treaties-respectively.txt"_s)));
    QCOMPARE(dates(events), (QStringList{u"1995"_s, u"1997"_s, u"2001"_s, u"2004"_s, u"2008"_s, u"2013"_s,
                                         u"2023-05-02"_s, u"2023-11-14"_s}));
    QCOMPARE(eventOn(events, u"2004"_s)->label, u"Bishkek Protocol signed"_s);
    QCOMPARE(eventOn(events, u"2008"_s)->label, u"Dushanbe Charter signed"_s);
    QCOMPARE(eventOn(events, u"2013"_s)->label, u"Tashkent Memorandum signed"_s);
    QCOMPARE(eventOn(events, u"2013"_s)->entities, QStringList{u"Tashkent Memorandum"_s});
    QCOMPARE(eventOn(events, u"1995"_s)->label, u"Kyrgyzstan joined the customs pact"_s);
    QCOMPARE(eventOn(events, u"1997"_s)->label, u"Tajikistan joined the customs pact"_s);
    QCOMPARE(eventOn(events, u"2001"_s)->label, u"Uzbekistan joined the customs pact"_s);
    QCOMPARE(eventOn(events, u"2001"_s)->entities, QStringList{u"Uzbekistan"_s});
    QCOMPARE(a.slice(eventOn(events, u"1997"_s)->expression).toString(), u"1997"_s);
}

void EventExtractorTest::noArticleDate()
{
    const Article a = load(u"no-date.txt"_s);
    QVERIFY(!a.date.isValid());
    const QList<TimelineEvent> events = timeline(a, locate(a, namesFor(u"no-date.txt"_s)));
    QCOMPARE(dates(events), (QStringList{u"1987"_s, u"1990"_s, u"XXXX-04-07"_s}));
    const TimelineEvent *range = eventOn(events, u"1990"_s);
    QCOMPARE(range->until, u"2019"_s);
    QCOMPARE(range->entities, QStringList{u"Maria Lopez"_s});
    QCOMPARE(a.slice(eventOn(events, u"XXXX-04-07"_s)->expression).toString(), u"7 April"_s);
}

void EventExtractorTest::weekdaysByTense()
{
    const Article a = load(u"weekdays.txt"_s);
    const QList<TimelineEvent> events = timeline(a);
    QCOMPARE(dates(events), (QStringList{u"2025-03-03"_s, u"2025-03-07"_s, u"2025-03-10"_s, u"2025-03-12"_s,
                                         u"2025-03-14"_s, u"2025-03-18"_s, u"2025-06-02"_s}));
    QCOMPARE(eventOn(events, u"2025-03-07"_s)->label, u"The plan was first discussed"_s);
    QCOMPARE(eventOn(events, u"2025-03-14"_s)->label, u"The chairman will present the budget to the city council"_s);
    QCOMPARE(eventOn(events, u"2025-03-10"_s)->label, u"Workers went on strike over pay"_s);
}

void EventExtractorTest::durationsAndNumbersGiveNoEvent_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("duration") << u"The interested countries met for seven years to draft papers."_s;
    QTest::newRow("numbers") << u"Delegates of 15 member states attended the 13th Meeting with 1,200 guests."_s;
    QTest::newRow("money") << u"The fund holds $2.6 trillion and pays 2,000 tenge."_s;
    QTest::newRow("vague present") << u"The store currently sells music."_s;
    QTest::newRow("since") << u"It has posted its first loss since 1992."_s;
    QTest::newRow("negated, since") << u"The ferry has not sailed since 2019, and the island's shop hasn't opened since May."_s;
}

void EventExtractorTest::durationsAndNumbersGiveNoEvent()
{
    QFETCH(QString, text);
    Article a;
    a.text = text;
    a.date = QDate(2025, 9, 9);
    segmentArticle(a);
    QCOMPARE(timeline(a).size(), 0);
}

void EventExtractorTest::duplicatesMerge()
{
    Article a;
    a.text = u"The fair opened in 2001. Visitors came in 2003. The fair opened in 2001, organisers recalled."_s;
    segmentArticle(a);
    const QList<TimelineEvent> events = timeline(a);
    QCOMPARE(dates(events), (QStringList{u"2001"_s, u"2003"_s}));
    QCOMPARE(events[0].sentence, a.sentences[0]);
}

// The parts of a long text, each with its own timeline, make one: in the
// order of dates, then of the text; an event told in two parts (its date and
// label) is the first part's, with the names of both; the same label on
// another day, or at another precision, is another event.
void EventExtractorTest::joinParts_oneTimelineOfTheParts()
{
    const auto event = [](const QString &date, const QString &label, qsizetype at, const QStringList &names) {
        TimelineEvent ev;
        ev.date = date;
        ev.label = label;
        ev.sentence = {at - 5, at + 40};
        ev.expression = {at, at + int(date.size())};
        ev.entities = names;
        return ev;
    };
    const QList<TimelineEvent> first{
        event(u"2001"_s, u"The Orsa bridge opened"_s, 10, {u"Orsa"_s}),
        event(u"2005"_s, u"The council met"_s, 60, {}),
        event(u"2005-03"_s, u"The council met"_s, 120, {}),
    };
    const QList<TimelineEvent> second{
        event(u"1999"_s, u"Workers dug the canal"_s, 1000, {}),
        event(u"2005"_s, u"the council met"_s, 1100, {u"Velm Council"_s}),
        event(u"2005"_s, u"The school closed"_s, 1200, {}),
        event(u"2006"_s, u"The council met"_s, 1300, {}),
    };
    const QList<TimelineEvent> joined = EventExtractor::joinParts(first + second);
    QCOMPARE(dates(joined), (QStringList{u"1999"_s, u"2001"_s, u"2005"_s, u"2005"_s, u"2005-03"_s, u"2006"_s}));
    QCOMPARE(joined[0].expression.start, 1000);
    QCOMPARE(joined[2].label, u"The council met"_s);
    QCOMPARE(joined[2].expression.start, 60);
    QCOMPARE(joined[2].entities, QStringList{u"Velm Council"_s});
    QCOMPARE(joined[3].label, u"The school closed"_s);
    QCOMPARE(joined[4].expression.start, 120);
}

void EventExtractorTest::acronymReplacesLongName()
{
    Article a;
    a.text = u"In 2004, the European Bank for Reconstruction and Development (EBRD) opened an office in Velmora."_s;
    segmentArticle(a);
    const QList<TimelineEvent> events
        = timeline(a, {}, Reading::Scan, define(a, {{u"European Bank for Reconstruction and Development"_s, u"EBRD"_s}}));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].label, u"EBRD opened an office in Velmora"_s);
}

// A long form the article defined earlier is shown as its acronym where it
// comes again, with or without "the", in every way of reading the clauses.
void EventExtractorTest::acronymReplacesLaterMentions()
{
    Article a;
    a.text = u"The European Bank for Reconstruction and Development (EBRD) is based in Harlow. "
             u"In 2004, the European Bank for Reconstruction and Development opened an office in Velmora. "
             u"European Bank for Reconstruction and Development experts visited Velmora in 2009."_s;
    segmentArticle(a);
    for (const Reading reading : {Reading::Scan, Reading::AlongWords, Reading::KeptTokens}) {
        const QList<TimelineEvent> events
            = timeline(a, {}, reading, define(a, {{u"European Bank for Reconstruction and Development"_s, u"EBRD"_s}}));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].label, u"EBRD opened an office in Velmora"_s);
        QCOMPARE(events[1].label, u"EBRD experts visited Velmora"_s);
    }
}

// The extractor finds no acronym definitions of its own: a long form is
// shown as its acronym only where the recognizer says the article defines it.
void EventExtractorTest::acronymsComeFromTheRecognizerOnly()
{
    Article a;
    a.text = u"In 2011, the Velm Bank for Harbours and Development (VBHD) opened an office in Orsa."_s;
    segmentArticle(a);
    const QList<TimelineEvent> without = timeline(a);
    QCOMPARE(without.size(), 1);
    QVERIFY2(without[0].label.contains(u"Velm Bank for Harbours"_s), qPrintable(without[0].label));
    const QList<TimelineEvent> with
        = timeline(a, {}, Reading::Scan, define(a, {{u"Velm Bank for Harbours and Development"_s, u"VBHD"_s}}));
    QCOMPARE(with.size(), 1);
    QCOMPARE(with[0].label, u"VBHD opened an office in Orsa"_s);
}

// A text without full stops is one sentence; an event links only to the part
// of it around its date, not to the whole text (which exports would repeat
// for every event).
void EventExtractorTest::longSentenceGivesItsNearPart()
{
    Article a;
    QString filler;
    while (filler.size() < 3000)
        filler += u"and the council talked about roads and water and schools "_s;
    a.text = filler + u"the council opened a new bridge on 3 March 2021 "_s + filler;
    segmentArticle(a);
    QCOMPARE(a.sentences.size(), 1);
    for (const Reading reading : {Reading::Scan, Reading::AlongWords, Reading::KeptTokens}) {
        const QList<TimelineEvent> events = timeline(a, {}, reading);
        QCOMPARE(events.size(), 1);
        const TimelineEvent &e = events[0];
        QCOMPARE(a.slice(e.expression), u"3 March 2021"_s);
        QVERIFY(e.sentence.contains(e.expression));
        QVERIFY(a.sentences[0].contains(e.sentence));
        // About 500 characters to either side of the date, cut at words.
        QVERIFY2(e.sentence.length() <= 1000 + e.expression.length(), qPrintable(QString::number(e.sentence.length())));
        QVERIFY2(e.sentence.length() >= 800, qPrintable(QString::number(e.sentence.length())));
        QVERIFY(!a.text.at(e.sentence.start - 1).isLetter() && !a.text.at(e.sentence.end).isLetter());
    }
}

// A byline says who wrote the article and when: metadata, not something
// that happened. A sentence that opens with "By" and a date still counts.
void EventExtractorTest::bylineGivesNoEvent_data()
{
    QTest::addColumn<QString>("byline");
    QTest::newRow("names and a date") << u"By Kari Lund and Per Dahl, 12 March 2024"_s;
    QTest::newRow("a name, a desk and an update time") << u"By Kari Lund | Nordic desk | Updated 12 March 2024, 10:40 am"_s;
    QTest::newRow("capitals") << u"BY KARI LUND, 12 MARCH 2024"_s;
}

void EventExtractorTest::bylineGivesNoEvent()
{
    QFETCH(QString, byline);
    const Article a = dated(byline + u"\nThe ferry company stopped its boats on 10 March 2024.\n"
                                     u"By March 2025, the harbour had reopened for good."_s,
                            QDate(2024, 3, 12));
    const QList<TimelineEvent> events = timeline(a, locate(a, {{EntityTypes::Person, u"Kari Lund"_s, {}}}));
    QCOMPARE(dates(events), (QStringList{u"2024-03-10"_s, u"2025-03"_s}));
}

// A dateline says when the story was filed: its day is the lead's only
// when the lead names no other day of its own.
void EventExtractorTest::datelineGivesWayToTheLeadsOwnDay()
{
    const QList<Name> names{{EntityTypes::Location, u"Ostrand"_s, {}}};
    const Article ownDay = dated(u"VELMORA, Dravenia, March 4. Floods cut the road to Ostrand on Sunday, officials said.\n"
                                 u"Engineers said they were still counting the damage."_s,
                                 QDate(2024, 3, 4));
    QCOMPARE(dates(timeline(ownDay, locate(ownDay, names))), QStringList{u"2024-03-03"_s});
    // With no day of its own, the lead happened on the dateline's.
    const Article noDay = dated(u"VELMORA, Dravenia, March 4. Floods cut the road to Ostrand, officials said.\n"
                                u"Engineers said they were still counting the damage."_s,
                                QDate(2024, 3, 4));
    QCOMPARE(dates(timeline(noDay, locate(noDay, names))), QStringList{u"2024-03-04"_s});
}

// One statement read at a day and at the year around it is one event, on
// the day; a year in another statement stays.
void EventExtractorTest::oneStatementAtTwoPrecisions()
{
    const Article a = dated(u"The Velm Trust said on Thursday that its sales would fall this year.\n"
                            u"Its sales had risen by a tenth in 2023."_s,
                            QDate(2024, 3, 15));
    const QList<TimelineEvent> events = timeline(a, locate(a, {{EntityTypes::Organization, u"Velm Trust"_s, {}}}));
    QCOMPARE(dates(events), (QStringList{u"2023"_s, u"2024-03-14"_s}));
    QVERIFY(events[1].entities.contains(u"Velm Trust"_s));
}

QTEST_GUILESS_MAIN(EventExtractorTest)
#include "eventextractor_test.moc"
