// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Private to the event extractor: the clauses of a dated sentence, so that
// each date takes its label from the clause that governs it.
//
// This is where a clause structure enters the labels. splitClauses() finds
// it by rules over the tokens (function words, verb forms, punctuation); a
// part-of-speech tagger or parser (app/core/syntax) can replace it by
// filling the same ClauseSplit from its analysis of the sentence: the
// labeler (Labeler::clauseLabel()) reads nothing else.

#include "temporal/eventlabeler_p.h"

#include <QList>

#include <functional>

namespace Annalist::EventLabels {

/// One clause of a sentence, as indices into the sentence's pieces.
struct Clause {
    enum class Kind : quint8 {
        Main, ///< the sentence's own predicate and subject
        Relative, ///< ", who held office …": about the noun before it
        ObjectRelative, ///< ", which Dravia signed …": the noun before it is the object
        Whose, ///< ", whose novel won …": the noun before it owns the subject
        Participle, ///< "Signed in …, the accord", ", signed in …,": passive, about a noun
        Having, ///< "Having joined …, X": active, about the main subject
        Aside, ///< ", a judge since 1988,", "(…)": about the noun before it
        Subordinate, ///< "while/whereas/after/before/when …": its own subject
        Coordinate, ///< "… and left it in 2008", ", rejoined it": the main subject's
        Quote, ///< '"We will stay," X said': the quoted words
        Gapped, ///< "… in Sorrel in 1988 and in Tamsk in 1992": a complement sharing the verb
        Gerund, ///< "after leaving …", "before joining …": the main subject's act, in the past
    };
    Kind kind = Kind::Main;
    qsizetype from = 0; ///< first piece of the clause's own words (after its opening word)
    qsizetype to = 0; ///< one past its last piece
    /// The noun it is about ([nounFrom, nounTo) of the pieces); -1 for the
    /// main clause's subject.
    qsizetype nounFrom = -1;
    qsizetype nounTo = -1;
};

/// The clauses of one sentence. clauses[0] is the main clause: every piece
/// that no other clause owns.
struct ClauseSplit {
    QList<Clause> clauses;
    QList<qint16> owner; ///< per piece: its clause, or -1 for a separator (a comma, a "who", an "and")
    qsizetype mainVerb = -1;
    qsizetype subjectFrom = 0; ///< the main subject, without adverbs before the verb
    qsizetype subjectTo = 0;

    /// The clause that holds piece k (0 for a separator).
    qsizetype clauseOf(qsizetype k) const { return k >= 0 && k < owner.size() && owner[k] > 0 ? owner[k] : 0; }
};

/// timexes with every "from A until … in B" joined into one range from A
/// to B ("from 1990 until his resignation in 2001"), the tagger's ranges
/// being only of adjacent dates: timexes itself when there is none, else
/// joined, filled.
const QList<Timex> &joinOpenRanges(const QString &text, const QList<Timex> &timexes, QList<Timex> &joined);

/// The simple past of a verb's form in -ing ("joining" → "joined",
/// "studying" → "studied", "leaving" → "left"); an empty string when w is no
/// such form.
QString pastOfIngForm(QStringView w);

/// The simple past of a verb's base form ("release" → "released", "begin"
/// → "began", "stop" → "stopped"); an empty string for less than two letters.
QString pastOfBaseForm(QStringView w);

/// Whether w is a subject pronoun ("she", "it") that a clause's subject can stand for.
bool isPronounWord(QStringView w);

/// Finds the clauses of ps (the pieces of one sentence or clause), where
/// inDate(k) tells the pieces of date expressions.
ClauseSplit splitClauses(const Labeler &labeler, const QList<Piece> &ps, const std::function<bool(qsizetype)> &inDate);

} // namespace Annalist::EventLabels
