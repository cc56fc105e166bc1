// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/timexvalue.h"

#include <QHash>
#include <QTimeZone>

#include <limits>
#include <span>

namespace Annalist {

namespace {

constexpr qint64 DaySeconds = 86400;
// A year for the parts of a value whose year is unknown: a leap year (so that
// XXXX-02-29 exists) with 53 ISO weeks (so that XXXX-W53 does).
constexpr int StandInYear = 2004;

constexpr int Unknown = -1; ///< a field written as X
constexpr int Bad = -2; ///< a field that is neither digits nor X

qint64 secondsOf(const QDate &date)
{
    return date.toJulianDay() * DaySeconds;
}

/// Reads a TIMEX3 value left to right.
class Reader
{
public:
    explicit Reader(QStringView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }
    qsizetype pos() const { return m_pos; }
    QStringView from(qsizetype start) const { return m_text.mid(start, m_pos - start); }

    bool take(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool take(QStringView literal)
    {
        if (!m_text.mid(m_pos).startsWith(literal))
            return false;
        m_pos += literal.size();
        return true;
    }
    /// count characters that are all digits (their number) or all X (Unknown); Bad otherwise.
    int field(int count)
    {
        if (m_pos + count > m_text.size())
            return Bad;
        const QStringView f = m_text.mid(m_pos, count);
        if (f.count(u'X') == count) {
            m_pos += count;
            return Unknown;
        }
        int n = 0;
        for (QChar c : f) {
            if (c < u'0' || c > u'9')
                return Bad;
            n = n * 10 + (c.unicode() - u'0');
        }
        m_pos += count;
        return n;
    }
    /// Digits, optionally with a fraction (`1.5`), or X's; Bad when there are none.
    double amount(bool *unknown)
    {
        *unknown = false;
        const qsizetype start = m_pos;
        while (peek() == u'X')
            ++m_pos;
        if (m_pos > start) {
            *unknown = true;
            return 0;
        }
        while (peek() >= u'0' && peek() <= u'9')
            ++m_pos;
        if (m_pos == start)
            return Bad;
        if (peek() == u'.' && peek(1) >= u'0' && peek(1) <= u'9') {
            ++m_pos;
            while (peek() >= u'0' && peek() <= u'9')
                ++m_pos;
        }
        return m_text.mid(start, m_pos - start).toDouble();
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

QString twoDigits(int n)
{
    return QString::number(n).rightJustified(2, u'0');
}

QString fieldText(int value, int width)
{
    return value == Unknown ? QString(width, u'X') : QString::number(value).rightJustified(width, u'0');
}

int isoWeeksIn(int isoYear)
{
    // 28 December is always in the last ISO week of its year.
    return dateOfIsoYear(isoYear, 12, 28).weekNumber();
}

QDate mondayOfIsoWeek(int isoYear, int week)
{
    // ISO 8601: week 1 holds 4 January; weeks start on Monday.
    const QDate jan4 = dateOfIsoYear(isoYear, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek() + 7 * (week - 1));
}

struct PartOfDay {
    const char16_t *code;
    int from; ///< hour
    int to; ///< hour, past 24 for the next morning
};
// Conventions, as no guideline fixes the hours: a night runs into the next morning.
constexpr PartOfDay partsOfDay[] = {
    {u"MO", 6, 12}, {u"AF", 12, 18}, {u"EV", 18, 22}, {u"NI", 22, 30}, {u"DT", 6, 18}};

constexpr const char16_t *seasonCodes[] = {u"SP", u"SU", u"FA", u"WI"};

} // namespace

QDate dateOfIsoYear(int isoYear, int month, int day)
{
    return QDate(isoYear <= 0 ? isoYear - 1 : isoYear, month, day);
}

int isoYearOf(const QDate &date)
{
    return date.year() < 0 ? date.year() + 1 : date.year();
}

TimexValue TimexValue::parse(QStringView value)
{
    return parse(value.toString());
}

TimexValue TimexValue::parse(const QString &value)
{
    // Reading a value costs some 2,500 instructions, a look-up a tenth of
    // that; the cache is cleared when full, so it stays under a few hundred KB.
    // The key shares the caller's text: a look-up allocates nothing.
    constexpr qsizetype MaxCached = 4096;
    thread_local QHash<QString, TimexValue> cache;
    if (const auto it = cache.constFind(value); it != cache.cend())
        return it.value();
    if (cache.size() >= MaxCached)
        cache.clear();
    TimexValue t = parseUncached(value);
    cache.insert(value, t);
    return t;
}

TimexValue TimexValue::parseUncached(QStringView value)
{
    TimexValue t;
    static constexpr std::pair<const char16_t *, Reference> references[] = {
        {u"PAST_REF", Reference::Past}, {u"PRESENT_REF", Reference::Present}, {u"FUTURE_REF", Reference::Future}};
    for (const auto &[name, reference] : references) {
        if (value == QStringView(name)) {
            t.m_kind = Kind::Reference;
            t.m_reference = reference;
            t.m_start = int(reference);
            t.m_text = value.toString();
            return t;
        }
    }

    Reader r(value);
    if (r.take(u'P')) {
        // Approximate lengths, only for ordering durations among themselves.
        constexpr double Year = 365.2425 * DaySeconds;
        struct Unit {
            const char16_t *code;
            double seconds;
            Precision precision;
        };
        static constexpr Unit dateUnits[] = {
            {u"ML", 1000 * Year, Precision::Century}, {u"CE", 100 * Year, Precision::Century},
            {u"DE", 10 * Year, Precision::Decade},    {u"WE", 2.0 * DaySeconds, Precision::Week},
            {u"Y", Year, Precision::Year},            {u"Q", Year / 4, Precision::Quarter},
            {u"M", Year / 12, Precision::Month},      {u"W", 7.0 * DaySeconds, Precision::Week},
            {u"D", 1.0 * DaySeconds, Precision::Day}};
        static constexpr Unit timeUnits[] = {
            {u"H", 3600, Precision::Hour}, {u"M", 60, Precision::Minute}, {u"S", 1, Precision::Second}};
        double seconds = 0;
        bool unknown = false;
        int components = 0;
        const auto readUnits = [&](std::span<const Unit> units) {
            quint32 seen = 0;
            while (!r.atEnd() && r.peek() != u'T') {
                bool x = false;
                const double n = r.amount(&x);
                if (n == Bad)
                    return false;
                const Unit *unit = nullptr;
                for (qsizetype k = 0; k < qsizetype(units.size()) && !unit; ++k) {
                    if (!(seen & (1u << k)) && r.take(QStringView(units[k].code))) {
                        unit = &units[k];
                        seen |= 1u << k;
                    }
                }
                if (!unit)
                    return false;
                unknown = unknown || x;
                seconds += n * unit->seconds;
                t.m_precision = std::max(t.m_precision, unit->precision);
                ++components;
            }
            return true;
        };
        if (!readUnits(dateUnits))
            return {};
        if (r.take(u'T')) {
            const int before = components;
            if (!readUnits(timeUnits) || components == before)
                return {};
        }
        if (components == 0 || !r.atEnd())
            return {};
        t.m_kind = Kind::Duration;
        t.m_unknownAmount = unknown;
        t.m_start = unknown ? std::numeric_limits<qint64>::max() : qint64(seconds);
        t.m_end = t.m_start;
        t.m_text = value.toString();
        return t;
    }

    QString text;
    t.m_fiscal = r.take(u"FY");
    if (t.m_fiscal)
        text += u"FY";
    bool unknownPart = false; // some field after the year is X
    QDate first; // the date-level interval [first, afterLast)
    QDate afterLast;
    bool dayLevel = false; // a time may follow
    if (r.peek() == u'T' && !t.m_fiscal) {
        // A time of an unknown day ("T10:00", every day at ten as a SET).
        unknownPart = true;
        dayLevel = true;
        first = dateOfIsoYear(StandInYear, 1, 1);
        afterLast = first.addDays(1);
    } else {
        const qsizetype start = r.pos();
        while (!r.atEnd() && (r.peek().isDigit() || r.peek() == u'X'))
            r.take(r.peek().unicode());
        const QStringView year = r.from(start);
        const auto digitsIn = [&year](qsizetype n) {
            for (qsizetype k = 0; k < n; ++k)
                if (year[k] < u'0' || year[k] > u'9')
                    return false;
            return true;
        };
        qsizetype xs = 0; // trailing X's: 199X is a decade, 19XX a century
        while (xs < year.size() && year[year.size() - 1 - xs] == u'X')
            ++xs;
        if (year.size() == 4 && xs == 4) {
            t.m_precision = Precision::Year; // XXXX
        } else if (year.size() == 4 && xs <= 2 && digitsIn(4 - xs)) {
            t.m_hasYear = true;
            t.m_precision = xs == 0 ? Precision::Year : xs == 1 ? Precision::Decade : Precision::Century;
        } else if ((year.size() == 3 || year.size() == 2) && digitsIn(year.size())) {
            t.m_hasYear = true;
            t.m_precision = year.size() == 3 ? Precision::Decade : Precision::Century;
        } else {
            return {};
        }
        const int span = t.m_precision == Precision::Decade ? 10 : t.m_precision == Precision::Century ? 100 : 1;
        if (t.m_hasYear) {
            const int digits = t.m_precision == Precision::Year ? 4 : t.m_precision == Precision::Decade ? 3 : 2;
            t.m_year = year.left(digits).toInt() * span;
            text += year.left(digits);
        } else {
            text += u"XXXX";
        }
        if (span > 1 && (t.m_fiscal || !r.atEnd()))
            return {}; // "199-09", "FY199"
        const int y = t.m_hasYear ? t.m_year : StandInYear;
        first = dateOfIsoYear(y, 1, 1);
        afterLast = dateOfIsoYear(y + span, 1, 1);

        if (r.take(u'-')) {
            text += u'-';
            const auto months = [&](int fromMonth, int count) {
                first = dateOfIsoYear(y, fromMonth, 1);
                afterLast = first.addMonths(count);
            };
            if (r.peek() == u'W' && r.peek(1) != u'I' && r.peek(1) != u'E' && !t.m_fiscal) {
                r.take(u'W');
                const int week = r.field(2);
                if (week == Bad || week == 0 || week > 53 || (t.m_hasYear && week > isoWeeksIn(t.m_year)))
                    return {};
                t.m_precision = Precision::Week;
                t.m_part = week == Unknown ? 0 : week;
                text += u'W' + fieldText(week, 2);
                unknownPart = week == Unknown;
                const QDate monday = week == Unknown ? QDate() : mondayOfIsoWeek(y, week);
                if (monday.isValid()) {
                    first = monday;
                    afterLast = monday.addDays(7);
                }
                if (r.take(u'-')) {
                    if (r.take(u"WE")) {
                        text += u"-WE";
                        t.m_weekend = true;
                        if (monday.isValid()) {
                            first = monday.addDays(5);
                            afterLast = monday.addDays(7);
                        }
                    } else {
                        const int day = r.field(1);
                        if (day == Bad || day == 0 || day > 7)
                            return {};
                        t.m_precision = Precision::Day;
                        t.m_weekday = day == Unknown ? 0 : day;
                        text += u'-' + fieldText(day, 1);
                        unknownPart = unknownPart || day == Unknown;
                        dayLevel = true;
                        if (monday.isValid() && day != Unknown) {
                            first = monday.addDays(day - 1);
                            afterLast = first.addDays(1);
                        }
                    }
                }
            } else if (r.take(u'Q') || r.take(u'H')) {
                const bool quarter = value[r.pos() - 1] == u'Q';
                const int n = r.field(1);
                if (n == Bad || n == 0 || n > (quarter ? 4 : 2))
                    return {};
                t.m_precision = quarter ? Precision::Quarter : Precision::Half;
                t.m_part = n == Unknown ? 0 : n;
                text += (quarter ? u'Q' : u'H') + fieldText(n, 1);
                unknownPart = n == Unknown;
                if (n != Unknown)
                    months(quarter ? (n - 1) * 3 + 1 : (n - 1) * 6 + 1, quarter ? 3 : 6);
            } else if (r.peek().isLetter() && r.peek() != u'X') {
                if (t.m_fiscal)
                    return {};
                int season = 0;
                for (int k = 0; k < 4 && !season; ++k)
                    if (r.take(QStringView(seasonCodes[k])))
                        season = k + 1;
                if (!season && r.take(u"AU"))
                    season = 3;
                if (!season)
                    return {};
                t.m_precision = Precision::Season;
                t.m_part = season;
                text += QStringView(seasonCodes[season - 1]);
                // Meteorological seasons; winter runs from December into the next year.
                months(3 + (season - 1) * 3, 3);
            } else {
                if (t.m_fiscal)
                    return {};
                const int month = r.field(2);
                if (month == Bad || month == 0 || month > 12)
                    return {};
                t.m_precision = Precision::Month;
                t.m_month = month == Unknown ? 0 : month;
                text += fieldText(month, 2);
                unknownPart = month == Unknown;
                if (month != Unknown)
                    months(month, 1);
                if (r.take(u'-')) {
                    const int day = r.field(2);
                    if (day == Bad || day == 0 || day > 31)
                        return {};
                    if (month != Unknown && day != Unknown && !dateOfIsoYear(y, month, day).isValid())
                        return {};
                    t.m_precision = Precision::Day;
                    t.m_day = day == Unknown ? 0 : day;
                    text += u'-' + fieldText(day, 2);
                    unknownPart = unknownPart || day == Unknown;
                    dayLevel = true;
                    if (month != Unknown && day != Unknown) {
                        first = dateOfIsoYear(y, month, day);
                        afterLast = first.addDays(1);
                    }
                }
            }
        }
    }

    qint64 from = secondsOf(first);
    qint64 to = secondsOf(afterLast);
    if (dayLevel && r.take(u'T')) {
        t.m_kind = Kind::Time;
        text += u'T';
        bool named = false;
        for (const PartOfDay &p : partsOfDay) {
            if (r.take(QStringView(p.code))) {
                t.m_precision = Precision::PartOfDay;
                text += QStringView(p.code);
                to = from + p.to * 3600;
                from += p.from * 3600;
                named = true;
                break;
            }
        }
        if (!named) {
            const qsizetype start = r.pos();
            const int hour = r.field(2);
            int minute = 0;
            int second = 0;
            if (hour < 0 || hour > 24)
                return {};
            t.m_precision = Precision::Hour;
            if (r.take(u':')) {
                minute = r.field(2);
                if (minute < 0 || minute > 59)
                    return {};
                t.m_precision = Precision::Minute;
                if (r.take(u':')) {
                    second = r.field(2);
                    if (second < 0 || second > 59)
                        return {};
                    t.m_precision = Precision::Second;
                    if (r.take(u'.') && r.field(1) < 0)
                        return {};
                    while (r.peek().isDigit())
                        r.take(r.peek().unicode());
                }
            }
            if (hour == 24 && (minute || second))
                return {};
            text += r.from(start);
            from += hour * 3600 + minute * 60 + second;
            to = from + (t.m_precision == Precision::Hour ? 3600 : t.m_precision == Precision::Minute ? 60 : 1);
            if (r.take(u'Z')) {
                t.m_hasZone = true;
                text += u'Z';
            } else if (r.peek() == u'+' || r.peek() == u'-') {
                const int sign = r.peek() == u'+' ? 1 : -1;
                r.take(r.peek().unicode());
                const int zh = r.field(2);
                int zm = 0;
                if (zh < 0 || zh > 23)
                    return {};
                if (r.take(u':') || r.peek().isDigit()) {
                    zm = r.field(2);
                    if (zm < 0 || zm > 59)
                        return {};
                }
                t.m_hasZone = true;
                t.m_zoneOffset = sign * (zh * 3600 + zm * 60);
                text += (sign > 0 ? u'+' : u'-') + twoDigits(zh) + u':' + twoDigits(zm);
            }
        }
    } else if (r.peek() == u'T') {
        return {}; // a time after something coarser than a day
    }
    if (!r.atEnd())
        return {};
    if (t.m_kind == Kind::Invalid)
        t.m_kind = Kind::Date;
    if (t.m_kind == Kind::Date && !t.m_hasYear && !unknownPart && t.m_precision == Precision::Year)
        unknownPart = true; // a bare XXXX
    t.m_unknownPart = unknownPart;
    t.m_placeable = t.m_hasYear && !t.m_fiscal && !unknownPart;
    t.m_start = from;
    t.m_end = to;
    t.m_text = text;
    return t;
}

TimexValue::WrittenDate TimexValue::writtenDate() const
{
    if (!isValid() || !m_hasYear || m_fiscal || m_kind == Kind::Duration || m_precision == Precision::Decade
        || m_precision == Precision::Century)
        return {};
    return {m_year, m_month, m_month ? m_day : 0};
}

QDateTime TimexValue::start() const
{
    if (!m_placeable)
        return {};
    const QTimeZone zone = m_hasZone ? QTimeZone::fromSecondsAheadOfUtc(m_zoneOffset) : QTimeZone(QTimeZone::UTC);
    const qint64 day = m_start / DaySeconds - (m_start % DaySeconds < 0 ? 1 : 0);
    return QDateTime(QDate::fromJulianDay(day), QTime(0, 0), zone).addSecs(m_start - day * DaySeconds);
}

QDateTime TimexValue::end() const
{
    if (!m_placeable)
        return {};
    return start().addSecs(m_end - m_start);
}

QDate TimexValue::firstDay() const
{
    return m_placeable ? QDate::fromJulianDay(m_start / DaySeconds) : QDate();
}

QDate TimexValue::lastDay() const
{
    return m_placeable ? QDate::fromJulianDay((m_end - 1) / DaySeconds) : QDate();
}

int TimexValue::group() const
{
    switch (m_kind) {
    case Kind::Date:
    case Kind::Time:
        return m_hasYear ? 0 : 1;
    case Kind::Reference:
        return 2;
    case Kind::Duration:
        return 3;
    case Kind::Invalid:
        break;
    }
    return 4;
}

std::strong_ordering TimexValue::compare(const TimexValue &o) const
{
    if (const auto c = group() <=> o.group(); c != 0)
        return c;
    if (const auto c = m_start <=> o.m_start; c != 0)
        return c;
    if (const auto c = o.m_end - o.m_start <=> m_end - m_start; c != 0)
        return c; // the longer first
    if (const auto c = m_precision <=> o.m_precision; c != 0)
        return c;
    if (const auto c = m_fiscal <=> o.m_fiscal; c != 0)
        return c;
    const int text = m_text.compare(o.m_text);
    return text < 0 ? std::strong_ordering::less
        : text > 0  ? std::strong_ordering::greater
                    : std::strong_ordering::equal;
}

} // namespace Annalist
