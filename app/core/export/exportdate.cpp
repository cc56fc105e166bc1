// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exportdate.h"

#include <QLocale>

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

/// "18–19 October 2025", "31 May – 1 June 2025", "31 December 2022 – 1 January 2023".
QString dayRange(QDate first, QDate last)
{
    const QString lastText = QString::number(last.day()) + u' ' + monthName(last.month()) + u' '
        + QString::number(isoYearOf(last));
    if (isoYearOf(first) != isoYearOf(last))
        return QString::number(first.day()) + u' ' + monthName(first.month()) + u' ' + QString::number(isoYearOf(first))
            + QStringLiteral(" – ") + lastText;
    if (first.month() != last.month())
        return QString::number(first.day()) + u' ' + monthName(first.month()) + QStringLiteral(" – ") + lastText;
    return QString::number(first.day()) + u'–' + lastText;
}

constexpr const char *seasonNames[] = {"spring", "summer", "autumn", "winter"};

} // namespace

ExportDate ExportDate::parse(QStringView text)
{
    ExportDate t;
    t.m_value = text.toString();
    t.m_timex = TimexValue::parse(text.trimmed());
    const TimexValue &v = t.m_timex;
    switch (v.reference()) {
    case TimexValue::Reference::Past:
        t.m_reference = Reference::Past;
        return t;
    case TimexValue::Reference::Present:
        t.m_reference = Reference::Present;
        return t;
    case TimexValue::Reference::Future:
        t.m_reference = Reference::Future;
        return t;
    case TimexValue::Reference::None:
        break;
    }
    // Only what an export can show as a date: no durations, fiscal years,
    // parts written as X, or times of no day. A day or the weekend of a
    // known week ("2025-W42-3", "2025-W42-WE", as "over the weekend" is
    // resolved) is placed on its days.
    const bool date = v.kind() == TimexValue::Kind::Date || v.kind() == TimexValue::Kind::Time;
    if (!date || v.isFiscal() || v.hasUnknownPart() || ((v.weekday() != 0 || v.isWeekend()) && !v.hasYear()))
        return t;
    using TP = TimexValue::Precision;
    switch (v.precision()) {
    case TP::Century:
        t.m_precision = Precision::Century;
        break;
    case TP::Decade:
        t.m_precision = Precision::Decade;
        break;
    case TP::Year:
        t.m_precision = Precision::Year;
        break;
    case TP::Half:
        t.m_precision = Precision::Half;
        break;
    case TP::Quarter:
        t.m_precision = Precision::Quarter;
        break;
    case TP::Season:
        t.m_precision = Precision::Season;
        break;
    case TP::Month:
        t.m_precision = Precision::Month;
        break;
    case TP::Week:
        t.m_precision = Precision::Week;
        break;
    case TP::Day:
    case TP::PartOfDay:
    case TP::Hour:
    case TP::Minute:
    case TP::Second:
        // The time is not shown: the day is what a timeline places.
        t.m_precision = Precision::Day;
        break;
    case TP::None:
        return t;
    }
    t.m_hasYear = v.hasYear();
    t.m_year = v.year();
    t.m_month = v.month();
    t.m_day = v.day();
    t.m_part = v.part();
    t.m_weekend = v.isWeekend();
    if (v.weekday() != 0) {
        // The day of a week: its date, as if written so.
        t.m_first = t.m_last = v.firstDay();
        t.m_year = isoYearOf(t.m_first);
        t.m_month = t.m_first.month();
        t.m_day = t.m_first.day();
        t.m_part = 0;
    } else if (t.m_hasYear) {
        t.m_first = t.m_precision == Precision::Day ? dateOfIsoYear(t.m_year, t.m_month, t.m_day) : v.firstDay();
        t.m_last = t.m_precision == Precision::Day ? t.m_first : v.lastDay();
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
    case Precision::Half:
        return u'H' + QString::number(m_part) + (m_hasYear ? QString(u' ' + year) : unknown);
    case Precision::Quarter:
        return u'Q' + QString::number(m_part) + (m_hasYear ? QString(u' ' + year) : unknown);
    case Precision::Month:
        return monthName(m_month) + (m_hasYear ? QString(u' ' + year) : unknown);
    case Precision::Week:
        if (m_weekend)
            return QStringLiteral("the weekend of ") + dayRange(m_first, m_last);
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
    case Precision::Half:
        return QStringLiteral("half");
    case Precision::Season:
        return QStringLiteral("season");
    case Precision::Quarter:
        return QStringLiteral("quarter");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Week:
        return m_weekend ? QStringLiteral("weekend") : QStringLiteral("week");
    case Precision::Day:
        return QStringLiteral("day");
    }
    return QString();
}

} // namespace Annalist
