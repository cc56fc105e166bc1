// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exportdate.h"

#include <QLocale>
#include <QRegularExpression>

namespace Annalist {

namespace {

QString monthName(int month)
{
    // English on purpose: exports are read by other programs and people
    // everywhere, and must not change with the machine's locale.
    return QLocale::c().standaloneMonthName(month, QLocale::LongFormat);
}

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    const char *suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (last == 1)
            suffix = "st";
        else if (last == 2)
            suffix = "nd";
        else if (last == 3)
            suffix = "rd";
    }
    return QString::number(n) + QLatin1StringView(suffix);
}

constexpr const char *seasonCodes[] = {"SP", "SU", "FA", "WI"};
constexpr const char *seasonNames[] = {"spring", "summer", "autumn", "winter"};

} // namespace

QDate dateOfIsoYear(int isoYear, int month, int day)
{
    return QDate(isoYear <= 0 ? isoYear - 1 : isoYear, month, day);
}

int isoYearOf(const QDate &date)
{
    return date.year() < 0 ? date.year() + 1 : date.year();
}

ExportDate ExportDate::parse(QStringView text)
{
    ExportDate t;
    t.m_value = text.toString();
    const QString value = text.trimmed().toString();

    if (value == u"PRESENT_REF")
        t.m_reference = Reference::Present;
    else if (value == u"PAST_REF")
        t.m_reference = Reference::Past;
    else if (value == u"FUTURE_REF")
        t.m_reference = Reference::Future;
    if (t.m_reference != Reference::None)
        return t;

    static const QRegularExpression re(QStringLiteral(
        R"(^(?:(?<year>\d{4})|(?<decade>\d{3})|(?<century>\d{2})|(?<noyear>XXXX))(?:-(?:(?<month>\d{2})(?:-(?<day>\d{2})(?:T.*)?)?|Q(?<quarter>[1-4])|W(?<week>\d{2})|(?<season>SP|SU|FA|AU|WI)))?$)"));
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return t;

    const bool hasRest = m.hasCaptured(u"month") || m.hasCaptured(u"quarter") || m.hasCaptured(u"week")
        || m.hasCaptured(u"season");
    if (m.hasCaptured(u"decade") || m.hasCaptured(u"century")) {
        if (hasRest)
            return t;
        t.m_hasYear = true;
        if (m.hasCaptured(u"decade")) {
            t.m_precision = Precision::Decade;
            t.m_year = m.captured(u"decade").toInt() * 10;
            t.m_first = dateOfIsoYear(t.m_year, 1, 1);
            t.m_last = dateOfIsoYear(t.m_year + 9, 12, 31);
        } else {
            t.m_precision = Precision::Century;
            t.m_year = m.captured(u"century").toInt() * 100;
            t.m_first = dateOfIsoYear(t.m_year, 1, 1);
            t.m_last = dateOfIsoYear(t.m_year + 99, 12, 31);
        }
        return t;
    }

    t.m_hasYear = m.hasCaptured(u"year");
    t.m_year = t.m_hasYear ? m.captured(u"year").toInt() : 0;
    // A stand-in year for checking month lengths when the year is unknown:
    // a leap year, so that XXXX-02-29 stays valid.
    const int checkYear = t.m_hasYear ? t.m_year : 2000;

    if (m.hasCaptured(u"month")) {
        t.m_month = m.captured(u"month").toInt();
        if (t.m_month < 1 || t.m_month > 12)
            return ExportDate{};
        if (m.hasCaptured(u"day")) {
            t.m_day = m.captured(u"day").toInt();
            if (!dateOfIsoYear(checkYear, t.m_month, t.m_day).isValid())
                return ExportDate{};
            t.m_precision = Precision::Day;
            if (t.m_hasYear)
                t.m_first = t.m_last = dateOfIsoYear(t.m_year, t.m_month, t.m_day);
        } else {
            t.m_precision = Precision::Month;
            if (t.m_hasYear) {
                t.m_first = dateOfIsoYear(t.m_year, t.m_month, 1);
                t.m_last = t.m_first.addMonths(1).addDays(-1);
            }
        }
    } else if (m.hasCaptured(u"quarter")) {
        t.m_precision = Precision::Quarter;
        t.m_part = m.captured(u"quarter").toInt();
        if (t.m_hasYear) {
            t.m_first = dateOfIsoYear(t.m_year, (t.m_part - 1) * 3 + 1, 1);
            t.m_last = t.m_first.addMonths(3).addDays(-1);
        }
    } else if (m.hasCaptured(u"week")) {
        t.m_precision = Precision::Week;
        t.m_part = m.captured(u"week").toInt();
        if (t.m_hasYear) {
            // ISO 8601: week 1 holds 4 January; weeks start on Monday.
            const QDate jan4 = dateOfIsoYear(t.m_year, 1, 4);
            const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (t.m_part - 1));
            int weekYear = 0;
            monday.weekNumber(&weekYear);
            if (t.m_part < 1 || (weekYear < 0 ? weekYear + 1 : weekYear) != t.m_year)
                return ExportDate{};
            t.m_first = monday;
            t.m_last = monday.addDays(6);
        } else if (t.m_part < 1 || t.m_part > 53) {
            return ExportDate{};
        }
    } else if (m.hasCaptured(u"season")) {
        t.m_precision = Precision::Season;
        QString code = m.captured(u"season");
        if (code == u"AU")
            code = QStringLiteral("FA");
        for (int i = 0; i < 4; ++i) {
            if (code == QLatin1StringView(seasonCodes[i]))
                t.m_part = i + 1;
        }
        if (t.m_hasYear) {
            // Meteorological seasons; winter runs from December into the next year.
            const int startMonth = 3 + (t.m_part - 1) * 3;
            t.m_first = dateOfIsoYear(t.m_year, startMonth, 1);
            t.m_last = t.m_first.addMonths(3).addDays(-1);
        }
    } else {
        if (!t.m_hasYear)
            return ExportDate{}; // a bare "XXXX" says nothing
        t.m_precision = Precision::Year;
        t.m_first = dateOfIsoYear(t.m_year, 1, 1);
        t.m_last = dateOfIsoYear(t.m_year, 12, 31);
    }
    return t;
}

QString ExportDate::displayText() const
{
    switch (m_reference) {
    case Reference::Present:
        return QStringLiteral("now");
    case Reference::Past:
        return QStringLiteral("in the past");
    case Reference::Future:
        return QStringLiteral("in the future");
    case Reference::None:
        break;
    }
    const QString year = m_hasYear ? QString::number(m_year) : QString();
    const QString unknown = QStringLiteral(" (year unknown)");
    switch (m_precision) {
    case Precision::None:
        return m_value;
    case Precision::Century:
        return QStringLiteral("the ") + ordinal(m_year / 100 + 1) + QStringLiteral(" century");
    case Precision::Decade:
        return QStringLiteral("the ") + year + QStringLiteral("s");
    case Precision::Year:
        return year;
    case Precision::Season: {
        const QString name = QLatin1StringView(seasonNames[m_part - 1]);
        if (!m_hasYear)
            return name + unknown;
        if (m_part == 4)
            return name + u' ' + year + u'/' + QString::number(m_year + 1);
        return name + u' ' + year;
    }
    case Precision::Quarter:
        return u'Q' + QString::number(m_part) + (m_hasYear ? QString(u' ' + year) : unknown);
    case Precision::Month:
        return monthName(m_month) + (m_hasYear ? QString(u' ' + year) : unknown);
    case Precision::Week:
        return QStringLiteral("week ") + QString::number(m_part)
            + (m_hasYear ? QString(QStringLiteral(" of ") + year) : unknown);
    case Precision::Day:
        return QString::number(m_day) + u' ' + monthName(m_month) + (m_hasYear ? QString(u' ' + year) : unknown);
    }
    return m_value;
}

QString ExportDate::precisionName() const
{
    if (m_reference != Reference::None)
        return QStringLiteral("reference");
    switch (m_precision) {
    case Precision::None:
        return QString();
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
    return QString();
}

QString ExportDate::sortKey() const
{
    // Fixed-width text compares like the tuple it encodes.
    const auto pad = [](qint64 n, int width) { return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0')); };
    const int coarseFirst = 9 - int(m_precision);
    if (m_hasYear)
        return u'0' + pad(m_first.toJulianDay(), 9) + pad(coarseFirst, 1);
    if (m_reference == Reference::None && m_precision != Precision::None)
        return u'1' + pad(m_month, 2) + pad(m_day, 2) + pad(m_part, 2) + pad(coarseFirst, 1);
    return u'2' + pad(int(m_reference), 1) + m_value;
}

} // namespace Annalist
