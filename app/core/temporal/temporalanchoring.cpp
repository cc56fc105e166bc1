// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/temporaltaggerrun.h"

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

// The tense of the clause around tokens first..last: the nearest tense cue
// decides, a cue before the expression weighing a little more.
Tense Run::tenseAround(qsizetype first, qsizetype last) const
{
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
    Tense best = Tense::Unknown;
    qsizetype bestDistance = 1 << 30;
    for (qsizetype k = begin; k < end; ++k) {
        if (k >= first && k <= last)
            continue;
        const Token &tk = m_t[k];
        if (tk.kind != TokenKind::Word)
            continue;
        Tense t = Tense::Unknown;
        switch (tk.cue) {
        case Cue::PastFinite:
            t = Tense::Past;
            break;
        case Cue::Past:
        case Cue::PastEd: {
            // A participle takes the tense of its auxiliaries: "will be held",
            // "may be signed", "is expected", "has been approved". After a
            // linking verb it is an adjective and tells no tense: "to remain
            // closed", "stay shut" (the linking verb tells it, if anything).
            t = Tense::Past;
            if (is(k - 1, "remain"_L1) || is(k - 1, "remains"_L1) || is(k - 1, "stay"_L1) || is(k - 1, "stays"_L1))
                continue;
            for (qsizetype b = k - 1; b >= begin && b >= k - 3; --b) {
                if (is(b, "be"_L1) || is(b, "not"_L1) || word(b).endsWith(u"ly"))
                    continue;
                if ((m_t[b].cue == Cue::Future && m_t[b].verb) || m_t[b].cue == Cue::Modal)
                    t = Tense::Future;
                else if (m_t[b].cue == Cue::Present)
                    t = Tense::Present;
                break;
            }
            break;
        }
        case Cue::Future:
            t = Tense::Future;
            break;
        case Cue::Present:
            t = Tense::Present;
            break;
        default:
            // "going to", "set to", "due to", "plan to" + verb
            // ("to" first: most words are followed by something else.)
            if (is(k + 1, "to"_L1) && (is(k, "going"_L1) || is(k, "set"_L1) || is(k, "due"_L1) || is(k, "plan"_L1))
                && !lex(k + 2, Lex::The))
                t = Tense::Future;
            else
                continue;
        }
        const qsizetype distance = k < first ? first - k : k - last;
        const qsizetype weighted = k < first ? distance * 2 : distance * 2 + 1;
        if (weighted < bestDistance) {
            bestDistance = weighted;
            best = t;
        }
    }
    return best;
}

// The last absolute date mentioned before, for narrative expressions such as
// "five years later" or "the following year". With none, the article date.
Parsed Run::anchor(bool dayLevel) const
{
    for (qsizetype k = m_out.size() - 1; k >= 0; --k) {
        const Timex &t = m_out[k];
        if (t.type != u"DATE" && t.type != u"TIME")
            continue;
        const Parsed p = parseValue(t.value);
        if (p.year > 0 && (!dayLevel || p.day > 0))
            return p;
    }
    if (m_dct.isValid())
        return Parsed{m_dct.year(), m_dct.month(), m_dct.day()};
    return {};
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

} // namespace Annalist::Temporal::Detail
