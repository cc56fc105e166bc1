// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/temporaltaggerrun.h"

#include <utility>

namespace Annalist::Temporal::Detail {

using namespace Qt::StringLiterals;

// A number that is not part of a larger one: no digit, letter, decimal point,
// thousands separator or currency sign glued to it.
bool Run::standaloneNumber(qsizetype first, qsizetype last) const
{
    const qsizetype s = tok(first).start;
    const qsizetype e = tok(last).end;
    const QChar before = charAt(s - 1);
    const QChar after = charAt(e);
    if (before.isLetterOrNumber() || before == u'$' || before == u'£' || before == u'€' || before == u'#'
        || before == u'¥' || before == u'+')
        return false;
    if ((before == u'.' || before == u',') && charAt(s - 2).isDigit())
        return false;
    // A part of a code or a reference: "C/2025 K4", "A/RES/1990".
    if (before == u'/' && charAt(s - 2).isLetter())
        return false;
    if (after.isLetterOrNumber() || after == u'%')
        return false;
    if ((after == u'.' || after == u',') && charAt(e + 1).isDigit())
        return false;
    return true;
}

// A day of the month at token i ("14", "14th"); *last is its last token.
int Run::dayNumber(qsizetype i, qsizetype *last) const
{
    const int d = number(i);
    if (d < 1 || d > 31 || digitCount(i) > 2)
        return -1;
    qsizetype l = i;
    if (adjacent(i) && tok(i + 1).kind == TokenKind::Word) {
        const QStringView s = word(i + 1);
        if (wordIs(s, "st"_L1) || wordIs(s, "nd"_L1) || wordIs(s, "rd"_L1) || wordIs(s, "th"_L1))
            l = i + 1;
        else
            return -1;
    }
    if (!standaloneNumber(i, l))
        return -1;
    *last = l;
    return d;
}

int Run::yearAt(qsizetype i) const
{
    if (digitCount(i) != 4)
        return -1;
    const int y = number(i);
    return (y >= 1000 && y <= 2199) ? y : -1;
}

// A four-digit number standing alone is a year unless it counts something:
// "1,200 organisations" never gets here (the comma), "1500 workers" is
// refused by the plural noun after it.
bool Run::plausibleYear(qsizetype i) const
{
    if (yearAt(i) < 0 || !standaloneNumber(i, i))
        return false;
    const Token &next = tok(i + 1);
    if (next.kind == TokenKind::Word && !next.upper && next.lex == Lex::None) {
        const QStringView w = word(i + 1);
        if (w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss")) {
            static const QLatin1StringView timeWords[] = {"in"_L1, "since"_L1, "by"_L1, "until"_L1, "till"_L1,
                                                          "from"_L1, "of"_L1, "before"_L1, "after"_L1, "during"_L1};
            bool temporalBefore = false;
            for (auto p : timeWords)
                temporalBefore = temporalBefore || is(i - 1, p);
            if (!temporalBefore)
                return false;
        }
    }
    // A number inside a name: "Russell 2000 Index", "Windows 2000 Server".
    if (tok(i - 1).kind == TokenKind::Word && tok(i - 1).upper && !tok(i - 1).sentenceStart && tok(i - 1).lex == Lex::None
        && tok(i + 1).kind == TokenKind::Word && tok(i + 1).upper && !tok(i + 1).sentenceStart)
        return false;
    // A designation of a name, a number and a letter: "LHS 1140 b", a planet
    // named by its star's catalogue number. (Not the article "a".)
    if (tok(i - 1).kind == TokenKind::Word && tok(i - 1).upper && !tok(i - 1).sentenceStart && tok(i - 1).lex == Lex::None
        && tok(i + 1).kind == TokenKind::Word && word(i + 1).size() == 1 && word(i + 1).front().isLower()
        && word(i + 1).front() != u'a')
        return false;
    if (tok(i - 1).kind == TokenKind::Word) {
        // A noun that numbers its items: "Report 1003", "Resolution 1325".
        static const QLatin1StringView counters[] = {
            "no"_L1, "number"_L1, "page"_L1, "flight"_L1, "route"_L1, "model"_L1, "room"_L1, "article"_L1,
            "section"_L1, "rule"_L1, "report"_L1, "resolution"_L1, "document"_L1, "chapter"_L1, "volume"_L1,
            "item"_L1, "paragraph"_L1, "annex"_L1, "clause"_L1, "decree"_L1, "case"_L1, "table"_L1, "figure"_L1};
        for (auto c : counters)
            if (is(i - 1, c))
                return false;
    }
    return true;
}

// Month names that are also ordinary words ("May", "March") or names ("Jan")
// need a date-like neighbour before they count.
bool Run::monthUsable(qsizetype i) const
{
    const Token &t = tok(i);
    if (!t.upper)
        return false;
    const bool abbreviation = t.value < 0;
    const QStringView w = word(i);
    const bool allCaps = w.size() > 1 && w.at(1).isUpper();
    if (allCaps && !isNumber(i + 1) && !(punct(i + 1, u'.') && isNumber(i + 2)))
        return false;
    const bool numberAfter = isNumber(i + 1) || (punct(i + 1, u'.') && isNumber(i + 2))
        || (punct(i + 1, u',') && yearAt(i + 2) > 0);
    if (abbreviation)
        return numberAfter;
    const int m = t.value;
    if (m == 5 || m == 3) {
        if (numberAfter)
            return true;
        static const QLatin1StringView preps[] = {"in"_L1, "since"_L1, "until"_L1, "till"_L1, "by"_L1,
                                                  "from"_L1, "of"_L1, "during"_L1, "through"_L1, "before"_L1,
                                                  "after"_L1, "early"_L1, "late"_L1, "mid"_L1, "last"_L1,
                                                  "next"_L1, "this"_L1, "between"_L1, "to"_L1};
        for (auto p : preps)
            if (is(i - 1, p))
                return true;
        return false;
    }
    return true;
}

// The time zone after a time ending at *last, which then takes it in:
// "UTC", "GMT" (Z); "EST", "CET" (their offsets); "GMT+8", "UTC -5",
// "(GMT +8)" (the offset given). ISO 8601 writes an offset as +08:00.
QString Run::timeZone(qsizetype *last) const
{
    qsizetype k = *last + 1;
    const bool bracket = punct(k, u'(');
    if (bracket)
        ++k;
    if (!lex(k, Lex::Zone))
        return {};
    const QStringView name = word(k);
    if (tok(k).value != 0 && !(name.size() > 1 && name.at(0).isUpper() && name.at(1).isUpper()))
        return {}; // "est" is no zone; "EST" is
    int offset = tok(k).value == 0 ? 0 : tok(k).value - 100;
    qsizetype end = k;
    if (tok(k).value == 0 && (punct(k + 1, u'+') || punct(k + 1, u'-') || punct(k + 1, u'−')) && digitCount(k + 2) >= 1
        && digitCount(k + 2) <= 2 && number(k + 2) <= 14 && !charAt(tok(k + 2).end).isLetterOrNumber()
        && tok(k + 2).start - tok(k).end <= 2) {
        offset = punct(k + 1, u'+') ? number(k + 2) : -number(k + 2);
        end = k + 2;
    }
    if (bracket) {
        if (!punct(end + 1, u')'))
            return {};
        ++end;
    }
    *last = end;
    if (offset == 0)
        return u"Z"_s;
    return (offset > 0 ? u"+"_s : u"-"_s) + pad(qAbs(offset), 2) + u":00"_s;
}

// hh:mm [a.m./p.m.] [UTC|GMT|EST …] [weekday|today], "0800 UTC", "6 p.m."
std::optional<Match> Run::matchTime(qsizetype i)
{
    int hour = -1, minute = 0;
    qsizetype last = i;
    if (digitCount(i) <= 2 && punct(i + 1, u':') && adjacent(i) && adjacent(i + 1) && digitCount(i + 2) == 2) {
        hour = number(i);
        minute = number(i + 2);
        last = i + 2;
    } else if (digitCount(i) == 4 && lex(i + 1, Lex::Zone)) {
        hour = number(i) / 100;
        minute = number(i) % 100;
    } else if (digitCount(i) <= 2 && (is(i + 1, "am"_L1) || is(i + 1, "pm"_L1) || ((is(i + 1, "a"_L1) || is(i + 1, "p"_L1)) && punct(i + 2, u'.') && is(i + 3, "m"_L1)))) {
        hour = number(i);
    } else {
        return std::nullopt;
    }
    if (hour > 24 || minute > 59 || !standaloneNumber(i, i))
        return std::nullopt;
    // a.m. / p.m.
    if (is(last + 1, "am"_L1) || is(last + 1, "pm"_L1)) {
        if (is(last + 1, "pm"_L1) && hour < 12)
            hour += 12;
        ++last;
    } else if ((is(last + 1, "a"_L1) || is(last + 1, "p"_L1)) && punct(last + 2, u'.') && is(last + 3, "m"_L1)) {
        if (is(last + 1, "p"_L1) && hour < 12)
            hour += 12;
        last += 3;
        if (punct(last + 1, u'.'))
            ++last;
    }
    const QString zone = timeZone(&last);
    const QString date = dayOfTime(i, &last);
    Match m{i, last, QStringLiteral("TIME"), date + u'T' + pad(hour, 2) + u':' + pad(minute, 2) + zone, {},
            QStringLiteral("time of day")};
    return m;
}

std::optional<Match> Run::matchNumber(qsizetype i)
{
    const int n = number(i);
    // ISO 8601: 1999-09-14
    if (yearAt(i) > 0 && punct(i + 1, u'-') && adjacent(i) && adjacent(i + 1) && digitCount(i + 2) == 2
        && punct(i + 3, u'-') && adjacent(i + 2) && adjacent(i + 3) && digitCount(i + 4) == 2
        && standaloneNumber(i, i + 4)) {
        const QDate d(n, number(i + 2), number(i + 4));
        if (d.isValid())
            return Match{i, i + 4, QStringLiteral("DATE"), dayValue(d), {}, QStringLiteral("full date (ISO)")};
    }
    // 14.09.1999, 14/09/1999, 09/14/1999
    if (digitCount(i) <= 2 && (punct(i + 1, u'.') || punct(i + 1, u'/') || punct(i + 1, u'-')) && adjacent(i)
        && adjacent(i + 1) && digitCount(i + 2) <= 2 && isNumber(i + 2) && adjacent(i + 2)
        && m_text[tok(i + 3).start] == m_text[tok(i + 1).start] && tok(i + 3).kind == TokenKind::Punct
        && adjacent(i + 3) && yearAt(i + 4) > 0 && standaloneNumber(i, i + 4)) {
        int day = n, month = number(i + 2);
        const bool slash = punct(i + 1, u'/');
        if (month > 12 || (slash && day <= 12 && month <= 12))
            std::swap(day, month); // month first: US order when it is the only reading, or with slashes
        const QDate d(number(i + 4), month, day);
        if (d.isValid())
            return Match{i, i + 4, QStringLiteral("DATE"), dayValue(d), {}, QStringLiteral("full date (numeric)")};
    }
    // 14 September [1999], 14th of September
    {
        qsizetype dayLast = i;
        const int day = dayNumber(i, &dayLast);
        qsizetype mi = dayLast + 1;
        if (day > 0 && lex(mi, Lex::Of))
            ++mi;
        if (day > 0 && lex(mi, Lex::Month) && tok(mi).upper && (tok(mi).value > 0 || punct(mi + 1, u'.') || isNumber(mi + 1))) {
            const int month = qAbs(tok(mi).value);
            qsizetype last = mi;
            if (tok(mi).value < 0 && punct(mi + 1, u'.'))
                ++last;
            qsizetype yi = last + 1;
            if (punct(yi, u','))
                ++yi;
            if (yearAt(yi) > 0 && standaloneNumber(yi, yi)) {
                const QDate d(number(yi), month, day);
                if (d.isValid())
                    return Match{i, yi, QStringLiteral("DATE"), dayValue(d), {}, QStringLiteral("full date")};
            }
            if (QDate(2000, month, day).isValid())
                return Match{i, last, QStringLiteral("DATE"), resolveMonthDay(month, day, tenseAround(i, last)), {},
                             m_dct.isValid() ? QStringLiteral("day and month, year from the article date")
                                             : QStringLiteral("day and month (no article date: year unknown)")};
        }
    }
    // "the 20th century", "21st-century": the century's first two digits
    {
        qsizetype ordLast = i;
        if (n >= 1 && n <= 30 && digitCount(i) <= 2 && adjacent(i) && tok(i + 1).kind == TokenKind::Word
            && (is(i + 1, "st"_L1) || is(i + 1, "nd"_L1) || is(i + 1, "rd"_L1) || is(i + 1, "th"_L1))) {
            ordLast = i + 1;
            qsizetype u = ordLast + 1;
            if (punct(u, u'-') && adjacent(ordLast) && adjacent(u))
                ++u;
            if (lex(u, Lex::Unit) && tok(u).value == Century && !word(u).endsWith(u's')) {
                qsizetype first = i;
                if (lex(first - 1, Lex::The))
                    --first;
                return Match{first, u, QStringLiteral("DATE"), pad(n - 1, 2), {}, QStringLiteral("century")};
            }
        }
    }
    // Q3 2009, H1 2010, Q4 (of the article's year): quarters and halves
    if (adjacent(i - 1) && (is(i - 1, "q"_L1) || is(i - 1, "h"_L1)) && tok(i - 1).upper && digitCount(i) == 1
        && !charAt(tok(i - 1).start - 1).isLetterOrNumber() && !charAt(tok(i).end).isLetterOrNumber()) {
        const bool half = is(i - 1, "h"_L1);
        if (n >= 1 && n <= (half ? 2 : 4)) {
            qsizetype last = i;
            QString year;
            if (yearAt(i + 1) > 0 && standaloneNumber(i + 1, i + 1)) {
                year = QString::number(number(i + 1));
                last = i + 1;
            } else if (m_dct.isValid()) {
                year = pad(resolvePartYear(n, half ? 6 : 3, tenseAround(i - 1, last)), 4);
            } else {
                year = QStringLiteral("XXXX");
            }
            return Match{i - 1, last, QStringLiteral("DATE"), year + (half ? u"-H" : u"-Q") + QString::number(n), {},
                         half ? QStringLiteral("half year") : QStringLiteral("quarter")};
        }
    }
    // 1990s, '90s
    if (adjacent(i) && is(i + 1, "s"_L1) && (digitCount(i) == 4 || (digitCount(i) == 2 && punct(i - 1, u'\'')))
        && n % 10 == 0 && !charAt(tok(i + 1).end).isLetterOrNumber()) {
        const QString v = digitCount(i) == 4 ? QString::number(n / 10) : u"19" + QString::number(n / 10);
        qsizetype first = i;
        if (punct(i - 1, u'\''))
            --first;
        if (lex(first - 1, Lex::Edge))
            --first;
        if (lex(first - 1, Lex::The))
            --first;
        return Match{first, i + 1, QStringLiteral("DATE"), v, {}, QStringLiteral("decade")};
    }
    if (plausibleYear(i)) {
        // 1990-2019 / 1990–2019
        if ((punct(i + 1, u'-') || punct(i + 1, u'–')) && adjacent(i) && adjacent(i + 1) && yearAt(i + 2) > n
            && standaloneNumber(i, i + 2))
            return Match{i, i + 2, QStringLiteral("DATE"), QString::number(n), QString::number(number(i + 2)),
                         QStringLiteral("range of years")};
        // 2018-19, 2024/25, 2024/2025: a season or a financial year that
        // runs into the next year (the second number is that year, whole or
        // its last two digits; anything else is a score or a code).
        if ((punct(i + 1, u'-') || punct(i + 1, u'–') || punct(i + 1, u'/')) && adjacent(i) && adjacent(i + 1)
            && standaloneNumber(i, i + 2)
            && ((digitCount(i + 2) == 2 && number(i + 2) == (n + 1) % 100)
                || (punct(i + 1, u'/') && digitCount(i + 2) == 4 && number(i + 2) == n + 1)))
            return Match{i, i + 2, QStringLiteral("DATE"), QString::number(n), QString::number(n + 1),
                         QStringLiteral("a season or a financial year of two years")};
        if (lex(i + 1, Lex::Season) && !tok(i + 1).upper)
            return std::nullopt;
        return Match{i, i, QStringLiteral("DATE"), QString::number(n), {}, QStringLiteral("year")};
    }
    return matchQuantity(i);
}

// Month [day[,] [year]] | Month year | Month of next year | Month
std::optional<Match> Run::matchMonth(qsizetype i)
{
    if (!monthUsable(i))
        return std::nullopt;
    const int month = qAbs(tok(i).value);
    qsizetype last = i;
    if (tok(i).value < 0 && punct(i + 1, u'.'))
        ++last;
    qsizetype dayLast = last + 1;
    const int day = dayNumber(last + 1, &dayLast);
    if (day > 0 && !(punct(dayLast + 1, u':'))) {
        qsizetype yi = dayLast + 1;
        if (punct(yi, u','))
            ++yi;
        if (yearAt(yi) > 0 && standaloneNumber(yi, yi)) {
            const QDate d(number(yi), month, day);
            if (d.isValid())
                return Match{i, yi, QStringLiteral("DATE"), dayValue(d), {}, QStringLiteral("full date")};
        }
        if (QDate(2000, month, day).isValid())
            return Match{i, dayLast, QStringLiteral("DATE"), resolveMonthDay(month, day, tenseAround(i, dayLast)), {},
                         m_dct.isValid() ? QStringLiteral("month and day, year from the article date")
                                         : QStringLiteral("month and day (no article date: year unknown)")};
    }
    qsizetype yi = last + 1;
    if (punct(yi, u','))
        ++yi;
    if (yearAt(yi) > 0 && standaloneNumber(yi, yi))
        return Match{i, yi, QStringLiteral("DATE"), monthValue(number(yi), month), {}, QStringLiteral("month and year")};
    if (lex(last + 1, Lex::Of) && yearAt(last + 2) > 0)
        return Match{i, last + 2, QStringLiteral("DATE"), monthValue(number(last + 2), month), {},
                     QStringLiteral("month and year")};
    if (lex(last + 1, Lex::Of) && lex(last + 2, Lex::Modifier) && tok(last + 3).lex == Lex::Unit
        && tok(last + 3).value == Year && m_dct.isValid()) {
        const int mod = tok(last + 2).value;
        const int y = m_dct.year() + (mod == Last || mod == Previous ? -1 : mod == Next ? 1 : 0);
        return Match{i, last, QStringLiteral("DATE"), monthValue(y, month), {},
                     QStringLiteral("month of a year relative to the article date")};
    }
    if (tok(i).value < 0)
        return std::nullopt;
    if (tok(i).sentenceStart && !isNumber(i + 1) && !lex(i + 1, Lex::Of))
        return std::nullopt; // "March on" at the start of a sentence is a verb
    const Tense tense = tenseAround(i, last);
    if (const int y = narrativeYear(tense, tok(i).start); y > 0)
        return Match{i, last, QStringLiteral("DATE"), monthValue(y, month), {},
                     QStringLiteral("month, year from the date named last in a narrative")};
    return Match{i, last, QStringLiteral("DATE"), resolveMonth(month, tense),
                 {}, m_dct.isValid() ? QStringLiteral("month, year from the article date and tense")
                                     : QStringLiteral("month (no article date: year unknown)")};
}

std::optional<Match> Run::matchWeekday(qsizetype i)
{
    if (!tok(i).upper)
        return std::nullopt;
    // "Good Friday" the day was matched at "Good"; refused there, it is part
    // of a name ("the Good Friday Agreement").
    if (lex(i - 1, Lex::NamedDay) && tok(i - 1).upper && !tok(i).sentenceStart)
        return std::nullopt;
    const int weekday = tok(i).value;
    // Friday, September 14, 1999: the full date decides.
    qsizetype k = i + 1;
    if (punct(k, u','))
        ++k;
    if (!tok(k).sentenceStart && (lex(k, Lex::Month) || (isNumber(k) && lex(k + 1, Lex::Month)))) {
        if (auto m = lex(k, Lex::Month) ? matchMonth(k) : matchNumber(k); m && m->type == u"DATE") {
            m->first = i;
            return m;
        }
    }
    qsizetype last = i;
    QString part;
    if (lex(i + 1, Lex::PartOfDay)) {
        part = QStringView(partOfDayCode(tok(i + 1).value)).toString();
        last = i + 1;
    }
    if (!m_dct.isValid()) {
        Match m{i, last, part.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"),
                u"XXXX-WXX-" + QString::number(weekday) + part, {},
                QStringLiteral("weekday (no article date)")};
        return m;
    }
    // ("closed until Friday": a state that holds now ends on the next one.)
    const Tense tense = tenseAround(i, last);
    const QDate d = resolveWeekday(weekday, tense, 0);
    QString why = tense == Tense::Future ? QStringLiteral("weekday resolved against the article date (future tense)")
        : tense == Tense::Past           ? QStringLiteral("weekday resolved against the article date (past tense)")
                                         : QStringLiteral("weekday resolved against the article date");
    if (d == m_dct)
        why = QStringLiteral("weekday of the article date");
    Match m{i, last, part.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"), dayValue(d) + part, {}, why};
    return m;
}

std::optional<Match> Run::matchDayRef(qsizetype i)
{
    const int shift = tok(i).value;
    qsizetype first = i;
    if ((is(i - 1, "earlier"_L1) || is(i - 1, "later"_L1)) && shift == 0)
        first = i - 1;
    qsizetype last = i;
    QString part;
    if (shift == 2) {
        part = QStringLiteral("TNI");
    } else if (lex(i + 1, Lex::PartOfDay)) {
        part = QStringView(partOfDayCode(tok(i + 1).value)).toString();
        last = i + 1;
    }
    // "today's Varnel", "today's world": "today" in the sense of
    // "nowadays", the present era rather than the article's day (TIDES 2005
    // and TimeML 1.2.1 give such a "today" the value PRESENT_REF). Told by
    // what it qualifies: a name, or a word for an age or the world at large.
    if (shift == 0 && first == i && (punct(i + 1, u'\'') || punct(i + 1, u'’')) && is(i + 2, "s"_L1)
        && adjacent(i) && adjacent(i + 1) && tok(i + 3).kind == TokenKind::Word && !tok(i + 3).sentenceStart
        && ((tok(i + 3).upper && tok(i + 3).lex == Lex::None) || is(i + 3, "world"_L1) || is(i + 3, "society"_L1)
            || is(i + 3, "generation"_L1) || is(i + 3, "youth"_L1) || is(i + 3, "era"_L1)))
        return Match{i, i, QStringLiteral("DATE"), QStringLiteral("PRESENT_REF"), {}, QStringLiteral("today: the present era")};
    QString v;
    if (m_dct.isValid())
        v = dayValue(m_dct.addDays(shift == 2 ? 0 : shift));
    else
        v = shift == 0 || shift == 2 ? QStringLiteral("PRESENT_REF") : QStringLiteral("XXXX-XX-XX");
    if (!part.isEmpty() && m_dct.isValid())
        v += part;
    Match m{first, last, part.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"), v, {},
            m_dct.isValid() ? QStringLiteral("relative to the article date")
                            : QStringLiteral("relative day (no article date)")};
    return m;
}

// The year named by "last year" / "this year" / "next year" at i, if any.
std::optional<Match> Run::yearRelative(qsizetype i, QString *value) const
{
    if (!lex(i, Lex::Modifier) || !(tok(i + 1).lex == Lex::Unit && tok(i + 1).value == Year))
        return std::nullopt;
    const int mod = tok(i).value;
    if (mod != Last && mod != This && mod != Next)
        return std::nullopt;
    *value = m_dct.isValid() ? QString::number(m_dct.year() + (mod == Last ? -1 : mod == Next ? 1 : 0))
                             : QStringLiteral("XXXX");
    return Match{i, i + 1, QStringLiteral("DATE"), *value, {}, QStringLiteral("year relative to the article date")};
}

std::optional<Match> Run::matchModifier(qsizetype i, bool afterThe)
{
    const int mod = tok(i).value;
    const Token &next = tok(i + 1);
    if (mod == Same && next.lex == Lex::Unit && next.value == Day && afterThe) {
        const Parsed a = anchor(true);
        if (a.day > 0)
            return Match{i, i + 1, QStringLiteral("DATE"), dayValue(QDate(a.year, a.month, a.day)), {},
                         QStringLiteral("the day last mentioned")};
        return std::nullopt;
    }
    // the past nine days, the next two weeks, the last five years
    if ((mod == Past || mod == Last || mod == Next || mod == Coming || mod == Previous)
        && (next.lex == Lex::NumWord || next.kind == TokenKind::Number)) {
        if (auto q = matchQuantity(i + 1); q && q->type == u"DURATION") {
            q->first = i;
            return q;
        }
    }
    // "the coming months", "the past weeks", "the next years": a stretch whose
    // length is not given (the plural counts no units).
    if (next.lex == Lex::Unit && word(i + 1).endsWith(u's') && next.value != Weekend
        && (mod == Past || mod == Last || mod == Next || mod == Coming || mod == Previous || mod == Following)) {
        const int unit = next.value;
        const QString letters = unit == Year ? QStringLiteral("Y")
            : unit == Month                  ? QStringLiteral("M")
            : unit == Week                   ? QStringLiteral("W")
            : unit == Day                    ? QStringLiteral("D")
            : unit == Decade                 ? QStringLiteral("DE")
            : unit == Century                ? QStringLiteral("CE")
            : unit == Hour                   ? QStringLiteral("TXH")
                                             : QString();
        if (letters.isEmpty())
            return std::nullopt;
        return Match{i, i + 1, QStringLiteral("DURATION"), (unit == Hour ? u"P"_s : u"PX"_s) + letters, {},
                     QStringLiteral("duration, amount not given")};
    }
    // "the past" (and not "the past performance"): the guidelines' PAST_REF
    if (mod == Past && afterThe && endsNounPhrase(i))
        return Match{i, i, QStringLiteral("DATE"), QStringLiteral("PAST_REF"), {}, QStringLiteral("the past")};
    // "last night": the night before the article's day
    if (mod == Last && next.lex == Lex::PartOfDay && next.value == 4 && !afterThe) {
        const QString day = m_dct.isValid() ? dayValue(m_dct.addDays(-1)) : QStringLiteral("XXXX-XX-XX");
        return Match{i, i + 1, QStringLiteral("TIME"), day + u"TNI", {}, QStringLiteral("the night before the article's day")};
    }
    if (next.lex == Lex::Unit) {
        const int unit = next.value;
        const bool narrative = afterThe && (mod == Following || mod == Next || mod == Previous);
        if (mod == Past || (afterThe && mod == Last)) {
            const QString code = unit == Year ? QStringLiteral("P1Y")
                : unit == Month               ? QStringLiteral("P1M")
                : unit == Week                ? QStringLiteral("P1W")
                : unit == Decade              ? QStringLiteral("P10Y")
                : unit == Century             ? QStringLiteral("P100Y")
                : unit == Day                 ? QStringLiteral("P1D")
                : unit == Hour                ? QStringLiteral("PT1H")
                                              : QString();
            if (code.isEmpty())
                return std::nullopt;
            return Match{i, i + 1, QStringLiteral("DURATION"), code, {}, QStringLiteral("the period just past")};
        }
        if (narrative || mod == Following) {
            bool fromArticleDate = false;
            const Parsed a = anchor(unit == Day || unit == Week, &fromArticleDate);
            const int step = mod == Previous ? -1 : 1;
            if (a.year == 0 || laterThanTheReport(fromArticleDate, step, i, i + 1))
                return Match{i, i + 1, QStringLiteral("DATE"), QStringLiteral("XXXX"), {},
                             QStringLiteral("relative to a date not given")};
            if (unit == Year)
                return Match{i, i + 1, QStringLiteral("DATE"), QString::number(a.year + step), {},
                             QStringLiteral("year after/before the date last mentioned")};
            if (unit == Day && a.day > 0)
                return Match{i, i + 1, QStringLiteral("DATE"), dayValue(QDate(a.year, a.month, a.day).addDays(step)),
                             {}, QStringLiteral("day after/before the date last mentioned")};
            if (unit == Week && a.day > 0)
                return Match{i, i + 1, QStringLiteral("DATE"), weekValue(QDate(a.year, a.month, a.day).addDays(7 * step)),
                             {}, QStringLiteral("week after/before the date last mentioned")};
            if (unit == Month && a.month > 0) {
                const QDate d = QDate(a.year, a.month, 1).addMonths(step);
                return Match{i, i + 1, QStringLiteral("DATE"), monthValue(d.year(), d.month()), {},
                             QStringLiteral("month after/before the date last mentioned")};
            }
            return std::nullopt;
        }
        if (mod != Last && mod != This && mod != Next && mod != Coming && mod != Current && mod != Previous)
            return std::nullopt;
        const int step = (mod == Last || mod == Previous) ? -1 : (mod == Next || mod == Coming) ? 1 : 0;
        if (!m_dct.isValid()) {
            const QString v = step < 0 ? QStringLiteral("PAST_REF") : step > 0 ? QStringLiteral("FUTURE_REF")
                                                                               : QStringLiteral("PRESENT_REF");
            return Match{i, i + 1, QStringLiteral("DATE"), v, {}, QStringLiteral("relative (no article date)")};
        }
        QString v;
        switch (unit) {
        case Day:
            v = dayValue(m_dct.addDays(step));
            break;
        case Week:
            v = weekValue(m_dct.addDays(7 * step));
            break;
        case Weekend:
            v = weekValue(m_dct.addDays(7 * step)) + u"-WE";
            break;
        case Month: {
            const QDate d = m_dct.addMonths(step);
            v = monthValue(d.year(), d.month());
            break;
        }
        case Quarter: {
            int q = (m_dct.month() - 1) / 3 + step, y = m_dct.year();
            if (q < 0) {
                q = 3;
                --y;
            } else if (q > 3) {
                q = 0;
                ++y;
            }
            v = pad(y, 4) + u"-Q" + QString::number(q + 1);
            break;
        }
        case Year:
            v = QString::number(m_dct.year() + step);
            break;
        case Decade:
            v = QString::number((m_dct.year() + 10 * step) / 10);
            break;
        default:
            return std::nullopt;
        }
        return Match{i, i + 1, QStringLiteral("DATE"), v, {}, QStringLiteral("relative to the article date")};
    }
    if (next.lex == Lex::Weekday && m_dct.isValid() && (mod == Last || mod == Next || mod == This || mod == Coming)) {
        const int shift = mod == Last ? -1 : (mod == Next || mod == Coming) ? 1 : 0;
        const QDate d = resolveWeekday(next.value, tenseAround(i, i + 1), shift);
        return Match{i, i + 1, QStringLiteral("DATE"), dayValue(d), {}, QStringLiteral("weekday relative to the article date")};
    }
    if (next.lex == Lex::Month && next.value > 0 && next.upper && m_dct.isValid() && (mod == Last || mod == Next || mod == This)) {
        const Tense t = mod == Last ? Tense::Past : mod == Next ? Tense::Future : tenseAround(i, i + 1);
        QString v = resolveMonth(next.value, t);
        if (mod != This && v == monthValue(m_dct.year(), m_dct.month()))
            v = monthValue(m_dct.year() + (mod == Last ? -1 : 1), next.value);
        return Match{i, i + 1, QStringLiteral("DATE"), v, {}, QStringLiteral("month relative to the article date")};
    }
    if (next.lex == Lex::Season && (mod == Last || mod == Next || mod == This)) {
        const int shift = mod == Last ? -1 : mod == Next ? 1 : 0;
        return Match{i, i + 1, QStringLiteral("DATE"), resolveSeason(next.value, tenseAround(i, i + 1), shift), {},
                     QStringLiteral("season relative to the article date")};
    }
    if (next.lex == Lex::PartOfDay && mod == This) {
        const QString part = QStringView(partOfDayCode(next.value)).toString();
        return Match{i, i + 1, QStringLiteral("TIME"),
                     (m_dct.isValid() ? dayValue(m_dct) : QStringLiteral("XXXX-XX-XX")) + part, {},
                     QStringLiteral("part of the article's day")};
    }
    return std::nullopt;
}

std::optional<Match> Run::matchThe(qsizetype i)
{
    const Token &next = tok(i + 1);
    auto withThe = [i](std::optional<Match> m) {
        if (m)
            m->first = i;
        return m;
    };
    // "the nineteenth century", "the first Monday of March", "the last week of May"
    if (next.lex == Lex::Ordinal || (next.lex == Lex::Modifier && next.value == Last)
        || (next.lex == Lex::Unit && next.value == Second) || (next.lex == Lex::NumWord && next.value >= 20)) {
        if (auto m = matchOrdinal(i + 1, true))
            return m;
    }
    if (next.lex == Lex::Modifier)
        return withThe(matchModifier(i + 1, true));
    // the first quarter [of 2009 | of last year], the second half of 2009
    const bool ordinal = next.lex == Lex::Ordinal || (next.lex == Lex::Unit && next.value == Second)
        || lex(i + 1, Lex::Modifier);
    if (ordinal && (is(i + 2, "quarter"_L1) || is(i + 2, "half"_L1))) {
        const int n = next.lex == Lex::Ordinal ? (next.value == 9 ? 4 : next.value) : 2;
        const bool half = is(i + 2, "half"_L1);
        if ((half && n > 2) || n > 4)
            return std::nullopt;
        qsizetype last = i + 2;
        QString year;
        if (lex(i + 3, Lex::Of) && yearAt(i + 4) > 0) {
            year = QString::number(number(i + 4));
            last = i + 4;
        } else if (lex(i + 3, Lex::Of) && lex(i + 4, Lex::Fiscal)) {
            // "the first quarter of fiscal 2009": FY2009-Q1
            const std::optional<Match> fiscal = matchFiscal(i + 4);
            if (!fiscal)
                return std::nullopt;
            year = fiscal->value;
            last = fiscal->last;
        } else if (lex(i + 3, Lex::Of) && yearRelative(i + 4, &year)) {
            last = i + 5;
        } else if (lex(i + 3, Lex::Of) && lex(i + 4, Lex::The) && is(i + 5, "year"_L1)) {
            const Parsed a = anchor(false);
            year = a.year > 0 ? QString::number(a.year) : QStringLiteral("XXXX");
            last = i + 5;
        } else {
            const int y = resolvePartYear(n, half ? 6 : 3, tenseAround(i, last));
            year = y > 0 ? pad(y, 4) : QStringLiteral("XXXX");
        }
        return Match{i, last, QStringLiteral("DATE"), year + (half ? u"-H" : u"-Q") + QString::number(n), {},
                     half ? QStringLiteral("half year") : QStringLiteral("quarter")};
    }
    if (next.kind == TokenKind::Number)
        return std::nullopt; // "the 1990s" is found at the number
    if (next.lex == Lex::Edge)
        return withThe(matchEdge(i + 1));
    if (next.lex == Lex::Season)
        return withThe(matchSeason(i + 1));
    if (next.lex == Lex::Unit && next.value == Weekend && m_dct.isValid()) {
        const int wd = m_dct.dayOfWeek();
        const Tense t = tenseAround(i, i + 1);
        QDate d = m_dct;
        if (wd < 6)
            d = t == Tense::Future ? m_dct.addDays(6 - wd) : m_dct.addDays(-wd);
        return Match{i, i + 1, QStringLiteral("DATE"), weekValue(d) + u"-WE", {}, QStringLiteral("weekend")};
    }
    // "the day before", "the year after", "the week earlier" closing a
    // phrase: one unit before or after the date named last (an anaphoric
    // date of TimeML 1.2.1, anchored to the time the text last named; with
    // an event after it, "the day before the vote", the words relate the
    // day to that event and are no date of their own).
    if (next.lex == Lex::Unit && !word(i + 1).endsWith(u's') && lex(i + 2, Lex::Relation)
        && (tok(i + 3).kind == TokenKind::Punct || tok(i + 3).sentenceStart || i + 3 >= count())) {
        const int unit = next.value;
        const int step = tok(i + 2).value > 0 ? 1 : -1;
        const Parsed a = anchor(unit == Day || unit == Week);
        QString v;
        if (unit == Year && a.year > 0)
            v = pad(a.year + step, 4);
        else if (unit == Month && a.month > 0) {
            const QDate d = QDate(a.year, a.month, 1).addMonths(step);
            v = monthValue(d.year(), d.month());
        } else if (unit == Week && a.day > 0)
            v = weekValue(QDate(a.year, a.month, a.day).addDays(7 * step));
        else if (unit == Day && a.day > 0)
            v = dayValue(QDate(a.year, a.month, a.day).addDays(step));
        if (v.isEmpty())
            return std::nullopt;
        return Match{i, i + 2, QStringLiteral("DATE"), v, {}, QStringLiteral("a unit after/before the date last mentioned")};
    }
    // "in the year", "for the quarter", "during the week", "the end of the
    // month": the period of that unit holding the date named last, or the
    // article date (TimeML 1.2.1: "the year" anchored to its reference
    // time). Not "the year to March" or "the year ended June 30", periods
    // that end on the date named, nor "Player of the Year", a title.
    if (next.lex == Lex::Unit && !next.upper && !word(i + 1).endsWith(u's')
        && (next.value == Year || next.value == Quarter || next.value == Month || next.value == Week)) {
        // After "of", only a part or a stretch of time makes it one: "the
        // end of the year", "most of the month", "the hottest day of the
        // year"; "player of the year", "employee of the month" are titles.
        const auto partOfTime = [this](qsizetype k) {
            static constexpr QLatin1StringView parts[] = {
                "end"_L1,     "start"_L1,   "beginning"_L1, "middle"_L1,  "rest"_L1,    "remainder"_L1, "half"_L1,
                "part"_L1,    "parts"_L1,   "course"_L1,    "balance"_L1, "bulk"_L1,    "most"_L1,      "much"_L1,
                "all"_L1,     "some"_L1,    "majority"_L1,  "portion"_L1, "close"_L1,   "turn"_L1,      "time"_L1,
                "period"_L1,  "session"_L1, "season"_L1,    "spring"_L1,  "summer"_L1,  "autumn"_L1,    "fall"_L1,
                "winter"_L1,  "weekend"_L1, "weekends"_L1};
            if (lex(k, Lex::Unit) || lex(k, Lex::Month) || lex(k, Lex::Weekday))
                return true; // "the first quarter of the year", "the last day of the month", "March of that year"
            return std::any_of(std::begin(parts), std::end(parts), [&](QLatin1StringView p) { return is(k, p); });
        };
        const bool preposition = is(i - 1, "in"_L1) || is(i - 1, "during"_L1) || is(i - 1, "for"_L1)
            || is(i - 1, "throughout"_L1) || is(i - 1, "through"_L1) || is(i - 1, "over"_L1)
            || (lex(i - 1, Lex::Of) && partOfTime(i - 2)) || is(i - 1, "until"_L1) || is(i - 1, "till"_L1);
        const bool periodEnds = lex(i + 2, Lex::Of) || lex(i + 2, Lex::Relation) || is(i + 2, "to"_L1)
            || is(i + 2, "ended"_L1) || is(i + 2, "ending"_L1) || is(i + 2, "through"_L1) || lex(i + 2, Lex::Ago)
            || isNumber(i + 2) || lex(i + 2, Lex::Month) || is(i + 2, "before"_L1) || is(i + 2, "after"_L1);
        if (preposition && !periodEnds) {
            const QString v = periodNamedLast(next.value, tenseAround(i, i + 1));
            if (!v.isEmpty())
                return Match{i, i + 1, QStringLiteral("DATE"), v, {}, QStringLiteral("the period named last")};
        }
    }
    // "ended the day", "late in the day": the day last mentioned
    if (next.lex == Lex::Unit && next.value == Day && !lex(i + 2, Lex::Relation) && !lex(i + 2, Lex::Of)) {
        const QStringView before = word(i - 1);
        const bool closing = before.startsWith(u"end"_s, Qt::CaseInsensitive) || before.startsWith(u"clos"_s, Qt::CaseInsensitive)
            || before.startsWith(u"finish"_s, Qt::CaseInsensitive) || wordIs(before, "in"_L1) || wordIs(before, "during"_L1);
        const Parsed a = anchor(true);
        if (closing && a.day > 0)
            return Match{i, i + 1, QStringLiteral("DATE"), dayValue(QDate(a.year, a.month, a.day)), {},
                         QStringLiteral("the day last mentioned")};
    }
    return std::nullopt;
}

// early 2009, mid-1990s, late September, the end of last year
std::optional<Match> Run::matchEdge(qsizetype i)
{
    // "late in the day", "early in the year": a part of the period named
    // last (the article's, when none was).
    if ((tok(i).value == Early || tok(i).value == Late) && is(i + 1, "in"_L1) && lex(i + 2, Lex::The)
        && lex(i + 3, Lex::Unit) && !word(i + 3).endsWith(u's') && !lex(i + 4, Lex::Of)) {
        const int unit = tok(i + 3).value;
        const Parsed a = anchor(unit == Day || unit == Week);
        QString v;
        if (unit == Day && a.day > 0)
            v = dayValue(QDate(a.year, a.month, a.day));
        else if (unit == Week && a.day > 0)
            v = weekValue(QDate(a.year, a.month, a.day));
        else if (unit == Month && a.month > 0)
            v = monthValue(a.year, a.month);
        else if (unit == Year && a.year > 0)
            v = pad(a.year, 4);
        if (!v.isEmpty())
            return Match{i, i + 3, QStringLiteral("DATE"), v, {}, QStringLiteral("part of the period last named")};
    }
    qsizetype k = i + 1;
    if (punct(k, u'-') && adjacent(i))
        ++k;
    if (lex(k, Lex::Of))
        ++k;
    if (lex(k, Lex::The) && !lex(k + 1, Lex::Modifier) && !lex(k + 1, Lex::Unit))
        ++k;
    std::optional<Match> inner;
    if (isNumber(k))
        inner = matchNumber(k);
    else if (lex(k, Lex::Month))
        inner = matchMonth(k);
    else if (lex(k, Lex::Season))
        inner = matchSeason(k);
    else if (lex(k, Lex::Modifier))
        inner = matchModifier(k, false);
    else if (lex(k, Lex::The))
        inner = matchThe(k);
    else if (lex(k, Lex::Ordinal))
        inner = matchOrdinal(k, false);
    if (!inner || inner->type != u"DATE" || inner->first != k)
        return std::nullopt;
    // Bare "end" or "start" must be followed by "of": "start 2009" is not a date.
    const int edge = tok(i).value;
    if ((edge == End || edge == Start || edge == Beginning || edge == Middle) && !lex(i + 1, Lex::Of))
        return std::nullopt;
    inner->first = i;
    inner->why = QStringLiteral("part of ") + inner->why;
    return inner;
}

std::optional<Match> Run::matchSeason(qsizetype i)
{
    const int season = tok(i).value;
    qsizetype last = i;
    int year = 0;
    if (yearAt(i + 1) > 0 && standaloneNumber(i + 1, i + 1)) {
        year = number(i + 1);
        last = i + 1;
    } else if (lex(i + 1, Lex::Of) && yearAt(i + 2) > 0) {
        year = number(i + 2);
        last = i + 2;
    } else {
        // Without a year, a season needs a cue: "in spring", "the autumn", "Autumn meetings".
        const bool fall = wordIs(word(i), "fall"_L1);
        const bool cue = is(i - 1, "in"_L1) || is(i - 1, "during"_L1) || is(i - 1, "since"_L1) || is(i - 1, "by"_L1)
            || is(i - 1, "until"_L1) || lex(i - 1, Lex::The) || lex(i - 1, Lex::Edge);
        if (!(cue || (!fall && (tok(i).upper || tok(i).sentenceStart))))
            return std::nullopt;
        if (fall && !lex(i - 1, Lex::The))
            return std::nullopt;
        return Match{i, last, QStringLiteral("DATE"), resolveSeason(season, tenseAround(i, last), 0), {},
                     QStringLiteral("season, year from the article date and tense")};
    }
    return Match{i, last, QStringLiteral("DATE"), resolveSeason(season, year), {}, QStringLiteral("season")};
}

} // namespace Annalist::Temporal::Detail
