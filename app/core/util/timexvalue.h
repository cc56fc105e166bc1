#pragma once

#include <QDate>
#include <QString>

namespace Annalist {

/// A TIMEX3 value taken apart: "1999", "1999-09", "1999-09-14", "199" (a
/// decade), "19" (a century), "1999-Q3", "1999-SU", "2025-W37", "XXXX-04-07".
/// Values that name no calendar position ("PRESENT_REF", durations such as
/// "P7Y") give an invalid TimexValue.
struct TimexValue {
    enum class Precision { Invalid, Century, Decade, Year, Season, Quarter, Month, Week, Day };

    Precision precision = Precision::Invalid;
    int year = 0; ///< 0 when unknown ("XXXX-04-07"); the first year of a decade or century
    int month = 0; ///< 1–12, or 0
    int day = 0; ///< 1–31, or 0
    int part = 0; ///< quarter 1–4, week 1–53, season 1–4 (spring … winter)

    bool isValid() const { return precision != Precision::Invalid; }
    bool hasYear() const { return year != 0; }

    static TimexValue parse(QStringView value);

    /// The first and the last day of the period; invalid dates without a year.
    QDate firstDay() const;
    QDate lastDay() const;

    /// A key that sorts values chronologically, coarser periods first within
    /// the same start ("1999" before "1999-09-14"); unknown years sort last.
    qint64 sortKey() const;

    /// Human text at the value's precision in the given locale's month names:
    /// "1999", "Sep 1999", "14 Sep 1999", "the 1990s", "Q3 1999", "7 Apr".
    QString displayText() const;
    /// The name for the precision: "day", "month", "year", "decade", …
    QString precisionName() const;
};

} // namespace Annalist
