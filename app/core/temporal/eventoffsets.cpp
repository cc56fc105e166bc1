// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Dates the text gives by reference to others: "from 1990 until his
// resignation in 2001" (one range), "joined in May 2023, six years after
// applying" (the application six years before).

#include "temporal/eventclauses_p.h"

#include <QDate>

namespace Annalist::EventLabels {

using namespace Qt::StringLiterals;

namespace {

// "from A until his resignation in B": the words between A and B.
bool joinsRange(QStringView gap)
{
    const TokenVector tokens = tokenize(gap);
    if (tokens.size() < 2 || tokens.size() > 8)
        return false;
    const QStringView first = gap.mid(tokens.front().start, tokens.front().length());
    const QStringView last = gap.mid(tokens.back().start, tokens.back().length());
    if (!wordIs(first, "until"_L1) && !wordIs(first, "till"_L1) && !wordIs(first, "to"_L1))
        return false;
    if (!wordIs(last, "in"_L1) && !wordIs(last, "on"_L1))
        return false;
    for (const Token &t : tokens)
        if (t.kind == TokenKind::Punct || t.verb)
            return false;
    return true;
}

// value moved by a duration of whole years, months, weeks or days
// ("P6Y", "P2M", "P1W", "P10D"), earlier or later, at the granularity of
// the duration's unit (shiftedValue()).
QString shifted(const QString &value, QStringView duration, bool earlier)
{
    if (duration.size() < 3 || !duration.startsWith(u'P'))
        return {};
    bool ok = false;
    const int amount = duration.mid(1, duration.size() - 2).toInt(&ok);
    if (!ok || amount <= 0)
        return {};
    const QChar letter = duration.back();
    const Unit unit = letter == u'Y' ? Year : letter == u'M' ? Month : letter == u'W' ? Week : letter == u'D' ? Day : NoUnit;
    return shiftedValue(value, unit, earlier ? -amount : amount);
}

} // namespace

const QList<Timex> &joinOpenRanges(const QString &text, const QList<Timex> &timexes, QList<Timex> &joined)
{
    qsizetype found = -1;
    auto isStart = [&text, &timexes](qsizetype k) {
        const Timex &a = timexes[k];
        const Timex &b = timexes[k + 1];
        // (Asked of every date: the types, compared out of line, last.)
        if (!a.until.isEmpty() || !b.until.isEmpty() || a.value.size() < 4 || b.value.size() < 4
            || !a.value.front().isDigit() || !b.value.front().isDigit() || a.type != u"DATE" || b.type != u"DATE")
            return false;
        qsizetype at = a.range.start;
        while (at > 0 && text[at - 1].isSpace())
            --at;
        if (at == a.range.start || at < 4 || (text[at - 1] != u'm' && text[at - 1] != u'M'))
            return false; // no "from" before it
        const QStringView before = textBetween(text, std::max<qsizetype>(0, a.range.start - 6), a.range.start).trimmed();
        return (before.endsWith(u" from"_s, Qt::CaseInsensitive) || wordIs(before, "from"_L1))
            && b.range.start - a.range.end < 60 && joinsRange(textBetween(text, a.range.end, b.range.start));
    };
    for (qsizetype k = 0; k + 1 < timexes.size() && found < 0; ++k)
        if (isStart(k))
            found = k;
    if (found < 0)
        return timexes;
    joined.clear();
    joined.reserve(timexes.size());
    for (qsizetype k = 0; k < timexes.size(); ++k) {
        if (k + 1 < timexes.size() && k >= found && isStart(k)) {
            Timex r = timexes[k];
            qsizetype from = r.range.start;
            while (from > 0 && text[from - 1].isSpace())
                --from;
            r.range = {from - 4, timexes[k + 1].range.end};
            r.until = timexes[k + 1].value;
            r.why = u"range"_s;
            joined.append(r);
            ++k;
        } else {
            joined.append(timexes[k]);
        }
    }
    return joined;
}

std::optional<Labeler::Offset> Labeler::offset(const QList<Piece> &ps, const ClauseSplit &split, const Timex &anchor,
                                               const Timex &duration, TextRange clause) const
{
    if (duration.type != u"DURATION" || textBetween(m_a.text, anchor.range.end, duration.range.start).trimmed() != u",")
        return std::nullopt;
    // The pieces after the duration: "after|before" and what it names, to the
    // end of the clause or its next comma.
    qsizetype k = 0;
    while (k < ps.size() && ps[k].start < duration.range.end)
        ++k;
    if (k >= ps.size() || !ps[k].word)
        return std::nullopt;
    const bool after = wordIs(text(ps[k]), "after"_L1);
    if (!after && !wordIs(text(ps[k]), "before"_L1))
        return std::nullopt;
    const qsizetype from = k + 1;
    qsizetype to = from;
    // Words, and a possessive's "'s" among them ("the Prosecutor's Office").
    while (to < ps.size() && ps[to].end <= clause.end && (ps[to].word || (to > from && possessiveAt(ps, to))))
        to += ps[to].word ? 1 : 2;
    to = std::min(to, ps.size());
    if (to == from)
        return std::nullopt;
    QList<Piece> out;
    static thread_local QString past;
    const QStringView first = text(ps[from]);
    bool finite = false; // "after mining began": a clause whose subject is a gerund
    for (qsizetype q = from + 1; q < to && !finite; ++q)
        finite = isVerb(ps, q);
    if (!finite && !ps[from].upper && first.size() > 4 && first.endsWith(u"ing"_s)) {
        // "six years after applying": the main subject did it.
        past = pastOfIngForm(first);
        if (past.isEmpty() || split.mainVerb < 0)
            return std::nullopt;
        for (qsizetype q = split.subjectFrom; q < split.subjectTo; ++q)
            if (split.owner[q] == 0)
                out.append(ps[q]);
        Piece p = ps[from];
        p.replacement = &past;
        out.append(p);
        for (qsizetype q = from + 1; q < to; ++q)
            out.append(ps[q]);
    } else {
        // "two years after work began": a clause of its own; "a week after
        // the robbery": the event the noun phrase names ("The robbery").
        for (qsizetype q = from; q < to; ++q)
            out.append(ps[q]);
        // "… freed the reporter Ivo Marrak on Thursday, nine months after he
        // was detained": a "he" or "she" that is the clause's subject stands
        // for the person the main clause names, as an editor writes it: its
        // subject, if that is a person, else the last person named before
        // the date.
        static thread_local QString person;
        if (!ps[from].upper && oneOf(first, {"he"_L1, "she"_L1}) && from + 1 < to && isVerb(ps, from + 1)) {
            const Entity *named = nullptr;
            if (split.subjectFrom >= 0 && split.subjectFrom < split.subjectTo && split.subjectTo <= ps.size())
                named = personIn({ps[split.subjectFrom].start, ps[split.subjectTo - 1].end}, false);
            if (!named)
                named = personIn({clause.start, anchor.range.start}, true);
            person = named ? entityName(m_a, *named) : QString();
            if (!person.isEmpty()) {
                out.front().replacement = &person;
                out.front().upper = true;
            }
        }
    }
    Offset result;
    result.value = shifted(anchor.value, duration.value, after);
    if (result.value.isEmpty())
        return std::nullopt;
    result.expression = {duration.range.start, ps[to - 1].end};
    result.label = label(std::move(out), {});
    if (result.label.isEmpty())
        return std::nullopt;
    return result;
}

} // namespace Annalist::EventLabels
