// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

// "A, B and C were signed in 2004, 2008 and 2013, respectively": every list
// the dates are distributed over (subjects, places, objects) gives each item
// its own member.

#include "temporal/eventclauses_p.h"

namespace Annalist::EventLabels {

using namespace Qt::StringLiterals;

namespace {

struct List {
    QList<std::pair<qsizetype, qsizetype>> members; ///< pieces [from, to) of each member
    qsizetype from = 0; ///< first piece of the list (its first member)
    qsizetype to = 0; ///< one past its last piece
    /// "The Pellin and Sorrel bridges": the members name kinds of one plural
    /// noun, shared by all; its piece, else -1.
    qsizetype sharedHead = -1;
};

} // namespace

QList<Labeler::Distributed> Labeler::respectively(TextRange range, qsizetype count) const
{
    QList<Piece> ps = pieces(range);
    // The preposition before the first date; the verb phrase runs from the
    // first verb to it ("were signed", "joined the customs pact").
    qsizetype verbEnd = ps.size();
    if (verbEnd > 0 && ps[verbEnd - 1].word && !ps[verbEnd - 1].upper && (ps[verbEnd - 1].role & Preposition))
        --verbEnd;
    qsizetype verbStart = -1;
    for (qsizetype q = 0; q < verbEnd && verbStart < 0; ++q)
        if (isVerb(ps, q))
            verbStart = q;
    if (verbStart < 0)
        return {};
    // The subject ends before a relative pronoun: "A and B, which were approved".
    qsizetype subjectEnd = verbStart;
    while (subjectEnd > 0
           && (isChar(text(ps[subjectEnd - 1]), u',') || oneOf(text(ps[subjectEnd - 1]), {"which"_L1, "that"_L1, "who"_L1})))
        --subjectEnd;
    auto boundary = [&](qsizetype q) {
        return !ps[q].word || isVerb(ps, q)
            || (!ps[q].upper
                && ((ps[q].role & Preposition)
                    || oneOf(text(ps[q]), {"to"_L1, "into"_L1, "with"_L1, "over"_L1, "across"_L1, "against"_L1,
                                           "towards"_L1, "toward"_L1, "near"_L1, "under"_L1})));
    };
    // A list ending at last with `count` members, split at its "and" (at
    // `conj`) and the commas before; the first member starts after `floor`.
    // A subject list's first member starts at the subject's start, whatever
    // words it holds ("The Declaration on … between …").
    auto listAt = [&](qsizetype conj, qsizetype last, qsizetype floor, bool anchored) -> std::optional<List> {
        List l;
        if (conj + 1 >= last)
            return std::nullopt;
        l.members.prepend({conj + 1, last});
        qsizetype end = conj; // one past the member before
        if (end > floor && isChar(text(ps[end - 1]), u',')) // "A, B, and C"
            --end;
        for (qsizetype q = end - 1; q >= floor && l.members.size() < count; --q) {
            if (isChar(text(ps[q]), u',')) {
                if (q + 1 >= end)
                    return std::nullopt;
                l.members.prepend({q + 1, end});
                end = q;
            } else if (q == floor
                       || (!anchored && q > floor && ps[q].word && boundary(q - 1) && !isChar(text(ps[q - 1]), u','))) {
                // The first member: back to the start or to a boundary word.
                if (l.members.size() + 1 != count)
                    return std::nullopt;
                l.members.prepend({q, end});
            } else if (!anchored && boundary(q) && !(ps[q].word && oneOf(text(ps[q]), {"the"_L1, "a"_L1, "an"_L1}))) {
                return std::nullopt;
            }
        }
        if (l.members.size() != count)
            return std::nullopt;
        for (const auto &[f, t] : l.members)
            if (f >= t || wordCount(ps, f, t) > (anchored ? MaxLabelWords : 8))
                return std::nullopt;
        l.from = l.members.front().first;
        l.to = l.members.back().second;
        // "The Pellin and Sorrel bridges": single names before one plural noun.
        const auto &[lf, lt] = l.members.back();
        bool single = lt - lf == 2 && ps[lf].upper && !ps[lt - 1].upper && text(ps[lt - 1]).endsWith(u's');
        for (qsizetype m = 0; single && m + 1 < l.members.size(); ++m) {
            auto [f, t] = l.members[m];
            while (f < t && oneOf(text(ps[f]), {"the"_L1}))
                ++f;
            single = t - f == 1 && ps[f].upper;
        }
        if (single)
            l.sharedHead = lt - 1;
        return l;
    };
    QList<List> lists;
    // The subject: the list that runs up to the verb.
    for (qsizetype q = subjectEnd - 1; q >= 0; --q) {
        if (ps[q].word && wordIs(text(ps[q]), "and"_L1)) {
            if (auto l = listAt(q, subjectEnd, 0, true))
                lists.append(*l);
            break;
        }
    }
    // Places and objects after the verb.
    for (qsizetype q = verbStart + 1; q < verbEnd; ++q) {
        if (!ps[q].word || !wordIs(text(ps[q]), "and"_L1))
            continue;
        qsizetype last = q + 1;
        while (last < verbEnd && !boundary(last))
            ++last;
        qsizetype floor = q - 1;
        while (floor > verbStart && !(ps[floor].word && boundary(floor)))
            --floor;
        if (auto l = listAt(q, last, floor + 1, false))
            lists.append(*l);
    }
    if (lists.isEmpty())
        return {};
    QList<Distributed> result;
    QString head; // the shared noun, in the singular
    for (qsizetype j = 0; j < count; ++j) {
        QList<Piece> out;
        Distributed d;
        qsizetype k = 0;
        const qsizetype stop = verbEnd;
        for (const List &l : std::as_const(lists)) {
            for (; k < l.from; ++k)
                if (k < subjectEnd || k >= verbStart)
                    out.append(ps[k]);
            auto [f, t] = l.members[j];
            const bool subjectList = l.to <= subjectEnd;
            // A subject item goes without its article: "Bishkek Protocol signed".
            while (subjectList && f < t && oneOf(text(ps[f]), {"the"_L1, "a"_L1, "an"_L1}))
                ++f;
            if (l.sharedHead >= 0 && j + 1 < count) {
                t = std::min(t, l.sharedHead);
                for (qsizetype q = f; q < t; ++q)
                    out.append(ps[q]);
                head = text(ps[l.sharedHead]).chopped(1).toString();
                Piece p = ps[l.sharedHead];
                p.replacement = &head;
                out.append(p);
            } else {
                if (l.sharedHead >= 0)
                    head = text(ps[l.sharedHead]).chopped(1).toString();
                for (qsizetype q = f; q < t; ++q) {
                    out.append(ps[q]);
                    if (q == l.sharedHead)
                        out.back().replacement = &head;
                }
            }
            if (f < t)
                d.items.append({ps[f].start, ps[t - 1].end});
            k = l.to;
        }
        for (; k < stop; ++k)
            if (k < subjectEnd || k >= verbStart)
                out.append(ps[k]);
        // Headline style for a distributed statement: "Bishkek Protocol
        // signed", "Summits held in Arvik": no auxiliary before a participle.
        for (qsizetype q = 0; q + 1 < out.size(); ++q)
            if (out[q].word && oneOf(text(out[q]), {"was"_L1, "were"_L1, "is"_L1, "are"_L1, "been"_L1, "being"_L1,
                                                    "has"_L1, "have"_L1, "had"_L1, "be"_L1})
                && isVerb(out, q + 1))
                out[q].keep = false;
        replaceAcronyms(out);
        d.label = render(out, 0, out.size(), MaxLabelWords);
        capitalize(d.label);
        result.append(d);
    }
    return result;
}

} // namespace Annalist::EventLabels
