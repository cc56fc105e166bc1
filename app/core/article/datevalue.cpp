// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/datevalue.h"

#include <QString>

namespace Annalist {

namespace {

// Reads an unsigned number of 1–maxDigits digits at pos; -1 when there is none.
int readNumber(QStringView s, qsizetype &pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < s.size() && digits < maxDigits && s[pos].isDigit() && s[pos].unicode() < 0x80) {
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
        ++digits;
    }
    if (digits == 0 || (pos < s.size() && s[pos].isDigit()))
        return -1;
    return value;
}

QStringView readWord(QStringView s, qsizetype &pos)
{
    const qsizetype b = pos;
    while (pos < s.size() && s[pos].isLetter())
        ++pos;
    return s.mid(b, pos - b);
}

void skip(QStringView s, qsizetype &pos, QStringView chars)
{
    while (pos < s.size() && (s[pos].isSpace() || chars.contains(s[pos])))
        ++pos;
}

// The weekday a date line may open with ("Tuesday, March 3, 2026", "Tue 3
// March 2026"): full names and three-letter forms.
bool isWeekdayName(QStringView name)
{
    static constexpr QStringView days[] = {u"monday", u"tuesday", u"wednesday", u"thursday",
                                           u"friday", u"saturday", u"sunday"};
    if (name.size() < 3)
        return false;
    for (const QStringView full : days)
        if (full.startsWith(name, Qt::CaseInsensitive) && (name.size() == 3 || name.size() == full.size()))
            return true;
    return false;
}

} // namespace

int monthFromName(QStringView name)
{
    static constexpr QStringView months[] = {
        u"january", u"february", u"march", u"april", u"may", u"june",
        u"july", u"august", u"september", u"october", u"november", u"december",
    };
    if (name.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const QStringView full = months[m];
        if (name.size() > full.size())
            continue;
        if (full.startsWith(name, Qt::CaseInsensitive)) {
            // Full names, three-letter forms, and "Sept".
            if (name.size() == full.size() || name.size() == 3 || (m == 8 && name.size() == 4))
                return m + 1;
        }
    }
    return 0;
}

QDate parseDateValue(QStringView value)
{
    QStringView s = value.trimmed();
    if (s.isEmpty())
        return {};
    qsizetype pos = 0;
    // A weekday before the date says nothing more (Wikinews and many papers
    // write "Tuesday, March 3, 2026" under the headline).
    if (s[0].isLetter()) {
        const QStringView first = readWord(s, pos);
        if (isWeekdayName(first)) {
            skip(s, pos, u".,");
            s = s.sliced(pos);
            if (s.isEmpty())
                return {};
        }
        pos = 0;
    }
    if (s[0].isDigit()) {
        const qsizetype start = pos;
        const int first = readNumber(s, pos, 8);
        if (first < 0)
            return {};
        if (pos - start == 8) // 20250909
            return QDate(first / 10000, first / 100 % 100, first % 100);
        if (pos - start == 4 && pos < s.size() && (s[pos] == u'-' || s[pos] == u'/' || s[pos] == u'.')) {
            const QChar sep = s[pos++];
            const int month = readNumber(s, pos, 2);
            if (month < 0 || pos >= s.size() || s[pos] != sep)
                return {};
            ++pos;
            const int day = readNumber(s, pos, 2);
            if (day < 0)
                return {};
            // Anything may follow: a time, a zone.
            if (pos < s.size() && s[pos].isLetterOrNumber() && s[pos] != u'T')
                return {};
            return QDate(first, month, day);
        }
        if (pos - start <= 2) { // 9 September 2025
            const int day = first;
            skip(s, pos, u".");
            const int month = monthFromName(readWord(s, pos));
            if (month == 0)
                return {};
            skip(s, pos, u".,");
            const int year = readNumber(s, pos, 4);
            if (year < 1000)
                return {};
            return QDate(year, month, day);
        }
        return {};
    }
    // September 9, 2025
    const int month = monthFromName(readWord(s, pos));
    if (month == 0)
        return {};
    skip(s, pos, u".");
    const int day = readNumber(s, pos, 2);
    if (day < 0)
        return {};
    if (pos < s.size() && s[pos].isLetter()) // 9th
        readWord(s, pos);
    skip(s, pos, u",");
    const int year = readNumber(s, pos, 4);
    if (year < 1000)
        return {};
    return QDate(year, month, day);
}

} // namespace Annalist
