// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syntax/syntaxmodel.h"

namespace Annalist::Syntax {

namespace {

bool isSubjectRelation(QLatin1StringView r)
{
    return r.startsWith(QLatin1StringView("nsubj")) || r.startsWith(QLatin1StringView("csubj"));
}

bool isClauseRelation(QLatin1StringView r)
{
    // The relation itself or one of its subtypes ("acl:relcl").
    for (const char *c : {"root", "advcl", "acl", "ccomp", "xcomp", "csubj", "parataxis"}) {
        const QLatin1StringView name(c);
        if (r.startsWith(name) && (r.size() == name.size() || r.at(name.size()) == QLatin1Char(':')))
            return true;
    }
    return false;
}

} // namespace

qsizetype Analysis::root() const
{
    for (qsizetype i = 0; i < nodes.size(); ++i)
        if (nodes[i].head < 0)
            return i;
    return -1;
}

QList<qsizetype> Analysis::children(qsizetype i) const
{
    QList<qsizetype> out;
    for (qsizetype k = 0; k < nodes.size(); ++k)
        if (nodes[k].head == i)
            out.append(k);
    return out;
}

bool Analysis::dominates(qsizetype a, qsizetype d) const
{
    for (qsizetype steps = 0; d >= 0 && d < nodes.size() && steps <= nodes.size(); ++steps) {
        if (d == a)
            return true;
        d = nodes[d].head;
    }
    return false;
}

bool Analysis::headsClause(qsizetype i) const
{
    if (i < 0 || i >= nodes.size())
        return false;
    if (nodes[i].pos == Pos::VERB || isClauseRelation(nodes[i].relation))
        return true;
    for (qsizetype k = 0; k < nodes.size(); ++k) {
        if (nodes[k].head != i)
            continue;
        const QLatin1StringView r = nodes[k].relation;
        if (isSubjectRelation(r) || r == QLatin1StringView("cop") || r.startsWith(QLatin1StringView("aux")))
            return true;
    }
    // A conjunct of a clause is a clause ("met in May and signed in June").
    return nodes[i].relation == QLatin1StringView("conj") && headsClause(nodes[i].head);
}

qsizetype Analysis::clauseOf(qsizetype i) const
{
    for (qsizetype steps = 0; i >= 0 && i < nodes.size() && steps <= nodes.size(); ++steps) {
        if (headsClause(i))
            return i;
        i = nodes[i].head;
    }
    return -1;
}

qsizetype Analysis::subjectOf(qsizetype c) const
{
    for (qsizetype steps = 0; c >= 0 && c < nodes.size() && steps <= nodes.size(); ++steps) {
        for (qsizetype k = 0; k < nodes.size(); ++k)
            if (nodes[k].head == c && isSubjectRelation(nodes[k].relation))
                return k;
        const QLatin1StringView r = nodes[c].relation;
        if (r == QLatin1StringView("conj") || r == QLatin1StringView("xcomp"))
            c = clauseOf(nodes[c].head); // shares the subject of the clause it joins
        else if (r == QLatin1StringView("acl") || r == QLatin1StringView("acl:relcl"))
            return nodes[c].head; // the noun the clause describes
        else
            return -1;
    }
    return -1;
}

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

/// Whether a word ending in a full stop keeps it: initials and dotted
/// abbreviations ("M.", "U.S.") and the common abbreviations of titles,
/// companies and months.
bool keepsFullStop(QStringView core)
{
    if (core.size() == 1 && core[0].isUpper())
        return true;
    if (core.contains(u'.'))
        return true;
    static const char *const Abbreviations[] = {"mr",  "mrs", "ms",   "dr",  "st",  "jr",  "sr",   "inc", "ltd",
                                                "co",  "corp", "vs",  "etc", "gen", "gov", "sen",  "rep", "prof",
                                                "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec", "no", "lt",
                                                "col", "capt", "mt",  "ft"};
    for (const char *a : Abbreviations)
        if (core.compare(QLatin1StringView(a), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QList<QStringView> sentenceWords(QStringView text)
{
    QList<QStringView> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        qsizetype end = i;
        while (end < n && !text[end].isSpace())
            ++end;
        qsizetype start = i;
        i = end;
        // Leading punctuation, one word per run of the same character.
        while (start < end && !isWordChar(text[start])) {
            qsizetype run = start + 1;
            while (run < end && text[run] == text[start])
                ++run;
            out.append(text.sliced(start, run - start));
            start = run;
        }
        if (start == end)
            continue;
        // Trailing punctuation, collected from the end and added in order.
        QList<QStringView> trailing;
        qsizetype stop = end;
        while (stop > start && !isWordChar(text[stop - 1])) {
            const QChar c = text[stop - 1];
            if (c == u'.' && stop - 1 > start && isWordChar(text[stop - 2])
                && keepsFullStop(text.sliced(start, stop - 1 - start)))
                break;
            qsizetype run = stop - 1;
            while (run > start && text[run - 1] == c)
                --run;
            trailing.prepend(text.sliced(run, stop - run));
            stop = run;
        }
        out.append(text.sliced(start, stop - start));
        out.append(trailing);
    }
    return out;
}

} // namespace Annalist::Syntax
