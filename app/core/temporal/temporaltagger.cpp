// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/temporaltagger.h"

#include "recognize/tokenizer.h"
#include "temporal/temporaltaggerrun.h"
#include "temporal/temporaltokens.h"
#include "temporal/timexvalue.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace Annalist::Temporal::Detail {

using namespace Qt::StringLiterals;

// The one reading of TIMEX3 values (TimexValue): the year, month and day a
// value writes, zeros where it writes none.
Parsed parseValue(QStringView v)
{
    const auto d = TimexValue::parse(v).writtenDate();
    return {d.year, d.month, d.day};
}

namespace {

// Whether an expression's own words write a year: a run of three digits.
bool writesYear(QStringView written)
{
    int run = 0;
    for (const QChar c : written) {
        run = c.isDigit() ? run + 1 : 0;
        if (run >= 3)
            return true;
    }
    return false;
}

// A value written without its year ("XXXX-12", or one the tense gave a year)
// in the year of `later`, a date after it: the year before when its month
// and day fall later in the year ("from December until March 2020").
QString inYearOf(const QString &value, const QString &later)
{
    const int year = QStringView(later).left(4).toInt() - (value.mid(4) > later.mid(4) ? 1 : 0);
    return QString::number(year).rightJustified(4, u'0') + value.mid(4);
}

} // namespace

QList<Timex> Run::tag()
{
    const QList<TextRange> whole{TextRange{0, m_text.size()}};
    const QList<TextRange> &paragraphs = m_a.paragraphs.isEmpty() ? whole : m_a.paragraphs;
    const QList<TextRange> &sentences = m_a.sentences;
    // Each paragraph is cut at its sentences' starts into pieces. Only runs
    // of pieces that hold a core word (findCoreWord()) are tokenized and
    // tagged: no expression can start or end anywhere else, and news has a
    // date or a span of time in fewer than half of its sentences.
    std::vector<qsizetype> cuts; // piece k is [cuts[k], cuts[k + 1])
    std::vector<char> core; // per piece
    std::vector<char> glued; // per cut: a word runs across it
    const ::Annalist::Word *w = m_words.data();
    const ::Annalist::Word *const wordsEnd = w + m_words.size();
    // Kept tokens go into one list; room for a token per word and a mark
    // between words is made once rather than by growing it stretch by stretch.
    if (m_keep) {
        m_keep->clear();
        m_keep->tokens.reserve(m_words.size() + m_words.size() / 4 + 16);
    }
    qsizetype s = 0;
    for (const TextRange &p : paragraphs) {
        m_paragraphFirst = m_out.size();
        while (s < sentences.size() && sentences[s].start < p.start)
            ++s;
        cuts.clear();
        cuts.push_back(p.start);
        for (; s < sentences.size() && sentences[s].start < p.end; ++s)
            if (sentences[s].start > cuts.back())
                cuts.push_back(sentences[s].start);
        cuts.push_back(p.end);
        const qsizetype pieces = qsizetype(cuts.size()) - 1;
        core.assign(pieces, 0);
        glued.assign(cuts.size(), 0);
        // The words are in text order, so the first to reach into p is found
        // by its end. A word belongs to the piece it starts in. (Letters
        // outside words are only a possessive's "s", which is no core word.)
        // Both are found by stepping on from the last: a piece's words are
        // read next anyway, where a binary search over all the words would
        // jump about the whole list for each sentence.
        while (w != wordsEnd && w->end <= p.start)
            ++w;
        const ::Annalist::Word *v = w;
        const ::Annalist::Word *lastPiece = v;
        for (qsizetype k = 0; k < pieces; ++k) {
            const ::Annalist::Word *next = v;
            while (next != wordsEnd && next->start < cuts[k + 1])
                ++next;
            core[k] = findCoreWord(m_text, v, next) != next;
            // A sentence that starts inside a word (never in prose) is read
            // with the piece before, so that no word is cut in two.
            if (k + 1 < pieces && next != v && next[-1].end > cuts[k + 1])
                glued[k + 1] = 1;
            lastPiece = v;
            v = next;
        }
        // The next paragraph's words start no earlier than the last piece's
        // (a word that runs across the paragraph's end would be among them).
        w = lastPiece;
        for (qsizetype a = 0; a < pieces;) {
            if (!core[a]) {
                ++a;
                continue;
            }
            while (a > 0 && glued[a])
                --a;
            qsizetype b = a + 1;
            while (b < pieces && (core[b] || glued[b]))
                ++b;
            tagPieces(cuts, a, b);
            a = b;
        }
    }
    mergeRanges(m_out);
    return m_out;
}

void Run::tagPieces(const std::vector<qsizetype> &cuts, qsizetype first, qsizetype last)
{
    const TextRange stretch{cuts[first], cuts[last]};
    TokenVector &tokens = m_keep ? m_keep->tokens : m_scratch;
    if (!m_keep)
        m_scratch.clear();
    const qsizetype base = qsizetype(tokens.size());
    tokenizeAlong(m_text, stretch, m_words, tokens);
    if (m_keep) {
        m_keep->ranges.append(stretch);
        m_keep->firsts.append(base);
    }
    m_t = std::span<Token>(tokens.data() + base, tokens.size() - std::size_t(base));
    if (m_t.empty())
        return;
    // The first token of each sentence.
    qsizetype t = 0;
    for (qsizetype k = first; k < last; ++k) {
        while (t < count() && m_t[t].start < cuts[k])
            ++t;
        if (t < count())
            m_t[t].sentenceStart = true;
    }
    m_t.front().sentenceStart = true;
    tagTokens();
}

void Run::tagTokens()
{
    for (qsizetype i = 0; i < count();) {
        const Token &t = m_t[i];
        if (t.kind == TokenKind::Punct || (t.kind == TokenKind::Word && t.lex == Lex::None)) {
            ++i;
            continue;
        }
        std::optional<Match> m = matchAt(i);
        if (!m) {
            ++i;
            continue;
        }
        // Approximations and "more recently" belong to the expression.
        qsizetype first = m->first;
        // ("over" before "the past two months" is a preposition: an
        // approximation qualifies a count, not a phrase with "the".)
        if (m->type == u"DURATION" && lex(first - 1, Lex::Approx) && !lex(first, Lex::The))
            --first;
        if (m->type == u"DURATION" && is(first - 1, "than"_L1) && (is(first - 2, "more"_L1) || is(first - 2, "less"_L1)))
            first -= 2;
        if (m->value == u"PAST_REF" && is(first - 1, "more"_L1))
            --first;
        // Never overlap an expression already emitted.
        if (!m_out.isEmpty() && m_t[first].start < m_out.constLast().range.end)
            first = m->first;
        Timex x;
        x.range = {m_t[first].start, m_t[m->last].end};
        x.type = m->type;
        x.value = m->value;
        x.until = m->until;
        x.why = m->why;
        x.quant = m->quant;
        x.freq = m->freq;
        m_out.append(x);
        i = m->last + 1;
    }
}

std::optional<Match> Run::matchAt(qsizetype i)
{
    const Token &t = m_t[i];
    if (t.kind == TokenKind::Number) {
        if (auto m = matchTime(i))
            return m;
        return matchNumber(i);
    }
    switch (t.lex) {
    case Lex::Month:
        return matchMonth(i);
    case Lex::Weekday:
        return matchWeekday(i);
    case Lex::DayRef:
        return matchDayRef(i);
    case Lex::Modifier:
        return matchModifier(i, false);
    case Lex::The:
        return matchThe(i);
    case Lex::Edge:
        return matchEdge(i);
    case Lex::Season:
        return matchSeason(i);
    case Lex::NumWord:
        return matchQuantity(i);
    case Lex::PresentRef:
    case Lex::PastRef:
    case Lex::FutureRef:
        return matchReference(i);
    case Lex::SetWord:
        return matchSetWord(i);
    case Lex::Every:
        return matchEvery(i);
    case Lex::Frequency:
        return matchFrequency(i);
    case Lex::Fiscal:
        return matchFiscal(i);
    case Lex::Holiday:
    case Lex::NamedDay:
        return matchHoliday(i);
    case Lex::ClockWord:
        return matchClockWord(i);
    case Lex::DecadeWord:
        return matchDecadeWord(i);
    case Lex::Ordinal:
        return matchOrdinal(i, false);
    case Lex::Unit:
        return matchBareUnit(i);
    default:
        return std::nullopt;
    }
}

std::pair<qsizetype, int> Run::bareDayStart(const Timex &t) const
{
    constexpr std::pair<qsizetype, int> none{-1, 0};
    const QString &text = m_text;
    // (Asked of every date: the cheapest tests first.)
    const qsizetype start = t.range.start;
    if (start <= 0 || start >= text.size() || text[start].unicode() > u'9' || text[start].unicode() < u'0'
        || t.value.size() != 10 || !t.until.isEmpty() || !t.value[8].isDigit() || t.type != u"DATE")
        return none;
    const auto skipSpace = [&text](qsizetype p) {
        while (p > 0 && text[p - 1].isSpace())
            --p;
        return p;
    };
    qsizetype p = skipSpace(start);
    bool between = false;
    bool dash = false;
    if (p > 0 && (text[p - 1] == u'-' || text[p - 1] == u'\u2013')) {
        --p;
        dash = true;
    } else {
        const QStringView w = wordBefore(p);
        const qsizetype b = w.data() - text.constData();
        if (w.isEmpty() || w.size() > 8 || (b > 0 && !text[b - 1].isSpace()))
            return none;
        between = wordIs(w, "and"_L1);
        if (!between && !wordIs(w, "to"_L1) && !wordIs(w, "until"_L1) && !wordIs(w, "till"_L1)
            && !wordIs(w, "through"_L1))
            return none;
        p = b;
    }
    p = skipSpace(p);
    qsizetype digits = p;
    while (digits > 0 && text[digits - 1].isDigit() && p - digits < 3)
        --digits;
    if (digits == p || p - digits > 2 || (digits > 0 && !text[digits - 1].isSpace()))
        return none;
    const int day = QStringView(text).mid(digits, p - digits).toInt();
    const int endDay = QStringView(t.value).mid(8, 2).toInt();
    if (day < 1 || day >= endDay)
        return none;
    // ("4-9 May" needs no "from": the dash joins the days.)
    const QStringView opener = wordBefore(digits);
    const qsizetype o = opener.data() - text.constData();
    if (!wordIs(opener, between ? "between"_L1 : "from"_L1) || opener.size() > 8
        || (o > 0 && text[o - 1].isLetterOrNumber()))
        return dash ? std::pair{digits, day} : none;
    return {o, day};
}

// "from 1990 until 2019", "between 2014 and 2016", "from 4 to 19 February":
// one expression with an end.
void Run::mergeRanges(QList<Timex> &out) const
{
    // In place: most articles have no range, and then nothing is copied.
    qsizetype kept = 0;
    for (qsizetype k = 0; k < out.size(); ++k) {
        // A start written as its day alone is in the end's month and year.
        if (const auto [opener, day] = bareDayStart(out[k]); opener >= 0) {
            Timex &r = out[k];
            r.range.start = opener;
            r.until = r.value;
            r.value = r.value.left(8) + QString::number(day).rightJustified(2, u'0');
            r.why = QStringLiteral("range");
        } else if (k + 1 < out.size() && out[k].type == u"DATE" && out[k + 1].type == u"DATE" && out[k].until.isEmpty()) {
            const QStringView gap = QStringView(m_text).mid(out[k].range.end, out[k + 1].range.start - out[k].range.end).trimmed();
            // The word before the first expression, where a range starts.
            const QStringView before = wordBefore(out[k].range.start);
            const qsizetype q = before.data() - m_text.constData();
            const bool from = wordIs(before, "from"_L1)
                && (wordIs(gap, "to"_L1) || wordIs(gap, "until"_L1) || wordIs(gap, "till"_L1) || wordIs(gap, "through"_L1)
                    || gap == u"-" || gap == u"–");
            const bool between = wordIs(before, "between"_L1) && wordIs(gap, "and"_L1);
            // (The words first: reading the values costs more.)
            // A start without its year ("from May 4 to May 19, 2021" in an
            // undated article) takes the end's, below.
            const bool startYearUnknown = out[k].value.startsWith(u"XXXX-");
            if ((from || between) && (startYearUnknown || parseValue(out[k].value).year > 0)
                && parseValue(out[k + 1].value).year > 0) {
                Timex r = out[k];
                r.range = {q, out[k + 1].range.end};
                r.until = out[k + 1].until.isEmpty() ? out[k + 1].value : out[k + 1].until;
                r.why = QStringLiteral("range");
                // "from 2 May until 9 May 2023": a start written without its
                // year is in the end's (the year before when it falls later
                // in the year: "from December until March 2020").
                if (!writesYear(QStringView(m_text).mid(out[k].range.start, out[k].range.length()))
                    && r.value.size() >= 7 && r.until.size() >= 7 && r.value[4] == u'-' && r.until[4] == u'-'
                    && r.value.left(4) != r.until.left(4))
                    r.value = inYearOf(r.value, r.until);
                out[kept++] = std::move(r);
                ++k;
                continue;
            }
        }
        if (k + 1 < out.size())
            shareYearWithNext(out[k], out[k + 1]);
        if (kept != k)
            out[kept] = std::move(out[k]);
        ++kept;
    }
    out.resize(kept);
}

// "in July and again in August 1974", "on 3 May or 9 June 2019": a date
// written without its year, coordinated with a later one that has it, is in
// that year (the year before when it falls later in the year: "in December
// and January 2020"). The year the tense or the narrative gave it yields:
// the coordination is nearer evidence.
void Run::shareYearWithNext(Timex &t, const Timex &next) const
{
    if (t.type != u"DATE" || next.type != u"DATE" || !t.until.isEmpty() || !next.until.isEmpty()
        || (t.value.size() != 7 && t.value.size() != 10) || next.value.size() < 7 || t.value[4] != u'-'
        || next.value[4] != u'-' || !next.value.at(0).isDigit())
        return;
    const QStringView gap = QStringView(m_text).mid(t.range.end, next.range.start - t.range.end).trimmed();
    if (gap.size() > 20)
        return;
    // "and", ", and", "or", "and again in", "and then on".
    QString words = gap.toString();
    words.replace(u',', u' ');
    const QStringList list = words.split(u' ', Qt::SkipEmptyParts);
    qsizetype w = 0;
    if (w >= list.size() || !(wordIs(list[w], "and"_L1) || wordIs(list[w], "or"_L1)))
        return;
    ++w;
    if (w < list.size() && (wordIs(list[w], "again"_L1) || wordIs(list[w], "then"_L1) || wordIs(list[w], "later"_L1)))
        ++w;
    if (w < list.size() && (wordIs(list[w], "in"_L1) || wordIs(list[w], "on"_L1)))
        ++w;
    if (w != list.size())
        return;
    if (writesYear(QStringView(m_text).mid(t.range.start, t.range.length()))
        || !writesYear(QStringView(m_text).mid(next.range.start, next.range.length())))
        return;
    QString value = inYearOf(t.value, next.value);
    if (value == t.value)
        return;
    t.value = std::move(value);
    t.why = QStringLiteral("year from the date it is coordinated with");
}

} // namespace Annalist::Temporal::Detail

namespace Annalist {

using namespace Temporal;
using namespace Qt::StringLiterals;
using Temporal::Detail::Parsed;
using Temporal::Detail::Run;
using Temporal::Detail::parseValue;

QList<Timex> TemporalTagger::tag(const Article &article) const
{
    return tag(article, std::span<const ::Annalist::Word>());
}

QList<Timex> TemporalTagger::tag(const Article &article, std::span<const ::Annalist::Word> words) const
{
    return tag(article, words, nullptr);
}

QList<Timex> TemporalTagger::tag(const Article &article, std::span<const ::Annalist::Word> words, TokenRuns *keep) const
{
    // The sentences worth reading are found by the recognizer's words.
    QList<::Annalist::Word> own;
    if (words.empty()) {
        own = ::Annalist::tokenize(article.text);
        words = own;
    }
    QList<Timex> timexes = Run(article, article.date, words, keep).tag();
    if (article.date.isValid())
        return timexes;
    if (const QDate date = documentDate(article, timexes); date.isValid())
        return Run(article, date, words, keep).tag(); // (keep starts afresh)
    return timexes;
}

QDate TemporalTagger::documentDate(const Article &article, const QList<Timex> &timexes)
{
    // With no article date, a dateline with a full date ("April 27, 2005" on
    // a line of its own, or inside Article::dateline) is the article's date;
    // so is a date line the loader did not take for one because text comes
    // before it ("date 2025-03-12" under a headline and a byline).
    for (const Timex &t : std::as_const(timexes)) {
        const Parsed p = parseValue(t.value);
        if (t.type != u"DATE" || p.day == 0 || !t.why.startsWith(u"full date"))
            continue;
        const qsizetype s = article.sentenceAt(t.range.start);
        const bool inDateline = !article.dateline.isEmpty() && article.dateline.contains(t.range);
        bool ownLine = false;
        if (s >= 0 && s < 3) {
            QStringView line = article.slice(article.sentences[s]).trimmed();
            for (const QLatin1StringView label : {"date"_L1, "dated"_L1, "published"_L1, "updated"_L1}) {
                const QStringView next = line.mid(label.size(), 1);
                if (line.startsWith(label, Qt::CaseInsensitive) && (next == u":" || next == u" ")) {
                    line = line.mid(label.size() + 1).trimmed();
                    break;
                }
            }
            ownLine = line.size() <= t.range.length() + 2;
        }
        if (inDateline || ownLine)
            return QDate(p.year, p.month, p.day);
        break;
    }
    return {};
}

} // namespace Annalist
