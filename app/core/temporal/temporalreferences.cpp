// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The kinds of TIMEX3 value of the TimeML guidelines (TimeML 1.2.1 and
// TempEval-3) beyond plain dates and counted durations: references to the
// present, past and future; recurrences (SETs) with their quantifier and
// frequency; fiscal years; named days; times of day by name; decades in
// words, centuries, and the ordinal days and weeks of a month; durations
// whose amount is not given.

#include "temporal/temporaltaggerrun.h"

namespace Annalist::Temporal::Detail {

using namespace Qt::StringLiterals;

namespace {

// The letters of a unit in a duration's value after "P" (and "T" for time
// units): Y, M, W, D, DE, CE, H, M; empty for a unit with none.
QString unitLetters(int unit, bool *timeUnit)
{
    *timeUnit = unit == Hour || unit == Minute || unit == Second;
    switch (unit) {
    case Second:
        return u"S"_s;
    case Minute:
        return u"M"_s;
    case Hour:
        return u"H"_s;
    case Day:
        return u"D"_s;
    case Week:
        return u"W"_s;
    case Weekend:
        return u"WE"_s;
    case Month:
        return u"M"_s;
    case Quarter:
        return u"Q"_s;
    case Year:
        return u"Y"_s;
    case Decade:
        return u"DE"_s;
    case Century:
        return u"CE"_s;
    default:
        return {};
    }
}

} // namespace

QString durationValue(const QString &amount, int unit)
{
    bool timeUnit = false;
    const QString letters = unitLetters(unit, &timeUnit);
    if (letters.isEmpty())
        return {};
    return (timeUnit ? u"PT"_s : u"P"_s) + amount + letters;
}

QString periodValue(int amount, int unit)
{
    if (unit == Quarter)
        return u'P' + QString::number(3 * amount) + u'M';
    if (unit == Fortnight)
        return u'P' + QString::number(2 * amount) + u'W';
    if (unit == Decade)
        return u'P' + QString::number(10 * amount) + u'Y';
    if (unit == Century)
        return u'P' + QString::number(100 * amount) + u'Y';
    return durationValue(QString::number(amount), unit);
}

namespace {

/// Easter Sunday of year y (the Gregorian computus).
QDate easterSunday(int y)
{
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(y, month, day);
}

/// The n-th (9: the last) weekday (1 Monday … 7 Sunday) of a month.
QDate weekdayOfMonth(int y, int month, int n, int weekday)
{
    const QDate firstDay(y, month, 1);
    if (n == 9) {
        const QDate lastDay(y, month, firstDay.daysInMonth());
        return lastDay.addDays(-((lastDay.dayOfWeek() - weekday + 7) % 7));
    }
    return firstDay.addDays((weekday - firstDay.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

/// The day of a named holiday in year y; invalid for none. The movable
/// days are the United States' where countries differ (Thanksgiving,
/// Memorial Day, Labor Day, Mother's Day, Father's Day).
QDate holidayIn(int holiday, int y)
{
    switch (holiday) {
    case Christmas:
        return QDate(y, 12, 25);
    case ChristmasEve:
        return QDate(y, 12, 24);
    case Easter:
        return easterSunday(y);
    case EasterMonday:
        return easterSunday(y).addDays(1);
    case GoodFriday:
        return easterSunday(y).addDays(-2);
    case Thanksgiving:
        return weekdayOfMonth(y, 11, 4, 4);
    case Halloween:
        return QDate(y, 10, 31);
    case NewYear:
        return QDate(y, 1, 1);
    case NewYearsEve:
        return QDate(y, 12, 31);
    case Valentine:
        return QDate(y, 2, 14);
    case MemorialDay:
        return weekdayOfMonth(y, 5, 9, 1);
    case LaborDay:
        return weekdayOfMonth(y, 9, 1, 1);
    case MothersDay:
        return weekdayOfMonth(y, 5, 2, 7);
    case FathersDay:
        return weekdayOfMonth(y, 6, 3, 7);
    case BoxingDay:
        return QDate(y, 12, 26);
    case VeteransDay:
        return QDate(y, 11, 11);
    case StPatrick:
        return QDate(y, 3, 17);
    default:
        return {};
    }
}

/// Whether a holiday falls on the same day of the year every year (2000
/// and 2001 differ in weekday and in Easter): then without a year it still
/// has a day and month (XXXX-12-25).
bool fixedDay(int holiday)
{
    const QDate a = holidayIn(holiday, 2000), b = holidayIn(holiday, 2001);
    return a.month() == b.month() && a.day() == b.day();
}

} // namespace

bool Run::endsNounPhrase(qsizetype i) const
{
    const Token &next = tok(i + 1);
    if (i + 1 >= count() || next.kind == TokenKind::Punct || next.sentenceStart)
        return true;
    if (next.kind != TokenKind::Word)
        return false;
    return next.role != 0 || next.verb || next.cue != Cue::None || next.lex == Lex::Relation;
}

// TimeML's references without a fixed point: PRESENT_REF ("now",
// "currently", "at present", "the present"), PAST_REF ("recently",
// "lately", "the past", "recent" before a noun) and FUTURE_REF ("the
// future", "the near future", "in future"). "recent years" is a duration
// whose amount is not given.
std::optional<Match> Run::matchReference(qsizetype i)
{
    const Token &t = tok(i);
    if (t.lex == Lex::PresentRef) {
        if (t.value == 1) { // "present": a noun only after "at" or "the"
            if (!(is(i - 1, "at"_L1) || lex(i - 1, Lex::The)) || !endsNounPhrase(i))
                return std::nullopt;
            return Match{lex(i - 1, Lex::The) ? i - 1 : i, i, u"DATE"_s, u"PRESENT_REF"_s, {}, u"the present"_s};
        }
        if (t.value == 2) { // "current" before a noun, as "recent"; a "current account" is no time
            if (!(tok(i + 1).kind == TokenKind::Word && !tok(i + 1).upper && tok(i + 1).lex == Lex::None
                  && tok(i + 1).role == 0 && !is(i + 1, "account"_L1) && !is(i + 1, "accounts"_L1)))
                return std::nullopt;
        }
        return Match{i, i, u"DATE"_s, u"PRESENT_REF"_s, {}, u"the present"_s};
    }
    if (t.lex == Lex::FutureRef && t.value == 1) {
        // "soon", "very soon"; not "as soon as", "soon after the vote"
        // (relative to an event), "soon-to-open" (part of a word).
        if ((is(i - 1, "as"_L1) && is(i + 1, "as"_L1)) || lex(i + 1, Lex::Relation) || is(i + 1, "afterwards"_L1)
            || punct(i + 1, u'-') || punct(i - 1, u'-'))
            return std::nullopt;
        const qsizetype first = (is(i - 1, "very"_L1) || is(i - 1, "quite"_L1)) ? i - 1 : i;
        return Match{first, i, u"DATE"_s, u"FUTURE_REF"_s, {}, u"the near future"_s};
    }
    if (t.lex == Lex::FutureRef) {
        // "the future", "the near future", "in future"; not "future plans".
        qsizetype first = i;
        if (is(i - 1, "near"_L1) || is(i - 1, "distant"_L1) || is(i - 1, "foreseeable"_L1))
            --first;
        if (lex(first - 1, Lex::The))
            --first;
        else if (!is(first - 1, "in"_L1))
            return std::nullopt;
        if (!endsNounPhrase(i))
            return std::nullopt;
        return Match{first, i, u"DATE"_s, u"FUTURE_REF"_s, {}, u"the future"_s};
    }
    // PastRef
    if (t.value == 1 && tok(i + 1).lex == Lex::Unit && word(i + 1).endsWith(u's')) {
        const QString v = durationValue(u"X"_s, tok(i + 1).value);
        if (!v.isEmpty())
            return Match{i, i + 1, u"DURATION"_s, v, {}, u"vague duration"_s};
    }
    if (t.value == 1 && !(tok(i + 1).kind == TokenKind::Word && !tok(i + 1).sentenceStart))
        return std::nullopt; // "recent" wants a noun after it ("recent talks", "recent U.S. history")
    return Match{i, i, u"DATE"_s, u"PAST_REF"_s, {}, u"the recent past"_s};
}

// daily, weekly, monthly, quarterly, annually, hourly: one a period.
std::optional<Match> Run::matchSetWord(qsizetype i)
{
    const Token &t = tok(i);
    if (!(t.value == Year && tok(i + 1).kind == TokenKind::Word) && word(i).endsWith(u'l'))
        return std::nullopt; // "annual" only before a noun
    Match m{i, i, u"SET"_s, periodValue(1, t.value), {}, u"recurring"_s};
    return m;
}

// "every week", "each year", "every two months", "every other day": a SET
// of the period with quant EVERY; "every Monday", "every morning", "every
// summer": a SET of the day, part of the day or season, any year.
std::optional<Match> Run::matchEvery(qsizetype i)
{
    qsizetype k = i + 1;
    int amount = 1;
    if (is(k, "other"_L1)) {
        amount = 2;
        ++k;
    } else if (lex(k, Lex::NumWord) && tok(k).value > 1) {
        amount = tok(k).value;
        ++k;
    } else if (isNumber(k) && number(k) > 1 && number(k) < 1000 && standaloneNumber(k, k)) {
        amount = number(k);
        ++k;
    }
    const Token &u = tok(k);
    QString v;
    if (u.lex == Lex::Unit && (amount == 1) == !word(k).endsWith(u's'))
        v = periodValue(amount, u.value);
    else if (amount == 1 && u.lex == Lex::Weekday && u.upper)
        v = u"XXXX-WXX-"_s + QString::number(u.value);
    else if (amount == 1 && u.lex == Lex::PartOfDay)
        v = u"XXXX-XX-XX"_s + QStringView(partOfDayCode(u.value));
    else if (amount == 1 && u.lex == Lex::Season && word(k) != u"fall"_s)
        v = u"XXXX-"_s + QStringView(seasonCode(u.value));
    else if (amount == 1 && u.lex == Lex::Month && u.value > 0 && u.upper)
        v = u"XXXX-"_s + pad(u.value, 2);
    if (v.isEmpty())
        return std::nullopt;
    Match m{i, k, u"SET"_s, v, {}, u"recurring, every one"_s};
    m.quant = u"EVERY"_s;
    return m;
}

// "twice a year", "once a week", "twice weekly", "three times a month" (this
// last found at the count): a SET of the period with the frequency freq.
std::optional<Match> Run::matchFrequency(qsizetype i)
{
    const int times = tok(i).value;
    qsizetype k = i + 1;
    if (lex(k, Lex::SetWord)) {
        Match m{i, k, u"SET"_s, periodValue(1, tok(k).value), {}, u"recurring, so often a period"_s};
        m.freq = QString::number(times) + u'X';
        return m;
    }
    if (is(k, "a"_L1) || is(k, "an"_L1) || is(k, "per"_L1) || lex(k, Lex::Every))
        ++k;
    else
        return std::nullopt;
    if (!lex(k, Lex::Unit) || word(k).endsWith(u's'))
        return std::nullopt;
    Match m{i, k, u"SET"_s, periodValue(1, tok(k).value), {}, u"recurring, so often a period"_s};
    m.freq = QString::number(times) + u'X';
    if (lex(k - 1, Lex::Every))
        m.quant = u"EVERY"_s;
    return m;
}

// "fiscal 2009", "fiscal year 2009", "FY2009", "FY 2009": FY2009. A fiscal
// year's own first and last days differ between firms, so the value keeps
// it apart from the calendar year.
std::optional<Match> Run::matchFiscal(qsizetype i)
{
    qsizetype k = i + 1;
    if (tok(i).value == 0) {
        if (lex(k, Lex::Unit) && tok(k).value == Year && !word(k).endsWith(u's'))
            ++k;
    } else if (!tok(i).upper) {
        return std::nullopt; // "FY" in capitals only
    }
    // "FY2009" glues the year to the letters: then only its end must be free.
    const bool glued = tok(i).value == 1 && k == i + 1 && adjacent(i);
    if (yearAt(k) < 0 || (glued ? charAt(tok(k).end).isLetterOrNumber() : !standaloneNumber(k, k)))
        return std::nullopt;
    Match m{i, k, u"DATE"_s, u"FY"_s + QString::number(number(k)), {}, u"fiscal year"_s};
    return m;
}

qsizetype Run::afterPossessive(qsizetype k) const
{
    if (!(punct(k, u'\'') || punct(k, u'’')) || !adjacent(k - 1))
        return k;
    return (is(k + 1, "s"_L1) && adjacent(k)) ? k + 2 : k + 1;
}

// A named day of the calendar (TIDES 2005 and TimeML: a holiday is a date
// whose value is its day): Christmas (Day, Eve), Easter (Sunday, Monday),
// Good Friday, Thanksgiving, Halloween, New Year's Day and Eve, Valentine's
// Day, St. Patrick's Day, Memorial Day, Labor Day, Mother's and Father's
// Day, Boxing Day, Veterans (Remembrance, Armistice) Day; every word of the
// name in capitals. With a year after it, the day of that year; without
// one, the year is the article's, by tense, as for "7 April"; with no
// article date a day fixed in the calendar is XXXX-12-25, a movable one
// has no value.
std::optional<Match> Run::matchHoliday(qsizetype i)
{
    if (!tok(i).upper)
        return std::nullopt;
    const auto capital = [&](qsizetype k, QLatin1StringView w) { return is(k, w) && tok(k).upper; };
    int holiday = tok(i).value;
    qsizetype first = i;
    qsizetype last = i;
    if (tok(i).lex == Lex::NamedDay) {
        qsizetype k = i + 1;
        if (holiday == NewYear) {
            if (!capital(k, "year"_L1))
                return std::nullopt;
            k = afterPossessive(k + 1);
            if (capital(k, "eve"_L1))
                holiday = NewYearsEve;
            else if (!capital(k, "day"_L1))
                return std::nullopt;
        } else if (holiday == GoodFriday) {
            if (!capital(k, "friday"_L1))
                return std::nullopt;
        } else {
            k = afterPossessive(k);
            if (!capital(k, "day"_L1))
                return std::nullopt;
            if (holiday == StPatrick || holiday == Valentine) { // "St. Patrick's Day", "Saint Valentine's Day"
                if (is(i - 1, "saint"_L1) && tok(i - 1).upper)
                    first = i - 1;
                else if (punct(i - 1, u'.') && is(i - 2, "st"_L1) && tok(i - 2).upper)
                    first = i - 2;
                else if (is(i - 1, "st"_L1) && tok(i - 1).upper)
                    first = i - 1;
            }
        }
        last = k;
        // "the Good Friday Agreement" names an accord, not a day.
        const Token &next = tok(last + 1);
        if (next.kind == TokenKind::Word && next.upper && !next.sentenceStart && next.lex == Lex::None)
            return std::nullopt;
    } else if (holiday == Christmas && capital(i + 1, "eve"_L1)) {
        holiday = ChristmasEve;
        last = i + 1;
    } else if ((holiday == Christmas || holiday == Thanksgiving) && capital(i + 1, "day"_L1)) {
        last = i + 1;
    } else if (holiday == Easter && (capital(i + 1, "sunday"_L1) || capital(i + 1, "day"_L1))) {
        last = i + 1;
    } else if (holiday == Easter && capital(i + 1, "monday"_L1)) {
        holiday = EasterMonday;
        last = i + 1;
    }
    qsizetype yi = last + 1;
    if (punct(yi, u','))
        ++yi;
    if (yearAt(yi) > 0 && standaloneNumber(yi, yi))
        return Match{first, yi, u"DATE"_s, dayValue(holidayIn(holiday, number(yi))), {}, u"named day of a given year"_s};
    const QDate d = resolveDay([&](int y) { return holidayIn(holiday, y); }, tenseAround(first, last));
    if (!d.isValid()) {
        if (!fixedDay(holiday))
            return std::nullopt; // a movable day without a year has no value
        const QDate any = holidayIn(holiday, 2000);
        return Match{first, last, u"DATE"_s, unknownDay(any.month(), any.day()), {}, u"named day (year unknown)"_s};
    }
    return Match{first, last, u"DATE"_s, dayValue(d), {}, u"named day, year from the article date"_s};
}

QString Run::dayOfTime(qsizetype first, qsizetype *last)
{
    // "6 p.m. Thursday", "10 p.m. on Thursday": one time, on that day.
    const qsizetype weekday = lex(*last + 1, Lex::Weekday) ? *last + 1
        : is(*last + 1, "on"_L1) && lex(*last + 2, Lex::Weekday) && tok(*last + 2).upper ? *last + 2
                                                                                         : -1;
    if (weekday > 0 && m_dct.isValid()) {
        *last = weekday;
        return dayValue(resolveWeekday(tok(*last).value, tenseAround(first, *last), 0));
    }
    if (lex(*last + 1, Lex::DayRef) && tok(*last + 1).value != 2 && m_dct.isValid()) {
        ++*last;
        return dayValue(m_dct.addDays(tok(*last).value));
    }
    // The day is the one last named in the same sentence, else the
    // article's. (Looking back no further than that day's start: a
    // sentence start before it decides nothing, and in a text without
    // full stops the sentence's start can be megabytes back.)
    const qsizetype lastStart = m_out.isEmpty() ? -1 : m_out.constLast().range.start;
    qsizetype sentence = first;
    while (sentence > 0 && !m_t[sentence].sentenceStart && m_t[sentence].start > lastStart)
        --sentence;
    if (!m_out.isEmpty() && lastStart >= m_t[sentence].start && parseValue(m_out.constLast().value).day > 0)
        return m_out.constLast().value.left(10);
    return m_dct.isValid() ? dayValue(m_dct) : u"XXXX-XX-XX"_s;
}

// noon, midday: 12:00; midnight: 24:00 (the end of its day), on the day a
// clock time would fall on.
std::optional<Match> Run::matchClockWord(qsizetype i)
{
    qsizetype last = i;
    const QString day = dayOfTime(i, &last);
    Match m{i, last, u"TIME"_s, day + u'T' + pad(tok(i).value, 2) + u":00", {}, u"time of day by its name"_s};
    return m;
}

// "the nineties", "the late sixties": a decade of the twentieth century, as
// news means it; "in her sixties" is an age.
std::optional<Match> Run::matchDecadeWord(qsizetype i)
{
    qsizetype first = i;
    if (lex(first - 1, Lex::Edge))
        --first;
    if (!lex(first - 1, Lex::The))
        return std::nullopt;
    --first;
    return Match{first, i, u"DATE"_s, u"19"_s + QString::number(tok(i).value), {}, u"decade"_s};
}

std::optional<Match> Run::nthOfMonth(qsizetype first, int n, int weekday, qsizetype monthTok)
{
    if (!lex(monthTok, Lex::Month) || tok(monthTok).value <= 0 || !tok(monthTok).upper)
        return std::nullopt;
    const int month = tok(monthTok).value;
    qsizetype last = monthTok;
    int year = 0;
    qsizetype yi = monthTok + 1;
    if (punct(yi, u','))
        ++yi;
    if (yearAt(yi) > 0 && standaloneNumber(yi, yi)) {
        year = number(yi);
        last = yi;
    } else {
        const QString v = resolveMonth(month, tenseAround(first, monthTok));
        if (!v.front().isDigit())
            return std::nullopt; // no year to count the days in
        year = v.left(4).toInt();
    }
    const QDate firstDay(year, month, 1);
    const QDate lastDay(year, month, firstDay.daysInMonth());
    if (weekday > 0) {
        const QDate d = weekdayOfMonth(year, month, n, weekday);
        if (d.month() != month)
            return std::nullopt; // "the fifth Monday" of a month with four
        return Match{first, last, u"DATE"_s, dayValue(d), {}, u"weekday counted in a month"_s};
    }
    // A week belongs to the month that holds its Thursday, as a week
    // belongs to a year in ISO 8601.
    const QDate firstThursday = firstDay.addDays((4 - firstDay.dayOfWeek() + 7) % 7);
    const QDate lastThursday = lastDay.addDays(-((lastDay.dayOfWeek() - 4 + 7) % 7));
    const QDate thursday = n == 9 ? lastThursday : firstThursday.addDays(7 * (n - 1));
    if (thursday.month() != month)
        return std::nullopt;
    return Match{first, last, u"DATE"_s, weekValue(thursday), {}, u"week counted in a month"_s};
}

// The ordinal at i: "the nineteenth century" (18), "the twenty-first
// century", "the first Monday of March", "the second week of May".
std::optional<Match> Run::matchOrdinal(qsizetype i, bool afterThe)
{
    const qsizetype first = afterThe ? i - 1 : i;
    int n = tok(i).lex == Lex::Ordinal ? tok(i).value : (tok(i).lex == Lex::Modifier && tok(i).value == Last ? 9 : 0);
    qsizetype k = i + 1;
    if (n == 0 && lex(i, Lex::NumWord) && tok(i).value >= 20 && tok(i).value % 10 == 0 && punct(i + 1, u'-')
        && adjacent(i) && adjacent(i + 1) && lex(i + 2, Lex::Ordinal) && tok(i + 2).value < 10) {
        n = tok(i).value + tok(i + 2).value; // twenty-first
        k = i + 3;
    } else if (n == 0 && lex(i, Lex::Unit) && tok(i).value == Second) {
        n = 2;
    }
    if (n <= 0)
        return std::nullopt;
    if (punct(k, u'-') && adjacent(k - 1) && lex(k + 1, Lex::Unit) && tok(k + 1).value == Century)
        ++k; // "nineteenth-century"
    if (lex(k, Lex::Unit) && tok(k).value == Century && n != 9 && !word(k).endsWith(u's'))
        return Match{first, k, u"DATE"_s, pad(n - 1, 2), {}, u"century"_s};
    if (k != i + 1)
        return std::nullopt;
    const bool of = lex(k + 1, Lex::Of) || is(k + 1, "in"_L1);
    if (of && lex(k, Lex::Weekday) && tok(k).upper && (n <= 5 || n == 9))
        return nthOfMonth(first, n, tok(k).value, k + 2);
    if (of && lex(k, Lex::Unit) && tok(k).value == Week && !word(k).endsWith(u's') && (n <= 5 || n == 9))
        return nthOfMonth(first, n, 0, k + 2);
    return std::nullopt;
}

// A unit alone in the plural, whose amount is not given: "for years",
// "within days", "after months of talks", "a decades-long dispute".
std::optional<Match> Run::matchBareUnit(qsizetype i)
{
    const Token &t = tok(i);
    // "that year", "the entire year", "the whole day": the period named
    // last, at the unit's granularity (an anaphoric date).
    const bool whole = (is(i - 1, "entire"_L1) || is(i - 1, "whole"_L1)) && lex(i - 2, Lex::The);
    if ((is(i - 1, "that"_L1) || whole) && !word(i).endsWith(u's')
        && (t.value == Year || t.value == Quarter || t.value == Month || t.value == Day || t.value == Week)) {
        const qsizetype first = whole ? i - 2 : i - 1;
        const QString v = periodNamedLast(t.value, tenseAround(first, i));
        if (v.isEmpty())
            return std::nullopt;
        return Match{first, i, u"DATE"_s, v, {}, u"the period named last"_s};
    }
    if (!word(i).endsWith(u's') || t.value == Weekend || t.value == Second || t.value == Quarter)
        return std::nullopt;
    const bool longAfter = punct(i + 1, u'-') && adjacent(i) && adjacent(i + 1) && is(i + 2, "long"_L1);
    const bool cue = is(i - 1, "for"_L1) || is(i - 1, "within"_L1) || is(i - 1, "after"_L1) || is(i - 1, "in"_L1)
        || is(i - 1, "over"_L1);
    if (!longAfter && !cue)
        return std::nullopt;
    // "in days to come" is fine, "in years 2009 and 2010" is no duration.
    if (isNumber(i + 1))
        return std::nullopt;
    const QString v = durationValue(u"X"_s, t.value);
    if (v.isEmpty())
        return std::nullopt;
    return Match{i, longAfter ? i + 2 : i, u"DURATION"_s, v, {}, u"duration, amount not given"_s};
}

} // namespace Annalist::Temporal::Detail
