// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Private to the event extractor: the labeler that turns a dated clause into
// a short label, and what it shares with the extractor. Not part of the
// core's interface.

#include "article/article.h"
#include "recognize/entity.h"
#include "temporal/temporaltokens.h"
#include "temporal/timelineevent.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <optional>
#include <span>

namespace Annalist {
struct Word; // the recognizer's word, recognize/tokenizer.h
}

namespace Annalist::EventLabels {

using namespace Temporal;

constexpr int MaxLabelWords = 12;
/// How far past MaxLabelWords a label may run to end where its phrase ends.
constexpr int LabelSlackWords = 3;

/// "Conference on Interaction … in Asia (CICA)": the long form (with a
/// leading "the") and the acronym the article defines for it.
struct Acronym {
    TextRange definition; ///< long form through the closing parenthesis
    QString longForm; ///< the words only, for finding later mentions
    QString acronym;
};

// The text from..to, empty when to <= from. (QStringView::mid() reads a
// negative length as "to the end", which a timex reaching past its sentence
// would otherwise trigger.)
inline QStringView textBetween(const QString &text, qsizetype from, qsizetype to)
{
    from = qBound<qsizetype>(0, from, text.size());
    to = qBound<qsizetype>(0, to, text.size());
    return to > from ? QStringView(text).mid(from, to - from) : QStringView();
}

// Whether t is the one character c. (Comparing with a string literal would
// measure the literal and call out of line, for every token of a clause.)
constexpr bool isChar(QStringView t, char16_t c)
{
    return t.size() == 1 && t.front() == c;
}

// Whether t is a quotation mark: straight, opening or closing.
constexpr bool isQuoteMark(QStringView t)
{
    return isChar(t, u'"') || isChar(t, u'\u201C') || isChar(t, u'\u201D');
}

// The tagger's tokens of text[from, to), offsets into the text, as
// tokenize() of that slice gives them: a view of those the tagger kept where
// it has them, else made into `made`, along the recognizer's words when there
// are any, which spares reading the characters again.
std::span<const Token> sliceTokens(const QString &text, qsizetype from, qsizetype to,
                                   std::span<const Word> words, const TokenRuns *runs, TokenVector &made);

inline bool oneOf(QStringView w, std::initializer_list<QLatin1StringView> list)
{
    for (auto l : list)
        if (wordIs(w, l))
            return true;
    return false;
}

/// Entities sorted by start, for range look-ups in O(log n).
class EntityIndex
{
public:
    explicit EntityIndex(const EntityList &entities)
    {
        m_sorted.reserve(entities.size());
        for (const Entity &e : entities)
            if (e.type != EntityTypes::Date)
                m_sorted.append(&e);
        std::stable_sort(m_sorted.begin(), m_sorted.end(),
                         [](const Entity *a, const Entity *b) { return a->range.start < b->range.start; });
    }

    /// The entities lying inside range (overlapping, when overlap is set).
    QList<const Entity *> in(TextRange range, bool overlap = false) const
    {
        QList<const Entity *> result;
        // Entities are short; start a little before to catch overlapping ones.
        const qsizetype from = overlap ? range.start - 256 : range.start;
        const auto startsBefore = [](const Entity *e, qsizetype pos) { return e->range.start < pos; };
        auto it = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), from, startsBefore);
        const auto end = std::lower_bound(it, m_sorted.cend(), range.end, startsBefore);
        result.reserve(end - it);
        for (; it != end; ++it)
            if (overlap ? (*it)->range.overlaps(range) : range.contains((*it)->range))
                result.append(*it);
        return result;
    }

private:
    QList<const Entity *> m_sorted;
};

/// Whether w (in any case) is an irregular past form or participle ("taught",
/// "sank", "written") that the tagger's vocabulary does not mark.
bool isPastForm(QStringView w);

/// The name an entity stands for: its canonical name, else its words.
inline QString entityName(const Article &article, const Entity &e)
{
    return e.canonical.isEmpty() ? article.slice(e.range).toString() : e.canonical;
}

/// Whether w is a person's age as news writes it between commas ("52"):
/// one to three digits.
inline bool isAge(QStringView w)
{
    return !w.isEmpty() && w.size() <= 3 && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
}

/// Whether w is a verb of saying, finding or thinking in the past ("said",
/// "reported", "found"), whose "that" opens what was said and may be left out.
bool isReportingVerb(QStringView w);

/// Whether w is an adverb that stands between a subject and its verb or
/// inside a verb group ("first sailed", "was later sold").
bool isAdverbWord(QStringView w);

/// Whether w is an auxiliary verb ("was", "been", "had", "will").
bool isAuxiliaryWord(QStringView w);

/// Upper-cases the first letter, unless the word is a mixed-case name ("iOS", "eBay").
void capitalize(QString &label);

/// One token of a label under construction.
struct Piece {
    qsizetype start = 0;
    qsizetype end = 0;
    bool word = false;
    bool upper = false;
    bool verb = false; ///< a finite verb or auxiliary, from the tokenizer
    bool keep = true;
    quint8 role = 0; ///< Temporal::Role bits
    Temporal::Lex lex = Temporal::Lex::None; ///< what the temporal vocabulary knows the word as ("months": a unit)
    bool lowerFirst = false; ///< shown with a lower-case first letter
    const QString *replacement = nullptr; ///< shown instead of the text when set (an acronym)
    /// A word the label adds ("was" before a participle, "'s" after an
    /// owner): its text is replacement; start and end only place it.
    bool added = false;
};

/// Prepositions that may stand before a date but that the tokens leave
/// unmarked, because the temporal tagger need not look after them ("over the
/// weekend", "within a year": frequent words, each a look-ahead for a date).
inline bool isUnmarkedDatePreposition(QStringView w)
{
    return oneOf(w, {QLatin1StringView("over"), QLatin1StringView("within")});
}

/// A preposition: the tokens' Preposition role, and the few words it leaves
/// out because they also open other things ("to" an infinitive) or for the
/// tagger's sake (isUnmarkedDatePreposition()).
inline bool isPreposition(const Piece &p, QStringView w)
{
    return p.word && !p.upper
        && ((p.role & Temporal::Preposition) || isUnmarkedDatePreposition(w)
            || oneOf(w, {QLatin1StringView("with"), QLatin1StringView("to"), QLatin1StringView("about"),
                         QLatin1StringView("against")}));
}

struct ClauseSplit; // temporal/eventclauses_p.h

class Labeler
{
public:
    Labeler(const Article &article, std::span<const Word> words, const TokenRuns *runs,
            const EntityIndex &entities, const QList<Acronym> &acronyms)
        : m_a(article)
        , m_words(words)
        , m_runs(runs)
        , m_entities(entities)
        , m_acronyms(acronyms)
    {
        // One entry per acronym for finding later mentions of the long form.
        for (const Acronym &a : acronyms) {
            const bool known = std::any_of(m_forms.cbegin(), m_forms.cend(), [&a](const Acronym &f) {
                return f.acronym == a.acronym && f.longForm == a.longForm;
            });
            if (!known)
                m_forms.append(a);
        }
    }

    /// A short label for the clause in range, with the date expressions in
    /// dates left out.
    QString label(TextRange range, const QList<TextRange> &dates) const { return label(pieces(range), dates); }
    /// The same for pieces of the text, in the order the label gives them.
    QString label(QList<Piece> ps, const QList<TextRange> &dates) const;

    /// The label of clause c of split (splitClauses() of ps): its own words
    /// with the subject it has, or the one it takes from the noun it is about
    /// or the main clause. spans receives the stretches of text it used.
    QString clauseLabel(const QList<Piece> &ps, const ClauseSplit &split, qsizetype c, const QList<TextRange> &dates,
                        QList<TextRange> *spans = nullptr) const;
    /// "will" or "would" when the main clause's verb group, before the
    /// piece at before, speaks of what is to come ("will tour", "is
    /// expected to visit", "planned to open"), else an empty string.
    QString futureOfMainClause(const QList<Piece> &ps, const ClauseSplit &split, qsizetype before) const;

    /// One item of a statement distributed over its dates.
    struct Distributed {
        QString label;
        QList<TextRange> items; ///< the list members it took
    };
    /// "A, B and C were signed in D1, D2 and D3, respectively": the label of
    /// each of count items, with the member of every list (subjects, places,
    /// objects) that goes with it; range runs from the statement's start to
    /// its first date. Empty when no list has count members.
    QList<Distributed> respectively(TextRange range, qsizetype count) const;

    /// An event the text dates by its distance from another's date.
    struct Offset {
        QString value;
        QString label;
        TextRange expression; ///< "six years after applying"
    };
    /// "joined in May 2023, six years after applying": the event a duration
    /// after anchor (", N years|months|weeks|days after|before X") places,
    /// with X's label: a gerund of the main subject, a clause of its own or
    /// the event a noun phrase names ("a week after the robbery": "The
    /// robbery"), at the duration's granularity; none when the anchor is
    /// coarser than the duration ("a week after 2019"). ps and split are
    /// the pieces and clauses of clause.
    std::optional<Offset> offset(const QList<Piece> &ps, const ClauseSplit &split, const Timex &anchor,
                                 const Timex &duration, TextRange clause) const;

    /// "13th Meeting of the X Forum in Baku": the occasion a lead sentence names.
    QString occasion(TextRange sentence) const;

    QString render(const QList<Piece> &pieces, qsizetype from, qsizetype to, int maxWords = 1000) const;
    QList<Piece> pieces(TextRange range) const;
    const QString &articleText() const { return m_a.text; }
    QStringView text(const Piece &p) const
    {
        return p.added ? QStringView(*p.replacement) : QStringView(m_a.text.constData() + p.start, p.end - p.start);
    }
    void replaceAcronyms(QList<Piece> &pieces) const;
    static int wordCount(const QList<Piece> &pieces, qsizetype from, qsizetype to);

    bool isVerb(const QList<Piece> &ps, qsizetype k) const;
    /// A present verb of intent before "to" and a verb: "plans" in "The
    /// firm plans to open a plant".
    bool intentBeforeInfinitive(const QList<Piece> &ps, qsizetype k) const;
    /// A past participle that describes the noun before it, with its agent
    /// after "by", where a verb of the sentence's own follows: "led" in "A
    /// team led by Ilse Varga said …" (not "was led by").
    bool reducedPassive(const QList<Piece> &ps, qsizetype k) const;
    /// ', "Nightwatch",': where the comma at ps[comma] opens a quoted title
    /// that another comma closes, that comma's index; else -1.
    qsizetype quotedTitleEnd(const QList<Piece> &ps, qsizetype comma) const;
    /// Whether ps[q] is the apostrophe of a possessive "'s" glued to the word before it.
    bool possessiveAt(const QList<Piece> &ps, qsizetype q) const;
    /// Whether ps[q] is the comma between a place and the region or country
    /// it lies in ("Redwood Falls, Velmar"): no clause ends there.
    bool commaInAPlace(const QList<Piece> &ps, qsizetype q) const;
    /// The first (or with last, the last) person the recognizer found within
    /// range, else null.
    const Entity *personIn(TextRange range, bool last) const;
    /// Whether a name of the type ends (with atStart, starts) where the piece does.
    bool nameAt(const Piece &p, const QString &type, bool atStart) const;

private:
    qsizetype shortenSubject(QList<Piece> &ps, qsizetype from, qsizetype verb) const;

    const Article &m_a;
    const std::span<const Word> m_words;
    const TokenRuns *const m_runs;
    const EntityIndex &m_entities;
    const QList<Acronym> &m_acronyms; ///< every definition, in text order
    QList<Acronym> m_forms; ///< each acronym once
};

} // namespace Annalist::EventLabels
