// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The temporal tagger's inner workings, shared by its source files and by
// nothing else: a Run tags one article. temporaltagger.cpp drives it
// (paragraphs, sentences, merging ranges), temporalmatchers.cpp holds the
// patterns of dates and times, temporaldurations.cpp those of quantities of
// time, and temporalanchoring.cpp the tense of a clause and the resolution
// of relative expressions against the article date or the date last named.

#include "article/article.h"
#include "temporal/temporaltokens.h"
#include "temporal/timelineevent.h"
#include "temporal/timexvalue.h"

#include <QDate>

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace Annalist::Temporal::Detail {

/// Perfect: the present perfect ("has closed"). It tells of the past but
/// takes no definite past time ("*has closed on 3 May" is no English): a
/// date in its clause is of a state that holds now ("has been suspended
/// until Monday") or of some other word, so it resolves no date backwards
/// as the past tense does; the nearest reading decides.
enum class Tense { Unknown, Past, Present, Future, Perfect };

/// v as a decimal number, zero-padded to width digits.
QString pad(int v, int width);
/// 1999-09-14
QString dayValue(QDate d);
/// 1999-09
QString monthValue(int y, int m);
/// 1999-W37, the ISO week of d (whose year may differ from d's)
QString weekValue(QDate d);
/// XXXX-04-07: a day whose year is not known
QString unknownDay(int month, int day);
/// The duration of amount units ("X": not given) as a TimeML value: P2W,
/// PXY, PT3H, PXDE; empty for a unit with no letters.
QString durationValue(const QString &amount, int unit);
/// The one period of a recurrence "every amount units": P1W, P2D, PT1H; a
/// quarter is three months, a fortnight two weeks, a decade ten years.
QString periodValue(int amount, int unit);
/// SP, SU, FA, WI for seasons 1–4
const char16_t *seasonCode(int season);
/// TMO, TAF, TEV, TNI for parts of the day 1–4
const char16_t *partOfDayCode(int part);

/// The year, month and day a TIMEX3 value starts with; 0 where absent.
struct Parsed {
    int year = 0, month = 0, day = 0;
};

Parsed parseValue(QStringView v);

struct Match {
    Match(qsizetype first, qsizetype last, QString type, QString value, QString until, QString why)
        : first(first)
        , last(last)
        , type(std::move(type))
        , value(std::move(value))
        , until(std::move(until))
        , why(std::move(why))
    {
    }

    qsizetype first = 0; ///< token index
    qsizetype last = 0; ///< token index, inclusive
    QString type = QStringLiteral("DATE");
    QString value;
    QString until;
    QString why;
    QString quant; ///< of a SET: "EVERY"
    QString freq; ///< of a SET: "2X"
};

class Run
{
public:
    /// words: the recognizer's tokens of the text, by which the sentences
    /// worth reading are found and the tagger's own tokens are built.
    Run(const Article &article, QDate dct, std::span<const ::Annalist::Word> words, TokenRuns *keep)
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
    /// The tense the word at k tells, reading back no further than begin.
    std::optional<Tense> tenseOf(qsizetype k, qsizetype begin) const;
    Parsed anchor(bool dayLevel, bool *fromArticleDate = nullptr) const;
    /// Whether a shift in direction from an anchor that was the article date
    /// itself reads a clause in the past as after the report.
    bool laterThanTheReport(bool fromArticleDate, int direction, qsizetype first, qsizetype last) const;
    /// The Year, Quarter, Month, Week or Day that holds the date named
    /// last, as a TIMEX3 value; empty for none.
    QString periodNamedLast(int unit, Tense tense) const;
    /// The value of m_out[k], read once: the look-backs above pass over the
    /// same dates again for each expression that needs an anchor.
    const TimexValue &outValue(qsizetype k) const;

    QString resolveMonthDay(int month, int day, Tense tense) const;
    QString resolveMonth(int month, Tense tense) const;
    /// The word right before position at of the text (empty when none).
    QStringView wordBefore(qsizetype at) const;
    /// The year of a month named alone in a narrative of the past: that of
    /// the date named last in the paragraph when it lies in a year before
    /// the article's and the month's clause is told in the past (and that
    /// date starts no state that still holds: "since 2019"); else 0. at is
    /// where the month is written: one after "since" starts a state that
    /// reaches the article's time, and a date in a relative clause set off
    /// by commas that closed before at sets no point of the narrative.
    int narrativeYear(Tense tense, qsizetype at) const;
    QDate resolveWeekday(int weekday, Tense tense, int shift) const;
    QString resolveSeason(int season, int year) const;
    /// The year of quarter or half n (length 3 or 6 months) named alone.
    int resolvePartYear(int n, int length, Tense tense) const;
    /// shift: -1 "last winter", +1 "next winter", 0 by tense.
    QString resolveSeason(int season, Tense tense, int shift) const;
    /// The year of a day of the calendar given without one: nearest the
    /// article date in the tense's direction, as resolveMonthDay(). dayIn(y)
    /// gives that day in year y (invalid where it has none). 0 without an
    /// article date.
    template<typename DayIn>
    QDate resolveDay(DayIn dayIn, Tense tense) const
    {
        if (!m_dct.isValid())
            return {};
        QDate best;
        for (int y = m_dct.year() - 1; y <= m_dct.year() + 1; ++y) {
            const QDate c = dayIn(y);
            if (!c.isValid())
                continue;
            const qint64 diff = m_dct.daysTo(c);
            if ((tense == Tense::Past && diff > 0) || (tense == Tense::Future && diff < 0))
                continue;
            if (!best.isValid() || qAbs(diff) < qAbs(m_dct.daysTo(best)))
                best = c;
        }
        return best;
    }

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
    QString timeZone(qsizetype *last) const;
    std::optional<Match> yearRelative(qsizetype i, QString *value) const; ///< "last year" etc. after "of"

    // temporalreferences.cpp: the guidelines' other kinds of value.
    std::optional<Match> matchReference(qsizetype i); ///< now, recently, the past, the future
    std::optional<Match> matchSetWord(qsizetype i); ///< daily, weekly, annually
    std::optional<Match> matchEvery(qsizetype i); ///< every week, each Monday
    std::optional<Match> matchFrequency(qsizetype i); ///< twice a year, once a week
    std::optional<Match> matchFiscal(qsizetype i); ///< fiscal 2009, FY2009
    std::optional<Match> matchHoliday(qsizetype i); ///< Christmas, Easter 2010, Memorial Day
    /// The token after a possessive ending at k ("'s", "’s", or a plural's
    /// lone apostrophe: "Veterans' Day") glued to the word before it, or k.
    qsizetype afterPossessive(qsizetype k) const;
    std::optional<Match> matchClockWord(qsizetype i); ///< noon, midnight
    std::optional<Match> matchDecadeWord(qsizetype i); ///< the nineties
    /// first … twentieth at i, after "the" when afterThe: a century ("the
    /// nineteenth century"), a weekday or week of a month ("the first Monday
    /// of March", "the last week of May")
    std::optional<Match> matchOrdinal(qsizetype i, bool afterThe);
    std::optional<Match> matchBareUnit(qsizetype i); ///< for years, decades-long
    /// The Nth (9: the last) weekday or week (weekday 0) of the month named
    /// at monthTok; the match ends at the month or its year.
    std::optional<Match> nthOfMonth(qsizetype first, int n, int weekday, qsizetype monthTok);
    /// Whether the word at i ends the noun phrase before it: "in the past,",
    /// "the future of", "the past was" (and not "the past performance").
    bool endsNounPhrase(qsizetype i) const;
    /// The day a time of day at first..*last falls on: a weekday or day word
    /// after it (which *last then takes in), the day named last in its
    /// sentence, or the article's.
    QString dayOfTime(qsizetype first, qsizetype *last);

    double quantity(qsizetype i, qsizetype *last) const;
    std::optional<Match> durationFrom(qsizetype i, double amount, qsizetype unitTok, qsizetype numFirst);

    /// "from 4 to 19 February", "between 4 and 19 February", "4-19 May":
    /// where the range whose start is written as its day alone opens (the
    /// "from" or "between" before that day, or the day itself after a dash)
    /// and that day, for the date t of its end; {-1, 0} when t ends no such range.
    std::pair<qsizetype, int> bareDayStart(const Timex &t) const;
    void mergeRanges(QList<Timex> &out) const;
    void shareYearWithNext(Timex &t, const Timex &next) const;

    void tagTokens();

    const Article &m_a;
    const QString &m_text;
    const std::span<const ::Annalist::Word> m_words;
    TokenRuns *const m_keep; ///< where the tokens read are kept, when set
    /// The tokens of the stretch being tagged, offsets into the whole text:
    /// the tail of m_keep->tokens when the tokens are kept, else of m_scratch.
    std::span<Token> m_t;
    TokenVector m_scratch;
    QDate m_dct;
    QList<Timex> m_out;
    /// outValue()'s: each value beside the text it was read from, which
    /// tells whether m_out[k] still holds that text.
    mutable std::vector<std::pair<QString, TimexValue>> m_outValues;
    qsizetype m_paragraphFirst = 0; ///< the first of m_out in the paragraph being tagged
};

} // namespace Annalist::Temporal::Detail
