// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/eventextractor.h"

#include "article/dateline.h"
#include "article/datevalue.h"

#include "temporal/eventclauses_p.h"
#include "temporal/eventlabeler_p.h"
#include "temporal/temporaltokens.h"
#include "temporal/timexvalue.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <string_view>
#include <thread>

namespace Annalist {

using namespace Temporal;
using namespace EventLabels;
using namespace Qt::StringLiterals;

namespace {

/// How far from its dates a statement is looked for, in UTF-16 units. A
/// "sentence" can be megabytes long (a file without punctuation); looking
/// only this far keeps the work per date bounded and the whole linear. Real
/// sentences are far shorter, so they are read whole as before.
constexpr qsizetype Reach = 500;

// The start of the first word at or after pos (never after limit).
qsizetype wordStartFrom(const QString &text, qsizetype pos, qsizetype limit)
{
    while (pos < limit && pos > 0 && !text[pos - 1].isSpace())
        ++pos;
    return pos;
}

// The end of the last word at or before pos (never before limit).
qsizetype wordEndUntil(const QString &text, qsizetype pos, qsizetype limit)
{
    while (pos > limit && pos < text.size() && !text[pos].isSpace())
        --pos;
    return pos;
}

// The recognizer's acronym definitions (Recognizer::recognize()) as labels
// use them: each definition from a "the" before its long form through the
// closing parenthesis.
QList<Acronym> acronymsOf(const QString &text, const QList<AcronymDefinition> &definitions)
{
    QList<Acronym> result;
    result.reserve(definitions.size());
    for (const AcronymDefinition &d : definitions) {
        if (d.longForm.start < 0 || d.longForm.end > d.acronym.start || d.acronym.end >= text.size())
            continue; // not of this text
        qsizetype start = d.longForm.start;
        qsizetype p = start;
        while (p > 0 && text[p - 1].isSpace())
            --p;
        if (p >= 3 && QStringView(text).mid(p - 3, 3).compare(u"the"_s, Qt::CaseInsensitive) == 0
            && (p == 3 || !text[p - 4].isLetter()))
            start = p - 3;
        result.append({{start, d.acronym.end + 1}, text.mid(d.longForm.start, d.longForm.length()),
                       text.mid(d.acronym.start, d.acronym.length())});
    }
    return result;
}

// Whether a DATE or TIME makes a timeline item, read from its TimexValue: a
// value a reader can place (its year known, no part unknown, not a fiscal
// year, whose bounds depend on who keeps the accounts) of a year or finer (a
// decade or century frames an era, no occasion); or a calendar day named
// without its year in an article with no date ("XXXX-04-07"), which sorts by
// where it falls in a year. Not a weekday the tagger could not anchor
// ("XXXX-WXX-3"), a month of an unknown year, a PRESENT_REF, a duration or
// a SET.
bool isEventValue(const Timex &t)
{
    if (t.type != u"DATE" && t.type != u"TIME")
        return false;
    const TimexValue v = TimexValue::parse(t.value);
    if (v.isPlaceable())
        return v.precision() >= TimexValue::Precision::Year;
    return (v.kind() == TimexValue::Kind::Date || v.kind() == TimexValue::Kind::Time) && !v.hasYear() && !v.isFiscal()
        && v.month() > 0 && v.day() > 0;
}

// The timexes overlapping range; timexes are in text order.
QList<const Timex *> timexesIn(const QList<Timex> &timexes, TextRange range)
{
    auto it = std::lower_bound(timexes.cbegin(), timexes.cend(), range.start,
                               [](const Timex &t, qsizetype pos) { return t.range.end <= pos; });
    QList<const Timex *> result;
    for (; it != timexes.cend() && it->range.start < range.end; ++it)
        if (it->range.overlaps(range))
            result.append(&*it);
    return result;
}

// Whether pos lies in a paragraph that is a byline (isBylineText()): who
// wrote the article and when, no statement of something that happened.
bool isByline(const Article &article, qsizetype pos)
{
    const auto it = std::upper_bound(article.paragraphs.cbegin(), article.paragraphs.cend(), pos,
                                     [](qsizetype p, const TextRange &r) { return p < r.start; });
    if (it == article.paragraphs.cbegin())
        return false;
    const TextRange paragraph = *(it - 1);
    if (!paragraph.contains(pos))
        return false;
    return isBylineText(article.slice(paragraph).trimmed());
}

// Whether the text from `from` to `to` holds a negation: "not", "never",
// "-n't".
bool negatedBefore(const QString &text, qsizetype from, qsizetype to)
{
    const QString between = u' ' + textBetween(text, from, to).toString() + u' ';
    for (const QStringView negation : {QStringView(u" not "), QStringView(u" never "), QStringView(u"n't "), QStringView(u"n\u2019t ")})
        if (between.contains(negation, Qt::CaseInsensitive))
            return true;
    return false;
}

// Whether the date at `at` follows a "since" that only compares: an
// ordinal or superlative ("first", "highest", "worst") in the noun phrase
// before it, back to its verb.
bool sinceComparesOnly(const Labeler &labeler, qsizetype from, qsizetype at)
{
    if (!textBetween(labeler.articleText(), from, at).trimmed().endsWith(u"since"_s, Qt::CaseInsensitive))
        return false;
    const QList<Piece> ps = labeler.pieces({std::max(from, at - 80), at});
    if (ps.isEmpty() || !wordIs(labeler.text(ps.back()), "since"_L1))
        return false;
    for (qsizetype k = ps.size() - 2, words = 0; k >= 0 && words < 6; --k, ++words) {
        const Piece &p = ps[k];
        // (An infinitive is the superlative's own: "the strongest storm to
        // hit the coast since 1987".)
        const bool infinitive = k > 0 && wordIs(labeler.text(ps[k - 1]), "to"_L1);
        if (!p.word)
            break;
        if (labeler.isVerb(ps, k) && !infinitive) {
            // A negated verb tells what has not happened since ("have not
            // seen floods like this since 1998", "hasn't won since 2004",
            // "had never lost since"): the date begins an absence, and
            // whatever happened then, the sentence does not tell it.
            if (negatedBefore(labeler.articleText(), ps[std::max<qsizetype>(0, k - 3)].start, p.start))
                return true;
            break;
        }
        const QStringView w = labeler.text(p);
        if (p.role & Preposition)
            continue;
        if (oneOf(w, {"first"_L1, "last"_L1, "worst"_L1, "best"_L1, "most"_L1, "least"_L1, "only"_L1})
            || (w.size() > 5 && w.endsWith(u"est"_s) && !p.upper))
            return true;
    }
    return false;
}

// Whether the date at `at` dates only a figure compared with: "down from
// 71% in 2005", "rose from 40 in 2019", "compared with 3.1 million in 2020".
// Nothing happened then that the sentence tells.
bool figureComparedOnly(const Labeler &labeler, qsizetype from, qsizetype at)
{
    // (Read word by word only where the text before the date has such a
    // comparison's word: most dates have none.)
    const QStringView near = textBetween(labeler.articleText(), std::max(from, at - 60), at);
    const bool than = near.contains(u" than "_s, Qt::CaseInsensitive);
    if (!than && !near.contains(u" from "_s, Qt::CaseInsensitive) && !near.contains(u"compared "_s, Qt::CaseInsensitive))
        return false;
    const QList<Piece> ps = labeler.pieces({std::max(from, at - 60), at});
    // A period compared with ("compared with the same period last year",
    // "more than in 2019"): the words back to "compared with" or "than",
    // with no verb or comma between, name only what is compared.
    // ("Than" right before the date or its preposition; "compared with"
    // before a few words without a figure: "more than 40 officials since
    // 2018" dates the charges.)
    for (qsizetype q = ps.size() - 1, words = 0; q >= 0 && words < 5; --q) {
        const QStringView w = labeler.text(ps[q]);
        if (!ps[q].word || labeler.isVerb(ps, q) || w.front().isDigit() || wordIs(w, "and"_L1))
            break;
        ++words;
        const bool next = q == ps.size() - 1 || (q == ps.size() - 2 && (ps.back().role & Preposition));
        // ("no earlier than March 2028", "not later than 30 June": a bound
        // in time, which dates what the clause tells, not a comparison.)
        if (next && wordIs(w, "than"_L1) && q > 0
            && oneOf(labeler.text(ps[q - 1]), {"earlier"_L1, "later"_L1, "sooner"_L1}))
            return false;
        if ((next && wordIs(w, "than"_L1))
            || (q > 0 && oneOf(w, {"with"_L1, "to"_L1}) && wordIs(labeler.text(ps[q - 1]), "compared"_L1)))
            return true;
    }
    // ("in" or "at" between the figure and the date, or nothing: "up from
    // 250 the week before".)
    qsizetype k = ps.size() - 1;
    if (k < 0)
        return false;
    if (ps[k].word && oneOf(labeler.text(ps[k]), {"in"_L1, "at"_L1}))
        --k;
    // The figure: a number, with its sign or scale ("71%", "3.1 million").
    const qsizetype figureEnd = k;
    while (k >= 0 && figureEnd - k < 5
           && (labeler.text(ps[k]).front().isDigit() || !ps[k].word
               || oneOf(labeler.text(ps[k]), {"million"_L1, "billion"_L1, "percent"_L1, "per"_L1, "cent"_L1})))
        --k;
    if (k == figureEnd || k < 1 || !std::any_of(ps.cbegin() + k + 1, ps.cbegin() + figureEnd + 1, [&](const Piece &p) {
            return labeler.text(p).front().isDigit();
        }))
        return false;
    const QStringView before = labeler.text(ps[k - 1]);
    const QStringView word = labeler.text(ps[k]);
    // ("From" a figure in a year is where a change began, with "up" or
    // "down" before it or not: "fell from 6 per cent in 2016 to 2 per cent".)
    return wordIs(word, "from"_L1) || (oneOf(word, {"with"_L1, "to"_L1}) && wordIs(before, "compared"_L1));
}

// What opens a when-clause after a date (whenClauseAfter()).
constexpr QStringView WhenOpening = u", when ";

// Whether ", when" follows a date that ends at `end`: "since 2008, when the
// bank collapsed".
bool whenClauseAfter(QStringView text, qsizetype end)
{
    return text.mid(end, WhenOpening.size()).startsWith(WhenOpening, Qt::CaseInsensitive);
}

// Whether the subject after ", when" (whenClauseAfter()) is a pronoun: "owned
// the estate until 1911, when they sold it" tells of the owners, whom the
// main clause names.
bool pronounAfterWhen(QStringView text, qsizetype end)
{
    const QStringView rest = text.mid(end + WhenOpening.size(), 6);
    for (const QStringView pronoun : {QStringView(u"he "), QStringView(u"she "), QStringView(u"it "), QStringView(u"they ")})
        if (rest.startsWith(pronoun, Qt::CaseInsensitive))
            return true;
    return false;
}

// "Teodor Brask founded the party in 1999. He resigned in 2012.": the
// name of the person a "he" or "she" that opens sentence s as its subject stands for,
// as an editor writes it: the last PERSON entity in the subject of the
// sentence before (its words before its first verb), through up to five
// sentences whose subject is itself such a pronoun (a profile or an
// obituary tells a life in them: "He was 88. Born in 1931, he …"). Empty
// when there is none. With body, the same for an "it" that stands for an
// organisation ("Velmco was founded in 2008. It lost money in 2022.").
QString antecedentBefore(const Article &article, const EntityIndex &entities, const Labeler &labeler, qsizetype s,
                         bool body)
{
    const QString &type = body ? EntityTypes::Organization : EntityTypes::Person;
    const auto subjectPronoun = [&](QStringView w) { return body ? wordIs(w, "it"_L1) : oneOf(w, {"he"_L1, "she"_L1}); };
    const auto possessive = [&](QStringView w) { return body ? wordIs(w, "its"_L1) : oneOf(w, {"his"_L1, "her"_L1}); };
    for (qsizetype back = s - 1; back >= 0 && back >= s - 6; --back) {
        TextRange subject = article.sentences[back];
        subject.end = std::min(subject.end, subject.start + Reach);
        const QList<Piece> ps = labeler.pieces(subject);
        qsizetype verb = 0;
        while (verb < ps.size() && !labeler.isVerb(ps, verb))
            ++verb;
        if (verb == ps.size())
            return {};
        subject.end = ps[verb].start;
        const Entity *named = nullptr;
        for (const Entity *e : entities.in(subject))
            if (e->type == type)
                named = e;
        // (An organisation only where it is the subject, not a word of it:
        // in "The Lindvik choir was founded … It toured" "it" is the choir.
        // Its name ends before the verb or a comma.)
        if (named && body) {
            qsizetype after = 0;
            while (after < verb && ps[after].start < named->range.end)
                ++after;
            if (after < verb && !isChar(labeler.text(ps[after]), u','))
                named = nullptr;
        }
        if (named)
            return entityName(article, *named);
        qsizetype first = 0;
        while (first < verb && !ps[first].word)
            ++first;
        // The person stays in view over a sentence whose subject is "he" or
        // "she", or is something of theirs ("His first building opened").
        // (Or after a phrase put in front: "Born in 1931 in Tamsk, he left
        // school at fourteen", whose participle may read as the verb.)
        const auto pronounAt = [&](qsizetype q) {
            return q >= 0 && q < ps.size() && ps[q].word && subjectPronoun(labeler.text(ps[q]));
        };
        const auto comma = [&](qsizetype q) { return q >= 0 && !ps[q].word && isChar(labeler.text(ps[q]), u','); };
        bool pronoun = pronounAt(verb - 1) && (verb == first + 1 || comma(verb - 2));
        for (qsizetype c = first + 1; !pronoun && verb == first && c + 2 < ps.size(); ++c) {
            if (comma(c)) {
                pronoun = pronounAt(c + 1) && labeler.isVerb(ps, c + 2);
                break;
            }
        }
        if (!pronoun && (first >= verb || !possessive(labeler.text(ps[first]))))
            return {};
    }
    return {};
}

QStringList entityNames(const Article &article, const EntityIndex &entities, TextRange range)
{
    QStringList names;
    const QList<const Entity *> inRange = entities.in(range);
    names.reserve(inRange.size());
    for (const Entity *e : inRange) {
        const QString name = entityName(article, *e);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

// The events of events (in the order of the text) that stay once duplicates
// merge: the same date from the same sentence, or the same date and label
// twice, is one event, the first, which takes the names of the others.
QList<qsizetype> mergeDuplicates(QList<TimelineEvent> &events)
{
    events.detach(); // (before views of its dates are taken)
    QList<qsizetype> kept;
    kept.reserve(events.size());
    // The events kept, by the day part of their date (views of the dates in
    // events, whose dates stay as they are).
    QHash<QStringView, QList<qsizetype>> byDay;
    for (qsizetype k = 0; k < events.size(); ++k) {
        const TimelineEvent &ev = std::as_const(events)[k];
        qsizetype into = -1;
        QList<qsizetype> &sameDay = byDay[QStringView(ev.date).left(10)];
        for (const qsizetype m : std::as_const(sameDay)) {
            const TimelineEvent &o = std::as_const(events)[m];
            if (o.sentence.overlaps(ev.sentence) || o.label.compare(ev.label, Qt::CaseInsensitive) == 0) {
                into = m;
                break;
            }
        }
        if (into < 0) {
            sameDay.append(k);
            kept.append(k);
            continue;
        }
        for (const QString &n : ev.entities)
            if (!events[into].entities.contains(n))
                events[into].entities.append(n);
    }
    return kept;
}

// The events of which, in the one order of dates (TimexValue), then in the
// order of their positions in the text.
QList<TimelineEvent> inDateOrder(QList<TimelineEvent> &events, QList<qsizetype> which,
                                 const QList<qsizetype> &positions)
{
    QList<TimexValue> keys(events.size());
    for (const qsizetype k : std::as_const(which))
        keys[k] = TimexValue::parse(events[k].date);
    std::stable_sort(which.begin(), which.end(), [&](qsizetype a, qsizetype b) {
        if (const auto c = keys[a] <=> keys[b]; c != 0)
            return c < 0;
        return positions[a] < positions[b];
    });
    QList<TimelineEvent> result;
    result.reserve(which.size());
    for (const qsizetype k : std::as_const(which))
        result.append(std::move(events[k]));
    return result;
}

} // namespace

QList<TimelineEvent> EventExtractor::extract(const Article &article, const EntityList &entities,
                                             const QList<Timex> &timexes) const
{
    return extract(article, entities, timexes, std::span<const Word>());
}

QList<TimelineEvent> EventExtractor::extract(const Article &article, const EntityList &entities,
                                             const QList<Timex> &timexes, std::span<const Word> words) const
{
    return extract(article, entities, timexes, words, nullptr);
}

QList<TimelineEvent> EventExtractor::extract(const Article &article, const EntityList &entities,
                                             const QList<Timex> &tagged, std::span<const Word> words,
                                             const Temporal::TokenRuns *runs,
                                             const QList<AcronymDefinition> &acronymDefinitions) const
{
    QList<Timex> joined;
    const QList<Timex> &timexes = joinOpenRanges(article.text, tagged, joined);
    const QList<Acronym> acronyms = acronymsOf(article.text, acronymDefinitions);
    const EntityIndex index(entities);
    const Labeler labeler(article, words, runs, index, acronyms);
    QList<TimelineEvent> events;
    QList<qsizetype> positions; // text position of each event, for a stable order
    // At most one event per date expression. (Room for the events of a news
    // article's dates is made at once; a long document's grow as they come,
    // since most of its dates are no events and room for each would be
    // megabytes.)
    constexpr qsizetype ArticleDates = 256;
    events.reserve(std::min(timexes.size(), ArticleDates));
    positions.reserve(timexes.size());

    // The dateline: the loader's, else a short first sentence that ends in a
    // date ("BAKU, Azerbaijan, September 9.") or a line that is only a date.
    qsizetype datelineTimex = -1;
    qsizetype datelineSentence = -1;
    for (qsizetype k = 0; k < timexes.size(); ++k) {
        const Timex &t = timexes[k];
        if (t.type != u"DATE")
            continue;
        if (!article.dateline.isEmpty()) {
            if (article.dateline.contains(t.range)) {
                datelineTimex = k;
                datelineSentence = article.sentenceAt(t.range.start);
            }
            if (t.range.start >= article.dateline.end)
                break;
            continue;
        }
        const qsizetype s = article.sentenceAt(t.range.start);
        if (s < 0 || s > 2)
            break;
        if (isByline(article, t.range.start))
            continue; // "BY KARI LUND, 12 MARCH 2024" reads like a dateline, but names no place
        const TextRange sentence = article.sentences[s];
        // A dateline is short: a date far into its sentence is none (and the
        // words before it need no reading, which in a megabyte-long sentence
        // would be slow for every date).
        if (t.range.start - sentence.start > Reach)
            continue;
        const QStringView rest = textBetween(article.text, t.range.end, sentence.end).trimmed();
        const QStringView before = textBetween(article.text, sentence.start, t.range.start).trimmed();
        const bool onlyDate = before.isEmpty() && rest.size() <= 1;
        const TokenVector words = tokenize(before);
        // "BAKU, Azerbaijan, September 9.": a capitalised place, a comma, a day.
        const bool placeFirst = !words.empty() && words.size() <= 10 && words.front().kind == TokenKind::Word
            && before.mid(words.front().start, words.front().length()).toString().isUpper() && words.front().length() > 1
            && before.endsWith(u',') && rest.size() <= 1;
        const bool hasDay = t.value.size() >= 10 && t.value[8].isDigit();
        if ((onlyDate || placeFirst) && hasDay) {
            datelineTimex = k;
            datelineSentence = s;
            break;
        }
    }
    if (datelineTimex >= 0 && isEventValue(timexes[datelineTimex])) {
        const Timex &t = timexes[datelineTimex];
        // The lead: the dateline's own sentence when it says more, else the next one.
        qsizetype lead = datelineSentence;
        const TextRange ds = article.sentences[datelineSentence];
        const QStringView after = textBetween(article.text, t.range.end, ds.end).trimmed();
        if (after.size() <= 1 && lead + 1 < article.sentences.size())
            ++lead;
        TimelineEvent ev;
        ev.date = article.date.isValid() ? article.date.toString(Qt::ISODate) : t.value;
        TextRange leadRange = article.sentences[lead];
        ev.sentence = {ds.start, leadRange.end};
        if (lead == datelineSentence) {
            // The statement after the dateline, without it: "LONDON, March 12. The board …".
            qsizetype from = article.dateline.isEmpty() ? t.range.end : std::max(t.range.end, article.dateline.end);
            while (from < leadRange.end && (article.text[from].isSpace() || article.text[from] == u'.'
                                            || article.text[from] == u',' || article.text[from] == u'\u2014'))
                ++from;
            leadRange.start = from;
        }
        ev.expression = t.range;
        // A lead that names another day than the dateline's ("LONDON, May
        // 4. … on Sunday", the 3rd) happened then: the dateline says only
        // when the story was filed, and the lead's day makes its event
        // below. (The dateline's own day in the lead is merged into this
        // event; a year or a month, "founded in 2002", is about something
        // else, and the dateline's day stays.)
        QList<TextRange> leadDates;
        bool otherDay = false;
        for (const Timex *x : timexesIn(timexes, leadRange)) {
            leadDates.append(x->range);
            otherDay = otherDay
                || (x != &t && x->range.start >= leadRange.start && x->value.size() == 10 && x->value != ev.date
                    && isEventValue(*x));
        }
        if (!otherDay) {
            ev.label = labeler.occasion(leadRange);
            if (ev.label.isEmpty())
                ev.label = labeler.label(leadRange, leadDates);
            ev.entities = entityNames(article, index, leadRange);
            events.append(std::move(ev));
            positions.append(t.range.start);
        }
    }

    // isEventValue() of each timex, read once (a date after a coordination
    // is asked about twice): -1 until asked.
    QVarLengthArray<qint8, 256> eventValue(timexes.size(), qint8(-1));
    auto isEvent = [&timexes, &eventValue](qsizetype k) {
        if (eventValue[k] < 0)
            eventValue[k] = isEventValue(timexes[k]) ? 1 : 0;
        return eventValue[k] != 0;
    };
    // A coordination of dates: "in 1999 and 2002", "in 2004, 2008 and 2013".
    const auto coordinated = [&](qsizetype k) { // timexes k and k + 1
        const QStringView gap = textBetween(article.text, timexes[k].range.end, timexes[k + 1].range.start).trimmed();
        return isChar(gap, u',') || wordIs(gap, "and"_L1) || gap == u", and" || isChar(gap, u'&');
    };
    // Every other dated expression, grouped by sentence: those of [first, end),
    // where no coordination crosses either end.
    const auto readDates = [&](qsizetype first, qsizetype end, QList<TimelineEvent> &events,
                               QList<qsizetype> &positions) {
        // The clauses of the sentence last read (see splitClauses()).
        struct {
            TextRange range{-1, -1};
            QList<TextRange> dates;
            QList<Piece> pieces;
            ClauseSplit clauses;
            QString person; ///< the name a pronoun subject stands for (antecedentBefore())
        } split;
        for (qsizetype k = first; k < end;) {
            const Timex &t = timexes[k];
            if (k == datelineTimex || !isEvent(k)) {
                ++k;
                continue;
            }
            const qsizetype s = article.sentenceAt(t.range.start);
            if (s < 0 || isByline(article, t.range.start)) {
                ++k;
                continue;
            }
            const TextRange sentence = article.sentences[s];
            // Labels come from the statement, not from the dateline that opens
            // the first sentence ("TASHKENT, Uzbekistan, May 3. Ministers met …").
            TextRange body = sentence;
            // Only the part of a very long sentence near the date (see Reach).
            TextRange near = sentence;
            if (t.range.start - near.start > Reach)
                near.start = wordStartFrom(article.text, t.range.start - Reach, t.range.start);
            if (!article.dateline.isEmpty() && sentence.contains(article.dateline)
                && article.dateline.end <= t.range.start) {
                body.start = article.dateline.end;
                while (body.start < t.range.start && article.text[body.start].isSpace())
                    ++body.start;
            } else if (datelineTimex >= 0 && s == datelineSentence && timexes[datelineTimex].range.end <= t.range.start) {
                // A dateline found here ("KARVIK, Dravenia, May 3 (Norpress) - The
                // parliament …"): the statement starts after its date, an agency
                // in brackets and the punctuation that ends it.
                qsizetype from = timexes[datelineTimex].range.end;
                const QString &text = article.text;
                for (bool more = true; more && from < t.range.start;) {
                    more = false;
                    while (from < t.range.start
                           && (text[from].isSpace() || text[from] == u'.' || text[from] == u',' || text[from] == u'-'
                               || text[from] == u'\u2013' || text[from] == u'\u2014' || text[from] == u':')) {
                        ++from;
                        more = true;
                    }
                    if (from < t.range.start && text[from] == u'(') {
                        const qsizetype close = text.indexOf(u')', from);
                        if (close > from && close < t.range.start && close - from < 40) {
                            from = close + 1;
                            more = true;
                        }
                    }
                }
                body.start = from;
            }
            // "since 1992" dates the state it starts ("has been closed since
            // 1992"), but "its first loss since 1992", "the highest level since
            // 1992" only compare with it: nothing happened then, unless the
            // article says what did (", when the mill closed").
            if ((sinceComparesOnly(labeler, body.start, t.range.start)
                 && !whenClauseAfter(article.text, t.range.end))
                || figureComparedOnly(labeler, body.start, t.range.start)) {
                ++k;
                continue;
            }
            qsizetype last = k;
            while (last + 1 < end && isEvent(last + 1) && coordinated(last))
                ++last;
            if (near.end - timexes[last].range.end > Reach)
                near.end = wordEndUntil(article.text, timexes[last].range.end + Reach, timexes[last].range.end);
            body.start = std::max(body.start, near.start);
            const QStringView afterGroup = textBetween(article.text, timexes[last].range.end, near.end);
            const bool respectively = last > k && afterGroup.trimmed().startsWith(u","_s)
                && afterGroup.contains(u"respectively"_s, Qt::CaseInsensitive);
            bool distributed = false;
            if (respectively) {
                const qsizetype count = last - k + 1;
                const QList<Labeler::Distributed> items = labeler.respectively({body.start, t.range.start}, count);
                for (qsizetype j = 0; j < items.size(); ++j) {
                    TimelineEvent ev;
                    const Timex &d = timexes[k + j];
                    ev.date = d.value;
                    ev.until = d.until;
                    ev.label = items[j].label;
                    ev.sentence = near;
                    ev.expression = d.range;
                    for (const TextRange &r : items[j].items)
                        for (const QString &n : entityNames(article, index, r))
                            if (!ev.entities.contains(n))
                                ev.entities.append(n);
                    events.append(std::move(ev));
                    positions.append(d.range.start);
                }
                distributed = !items.isEmpty();
            }
            if (!distributed) {
                // The clause: the sentence, cut at semicolons.
                TextRange clause = near;
                clause.start = std::max(clause.start, body.start);
                for (qsizetype p = t.range.start; p > body.start; --p)
                    if (article.text[p - 1] == u';') {
                        clause.start = p;
                        break;
                    }
                for (qsizetype p = timexes[last].range.end; p < clause.end; ++p)
                    if (article.text[p] == u';') {
                        clause.end = p;
                        break;
                    }
                // The clauses of the sentence, read once for all its dates.
                if (clause != split.range) {
                    split.range = clause;
                    split.dates.clear();
                    // Dates leave the label; durations and recurrences stay part
                    // of what it says ("closed for six months", "every summer").
                    for (const Timex *x : timexesIn(timexes, clause))
                        if (x->type == u"DATE" || x->type == u"TIME")
                            split.dates.append(x->range);
                    split.pieces = labeler.pieces(clause);
                    const auto &ds = split.dates;
                    const auto &ps = split.pieces;
                    split.clauses = splitClauses(labeler, ps, [&ds, &ps](qsizetype q) {
                        const auto it = std::upper_bound(ds.cbegin(), ds.cend(), ps[q].start,
                                                         [](qsizetype pos, const TextRange &d) { return pos < d.end; });
                        return it != ds.cend() && it->overlaps(TextRange{ps[q].start, ps[q].end});
                    });
                    // "He resigned in 2012", "In 2012, he resigned": an editor
                    // writes whom the pronoun that is the main subject stands
                    // for (before it in the main clause only dates and their
                    // prepositions).
                    split.person.clear();
                    const qsizetype subject = split.clauses.subjectTo - 1;
                    const QStringView word = subject >= 0 && subject < split.pieces.size() && split.pieces[subject].word
                        ? labeler.text(split.pieces[subject])
                        : QStringView();
                    const bool it = wordIs(word, "it"_L1);
                    if (clause.start == sentence.start && (it || oneOf(word, {"he"_L1, "she"_L1}))) {
                        bool alone = true;
                        for (qsizetype q = split.clauses.subjectFrom; q < subject && alone; ++q)
                            alone = split.clauses.owner[q] != 0 || !split.pieces[q].word
                                || (split.pieces[q].role & Preposition)
                                || std::any_of(ds.cbegin(), ds.cend(), [&](const TextRange &d) {
                                       return d.contains(TextRange{split.pieces[q].start, split.pieces[q].end});
                                   });
                        if (alone)
                            split.person = antecedentBefore(article, index, labeler, s, it);
                        if (!split.person.isEmpty()) {
                            split.pieces[subject].replacement = &split.person;
                            split.pieces[subject].upper = true;
                        }
                    }
                }
                // The clause that governs the date: the one holding its first word.
                qsizetype at = 0;
                while (at < split.pieces.size() && split.pieces[at].end <= t.range.start)
                    ++at;
                qsizetype governed = split.clauses.clauseOf(at);
                // "not this high since 2008, when the bank collapsed", "kept
                // visiting it until 2019, when a fall ended her fieldwork": a
                // state since or until the date, which the clause after
                // ", when" says what happened on. (Not "did not publish a
                // book until 2020, when …": that is when it was published.)
                const QStringView before = at > 0 ? labeler.text(split.pieces[at - 1]) : QStringView();
                const bool until = oneOf(before, {"until"_L1, "till"_L1});
                if (at > 0 && split.pieces[at - 1].word && (wordIs(before, "since"_L1) || until)
                    && whenClauseAfter(article.text, t.range.end)
                    && !(until
                         && (negatedBefore(article.text, clause.start, t.range.start)
                             || pronounAfterWhen(article.text, t.range.end)))) {
                    qsizetype after = at; // the comma, then "when"
                    while (after < split.pieces.size() && split.pieces[after].start < t.range.end)
                        ++after;
                    if (after + 2 < split.pieces.size() && split.clauses.clauseOf(after + 2) > 0)
                        governed = split.clauses.clauseOf(after + 2);
                }
                QList<TextRange> spans;
                const QString label = labeler.clauseLabel(split.pieces, split.clauses, governed, split.dates, &spans);
                if (label.isEmpty()) {
                    k = last + 1;
                    continue; // a date standing alone: nothing is said to happen on it
                }
                // The entities of the clause's words, and those its label names
                // otherwise (an acronym defined in brackets).
                QStringList names;
                for (const Entity *e : index.in(clause)) {
                    const QString name = entityName(article, *e);
                    const bool inSpan = std::any_of(spans.cbegin(), spans.cend(),
                                                    [e](const TextRange &r) { return r.contains(e->range); });
                    if ((inSpan || label.contains(name)) && !names.contains(name))
                        names.append(name);
                }
                if (!split.person.isEmpty() && label.contains(split.person) && !names.contains(split.person))
                    names.append(split.person);
                for (qsizetype j = k; j <= last; ++j) {
                    TimelineEvent ev;
                    ev.date = timexes[j].value;
                    ev.until = timexes[j].until;
                    ev.label = label;
                    ev.sentence = near;
                    ev.expression = timexes[j].range;
                    ev.entities = names;
                    events.append(std::move(ev));
                    positions.append(timexes[j].range.start);
                }
                // "…in May 2023, six years after applying": the application.
                if (last + 1 < timexes.size()) {
                    if (const auto o = labeler.offset(split.pieces, split.clauses, timexes[last], timexes[last + 1], clause)) {
                        TimelineEvent ev;
                        ev.date = o->value;
                        ev.label = o->label;
                        ev.sentence = near;
                        ev.expression = o->expression;
                        ev.entities = names;
                        events.append(std::move(ev));
                        positions.append(o->expression.start);
                    }
                }
            }
            k = last + 1;
        }
    };
    // With a core to spare and many dates, the later ones are read on a
    // thread of their own from a date that starts a sentence and follows no
    // coordination, so that both halves group the dates as reading them all
    // at once does. Everything both read is const (the labeler keeps no
    // state; its few caches are per thread), the decisions of isEvent() are
    // made before, and the later half's events are appended after the
    // earlier's: the same events in the same order.
    qsizetype cut = timexes.size();
    if (m_parallel && timexes.size() >= ParallelDates) {
        for (cut = timexes.size() / 2; cut < timexes.size(); ++cut)
            if (article.sentenceAt(timexes[cut].range.start) != article.sentenceAt(timexes[cut - 1].range.start)
                && !coordinated(cut - 1))
                break;
    }
    if (cut < timexes.size()) {
        for (qsizetype k = 0; k < timexes.size(); ++k)
            isEvent(k);
        QList<TimelineEvent> laterEvents;
        QList<qsizetype> laterPositions;
        std::thread later([&] { readDates(cut, timexes.size(), laterEvents, laterPositions); });
        readDates(0, cut, events, positions);
        later.join();
        events.append(std::move(laterEvents));
        positions.append(std::move(laterPositions));
    } else {
        readDates(0, timexes.size(), events, positions);
    }

    QList<TimelineEvent> merged;
    QList<qsizetype> mergedPositions;
    const QList<qsizetype> kept = mergeDuplicates(events);
    merged.reserve(kept.size());
    mergedPositions.reserve(kept.size());
    for (const qsizetype k : kept) {
        merged.append(std::move(events[k]));
        mergedPositions.append(positions[k]);
    }
    // One statement at two precisions ("said on Thursday that growth would
    // slow this year"): the same label from the same sentence at a year or a
    // month and at a day within it is one event, on the day. (A sentence's
    // events are made one after another, so its neighbours are enough to
    // look at, with no table of all the labels of a long article.)
    QList<bool> dropped(merged.size(), false); // the twin of a kept event
    // The neighbour of event k, still kept, that twin(j) accepts; -1 if none.
    const auto twinNear = [&](qsizetype k, auto &&twin) -> qsizetype {
        constexpr qsizetype Near = 8;
        const qsizetype last = std::min(merged.size() - 1, k + Near);
        for (qsizetype j = std::max<qsizetype>(0, k - Near); j <= last; ++j)
            if (j != k && !dropped[j] && merged[j].sentence.overlaps(merged[k].sentence) && twin(j)
                && merged[j].label.compare(merged[k].label, Qt::CaseInsensitive) == 0)
                return j;
        return -1;
    };
    for (qsizetype k = 0; k < merged.size(); ++k) {
        const TimelineEvent &coarse = merged[k];
        if (coarse.date.size() != 4 && coarse.date.size() != 7)
            continue;
        const qsizetype j = twinNear(k, [&](qsizetype f) {
            const QString &fine = merged[f].date;
            return fine.size() > coarse.date.size() && fine.startsWith(coarse.date) && fine[coarse.date.size()] == u'-';
        });
        if (j < 0)
            continue;
        TimelineEvent &fine = merged[j];
        for (const QString &n : coarse.entities)
            if (!fine.entities.contains(n))
                fine.entities.append(n);
        dropped[k] = true;
    }
    // "Floods hit the town on Tuesday, the agency said on Wednesday": the
    // date after the speech verb dates the report, not what it reports,
    // which has its own; the same statement at the report's date goes.
    const auto datesTheReport = [&](const TimelineEvent &ev) {
        const qsizetype from = std::max(ev.sentence.start, ev.expression.start - 20);
        QStringView before = QStringView(article.text).mid(from, std::max<qsizetype>(0, ev.expression.start - from)).trimmed();
        if (before.endsWith(u" on"))
            before = before.chopped(3);
        for (const QStringView verb : {u" said", u" says", u" told reporters", u" added", u" announced", u" reported"})
            if (before.endsWith(verb))
                return true;
        return false;
    };
    for (qsizetype k = 0; k < merged.size(); ++k)
        if (!dropped[k] && datesTheReport(merged[k])
            && twinNear(k, [&](qsizetype j) { return !datesTheReport(merged[j]); }) >= 0)
            dropped[k] = true;
    QList<qsizetype> order;
    order.reserve(merged.size());
    for (qsizetype k = 0; k < merged.size(); ++k)
        if (!dropped[k])
            order.append(k);
    return inDateOrder(merged, order, mergedPositions);
}

QList<TimelineEvent> EventExtractor::joinParts(QList<TimelineEvent> events)
{
    // Each event's place in the text is where its date is written (as
    // extract() orders them).
    QList<qsizetype> positions;
    positions.reserve(events.size());
    for (const TimelineEvent &ev : std::as_const(events))
        positions.append(ev.expression.start);
    return inDateOrder(events, mergeDuplicates(events), positions);
}

} // namespace Annalist
