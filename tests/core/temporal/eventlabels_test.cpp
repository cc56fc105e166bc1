// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/loader.h"
#include "recognize/tokenizer.h"
#include "temporal/eventclauses_p.h"
#include "temporal/eventextractor.h"
#include "temporal/temporaltagger.h"
#include "temporal/temporaltokens.h"

#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

// One row per construction: each date takes its label from the clause that
// governs it, in clean words. Items are written "VALUE | LABEL", a range
// "START..END | LABEL"; "not VALUE" says that no item may carry that value.
class EventLabelsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void items_data();
    void items();
    void readingAlongWordsChangesNothing_data() { items_data(); }
    void readingAlongWordsChangesNothing();
    void pronounSubjectTakesThePersonBefore();
    void pastOfIngForm_data();
    void pastOfIngForm();
    void pastOfBaseForm_data();
    void pastOfBaseForm();
    void offsetPronounTakesThePersonOfTheMainClause();
    void personInsideTheSubject_notWhatItIsAbout();
    void placeAndRegion_oneAside();
    void reportingVerbAfterAComma_saysWhoToldIt();
    void pronounOfAPerson_thePersonTheMainClauseNames();
    void pronounSubject_namedThroughAProfile();
    void itSubject_theOrganisationTheSentenceBeforeIsAbout();
    void labelCut_endsAfterItsVerbGroup();
    void labelCut_notInsideAClauseItCut();
    void longSubject_keepsThePersonsWholeName();
    void longSubject_losesWhereThePersonWorks();
};

namespace {

QStringList timelineOf(const QString &text, const QDate &date, bool alongWords)
{
    // Read as the program reads a file: the date line, then the text (whose
    // dateline the loader finds).
    const LoadResult loaded
        = parseArticle((u"date "_s + date.toString(Qt::ISODate) + u"\n\n"_s + text + u'\n').toUtf8(), u"article.txt"_s);
    if (!loaded.ok())
        qFatal("cannot read the article: %s", qPrintable(loaded.message));
    const Article &a = loaded.article;
    const QList<Word> words = alongWords ? tokenize(a.text) : QList<Word>();
    Temporal::TokenRuns runs;
    const QList<Timex> timexes = TemporalTagger().tag(a, words, alongWords ? &runs : nullptr);
    QStringList items;
    for (const TimelineEvent &ev : EventExtractor().extract(a, {}, timexes, words, alongWords ? &runs : nullptr))
        items.append(ev.date + (ev.until.isEmpty() ? QString() : u".."_s + ev.until) + u" | "_s + ev.label);
    return items;
}

// The timeline of text (dated 10 May 2024), with each mention of each name
// given as the recognizer's entity of its type.
QStringList timelineWith(const QString &text, const QList<std::pair<QString, QString>> &names)
{
    const LoadResult loaded = parseArticle((u"date 2024-05-10\n\n"_s + text + u'\n').toUtf8(), u"article.txt"_s);
    if (!loaded.ok())
        qFatal("cannot read the article: %s", qPrintable(loaded.message));
    const Article &a = loaded.article;
    EntityList entities;
    for (const auto &[name, type] : names) {
        for (qsizetype at = a.text.indexOf(name); at >= 0; at = a.text.indexOf(name, at + 1)) {
            Entity e;
            e.range = {at, at + name.size()};
            e.type = type;
            entities.append(e);
        }
    }
    std::sort(entities.begin(), entities.end(),
              [](const Entity &x, const Entity &y) { return x.range.start < y.range.start; });
    QStringList items;
    for (const TimelineEvent &ev : EventExtractor().extract(a, entities, TemporalTagger().tag(a)))
        items.append(ev.date + u" | "_s + ev.label);
    return items;
}

// The same with each mention of person given as a PERSON.
QStringList timelineWithPerson(const QString &text, const QString &person)
{
    return timelineWith(text, {{person, EntityTypes::Person}});
}

} // namespace

void EventLabelsTest::items_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("relative clause with a range, main clause")
        << u"Arno Dessel, who held office from 1990 until his resignation in 2001, moved the capital to Lindvik in 1997."_s
        << QStringList{u"1990..2001 | Arno Dessel held office"_s, u"1997 | Arno Dessel moved the capital to Lindvik"_s};
    // A participle before "by" is a passive about the noun before it, not
    // the subject's verb; no participle ends in "-an".
    QTest::newRow("a participle before by after the main verb")
        << u"The fair began in 1976 in a barn owned by a farmer from Tamsk."_s
        << QStringList{u"1976 | The fair began in a barn owned by a farmer from Tamsk"_s};
    QTest::newRow("a participle before by after an -ed main verb")
        << u"The choir started in 1988 in a hall owned by the parish."_s
        << QStringList{u"1988 | The choir started in a hall owned by the parish"_s};
    // A gerund after "before" or "after" is the main subject's act: in the
    // past, unless the main clause tells what is to come.
    QTest::newRow("gerund after a main clause in the past")
        << u"The band toured Velmar in March, before recording an album in Orsk in 2023."_s
        << QStringList{u"2023 | The band recorded an album in Orsk"_s, u"2024-03 | The band toured Velmar"_s};
    QTest::newRow("gerund after a main clause in the future")
        << u"The band will tour Velmar in October, before recording an album in Orsk in 2027."_s
        << QStringList{u"2024-10 | The band will tour Velmar"_s, u"2027 | The band will be recording an album in Orsk"_s};
    QTest::newRow("gerund after a main clause that is expected")
        << u"The minister is expected to visit Orsa in June before travelling to Velm in July."_s
        << QStringList{u"2024-07 | The minister will be travelling to Velm"_s};
    // A further predicate with a verb of saying and a date of its own is
    // the main subject's; a name set off by commas before the verb is no
    // subject of its own.
    QTest::newRow("further predicate of saying after a subject and a name set off")
        << u"The founder of Orsk Mills, Ivo Kessel, welcomed the ruling and said his firm had paid the tax since 2019."_s
        << QStringList{u"2019 | The founder of Orsk Mills said his firm had paid the tax"_s};
    // "plans" before "to" and a verb is the main verb, not a noun.
    QTest::newRow("gerund after a present verb of intent")
        << u"The firm plans to open a plant in Tamsk in 2027 after closing its old one in 2026."_s
        << QStringList{u"2026 | The firm will be closing its old one"_s, u"2027 | The firm plans to open a plant in Tamsk"_s};
    QTest::newRow("object relative clause")
        << u"The Kolm Accord, which Dravia signed in 2006, was abandoned in 2011."_s
        << QStringList{u"2006 | Dravia signed the Kolm Accord"_s, u"2011 | The Kolm Accord was abandoned"_s};
    QTest::newRow("object relative clause at the end of the sentence, after an infinitive")
        << u"The Brell council voted on Tuesday to restore the old mill, which a flood ruined in 2019."_s
        << QStringList{u"2019 | A flood ruined the old mill"_s};
    QTest::newRow("object relative clause without which, after the main clause")
        << u"The council appointed Ilse Varga treasurer in 2009, a post she held until 2014."_s
        << QStringList{u"2009 | The council appointed Ilse Varga treasurer"_s, u"2014 | She held a post"_s};
    QTest::newRow("object relative clause with that, after the main clause")
        << u"Aid groups said the deal fell short of the waiver that Dravia first proposed at the Velm council in October 2020."_s
        << QStringList{u"2020-10 | Dravia first proposed the waiver at the Velm council"_s};
    QTest::newRow("relative clause with that")
        << u"Engineers rebuilt the bridge that collapsed in 2019."_s
        << QStringList{u"2019 | The bridge collapsed"_s};
    QTest::newRow("relative clause in the present tense")
        << u"The plan needs the approval of the Velm Assembly, which meets in May."_s
        << QStringList{u"2024-05 | The Velm Assembly meets"_s};
    QTest::newRow("relative clause in the present tense, after an adverb and a verb")
        << u"The plan still needs approval by the Velm Assembly, which meets in May."_s
        << QStringList{u"2024-05 | Approval by the Velm Assembly meets"_s};
    QTest::newRow("who after a name in a preposition's object: the person")
        << u"The prize was handed over by the mayor in a letter to Tomas Orsk, who had led the rescue in 2019."_s
        << QStringList{u"2019 | Tomas Orsk had led the rescue"_s};
    QTest::newRow("which after a name in a preposition's object: the noun")
        << u"Ilse Varga renegotiated the dam treaty with Velmia, which was signed in 1973."_s
        << QStringList{u"1973 | The dam treaty with Velmia was signed"_s};
    QTest::newRow("a month coordinated with a later one: its year, the same act")
        << u"Police removed the protesters twice, in July and again in August 1974."_s
        << QStringList{u"1974-07 | Police removed the protesters twice"_s, u"1974-08 | Police removed the protesters twice"_s};
    QTest::newRow("an aside with a relative clause with that")
        << u"Quellor, the battery maker that listed its shares in Velm on Wednesday, began in 2009 in a garage in Orsk."_s
        << QStringList{u"2009 | Quellor began in a garage in Orsk"_s};
    QTest::newRow("a gapped complement after a comma, its date first")
        << u"The ban will take effect on 1 January 2026 for shops, and a year later for street vendors."_s
        << QStringList{u"2026-01-01 | The ban will take effect for shops"_s, u"2027 | The ban will take effect for street vendors"_s};
    QTest::newRow("a further predicate after but, undated, is no part of the label")
        << u"The bill was first introduced by Ilse Varga in October 2023 but stalled in committee for a year."_s
        << QStringList{u"2023-10 | The bill was first introduced by Ilse Varga"_s};
    QTest::newRow("a gerund coordinated with an earlier one shares what comes before it")
        << u"The Orsk utility has committed to halving its emissions by 2030 and reaching net zero by 2050."_s
        << QStringList{u"2030 | The Orsk utility has committed to halving its emissions"_s,
                       u"2050 | The Orsk utility has committed to reaching net zero"_s};
    QTest::newRow("and before a noun phrase and its verb: a clause of its own")
        << u"Work on the Orsk docks began in 1990 and the first phase opened in 1994."_s
        << QStringList{u"1990 | Work on the Orsk docks began"_s, u"1994 | The first phase opened"_s};
    QTest::newRow("and before a noun phrase without a verb: one clause")
        << u"Ilse Varga met the mayor and the harbour master in 1994."_s
        << QStringList{u"1994 | Ilse Varga met the mayor and the harbour master"_s};
    QTest::newRow("a gerund after before, with a date of its own: the subject's act")
        << u"Tomas Orsk trained at the Velm academy before moving to Tarnby in 2021."_s
        << QStringList{u"2021 | Tomas Orsk moved to Tarnby"_s};
    QTest::newRow("a fronted gerund after after, an irregular verb")
        << u"After leaving the navy in 2004, Ilse Varga opened a bakery in Orsk."_s
        << QStringList{u"2004 | Ilse Varga left the navy"_s};
    QTest::newRow("a noun in -ing before a verb is no gerund")
        << u"Aid groups say that more than two million people have fled their homes since fighting broke out in April 2023."_s
        << QStringList{u"2023-04 | Fighting broke out"_s};
    QTest::newRow("a gerund without a date of its own stays in the main clause")
        << u"The Orsk council resigned in 2019 before holding a vote."_s
        << QStringList{u"2019 | The Orsk council resigned before holding a vote"_s};
    QTest::newRow("two relative clauses about one noun, each with its date")
        << u"Ilse Varga wants to renegotiate the dam treaty with Velmia, which was signed in 1973 and whose annex expired in August 2023."_s
        << QStringList{u"1973 | The dam treaty with Velmia was signed"_s, u"2023-08 | The dam treaty's annex expired"_s};
    QTest::newRow("two relative clauses with who")
        << u"Tomas Orsk, who joined the bank in 1990 and who led it from 2001, retired in 2010."_s
        << QStringList{u"1990 | Tomas Orsk joined the bank"_s, u"2001 | Tomas Orsk led it"_s, u"2010 | Tomas Orsk retired"_s};
    QTest::newRow("which after a preposition of time: its object")
        << u"The judge said Tomas Orsk showed no remorse during the trial, which began in September 2023."_s
        << QStringList{u"2023-09 | The trial began"_s};
    QTest::newRow("which after a name's own of: the whole name")
        << u"Ilse Varga joined the Bank of Orsk, which was founded in 1921."_s
        << QStringList{u"1921 | The Bank of Orsk was founded"_s};
    QTest::newRow("a clause of its own after a comma and and")
        << u"The first grants are expected in January 2028, and a review is planned for 2030."_s
        << QStringList{u"2028-01 | The first grants are expected"_s, u"2030 | A review is planned"_s};
    QTest::newRow("reported speech, a second complement with but that")
        << u"Analysts said the price was high but that the deal would cut costs by 2029."_s
        << QStringList{u"2029 | The deal would cut costs"_s};
    QTest::newRow("a fronted participle before a verb in the present tense")
        << u"Built in 1890 by masons from Orvel, the Tamsk bridge carries the coast road."_s
        << QStringList{u"1890 | The Tamsk bridge was built by masons from Orvel"_s};
    QTest::newRow("an aside with a relative clause of its own")
        << u"Ivo Kessel, a geologist at the Velm institute who was not involved, said the quake confirmed warnings made in a 2019 survey."_s
        << QStringList{u"2019 | Ivo Kessel said the quake confirmed warnings made in a survey"_s};
    QTest::newRow("a state since a date, when something happened")
        << u"Prices in Velm have not been this high since 2008, when the Orsa bank collapsed."_s
        << QStringList{u"2008 | The Orsa bank collapsed"_s};
    QTest::newRow("a date set off by commas after the subject is no aside about it")
        << u"The last major strike at the Orsk docks, in 2011, lasted 23 days."_s
        << QStringList{u"2011 | The last major strike at the Orsk docks lasted 23 days"_s};
    QTest::newRow("a bound in time is no comparison")
        << u"The Orsk probe will launch no earlier than March 2028, and the ministry must reply not later than 30 June."_s
        << QStringList{u"2028-03 | The Orsk probe will launch"_s, u"2024-06-30 | The ministry must reply"_s};
    QTest::newRow("a fronted phrase and a name set off by commas after it")
        << u"In the capital, Nkavo, shops were open on Thursday."_s
        << QStringList{u"2024-05-09 | Shops were open in the capital, Nkavo"_s};
    QTest::newRow("a fronted phrase, then a subject with a relative clause")
        << u"Under the plan, the Orsk ministry, which employs 900 people, will cut 300 jobs in June."_s
        << QStringList{u"2024-06 | The Orsk ministry will cut 300 jobs under the plan"_s};
    QTest::newRow("whose after a modal's verb and its object")
        << u"Analysts said the delay could help Mira Orsk, whose party has gained support in the north since March."_s
        << QStringList{u"2024-03 | Mira Orsk's party has gained support in the north"_s};
    QTest::newRow("whose after a plural noun")
        << u"The storm could hurt farmers, whose harvest began in April."_s
        << QStringList{u"2024-04 | Farmers' harvest began"_s};
    QTest::newRow("a subject's noun in -ly is no adverb")
        << u"The Orsk family has owned the farm since 1911, when it bought it from the Rusk company."_s
        << QStringList{u"1911 | The Orsk family bought it from the Rusk company"_s};
    QTest::newRow("a state until a date, when something happened")
        << u"Tamsin Orrell kept sailing to the Velm islands every summer until 2019, when a fall ended her voyages."_s
        << QStringList{u"2019 | A fall ended her voyages"_s};
    QTest::newRow("the first since a date, when something happened")
        << u"It is the first strike at the Dornby mill since 1987, when a dispute over pay closed the mill for six weeks."_s
        << QStringList{u"1987 | A dispute over pay closed the mill for six weeks"_s};
    QTest::newRow("examples between commas, listed with and")
        << u"Civil rights groups, including the Velm Defence Fund and the League of Orsan Voters, sued in January 2022."_s
        << QStringList{u"2022-01 | Civil rights groups sued"_s};
    QTest::newRow("as early as a date")
        << u"Elections under the new Tamsk map could be held as early as November 2026."_s
        << QStringList{u"2026-11 | Elections under the new Tamsk map could be held"_s};
    QTest::newRow("since and a clause of its own")
        << u"Velmco will build a plant in Orsa, its largest investment since it was founded in 2004."_s
        << QStringList{u"2004 | Velmco was founded"_s};
    QTest::newRow("a short phrase about the object between commas")
        << u"The bank opened an office in Tamsk in 2015 and hired Ivo Kessel, formerly of Dornco, to run it in 2021."_s
        << QStringList{u"2015 | The bank opened an office in Tamsk"_s, u"2021 | The bank hired Ivo Kessel"_s};
    QTest::newRow("a second statement after and, inside what was said")
        << u"Ivo Kessel told reporters in Tamsk that building would begin in 2026 and the Velm plant would employ 900 people by 2029."_s
        << QStringList{u"2026 | Ivo Kessel told reporters in Tamsk that building would begin"_s, u"2029 | The Velm plant would employ 900 people"_s};
    QTest::newRow("an event noun after after, then a further predicate")
        << u"Ivo Kessel fled to Velmar after the 1956 uprising and qualified as a surgeon in Tamsk four years later."_s
        << QStringList{u"1956 | The uprising"_s, u"1960 | Ivo Kessel qualified as a surgeon in Tamsk"_s};
    QTest::newRow("a clause after where, with its own subject")
        << u"In 1978 Ivo Kessel moved to the Tamsk institute, where the board named him director in 1985."_s
        << QStringList{u"1978 | Ivo Kessel moved to the Tamsk institute"_s, u"1985 | The board named him director"_s};
    QTest::newRow("since and a noun phrase with its verb")
        << u"Voters in Velmar go to the polls in the first election since a 2024 referendum cut the president's term."_s
        << QStringList{u"2024 | A referendum cut the president's term"_s};
    QTest::newRow("a figure compared with, at its date")
        << u"Turnout fell to 48% at the Tamsk election in 2019, down from 71% in 2005."_s
        << QStringList{u"2019 | Turnout fell to 48% at the Tamsk election"_s};
    QTest::newRow("a verb's own in at the end")
        << u"The new Velm council will be sworn in on 1 June 2026."_s
        << QStringList{u"2026-06-01 | The new Velm council will be sworn in"_s};
    QTest::newRow("a label cut short inside a name loses the name's part")
        << u"Velmora and Dravin first proposed the awaited trade waiver at the Velm Northern Regional Trade Council in October 2020."_s
        << QStringList{u"2020-10 | Velmora and Dravin first proposed the awaited trade waiver"_s};
    QTest::newRow("a label cut short inside a name that ends a word or two later ends with the name")
        << u"A court in Orsk on Wednesday sentenced the former treasurer of the Velm Rowing Club to three years in prison."_s
        << QStringList{u"2024-05-08 | A court in Orsk sentenced the former treasurer of the Velm Rowing Club"_s};
    QTest::newRow("what was said, when it alone holds the date and the whole would be cut")
        << u"Opening the seminar, the director recalled that the idea of the forum was first put forward by a diplomat from Orsk in October 1992."_s
        << QStringList{u"1992-10 | The idea of the forum was first put forward by a diplomat from Orsk"_s};
    QTest::newRow("what was said after a phrase of the verb, when it alone holds the date")
        << u"Researchers at the Orsk marine institute reported in a journal that coral cover had fallen by a third since 2015."_s
        << QStringList{u"2015 | Coral cover had fallen by a third"_s};
    QTest::newRow("an undated fronted phrase of a preposition moves to the end")
        << u"Under the Orsk plan, income tax will fall from 2027."_s
        << QStringList{u"2027 | Income tax will fall under the Orsk plan"_s};
    QTest::newRow("an undated fronted participle's phrase goes")
        << u"Citing health reasons, the Orsk minister resigned on Monday."_s
        << QStringList{u"2024-05-06 | The Orsk minister resigned"_s};
    QTest::newRow("a relative clause with the date inside an aside, after an age")
        << u"Mira Orsk, 52, a surgeon who performed the first robotic bypass in Velm in 2014, was named director on Monday."_s
        << QStringList{u"2014 | Mira Orsk performed the first robotic bypass in Velm"_s,
                       u"2024-05-06 | Mira Orsk was named director"_s};
    QTest::newRow("a period compared with is no event, and leaves the label with its date")
        << u"Exports from Orsk grew 4 per cent in the third quarter compared with the same period last year."_s
        << QStringList{u"2023-Q3 | Exports from Orsk grew 4 per cent"_s, u"not 2023"_s};
    QTest::newRow("a year after than is no event")
        << u"More ferries crossed the Orsk strait in 2023 than in 2019."_s
        << QStringList{u"2023 | More ferries crossed the Orsk strait"_s, u"not 2019"_s};
    QTest::newRow("since after a superlative and its infinitive is no event")
        << u"The storm, the strongest to hit the Orsk coast since 1987, cut power to 80,000 homes on Tuesday."_s
        << QStringList{u"not 1987"_s};
    QTest::newRow("the part of the day goes with its date")
        << u"Fire crews were called to the Orsk paper mill in the early hours of Sunday."_s
        << QStringList{u"2024-05-05 | Fire crews were called to the Orsk paper mill"_s};
    QTest::newRow("a figure a change began from is no event")
        << u"Inflation in Orsk fell from 6 per cent in 2016 to 2 per cent in 2023."_s
        << QStringList{u"not 2016"_s, u"2023 | Inflation in Orsk fell from 6 per cent to 2 per cent"_s};
    QTest::newRow("coordinated infinitives, each with its date")
        << u"Work on the Orsk terminal is expected to begin in 2027 and to be completed by 2030."_s
        << QStringList{u"2027 | Work on the Orsk terminal is expected to begin"_s,
                       u"2030 | Work on the Orsk terminal is expected to be completed"_s};
    QTest::newRow("a dated event after a further predicate")
        << u"The Orsk bridge was built in 1932 and rebuilt after the 1987 flood."_s
        << QStringList{u"1932 | The Orsk bridge was built"_s, u"1987 | The flood"_s};
    QTest::newRow("a figure compared with, its date right after it")
        << u"Orsk reported 312 new cases in the week to 3 May, up from 250 the week before."_s
        << QStringList{u"not 2024-W17"_s, u"not 2024-W18"_s};
    QTest::newRow("a label cut short after a preposition loses it")
        << u"On 3 May forecasters said the storm would weaken quickly as it moves over the Velm Channel toward the northern coast."_s
        << QStringList{u"2024-05-03 | Forecasters said the storm would weaken quickly as it moves"_s};
    QTest::newRow("relative clause after a participle's object")
        << u"The board named Ilse Varga chair, replacing Tomas Orsk, who has led the firm since 2019."_s
        << QStringList{u"2019 | Tomas Orsk has led the firm"_s};
    QTest::newRow("what was said, after the date of saying it")
        << u"The Velm agency said in 2020 that it had found water."_s
        << QStringList{u"2020 | The Velm agency said that it had found water"_s};
    QTest::newRow("a participle with its agent before the main verb")
        << u"A team led by Ilse Varga said in 2020 that it had found water."_s
        << QStringList{u"2020 | A team led by Ilse Varga said that it had found water"_s};
    QTest::newRow("an act after for, with a date of its own")
        << u"A court jailed Tomas Orsk on Friday for taking bribes from builders between 2014 and 2019."_s
        << QStringList{u"2014..2019 | Taking bribes from builders"_s};
    QTest::newRow("relative clause after a further predicate")
        << u"The case was investigated by the Velm Agency and prosecuted by the Orsk Office, which has brought charges against 40 officials since 2018."_s
        << QStringList{u"2018 | The Orsk Office has brought charges against 40 officials"_s};
    QTest::newRow("a label cut short after a quantity loses it")
        << u"The Orsk Office of the Velm Prosecutor has brought charges against more than 40 officials and their advisers since 2018."_s
        << QStringList{u"2018 | The Orsk Office of the Velm Prosecutor has brought charges"_s};
    QTest::newRow("object relative clause whose verb takes more words")
        << u"The minister said the cuts would come in next year's budget, which parliament is due to vote on in December."_s
        << QStringList{u"2024-12 | Parliament is due to vote on the budget"_s};
    QTest::newRow("a long noun phrase before which: the nearest noun")
        << u"The council will spend the money raised by the sale of the old Orsk ferry on the new harbour wall, which engineers designed in 2021."_s
        << QStringList{u"2021 | Engineers designed the new harbour wall"_s};
    QTest::newRow("that after the object of a verb of saying")
        << u"Ilse Varga told a news conference that prices would keep rising until 2027."_s
        << QStringList{u"2027 | Ilse Varga told a news conference that prices would keep rising"_s};
    QTest::newRow("quotation marks whose words were a date")
        << u"Tomas Orsk said in 2020 that the merger would not happen \"in the foreseeable future\"."_s
        << QStringList{u"2020 | Tomas Orsk said that the merger would not happen"_s};
    QTest::newRow("a further predicate past a quoted title")
        << u"Lena Brask joined the Velm radio as a typist in 1957 and presented her first show, \"Nightwatch\", in 1964."_s
        << QStringList{u"1957 | Lena Brask joined the Velm radio as a typist"_s, u"1964 | Lena Brask presented her first show"_s};
    QTest::newRow("a fronted phrase with a quoted title")
        << u"In her 2011 memoir, \"Voices\", she wrote that she had \"never once been bored\"."_s
        << QStringList{u"2011 | She wrote that she had \"never once been bored\" in her memoir"_s};
    QTest::newRow("a date first, no comma after it, before the main clause")
        << u"In 1997 the board named Tomas Orsk chair, a role he kept for years."_s
        << QStringList{u"1997 | The board named Tomas Orsk chair"_s};
    QTest::newRow("a span of time and after, before the main clause")
        << u"Two months after inspectors searched the depot, Ilse Varga resigned in October 2020."_s
        << QStringList{u"2020-10 | Ilse Varga resigned"_s};
    QTest::newRow("an offset's clause with a possessive in it")
        << u"Ilse Varga resigned in October 2020, two months after inspectors from the Velm Auditor's Office searched the depot."_s
        << QStringList{u"2020-08 | Inspectors from the Velm Auditor's Office searched the depot"_s, u"2020-10 | Ilse Varga resigned"_s};
    QTest::newRow("reported speech, a participle after its auxiliary")
        << u"Aid workers said roads to Ambrel had been blocked since 3 May."_s
        << QStringList{u"2024-05-03 | Aid workers said roads to Ambrel had been blocked"_s};
    QTest::newRow("reported speech with an aside before its verb")
        << u"Aid workers said roads to Ambrel, the main town of the valley, had been cut since 3 May."_s
        << QStringList{u"2024-05-03 | Aid workers said roads to Ambrel had been cut"_s};
    QTest::newRow("the date of the report, beside the date of the event")
        << u"Floods hit the town of Ambrel on 6 May, the agency said on 8 May."_s
        << QStringList{u"2024-05-06 | Floods hit the town of Ambrel"_s, u"not 2024-05-08"_s};
    QTest::newRow("whose")
        << u"Kirsten Vale, whose novel won the Amsel Prize in 2010, will publish a new book in 2025."_s
        << QStringList{u"2010 | Kirsten Vale's novel won the Amsel Prize"_s, u"2025 | Kirsten Vale will publish a new book"_s};
    QTest::newRow("participle and main predicate")
        << u"The Halden charter, signed in Marrow in 2001, entered into force on 5 May 2003."_s
        << QStringList{u"2001 | The Halden charter was signed in Marrow"_s,
                       u"2003-05-05 | The Halden charter entered into force"_s};
    QTest::newRow("fronted participles")
        << u"Built in 1890 and restored in 1990, the Orsk lighthouse closed in 2015."_s
        << QStringList{u"1890 | The Orsk lighthouse was built"_s, u"1990 | The Orsk lighthouse was restored"_s,
                       u"2015 | The Orsk lighthouse closed"_s};
    QTest::newRow("participle of a plural subject")
        << u"The figures, published on 8 May, showed that unemployment fell."_s
        << QStringList{u"2024-05-08 | The figures were published"_s};
    QTest::newRow("having")
        << u"Having joined the Norvan alliance in 2004, Sarnia hosted its summit in 2018."_s
        << QStringList{u"2004 | Sarnia joined the Norvan alliance"_s, u"2018 | Sarnia hosted its summit"_s};
    QTest::newRow("while")
        << u"Velmora and Dravin became members in 1995, while Ostrava joined in 2004."_s
        << QStringList{u"1995 | Velmora and Dravin became members"_s, u"2004 | Ostrava joined"_s};
    QTest::newRow("whereas")
        << u"The north wing opened in 1960, whereas the south wing was finished in 1972."_s
        << QStringList{u"1960 | The north wing opened"_s, u"1972 | The south wing was finished"_s};
    QTest::newRow("after")
        << u"The Cobalt plant closed in 2008, after demand fell in 2007."_s
        << QStringList{u"2008 | The Cobalt plant closed"_s, u"2007 | Demand fell"_s};
    QTest::newRow("before, with a pronoun")
        << u"Before she entered politics in 2009, Lena Brask taught history in Morvik."_s
        << QStringList{u"2009 | Lena Brask entered politics"_s};
    QTest::newRow("after without a predicate stays")
        << u"The Orlenian cabinet resigned in 2019 after losing a vote."_s
        << QStringList{u"2019 | The Orlenian cabinet resigned after losing a vote"_s};
    QTest::newRow("parenthesis")
        << u"The Selk Agreement (signed in 1999) was revised in 2006."_s
        << QStringList{u"1999 | The Selk Agreement was signed"_s, u"2006 | The Selk Agreement was revised"_s};
    QTest::newRow("dashes")
        << u"The Kettle museum \u2014 opened in 1932 \u2014 was closed for repairs in 2020."_s
        << QStringList{u"1932 | The Kettle museum was opened"_s, u"2020 | The Kettle museum was closed for repairs"_s};
    QTest::newRow("apposition")
        << u"The Tavel Prize, first awarded in 1977, went to Omar Strand in 2023."_s
        << QStringList{u"1977 | The Tavel Prize was first awarded"_s, u"2023 | The Tavel Prize went to Omar Strand"_s};
    QTest::newRow("apposition inside what was said")
        << u"Wenna Hale said the Dorvik accord, signed in 2019, would be extended."_s
        << QStringList{u"2019 | The Dorvik accord was signed"_s};
    QTest::newRow("a further predicate after the object")
        << u"Wenna Hale visited the Dorvik mill in 2015, opened a second one in 2018, and sold both in 2021."_s
        << QStringList{u"2015 | Wenna Hale visited the Dorvik mill"_s, u"2018 | Wenna Hale opened a second one"_s,
                       u"2021 | Wenna Hale sold both"_s};
    QTest::newRow("coordinated predicates")
        << u"Sara Quist joined the Velt party in 2001, left it in 2008 and rejoined it in 2016."_s
        << QStringList{u"2001 | Sara Quist joined the Velt party"_s, u"2008 | Sara Quist left it"_s,
                       u"2016 | Sara Quist rejoined it"_s};
    QTest::newRow("a second complement sharing the verb")
        << u"The Lomb company bought a mill in Dorvik in 1910 and a quarry in Ansel in 1923."_s
        << QStringList{u"1910 | The Lomb company bought a mill in Dorvik"_s,
                       u"1923 | The Lomb company bought a quarry in Ansel"_s};
    QTest::newRow("respectively: places")
        << u"Summits were held in Arvik, Belmora and Castel in 2010, 2012 and 2014, respectively."_s
        << QStringList{u"2010 | Summits held in Arvik"_s, u"2012 | Summits held in Belmora"_s,
                       u"2014 | Summits held in Castel"_s};
    QTest::newRow("respectively: objects")
        << u"The Harl Prize went to Ada Finch and Bo Lerner in 2015 and 2019, respectively."_s
        << QStringList{u"2015 | The Harl Prize went to Ada Finch"_s, u"2019 | The Harl Prize went to Bo Lerner"_s};
    QTest::newRow("respectively: subjects and places")
        << u"Karn Motors and Rell Foods moved their offices to Ostrava and Pellin in 2011 and 2013, respectively."_s
        << QStringList{u"2011 | Karn Motors moved their offices to Ostrava"_s,
                       u"2013 | Rell Foods moved their offices to Pellin"_s};
    QTest::newRow("respectively: names sharing a noun")
        << u"The Pellin and Sorrel bridges were opened in 1931 and 1936, respectively."_s
        << QStringList{u"1931 | Pellin bridge opened"_s, u"1936 | Sorrel bridge opened"_s};
    QTest::newRow("since: a state")
        << u"The Orden line has been suspended since March 2022."_s
        << QStringList{u"2022-03 | The Orden line has been suspended"_s};
    QTest::newRow("since: a participle")
        << u"The Sorn Gazette, published since 1871, closed in 2013."_s
        << QStringList{u"1871 | The Sorn Gazette has been published"_s, u"2013 | The Sorn Gazette closed"_s};
    QTest::newRow("offset: a gerund")
        << u"Ternia joined the Velt union in May 2023, six years after applying."_s
        << QStringList{u"2023-05 | Ternia joined the Velt union"_s, u"2017 | Ternia applied"_s};
    QTest::newRow("offset: a clause")
        << u"The Kern dam was finished in 1961, two years after work began."_s
        << QStringList{u"1961 | The Kern dam was finished"_s, u"1959 | Work began"_s};
    QTest::newRow("offset: a noun phrase names the event")
        << u"The Orlen summit took place in 2019, a year after the vote."_s
        << QStringList{u"2019 | The Orlen summit took place"_s, u"2018 | The vote"_s, u"not 2020"_s};
    QTest::newRow("offset: days before a day")
        << u"Police detained Arvo Lind in Pellin on 2 May, a week after the robbery."_s
        << QStringList{u"2024-05-02 | Police detained Arvo Lind in Pellin"_s, u"2024-04-25 | The robbery"_s};
    QTest::newRow("offset: a week from a year dates nothing")
        << u"The Kerr hall burned down in 2001, a week after the concert."_s
        << QStringList{u"2001 | The Kerr hall burned down"_s, u"not 2000"_s};
    QTest::newRow("apposition: a role since a date")
        << u"Ardel Voss, a senator since 2010, proposed the bill in 2019."_s
        << QStringList{u"2010 | Ardel Voss became a senator"_s, u"2019 | Ardel Voss proposed the bill"_s};
    QTest::newRow("apposition: a state since a date")
        << u"The Vessan embargo, in force since 2014, was lifted in 2021."_s
        << QStringList{u"2014 | The Vessan embargo has been in force"_s, u"2021 | The Vessan embargo was lifted"_s};
    QTest::newRow("apposition: a state since a date, the head noun before a prepositional phrase")
        << u"The ban on grain exports, in force since 2016, was lifted in 2022."_s
        << QStringList{u"2016 | The ban on grain exports has been in force"_s, u"2022 | The ban on grain exports was lifted"_s};
    QTest::newRow("apposition: a role held then")
        << u"Mira Tolk, then the mayor of Calder in 1990, opened the bridge in 1994."_s
        << QStringList{u"1990 | Mira Tolk was then the mayor of Calder"_s, u"1994 | Mira Tolk opened the bridge"_s};
    QTest::newRow("noun event with a date of its own")
        << u"The Helm archive reopened in March after a fire in 2023."_s
        << QStringList{u"2024-03 | The Helm archive reopened"_s, u"2023 | A fire"_s};
    QTest::newRow("noun event with a date before the noun")
        << u"The Kessin school was rebuilt after the 2019 flood."_s << QStringList{u"2019 | The flood"_s};
    QTest::newRow("range whose start gives only its day")
        << u"The Hollin strike, which lasted from 4 to 19 February, ended with a pay deal."_s
        << QStringList{u"2024-02-04..2024-02-19 | The Hollin strike lasted"_s};
    QTest::newRow("range of days between")
        << u"The Velt talks took place between 2 and 5 March in Marrow."_s
        << QStringList{u"2024-03-02..2024-03-05 | The Velt talks took place in Marrow"_s};
    QTest::newRow("range whose start gives no year")
        << u"The Tarn ferry was suspended from 3 June until 8 July 2021."_s
        << QStringList{u"2021-06-03..2021-07-08 | The Tarn ferry was suspended"_s};
    QTest::newRow("range whose start without a year falls in the year before")
        << u"The Selk road was closed from December until March 2020."_s
        << QStringList{u"2019-12..2020-03 | The Selk road was closed"_s};
    QTest::newRow("range set off by commas")
        << u"Lina Marsh spent four years, from 2001 to 2005, in exile."_s
        << QStringList{u"2001..2005 | Lina Marsh spent four years in exile"_s};
    QTest::newRow("offset: a clause whose subject is a gerund")
        << u"The Solberg mine flooded in 1987, three years after mining began."_s
        << QStringList{u"1987 | The Solberg mine flooded"_s, u"1984 | Mining began"_s};
    QTest::newRow("a number's comma ends nothing")
        << u"Since 2010 the Halden festival has drawn 50,000 visitors a year."_s
        << QStringList{u"2010 | The Halden festival has drawn 50,000 visitors a year"_s};
    QTest::newRow("apposition before the main verb")
        << u"The firm's founder, Oskar Brandt, died on 9 January."_s
        << QStringList{u"2024-01-09 | The firm's founder, Oskar Brandt, died"_s};
    QTest::newRow("participle before a present-tense verb")
        << u"The Morr tunnel, completed in 1999, carries 40,000 cars a day."_s
        << QStringList{u"1999 | The Morr tunnel was completed"_s};
    QTest::newRow("dateline")
        << u"KARVIK, Dravenia, May 10 (Norpress) - The Dravenian parliament approved the budget on Thursday."_s
        << QStringList{u"2024-05-09 | The Dravenian parliament approved the budget"_s};
    QTest::newRow("possessive of a date")
        << u"Last year's floods destroyed 300 homes in Pelmora."_s
        << QStringList{u"2023 | The floods destroyed 300 homes in Pelmora"_s};
    QTest::newRow("date before its noun")
        << u"The 2014\u20132018 drought ruined farmers in the Varn valley."_s
        << QStringList{u"2014..2018 | The drought ruined farmers in the Varn valley"_s};
    QTest::newRow("duration stays whole")
        << u"The Ombra tunnel was closed for six months in 2017."_s
        << QStringList{u"2017 | The Ombra tunnel was closed for six months"_s};
    QTest::newRow("fronted duration and date")
        << u"For 20 years until 2015, Halvor Steen ran the Pell museum."_s
        << QStringList{u"2015 | Halvor Steen ran the Pell museum for 20 years"_s};
    QTest::newRow("participle left with its date")
        << u"Voters in Rastova rejected the merger in a referendum held in 2016."_s
        << QStringList{u"2016 | Voters in Rastova rejected the merger in a referendum"_s};
    QTest::newRow("date between verb and that")
        << u"Tomas Greer told reporters on 4 June that the talks had failed."_s
        << QStringList{u"2023-06-04 | Tomas Greer told reporters that the talks had failed"_s};
    QTest::newRow("quoted words")
        << u"On 2 March 2020 the Velt minister described the plan as \"dead\"."_s
        << QStringList{u"2020-03-02 | The Velt minister described the plan as \"dead\""_s};
    QTest::newRow("a quote and its speaker")
        << u"\"We will not give up,\" Tilde Ranz said on 3 May."_s
        << QStringList{u"2024-05-03 | Tilde Ranz said \"We will not give up\""_s};
    QTest::newRow("an adverb that places the event in its date goes with it")
        << u"The Tarne river peaked at 6.8 metres early on Saturday."_s
        << QStringList{u"2024-05-04 | The Tarne river peaked at 6.8 metres"_s};
    QTest::newRow("over the weekend")
        << u"Volunteers in Halsby served 12,000 meals over the weekend."_s
        << QStringList{u"2024-W18-WE | Volunteers in Halsby served 12,000 meals"_s};
    QTest::newRow("a label cut short ends before the second of two predicates")
        << u"The Orsan government declared a state of emergency in three districts on Thursday and asked the Union for help."_s
        << QStringList{u"2024-05-09 | The Orsan government declared a state of emergency in three districts"_s};
    QTest::newRow("a label cut short ends before the phrase it would cut")
        << u"The Velmar port authority on Tuesday approved a large expansion of the old Kessby container terminal and its rail yard."_s
        << QStringList{u"2024-05-07 | The Velmar port authority approved a large expansion"_s};
    QTest::newRow("a further predicate in the present, after one with an auxiliary")
        << u"Brannock Freight will start dredging in the autumn and expects the first ship at the new quay in 2029."_s
        << QStringList{u"2029 | Brannock Freight expects the first ship at the new quay"_s,
                       u"2024-FA | Brannock Freight will start dredging"_s};
    QTest::newRow("a complement after \"but\" shares the verb")
        << u"The Velby mill employed 900 people in 1970 but only 40 in 2000."_s
        << QStringList{u"1970 | The Velby mill employed 900 people"_s, u"2000 | The Velby mill employed only 40"_s};
    QTest::newRow("a participle after a noun, when the main clause has a date of its own")
        << u"The Orsa river peaked at 6.8 metres on Saturday, above the previous record set in October 1979."_s
        << QStringList{u"1979-10 | The previous record was set"_s, u"2024-05-04 | The Orsa river peaked at 6.8 metres"_s};
    QTest::newRow("a participle after the subject's noun, in a clause of its own")
        << u"Two people died, and a fisherman reported missing on Tuesday was found alive on Thursday."_s
        << QStringList{u"2024-05-07 | A fisherman was reported missing"_s,
                       u"2024-05-09 | A fisherman was found alive"_s};
    QTest::newRow("a simple past after the subject's noun is the main verb")
        << u"Residents of the Orle valley began clearing mud from their homes on Monday after floods forced 4,000 people to leave."_s
        << QStringList{u"2024-05-06 | Residents of the Orle valley began clearing mud from their homes"_s};
    QTest::newRow("a participle after the subject's noun")
        << u"The Kessby plan approved by the council in 2019 was never carried out."_s
        << QStringList{u"2019 | The Kessby plan was approved by the council"_s};
    QTest::newRow("a subordinate clause ends before a clause of its own after \", but\"")
        << u"A report commissioned after the floods warned that the Velby dikes needed repair, but work was postponed twice, most recently in 2023."_s
        << QStringList{u"2023 | Work was postponed twice"_s};
    QTest::newRow("not until a date: it happened then")
        << u"Ilka Morane did not publish a book until 2020, when a small press in Velby accepted her manuscript."_s
        << QStringList{u"2020 | Ilka Morane published a book"_s};
    QTest::newRow("not until a date, in the passive")
        << u"The Orle bridge was not opened until 1932."_s << QStringList{u"1932 | The Orle bridge was opened"_s};
    QTest::newRow("a subordinate clause inside a relative one, its subject's name set off by commas")
        << u"The board approved the plan, ending a dispute that began when the operator, Orvik Freight, first filed its plans in 2019."_s
        << QStringList{u"2019 | The operator, Orvik Freight, first filed its plans"_s};
    QTest::newRow("a since-clause with its own subject inside a relative clause")
        << u"The city chose her design for the Orle docks, which had stood empty since the shipyard closed in 1979."_s
        << QStringList{u"1979 | The shipyard closed"_s};
    QTest::newRow("until and a clause of its own")
        << u"Built in 1926, the Orla cinema showed films for seventy years until it closed in 1999."_s
        << QStringList{u"1999 | The Orla cinema closed"_s, u"1926 | The Orla cinema was built"_s};
    QTest::newRow("an adverb before a date without a preposition goes with it")
        << u"The Orsk department will open mobile clinics later this month."_s
        << QStringList{u"2024-05 | The Orsk department will open mobile clinics"_s};
    QTest::newRow("a participle after a noun that is no occasion of the main event")
        << u"Opponents in Skarvik gathered 1,400 signatures, forcing the vote under a law passed in 2017."_s
        << QStringList{u"2017 | A law was passed"_s};
    QTest::newRow("a participle after the occasion of an undated main event")
        << u"Voters in Orle rejected the merger in a referendum held in 2016."_s
        << QStringList{u"2016 | Voters in Orle rejected the merger in a referendum"_s};
    QTest::newRow("until and a clause of its own inside a relative clause")
        << u"The Orla cinema, which showed films until it closed in 1999, reopened on Friday."_s
        << QStringList{u"1999 | The Orla cinema closed"_s, u"2024-05-10 | The Orla cinema reopened"_s};
    QTest::newRow("no function word left at the end")
        << u"The seminar continues on 7 June with sessions on economic cooperation, new technologies and the protection of the environment."_s
        << QStringList{u"2024-06-07 | The seminar continues with sessions on economic cooperation, new technologies"_s};
    QTest::newRow("a verb of saying, its date and that: no participle of the subject")
        << u"The union announced on Monday that its members had voted to strike."_s
        << QStringList{u"2024-05-06 | The union announced that its members had voted to strike"_s};
    QTest::newRow("over the budget, the that after a verb of saying goes")
        << u"The International Council of the Amber Lantern said on Tuesday that its first convoy had reached the valley."_s
        << QStringList{u"2024-05-07 | The International Council of the Amber Lantern said its first convoy had reached the valley"_s};
    QTest::newRow("a phrase that ends a word or two past the budget is kept whole")
        << u"In a statement on 2 May, the Orsk transport ministry said the crossing had been closed."_s
        << QStringList{u"2024-05-02 | The Orsk transport ministry said the crossing had been closed in a statement"_s};
    // A participle (or "due") after a comma and a noun that ends the
    // sentence with a date describes the noun; the main clause, with no
    // date of its own, gives no item.
    QTest::newRow("due, after a comma, ends the sentence")
        << u"The Velm coalition lost two seats, a setback ahead of the next election, due in September 2027."_s
        << QStringList{u"2027-09 | The next election was due"_s};
    QTest::newRow("a participle after a comma ends the sentence")
        << u"Fans cheered the new stadium, built by a local firm in 2019."_s
        << QStringList{u"2019 | The new stadium was built by a local firm"_s};
    QTest::newRow("the participle's phrase has a noun that looks like a verb")
        << u"The Orsa firm reported a heavy loss, caused by floods in March 2023."_s
        << QStringList{u"2023-03 | A heavy loss was caused by floods"_s};
    QTest::newRow("a date and a preposition of two words before the noun")
        << u"Ministers met on Monday ahead of the summit, scheduled for 14 July."_s
        << QStringList{u"2024-05-06 | Ministers met ahead of the summit"_s, u"2024-07-14 | The summit was scheduled"_s};
    QTest::newRow("a participle with a verb of its own is no description")
        << u"The board rejected the offer, saying it undervalued the firm founded in 1990."_s
        << QStringList{u"1990 | The firm was founded"_s};
}

void EventLabelsTest::items()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QStringList actual = timelineOf(text, QDate(2024, 5, 10), false);
    for (const QString &e : std::as_const(expected)) {
        if (e.startsWith(u"not "_s)) {
            const QString value = e.mid(4);
            for (const QString &a : actual)
                QVERIFY2(!a.startsWith(value + u" |"_s) && !a.startsWith(value + u".."_s),
                         qPrintable(u"unexpected item "_s + a));
        } else {
            QVERIFY2(actual.contains(e), qPrintable(u"missing \""_s + e + u"\" in "_s + actual.join(u"; "_s)));
        }
    }
}

void EventLabelsTest::readingAlongWordsChangesNothing()
{
    QFETCH(QString, text);
    QCOMPARE(timelineOf(text, QDate(2024, 5, 10), true), timelineOf(text, QDate(2024, 5, 10), false));
}

void EventLabelsTest::pastOfIngForm_data()
{
    QTest::addColumn<QString>("ing");
    QTest::addColumn<QString>("past");
    QTest::newRow("regular") << u"joining"_s << u"joined"_s;
    QTest::newRow("a dropped e") << u"moving"_s << u"moved"_s;
    QTest::newRow("a doubled consonant") << u"stopping"_s << u"stopped"_s;
    QTest::newRow("y after a consonant") << u"studying"_s << u"studied"_s;
    QTest::newRow("y after a vowel") << u"playing"_s << u"played"_s;
    QTest::newRow("a kept e") << u"agreeing"_s << u"agreed"_s;
    QTest::newRow("irregular") << u"leaving"_s << u"left"_s;
    QTest::newRow("irregular with a prefix") << u"rebuilding"_s << u"rebuilt"_s;
    QTest::newRow("capitalized") << u"Taking"_s << u"took"_s;
    QTest::newRow("no -ing form") << u"joined"_s << QString();
    QTest::newRow("too short") << u"king"_s << QString();
    QTest::newRow("a short one") << u"going"_s << u"went"_s;
    QTest::newRow("no verb's form") << u"thing"_s << QString();
}

void EventLabelsTest::pastOfIngForm()
{
    QFETCH(QString, ing);
    QFETCH(QString, past);
    QCOMPARE(EventLabels::pastOfIngForm(ing), past);
}

void EventLabelsTest::pastOfBaseForm_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("past");
    QTest::newRow("regular") << u"open"_s << u"opened"_s;
    QTest::newRow("ends in e") << u"release"_s << u"released"_s;
    QTest::newRow("consonant and y") << u"study"_s << u"studied"_s;
    QTest::newRow("vowel and y") << u"stay"_s << u"stayed"_s;
    QTest::newRow("one syllable doubles its consonant") << u"stop"_s << u"stopped"_s;
    QTest::newRow("two vowels do not") << u"join"_s << u"joined"_s;
    QTest::newRow("two syllables do not") << u"visit"_s << u"visited"_s;
    QTest::newRow("irregular, e dropped before -ing") << u"make"_s << u"made"_s;
    QTest::newRow("irregular, consonant doubled before -ing") << u"begin"_s << u"began"_s;
    QTest::newRow("irregular in ie") << u"die"_s << u"died"_s;
    QTest::newRow("irregular, prefixed") << u"rebuild"_s << u"rebuilt"_s;
    QTest::newRow("capitalized") << u"Return"_s << u"returned"_s;
    QTest::newRow("too short") << u"a"_s << QString();
}

void EventLabelsTest::pastOfBaseForm()
{
    QFETCH(QString, base);
    QFETCH(QString, past);
    QCOMPARE(EventLabels::pastOfBaseForm(base), past);
}

void EventLabelsTest::pronounSubjectTakesThePersonBefore()
{
    // The recognizer's PERSON entities, given here: "he" as the main
    // subject stands for the person who is the subject of the sentence
    // before, through a sentence whose subject is "he" too; one after a
    // sentence whose subject names nobody (the person is its object), and
    // one that is no subject, stay as they are.
    const QStringList items = timelineWithPerson(
        u"Teodor Brask founded the Velt party in 1999. He left it in 2012. In 2020, he died. "
        "The Orrin board met Teodor Brask. He was honoured in 2021. "
        "Teodor Brask wrote a memoir. The Orrin board thanked him in 2022. "
        "Teodor Brask moved to Tamsk. His house there burned down. He returned in 2024."_s,
        u"Teodor Brask"_s);
    // (Through a sentence whose subject is something of his, too.)
    QCOMPARE(items, (QStringList{u"1999 | Teodor Brask founded the Velt party"_s, u"2012 | Teodor Brask left it"_s,
                                 u"2020 | Teodor Brask died"_s, u"2021 | He was honoured"_s,
                                 u"2022 | The Orrin board thanked him"_s, u"2024 | Teodor Brask returned"_s}));
}

void EventLabelsTest::offsetPronounTakesThePersonOfTheMainClause()
{
    // "he" as the subject of an offset's clause stands for the person the
    // main clause names: its subject when that is a person, else the person
    // named before the date.
    QCOMPARE(timelineWithPerson(u"A court in Orlen freed the reporter Ivo Marrak on 2 May 2024, nine months after he "
                                u"was detained at the airport."_s,
                                u"Ivo Marrak"_s),
             (QStringList{u"2023-08 | Ivo Marrak was detained at the airport"_s,
                          u"2024-05-02 | A court in Orlen freed the reporter Ivo Marrak"_s}));
    QCOMPARE(timelineWithPerson(u"Ivo Marrak pardoned the driver in May 2019, two years after he took office."_s,
                                u"Ivo Marrak"_s),
             (QStringList{u"2017 | Ivo Marrak took office"_s, u"2019-05 | Ivo Marrak pardoned the driver"_s}));
}

void EventLabelsTest::personInsideTheSubject_notWhatItIsAbout()
{
    // A long subject shrinks to the person it ends with ("Velmar's
    // then-President Ivo Kessel said" is about him), but not a person named
    // after a preposition or a conjunction inside it.
    QCOMPARE(timelineWithPerson(u"Velmar's outgoing deputy foreign minister Ivo Kessel resigned in 2023."_s, u"Ivo Kessel"_s),
             QStringList{u"2023 | Ivo Kessel resigned"_s});
    QCOMPARE(timelineWithPerson(u"Similar drugs made by Mara Lind and Ivo Kessel were approved in Velmar in 2023."_s,
                                u"Ivo Kessel"_s),
             QStringList{u"2023 | Similar drugs made by Mara Lind and Ivo Kessel were approved in Velmar"_s});
    QCOMPARE(timelineWithPerson(u"Talks with President Ivo Kessel of Velmar ended without a deal in 2022."_s, u"Ivo Kessel"_s),
             QStringList{u"2022 | Talks with President Ivo Kessel ended without a deal"_s});
}

void EventLabelsTest::placeAndRegion_oneAside()
{
    // The comma between a place and its region ends no clause: the aside
    // about the firm runs to the comma after the region.
    const QString text = u"Novaris, based in Redwood Falls, Velmar, employs 9,000 people and opened a plant in 2023."_s;
    QCOMPARE(timelineWith(text, {{u"Redwood Falls"_s, EntityTypes::Location}, {u"Velmar"_s, EntityTypes::Location}}),
             QStringList{u"2023 | Novaris employs 9,000 people and opened a plant"_s});
}

void EventLabelsTest::reportingVerbAfterAComma_saysWhoToldIt()
{
    // "…, the club confirmed on Thursday.": who told it, not a participle
    // about the club.
    QCOMPARE(timelineOf(u"Orsk Rovers signed the striker for 40 million euros, the club confirmed on Thursday."_s,
                        QDate(2024, 5, 10), false),
             QStringList{u"2024-05-09 | Orsk Rovers signed the striker for 40 million euros"_s});
}

void EventLabelsTest::pronounOfAPerson_thePersonTheMainClauseNames()
{
    // "for taking bribes" ends where the clause with its own subject
    // begins, and its "he" is the person the main clause names, not the
    // court.
    QCOMPARE(timelineWithPerson(u"A court jailed the former mayor, Ivo Kessel, on Wednesday for taking bribes while he "
                                u"was in office between 2015 and 2022."_s,
                                u"Ivo Kessel"_s),
             (QStringList{u"2015 | Ivo Kessel was in office"_s, u"2024-05-08 | A court jailed the former mayor"_s}));
}

void EventLabelsTest::pronounSubject_namedThroughAProfile()
{
    // A profile tells a life in sentences whose subject is "he" or "she",
    // some after a phrase put in front: the name stays in view through them.
    QCOMPARE(timelineWithPerson(u"Ivo Kessel, the Orsan poet, has died at his home in Tamsk. He was 88.\n\nBorn in 1931 in "
                                u"Velm, he left school at fourteen.\n\nHis first book appeared in 1967.\n\nHe was elected "
                                u"to the academy in 1985."_s,
                                u"Ivo Kessel"_s),
             (QStringList{u"1931 | Ivo Kessel was born in Velm"_s, u"1967 | His first book appeared"_s,
                          u"1985 | Ivo Kessel was elected to the academy"_s}));
}

void EventLabelsTest::itSubject_theOrganisationTheSentenceBeforeIsAbout()
{
    // "It" that opens a sentence stands for the organisation the sentence
    // before is about, where the organisation is its subject...
    QCOMPARE(timelineWith(u"Velmco Systems was founded in 2008 by two engineers.\n\nIt lost 90 million euros in 2022."_s,
                          {{u"Velmco Systems"_s, EntityTypes::Organization}}),
             (QStringList{u"2008 | Velmco Systems was founded by two engineers"_s,
                          u"2022 | Velmco Systems lost 90 million euros"_s}));
    // ... not where it is a word of the subject ("it" is the choir).
    QCOMPARE(timelineWith(u"The Lindvik choir was founded in 1901.\n\nIt toured Orlenia in 1925."_s,
                          {{u"Lindvik"_s, EntityTypes::Organization}}),
             (QStringList{u"1901 | The Lindvik choir was founded"_s, u"1925 | It toured Orlenia"_s}));
}

void EventLabelsTest::labelCut_endsAfterItsVerbGroup()
{
    // A label over its budget is not cut after an auxiliary: the verb group
    // ends it when it ends within a few words.
    const QStringList items = timelineOf(u"The case drew criticism from the Orsk Press Freedom Council, which said in March "
                                         u"that at least 12 reporters were being held in the country."_s,
                                         QDate(2024, 5, 10), false);
    QCOMPARE(items.size(), 1);
    QVERIFY2(items.front().endsWith(u"12 reporters were being held"_s), qPrintable(items.front()));
}

void EventLabelsTest::labelCut_notInsideAClauseItCut()
{
    // Nor does it end inside a clause whose verb the cut left out: "as
    // members" goes with the rest of its clause; "as" after a verb is a
    // role, and stays.
    QCOMPARE(timelineOf(u"Buses across Orsland stood still for a second day on Friday as members of the Velm Transport "
                        u"Union walked out over pay."_s,
                        QDate(2024, 5, 10), false),
             QStringList{u"2024-05-10 | Buses across Orsland stood still for a second day"_s});
    QCOMPARE(timelineOf(u"Ilse Varga served for nine years as chairwoman of the Orsk regional water and forestry "
                        u"board until 2019."_s,
                        QDate(2024, 5, 10), false),
             QStringList{u"2019 | Ilse Varga served for nine years as chairwoman"_s});
}

void EventLabelsTest::longSubject_keepsThePersonsWholeName()
{
    // A description or a title before a person's name goes; the name the
    // recognizer found stays whole, not only its last word.
    const QStringList items = timelineWithPerson(
        u"The novelist Greta Sorlie died at her home in Orsk on Sunday. "
        "Dravenia's then-President Greta Sorlie opened the Orsk bridge in 2001."_s,
        u"Greta Sorlie"_s);
    QCOMPARE(items, (QStringList{u"2001 | Greta Sorlie opened the Orsk bridge"_s,
                                 u"2024-05-05 | Greta Sorlie died at her home in Orsk"_s}));
}

void EventLabelsTest::longSubject_losesWhereThePersonWorks()
{
    // A subject too long for the label to reach its verb loses the phrase
    // after the person's name (the recognizer's PERSON entity, given here);
    // a short one keeps it.
    const QStringList items = timelineWithPerson(
        u"A team led by Dr. Ilse Varga of the University of Orsk said in 2020 that it found water. "
        "Ilse Varga of Orsk left in 2021."_s,
        u"Ilse Varga"_s);
    QCOMPARE(items, (QStringList{u"2020 | A team led by Dr. Ilse Varga said that it found water"_s,
                                 u"2021 | Ilse Varga of Orsk left"_s}));
}

QTEST_GUILESS_MAIN(EventLabelsTest)
#include "eventlabels_test.moc"
