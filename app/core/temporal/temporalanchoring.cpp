// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/temporaltaggerrun.h"
#include "temporal/timexvalue.h"

#include <algorithm>

namespace Annalist::Temporal::Detail {

using namespace Qt::StringLiterals;

QString pad(int v, int width)
{
    return QString::number(v).rightJustified(width, u'0');
}

QString dayValue(QDate d)
{
    return pad(d.year(), 4) + u'-' + pad(d.month(), 2) + u'-' + pad(d.day(), 2);
}

QString monthValue(int y, int m)
{
    return pad(y, 4) + u'-' + pad(m, 2);
}

QString weekValue(QDate d)
{
    int year = 0;
    const int week = d.weekNumber(&year);
    return pad(year, 4) + u"-W" + pad(week, 2);
}

QString unknownDay(int month, int day)
{
    return u"XXXX-" + pad(month, 2) + u'-' + pad(day, 2);
}

const char16_t *seasonCode(int season)
{
    switch (season) {
    case 1:
        return u"SP";
    case 2:
        return u"SU";
    case 3:
        return u"FA";
    default:
        return u"WI";
    }
}

const char16_t *partOfDayCode(int part)
{
    switch (part) {
    case 1:
        return u"TMO";
    case 2:
        return u"TAF";
    case 3:
        return u"TEV";
    default:
        return u"TNI";
    }
}

// The tense a word tells of its clause, if any: a finite verb's own, an
// auxiliary's, a participle's by the auxiliaries before it. TimeML 1.2.1
// (the EVENT's tense and aspect attributes) reads a verb group as a whole:
// "will be held" is FUTURE, "has continued" PRESENT with PERFECTIVE aspect,
// "had left" PAST; a participle after a linking verb is an adjective
// ("remain closed") and tells none.
std::optional<Tense> Run::tenseOf(qsizetype k, qsizetype begin) const
{
    const Token &tk = m_t[k];
    if (tk.kind != TokenKind::Word)
        return std::nullopt;
    switch (tk.cue) {
    case Cue::PastFinite:
        return Tense::Past;
    case Cue::Past:
    case Cue::PastEd: {
        // A participle after an article or a preposition modifies a noun
        // and tells no tense: "a list of approved suppliers", "the
        // elected council".
        if (tk.cue == Cue::PastEd && k - 1 >= begin && m_t[k - 1].kind == TokenKind::Word
            && (lex(k - 1, Lex::The) || is(k - 1, "a"_L1) || is(k - 1, "an"_L1) || is(k - 1, "of"_L1)))
            return std::nullopt;
        if (is(k - 1, "remain"_L1) || is(k - 1, "remains"_L1) || is(k - 1, "remained"_L1) || is(k - 1, "stay"_L1)
            || is(k - 1, "stays"_L1) || is(k - 1, "stayed"_L1))
            return std::nullopt;
        // (Adverbs may stand between: "will now be held", "would also be
        // built", "has already been paid".)
        for (qsizetype b = k - 1; b >= begin && b >= k - 3; --b) {
            if (is(b, "be"_L1) || is(b, "been"_L1) || is(b, "not"_L1) || word(b).endsWith(u"ly") || is(b, "now"_L1)
                || is(b, "also"_L1) || is(b, "still"_L1) || is(b, "soon"_L1) || is(b, "again"_L1)
                || is(b, "already"_L1) || is(b, "never"_L1) || is(b, "then"_L1) || is(b, "instead"_L1))
                continue;
            if ((m_t[b].cue == Cue::Future && m_t[b].verb) || m_t[b].cue == Cue::Modal)
                return Tense::Future;
            if (m_t[b].cue == Cue::Present)
                return Tense::Present;
            if (is(b, "has"_L1) || is(b, "have"_L1)) {
                // "will have closed": a future perfect is future.
                const qsizetype a = b - 1;
                if (a >= begin && ((m_t[a].cue == Cue::Future && m_t[a].verb) || m_t[a].cue == Cue::Modal))
                    return Tense::Future;
                return Tense::Perfect;
            }
            break;
        }
        // A clause has one finite verb: in an infinitive clause ("has
        // continued to hold the markets closed until Friday") an -ed word
        // after the infinitive's object is a participle that tells no
        // tense; the finite verb before "to" governs.
        // (Only short words are compared: the others are passed over.)
        if (tk.cue == Cue::PastEd) {
            for (qsizetype b = k - 2; b >= begin && b >= k - 6; --b) {
                const Token &tb = m_t[b];
                if (tb.kind != TokenKind::Word || tb.verb || tb.role & ClauseStop)
                    break;
                if (tb.length() > 4)
                    continue;
                if (tb.role & FunctionWord) { // "to", "and" among "the", "of", "a" …
                    if (tb.length() == 3 && is(b, "and"_L1))
                        break;
                    if (tb.length() == 2 && b + 1 < k - 1 && is(b, "to"_L1) && m_t[b + 1].kind == TokenKind::Word
                        && !m_t[b + 1].upper && m_t[b + 1].lex == Lex::None && (m_t[b + 1].role & FunctionWord) == 0)
                        return std::nullopt;
                    continue;
                }
                if (is(b, "or"_L1) || is(b, "but"_L1) || is(b, "that"_L1))
                    break;
            }
        }
        return Tense::Past;
    }
    case Cue::Future:
        // "approved plans on Tuesday", "the plans", "its aims": a word of
        // intent that is a noun (after a determiner or a verb) tells no tense.
        if (!tk.verb && k - 1 >= begin && m_t[k - 1].kind == TokenKind::Word
            && (lex(k - 1, Lex::The) || is(k - 1, "a"_L1) || is(k - 1, "an"_L1) || is(k - 1, "its"_L1)
                || is(k - 1, "their"_L1) || is(k - 1, "his"_L1) || is(k - 1, "her"_L1) || is(k - 1, "our"_L1)
                || is(k - 1, "new"_L1) || m_t[k - 1].verb || m_t[k - 1].cue == Cue::PastEd))
            return std::nullopt;
        return Tense::Future;
    case Cue::Present:
        return Tense::Present;
    default:
        // "going to", "set to", "due to", "plan to" + verb
        // ("to" first: most words are followed by something else.)
        if (is(k + 1, "to"_L1) && (is(k, "going"_L1) || is(k, "set"_L1) || is(k, "due"_L1) || is(k, "plan"_L1))
            && !lex(k + 2, Lex::The))
            return Tense::Future;
        // "due on Friday", "is due out in May": what is due lies ahead,
        // unless the clause is told in the past ("was due on Friday").
        if (is(k, "due"_L1) && !is(k + 1, "to"_L1))
            return (k - 1 >= begin && m_t[k - 1].cue == Cue::PastFinite) ? Tense::Past : Tense::Future;
        return std::nullopt;
    }
}

// The tense of the verb that governs tokens first..last, the expression's
// own clause's (TimeML anchors a date to the event it modifies; the
// TempEval-3 normalisers resolve "May" or "Friday" forward or back by that
// event's tense). In order:
// 1. the verb right before the expression or before its preposition
//    ("began on Monday", "said Friday");
// 2. the nearest tense cue in the expression's own stretch between commas
//    ("The Marit, built in 1998, joins the route in May": "built" tells
//    nothing of May);
// 3. the nearest cue elsewhere in the clause, passing over stretches set off
//    by commas that open with a participle or a relative pronoun (", built
//    in 1998,", ", which opened in May,"): those describe a noun and govern
//    no date outside them.
// A cue before the expression weighs a little more than one after it.
Tense Run::tenseAround(qsizetype first, qsizetype last) const
{
    // "closed until Friday", "runs until the end of May": a state that
    // holds now ends ahead of the article date.
    // (Past the edge of a period before it: "until the end of May", "until early June".)
    qsizetype before = first - 1;
    if (before > 0 && is(before, "of"_L1) && lex(before - 1, Lex::Edge))
        before -= 2;
    else if (lex(before, Lex::Edge))
        --before;
    if (lex(before, Lex::The))
        --before;
    const bool until = before >= 0 && (is(before, "until"_L1) || is(before, "till"_L1));
    // "was postponed until 4 May", "adjourned the hearing until Monday": a
    // thing put off is put off to after the report, whatever the tense.
    bool deferred = false;
    for (qsizetype k = before - 1; until && !deferred && k >= 0 && before - k <= 6 && m_t[k].kind == TokenKind::Word; --k)
        for (const auto verb : {"postponed"_L1, "delayed"_L1, "adjourned"_L1, "deferred"_L1, "suspended"_L1,
                                "extended"_L1, "pushed"_L1, "put"_L1})
            deferred = deferred || is(k, verb);
    const auto finish = [until, deferred](Tense t) {
        return deferred || (until && t != Tense::Past) ? Tense::Future : t;
    };
    // The clause around the expression, but never more than TenseReach
    // tokens to either side: a text without full stops is one "sentence",
    // and reading all of it for each of its dates made tagging quadratic.
    // (The nearest verb decides, and real sentences are far shorter.)
    constexpr qsizetype TenseReach = 120;
    qsizetype begin = first;
    while (begin > 0 && first - begin < TenseReach && !m_t[begin].sentenceStart && !punct(begin - 1, u';'))
        --begin;
    qsizetype end = last + 1;
    while (end < count() && end - last <= TenseReach && !m_t[end].sentenceStart && !punct(end, u';'))
        ++end;

    // 1. The verb the expression hangs on.
    {
        qsizetype k = first - 1;
        if (k >= begin && m_t[k].kind == TokenKind::Word && (m_t[k].role & Preposition))
            --k;
        if (k >= begin) {
            if (const std::optional<Tense> t = tenseOf(k, begin); t && m_t[k].verb)
                return finish(*t);
            if (m_t[k].cue == Cue::PastEd)
                if (const std::optional<Tense> t = tenseOf(k, begin))
                    return finish(*t);
        }
    }

    // A comma that separates stretches (not one inside "1,200").
    const auto isComma = [this](qsizetype k) {
        return punct(k, u',') && !(charAt(m_t[k].start - 1).isDigit() && charAt(m_t[k].end).isDigit());
    };
    qsizetype ownBegin = first;
    while (ownBegin > begin && !isComma(ownBegin - 1))
        --ownBegin;
    qsizetype ownEnd = last + 1;
    while (ownEnd < end && !isComma(ownEnd))
        ++ownEnd;

    Tense best = Tense::Unknown;
    qsizetype bestDistance = 1 << 30;
    // The cues of [from, to) are read outwards from the expression, so that
    // the nearest on each side ends the reading of that side (the weight
    // only grows with the distance).
    const auto consider = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = std::min(to, first) - 1; k >= from && 2 * (first - k) < bestDistance; --k) {
            if (const std::optional<Tense> t = tenseOf(k, begin)) {
                bestDistance = 2 * (first - k);
                best = *t;
                break;
            }
        }
        for (qsizetype k = std::max(from, last + 1); k < to && 2 * (k - last) + 1 < bestDistance; ++k) {
            // "began a campaign on Monday and will open clinics": after a
            // verb before the date, "and" or "but" and a verb begin another
            // predicate, whose tense is not the date's.
            if (best != Tense::Unknown && k + 1 < to && (is(k, "and"_L1) || is(k, "but"_L1))
                && (m_t[k + 1].verb || m_t[k + 1].cue == Cue::Modal))
                break;
            if (const std::optional<Tense> t = tenseOf(k, begin)) {
                bestDistance = 2 * (k - last) + 1;
                best = *t;
                break;
            }
        }
    };
    // 2. The expression's own stretch.
    consider(ownBegin, ownEnd);
    if (best != Tense::Unknown)
        return finish(best);
    // 3. The other stretches of the clause but the describing ones.
    const auto describing = [this](qsizetype k) { // k: the first token after a comma
        while (k < count() && m_t[k].kind == TokenKind::Word && word(k).endsWith(u"ly") && m_t[k].cue == Cue::None)
            ++k; // ", recently built in …"
        if (k >= count() || m_t[k].kind != TokenKind::Word)
            return false;
        if (is(k, "which"_L1) || is(k, "who"_L1) || is(k, "whose"_L1))
            return true;
        return (m_t[k].cue == Cue::Past || m_t[k].cue == Cue::PastEd) && !m_t[k].upper;
    };
    for (qsizetype s = begin; s < end;) {
        qsizetype e = s;
        while (e < end && !isComma(e))
            ++e;
        // [s, e) is one stretch; the clause's first is no aside.
        if (s != ownBegin && !(s > begin && isComma(s - 1) && describing(s)))
            consider(s, e);
        s = e + 1;
    }
    return finish(best);
}

namespace {

// The article date lies inside the interval of value.
bool holds(const TimexValue &value, QDate dct)
{
    return dct.isValid() && value.isPlaceable() && value.firstDay() <= dct && dct <= value.lastDay();
}

} // namespace

const TimexValue &Run::outValue(qsizetype k) const
{
    if (m_outValues.size() < std::size_t(m_out.size())) // grown by doubling, as m_out is
        m_outValues.resize(std::max(std::size_t(m_out.size()), 2 * m_outValues.size()));
    std::pair<QString, TimexValue> &slot = m_outValues[std::size_t(k)];
    const QString &value = m_out[k].value;
    // The slot keeps its text's block alive, so a block at the same place
    // is the same text.
    if (slot.first.constData() != value.constData() || slot.first.size() != value.size()) {
        slot.first = value;
        slot.second = TimexValue::parse(value);
    }
    return slot.second;
}

// The last absolute date mentioned before, for narrative expressions such as
// "five years later" or "the following year" (TimeML's anchorTimeID: the
// reference time of an anaphoric expression is the time the text last
// named). A dayLevel one needs a day and passes over coarser dates. With
// none, the article date, unless a date passed over does not hold it: after
// "signed in May 2011", "that day" is some day of that May, not the
// article's, and has no value.
Parsed Run::anchor(bool dayLevel, bool *fromArticleDate) const
{
    if (fromArticleDate)
        *fromArticleDate = false;
    bool passedOver = false;
    for (qsizetype k = m_out.size() - 1; k >= 0; --k) {
        const Timex &t = m_out[k];
        if (t.type != u"DATE" && t.type != u"TIME")
            continue;
        const Parsed p = parseValue(t.value);
        if (p.year > 0 && (!dayLevel || p.day > 0))
            return p;
        if (p.year > 0 && !holds(outValue(k), m_dct))
            passedOver = true;
    }
    if (m_dct.isValid() && !passedOver) {
        if (fromArticleDate)
            *fromArticleDate = true;
        return Parsed{m_dct.year(), m_dct.month(), m_dct.day()};
    }
    return {};
}

// "A week later, the board dismissed its chairman" with no date named
// before: a shift forward from the article date itself would place a thing
// told in the past after the report. Its reference is a time the text does
// not give.
bool Run::laterThanTheReport(bool fromArticleDate, int direction, qsizetype first, qsizetype last) const
{
    return fromArticleDate && direction > 0 && tenseAround(first, last) == Tense::Past;
}

// The period of the given unit (Year, Quarter, Month, Week, Day) that holds
// the date named last: "the year", "that month", "the entire week" (TimeML
// 1.2.1 and TIDES 2005: an anaphoric expression takes its value from its
// reference time, at its own granularity). Dates coarser than the unit are
// passed over as anchor() passes them; with none, the article date's. A
// clause in the future tense cannot mean a period over before the article
// date: "Founded in 1998, the firm will grow by the end of the year" is the
// article's year. Empty when there is no such period.
QString Run::periodNamedLast(int unit, Tense tense) const
{
    const auto periodOf = [unit](QDate d) -> QString {
        switch (unit) {
        case Year:
            return pad(d.year(), 4);
        case Quarter:
            return pad(d.year(), 4) + u"-Q" + QString::number((d.month() - 1) / 3 + 1);
        case Month:
            return monthValue(d.year(), d.month());
        case Week:
            return weekValue(d);
        default:
            return dayValue(d);
        }
    };
    const auto fromDct = [&]() { return m_dct.isValid() ? periodOf(m_dct) : QString(); };
    bool passedOver = false;
    for (qsizetype k = m_out.size() - 1; k >= 0; --k) {
        const Timex &t = m_out[k];
        if (t.type != u"DATE" && t.type != u"TIME")
            continue;
        const TimexValue &v = outValue(k);
        if (!v.isPlaceable() || (v.kind() != TimexValue::Kind::Date && v.kind() != TimexValue::Kind::Time))
            continue;
        const TimexValue::Precision p = v.precision();
        bool fine = false;
        switch (unit) {
        case Year:
            fine = p >= TimexValue::Precision::Year;
            break;
        case Quarter:
            fine = p == TimexValue::Precision::Quarter || (p >= TimexValue::Precision::Month && p != TimexValue::Precision::Week);
            break;
        case Month:
            fine = p >= TimexValue::Precision::Month && p != TimexValue::Precision::Week;
            break;
        case Week:
            fine = p >= TimexValue::Precision::Week;
            break;
        default:
            fine = p >= TimexValue::Precision::Day;
        }
        if (!fine) {
            passedOver = passedOver || !holds(v, m_dct);
            continue;
        }
        if (tense == Tense::Future && m_dct.isValid() && v.lastDay() < m_dct)
            return fromDct();
        return periodOf(v.firstDay());
    }
    return passedOver ? QString() : fromDct();
}

QString Run::resolveMonthDay(int month, int day, Tense tense) const
{
    if (!m_dct.isValid())
        return unknownDay(month, day);
    QDate best;
    for (int y = m_dct.year() - 1; y <= m_dct.year() + 1; ++y) {
        const QDate c(y, month, day);
        if (!c.isValid())
            continue;
        const qint64 diff = m_dct.daysTo(c);
        if (tense == Tense::Past && diff > 0)
            continue;
        if (tense == Tense::Future && diff < 0)
            continue;
        if (!best.isValid() || qAbs(diff) < qAbs(m_dct.daysTo(best)))
            best = c;
    }
    return best.isValid() ? dayValue(best) : unknownDay(month, day);
}

QString Run::resolveMonth(int month, Tense tense) const
{
    if (!m_dct.isValid())
        return u"XXXX-" + pad(month, 2);
    const int current = m_dct.year() * 12 + m_dct.month() - 1;
    int best = -1;
    for (int y = m_dct.year() - 1; y <= m_dct.year() + 1; ++y) {
        const int c = y * 12 + month - 1;
        if (tense == Tense::Past && c > current)
            continue;
        if (tense == Tense::Future && c < current)
            continue;
        if (best < 0 || qAbs(c - current) < qAbs(best - current))
            best = c;
    }
    return monthValue(best / 12, best % 12 + 1);
}

// The word right before position at of the text (empty when none), as a
// view into the text.
QStringView Run::wordBefore(qsizetype at) const
{
    qsizetype p = at;
    while (p > 0 && m_text[p - 1].isSpace())
        --p;
    qsizetype q = p;
    while (q > 0 && m_text[q - 1].isLetter())
        --q;
    return QStringView(m_text).mid(q, p - q);
}

// TimeML 1.2.1 and TIDES 2005: an underspecified date is anchored to its
// reference time, which in a narrative is the time the text last named and
// in reporting the article date. "In 1998 the mill moved to Orsk. In March
// it opened a plant" tells of March 1998: the month follows a date of an
// earlier year in its own paragraph and is told in the past tense. A
// present, perfect or future clause, or one whose tense is not known,
// reports from the article date, as does a month after a date of the
// article's own year (resolved from it anyway).
int Run::narrativeYear(Tense tense, qsizetype at) const
{
    static constexpr QLatin1StringView PeriodWords[] = {"from"_L1, "to"_L1, "until"_L1, "till"_L1, "through"_L1,
                                                        "between"_L1};
    if (!m_dct.isValid() || tense != Tense::Past)
        return 0;
    // "had trained twice a day since June": a state since the date reaches
    // the report's time, which is the article's.
    if (wordIs(wordBefore(at), "since"_L1))
        return 0;
    // "…, according to figures the ministry published in January": the
    // source a report names belongs to the report's time too.
    // Where the phrase that ends at pos begins: after a comma or a full stop
    // (or a line's end, when lineEnds) at most reach characters back.
    const auto phraseStart = [this](qsizetype pos, qsizetype reach, bool lineEnds) {
        qsizetype open = pos;
        while (open > 0 && pos - open < reach && m_text[open - 1] != u',' && m_text[open - 1] != u'.'
               && !(lineEnds && m_text[open - 1] == u'\n'))
            --open;
        return open;
    };
    {
        const qsizetype open = phraseStart(at, 120, true);
        if (QStringView(m_text).mid(open, at - open).trimmed().startsWith(u"according to "_s, Qt::CaseInsensitive))
            return 0;
    }
    // "Mira Orsk, a doctor who joined the club in 2014, said … in June": a
    // date inside a relative clause set off by commas that closed before
    // `at` is the clause's, no point of the narrative.
    const auto inClosedRelative = [&](const TextRange &r) {
        const qsizetype open = phraseStart(r.start, 160, false);
        if (open == 0 || m_text[open - 1] != u',')
            return false;
        bool relative = false;
        for (qsizetype p = open; p < r.start && !relative; ++p) {
            if (!m_text[p].isLetter() || (p > open && m_text[p - 1].isLetter()))
                continue;
            qsizetype e = p;
            while (e < r.start && m_text[e].isLetter())
                ++e;
            const QStringView w = QStringView(m_text).mid(p, e - p);
            relative = wordIs(w, "who"_L1) || wordIs(w, "which"_L1);
        }
        if (!relative)
            return false;
        for (qsizetype q = r.end; q < at; ++q) {
            if (m_text[q] == u',')
                return true;
            if (m_text[q] == u'.')
                return false;
        }
        return false;
    };
    for (qsizetype k = m_out.size() - 1; k >= m_paragraphFirst; --k) {
        const Timex &t = m_out[k];
        if (t.type != u"DATE" && t.type != u"TIME")
            continue;
        const TimexValue &v = outValue(k);
        if (!v.isPlaceable() || (v.kind() != TimexValue::Kind::Date && v.kind() != TimexValue::Kind::Time)
            || v.precision() < TimexValue::Precision::Year)
            continue;
        // "the club's coach since 2019": a state that still holds reaches the
        // present, and the narrative's reference time stays the article's.
        const QStringView before = wordBefore(t.range.start);
        if (wordIs(before, "since"_L1))
            return 0;
        // "who led the town from 2010 to 2020": the ends of a period set no
        // point for the narrative; what the text told before them may.
        if (std::any_of(std::begin(PeriodWords), std::end(PeriodWords), [before](QLatin1StringView p) { return wordIs(before, p); })
            || inClosedRelative(t.range))
            continue;
        const int year = v.firstDay().year();
        return (year == v.lastDay().year() && year < m_dct.year()) ? year : 0;
    }
    return 0;
}

// shift: -1 "last Friday", +1 "next Friday", 0 by tense; the article's own
// weekday is the article date itself unless shifted.
QDate Run::resolveWeekday(int weekday, Tense tense, int shift) const
{
    const int today = m_dct.dayOfWeek();
    if (shift < 0 || (shift == 0 && tense != Tense::Future)) {
        int back = (today - weekday + 7) % 7;
        if (back == 0 && shift < 0)
            back = 7;
        return m_dct.addDays(-back);
    }
    int ahead = (weekday - today + 7) % 7;
    if (ahead == 0 && shift > 0)
        ahead = 7;
    return m_dct.addDays(ahead);
}

QString Run::resolveSeason(int season, int year) const
{
    return (year > 0 ? pad(year, 4) : QStringLiteral("XXXX")) + u'-' + QStringView(seasonCode(season));
}

// The year of the n-th quarter (length 3) or half (length 6) of a year
// named without one ("the fourth quarter", "Q4", "the second half"), as for
// a month: nearest the article date in the tense's direction, the one under
// way counting as both (TIDES 2005: the year of an underspecified date
// comes from its reference time and the tense). 0 without an article date.
int Run::resolvePartYear(int n, int length, Tense tense) const
{
    if (!m_dct.isValid())
        return 0;
    const int current = m_dct.year() * 12 + m_dct.month() - 1;
    int bestYear = 0;
    int bestDistance = 1 << 30;
    for (int y = m_dct.year() - 1; y <= m_dct.year() + 1; ++y) {
        const int start = y * 12 + (n - 1) * length;
        const int end = start + length; // exclusive
        const bool ahead = start > current;
        const bool over = end <= current;
        if (tense == Tense::Past && ahead)
            continue;
        if (tense == Tense::Future && over)
            continue;
        const int distance = ahead ? start - current : over ? current - (end - 1) : 0;
        if (distance < bestDistance) {
            bestDistance = distance;
            bestYear = y;
        }
    }
    return bestYear;
}

// A season named without a year is resolved as a month is (TIDES 2005 and
// TimeML: the year of an underspecified date comes from the reference time
// and the tense of its clause): the season of that name nearest the article
// date in the tense's direction, the one under way counting as both past
// and present. "last winter" is the latest one over before the article
// date, "next summer" the first one to begin after it. Seasons are the
// meteorological ones TimexValue reads: spring March to May, winter
// December to February, named by the year it begins in.
QString Run::resolveSeason(int season, Tense tense, int shift) const
{
    if (!m_dct.isValid())
        return resolveSeason(season, 0);
    const int current = m_dct.year() * 12 + m_dct.month() - 1;
    int bestYear = 0;
    int bestDistance = 1 << 30;
    for (int y = m_dct.year() - 2; y <= m_dct.year() + 1; ++y) {
        const int start = y * 12 + season * 3 - 1; // spring starts in March (month index 2)
        const int end = start + 3; // exclusive
        const bool ahead = start > current;
        const bool over = end <= current;
        if (shift < 0 && !over)
            continue;
        if (shift > 0 && !ahead)
            continue;
        if (shift == 0 && tense == Tense::Past && ahead)
            continue;
        if (shift == 0 && tense == Tense::Future && over)
            continue;
        const int distance = ahead ? start - current : over ? current - (end - 1) : 0;
        if (distance < bestDistance) {
            bestDistance = distance;
            bestYear = y;
        }
    }
    return resolveSeason(season, bestYear);
}

} // namespace Annalist::Temporal::Detail
