// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <compare>

namespace Annalist {

/// One TIMEX3 value (the `value` attribute of the TimeML 1.2.1 guidelines),
/// read once and ordered the same way everywhere: the window's timeline, the
/// timeline dock and every export sort with operator<=> of this type.
///
/// The grammar read (anything else gives an invalid value, isValid() false):
/// - calendar dates: `2025`, `2025-09`, `2025-09-14`; decades `199` or `199X`;
///   centuries `19` or `19XX`; ISO weeks `2025-W37`, a day of one `2025-W37-3`
///   and its weekend `2025-W37-WE`; quarters `2025-Q3`; half-years `2025-H1`;
///   seasons `2025-SP`, `-SU`, `-FA` (`-AU` read as `-FA`), `-WI`; fiscal
///   years `FY2025`, `FY2025-Q1`, `FY2025-H2`. Any digit group may be `X`es
///   where the article does not say it (`XXXX-04-07`, `XXXX-WXX-1`).
/// - times after a day (or alone, `T10:00`): `T10`, `T10:30`, `T10:30:15`
///   (fractions of a second allowed), `T24:00`, with an optional zone `Z`,
///   `+02:00`, `-0530` or `+02`; and parts of the day `TMO`, `TAF`, `TEV`,
///   `TNI`, `TDT` (morning, afternoon, evening, night, daytime).
/// - durations: `P3Y`, `P6M`, `P2W`, `P4D`, `P1Q`, `P1WE`, `P1DE`, `P1CE`,
///   `P1ML`, `PT5H`, `PT30M`, `PT1.5S`, `P1DT2H`, with `X` for an amount not
///   given (`PXY`, `PTXH`).
/// - `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
/// A SET's value is one of these (`P1W` each week, `XXXX-WXX-2` every
/// Tuesday, `TNI` every night): the value alone does not say it is a SET.
///
/// Impossible values are refused: `2025-13`, `2025-02-30`, `2025-W54`,
/// `2021-W53` (2021 has 52 ISO weeks), `T25:00`, `199-09`.
class TimexValue
{
public:
    enum class Kind { Invalid, Date, Time, Duration, Reference };
    /// Coarse to fine. A week's weekend is of Week precision, a day of a week
    /// of Day precision. A duration's precision is that of its finest unit.
    enum class Precision {
        None,
        Century,
        Decade,
        Year,
        Half,
        Quarter,
        Season,
        Month,
        Week,
        Day,
        PartOfDay,
        Hour,
        Minute,
        Second
    };
    enum class Reference { None, Past, Present, Future };

    /// An invalid value.
    TimexValue() = default;
    /// Reads a value. An article repeats few values many times, and the
    /// tagger, the extractor and every sort ask for them again, so each
    /// thread keeps the last few thousand values it read.
    static TimexValue parse(QStringView value);
    /// The same, looked up without copying the text (the common case: a
    /// Timex's or an event's value).
    static TimexValue parse(const QString &value);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    Precision precision() const { return m_precision; }
    Reference reference() const { return m_reference; }
    bool isDuration() const { return m_kind == Kind::Duration; }
    bool isReference() const { return m_kind == Kind::Reference; }
    /// A fiscal year or one of its quarters or halves (`FY2025-Q1`).
    bool isFiscal() const { return m_fiscal; }
    /// A time with a zone (`Z`, `+02:00`); zoneOffsetSeconds() is its offset from UTC.
    bool hasZone() const { return m_hasZone; }
    int zoneOffsetSeconds() const { return m_zoneOffset; }

    /// The year is known: for a date, its four digits (the first year of a
    /// decade or century: 1990 for `199`) are given.
    bool hasYear() const { return m_hasYear; }
    /// As written: 0 where the value does not give the part. For a decade or
    /// century, year() is its first year; part() is the quarter (1–4), half
    /// (1–2), season (1 spring … 4 winter), or ISO week (1–53).
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    int part() const { return m_part; }
    /// The ISO day of the week of a week value (`2025-W37-3` is 3), 0 otherwise.
    int weekday() const { return m_weekday; }
    /// The weekend of a week (`2025-W37-WE`).
    bool isWeekend() const { return m_weekend; }
    /// Some part after the year is written as X (`2025-XX`, `XXXX-WXX-2`),
    /// or there is no date at all (`T10:00`, a bare `XXXX`).
    bool hasUnknownPart() const { return m_unknownPart; }

    /// The calendar year, month and day exactly as written with a four-digit
    /// year: `2025-09-14T10:00` gives 2025, 9, 14; `2025-W37` gives 2025, 0,
    /// 0. Zeros for decades, centuries, fiscal years, unknown years and
    /// anything that is not a date. What the temporal tagger anchors on.
    struct WrittenDate {
        int year = 0, month = 0, day = 0;
    };
    WrittenDate writtenDate() const;

    /// The value has an interval on a timeline: a date or time whose year is
    /// known, not a fiscal one (when a fiscal year starts depends on who
    /// keeps the accounts).
    bool isPlaceable() const { return m_placeable; }
    /// The interval the value denotes, half-open [start, end): `2025-09`
    /// runs from 1 September 2025 00:00 to 1 October 2025 00:00. Times are
    /// given as the article writes them (the clock time), in the zone when
    /// the value has one, in UTC when it has none. Invalid unless
    /// isPlaceable().
    QDateTime start() const;
    QDateTime end() const;
    /// The first and last day the interval touches (end() exclusive);
    /// invalid unless isPlaceable().
    QDate firstDay() const;
    QDate lastDay() const;

    /// The canonical TIMEX3 text: `199` for `199X`, `19` for `19XX`, `FA`
    /// for `AU`, `+02:00` for `+0200`, otherwise the value as written.
    /// Empty when invalid.
    QString toString() const { return m_text; }

    /// A total order for timelines, the one every list of dates uses:
    /// 1. placeable values and fiscal ones by the start of their interval
    ///    (a fiscal year at its calendar year's start, after that year), and
    ///    of values that start together the longer one first (the year
    ///    before its first quarter, the quarter before its first month, the
    ///    month before its first day, the day before its times): a reader
    ///    meets the frame before what happens inside it; times by the clock
    ///    time written, whatever their zone (most times of an article are in
    ///    one zone, and one without a zone cannot be converted);
    /// 2. dates whose year is unknown by where they fall in a year
    ///    (`XXXX-03-01` before `XXXX-04-07`);
    /// 3. PAST_REF, PRESENT_REF, FUTURE_REF, in that order: they say when
    ///    relative to the article but have no place on its timeline;
    /// 4. durations, shortest first, those with an unknown amount last;
    /// 5. invalid values.
    /// Ties at each step fall to the precision (coarser first) and then the
    /// canonical text, so that only equal values compare equal (all invalid
    /// values are equal: a stable sort keeps their order).
    friend std::strong_ordering operator<=>(const TimexValue &a, const TimexValue &b) { return a.compare(b); }
    friend bool operator==(const TimexValue &a, const TimexValue &b) { return a.compare(b) == 0; }

private:
    static TimexValue parseUncached(QStringView value);
    std::strong_ordering compare(const TimexValue &other) const;
    int group() const;

    QString m_text;
    Kind m_kind = Kind::Invalid;
    Precision m_precision = Precision::None;
    Reference m_reference = Reference::None;
    bool m_fiscal = false;
    bool m_hasZone = false;
    bool m_hasYear = false;
    bool m_placeable = false;
    bool m_weekend = false;
    bool m_unknownPart = false;
    bool m_unknownAmount = false; ///< a duration with an `X` amount
    int m_zoneOffset = 0;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    int m_part = 0;
    int m_weekday = 0;
    // Seconds since the start of the Julian day 0 on the clock as written:
    // the interval when placeable, otherwise where the value sorts (a fiscal
    // year at its calendar year, an unknown year in a stand-in one, a
    // duration at its approximate length).
    qint64 m_start = 0;
    qint64 m_end = 0;
};

/// ISO 8601 and TIMEX number the years astronomically: year 0 is 1 BC. QDate
/// has no year 0 and calls 1 BC year -1. The date of an ISO year, month and
/// day as a QDate (invalid when there is no such day).
QDate dateOfIsoYear(int isoYear, int month, int day);
/// The ISO 8601 year of a date: date.year() for AD years, one more for BC.
int isoYearOf(const QDate &date);

} // namespace Annalist

Q_DECLARE_TYPEINFO(Annalist::TimexValue, Q_RELOCATABLE_TYPE);
