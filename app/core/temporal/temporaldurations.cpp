// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/temporaltaggerrun.h"

namespace Annalist::Temporal::Detail {

using namespace Qt::StringLiterals;

// A count at i: digits ("33", "2.5"), a number word ("seven", "twenty-five",
// "two and a half", "a"); *last is its last token. -1 when not a count; -2 for
// a vague one ("several").
double Run::quantity(qsizetype i, qsizetype *last) const
{
    if (isNumber(i)) {
        if (!standaloneNumber(i, i)) {
            // 2.5
            if (punct(i + 1, u'.') && adjacent(i) && adjacent(i + 1) && isNumber(i + 2) && !charAt(tok(i - 1).end).isDigit()
                && standaloneNumber(i, i + 2)) {
                *last = i + 2;
                return QString(word(i).toString() + u'.' + word(i + 2)).toDouble();
            }
            // "12-hour": the hyphen touches, which standaloneNumber does not mind
            return -1;
        }
        *last = i;
        return number(i);
    }
    if (!lex(i, Lex::NumWord))
        return -1;
    double v = tok(i).value;
    qsizetype l = i;
    if (v < 0) {
        *last = i;
        return -2;
    }
    if (v >= 20 && v < 100 && punct(i + 1, u'-') && adjacent(i) && adjacent(i + 1) && lex(i + 2, Lex::NumWord)
        && tok(i + 2).value < 10 && tok(i + 2).value > 0) {
        v += tok(i + 2).value;
        l = i + 2;
    }
    if (lex(l + 1, Lex::And) && is(l + 2, "a"_L1) && is(l + 3, "half"_L1)) {
        v += 0.5;
        l += 3;
    }
    *last = l;
    return v;
}

std::optional<Match> Run::matchQuantity(qsizetype i)
{
    qsizetype last = i;
    const double amount = quantity(i, &last);
    if (amount == -1)
        return std::nullopt;
    qsizetype u = last + 1;
    if (punct(u, u'-') && adjacent(last) && adjacent(u))
        ++u;
    // "five trading days", "three business days"
    if (!lex(u, Lex::Unit) && (is(u, "trading"_L1) || is(u, "business"_L1) || is(u, "working"_L1)) && lex(u + 1, Lex::Unit))
        ++u;
    // "three times a year", "two times per week": a SET with its frequency
    if (is(u, "times"_L1) && amount > 0 && amount == int(amount)
        && (is(u + 1, "a"_L1) || is(u + 1, "an"_L1) || is(u + 1, "per"_L1) || lex(u + 1, Lex::Every))
        && lex(u + 2, Lex::Unit) && !word(u + 2).endsWith(u's')) {
        const QString v = periodValue(1, tok(u + 2).value);
        if (v.isEmpty())
            return std::nullopt;
        Match m{i, u + 2, QStringLiteral("SET"), v, {}, QStringLiteral("recurring, so often a period")};
        m.freq = QString::number(int(amount)) + u'X';
        if (lex(u + 1, Lex::Every))
            m.quant = QStringLiteral("EVERY");
        return m;
    }
    if (!lex(u, Lex::Unit))
        return std::nullopt;
    return durationFrom(i, amount, u, i);
}

std::optional<Match> Run::durationFrom(qsizetype i, double amount, qsizetype u, qsizetype numFirst)
{
    Q_UNUSED(numFirst);
    const int unit = tok(u).value;
    const bool article = is(i, "a"_L1) || is(i, "an"_L1);
    // "a second consecutive day", "a second term": an ordinal, not a unit.
    if (unit == Second && article && tok(u + 1).kind == TokenKind::Word)
        return std::nullopt;
    // An age ("56-year-old") is no date.
    if (punct(u + 1, u'-') && is(u + 2, "old"_L1))
        return std::nullopt;
    if (is(u + 1, "old"_L1))
        return std::nullopt;
    const bool vague = amount == -2;
    const int whole = int(amount);
    auto amountText = [&]() {
        if (vague)
            return QStringLiteral("X");
        if (amount != whole)
            return QString::number(amount);
        return QString::number(whole);
    };
    // N units ago, N units from now
    const bool ago = lex(u + 1, Lex::Ago);
    if (ago && !vague && !m_dct.isValid())
        return Match{i, u + 1, QStringLiteral("DATE"), QStringLiteral("PAST_REF"), {}, QStringLiteral("time ago (no article date)")};
    if ((ago || (is(u + 1, "from"_L1) && is(u + 2, "now"_L1))) && !vague && m_dct.isValid()) {
        QString v = shiftedValue(dayValue(m_dct), Unit(unit), ago ? -whole : whole);
        if (v.isEmpty() && ago)
            v = dayValue(m_dct); // "three hours ago": today, at the day's granularity
        if (!v.isEmpty())
            return Match{i, ago ? u + 1 : u + 2, QStringLiteral("DATE"), v, {},
                         ago ? QStringLiteral("time ago, from the article date")
                             : QStringLiteral("time from now, from the article date")};
    }
    // "a day after the vote", "two years before the merger": the amount is
    // a duration and "after" a signal that relates it to the event named
    // next; only with no such event ("three years after, …", "five years
    // later") is the expression a date shifted from the one last named.
    const bool signal = lex(u + 1, Lex::Relation) && qAbs(tok(u + 1).value) == 2 && u + 2 < count()
        && tok(u + 2).kind != TokenKind::Punct && !tok(u + 2).sentenceStart;
    // N units later / after / earlier / before (a narrative shift)
    if (lex(u + 1, Lex::Relation) && !vague && !is(u + 2, "than"_L1) && !signal) {
        const int dir = tok(u + 1).value > 0 ? 1 : -1;
        bool fromArticleDate = false;
        const Parsed a = anchor(unit == Day || unit == Week, &fromArticleDate);
        if (laterThanTheReport(fromArticleDate, dir, i, u + 1))
            return Match{i, u + 1, QStringLiteral("DATE"), QStringLiteral("XXXX"), {},
                         QStringLiteral("shifted from a date not given")};
        if (a.year > 0 && (unit == Year || unit == Decade || unit == Month || unit == Day || unit == Week)) {
            const QString from = a.day > 0 ? dayValue(QDate(a.year, a.month, a.day))
                : a.month > 0              ? monthValue(a.year, a.month)
                                           : pad(a.year, 4);
            const QString v = shiftedValue(from, Unit(unit), dir * whole);
            if (!v.isEmpty())
                return Match{i, u + 1, QStringLiteral("DATE"), v, {}, QStringLiteral("shifted from the date last mentioned")};
        }
    }
    // "a year" alone is too common to be a duration without a cue.
    if (article) {
        const bool cue = is(i - 1, "for"_L1) || lex(i - 1, Lex::Approx) || is(i - 1, "within"_L1) || is(i - 1, "in"_L1)
            || lex(u + 1, Lex::Relation) || is(i - 1, "than"_L1);
        if (!cue)
            return std::nullopt;
    }
    if (vague && !(unit == Year || unit == Decade || unit == Month || unit == Week || unit == Day))
        return std::nullopt;
    QString v;
    switch (unit) {
    case Second:
        v = u"PT" + amountText() + u'S';
        break;
    case Minute:
        v = u"PT" + amountText() + u'M';
        break;
    case Hour:
        v = u"PT" + amountText() + u'H';
        break;
    case Day:
        v = u'P' + amountText() + u'D';
        break;
    case Week:
        v = u'P' + amountText() + u'W';
        break;
    case Fortnight:
        v = vague ? QStringLiteral("PXW") : u'P' + QString::number(whole * 2) + u'W';
        break;
    case Weekend:
        v = vague ? QStringLiteral("PXWE") : u'P' + amountText() + u"WE";
        break;
    case Month:
        v = u'P' + amountText() + u'M';
        break;
    case Quarter:
        v = vague ? QStringLiteral("PXQ") : u'P' + amountText() + u'Q';
        break;
    case Year:
        v = u'P' + amountText() + u'Y';
        break;
    case Decade:
        v = vague ? QStringLiteral("PXDE") : u'P' + QString::number(amount * 10) + u'Y';
        break;
    case Century:
        v = vague ? QStringLiteral("PXCE") : u'P' + QString::number(amount * 100) + u'Y';
        break;
    default:
        return std::nullopt;
    }
    return Match{i, u, QStringLiteral("DURATION"), v, {}, vague ? QStringLiteral("vague duration") : QStringLiteral("duration")};
}

} // namespace Annalist::Temporal::Detail
