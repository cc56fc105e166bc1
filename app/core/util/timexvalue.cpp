#include "util/timexvalue.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace Annalist {

namespace {

// Reads exactly n digits at s[pos]; -1 when they are not all digits.
int digits(QStringView s, qsizetype pos, int n)
{
    if (pos + n > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const QChar c = s[pos + i];
        if (!c.isDigit())
            return -1;
        v = v * 10 + c.digitValue();
    }
    return v;
}

} // namespace

TimexValue TimexValue::parse(QStringView v)
{
    TimexValue t;
    if (v.size() == 2 && digits(v, 0, 2) >= 0) {
        t.precision = Precision::Century;
        t.year = digits(v, 0, 2) * 100;
        return t;
    }
    if (v.size() == 3 && digits(v, 0, 3) >= 0) {
        t.precision = Precision::Decade;
        t.year = digits(v, 0, 3) * 10;
        return t;
    }
    if (v.size() < 4)
        return t;
    const bool unknownYear = v.startsWith(u"XXXX");
    const int year = unknownYear ? 0 : digits(v, 0, 4);
    if (year < 0 || (!unknownYear && year == 0))
        return t;
    t.year = year;
    if (v.size() == 4) {
        if (unknownYear)
            return {};
        t.precision = Precision::Year;
        return t;
    }
    if (v[4] != u'-' || v.size() < 7)
        return {};
    const QStringView rest = v.mid(5);
    if (rest.size() == 2 && rest[0] == u'Q' && rest[1] >= u'1' && rest[1] <= u'4') {
        t.precision = Precision::Quarter;
        t.part = rest[1].digitValue();
    } else if (rest == u"SP" || rest == u"SU" || rest == u"FA" || rest == u"WI") {
        t.precision = Precision::Season;
        t.part = rest == u"SP" ? 1 : rest == u"SU" ? 2 : rest == u"FA" ? 3 : 4;
    } else if (rest.size() >= 2 && rest[0] == u'W' && digits(rest, 1, 2) >= 1 && digits(rest, 1, 2) <= 53) {
        t.precision = Precision::Week;
        t.part = digits(rest, 1, 2);
    } else {
        const int month = digits(rest, 0, 2);
        if (month < 1 || month > 12)
            return {};
        t.month = month;
        t.precision = Precision::Month;
        if (rest.size() >= 5 && rest[2] == u'-') {
            const int day = digits(rest, 3, 2);
            if (day < 1 || day > 31)
                return {};
            t.day = day;
            t.precision = Precision::Day;
        }
    }
    if (t.precision == Precision::Invalid || (unknownYear && t.precision != Precision::Day
                                              && t.precision != Precision::Month))
        return {};
    return t;
}

QDate TimexValue::firstDay() const
{
    if (!hasYear())
        return {};
    switch (precision) {
    case Precision::Invalid:
        return {};
    case Precision::Century:
    case Precision::Decade:
    case Precision::Year:
        return QDate(year, 1, 1);
    case Precision::Season:
        // Northern meteorological seasons; winter starts in December of the year.
        return QDate(year, part == 1 ? 3 : part == 2 ? 6 : part == 3 ? 9 : 12, 1);
    case Precision::Quarter:
        return QDate(year, (part - 1) * 3 + 1, 1);
    case Precision::Month:
        return QDate(year, month, 1);
    case Precision::Week: {
        // ISO week 1 holds the year's first Thursday.
        const QDate jan4(year, 1, 4);
        return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (part - 1));
    }
    case Precision::Day:
        return QDate(year, month, day);
    }
    return {};
}

QDate TimexValue::lastDay() const
{
    const QDate first = firstDay();
    if (!first.isValid())
        return {};
    switch (precision) {
    case Precision::Century:
        return QDate(year + 99, 12, 31);
    case Precision::Decade:
        return QDate(year + 9, 12, 31);
    case Precision::Year:
        return QDate(year, 12, 31);
    case Precision::Season:
    case Precision::Quarter:
        return first.addMonths(3).addDays(-1);
    case Precision::Month:
        return first.addMonths(1).addDays(-1);
    case Precision::Week:
        return first.addDays(6);
    case Precision::Day:
    case Precision::Invalid:
        return first;
    }
    return first;
}

qint64 TimexValue::sortKey() const
{
    if (!isValid())
        return std::numeric_limits<qint64>::max();
    // Unknown years after all known ones, ordered by month and day among themselves.
    const qint64 y = hasYear() ? year : 100000;
    const QDate first = hasYear() ? firstDay() : QDate(2000, std::max(month, 1), std::max(day, 1));
    const qint64 dayOfYear = first.isValid() ? first.dayOfYear() : 0;
    // Coarser precision first among values starting on the same day.
    return (y * 400 + dayOfYear) * 16 + int(precision);
}

QString TimexValue::displayText() const
{
    const QLocale locale;
    switch (precision) {
    case Precision::Invalid:
        return {};
    case Precision::Century:
        return QCoreApplication::translate("TimexValue", "the %1s").arg(year);
    case Precision::Decade:
        return QCoreApplication::translate("TimexValue", "the %1s").arg(year);
    case Precision::Year:
        return QString::number(year);
    case Precision::Season: {
        const QString names[] = {QCoreApplication::translate("TimexValue", "spring %1"),
                                 QCoreApplication::translate("TimexValue", "summer %1"),
                                 QCoreApplication::translate("TimexValue", "autumn %1"),
                                 QCoreApplication::translate("TimexValue", "winter %1")};
        return names[part - 1].arg(year);
    }
    case Precision::Quarter:
        return QCoreApplication::translate("TimexValue", "Q%1 %2").arg(part).arg(year);
    case Precision::Week:
        return QCoreApplication::translate("TimexValue", "week %1, %2").arg(part).arg(year);
    case Precision::Month:
        return hasYear() ? locale.monthName(month, QLocale::ShortFormat) + u' ' + QString::number(year)
                         : locale.monthName(month, QLocale::LongFormat);
    case Precision::Day:
        if (!hasYear())
            return QString::number(day) + u' ' + locale.monthName(month, QLocale::ShortFormat);
        return QString::number(day) + u' ' + locale.monthName(month, QLocale::ShortFormat) + u' '
            + QString::number(year);
    }
    return {};
}

QString TimexValue::precisionName() const
{
    switch (precision) {
    case Precision::Invalid:
        return QStringLiteral("unknown");
    case Precision::Century:
        return QStringLiteral("century");
    case Precision::Decade:
        return QStringLiteral("decade");
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Season:
        return QStringLiteral("season");
    case Precision::Quarter:
        return QStringLiteral("quarter");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Week:
        return QStringLiteral("week");
    case Precision::Day:
        return QStringLiteral("day");
    }
    return {};
}

} // namespace Annalist
