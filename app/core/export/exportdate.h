// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "temporal/timexvalue.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace Annalist {

/// A TIMEX3 date value read for display and placement on a timeline:
/// "1999", "1999-09", "1999-09-14", "199" (decade), "19" (century),
/// "1999-Q3", "1999-H1", "1999-SU" (season), "2025-W37", "XXXX-04-07" (year
/// unknown), "PRESENT_REF"/"PAST_REF"/"FUTURE_REF"; a time after a full date
/// ("1999-09-14T10:00") is ignored; a day of a week ("2025-W37-3") is read
/// as its date, the weekend of a week ("2025-W37-WE") as a week whose days
/// are its Saturday and Sunday. Anything else (durations, fiscal years,
/// unknown parts, garbage) gives an invalid value. Every
/// exporter and the window use this one reading, made from the TimexValue
/// that timex() returns, which also orders it.
///
/// displayText() is fixed English whatever the locale, because exports are
/// files other programs and people read; the window formats the parts with
/// QLocale instead. Impossible dates ("1999-02-30", "2021-W53") are refused
/// rather than carried into a calendar, winter spans the turn of the year,
/// and the *_REF values are kept as references.
class ExportDate
{
public:
    enum class Precision { None, Century, Decade, Year, Half, Season, Quarter, Month, Week, Day };
    enum class Reference { None, Past, Present, Future };

    static ExportDate parse(QStringView value);

    bool isValid() const { return m_precision != Precision::None || m_reference != Reference::None; }
    /// True when the value names a concrete period: a year is known.
    bool hasYear() const { return m_hasYear; }
    Precision precision() const { return m_precision; }
    Reference reference() const { return m_reference; }
    QString value() const { return m_value; }

    /// The year, month and day as written (0 when not given). For a decade
    /// or century, year() is its first year (1990 for "199").
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    /// The half (1–2), quarter (1–4), week (1–53) or season (1 spring … 4
    /// winter); 0 for other precisions.
    int part() const { return m_part; }

    /// Whether the period is the weekend of its week (precision Week; the
    /// Saturday and Sunday are firstDay() and lastDay()).
    bool isWeekend() const { return m_weekend; }

    /// The first and last day of the period; invalid when !hasYear(). Year
    /// 0000 is 1 BC (see dateOfIsoYear()); the last day of a period that
    /// runs past 9999 (the winter of 9999) may lie in year 10000.
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }

    /// English text at the value's own precision: "1999", "September 1999",
    /// "14 September 1999", "the 1990s", "the 20th century", "Q3 1999",
    /// "H1 1999", "summer 1999", "week 37 of 2025", "the weekend of 13–14
    /// September 2025", "7 April (year unknown)",
    /// "now".
    QString displayText() const;
    /// "century", "decade", "year", "half", "season", "quarter", "month", "week",
    /// "day", or "reference" for PRESENT_REF and the like; "" when invalid.
    QString precisionName() const;

    /// The value as read; it orders dates (even those this type refuses)
    /// the way the window's timeline does (TimexValue's operator<=>).
    const TimexValue &timex() const { return m_timex; }
    friend bool operator<(const ExportDate &a, const ExportDate &b) { return a.m_timex < b.m_timex; }

private:
    QString m_value;
    TimexValue m_timex;
    Precision m_precision = Precision::None;
    Reference m_reference = Reference::None;
    bool m_hasYear = false;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    int m_part = 0; ///< half (1–2), quarter (1–4), week (1–53), or season (1 spring … 4 winter)
    bool m_weekend = false;
    QDate m_first;
    QDate m_last;
};

// dateOfIsoYear() and isoYearOf() are declared in temporal/timexvalue.h.

} // namespace Annalist

Q_DECLARE_TYPEINFO(Annalist::ExportDate, Q_RELOCATABLE_TYPE);
