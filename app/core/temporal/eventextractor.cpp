// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/eventextractor.h"

#include "article/datevalue.h"

#include "temporal/temporaltokens.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <string_view>

namespace Annalist {

using namespace Temporal;
using namespace Qt::StringLiterals;

namespace {

constexpr int MaxLabelWords = 12;

/// How far from its dates a statement is looked for, in UTF-16 units. A
/// "sentence" can be megabytes long (a file without punctuation); looking
/// only this far keeps the work per date bounded and the whole linear. Real
/// sentences are far shorter, so they are read whole as before.
constexpr qsizetype Reach = 500;

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
QStringView textBetween(const QString &text, qsizetype from, qsizetype to)
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

// The tagger's tokens of text[from, to), offsets into the text, as
// tokenize() of that slice gives them: a view of those the tagger kept where
// it has them, else made into `made`, along the recognizer's words when there
// are any, which spares reading the characters again.
std::span<const Token> sliceTokens(const QString &text, qsizetype from, qsizetype to,
                                   std::span<const Word> words, const TokenRuns *runs, TokenVector &made)
{
    // Most clauses lie in sentences the tagger has read.
    if (runs) {
        if (const auto kept = runs->find(from, to))
            return *kept;
    }
    const QStringView slice = textBetween(text, from, to);
    from = qBound<qsizetype>(0, from, text.size());
    made.clear();
    if (words.empty() || slice.isEmpty())
        tokenize(slice, from, made);
    else
        tokenizeAlong(text, TextRange{from, from + slice.size()}, words, made);
    return made;
}

// The start of the first word at or after pos (never after limit).
qsizetype wordStartFrom(const QString &text, qsizetype pos, qsizetype limit)
{
    while (pos < limit && pos > 0 && !text[pos - 1].isSpace())
        ++pos;
    return pos;
}

// The end of the last word at or before pos (never before limit).
qsizetype wordEndUntil(const QString &text, qsizetype pos, qsizetype limit)
{
    while (pos > limit && pos < text.size() && !text[pos].isSpace())
        --pos;
    return pos;
}

bool oneOf(QStringView w, std::initializer_list<QLatin1StringView> list)
{
    for (auto l : list)
        if (wordIs(w, l))
            return true;
    return false;
}

// The recognizer's acronym definitions (Recognizer::recognize()) as labels
// use them: each definition from a "the" before its long form through the
// closing parenthesis.
QList<Acronym> acronymsOf(const QString &text, const QList<AcronymDefinition> &definitions)
{
    QList<Acronym> result;
    result.reserve(definitions.size());
    for (const AcronymDefinition &d : definitions) {
        if (d.longForm.start < 0 || d.longForm.end > d.acronym.start || d.acronym.end >= text.size())
            continue; // not of this text
        qsizetype start = d.longForm.start;
        qsizetype p = start;
        while (p > 0 && text[p - 1].isSpace())
            --p;
        if (p >= 3 && QStringView(text).mid(p - 3, 3).compare(u"the"_s, Qt::CaseInsensitive) == 0
            && (p == 3 || !text[p - 4].isLetter()))
            start = p - 3;
        result.append({{start, d.acronym.end + 1}, text.mid(d.longForm.start, d.longForm.length()),
                       text.mid(d.acronym.start, d.acronym.length())});
    }
    return result;
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

/// Upper-cases the first letter, unless the word is a mixed-case name ("iOS", "eBay").
void capitalize(QString &label)
{
    if (label.isEmpty() || (label.size() > 1 && label[1].isUpper()))
        return;
    label[0] = label[0].toUpper();
}

/// One token of a label under construction.
struct Piece {
    qsizetype start = 0;
    qsizetype end = 0;
    bool word = false;
    bool upper = false;
    bool verb = false; ///< a finite verb or auxiliary, from the tokenizer
    bool keep = true;
    quint8 role = 0; ///< Temporal::Role bits
    bool lowerFirst = false; ///< shown with a lower-case first letter
    const QString *replacement = nullptr; ///< shown instead of the text when set (an acronym)
};

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
    QString label(TextRange range, const QList<TextRange> &dates) const;

    /// "13th Meeting of the X Forum in Baku": the occasion a lead sentence names.
    QString occasion(TextRange sentence) const;

    QString render(const QList<Piece> &pieces, qsizetype from, qsizetype to, int maxWords = 1000) const;
    QList<Piece> pieces(TextRange range) const;
    QStringView text(const Piece &p) const { return QStringView(m_a.text.constData() + p.start, p.end - p.start); }
    void replaceAcronyms(QList<Piece> &pieces) const;
    static int wordCount(const QList<Piece> &pieces, qsizetype from, qsizetype to);

    bool isVerb(const QList<Piece> &ps, qsizetype k) const;

private:
    qsizetype shortenSubject(QList<Piece> &ps, qsizetype from, qsizetype verb) const;

    const Article &m_a;
    const std::span<const Word> m_words;
    const TokenRuns *const m_runs;
    const EntityIndex &m_entities;
    const QList<Acronym> &m_acronyms; ///< every definition, in text order
    QList<Acronym> m_forms; ///< each acronym once
};

QList<Piece> Labeler::pieces(TextRange range) const
{
    TokenVector made;
    const std::span<const Token> tokens = sliceTokens(m_a.text, range.start, range.end, m_words, m_runs, made);
    // Made at their number and filled in place (an append per token checks
    // the list's room and sharing each time).
    QList<Piece> result(qsizetype(tokens.size()));
    Piece *p = result.data();
    for (const Token &t : tokens) {
        p->start = t.start;
        p->end = t.end;
        p->word = t.kind != TokenKind::Punct;
        p->upper = t.upper;
        p->verb = t.verb;
        p->role = t.role;
        ++p;
    }
    return result;
}

int Labeler::wordCount(const QList<Piece> &ps, qsizetype from, qsizetype to)
{
    int n = 0;
    qsizetype lastEnd = -1;
    for (qsizetype k = from; k < to; ++k) {
        if (!ps[k].keep)
            continue;
        if (ps[k].word && ps[k].start != lastEnd)
            ++n;
        lastEnd = ps[k].end;
    }
    return n;
}

// Kept pieces joined as they were spaced in the text; stops before the word
// that would exceed maxWords.
QString Labeler::render(const QList<Piece> &ps, qsizetype from, qsizetype to, int maxWords) const
{
    // Put together on the stack and made a string once, of its own length
    // (a long clause's length would stay allocated in the event otherwise).
    QVarLengthArray<char16_t, 256> out;
    int words = 0;
    qsizetype lastEnd = -1;
    for (qsizetype k = from; k < to; ++k) {
        const Piece &p = ps[k];
        if (!p.keep)
            continue;
        const bool glued = p.start == lastEnd;
        if (p.word && !glued && ++words > maxWords)
            break;
        const QStringView t = p.replacement ? QStringView(*p.replacement) : text(p);
        const bool noSpaceBefore = glued || isChar(t, u',') || isChar(t, u'.') || isChar(t, u';') || isChar(t, u':')
            || isChar(t, u')') || (!out.isEmpty() && out.back() == u'(');
        if (!out.isEmpty() && !noSpaceBefore)
            out.append(u' ');
        if (p.lowerFirst && !t.isEmpty()) {
            out.append(t.front().toLower().unicode());
            out.append(t.utf16() + 1, t.size() - 1);
        } else {
            out.append(t.utf16(), t.size());
        }
        lastEnd = p.end;
    }
    // No dangling punctuation or connector at either end: the label is
    // out[begin, end).
    qsizetype begin = 0;
    qsizetype end = out.size();
    auto dangling = [](QChar c) {
        return c.isSpace() || c == u',' || c == u'.' || c == u';' || c == u':' || c == u'-' || c == u'—' || c == u'–'
            || c == u'(' || c == u'"';
    };
    while (end > begin && dangling(QChar(out[end - 1])))
        --end;
    while (end > begin && (QChar(out[begin]).isPunct() || QChar(out[begin]).isSpace()) && out[begin] != u'('
           && out[begin] != u'"')
        ++begin;
    for (QLatin1StringView tail : {" and"_L1, " or"_L1, " the"_L1, " of"_L1, " in"_L1, " to"_L1, " a"_L1, " on"_L1,
                                   " at"_L1, " for"_L1, " with"_L1, " by"_L1}) {
        // (The first test spares most labels Qt's case-insensitive comparison.)
        if (end - begin >= tail.size() && out[end - tail.size()] == u' '
            && wordIs(QStringView(out.data() + end - tail.size() + 1, tail.size() - 1), tail.mid(1)))
            end -= tail.size();
    }
    if (end == begin)
        return {};
    return QString(reinterpret_cast<const QChar *>(out.data() + begin), end - begin);
}

void Labeler::replaceAcronyms(QList<Piece> &ps) const
{
    if (ps.isEmpty())
        return;
    const TextRange range{ps.front().start, ps.back().end};
    QList<std::pair<TextRange, const QString *>> spans;
    auto it = std::lower_bound(m_acronyms.cbegin(), m_acronyms.cend(), range.start,
                               [](const Acronym &a, qsizetype pos) { return a.definition.end <= pos; });
    for (; it != m_acronyms.cend() && it->definition.start < range.end; ++it)
        if (range.overlaps(it->definition))
            spans.append({it->definition, &it->acronym});
    const qsizetype definitions = spans.size();
    // Later mentions of the long form, with or without "the".
    const QStringView slice = textBetween(m_a.text, range.start, range.end);
    for (const Acronym &a : m_forms) {
        // (A clause is short and a long form starts with a capital that is
        // rare in it: finding that first, as the standard search does,
        // costs less than Qt's search, which prepares a table at each call.)
        const std::u16string_view haystack(slice.utf16(), size_t(slice.size()));
        const std::u16string_view needle(QStringView(a.longForm).utf16(), size_t(a.longForm.size()));
        for (size_t found = haystack.find(needle); found != std::u16string_view::npos;
             found = haystack.find(needle, found + 1)) {
            const qsizetype at = qsizetype(found);
            TextRange r{range.start + at, range.start + at + a.longForm.size()};
            if (r.start >= 4 && QStringView(m_a.text).mid(r.start - 4, 4).compare(u"the "_s, Qt::CaseInsensitive) == 0)
                r.start -= 4;
            bool inDefinition = false;
            for (qsizetype d = 0; d < definitions; ++d)
                inDefinition = inDefinition || spans[d].first.contains(r);
            if (!inDefinition)
                spans.append({r, &a.acronym});
        }
    }
    for (const auto &[r, acronym] : std::as_const(spans)) {
        bool first = true;
        for (Piece &p : ps) {
            if (!r.contains(TextRange{p.start, p.end}))
                continue;
            if (first && p.keep) {
                p.replacement = acronym;
                first = false;
            } else {
                p.keep = false;
            }
        }
    }
}

bool Labeler::isVerb(const QList<Piece> &ps, qsizetype k) const
{
    const Piece &p = ps[k];
    if (!p.word || p.upper || !p.keep)
        return false;
    const QStringView w = text(p);
    if (w.size() > 1 && w.at(0).isDigit())
        return false;
    if (k > 0 && ps[k - 1].end == p.start)
        return false; // inside a hyphenated or possessive compound
    return p.verb;
}

// A long subject shrinks to the name it ends with: "Kazakhstan's
// then-President Nursultan Nazarbayev" becomes "Nazarbayev". Returns the new
// first piece of the subject.
qsizetype Labeler::shortenSubject(QList<Piece> &ps, qsizetype from, qsizetype verb) const
{
    if (wordCount(ps, from, verb) <= 3)
        return from;
    static const QLatin1StringView titles[] = {
            "president"_L1, "minister"_L1, "ambassador"_L1, "chairman"_L1, "chairwoman"_L1, "chair"_L1,
            "secretary"_L1, "director"_L1, "chief"_L1, "executive"_L1, "ceo"_L1, "spokesman"_L1,
            "spokeswoman"_L1, "spokesperson"_L1, "leader"_L1, "king"_L1, "queen"_L1, "premier"_L1,
            "governor"_L1, "mayor"_L1, "senator"_L1, "general"_L1, "dr"_L1, "mr"_L1, "mrs"_L1, "ms"_L1,
            "professor"_L1, "envoy"_L1, "founder"_L1, "head"_L1, "official"_L1, "diplomat"_L1, "analyst"_L1,
            "emperor"_L1, "sultan"_L1, "chancellor"_L1, "commissioner"_L1, "representative"_L1};
    auto isTitle = [this, &ps](qsizetype k) {
        for (auto t : titles)
            if (wordIs(text(ps[k]), t))
                return true;
        return false;
    };
    // The capitalised run just before the verb, back to a title or a compound.
    qsizetype runStart = verb;
    while (runStart > from && ps[runStart - 1].keep && ps[runStart - 1].word && ps[runStart - 1].upper
           && !isTitle(runStart - 1) && !(runStart - 2 >= from && ps[runStart - 2].end == ps[runStart - 1].start))
        --runStart;
    if (runStart == verb)
        return from;
    const TextRange run{ps[runStart].start, ps[verb - 1].end};
    bool person = runStart > from && isTitle(runStart - 1); // "President", "then-President", "CEO"
    for (const Entity *e : m_entities.in(run, true))
        if (e->type == EntityTypes::Person)
            person = true;
    if (person && verb - runStart >= 2) {
        for (qsizetype k = from; k < verb - 1; ++k)
            ps[k].keep = false;
        return verb - 1;
    }
    if (runStart > from && wordCount(ps, runStart, verb) >= 1 && person) {
        for (qsizetype k = from; k < runStart; ++k)
            ps[k].keep = false;
        return runStart;
    }
    return from;
}

QString Labeler::label(TextRange range, const QList<TextRange> &dates) const
{
    QList<Piece> ps = pieces(range);
    if (ps.isEmpty())
        return {};
    // dates are in text order and do not overlap: the first that ends after
    // the piece starts is the only one that can hold it.
    auto inDate = [&dates](const Piece &p) {
        const auto it = std::upper_bound(dates.cbegin(), dates.cend(), p.start,
                                         [](qsizetype pos, const TextRange &d) { return pos < d.end; });
        return it != dates.cend() && it->overlaps(TextRange{p.start, p.end});
    };
    // Leading connectors: "However,", "Meanwhile", "Then".
    qsizetype begin = 0;
    while (begin < ps.size() && ps[begin].word
           && oneOf(text(ps[begin]), {"however"_L1, "meanwhile"_L1, "then"_L1, "also"_L1, "and"_L1, "but"_L1, "so"_L1,
                                      "moreover"_L1, "furthermore"_L1, "subsequently"_L1, "thereafter"_L1,
                                      "finally"_L1, "later"_L1, "earlier"_L1, "nevertheless"_L1})) {
        ps[begin].keep = false;
        ++begin;
        if (begin < ps.size() && isChar(text(ps[begin]), u',')) {
            ps[begin].keep = false;
            ++begin;
        }
    }
    // A fronted phrase holding the date ("At the 1992 UN General Assembly,"):
    // the date goes, whatever else it says moves to the end.
    QList<Piece> tail;
    if (begin < ps.size() && ps[begin].word && ps[begin].upper && (ps[begin].role & Preposition)) {
        qsizetype comma = -1;
        bool hasDate = false;
        for (qsizetype k = begin; k < ps.size(); ++k) {
            if (inDate(ps[k])) {
                hasDate = true;
                continue;
            }
            if (isChar(text(ps[k]), u',') || isChar(text(ps[k]), u';')) {
                comma = k;
                break;
            }
        }
        if (comma > 0 && hasDate) {
            bool content = false;
            for (qsizetype k = begin; k < comma; ++k) {
                if (inDate(ps[k])) {
                    ps[k].keep = false;
                } else if (k > begin && ps[k].word && !(ps[k].role & FunctionWord)) {
                    content = true;
                }
            }
            if (content) {
                for (qsizetype k = begin; k < comma; ++k)
                    if (ps[k].keep)
                        tail.append(ps[k]);
                tail.front().lowerFirst = true;
            }
            for (qsizetype k = begin; k <= comma; ++k)
                ps[k].keep = false;
            begin = comma + 1;
        }
    }
    // Dates inside the clause go with their preposition and determiner.
    for (qsizetype k = begin; k < ps.size(); ++k) {
        if (!inDate(ps[k]) || !ps[k].keep)
            continue;
        qsizetype first = k;
        while (k < ps.size() && inDate(ps[k]))
            ps[k++].keep = false;
        qsizetype b = first - 1;
        while (b >= begin && ps[b].word && oneOf(text(ps[b]), {"the"_L1, "a"_L1, "an"_L1, "early"_L1, "late"_L1}))
            ps[b--].keep = false;
        if (b >= begin && ps[b].word && (ps[b].role & Preposition))
            ps[b].keep = false;
        // "in 1999 and 2002, respectively": the coordination and the adverb go too.
        while (k < ps.size() && (isChar(text(ps[k]), u',') || wordIs(text(ps[k]), "respectively"_L1))) {
            if (wordIs(text(ps[k]), "respectively"_L1))
                ps[k].keep = false;
            else if (k + 1 < ps.size() && wordIs(text(ps[k + 1]), "respectively"_L1))
                ps[k].keep = false;
            else
                break;
            ++k;
        }
        --k;
    }
    replaceAcronyms(ps);
    replaceAcronyms(tail);
    // Parenthesised asides go.
    int depth = 0;
    for (Piece &p : ps) {
        const QStringView t = text(p);
        if (isChar(t, u'('))
            ++depth;
        if (depth > 0)
            p.keep = false;
        if (isChar(t, u')') && depth > 0)
            --depth;
    }
    // Subject, verb, object.
    qsizetype verb = -1;
    for (qsizetype k = begin; k < ps.size(); ++k) {
        if (isVerb(ps, k)) {
            verb = k;
            break;
        }
    }
    qsizetype subject = begin;
    qsizetype end = ps.size();
    if (verb >= 0) {
        subject = shortenSubject(ps, begin, verb);
        // The object stops at the first clause boundary after the verb.
        for (qsizetype k = verb + 1; k < ps.size(); ++k) {
            if (!ps[k].keep)
                continue;
            const QStringView t = text(ps[k]);
            if (isChar(t, u',') || isChar(t, u';') || isChar(t, u':') || isChar(t, u'—') || isChar(t, u'–')
                || isChar(t, u'"') || (ps[k].role & ClauseStop)) {
                end = k;
                break;
            }
        }
    }
    const int tailWords = wordCount(tail, 0, tail.size());
    const int budget = MaxLabelWords - (tailWords <= 6 ? tailWords : 0);
    QString out = render(ps, subject, end, budget);
    if (tailWords > 0 && tailWords <= 6) {
        const QString t = render(tail, 0, tail.size());
        if (!t.isEmpty())
            out += u' ' + t;
    }
    capitalize(out);
    return out;
}

QString Labeler::occasion(TextRange sentence) const
{
    QList<Piece> ps = pieces(sentence);
    QString name;
    qsizetype e = -1; // the piece after the occasion's name
    // An EVENT entity named in the sentence is the occasion.
    for (const Entity *entity : m_entities.in(sentence)) {
        const Entity &ent = *entity;
        if (ent.type == EntityTypes::Event) {
            name = ent.canonical.isEmpty() ? m_a.slice(ent.range).toString() : ent.canonical;
            e = 0;
            while (e < ps.size() && ps[e].start < ent.range.end)
                ++e;
            break;
        }
    }
    static const QLatin1StringView occasions[] = {
        "meeting"_L1, "forum"_L1, "summit"_L1, "conference"_L1, "session"_L1, "assembly"_L1, "congress"_L1,
        "festival"_L1, "games"_L1, "olympics"_L1, "championship"_L1, "championships"_L1, "expo"_L1,
        "symposium"_L1, "talks"_L1, "ceremony"_L1, "exhibition"_L1, "fair"_L1, "cup"_L1, "convention"_L1,
        "dialogue"_L1, "council"_L1, "round"_L1, "show"_L1, "week"_L1, "conclave"_L1, "plenary"_L1};
    for (qsizetype k = 0; name.isEmpty() && k + 1 < ps.size(); ++k) {
        if (!ps[k].word || !oneOf(text(ps[k]), {"at"_L1, "during"_L1}))
            continue;
        qsizetype s = k + 1;
        if (wordIs(text(ps[s]), "the"_L1))
            ++s;
        // A name: capitalised words, ordinals, numbers, and function words between capitals.
        e = s;
        bool hasOccasion = false;
        int capitals = 0;
        while (e < ps.size() && ps[e].word) {
            const QStringView t = text(ps[e]);
            const bool glued = e > s && ps[e - 1].end == ps[e].start;
            if (ps[e].upper || t.front().isDigit() || glued) {
                if (ps[e].upper)
                    ++capitals;
                for (auto o : occasions)
                    hasOccasion = hasOccasion || wordIs(t, o);
                ++e;
            } else if ((ps[e].role & FunctionWord) && !wordIs(t, "in"_L1) && e + 1 < ps.size() && ps[e + 1].word
                       && (ps[e + 1].upper || (wordIs(text(ps[e + 1]), "the"_L1) && e + 2 < ps.size() && ps[e + 2].upper))) {
                ++e;
            } else {
                break;
            }
        }
        if (hasOccasion && capitals >= 2)
            name = render(ps, s, e);
    }
    if (name.isEmpty())
        return {};
    // "(being) held in Baku", "taking place in Baku", "in Baku"
    qsizetype p = e;
    while (p < ps.size() && ps[p].word
           && oneOf(text(ps[p]), {"being"_L1, "to"_L1, "be"_L1, "held"_L1, "hosted"_L1, "taking"_L1, "place"_L1,
                                  "that"_L1, "which"_L1, "is"_L1, "was"_L1, "organized"_L1, "organised"_L1,
                                  "convened"_L1, "underway"_L1, "under"_L1, "way"_L1}))
        ++p;
    if (p + 1 < ps.size() && wordIs(text(ps[p]), "in"_L1) && ps[p + 1].upper) {
        qsizetype q = p + 1;
        while (q < ps.size() && ps[q].word && ps[q].upper)
            ++q;
        name += u" in " + render(ps, p + 1, q);
    }
    return name;
}

bool isEventValue(const Timex &t)
{
    if (t.type != u"DATE" && t.type != u"TIME")
        return false;
    const QStringView v = t.value;
    if (v.size() < 4)
        return false;
    if (v.front().isDigit())
        return true;
    // XXXX-04-07: a day whose year the article does not give.
    return v.startsWith(u"XXXX-") && v.size() >= 10 && v[5].isDigit() && v[8].isDigit();
}

// A key that sorts TIMEX3 values chronologically, coarser before finer within
// the same start; values without a year go last.
QString sortKey(const QString &value)
{
    if (!value.front().isDigit())
        return u"~" + value;
    QString y = value.left(4);
    const QStringView rest = QStringView(value).mid(4);
    if (rest.isEmpty())
        return y + u"-00-00-0";
    if (rest.size() >= 3 && rest[1] == u'Q')
        return y + u'-' + QString::number((rest[2].digitValue() - 1) * 3 + 1).rightJustified(2, u'0') + u"-00-1";
    if (rest.size() >= 3 && rest[1] == u'H')
        return y + (rest[2] == u'1' ? u"-01-00-1" : u"-07-00-1");
    if (rest.size() >= 3 && rest[1] == u'W' && rest[2].isDigit()) {
        const QDate d = QDate(value.left(4).toInt(), 1, 4).addDays((rest.mid(2, 2).toInt() - 1) * 7);
        const QDate monday = d.addDays(1 - d.dayOfWeek());
        return monday.toString(Qt::ISODate) + u"-2";
    }
    if (rest.startsWith(u"-SP"))
        return y + u"-03-00-1";
    if (rest.startsWith(u"-SU"))
        return y + u"-06-00-1";
    if (rest.startsWith(u"-FA"))
        return y + u"-09-00-1";
    if (rest.startsWith(u"-WI"))
        return y + u"-12-00-1";
    if (rest.size() == 3)
        return y + rest + u"-00-1";
    return value.left(10) + u"-3" + value.mid(10);
}

// The timexes overlapping range; timexes are in text order.
QList<const Timex *> timexesIn(const QList<Timex> &timexes, TextRange range)
{
    auto it = std::lower_bound(timexes.cbegin(), timexes.cend(), range.start,
                               [](const Timex &t, qsizetype pos) { return t.range.end <= pos; });
    QList<const Timex *> result;
    for (; it != timexes.cend() && it->range.start < range.end; ++it)
        if (it->range.overlaps(range))
            result.append(&*it);
    return result;
}

// A byline ("By Kari Lund, 12 March 2024", "By Kari Lund and Per Dahl |
// Updated 3 May"): a paragraph of its own that says who wrote the article and
// when, which is no statement of something that happened. Told from a
// sentence that opens with "By" ("By March, the plant had closed") by its
// words: names, dates and joining words, with hardly a lower-case word.
bool isByline(const Article &article, qsizetype pos)
{
    const auto it = std::upper_bound(article.paragraphs.cbegin(), article.paragraphs.cend(), pos,
                                     [](qsizetype p, const TextRange &r) { return p < r.start; });
    if (it == article.paragraphs.cbegin())
        return false;
    const TextRange paragraph = *(it - 1);
    if (!paragraph.contains(pos))
        return false;
    const QStringView text = article.slice(paragraph).trimmed();
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

QStringList entityNames(const Article &article, const EntityIndex &entities, TextRange range)
{
    QStringList names;
    const QList<const Entity *> inRange = entities.in(range);
    names.reserve(inRange.size());
    for (const Entity *e : inRange) {
        const QString name = e->canonical.isEmpty() ? article.slice(e->range).toString() : e->canonical;
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace

QList<TimelineEvent> EventExtractor::extract(const Article &article, const EntityList &entities,
                                             const QList<Timex> &timexes) const
{
    return extract(article, entities, timexes, std::span<const Word>());
}

QList<TimelineEvent> EventExtractor::extract(const Article &article, const EntityList &entities,
                                             const QList<Timex> &timexes, std::span<const Word> words) const
{
    return extract(article, entities, timexes, words, nullptr);
}

QList<TimelineEvent> EventExtractor::extract(const Article &article, const EntityList &entities,
                                             const QList<Timex> &timexes, std::span<const Word> words,
                                             const Temporal::TokenRuns *runs,
                                             const QList<AcronymDefinition> &acronymDefinitions) const
{
    const QList<Acronym> acronyms = acronymsOf(article.text, acronymDefinitions);
    const EntityIndex index(entities);
    const Labeler labeler(article, words, runs, index, acronyms);
    QList<TimelineEvent> events;
    QList<qsizetype> positions; // text position of each event, for a stable order
    // At most one event per date expression. (Room for the events of a news
    // article's dates is made at once; a long document's grow as they come,
    // since most of its dates are no events and room for each would be
    // megabytes.)
    constexpr qsizetype ArticleDates = 256;
    events.reserve(std::min(timexes.size(), ArticleDates));
    positions.reserve(timexes.size());

    // The dateline: the loader's, else a short first sentence that ends in a
    // date ("BAKU, Azerbaijan, September 9.") or a line that is only a date.
    qsizetype datelineTimex = -1;
    qsizetype datelineSentence = -1;
    for (qsizetype k = 0; k < timexes.size(); ++k) {
        const Timex &t = timexes[k];
        if (t.type != u"DATE")
            continue;
        if (!article.dateline.isEmpty()) {
            if (article.dateline.contains(t.range)) {
                datelineTimex = k;
                datelineSentence = article.sentenceAt(t.range.start);
            }
            if (t.range.start >= article.dateline.end)
                break;
            continue;
        }
        const qsizetype s = article.sentenceAt(t.range.start);
        if (s < 0 || s > 2)
            break;
        if (isByline(article, t.range.start))
            continue; // "BY KARI LUND, 12 MARCH 2024" reads like a dateline, but names no place
        const TextRange sentence = article.sentences[s];
        // A dateline is short: a date far into its sentence is none (and the
        // words before it need no reading, which in a megabyte-long sentence
        // would be slow for every date).
        if (t.range.start - sentence.start > Reach)
            continue;
        const QStringView rest = textBetween(article.text, t.range.end, sentence.end).trimmed();
        const QStringView before = textBetween(article.text, sentence.start, t.range.start).trimmed();
        const bool onlyDate = before.isEmpty() && rest.size() <= 1;
        const TokenVector words = tokenize(before);
        // "BAKU, Azerbaijan, September 9.": a capitalised place, a comma, a day.
        const bool placeFirst = !words.empty() && words.size() <= 10 && words.front().kind == TokenKind::Word
            && before.mid(words.front().start, words.front().length()).toString().isUpper() && words.front().length() > 1
            && before.endsWith(u',') && rest.size() <= 1;
        const bool hasDay = t.value.size() >= 10 && t.value[8].isDigit();
        if ((onlyDate || placeFirst) && hasDay) {
            datelineTimex = k;
            datelineSentence = s;
            break;
        }
    }
    if (datelineTimex >= 0 && isEventValue(timexes[datelineTimex])) {
        const Timex &t = timexes[datelineTimex];
        // The lead: the dateline's own sentence when it says more, else the next one.
        qsizetype lead = datelineSentence;
        const TextRange ds = article.sentences[datelineSentence];
        const QStringView after = textBetween(article.text, t.range.end, ds.end).trimmed();
        if (after.size() <= 1 && lead + 1 < article.sentences.size())
            ++lead;
        TimelineEvent ev;
        ev.date = article.date.isValid() ? article.date.toString(Qt::ISODate) : t.value;
        TextRange leadRange = article.sentences[lead];
        ev.sentence = {ds.start, leadRange.end};
        if (lead == datelineSentence) {
            // The statement after the dateline, without it: "LONDON, March 12. The board …".
            qsizetype from = article.dateline.isEmpty() ? t.range.end : std::max(t.range.end, article.dateline.end);
            while (from < leadRange.end && (article.text[from].isSpace() || article.text[from] == u'.'
                                            || article.text[from] == u',' || article.text[from] == u'\u2014'))
                ++from;
            leadRange.start = from;
        }
        ev.expression = t.range;
        ev.label = labeler.occasion(leadRange);
        if (ev.label.isEmpty()) {
            QList<TextRange> leadDates;
            for (const Timex *x : timexesIn(timexes, leadRange))
                leadDates.append(x->range);
            ev.label = labeler.label(leadRange, leadDates);
        }
        ev.entities = entityNames(article, index, leadRange);
        events.append(std::move(ev));
        positions.append(t.range.start);
    }

    // Every other dated expression, grouped by sentence.
    for (qsizetype k = 0; k < timexes.size();) {
        const Timex &t = timexes[k];
        if (k == datelineTimex || !isEventValue(t)) {
            ++k;
            continue;
        }
        const qsizetype s = article.sentenceAt(t.range.start);
        if (s < 0 || isByline(article, t.range.start)) {
            ++k;
            continue;
        }
        const TextRange sentence = article.sentences[s];
        // Labels come from the statement, not from the dateline that opens
        // the first sentence ("TASHKENT, Uzbekistan, May 3. Ministers met …").
        TextRange body = sentence;
        // Only the part of a very long sentence near the date (see Reach).
        TextRange near = sentence;
        if (t.range.start - near.start > Reach)
            near.start = wordStartFrom(article.text, t.range.start - Reach, t.range.start);
        if (!article.dateline.isEmpty() && sentence.contains(article.dateline)
            && article.dateline.end <= t.range.start) {
            body.start = article.dateline.end;
            while (body.start < t.range.start && article.text[body.start].isSpace())
                ++body.start;
        }
        // "since 1992" dates a state, not an event.
        {
            const QStringView before = textBetween(article.text, body.start, t.range.start).trimmed();
            if (before.endsWith(u"since"_s, Qt::CaseInsensitive)) {
                ++k;
                continue;
            }
        }
        // A coordination of dates: "in 1999 and 2002", "in 2004, 2008 and 2013".
        qsizetype last = k;
        while (last + 1 < timexes.size() && isEventValue(timexes[last + 1])) {
            const QStringView gap = textBetween(article.text, timexes[last].range.end, timexes[last + 1].range.start)
                                        .trimmed();
            if (isChar(gap, u',') || wordIs(gap, "and"_L1) || gap == u", and" || isChar(gap, u'&'))
                ++last;
            else
                break;
        }
        if (near.end - timexes[last].range.end > Reach)
            near.end = wordEndUntil(article.text, timexes[last].range.end + Reach, timexes[last].range.end);
        body.start = std::max(body.start, near.start);
        const QStringView afterGroup = textBetween(article.text, timexes[last].range.end, near.end);
        const bool respectively = last > k && afterGroup.trimmed().startsWith(u","_s)
            && afterGroup.contains(u"respectively"_s, Qt::CaseInsensitive);
        bool distributed = false;
        if (respectively) {
            const qsizetype count = last - k + 1;
            QList<Piece> ps = labeler.pieces({body.start, t.range.start});
            // The preposition before the first date; the verb phrase runs from
            // the first verb to it ("were signed", "joined the customs pact").
            qsizetype verbEnd = ps.size();
            if (verbEnd > 0 && ps[verbEnd - 1].word && !ps[verbEnd - 1].upper)
                --verbEnd; // "in", "on"
            qsizetype verbStart = -1;
            for (qsizetype q = 0; q < verbEnd && verbStart < 0; ++q)
                if (labeler.isVerb(ps, q))
                    verbStart = q;
            if (verbStart < 0)
                verbStart = verbEnd;
            qsizetype p = verbStart - 1;
            while (p >= 0 && (isChar(labeler.text(ps[p]), u',') || oneOf(labeler.text(ps[p]), {"which"_L1, "that"_L1, "who"_L1})))
                --p;
            const qsizetype itemsEnd = p + 1;
            // Split the items at the last "and" and the commas before it.
            QList<qsizetype> cuts; // piece index of each separator, right to left
            int depth = 0;
            for (qsizetype q = itemsEnd - 1; q >= 0 && cuts.size() < count - 1; --q) {
                const QStringView w = labeler.text(ps[q]);
                if (isChar(w, u')'))
                    ++depth;
                else if (isChar(w, u'('))
                    --depth;
                if (depth != 0)
                    continue;
                // "A, B, and C": the comma just before "and" is no separator.
                if (cuts.isEmpty() ? wordIs(w, "and"_L1) : (isChar(w, u',') && q + 1 != cuts.back()))
                    cuts.append(q);
            }
            if (cuts.size() == count - 1 && verbStart < verbEnd) {
                QList<Piece> verbPieces = ps.mid(verbStart, verbEnd - verbStart);
                for (Piece &v : verbPieces)
                    if (oneOf(labeler.text(v), {"was"_L1, "were"_L1, "is"_L1, "are"_L1, "been"_L1, "being"_L1,
                                                "has"_L1, "have"_L1, "had"_L1, "be"_L1}))
                        v.keep = false;
                const QString verbText = labeler.render(verbPieces, 0, verbPieces.size());
                std::reverse(cuts.begin(), cuts.end());
                labeler.replaceAcronyms(ps);
                qsizetype itemStart = 0;
                for (qsizetype j = 0; j < count; ++j) {
                    const qsizetype itemEnd = j < cuts.size() ? cuts[j] : itemsEnd;
                    qsizetype from = itemStart;
                    while (from < itemEnd && (!ps[from].word || oneOf(labeler.text(ps[from]), {"the"_L1, "a"_L1, "an"_L1, "and"_L1})))
                        ++from;
                    if (j == cuts.size() && from > itemEnd)
                        from = itemEnd;
                    QString item = labeler.render(ps, from, itemEnd, MaxLabelWords - 2);
                    TimelineEvent ev;
                    const Timex &d = timexes[k + j];
                    ev.date = d.value;
                    ev.until = d.until;
                    ev.label = verbText.isEmpty() ? item : item + u' ' + verbText;
                    capitalize(ev.label);
                    ev.sentence = near;
                    ev.expression = d.range;
                    if (from < itemEnd)
                        ev.entities = entityNames(article, index, {ps[from].start, ps[itemEnd - 1].end});
                    events.append(std::move(ev));
                    positions.append(d.range.start);
                    itemStart = (j < cuts.size() ? cuts[j] : itemsEnd) + 1;
                }
                distributed = true;
            }
        }
        if (!distributed) {
            // The clause: the sentence, cut at semicolons.
            TextRange clause = near;
            for (qsizetype p = t.range.start; p > body.start; --p)
                if (article.text[p - 1] == u';') {
                    clause.start = p;
                    break;
                }
            for (qsizetype p = timexes[last].range.end; p < clause.end; ++p)
                if (article.text[p] == u';') {
                    clause.end = p;
                    break;
                }
            // Another dated statement in the clause: "met on 3 March and will
            // meet again on 2 June" splits at the "and" between the dates.
            QString subject;
            // Only the nearest few dates on each side can cut the clause in
            // practice; reading every date of a long run for each date would
            // make a sentence of many dates quadratic.
            constexpr qsizetype Nearest = 4;
            QList<const Timex *> others;
            {
                const QList<const Timex *> all = timexesIn(timexes, clause);
                QList<const Timex *> before;
                for (const Timex *x : all) {
                    if (x->range.end <= t.range.start)
                        before.append(x);
                    else if (x->range.start > timexes[last].range.start && others.size() < Nearest)
                        others.append(x);
                }
                others = before.mid(std::max<qsizetype>(0, before.size() - Nearest)) + others;
            }
            for (const Timex *xp : std::as_const(others)) {
                const Timex &x = *xp;
                if (!isEventValue(x) || (x.range.start >= t.range.start && x.range.start <= timexes[last].range.start))
                    continue;
                const bool before = x.range.end <= t.range.start;
                const TextRange between = before ? TextRange{x.range.end, t.range.start} : TextRange{timexes[last].range.end, x.range.start};
                const QList<Piece> ps = labeler.pieces(between);
                qsizetype cut = -1;
                for (qsizetype q = 0; q < ps.size(); ++q)
                    if (ps[q].word && oneOf(labeler.text(ps[q]), {"and"_L1, "but"_L1}) && (cut < 0 || before))
                        cut = q;
                if (cut < 0)
                    continue;
                if (before) {
                    // The subject of the clause carries over: "Shareholders … will meet again".
                    const QList<Piece> head = labeler.pieces({clause.start, x.range.start});
                    for (qsizetype q = 0; q < head.size(); ++q)
                        if (labeler.isVerb(head, q)) {
                            // Without the adverbs before the verb: "Shareholders last met".
                            qsizetype e = q;
                            while (e > 0 && head[e - 1].word && !head[e - 1].upper
                                   && (labeler.text(head[e - 1]).endsWith(u"ly"_s)
                                       || oneOf(labeler.text(head[e - 1]), {"last"_L1, "first"_L1, "also"_L1, "then"_L1,
                                                                            "again"_L1, "still"_L1, "just"_L1, "already"_L1,
                                                                            "never"_L1, "once"_L1})))
                                --e;
                            subject = labeler.render(head, 0, e, 4);
                            break;
                        }
                    clause.start = ps[cut].end;
                } else {
                    clause.end = ps[cut].start;
                }
            }
            QList<TextRange> dates;
            for (const Timex *x : timexesIn(timexes, clause))
                dates.append(x->range);
            QString label = labeler.label(clause, dates);
            if (label.isEmpty()) {
                k = last + 1;
                continue; // a date standing alone: nothing is said to happen on it
            }
            if (!subject.isEmpty() && !label.isEmpty()) {
                label[0] = label[0].toLower();
                label = subject + u' ' + label;
            }
            const QStringList names = entityNames(article, index, clause);
            for (qsizetype j = k; j <= last; ++j) {
                TimelineEvent ev;
                ev.date = timexes[j].value;
                ev.until = timexes[j].until;
                ev.label = label;
                ev.sentence = near;
                ev.expression = timexes[j].range;
                ev.entities = names;
                events.append(std::move(ev));
                positions.append(timexes[j].range.start);
            }
        }
        k = last + 1;
    }

    // Duplicates merge: the same date from the same sentence, or the same date
    // and label twice.
    QList<TimelineEvent> merged;
    QList<qsizetype> mergedPositions;
    merged.reserve(std::min(events.size(), ArticleDates));
    mergedPositions.reserve(events.size());
    // Merged events by the day part of their date (views of the dates in
    // events, which stays as it is from here on).
    QHash<QStringView, QList<qsizetype>> byDay;
    for (qsizetype k = 0; k < events.size(); ++k) {
        const TimelineEvent &ev = std::as_const(events)[k];
        qsizetype into = -1;
        QList<qsizetype> &sameDay = byDay[QStringView(ev.date).left(10)];
        for (qsizetype m : std::as_const(sameDay)) {
            const TimelineEvent &o = merged[m];
            if (o.sentence.overlaps(ev.sentence) || o.label.compare(ev.label, Qt::CaseInsensitive) == 0) {
                into = m;
                break;
            }
        }
        if (into < 0) {
            sameDay.append(merged.size());
            merged.append(ev);
            mergedPositions.append(positions[k]);
            continue;
        }
        for (const QString &n : ev.entities)
            if (!merged[into].entities.contains(n))
                merged[into].entities.append(n);
    }
    QList<qsizetype> order(merged.size());
    for (qsizetype k = 0; k < order.size(); ++k)
        order[k] = k;
    QStringList keys;
    for (const TimelineEvent &ev : std::as_const(merged))
        keys.append(sortKey(ev.date));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (keys[a] != keys[b])
            return keys[a] < keys[b];
        return mergedPositions[a] < mergedPositions[b];
    });
    QList<TimelineEvent> result;
    result.reserve(merged.size());
    for (qsizetype k : std::as_const(order))
        result.append(std::move(merged[k]));
    return result;
}

} // namespace Annalist
