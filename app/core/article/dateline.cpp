// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/dateline.h"

#include "article/datevalue.h"

#include <QStringList>

namespace Annalist {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxWordsPerName = 5;
constexpr qsizetype maxNames = 3;

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'\u2015';
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c == u'\'' || c == u'\u2019' || c == u'-' || c == u'.';
}

struct Cursor {
    QStringView s;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= s.size(); }
    QChar peek(qsizetype ahead = 0) const { return pos + ahead < s.size() ? s[pos + ahead] : QChar(); }
};

// A capitalised word ("Dravenia", "NEW", "St.", "Al-Quds"): its end, or -1.
qsizetype capitalisedWord(QStringView s, qsizetype pos)
{
    if (pos >= s.size() || !s[pos].isUpper())
        return -1;
    qsizetype e = pos + 1;
    while (e < s.size() && isWordChar(s[e]))
        ++e;
    // A trailing full stop belongs to the word only in "St." and the like,
    // which a capitalised word follows; leave it for the caller otherwise.
    if (s[e - 1] == u'.' && !(e + 1 < s.size() && s[e] == u' ' && s[e + 1].isUpper()))
        --e;
    return e;
}

// A word that joins the parts of a place's name ("of", "de", "del", "la"),
// all in capitals when the name is (allCaps), in lower case otherwise, and
// followed by a space: its end, or -1.
qsizetype joiningWord(QStringView s, qsizetype pos, bool allCaps)
{
    static const QStringList joining = {u"of"_s, u"the"_s, u"de"_s, u"del"_s, u"la"_s, u"las"_s, u"los"_s,
                                        u"da"_s, u"das"_s,  u"do"_s, u"dos"_s,  u"di"_s, u"du"_s,  u"des"_s,
                                        u"el"_s, u"al"_s,   u"an"_s, u"am"_s,   u"on"_s, u"upon"_s};
    qsizetype e = pos;
    while (e < s.size() && s[e].isLetter() && (allCaps ? s[e].isUpper() : s[e].isLower()))
        ++e;
    if (e == pos || e >= s.size() || s[e] != u' ')
        return -1;
    return joining.contains(s.mid(pos, e - pos).toString().toLower()) ? e : -1;
}

// One name of up to five words, capitalised or joining ones: its end, or -1. allCaps tells
// whether every letter was a capital.
qsizetype placeName(QStringView s, qsizetype pos, bool &allCaps)
{
    allCaps = true;
    qsizetype e = capitalisedWord(s, pos);
    if (e < 0)
        return -1;
    qsizetype words = 1;
    auto checkCaps = [&](qsizetype b, qsizetype end) {
        for (qsizetype i = b; i < end; ++i)
            if (s[i].isLower())
                allCaps = false;
    };
    checkCaps(pos, e);
    while (words < maxWordsPerName && e + 1 < s.size() && s[e] == u' ') {
        qsizetype start = e + 1;
        // A short word that joins the parts of a place's name, written in the
        // name's own case: "Republic of Korea", "Valle del Cauca", "Santa
        // Cruz de Tenerife", "REPUBLIC OF KORIVA". It belongs to the name
        // only when a capitalised word follows it.
        if (const qsizetype joinEnd = joiningWord(s, start, allCaps); joinEnd > 0) {
            const qsizetype after = capitalisedWord(s, joinEnd + 1);
            if (after < 0 || words + 2 > maxWordsPerName)
                break;
            start = joinEnd + 1;
            ++words;
        }
        const qsizetype next = capitalisedWord(s, start);
        if (next < 0 || monthFromName(s.mid(start, next - start).chopped(s[next - 1] == u'.' ? 1 : 0)) != 0)
            break;
        // In a title-case name, a capitalised word begins the body, not the
        // name, unless the name is in capitals too.
        const bool wasCaps = allCaps;
        bool nextCaps = true;
        for (qsizetype i = start; i < next; ++i)
            if (s[i].isLower())
                nextCaps = false;
        if (wasCaps != nextCaps)
            break;
        e = next;
        ++words;
    }
    return e;
}

void skipSpaces(Cursor &c)
{
    while (!c.atEnd() && (c.peek() == u' ' || c.peek() == u'\u00A0'))
        ++c.pos;
}

// Up to limit ASCII digits as a number; count says how many were read.
int readNumber(Cursor &c, int limit, int *count)
{
    int value = 0;
    *count = 0;
    while (!c.atEnd() && c.peek().isDigit() && c.peek().unicode() < 0x80 && *count < limit) {
        value = value * 10 + (c.peek().unicode() - u'0');
        ++c.pos;
        ++*count;
    }
    return value;
}

// A day of the month: one or two digits, 1 to 31 (a third digit refuses it).
int readDay(Cursor &c)
{
    int digits = 0;
    const int day = readNumber(c, 3, &digits);
    return digits >= 1 && digits <= 2 && day >= 1 && day <= 31 ? day : 0;
}

// A month's name or abbreviation, with an optional full stop; 0 if none.
int readMonth(Cursor &c)
{
    Cursor t = c;
    const qsizetype b = t.pos;
    while (!t.atEnd() && t.peek().isLetter())
        ++t.pos;
    const int month = monthFromName(t.s.mid(b, t.pos - b));
    if (month == 0)
        return 0;
    if (t.peek() == u'.')
        ++t.pos;
    c = t;
    return month;
}

// An optional four-digit year after the day, taken only when complete.
void optionalYear(Cursor &t, Dateline &d, bool commaRequired)
{
    Cursor y = t;
    if (y.peek() == u',')
        ++y.pos;
    else if (commaRequired)
        return;
    if (!commaRequired && y.peek() != u' ')
        return;
    skipSpaces(y);
    int digits = 0;
    const int year = readNumber(y, 5, &digits);
    if (digits == 4) {
        d.year = year;
        t = y;
    }
}

// "9 September", "9 Sept.", optionally " 2025" or ", 2025": the order
// of most of the world's English-language papers.
bool dayMonth(Cursor &c, Dateline &d)
{
    Cursor t = c;
    const int day = readDay(t);
    if (day == 0 || t.peek() != u' ')
        return false;
    skipSpaces(t);
    const int month = readMonth(t);
    if (month == 0)
        return false;
    d.month = month;
    d.day = day;
    optionalYear(t, d, false);
    c = t;
    return true;
}

// "September 9", "Sept. 9", "Sept.9", optionally ", 2025"; or day first.
bool monthDay(Cursor &c, Dateline &d)
{
    if (!c.atEnd() && c.peek().isDigit())
        return dayMonth(c, d);
    Cursor t = c;
    const int month = readMonth(t);
    if (month == 0)
        return false;
    skipSpaces(t);
    const int day = readDay(t);
    if (day == 0)
        return false;
    d.month = month;
    d.day = day;
    optionalYear(t, d, true);
    c = t;
    return true;
}

// "(Reuters)", "(AP)", "/Norpress/": a short bracketed agency name.
bool agency(Cursor &c, Dateline &d)
{
    Cursor t = c;
    skipSpaces(t);
    const QChar open = t.peek();
    if (open != u'(' && open != u'/')
        return false;
    const QChar close = open == u'(' ? u')' : u'/';
    const qsizetype b = ++t.pos;
    while (!t.atEnd() && t.peek() != close && t.pos - b < 40 && t.peek() != u'\n')
        ++t.pos;
    if (t.peek() != close || t.pos == b || !t.s[b].isUpper())
        return false;
    d.agency = t.s.mid(b, t.pos - b).trimmed().toString();
    ++t.pos;
    c = t;
    return true;
}

// A closing " —", " - ", " --", ":" or "." followed by the body.
bool terminator(Cursor &c, bool allowStop)
{
    Cursor t = c;
    if (allowStop && (t.peek() == u'.' || t.peek() == u':')) {
        ++t.pos;
    } else {
        skipSpaces(t);
        if (!isDash(t.peek()))
            return false;
        while (isDash(t.peek()))
            ++t.pos;
    }
    // The body must follow after white space.
    if (!t.atEnd() && !t.peek().isSpace())
        return false;
    Cursor body = t;
    skipSpaces(body);
    if (body.atEnd() || body.peek() == u'\n')
        return false;
    c = t;
    return true;
}

// Where the body starts after the text's first line, when that line is
// at most longestLine characters long and accept(line, trimmed) takes it;
// 0 otherwise.
template<typename Accept>
qsizetype afterFirstLine(QStringView text, qsizetype longestLine, Accept accept)
{
    const qsizetype lineEnd = text.left(longestLine + 1).indexOf(u'\n');
    if (lineEnd < 0 || !accept(text.left(lineEnd).trimmed()))
        return 0;
    qsizetype body = lineEnd;
    while (body < text.size() && text[body].isSpace())
        ++body;
    return body < text.size() ? body : 0;
}

// A byline that opens the text on a line of its own ("By Kari Lund",
// "By Kari Lund and Per Dahl, Staff Writers"): where the body after it
// starts, or 0 when the text opens otherwise. (Not a line that ends as a
// sentence does: "By March the plant had closed.")
qsizetype afterByline(QStringView text)
{
    return afterFirstLine(text, 120, [](QStringView line) {
        return !line.endsWith(u'.') && !line.endsWith(u'!') && !line.endsWith(u'?') && isBylineText(line);
    });
}

// A first line that is only a date ("Monday, June 15, 2026", what the
// loader dates the article by): where the body after it starts, or 0.
qsizetype afterDateLine(QStringView text)
{
    return afterFirstLine(text, 40, [](QStringView line) { return parseDateValue(line).isValid(); });
}

Dateline findDatelineAtStart(QStringView text)
{
    Dateline d;
    Cursor c{text.left(std::min<qsizetype>(text.size(), 300)), 0};
    bool firstCaps = false;
    qsizetype placeEnd = placeName(c.s, 0, firstCaps);
    if (placeEnd < 0)
        return {};
    c.pos = placeEnd;
    for (qsizetype names = 1;; ++names) {
        // A month-day after a comma.
        if (c.peek() == u',' && c.peek(1) == u' ') {
            Cursor t = c;
            t.pos += 2;
            Dateline found;
            if (monthDay(t, found)) {
                agency(t, found);
                if (terminator(t, true) || (firstCaps && !found.agency.isEmpty() && terminator(t, false))) {
                    found.place = text.left(placeEnd).toString();
                    found.range = {0, t.pos};
                    return found;
                }
                return {};
            }
        }
        if (firstCaps) {
            Cursor t = c;
            Dateline found;
            const bool hasAgency = agency(t, found);
            if (terminator(t, false) || (hasAgency && terminator(t, true))) {
                found.place = text.left(placeEnd).toString();
                found.range = {0, t.pos};
                return found;
            }
        }
        if (names == maxNames || c.peek() != u',' || c.peek(1) != u' ')
            return {};
        bool caps = false;
        const qsizetype e = placeName(c.s, c.pos + 2, caps);
        if (e < 0)
            return {};
        placeEnd = e;
        c.pos = e;
    }
}

} // namespace

bool isBylineText(QStringView text)
{
    constexpr qsizetype longestByline = 160;
    if (text.size() > longestByline || text.size() < 5 || !text.startsWith(u"by ", Qt::CaseInsensitive)
        || !text[3].isUpper())
        return false;
    qsizetype wordEnd = 3;
    while (wordEnd < text.size() && text[wordEnd].isLetter())
        ++wordEnd;
    const QStringView first = text.mid(3, wordEnd - 3);
    static const QStringList weekdays = {u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s,
                                         u"friday"_s, u"saturday"_s, u"sunday"_s};
    if (monthFromName(first) != 0 || weekdays.contains(first.toString().toLower()))
        return false; // "By March, …", "By Monday, …": a deadline in a statement
    static const QStringList joining = {u"and"_s, u"of"_s, u"the"_s, u"in"_s, u"for"_s, u"at"_s, u"on"_s,
                                        u"am"_s,  u"pm"_s, u"de"_s,  u"van"_s, u"von"_s, u"da"_s, u"der"_s,
                                        u"updated"_s, u"published"_s, u"posted"_s};
    int lowercase = 0;
    for (qsizetype i = 3; i < text.size();) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        qsizetype e = i;
        while (e < text.size() && text[e].isLetter())
            ++e;
        const QStringView w = text.mid(i, e - i);
        if (w[0].isLower() && !joining.contains(w))
            ++lowercase;
        i = e;
    }
    return lowercase <= 1;
}

Dateline findDateline(QStringView text)
{
    // At the start, or after a byline or a line that is only the date, each
    // on a line of its own: "By Kari Lund\n\nVELMORA, March 3 - …",
    // "Monday, June 15, 2026\n\nVELMORA — …".
    qsizetype body = 0;
    for (int lines = 0; lines < 3; ++lines) {
        Dateline d = findDatelineAtStart(text.mid(body));
        if (d.isValid()) {
            d.range = {d.range.start + body, d.range.end + body};
            return d;
        }
        const QStringView rest = text.mid(body);
        qsizetype next = afterByline(rest);
        if (next == 0)
            next = afterDateLine(rest);
        if (next == 0)
            break;
        body += next;
    }
    return {};
}

} // namespace Annalist
