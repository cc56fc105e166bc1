// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/eventlabeler_p.h"
#include "temporal/eventclauses_p.h"

#include <QSet>

#include <array>

namespace Annalist::EventLabels {

using namespace Qt::StringLiterals;

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

void capitalize(QString &label)
{
    if (label.isEmpty() || (label.size() > 1 && label[1].isUpper()))
        return;
    label[0] = label[0].toUpper();
}

QList<Piece> Labeler::pieces(TextRange range) const
{
    TokenVector made;
    const std::span<const Token> tokens = sliceTokens(m_a.text, range.start, range.end, m_words, m_runs, made);
    // Made at their number and filled in place (an append per token checks
    // the list's room and sharing each time).
    QList<Piece> result(qsizetype(tokens.size()));
    Piece *p = result.data();
    for (size_t k = 0; k < tokens.size(); ++k) {
        const Token &t = tokens[k];
        // "12,000", "2.5": one number, whose comma or point ends no clause.
        if (p != result.data() && t.kind == TokenKind::Number && k >= 2 && tokens[k - 2].kind == TokenKind::Number
            && tokens[k - 1].end == t.start && tokens[k - 2].end == tokens[k - 1].start
            && (isChar(text(p[-1]), u',') || isChar(text(p[-1]), u'.'))) {
            --p;
            p[-1].end = t.end;
            continue;
        }
        p->start = t.start;
        p->end = t.end;
        p->word = t.kind != TokenKind::Punct;
        p->upper = t.upper;
        p->verb = t.verb;
        p->role = t.role;
        p->lex = t.lex;
        ++p;
    }
    result.resize(p - result.data());
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
    // A phrase that ends a few words past the budget is kept whole: cutting
    // its last words saves little and strands what came before ("… said
    // that its first convoy", a subject without its verb).
    if (maxWords <= MaxLabelWords && wordCount(ps, from, to) <= maxWords + LabelSlackWords)
        maxWords = MaxLabelWords + LabelSlackWords;
    int words = 0;
    qsizetype lastEnd = -1;
    // Within a quotation, the marks hug the quoted words: '"dead"', not '" dead "'.
    bool inQuote = false;
    bool afterOpeningQuote = false;
    // Where the run of capitalized words being written began in out: a
    // label cut inside a name loses the name's part ("at the World" ends
    // at "at the", which the cut below removes too).
    qsizetype nameStart = -1;
    // Where each piece written began in out, and the words before it, for
    // a cut (below); a label has few.
    struct Written {
        qsizetype piece;
        qsizetype at;
        int wordsBefore;
    };
    QVarLengthArray<Written, 48> written;
    // A preposition, a conjunction or a comma begins a phrase.
    const auto opensPhrase = [&](qsizetype k) {
        const Piece &p = ps[k];
        return (p.word && (isPreposition(p, text(p)) || oneOf(text(p), {"and"_L1, "or"_L1, "but"_L1, "that"_L1})))
            || isChar(text(p), u',');
    };
    bool truncated = false;
    bool finishing = false;
    for (qsizetype k = from; k < to; ++k) {
        const Piece &p = ps[k];
        if (!p.keep)
            continue;
        const bool glued = p.start == lastEnd;
        if (p.word && !glued && ++words > maxWords) {
            // A name the cut would split ends the label when it ends within
            // a few words ("the former treasurer of the Orlan Rowing Club");
            // a longer one goes whole.
            if (p.upper && nameStart > 0 && !finishing) {
                int rest = 0;
                for (qsizetype q = k; q < to && ps[q].keep && ps[q].upper && rest <= LabelSlackWords; ++q)
                    rest += ps[q].word && ps[q].start != (q > k ? ps[q - 1].end : -1) ? 1 : 0;
                if (rest <= LabelSlackWords) {
                    maxWords = words - 1 + rest;
                    finishing = true;
                }
            }
            // Nor does a label end on an auxiliary: the verb group it opened
            // ends the label when it ends within a few words ("… reporters
            // were being held", not "… reporters were").
            const Written *previous = written.isEmpty() ? nullptr : &written.back();
            if (!finishing && previous && ps[previous->piece].word && !p.upper
                && isAuxiliaryWord(text(ps[previous->piece]))) {
                const auto verbal = [&](qsizetype q) {
                    const QStringView w = text(ps[q]);
                    return ps[q].word && !ps[q].upper
                        && (isVerb(ps, q) || isAuxiliaryWord(w)
                            || (w.size() > 3 && (w.endsWith(u"ing") || w.endsWith(u"ed") || w.endsWith(u"en"))));
                };
                int rest = 0;
                for (qsizetype q = k; q < to && rest <= LabelSlackWords && (!ps[q].keep || verbal(q)); ++q)
                    rest += ps[q].keep && ps[q].word ? 1 : 0;
                if (rest > 0 && rest <= LabelSlackWords && words - 1 + rest <= MaxLabelWords + LabelSlackWords) {
                    maxWords = words - 1 + rest;
                    finishing = true;
                }
            }
        }
        if (p.word && !glued && words > maxWords) {
            if (p.upper && nameStart > 0)
                out.resize(nameStart);
            // A label cut inside a phrase ends where that phrase began:
            // "declared an emergency in three districts and asked the …"
            // loses "and asked", "an expansion of the Velden container
            // terminal" its "of the Velden container"; one cut where a
            // phrase begins is whole already.
            // (A verb, a participle or a relative word opens a phrase of its
            // own: "for a seminar marking …" is whole.)
            const bool opensOwn = opensPhrase(k) || isVerb(ps, k) || (p.role & ClauseStop)
                || (text(p).size() > 4 && text(p).endsWith(u"ing"));
            if (!opensOwn) {
                for (qsizetype w = written.size() - 1; w > 0; --w) {
                    if (opensPhrase(written[w].piece)) {
                        if (written[w].wordsBefore >= 5)
                            out.resize(std::min(out.size(), written[w].at));
                        break;
                    }
                }
            }
            // Nor does it end inside a clause whose verb it cut: "stood still
            // for a second day as members of the union walked out" ends
            // before "as". ("served as chairwoman of the board" has no verb
            // after "as": a role, which stays.)
            const auto verbCut = [&](qsizetype q) {
                for (qsizetype r = q + 1; r < to; ++r) {
                    const QStringView t = text(ps[r]);
                    if (isChar(t, u',') || isChar(t, u';') || isChar(t, u':') || isChar(t, u'.'))
                        return false;
                    if (r >= k && isVerb(ps, r))
                        return true;
                }
                return false;
            };
            for (qsizetype w = written.size() - 1; w > 0; --w) {
                if (written[w].at >= out.size())
                    continue; // (cut already)
                const qsizetype q = written[w].piece;
                if (isVerb(ps, q))
                    break;
                const bool opensClause = ps[q].word && !ps[q].upper
                    && oneOf(text(ps[q]), {"as"_L1, "while"_L1, "because"_L1, "whereas"_L1, "although"_L1,
                                           "though"_L1, "unless"_L1, "if"_L1, "when"_L1})
                    && verbCut(q);
                if (opensClause) {
                    if (written[w].wordsBefore >= 5)
                        out.resize(written[w].at);
                    break;
                }
            }
            truncated = true;
            break;
        }
        if (!glued)
            written.append({k, out.size(), p.word ? words - 1 : words});
        if (p.word && !glued)
            nameStart = !p.upper ? -1 : nameStart < 0 ? out.size() : nameStart;
        const QStringView t = p.replacement ? QStringView(*p.replacement) : text(p);
        const bool quote = isQuoteMark(t);
        const bool closing = quote && (isChar(t, u'”') || (inQuote && !isChar(t, u'“')));
        const bool noSpaceBefore = glued || isChar(t, u',') || isChar(t, u'.') || isChar(t, u';') || isChar(t, u':')
            || isChar(t, u')') || (!out.isEmpty() && out.back() == u'(') || closing || afterOpeningQuote;
        afterOpeningQuote = quote && !closing;
        if (quote)
            inQuote = !closing;
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
            || c == u'(';
    };
    while (end > begin && dangling(QChar(out[end - 1])))
        --end;
    while (end > begin && (QChar(out[begin]).isPunct() || QChar(out[begin]).isSpace()) && out[begin] != u'('
           && out[begin] != u'"')
        ++begin;
    // Until none is left: "new technologies and the" loses both.
    // Cuts a last word tail (" and") from out[begin, end) where it ends there.
    const auto cutLast = [&](QLatin1StringView tail) {
        // (The first test spares most labels Qt's case-insensitive comparison.)
        if (end - begin <= tail.size() || out[end - tail.size()] != u' '
            || !wordIs(QStringView(out.data() + end - tail.size() + 1, tail.size() - 1), tail.mid(1)))
            return false;
        // A whole statement's "in" after a participle is the verb's own:
        // "will be sworn in", "was phased in".
        if (!truncated && tail == " in"_L1) {
            const QStringView before = QStringView(out.data() + begin, end - tail.size() - begin);
            const QStringView last = before.mid(before.lastIndexOf(u' ') + 1);
            if (isPastForm(last) || (last.size() > 3 && last.endsWith(u"ed")))
                return false;
        }
        end -= tail.size();
        return true;
    };
    for (bool cut = true; cut;) {
        cut = false;
        for (QLatin1StringView tail : {" and"_L1, " or"_L1, " the"_L1, " of"_L1, " in"_L1, " to"_L1, " a"_L1,
                                       " an"_L1, " on"_L1, " at"_L1, " for"_L1, " with"_L1, " by"_L1, " from"_L1,
                                       " since"_L1, " until"_L1, " between"_L1, " during"_L1, " into"_L1,
                                       " across"_L1, " near"_L1, " through"_L1, " against"_L1, " via"_L1,
                                       " than"_L1,
                                       // what is left of "as early as 1990", "as far back as 1990"
                                       " as early"_L1, " as late"_L1, " as recently"_L1, " as far back"_L1,
                                       " as long ago"_L1})
            cut = cutLast(tail) || cut;
        // Words that end a statement as adverbs ("the worst might be
        // over") but are left hanging where the label was cut short.
        if (truncated)
            for (QLatin1StringView tail : {" over"_L1, " under"_L1, " about"_L1, " as"_L1, " after"_L1, " before"_L1,
                                           " more"_L1, " fewer"_L1, " less"_L1, " some"_L1, " several"_L1,
                                           " nearly"_L1, " almost"_L1, " around"_L1})
                cut = cutLast(tail) || cut;
        while (cut && end > begin && dangling(QChar(out[end - 1])))
            --end;
    }
    // Quotation marks with nothing left between them go ("would not
    // happen \"in the foreseeable future\"", whose words were a date).
    for (qsizetype k = begin; k + 1 < end; ++k) {
        const bool open = out[k] == u'"' || out[k] == u'\u201C';
        const bool close = out[k + 1] == u'"' || out[k + 1] == u'\u201D';
        if (open && close) {
            std::copy(out.begin() + k + 2, out.begin() + end, out.begin() + k);
            end -= 2;
            while (k > begin && QChar(out[k - 1]).isSpace() && (k == end || QChar(out[k]).isSpace() || dangling(QChar(out[k])))) {
                std::copy(out.begin() + k, out.begin() + end, out.begin() + k - 1);
                --end;
                --k;
            }
            --k;
        }
    }
    while (end > begin && dangling(QChar(out[end - 1])))
        --end;
    // Quotation marks in pairs: a quote the label opens at its start and
    // never closes goes (the label is its words); one left open after
    // other words is closed; a stray closing one goes.
    qsizetype quotes = 0;
    for (qsizetype k = begin; k < end; ++k)
        quotes += out[k] == u'"';
    bool closeQuote = false;
    if (quotes % 2 != 0) {
        if (out[begin] == u'"') {
            ++begin;
        } else if (end > begin && out[end - 1] == u'"') {
            --end;
            while (end > begin && dangling(QChar(out[end - 1])))
                --end;
        } else {
            closeQuote = true;
        }
    }
    while (end > begin && QChar(out[begin]).isSpace())
        ++begin;
    if (end == begin)
        return {};
    QString result(reinterpret_cast<const QChar *>(out.data() + begin), end - begin);
    if (closeQuote)
        result += u'"';
    else if (result.endsWith(u",\""_s)) // '"We will stay,"': the comma belonged to the sentence
        result.remove(result.size() - 2, 1);
    return result;
}

void Labeler::replaceAcronyms(QList<Piece> &ps) const
{
    // The stretch of text the pieces come from (a label's pieces need not be
    // in text order, and added words have no text).
    TextRange range{-1, -1};
    for (const Piece &p : std::as_const(ps)) {
        if (p.added)
            continue;
        range.start = range.start < 0 ? p.start : std::min(range.start, p.start);
        range.end = std::max(range.end, p.end);
    }
    if (range.start < 0)
        return;
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
            if (p.added || !r.contains(TextRange{p.start, p.end}))
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
    if (k > 0 && ps[k - 1].end == p.start && !p.added && !isChar(text(ps[k - 1]), u'(')
        && !isChar(text(ps[k - 1]), u'"'))
        return false; // inside a hyphenated or possessive compound
    return p.verb || isPastForm(w) || intentBeforeInfinitive(ps, k);
}

bool Labeler::intentBeforeInfinitive(const QList<Piece> &ps, qsizetype k) const
{
    // "The firm plans to open a plant": a present verb of intent before
    // "to" and a verb. Not the noun after a determiner or a preposition
    // ("the plans to open it", "with hopes to win"), nor one that begins
    // the sentence.
    if (k == 0 || k + 2 >= ps.size() || !ps[k - 1].word || !ps[k + 1].word || !ps[k + 2].word || ps[k + 2].upper
        || !wordIs(text(ps[k + 1]), "to"_L1))
        return false;
    const QStringView w = text(ps[k]);
    if (w.size() < 4 || w.back() != u's'
        || !oneOf(w, {"plans"_L1, "intends"_L1, "hopes"_L1, "aims"_L1, "expects"_L1, "wants"_L1, "seeks"_L1,
                      "vows"_L1, "pledges"_L1, "promises"_L1, "threatens"_L1, "refuses"_L1, "agrees"_L1,
                      "prepares"_L1, "decides"_L1}))
        return false;
    const QStringView before = text(ps[k - 1]);
    const QStringView after = text(ps[k + 2]);
    return !(ps[k - 1].role & Temporal::Preposition)
        && !oneOf(before, {"the"_L1, "a"_L1, "an"_L1, "its"_L1, "their"_L1, "his"_L1, "her"_L1, "our"_L1, "my"_L1,
                           "your"_L1, "these"_L1, "those"_L1, "with"_L1, "of"_L1, "new"_L1})
        && !oneOf(after, {"the"_L1, "a"_L1, "an"_L1, "its"_L1, "their"_L1, "his"_L1, "her"_L1, "this"_L1});
}

bool Labeler::reducedPassive(const QList<Piece> &ps, qsizetype k) const
{
    if (k == 0 || k + 1 >= ps.size() || !isVerb(ps, k) || !ps[k + 1].word || !wordIs(text(ps[k + 1]), "by"_L1))
        return false;
    const Piece &before = ps[k - 1];
    if (!before.word || isAuxiliaryWord(text(before)) || isPronounWord(text(before)))
        return false;
    for (qsizetype q = k + 2; q < ps.size(); ++q) {
        const QStringView t = text(ps[q]);
        if (isChar(t, u',') || isChar(t, u';') || isChar(t, u':'))
            return false;
        if (isVerb(ps, q) && !wordIs(text(ps[q - 1]), "by"_L1))
            return true;
    }
    return false;
}

qsizetype Labeler::quotedTitleEnd(const QList<Piece> &ps, qsizetype comma) const
{
    const auto quote = [&](qsizetype q) { return q < ps.size() && !ps[q].word && isQuoteMark(text(ps[q])); };
    if (comma < 0 || comma >= ps.size() || !isChar(text(ps[comma]), u',') || !quote(comma + 1))
        return -1;
    qsizetype close = comma + 2;
    while (close < ps.size() && !quote(close) && close - comma < 16)
        ++close;
    return quote(close) && close + 1 < ps.size() && isChar(text(ps[close + 1]), u',') ? close + 1 : -1;
}

bool Labeler::possessiveAt(const QList<Piece> &ps, qsizetype q) const
{
    return q > 0 && q + 1 < ps.size() && (isChar(text(ps[q]), u'\'') || isChar(text(ps[q]), u'\u2019'))
        && ps[q].start == ps[q - 1].end && ps[q + 1].start == ps[q].end && wordIs(text(ps[q + 1]), "s"_L1);
}

bool Labeler::commaInAPlace(const QList<Piece> &ps, qsizetype q) const
{
    return q >= 1 && q + 1 < ps.size() && ps[q - 1].upper && ps[q + 1].upper && isChar(text(ps[q]), u',')
        && nameAt(ps[q - 1], EntityTypes::Location, false) && nameAt(ps[q + 1], EntityTypes::Location, true);
}

const Entity *Labeler::personIn(TextRange range, bool last) const
{
    const Entity *found = nullptr;
    for (const Entity *e : m_entities.in(range)) {
        if (e->type != EntityTypes::Person)
            continue;
        found = e;
        if (!last)
            break;
    }
    return found;
}

bool Labeler::nameAt(const Piece &p, const QString &type, bool atStart) const
{
    for (const Entity *e : m_entities.in(TextRange{p.start, p.end}, true))
        if (e->type == type && (atStart ? e->range.start == p.start : e->range.end == p.end))
            return true;
    return false;
}

bool isReportingVerb(QStringView w)
{
    // (All end in "d", "s" or "e": most words are refused without a comparison.)
    if (w.size() < 4 || w.size() > 12)
        return false;
    const char16_t end = w.back().unicode() | 0x20;
    if (end != u'd' && end != u's' && end != u'e')
        return false;
    return oneOf(w, {"said"_L1,     "says"_L1,     "announced"_L1, "confirmed"_L1, "added"_L1,   "stated"_L1,
                     "reported"_L1, "warned"_L1,   "argued"_L1,    "insisted"_L1,  "claimed"_L1, "explained"_L1,
                     "noted"_L1,    "admitted"_L1, "revealed"_L1,  "denied"_L1,    "predicted"_L1, "agreed"_L1,
                     "decided"_L1,  "ruled"_L1,    "concluded"_L1, "found"_L1,     "showed"_L1,  "believed"_L1,
                     "feared"_L1,   "hoped"_L1,    "expected"_L1,  "estimated"_L1, "learned"_L1, "acknowledged"_L1,
                     "recalled"_L1, "stressed"_L1, "emphasised"_L1, "emphasized"_L1, "reiterated"_L1, "wrote"_L1,
                     "suggested"_L1, "testified"_L1});
}


bool isPastForm(QStringView w)
{
    // Irregular past forms and participles that news reports use, beyond
    // the tagger's own (temporaltokens.cpp); none is commonly a noun.
    static const QLatin1StringView forms[] = {
        "arose"_L1,    "arisen"_L1,  "awoke"_L1,     "became"_L1,    "began"_L1,     "begun"_L1,    "blew"_L1,
        "blown"_L1,    "broken"_L1,  "bred"_L1,      "brought"_L1,   "built"_L1,     "burnt"_L1,    "caught"_L1,
        "chose"_L1,    "chosen"_L1,  "clung"_L1,     "crept"_L1,     "dealt"_L1,     "dug"_L1,      "done"_L1,
        "drawn"_L1,    "drank"_L1,   "drove"_L1,     "driven"_L1,    "ate"_L1,       "eaten"_L1,    "fallen"_L1,
        "fought"_L1,   "fled"_L1,    "flung"_L1,     "flown"_L1,     "forbade"_L1,   "forgot"_L1,   "forgotten"_L1,
        "forgave"_L1,  "forgiven"_L1, "froze"_L1,    "frozen"_L1,    "given"_L1,     "gone"_L1,     "grown"_L1,
        "hid"_L1,      "hidden"_L1,  "knelt"_L1,     "known"_L1,     "laid"_L1,      "leapt"_L1,    "lent"_L1,
        "meant"_L1,    "overcame"_L1, "overseen"_L1, "oversaw"_L1,   "proven"_L1,    "rebuilt"_L1,  "rode"_L1,
        "ridden"_L1,   "rang"_L1,    "risen"_L1,     "sought"_L1,    "seen"_L1,      "shook"_L1,    "shaken"_L1,
        "shone"_L1,    "shown"_L1,   "shrank"_L1,    "sang"_L1,      "sung"_L1,      "sank"_L1,     "sunk"_L1,
        "slept"_L1,    "slid"_L1,    "spoke"_L1,     "spoken"_L1,    "spent"_L1,     "spun"_L1,     "sprang"_L1,
        "stole"_L1,    "stolen"_L1,  "stuck"_L1,     "stung"_L1,     "strove"_L1,    "swore"_L1,    "sworn"_L1,
        "swept"_L1,    "swam"_L1,    "swung"_L1,     "taught"_L1,    "taken"_L1,     "thought"_L1,  "threw"_L1,
        "thrown"_L1,   "understood"_L1, "undertook"_L1, "undertaken"_L1, "withdrew"_L1, "withdrawn"_L1, "woke"_L1,
        "woken"_L1,    "wove"_L1,    "wept"_L1,      "written"_L1,   "wrote"_L1,     "won"_L1,      "forgone"_L1,
        "took"_L1,     "told"_L1,    "died"_L1,      "lived"_L1};
    // Looked up for every word that is no verb of the tagger's: a hash of
    // the forms, lower-case, each word lower-cased on the stack first.
    static const QStringList storage = [] {
        QStringList result;
        for (auto f : forms)
            result.append(QString(f));
        return result;
    }();
    static const QSet<QStringView> set = [] {
        QSet<QStringView> result;
        for (const QString &f : storage)
            result.insert(f);
        return result;
    }();
    constexpr qsizetype Longest = 10;
    if (w.size() < 3 || w.size() > Longest)
        return false;
    // (The lengths and first letters that occur spare most words the hash.)
    static const std::array<quint32, Longest + 1> firstLetters = [] {
        std::array<quint32, Longest + 1> result{};
        for (auto f : forms)
            result[f.size()] |= 1u << (f.front().unicode() - u'a');
        return result;
    }();
    const char16_t initial = char16_t(w.front().unicode() | 0x20);
    if (initial < u'a' || initial > u'z' || !(firstLetters[w.size()] & (1u << (initial - u'a'))))
        return false;
    char16_t lower[Longest];
    for (qsizetype k = 0; k < w.size(); ++k) {
        const char16_t c = w[k].unicode();
        if (c >= u'A' && c <= u'Z')
            lower[k] = char16_t(c + 32);
        else if (c < u'a' || c > u'z')
            return false;
        else
            lower[k] = c;
    }
    return set.contains(QStringView(lower, w.size()));
}

// A long subject shrinks to the name it ends with: "Dravenia's
// then-President Arno Kessel" becomes "Arno Kessel". Returns the new first
// piece of the subject.
qsizetype Labeler::shortenSubject(QList<Piece> &ps, qsizetype from, qsizetype verb) const
{
    const int words = wordCount(ps, from, verb);
    if (words <= 3)
        return from;
    // "A team led by Dr. Ilse Varga of the University of Orsk said": a
    // long subject loses where the person in it works, so that the label
    // reaches its verb.
    if (words > 6) {
        for (qsizetype k = from + 1; k < verb; ++k) {
            if (!ps[k].keep || !ps[k].word || ps[k].upper || !oneOf(text(ps[k]), {"of"_L1, "from"_L1, "at"_L1})
                || !ps[k - 1].upper)
                continue;
            if (!nameAt(ps[k - 1], EntityTypes::Person, false))
                continue;
            for (qsizetype q = k; q < verb; ++q)
                ps[q].keep = false;
            return from;
        }
    }
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
    // A name after a preposition or a conjunction is not what the subject
    // is about: "drugs made by Mara Lind and Ivo Kessel were approved",
    // "talks with President Ivo Kessel ended".
    qsizetype before = runStart > from && isTitle(runStart - 1) ? runStart - 2 : runStart - 1;
    while (before >= from && !ps[before].word)
        --before;
    if (before >= from
        && (isPreposition(ps[before], text(ps[before]))
            || (!ps[before].upper && oneOf(text(ps[before]), {"than"_L1, "and"_L1, "or"_L1, "nor"_L1}))))
        return from;
    const TextRange run{ps[runStart].start, ps[verb - 1].end};
    bool person = runStart > from && isTitle(runStart - 1); // "President", "then-President", "CEO"
    for (const Entity *e : m_entities.in(run, true))
        if (e->type == EntityTypes::Person)
            person = true;
    if (person && verb - runStart >= 2) {
        // The person's name as the recognizer found it ("The novelist Greta
        // Lund" → "Greta Lund"): read apart from its article, a label needs
        // more than a family name. Without one, a short run of capitals
        // after a title is the name ("President Arvid Kellan"); a longer
        // one keeps its last word.
        qsizetype keepFrom = wordCount(ps, runStart, verb) <= 3 ? runStart : verb - 1;
        for (const Entity *e : m_entities.in(run, true)) {
            if (e->type != EntityTypes::Person || e->range.end != ps[verb - 1].end)
                continue;
            qsizetype k = runStart;
            while (k < verb - 1 && ps[k].start < e->range.start)
                ++k;
            keepFrom = std::min(keepFrom, k);
        }
        for (qsizetype k = from; k < keepFrom; ++k)
            ps[k].keep = false;
        return keepFrom;
    }
    if (runStart > from && wordCount(ps, runStart, verb) >= 1 && person) {
        for (qsizetype k = from; k < runStart; ++k)
            ps[k].keep = false;
        return runStart;
    }
    return from;
}

QString Labeler::label(QList<Piece> ps, const QList<TextRange> &dates) const
{
    if (ps.isEmpty())
        return {};
    // dates are in text order and do not overlap: the first that ends after
    // the piece starts is the only one that can hold it.
    auto inDate = [&dates](const Piece &p) {
        if (p.added)
            return false;
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
    // The fronted phrase [begin, comma] leaves the statement; its words
    // before phraseEnd (what is still kept of them) go to the tail when
    // toTail.
    const auto takeFronted = [&](qsizetype phraseEnd, qsizetype comma, bool toTail) {
        if (toTail) {
            for (qsizetype k = begin; k < phraseEnd; ++k)
                if (ps[k].keep)
                    tail.append(ps[k]);
            tail.front().lowerFirst = true;
        }
        for (qsizetype k = begin; k <= comma; ++k)
            ps[k].keep = false;
        begin = comma + 1;
    };
    if (begin < ps.size() && ps[begin].word && ps[begin].upper && (ps[begin].role & Preposition)) {
        qsizetype comma = -1;
        qsizetype phraseEnd = -1; // before a quoted title that the phrase holds
        bool hasDate = false;
        for (qsizetype k = begin; k < ps.size(); ++k) {
            if (inDate(ps[k])) {
                hasDate = true;
                continue;
            }
            // "In 1997 the board named Ilse Varga chair, a role …": a verb
            // after the date, before any comma, is the main clause's; the
            // phrase ended with its date.
            if (hasDate && isVerb(ps, k))
                break;
            if (isChar(text(ps[k]), u',') || isChar(text(ps[k]), u';')) {
                comma = k;
                // ('In her 2011 memoir, "Voices in the Dark", she wrote':
                // a quoted title between commas is the phrase's.)
                if (const qsizetype close = quotedTitleEnd(ps, k); close > 0) {
                    phraseEnd = k;
                    comma = close;
                }
                break;
            }
        }
        if (comma > 0 && hasDate) {
            bool content = false;
            for (qsizetype k = begin; k < comma; ++k) {
                if (inDate(ps[k])) {
                    ps[k].keep = false;
                    // "For 20 years until 2015,": the date's preposition goes too.
                    if (k > begin && !inDate(ps[k - 1]) && ps[k - 1].word && (ps[k - 1].role & Preposition))
                        ps[k - 1].keep = false;
                } else if (k > begin && ps[k].word && !(ps[k].role & FunctionWord)) {
                    content = true;
                }
            }
            takeFronted(phraseEnd > 0 ? phraseEnd : comma, comma, content);
        }
    }
    // A fronted phrase without a date or a verb, before the subject: a
    // preposition's ("Under the plan,", "In Orsk,") moves to the end as a
    // dated one does; a participle's ("Opening the seminar,", "Citing
    // health reasons,") goes, as what the subject did besides.
    if (tail.isEmpty() && begin < ps.size() && ps[begin].word && ps[begin].upper) {
        const QStringView first = text(ps[begin]);
        const bool preposition = (ps[begin].role & Preposition)
            || oneOf(first, {"under"_L1, "despite"_L1, "with"_L1, "without"_L1, "amid"_L1, "following"_L1,
                             "according"_L1, "unlike"_L1, "like"_L1, "besides"_L1, "beyond"_L1});
        const bool participle = !preposition && first.size() > 4 && first.endsWith(u"ing") && !isVerb(ps, begin);
        // The comma in [from, to) that ends a phrase with no date, verb,
        // semicolon or quotation mark before it; -1 if none.
        const auto commaEnding = [&](qsizetype from, qsizetype to) -> qsizetype {
            for (qsizetype k = from; k < std::min(ps.size(), to); ++k) {
                if (inDate(ps[k]) || isVerb(ps, k) || isChar(text(ps[k]), u';') || isQuoteMark(text(ps[k])))
                    return -1;
                if (isChar(text(ps[k]), u','))
                    return k;
            }
            return -1;
        };
        qsizetype comma = preposition || participle ? commaEnding(begin + 1, begin + 9) : -1;
        // ("In the capital, Nkomazi, shops were open": a name or a noun
        // phrase set off by commas after the phrase is the phrase's, when
        // a subject, not a relative word or a verb, follows it.)
        if (preposition && comma > begin + 1) {
            const qsizetype close = commaEnding(comma + 1, comma + 8);
            const qsizetype next = close + 1;
            if (close > comma + 1 && next < ps.size() && ps[next].word && !isVerb(ps, next)
                && !oneOf(text(ps[next]), {"which"_L1, "who"_L1, "whose"_L1, "whom"_L1, "that"_L1, "and"_L1, "or"_L1,
                                           "but"_L1})
                && !text(ps[next]).endsWith(u"ing") && !text(ps[next]).endsWith(u"ed"))
                comma = close;
        }
        if (comma > begin + 1 && comma + 1 < ps.size())
            takeFronted(comma, comma, preposition);
    }
    // Where "until" went before a date (see below), else -1.
    qsizetype notUntil = -1;
    // Dates inside the clause go with their preposition and determiner.
    for (qsizetype k = begin; k < ps.size(); ++k) {
        if (!inDate(ps[k]) || !ps[k].keep)
            continue;
        qsizetype first = k;
        while (k < ps.size() && inDate(ps[k]))
            ps[k++].keep = false;
        // "Last year's floods", "approved 2025's budget": the date owned what
        // follows; "the" takes its place, no "'s" stays without an owner.
        if (possessiveAt(ps, k)) {
            static const QString the = u"the"_s;
            ps[k].replacement = &the;
            ps[k].word = true;
            ps[k + 1].keep = false;
            k += 2;
        }
        qsizetype b = first - 1;
        // "the 2014–2018 drought": a date before its noun leaves the noun's
        // determiner; a date of its own ("in the 1990s") goes with it.
        const bool determined = first == begin
            || (ps[first - 1].word && oneOf(text(ps[first - 1]), {"the"_L1, "a"_L1, "an"_L1, "s"_L1, "its"_L1,
                                                                   "their"_L1, "his"_L1, "her"_L1}));
        const bool modifiesNoun = determined && k < ps.size() && ps[k].keep && ps[k].word && !ps[k].upper
            && !isVerb(ps, k) && !(ps[k].role & (Preposition | FunctionWord));
        while (!modifiesNoun && b >= begin && ps[b].word
               && oneOf(text(ps[b]), {"the"_L1, "a"_L1, "an"_L1, "early"_L1, "late"_L1, "later"_L1, "earlier"_L1}))
            ps[b--].keep = false;
        if (!modifiesNoun && b >= begin && ps[b].word
            && ((ps[b].role & Preposition) || isUnmarkedDatePreposition(text(ps[b])))) {
            if (oneOf(text(ps[b]), {"until"_L1, "till"_L1}))
                notUntil = b;
            ps[b--].keep = false;
            // An adverb that places the event within the date goes with it:
            // "peaked early on Saturday", "left shortly after 2010".
            // (Not "as early as", which the render cuts whole.)
            if (b >= begin && ps[b].word
                && oneOf(text(ps[b]), {"early"_L1, "late"_L1, "shortly"_L1, "sometime"_L1, "just"_L1})
                && !(b > begin && wordIs(text(ps[b - 1]), "as"_L1)))
                ps[b].keep = false;
        }
        // "in the early hours of Sunday", "on the evening of 4 May": the
        // part of the day is the date's.
        if (b + 1 < first && !ps[b + 1].keep && wordIs(text(ps[b + 1]), "of"_L1) && b >= begin && ps[b].word
            && oneOf(text(ps[b]), {"hours"_L1, "morning"_L1, "afternoon"_L1, "evening"_L1, "night"_L1})) {
            qsizetype q = b - 1;
            while (q >= begin && ps[q].word && oneOf(text(ps[q]), {"early"_L1, "small"_L1, "late"_L1, "wee"_L1}))
                --q;
            if (q >= begin && wordIs(text(ps[q]), "the"_L1)) {
                --q;
                if (q >= begin && ps[q].word && oneOf(text(ps[q]), {"in"_L1, "on"_L1, "during"_L1, "over"_L1}))
                    --q;
                for (qsizetype r = q + 1; r <= b; ++r)
                    ps[r].keep = false;
                b = q;
            }
        }
        // "grew 4 per cent compared with the same period last year", "more
        // than in 2019": what the date was compared with goes with it.
        // ("Than" right before the date; "compared with" before a few words
        // without a figure: "more than 40 officials since 2018" keeps its.)
        // (The word is looked for first; the verbs between only then.)
        for (qsizetype q = b, words = 0; q >= begin && words < 5; --q) {
            const QStringView w = text(ps[q]);
            if (!ps[q].word || w.front().isDigit() || wordIs(w, "and"_L1))
                break;
            ++words;
            const bool than = q == b && wordIs(w, "than"_L1);
            const bool compared = q > begin && (wordIs(w, "with"_L1) || wordIs(w, "to"_L1))
                && wordIs(text(ps[q - 1]), "compared"_L1);
            if (than || compared) {
                bool verbBetween = false;
                for (qsizetype r = q + 1; r <= b && !verbBetween; ++r)
                    verbBetween = isVerb(ps, r);
                for (qsizetype r = compared ? q - 1 : q; r <= b && !verbBetween; ++r)
                    ps[r].keep = false;
                // A bound in time goes whole: "will launch no earlier than
                // March 2028", "must reply not later than 30 June".
                qsizetype r = q - 1;
                if (than && !verbBetween && r >= begin && ps[r].word
                    && oneOf(text(ps[r]), {"earlier"_L1, "later"_L1, "sooner"_L1})) {
                    ps[r--].keep = false;
                    if (r >= begin && ps[r].word && oneOf(text(ps[r]), {"no"_L1, "not"_L1}))
                        ps[r].keep = false;
                }
                break;
            }
        }
        // "spent three years, from 2011 to 2014, in exile": a date set off
        // by commas leaves neither, so that the statement reads on.
        qsizetype open = first - 1;
        while (open >= begin && !ps[open].keep)
            --open;
        if (open >= begin && k + 1 < ps.size() && isChar(text(ps[open]), u',') && isChar(text(ps[k]), u',')
            && !wordIs(text(ps[k + 1]), "respectively"_L1)) {
            ps[open].keep = false;
            ps[k].keep = false;
        }
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
    // "did not release a book until 2020": what happened then is that she
    // released one. The negation goes, "did" with it, and the verb takes
    // its simple past ("was not opened until 1932": "was opened").
    QString past;
    if (notUntil > 0) {
        qsizetype negation = notUntil - 1;
        while (negation >= begin && !(ps[negation].keep && ps[negation].word && wordIs(text(ps[negation]), "not"_L1)))
            --negation;
        qsizetype auxiliary = negation - 1;
        while (auxiliary >= begin && !ps[auxiliary].keep)
            --auxiliary;
        qsizetype verb = negation + 1;
        while (verb < notUntil && !(ps[verb].keep && ps[verb].word))
            ++verb;
        if (negation >= begin && auxiliary >= begin && verb < notUntil && !ps[verb].upper) {
            const QStringView aux = text(ps[auxiliary]);
            if (oneOf(aux, {"did"_L1, "do"_L1, "does"_L1})) {
                past = pastOfBaseForm(text(ps[verb]));
                if (!past.isEmpty()) {
                    ps[auxiliary].keep = false;
                    ps[negation].keep = false;
                    ps[verb].replacement = &past;
                }
            } else if (isAuxiliaryWord(aux)) {
                ps[negation].keep = false;
            }
        }
    }
    replaceAcronyms(ps);
    replaceAcronyms(tail);
    // An age set off after a name goes: "Mira Orsk, 52, was named …".
    for (qsizetype k = begin + 2; k < ps.size(); ++k) {
        if (!ps[k].keep || !ps[k].word || ps[k].end - ps[k].start > 3 || !ps[k - 2].upper || !ps[k - 2].word
            || ps[k - 1].end - ps[k - 1].start != 1 || !isAge(text(ps[k])) || !isChar(text(ps[k - 1]), u','))
            continue;
        const bool closed = k + 1 == ps.size() || isChar(text(ps[k + 1]), u',');
        if (!closed && !isVerb(ps, k + 1))
            continue;
        ps[k - 1].keep = false;
        ps[k].keep = false;
        if (k + 1 < ps.size() && closed)
            ps[k + 1].keep = false;
    }
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
        if (isVerb(ps, k) && !reducedPassive(ps, k)) {
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
                || (ps[k].role & ClauseStop)) {
                end = k;
                break;
            }
        }
    }
    // "rejected the merger in a referendum held in 2016": a participle
    // whose only complement was the date goes with it, when it follows the
    // object rather than belonging to the verb ("was held" stays).
    if (verb >= 0) {
        qsizetype last = end - 1;
        while (last > verb && !(ps[last].keep && ps[last].word))
            --last;
        bool between = false;
        for (qsizetype k = verb + 1; k < last; ++k)
            between = between
                || (ps[k].keep && ps[k].word && !isVerb(ps, k) && !isAdverbWord(text(ps[k]))
                    && !oneOf(text(ps[k]), {"be"_L1, "been"_L1, "being"_L1, "not"_L1, "get"_L1, "got"_L1}));
        // (A participle after an auxiliary is a verb of its own clause:
        // "said the roads had been blocked since Sunday".)
        qsizetype before = last - 1;
        while (before > verb && !(ps[before].keep && ps[before].word))
            --before;
        const bool auxiliary = before > verb
            && (isAuxiliaryWord(text(ps[before])) || oneOf(text(ps[before]), {"get"_L1, "got"_L1}));
        if (last > verb + 1 && between && !auxiliary && isVerb(ps, last) && last + 1 < ps.size() && !ps[last + 1].keep
            && !ps[last + 1].added)
            ps[last].keep = false;
    }
    const int tailWords = wordCount(tail, 0, tail.size());
    const int budget = MaxLabelWords - (tailWords <= 6 ? tailWords : 0);
    // A label over its budget first drops the "that" English may leave out
    // after a verb of saying or finding: "said its first convoy had reached
    // the valley". (Before a determiner, a pronoun or a name only: the
    // "that" of "said that plan" points.)
    int words = verb >= 0 ? wordCount(ps, subject, end) : 0;
    if (words > budget) {
        qsizetype that = verb + 1;
        while (that < end && !ps[that].keep)
            ++that;
        qsizetype next = that + 1;
        while (next < end && !ps[next].keep)
            ++next;
        if (next < end && ps[that].word && wordIs(text(ps[that]), "that"_L1) && isReportingVerb(text(ps[verb]))
            && ps[next].word && (ps[next].upper || isPronounWord(text(ps[next]))
                                 || oneOf(text(ps[next]), {"the"_L1, "a"_L1, "an"_L1, "its"_L1, "their"_L1, "his"_L1,
                                                           "her"_L1, "our"_L1, "we"_L1, "there"_L1}))) {
            ps[that].keep = false;
            --words;
        }
    }
    // What was said, when it alone holds the dates and the whole would be
    // cut: "coral cover had fallen by a third" of "Researchers at the Orsk
    // institute reported in a journal that coral cover had fallen by a
    // third since 2015" (cut, it read "… reported in a journal").
    if (words > budget + LabelSlackWords && (isReportingVerb(text(ps[verb])) || wordIs(text(ps[verb]), "told"_L1))) {
        qsizetype that = -1;
        for (qsizetype k = verb + 1; k < end && that < 0; ++k) {
            if (ps[k].word && wordIs(text(ps[k]), "that"_L1))
                that = k;
            else if (ps[k].keep && isVerb(ps, k))
                break;
        }
        bool datedBefore = false;
        bool datedAfter = false;
        for (qsizetype k = 0; that > 0 && k < ps.size(); ++k)
            if (inDate(ps[k]))
                (k < that ? datedBefore : datedAfter) = true;
        if (datedAfter && !datedBefore && wordCount(ps, that + 1, end) >= 3) {
            for (qsizetype k = subject; k <= that; ++k)
                ps[k].keep = false;
            subject = that + 1;
        }
    }
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
            name = entityName(m_a, ent);
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

} // namespace Annalist::EventLabels
