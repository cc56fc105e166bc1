// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/temporaltagger.h"

#include "recognize/tokenizer.h"
#include "temporal/temporaltokens.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace Annalist {

using namespace Temporal;
using namespace Qt::StringLiterals;

namespace {

enum class Tense { Unknown, Past, Present, Future };

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

/// The year, month and day a TIMEX3 value starts with; 0 where absent.
struct Parsed {
    int year = 0, month = 0, day = 0;
};

Parsed parseValue(QStringView v)
{
    Parsed p;
    auto digits = [&v](qsizetype from, qsizetype count) {
        if (v.size() < from + count)
            return -1;
        int r = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (!v[i].isDigit())
                return -1;
            r = r * 10 + v[i].digitValue();
        }
        return r;
    };
    const int y = digits(0, 4);
    if (y < 0 || (v.size() > 4 && v[4] != u'-'))
        return p;
    p.year = y;
    const int m = digits(5, 2);
    if (m > 0 && (v.size() == 7 || v[7] == u'-' || v[7] == u'T')) {
        p.month = m;
        const int d = digits(8, 2);
        if (d > 0)
            p.day = d;
    }
    return p;
}

struct Match {
    qsizetype first = 0; ///< token index
    qsizetype last = 0; ///< token index, inclusive
    QString type = QStringLiteral("DATE");
    QString value;
    QString until;
    QString why;
};

class Run
{
public:
    /// words: the recognizer's tokens of the text, by which the sentences
    /// worth reading are found and the tagger's own tokens are built.
    Run(const Article &article, QDate dct, std::span<const Word> words, TokenRuns *keep)
        : m_a(article)
        , m_text(article.text)
        , m_words(words)
        , m_keep(keep)
        , m_dct(dct)
    {
    }

    /// Tags the article paragraph by paragraph, and within a paragraph the
    /// sentences that hold a core word (findCoreWord()): the tokens of a
    /// few sentences at a time stay in the cache, and no expression crosses
    /// a paragraph or reaches into a sentence without a core word.
    QList<Timex> tag();

private:
    // Token helpers; out-of-range indices read as an empty punctuation token.
    qsizetype count() const { return qsizetype(m_t.size()); }
    const Token &tok(qsizetype i) const
    {
        static const Token none;
        return (i >= 0 && i < count()) ? m_t[i] : none;
    }
    QStringView word(qsizetype i) const
    {
        const Token &t = tok(i);
        return QStringView(m_text.constData() + t.start, t.end - t.start);
    }
    bool is(qsizetype i, QLatin1StringView lower) const
    {
        return i >= 0 && i < count() && m_t[i].kind == TokenKind::Word && wordIs(word(i), lower);
    }
    bool punct(qsizetype i, char16_t c) const
    {
        return i >= 0 && i < count() && m_t[i].kind == TokenKind::Punct && m_text[m_t[i].start] == c;
    }
    bool lex(qsizetype i, Lex l) const { return i >= 0 && i < count() && m_t[i].lex == l; }
    bool adjacent(qsizetype i) const // token i touches token i+1
    {
        return i >= 0 && i + 1 < count() && m_t[i].end == m_t[i + 1].start;
    }
    bool isNumber(qsizetype i) const { return i >= 0 && i < count() && m_t[i].kind == TokenKind::Number; }
    int number(qsizetype i) const { return isNumber(i) ? m_t[i].number : -1; }
    int digitCount(qsizetype i) const { return isNumber(i) ? int(m_t[i].length()) : 0; }
    QChar charAt(qsizetype pos) const { return (pos >= 0 && pos < m_text.size()) ? m_text[pos] : QChar(u' '); }

    bool standaloneNumber(qsizetype first, qsizetype last) const;
    int dayNumber(qsizetype i, qsizetype *last) const;
    int yearAt(qsizetype i) const;
    bool plausibleYear(qsizetype i) const;
    bool monthUsable(qsizetype i) const;
    Tense tenseAround(qsizetype first, qsizetype last) const;
    Parsed anchor(bool dayLevel) const;

    QString resolveMonthDay(int month, int day, Tense tense) const;
    QString resolveMonth(int month, Tense tense) const;
    QDate resolveWeekday(int weekday, Tense tense, int shift) const;
    QString resolveSeason(int season, int year) const;

    /// Tokenizes and tags pieces first … last - 1 of a paragraph cut at cuts.
    void tagPieces(const std::vector<qsizetype> &cuts, qsizetype first, qsizetype last);
    std::optional<Match> matchAt(qsizetype i);
    std::optional<Match> matchNumber(qsizetype i);
    std::optional<Match> matchMonth(qsizetype i);
    std::optional<Match> matchWeekday(qsizetype i);
    std::optional<Match> matchDayRef(qsizetype i);
    std::optional<Match> matchModifier(qsizetype i, bool afterThe);
    std::optional<Match> matchThe(qsizetype i);
    std::optional<Match> matchEdge(qsizetype i);
    std::optional<Match> matchSeason(qsizetype i);
    std::optional<Match> matchQuantity(qsizetype i);
    std::optional<Match> matchTime(qsizetype i);
    std::optional<Match> yearRelative(qsizetype i, QString *value) const; ///< "last year" etc. after "of"

    double quantity(qsizetype i, qsizetype *last) const;
    std::optional<Match> durationFrom(qsizetype i, double amount, qsizetype unitTok, qsizetype numFirst);

    void mergeRanges(QList<Timex> &out) const;

    void tagTokens();

    const Article &m_a;
    const QString &m_text;
    const std::span<const Word> m_words;
    TokenRuns *const m_keep; ///< where the tokens read are kept, when set
    /// The tokens of the stretch being tagged, offsets into the whole text:
    /// the tail of m_keep->tokens when the tokens are kept, else of m_scratch.
    std::span<Token> m_t;
    TokenVector m_scratch;
    QDate m_dct;
    QList<Timex> m_out;
};

// A number that is not part of a larger one: no digit, letter, decimal point,
// thousands separator or currency sign glued to it.
bool Run::standaloneNumber(qsizetype first, qsizetype last) const
{
    const qsizetype s = tok(first).start;
    const qsizetype e = tok(last).end;
    const QChar before = charAt(s - 1);
    const QChar after = charAt(e);
    if (before.isLetterOrNumber() || before == u'$' || before == u'£' || before == u'€' || before == u'#'
        || before == u'¥' || before == u'+')
        return false;
    if ((before == u'.' || before == u',') && charAt(s - 2).isDigit())
        return false;
    if (after.isLetterOrNumber() || after == u'%')
        return false;
    if ((after == u'.' || after == u',') && charAt(e + 1).isDigit())
        return false;
    return true;
}

// A day of the month at token i ("14", "14th"); *last is its last token.
int Run::dayNumber(qsizetype i, qsizetype *last) const
{
    const int d = number(i);
    if (d < 1 || d > 31 || digitCount(i) > 2)
        return -1;
    qsizetype l = i;
    if (adjacent(i) && tok(i + 1).kind == TokenKind::Word) {
        const QStringView s = word(i + 1);
        if (wordIs(s, "st"_L1) || wordIs(s, "nd"_L1) || wordIs(s, "rd"_L1) || wordIs(s, "th"_L1))
            l = i + 1;
        else
            return -1;
    }
    if (!standaloneNumber(i, l))
        return -1;
    *last = l;
    return d;
}

int Run::yearAt(qsizetype i) const
{
    if (digitCount(i) != 4)
        return -1;
    const int y = number(i);
    return (y >= 1000 && y <= 2199) ? y : -1;
}

// A four-digit number standing alone is a year unless it counts something:
// "1,200 organisations" never gets here (the comma), "1500 workers" is
// refused by the plural noun after it.
bool Run::plausibleYear(qsizetype i) const
{
    if (yearAt(i) < 0 || !standaloneNumber(i, i))
        return false;
    const Token &next = tok(i + 1);
    if (next.kind == TokenKind::Word && !next.upper && next.lex == Lex::None) {
        const QStringView w = word(i + 1);
        if (w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss")) {
            static const QLatin1StringView timeWords[] = {"in"_L1, "since"_L1, "by"_L1, "until"_L1, "till"_L1,
                                                          "from"_L1, "of"_L1, "before"_L1, "after"_L1, "during"_L1};
            bool temporalBefore = false;
            for (auto p : timeWords)
                temporalBefore = temporalBefore || is(i - 1, p);
            if (!temporalBefore)
                return false;
        }
    }
    // A number inside a name: "Russell 2000 Index", "Windows 2000 Server".
    if (tok(i - 1).kind == TokenKind::Word && tok(i - 1).upper && !tok(i - 1).sentenceStart && tok(i - 1).lex == Lex::None
        && tok(i + 1).kind == TokenKind::Word && tok(i + 1).upper && !tok(i + 1).sentenceStart)
        return false;
    if (tok(i - 1).kind == TokenKind::Word) {
        static const QLatin1StringView counters[] = {"no"_L1, "number"_L1, "page"_L1, "flight"_L1, "route"_L1,
                                                     "model"_L1, "room"_L1, "article"_L1, "section"_L1, "rule"_L1};
        for (auto c : counters)
            if (is(i - 1, c))
                return false;
    }
    return true;
}

// Month names that are also ordinary words ("May", "March") or names ("Jan")
// need a date-like neighbour before they count.
bool Run::monthUsable(qsizetype i) const
{
    const Token &t = tok(i);
    if (!t.upper)
        return false;
    const bool abbreviation = t.value < 0;
    const QStringView w = word(i);
    const bool allCaps = w.size() > 1 && w.at(1).isUpper();
    if (allCaps && !isNumber(i + 1) && !(punct(i + 1, u'.') && isNumber(i + 2)))
        return false;
    const bool numberAfter = isNumber(i + 1) || (punct(i + 1, u'.') && isNumber(i + 2))
        || (punct(i + 1, u',') && yearAt(i + 2) > 0);
    if (abbreviation)
        return numberAfter;
    const int m = t.value;
    if (m == 5 || m == 3) {
        if (numberAfter)
            return true;
        static const QLatin1StringView preps[] = {"in"_L1, "since"_L1, "until"_L1, "till"_L1, "by"_L1,
                                                  "from"_L1, "of"_L1, "during"_L1, "through"_L1, "before"_L1,
                                                  "after"_L1, "early"_L1, "late"_L1, "mid"_L1, "last"_L1,
                                                  "next"_L1, "this"_L1, "between"_L1, "to"_L1};
        for (auto p : preps)
            if (is(i - 1, p))
                return true;
        return false;
    }
    return true;
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
            // "may be signed", "is expected", "has been approved".
            t = Tense::Past;
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
    const Word *w = m_words.data();
    const Word *const wordsEnd = w + m_words.size();
    // Kept tokens go into one list; room for a token per word and a mark
    // between words is made once rather than by growing it stretch by stretch.
    if (m_keep) {
        m_keep->clear();
        m_keep->tokens.reserve(m_words.size() + m_words.size() / 4 + 16);
    }
    qsizetype s = 0;
    for (const TextRange &p : paragraphs) {
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
        const Word *v = w;
        const Word *lastPiece = v;
        for (qsizetype k = 0; k < pieces; ++k) {
            const Word *next = v;
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
        if (m->type == u"DURATION" && lex(first - 1, Lex::Approx))
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
    case Lex::PresentRef: {
        Match m{i, i, QStringLiteral("DATE"), QStringLiteral("PRESENT_REF"), {}, QStringLiteral("the present")};
        return m;
    }
    case Lex::PastRef: {
        if (t.value == 1 && tok(i + 1).lex == Lex::Unit && word(i + 1).endsWith(u's')) {
            const int unit = tok(i + 1).value;
            const QString code = unit == Year ? QStringLiteral("Y")
                : unit == Month               ? QStringLiteral("M")
                : unit == Week                ? QStringLiteral("W")
                : unit == Decade              ? QStringLiteral("DE")
                                              : QStringLiteral("D");
            Match m{i, i + 1, QStringLiteral("DURATION"), u"PX" + code, {}, QStringLiteral("vague duration")};
            return m;
        }
        if (t.value == 1 && !(tok(i + 1).kind == TokenKind::Word && !tok(i + 1).upper))
            return std::nullopt; // "recent" wants a noun after it
        Match m{i, i, QStringLiteral("DATE"), QStringLiteral("PAST_REF"), {}, QStringLiteral("the recent past")};
        return m;
    }
    case Lex::SetWord: {
        if (!(t.value == Year && tok(i + 1).kind == TokenKind::Word) && word(i).endsWith(u'l'))
            return std::nullopt; // "annual" only before a noun
        const int unit = t.value;
        const QString v = unit == Day ? QStringLiteral("P1D")
            : unit == Week            ? QStringLiteral("P1W")
            : unit == Month           ? QStringLiteral("P1M")
            : unit == Quarter         ? QStringLiteral("P3M")
                                      : QStringLiteral("P1Y");
        Match m{i, i, QStringLiteral("SET"), v, {}, QStringLiteral("recurring")};
        return m;
    }
    default:
        return std::nullopt;
    }
}

// hh:mm [a.m./p.m.] [UTC|GMT] [weekday|today], "0800 UTC", "6 p.m."
std::optional<Match> Run::matchTime(qsizetype i)
{
    int hour = -1, minute = 0;
    qsizetype last = i;
    if (digitCount(i) <= 2 && punct(i + 1, u':') && adjacent(i) && adjacent(i + 1) && digitCount(i + 2) == 2) {
        hour = number(i);
        minute = number(i + 2);
        last = i + 2;
    } else if (digitCount(i) == 4 && lex(i + 1, Lex::Zone)) {
        hour = number(i) / 100;
        minute = number(i) % 100;
    } else if (digitCount(i) <= 2 && (is(i + 1, "am"_L1) || is(i + 1, "pm"_L1) || ((is(i + 1, "a"_L1) || is(i + 1, "p"_L1)) && punct(i + 2, u'.') && is(i + 3, "m"_L1)))) {
        hour = number(i);
    } else {
        return std::nullopt;
    }
    if (hour > 24 || minute > 59 || !standaloneNumber(i, i))
        return std::nullopt;
    // a.m. / p.m.
    if (is(last + 1, "am"_L1) || is(last + 1, "pm"_L1)) {
        if (is(last + 1, "pm"_L1) && hour < 12)
            hour += 12;
        ++last;
    } else if ((is(last + 1, "a"_L1) || is(last + 1, "p"_L1)) && punct(last + 2, u'.') && is(last + 3, "m"_L1)) {
        if (is(last + 1, "p"_L1) && hour < 12)
            hour += 12;
        last += 3;
        if (punct(last + 1, u'.'))
            ++last;
    }
    QString zone;
    if (lex(last + 1, Lex::Zone)) {
        zone = QStringLiteral("Z");
        ++last;
    }
    QString date;
    if (lex(last + 1, Lex::Weekday) && m_dct.isValid()) {
        date = dayValue(resolveWeekday(tok(last + 1).value, tenseAround(i, last + 1), 0));
        ++last;
    } else if (lex(last + 1, Lex::DayRef) && tok(last + 1).value != 2 && m_dct.isValid()) {
        date = dayValue(m_dct.addDays(tok(last + 1).value));
        ++last;
    } else {
        // The day is the one last named in the same sentence, else the
        // article's. (Looking back no further than that day's start: a
        // sentence start before it decides nothing, and in a text without
        // full stops the sentence's start can be megabytes back.)
        const qsizetype lastStart = m_out.isEmpty() ? -1 : m_out.constLast().range.start;
        qsizetype sentence = i;
        while (sentence > 0 && !m_t[sentence].sentenceStart && m_t[sentence].start > lastStart)
            --sentence;
        if (!m_out.isEmpty() && lastStart >= m_t[sentence].start && parseValue(m_out.constLast().value).day > 0)
            date = m_out.constLast().value.left(10);
        else
            date = m_dct.isValid() ? dayValue(m_dct) : QStringLiteral("XXXX-XX-XX");
    }
    Match m{i, last, QStringLiteral("TIME"), date + u'T' + pad(hour, 2) + u':' + pad(minute, 2) + zone, {},
            QStringLiteral("time of day")};
    return m;
}

std::optional<Match> Run::matchNumber(qsizetype i)
{
    const int n = number(i);
    // ISO 8601: 1999-09-14
    if (yearAt(i) > 0 && punct(i + 1, u'-') && adjacent(i) && adjacent(i + 1) && digitCount(i + 2) == 2
        && punct(i + 3, u'-') && adjacent(i + 2) && adjacent(i + 3) && digitCount(i + 4) == 2
        && standaloneNumber(i, i + 4)) {
        const QDate d(n, number(i + 2), number(i + 4));
        if (d.isValid())
            return Match{i, i + 4, QStringLiteral("DATE"), dayValue(d), {}, QStringLiteral("full date (ISO)")};
    }
    // 14.09.1999, 14/09/1999, 09/14/1999
    if (digitCount(i) <= 2 && (punct(i + 1, u'.') || punct(i + 1, u'/') || punct(i + 1, u'-')) && adjacent(i)
        && adjacent(i + 1) && digitCount(i + 2) <= 2 && isNumber(i + 2) && adjacent(i + 2)
        && m_text[tok(i + 3).start] == m_text[tok(i + 1).start] && tok(i + 3).kind == TokenKind::Punct
        && adjacent(i + 3) && yearAt(i + 4) > 0 && standaloneNumber(i, i + 4)) {
        int day = n, month = number(i + 2);
        const bool slash = punct(i + 1, u'/');
        if (month > 12 || (slash && day <= 12 && month <= 12))
            std::swap(day, month); // month first: US order when it is the only reading, or with slashes
        const QDate d(number(i + 4), month, day);
        if (d.isValid())
            return Match{i, i + 4, QStringLiteral("DATE"), dayValue(d), {}, QStringLiteral("full date (numeric)")};
    }
    // 14 September [1999], 14th of September
    {
        qsizetype dayLast = i;
        const int day = dayNumber(i, &dayLast);
        qsizetype mi = dayLast + 1;
        if (day > 0 && lex(mi, Lex::Of))
            ++mi;
        if (day > 0 && lex(mi, Lex::Month) && tok(mi).upper && (tok(mi).value > 0 || punct(mi + 1, u'.') || isNumber(mi + 1))) {
            const int month = qAbs(tok(mi).value);
            qsizetype last = mi;
            if (tok(mi).value < 0 && punct(mi + 1, u'.'))
                ++last;
            qsizetype yi = last + 1;
            if (punct(yi, u','))
                ++yi;
            if (yearAt(yi) > 0 && standaloneNumber(yi, yi)) {
                const QDate d(number(yi), month, day);
                if (d.isValid())
                    return Match{i, yi, QStringLiteral("DATE"), dayValue(d), {}, QStringLiteral("full date")};
            }
            if (QDate(2000, month, day).isValid())
                return Match{i, last, QStringLiteral("DATE"), resolveMonthDay(month, day, tenseAround(i, last)), {},
                             m_dct.isValid() ? QStringLiteral("day and month, year from the article date")
                                             : QStringLiteral("day and month (no article date: year unknown)")};
        }
    }
    // 1990s, '90s
    if (adjacent(i) && is(i + 1, "s"_L1) && (digitCount(i) == 4 || (digitCount(i) == 2 && punct(i - 1, u'\'')))
        && n % 10 == 0 && !charAt(tok(i + 1).end).isLetterOrNumber()) {
        const QString v = digitCount(i) == 4 ? QString::number(n / 10) : u"19" + QString::number(n / 10);
        qsizetype first = i;
        if (punct(i - 1, u'\''))
            --first;
        if (lex(first - 1, Lex::Edge))
            --first;
        if (lex(first - 1, Lex::The))
            --first;
        return Match{first, i + 1, QStringLiteral("DATE"), v, {}, QStringLiteral("decade")};
    }
    if (plausibleYear(i)) {
        // 1990-2019 / 1990–2019
        if ((punct(i + 1, u'-') || punct(i + 1, u'–')) && adjacent(i) && adjacent(i + 1) && yearAt(i + 2) > n
            && standaloneNumber(i, i + 2))
            return Match{i, i + 2, QStringLiteral("DATE"), QString::number(n), QString::number(number(i + 2)),
                         QStringLiteral("range of years")};
        if (lex(i + 1, Lex::Season) && !tok(i + 1).upper)
            return std::nullopt;
        return Match{i, i, QStringLiteral("DATE"), QString::number(n), {}, QStringLiteral("year")};
    }
    return matchQuantity(i);
}

// Month [day[,] [year]] | Month year | Month of next year | Month
std::optional<Match> Run::matchMonth(qsizetype i)
{
    if (!monthUsable(i))
        return std::nullopt;
    const int month = qAbs(tok(i).value);
    qsizetype last = i;
    if (tok(i).value < 0 && punct(i + 1, u'.'))
        ++last;
    qsizetype dayLast = last + 1;
    const int day = dayNumber(last + 1, &dayLast);
    if (day > 0 && !(punct(dayLast + 1, u':'))) {
        qsizetype yi = dayLast + 1;
        if (punct(yi, u','))
            ++yi;
        if (yearAt(yi) > 0 && standaloneNumber(yi, yi)) {
            const QDate d(number(yi), month, day);
            if (d.isValid())
                return Match{i, yi, QStringLiteral("DATE"), dayValue(d), {}, QStringLiteral("full date")};
        }
        if (QDate(2000, month, day).isValid())
            return Match{i, dayLast, QStringLiteral("DATE"), resolveMonthDay(month, day, tenseAround(i, dayLast)), {},
                         m_dct.isValid() ? QStringLiteral("month and day, year from the article date")
                                         : QStringLiteral("month and day (no article date: year unknown)")};
    }
    qsizetype yi = last + 1;
    if (punct(yi, u','))
        ++yi;
    if (yearAt(yi) > 0 && standaloneNumber(yi, yi))
        return Match{i, yi, QStringLiteral("DATE"), monthValue(number(yi), month), {}, QStringLiteral("month and year")};
    if (lex(last + 1, Lex::Of) && yearAt(last + 2) > 0)
        return Match{i, last + 2, QStringLiteral("DATE"), monthValue(number(last + 2), month), {},
                     QStringLiteral("month and year")};
    if (lex(last + 1, Lex::Of) && lex(last + 2, Lex::Modifier) && tok(last + 3).lex == Lex::Unit
        && tok(last + 3).value == Year && m_dct.isValid()) {
        const int mod = tok(last + 2).value;
        const int y = m_dct.year() + (mod == Last || mod == Previous ? -1 : mod == Next ? 1 : 0);
        return Match{i, last, QStringLiteral("DATE"), monthValue(y, month), {},
                     QStringLiteral("month of a year relative to the article date")};
    }
    if (tok(i).value < 0)
        return std::nullopt;
    if (tok(i).sentenceStart && !isNumber(i + 1) && !lex(i + 1, Lex::Of))
        return std::nullopt; // "March on" at the start of a sentence is a verb
    return Match{i, last, QStringLiteral("DATE"), resolveMonth(month, tenseAround(i, last)),
                 {}, m_dct.isValid() ? QStringLiteral("month, year from the article date and tense")
                                     : QStringLiteral("month (no article date: year unknown)")};
}

std::optional<Match> Run::matchWeekday(qsizetype i)
{
    if (!tok(i).upper)
        return std::nullopt;
    const int weekday = tok(i).value;
    // Friday, September 14, 1999: the full date decides.
    qsizetype k = i + 1;
    if (punct(k, u','))
        ++k;
    if (!tok(k).sentenceStart && (lex(k, Lex::Month) || (isNumber(k) && lex(k + 1, Lex::Month)))) {
        if (auto m = lex(k, Lex::Month) ? matchMonth(k) : matchNumber(k); m && m->type == u"DATE") {
            m->first = i;
            return m;
        }
    }
    qsizetype last = i;
    QString part;
    if (lex(i + 1, Lex::PartOfDay)) {
        part = QStringView(partOfDayCode(tok(i + 1).value)).toString();
        last = i + 1;
    }
    if (!m_dct.isValid()) {
        Match m{i, last, part.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"),
                u"XXXX-WXX-" + QString::number(weekday) + part, {},
                QStringLiteral("weekday (no article date)")};
        return m;
    }
    const Tense tense = tenseAround(i, last);
    const QDate d = resolveWeekday(weekday, tense, 0);
    QString why = tense == Tense::Future ? QStringLiteral("weekday resolved against the article date (future tense)")
        : tense == Tense::Past           ? QStringLiteral("weekday resolved against the article date (past tense)")
                                         : QStringLiteral("weekday resolved against the article date");
    if (d == m_dct)
        why = QStringLiteral("weekday of the article date");
    Match m{i, last, part.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"), dayValue(d) + part, {}, why};
    return m;
}

std::optional<Match> Run::matchDayRef(qsizetype i)
{
    const int shift = tok(i).value;
    qsizetype first = i;
    if ((is(i - 1, "earlier"_L1) || is(i - 1, "later"_L1)) && shift == 0)
        first = i - 1;
    qsizetype last = i;
    QString part;
    if (shift == 2) {
        part = QStringLiteral("TNI");
    } else if (lex(i + 1, Lex::PartOfDay)) {
        part = QStringView(partOfDayCode(tok(i + 1).value)).toString();
        last = i + 1;
    }
    QString v;
    if (m_dct.isValid())
        v = dayValue(m_dct.addDays(shift == 2 ? 0 : shift));
    else
        v = shift == 0 || shift == 2 ? QStringLiteral("PRESENT_REF") : QStringLiteral("XXXX-XX-XX");
    if (!part.isEmpty() && m_dct.isValid())
        v += part;
    Match m{first, last, part.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"), v, {},
            m_dct.isValid() ? QStringLiteral("relative to the article date")
                            : QStringLiteral("relative day (no article date)")};
    return m;
}

// The year named by "last year" / "this year" / "next year" at i, if any.
std::optional<Match> Run::yearRelative(qsizetype i, QString *value) const
{
    if (!lex(i, Lex::Modifier) || !(tok(i + 1).lex == Lex::Unit && tok(i + 1).value == Year))
        return std::nullopt;
    const int mod = tok(i).value;
    if (mod != Last && mod != This && mod != Next)
        return std::nullopt;
    *value = m_dct.isValid() ? QString::number(m_dct.year() + (mod == Last ? -1 : mod == Next ? 1 : 0))
                             : QStringLiteral("XXXX");
    return Match{i, i + 1, QStringLiteral("DATE"), *value, {}, QStringLiteral("year relative to the article date")};
}

std::optional<Match> Run::matchModifier(qsizetype i, bool afterThe)
{
    const int mod = tok(i).value;
    const Token &next = tok(i + 1);
    if (mod == Same && next.lex == Lex::Unit && next.value == Day && afterThe) {
        const Parsed a = anchor(true);
        if (a.day > 0)
            return Match{i, i + 1, QStringLiteral("DATE"), dayValue(QDate(a.year, a.month, a.day)), {},
                         QStringLiteral("the day last mentioned")};
        return std::nullopt;
    }
    // the past nine days, the next two weeks, the last five years
    if ((mod == Past || mod == Last || mod == Next || mod == Coming || mod == Previous)
        && (next.lex == Lex::NumWord || next.kind == TokenKind::Number)) {
        if (auto q = matchQuantity(i + 1); q && q->type == u"DURATION") {
            q->first = i;
            return q;
        }
    }
    if (next.lex == Lex::Unit) {
        const int unit = next.value;
        const bool narrative = afterThe && (mod == Following || mod == Next || mod == Previous);
        if (mod == Past || (afterThe && mod == Last)) {
            const QString code = unit == Year ? QStringLiteral("P1Y")
                : unit == Month               ? QStringLiteral("P1M")
                : unit == Week                ? QStringLiteral("P1W")
                : unit == Decade              ? QStringLiteral("P10Y")
                : unit == Century             ? QStringLiteral("P100Y")
                : unit == Day                 ? QStringLiteral("P1D")
                : unit == Hour                ? QStringLiteral("PT1H")
                                              : QString();
            if (code.isEmpty())
                return std::nullopt;
            return Match{i, i + 1, QStringLiteral("DURATION"), code, {}, QStringLiteral("the period just past")};
        }
        if (narrative || mod == Following) {
            const Parsed a = anchor(unit == Day);
            const int step = mod == Previous ? -1 : 1;
            if (a.year == 0)
                return Match{i, i + 1, QStringLiteral("DATE"), QStringLiteral("XXXX"), {},
                             QStringLiteral("relative to a date not given")};
            if (unit == Year)
                return Match{i, i + 1, QStringLiteral("DATE"), QString::number(a.year + step), {},
                             QStringLiteral("year after/before the date last mentioned")};
            if (unit == Day && a.day > 0)
                return Match{i, i + 1, QStringLiteral("DATE"), dayValue(QDate(a.year, a.month, a.day).addDays(step)),
                             {}, QStringLiteral("day after/before the date last mentioned")};
            if (unit == Month && a.month > 0) {
                const QDate d = QDate(a.year, a.month, 1).addMonths(step);
                return Match{i, i + 1, QStringLiteral("DATE"), monthValue(d.year(), d.month()), {},
                             QStringLiteral("month after/before the date last mentioned")};
            }
            return std::nullopt;
        }
        if (mod != Last && mod != This && mod != Next && mod != Coming && mod != Current && mod != Previous)
            return std::nullopt;
        const int step = (mod == Last || mod == Previous) ? -1 : (mod == Next || mod == Coming) ? 1 : 0;
        if (!m_dct.isValid()) {
            const QString v = step < 0 ? QStringLiteral("PAST_REF") : step > 0 ? QStringLiteral("FUTURE_REF")
                                                                               : QStringLiteral("PRESENT_REF");
            return Match{i, i + 1, QStringLiteral("DATE"), v, {}, QStringLiteral("relative (no article date)")};
        }
        QString v;
        switch (unit) {
        case Day:
            v = dayValue(m_dct.addDays(step));
            break;
        case Week:
            v = weekValue(m_dct.addDays(7 * step));
            break;
        case Weekend:
            v = weekValue(m_dct.addDays(7 * step)) + u"-WE";
            break;
        case Month: {
            const QDate d = m_dct.addMonths(step);
            v = monthValue(d.year(), d.month());
            break;
        }
        case Quarter: {
            int q = (m_dct.month() - 1) / 3 + step, y = m_dct.year();
            if (q < 0) {
                q = 3;
                --y;
            } else if (q > 3) {
                q = 0;
                ++y;
            }
            v = pad(y, 4) + u"-Q" + QString::number(q + 1);
            break;
        }
        case Year:
            v = QString::number(m_dct.year() + step);
            break;
        case Decade:
            v = QString::number((m_dct.year() + 10 * step) / 10);
            break;
        default:
            return std::nullopt;
        }
        return Match{i, i + 1, QStringLiteral("DATE"), v, {}, QStringLiteral("relative to the article date")};
    }
    if (next.lex == Lex::Weekday && m_dct.isValid() && (mod == Last || mod == Next || mod == This || mod == Coming)) {
        const int shift = mod == Last ? -1 : (mod == Next || mod == Coming) ? 1 : 0;
        const QDate d = resolveWeekday(next.value, tenseAround(i, i + 1), shift);
        return Match{i, i + 1, QStringLiteral("DATE"), dayValue(d), {}, QStringLiteral("weekday relative to the article date")};
    }
    if (next.lex == Lex::Month && next.value > 0 && next.upper && m_dct.isValid() && (mod == Last || mod == Next || mod == This)) {
        const Tense t = mod == Last ? Tense::Past : mod == Next ? Tense::Future : tenseAround(i, i + 1);
        QString v = resolveMonth(next.value, t);
        if (mod != This && v == monthValue(m_dct.year(), m_dct.month()))
            v = monthValue(m_dct.year() + (mod == Last ? -1 : 1), next.value);
        return Match{i, i + 1, QStringLiteral("DATE"), v, {}, QStringLiteral("month relative to the article date")};
    }
    if (next.lex == Lex::Season && (mod == Last || mod == Next || mod == This)) {
        const int y = m_dct.isValid() ? m_dct.year() + (mod == Last ? -1 : mod == Next ? 1 : 0) : 0;
        return Match{i, i + 1, QStringLiteral("DATE"), resolveSeason(next.value, y), {}, QStringLiteral("season")};
    }
    if (next.lex == Lex::PartOfDay && mod == This) {
        const QString part = QStringView(partOfDayCode(next.value)).toString();
        return Match{i, i + 1, QStringLiteral("TIME"),
                     (m_dct.isValid() ? dayValue(m_dct) : QStringLiteral("XXXX-XX-XX")) + part, {},
                     QStringLiteral("part of the article's day")};
    }
    return std::nullopt;
}

std::optional<Match> Run::matchThe(qsizetype i)
{
    const Token &next = tok(i + 1);
    auto withThe = [i](std::optional<Match> m) {
        if (m)
            m->first = i;
        return m;
    };
    if (next.lex == Lex::Modifier)
        return withThe(matchModifier(i + 1, true));
    // the first quarter [of 2009 | of last year], the second half of 2009
    const bool ordinal = next.lex == Lex::Ordinal || (next.lex == Lex::Unit && next.value == Second)
        || lex(i + 1, Lex::Modifier);
    if (ordinal && (is(i + 2, "quarter"_L1) || is(i + 2, "half"_L1))) {
        const int n = next.lex == Lex::Ordinal ? (next.value == 9 ? 4 : next.value) : 2;
        const bool half = is(i + 2, "half"_L1);
        if ((half && n > 2) || n > 4)
            return std::nullopt;
        qsizetype last = i + 2;
        QString year;
        if (lex(i + 3, Lex::Of) && yearAt(i + 4) > 0) {
            year = QString::number(number(i + 4));
            last = i + 4;
        } else if (lex(i + 3, Lex::Of) && yearRelative(i + 4, &year)) {
            last = i + 5;
        } else if (lex(i + 3, Lex::Of) && lex(i + 4, Lex::The) && is(i + 5, "year"_L1)) {
            const Parsed a = anchor(false);
            year = a.year > 0 ? QString::number(a.year) : QStringLiteral("XXXX");
            last = i + 5;
        } else {
            year = m_dct.isValid() ? QString::number(m_dct.year()) : QStringLiteral("XXXX");
        }
        return Match{i, last, QStringLiteral("DATE"), year + (half ? u"-H" : u"-Q") + QString::number(n), {},
                     half ? QStringLiteral("half year") : QStringLiteral("quarter")};
    }
    if (next.kind == TokenKind::Number)
        return std::nullopt; // "the 1990s" is found at the number
    if (next.lex == Lex::Edge)
        return withThe(matchEdge(i + 1));
    if (next.lex == Lex::Season)
        return withThe(matchSeason(i + 1));
    if (next.lex == Lex::Unit && next.value == Weekend && m_dct.isValid()) {
        const int wd = m_dct.dayOfWeek();
        const Tense t = tenseAround(i, i + 1);
        QDate d = m_dct;
        if (wd < 6)
            d = t == Tense::Future ? m_dct.addDays(6 - wd) : m_dct.addDays(-wd);
        return Match{i, i + 1, QStringLiteral("DATE"), weekValue(d) + u"-WE", {}, QStringLiteral("weekend")};
    }
    // "ended the day", "late in the day": the day last mentioned
    if (next.lex == Lex::Unit && next.value == Day && !lex(i + 2, Lex::Relation) && !lex(i + 2, Lex::Of)) {
        const QStringView before = word(i - 1);
        const bool closing = before.startsWith(u"end"_s, Qt::CaseInsensitive) || before.startsWith(u"clos"_s, Qt::CaseInsensitive)
            || before.startsWith(u"finish"_s, Qt::CaseInsensitive) || wordIs(before, "in"_L1) || wordIs(before, "during"_L1);
        const Parsed a = anchor(true);
        if (closing && a.day > 0)
            return Match{i, i + 1, QStringLiteral("DATE"), dayValue(QDate(a.year, a.month, a.day)), {},
                         QStringLiteral("the day last mentioned")};
    }
    return std::nullopt;
}

// early 2009, mid-1990s, late September, the end of last year
std::optional<Match> Run::matchEdge(qsizetype i)
{
    qsizetype k = i + 1;
    if (punct(k, u'-') && adjacent(i))
        ++k;
    if (lex(k, Lex::Of))
        ++k;
    if (lex(k, Lex::The) && !lex(k + 1, Lex::Modifier))
        ++k;
    std::optional<Match> inner;
    if (isNumber(k))
        inner = matchNumber(k);
    else if (lex(k, Lex::Month))
        inner = matchMonth(k);
    else if (lex(k, Lex::Season))
        inner = matchSeason(k);
    else if (lex(k, Lex::Modifier))
        inner = matchModifier(k, false);
    else if (lex(k, Lex::The))
        inner = matchThe(k);
    if (!inner || inner->type != u"DATE" || inner->first != k)
        return std::nullopt;
    // Bare "end" or "start" must be followed by "of": "start 2009" is not a date.
    const int edge = tok(i).value;
    if ((edge == End || edge == Start || edge == Beginning || edge == Middle) && !lex(i + 1, Lex::Of))
        return std::nullopt;
    inner->first = i;
    inner->why = QStringLiteral("part of ") + inner->why;
    return inner;
}

std::optional<Match> Run::matchSeason(qsizetype i)
{
    const int season = tok(i).value;
    qsizetype last = i;
    int year = 0;
    if (yearAt(i + 1) > 0 && standaloneNumber(i + 1, i + 1)) {
        year = number(i + 1);
        last = i + 1;
    } else if (lex(i + 1, Lex::Of) && yearAt(i + 2) > 0) {
        year = number(i + 2);
        last = i + 2;
    } else {
        // Without a year, a season needs a cue: "in spring", "the autumn", "Autumn meetings".
        const bool fall = wordIs(word(i), "fall"_L1);
        const bool cue = is(i - 1, "in"_L1) || is(i - 1, "during"_L1) || is(i - 1, "since"_L1) || is(i - 1, "by"_L1)
            || is(i - 1, "until"_L1) || lex(i - 1, Lex::The) || lex(i - 1, Lex::Edge);
        if (!(cue || (!fall && (tok(i).upper || tok(i).sentenceStart))))
            return std::nullopt;
        if (fall && !lex(i - 1, Lex::The))
            return std::nullopt;
        if (m_dct.isValid())
            year = m_dct.year();
    }
    return Match{i, last, QStringLiteral("DATE"), resolveSeason(season, year), {}, QStringLiteral("season")};
}

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
    // N units ago
    if (lex(u + 1, Lex::Ago) && !vague) {
        if (!m_dct.isValid())
            return Match{i, u + 1, QStringLiteral("DATE"), QStringLiteral("PAST_REF"), {}, QStringLiteral("time ago (no article date)")};
        QString v;
        switch (unit) {
        case Day:
            v = dayValue(m_dct.addDays(-whole));
            break;
        case Week:
            v = dayValue(m_dct.addDays(-7 * whole));
            break;
        case Month: {
            const QDate d = m_dct.addMonths(-whole);
            v = monthValue(d.year(), d.month());
            break;
        }
        case Year:
            v = QString::number(m_dct.year() - whole);
            break;
        case Decade:
            v = QString::number(m_dct.year() - 10 * whole);
            break;
        default:
            v = dayValue(m_dct);
        }
        return Match{i, u + 1, QStringLiteral("DATE"), v, {}, QStringLiteral("time ago, from the article date")};
    }
    // N units later / after / earlier / before (a narrative shift)
    if (lex(u + 1, Lex::Relation) && !vague && !is(u + 2, "than"_L1)) {
        const int dir = tok(u + 1).value > 0 ? 1 : -1;
        const Parsed a = anchor(unit == Day || unit == Week);
        if (a.year > 0) {
            QString v;
            if (unit == Year)
                v = QString::number(a.year + dir * whole);
            else if (unit == Decade)
                v = QString::number(a.year + dir * 10 * whole);
            else if (unit == Month && a.month > 0) {
                const QDate d = QDate(a.year, a.month, 1).addMonths(dir * whole);
                v = monthValue(d.year(), d.month());
            } else if ((unit == Day || unit == Week) && a.day > 0)
                v = dayValue(QDate(a.year, a.month, a.day).addDays(dir * whole * (unit == Week ? 7 : 1)));
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

// "from 1990 until 2019", "between 2014 and 2016": one expression with an end.
void Run::mergeRanges(QList<Timex> &out) const
{
    if (out.size() < 2)
        return;
    QList<Timex> merged;
    merged.reserve(out.size());
    for (qsizetype k = 0; k < out.size(); ++k) {
        if (k + 1 < out.size() && out[k].type == u"DATE" && out[k + 1].type == u"DATE" && out[k].until.isEmpty()
            && parseValue(out[k].value).year > 0 && parseValue(out[k + 1].value).year > 0) {
            const QStringView gap = QStringView(m_text).mid(out[k].range.end, out[k + 1].range.start - out[k].range.end).trimmed();
            // The word before the first expression.
            qsizetype p = out[k].range.start;
            while (p > 0 && m_text[p - 1].isSpace())
                --p;
            qsizetype q = p;
            while (q > 0 && m_text[q - 1].isLetter())
                --q;
            const QStringView before = QStringView(m_text).mid(q, p - q);
            const bool from = wordIs(before, "from"_L1)
                && (wordIs(gap, "to"_L1) || wordIs(gap, "until"_L1) || wordIs(gap, "till"_L1) || wordIs(gap, "through"_L1)
                    || gap == u"-" || gap == u"–");
            const bool between = wordIs(before, "between"_L1) && wordIs(gap, "and"_L1);
            if (from || between) {
                Timex r = out[k];
                r.range = {q, out[k + 1].range.end};
                r.until = out[k + 1].until.isEmpty() ? out[k + 1].value : out[k + 1].until;
                r.why = QStringLiteral("range");
                merged.append(r);
                ++k;
                continue;
            }
        }
        merged.append(out[k]);
    }
    out = merged;
}

} // namespace

QList<Timex> TemporalTagger::tag(const Article &article) const
{
    return tag(article, std::span<const Word>());
}

QList<Timex> TemporalTagger::tag(const Article &article, std::span<const Word> words) const
{
    return tag(article, words, nullptr);
}

QList<Timex> TemporalTagger::tag(const Article &article, std::span<const Word> words, TokenRuns *keep) const
{
    // The sentences worth reading are found by the recognizer's words.
    QList<Word> own;
    if (words.empty()) {
        own = ::Annalist::tokenize(article.text);
        words = own;
    }
    QList<Timex> timexes = Run(article, article.date, words, keep).tag();
    if (article.date.isValid())
        return timexes;
    // With no article date, a dateline with a full date ("April 27, 2005" on
    // a line of its own, or inside Article::dateline) is the article's date.
    for (const Timex &t : std::as_const(timexes)) {
        const Parsed p = parseValue(t.value);
        if (t.type != u"DATE" || p.day == 0 || t.why != u"full date")
            continue;
        const qsizetype s = article.sentenceAt(t.range.start);
        const bool inDateline = !article.dateline.isEmpty() && article.dateline.contains(t.range);
        const bool ownLine = s >= 0 && s < 3
            && article.slice(article.sentences[s]).trimmed().size() <= t.range.length() + 2;
        if (inDateline || ownLine)
            return Run(article, QDate(p.year, p.month, p.day), words, keep).tag(); // (keep starts afresh)
        break;
    }
    return timexes;
}

} // namespace Annalist
