// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/dateline.h"
#include "article/datevalue.h"

#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

class DatelineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
    void dateValue_data();
    void dateValue();
};

void DatelineTest::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dateline"); // empty: none
    QTest::addColumn<QString>("place");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("agency");

    QTest::newRow("capitals, country, month-day")
        << u"TASHKENT, Uzbekistan, March 14. The council met."_s << u"TASHKENT, Uzbekistan, March 14."_s
        << u"TASHKENT, Uzbekistan"_s << 3 << 14 << 0 << QString();
    QTest::newRow("abbreviated month without a space") << u"VELMORA, Dravenia, Sept.9 (Norpress) - Talks."_s
                                                       << u"VELMORA, Dravenia, Sept.9 (Norpress) -"_s
                                                       << u"VELMORA, Dravenia"_s << 9 << 9 << 0 << u"Norpress"_s;
    QTest::newRow("agency between slashes") << u"ASTANA, Kazakhstan, Jan. 5 /Kazinform/ \u2013 Snow fell."_s
                                            << u"ASTANA, Kazakhstan, Jan. 5 /Kazinform/ \u2013"_s
                                            << u"ASTANA, Kazakhstan"_s << 1 << 5 << 0 << u"Kazinform"_s;
    QTest::newRow("city alone with em dash") << u"GENEVA \u2014 Talks resumed."_s << u"GENEVA \u2014"_s
                                             << u"GENEVA"_s << 0 << 0 << 0 << QString();
    QTest::newRow("two-word city, double hyphen") << u"SAN JOSE, Costa Rica -- Rain fell."_s
                                                  << u"SAN JOSE, Costa Rica --"_s << u"SAN JOSE, Costa Rica"_s << 0
                                                  << 0 << 0 << QString();
    QTest::newRow("state and country") << u"AUSTIN, Texas, United States, May 1, 2024. Votes were cast."_s
                                       << u"AUSTIN, Texas, United States, May 1, 2024."_s
                                       << u"AUSTIN, Texas, United States"_s << 5 << 1 << 2024 << QString();
    QTest::newRow("a country's name with \"of\"")
        << u"KOLVANI, Democratic Republic of Dravenia, Aug 14 \u2014 Miners returned."_s
        << u"KOLVANI, Democratic Republic of Dravenia, Aug 14 \u2014"_s
        << u"KOLVANI, Democratic Republic of Dravenia"_s << 8 << 14 << 0 << QString();
    QTest::newRow("title case, a town's name with \"del\"") << u"Puerto del Velmo, Dravenia, March 3 - Rain fell."_s
                                                          << u"Puerto del Velmo, Dravenia, March 3 -"_s
                                                          << u"Puerto del Velmo, Dravenia"_s << 3 << 3 << 0 << QString();
    QTest::newRow("a joining word needs a name after it") << u"VELMORA of the north, March 3 - Text."_s << QString()
                                                          << QString() << 0 << 0 << 0 << QString();
    QTest::newRow("agency and dash") << u"LONDON (AP) \u2014 Shares fell."_s << u"LONDON (AP) \u2014"_s << u"LONDON"_s
                                     << 0 << 0 << 0 << u"AP"_s;
    QTest::newRow("title case needs a month-day") << u"Velmora, Dravenia, September 9. Text."_s
                                                  << u"Velmora, Dravenia, September 9."_s << u"Velmora, Dravenia"_s
                                                  << 9 << 9 << 0 << QString();
    QTest::newRow("title case with a dash alone is no dateline") << u"Geneva \u2014 talks resumed."_s << QString()
                                                                 << QString() << 0 << 0 << 0 << QString();
    QTest::newRow("ordinary sentence") << u"Officials, citing sources, said more."_s << QString() << QString() << 0
                                       << 0 << 0 << QString();
    QTest::newRow("a sentence that names a date") << u"Markets rose, March 3 was busy."_s << QString() << QString()
                                                  << 0 << 0 << 0 << QString();
    QTest::newRow("no body after it") << u"PARIS \u2014"_s << QString() << QString() << 0 << 0 << 0 << QString();
    QTest::newRow("impossible day") << u"PARIS, France, May 45. Text."_s << QString() << QString() << 0 << 0 << 0
                                    << QString();
    QTest::newRow("hyphenated name") << u"KHAN-KALA, Russia, Feb. 2. Text."_s << u"KHAN-KALA, Russia, Feb. 2."_s
                                     << u"KHAN-KALA, Russia"_s << 2 << 2 << 0 << QString();
    QTest::newRow("capitals, day-month and year")
        << u"FROSTVIK, Norway, 12 March 2024 \u2013 Drilling resumed."_s << u"FROSTVIK, Norway, 12 March 2024 \u2013"_s
        << u"FROSTVIK, Norway"_s << 3 << 12 << 2024 << QString();
    QTest::newRow("capitals, day-month and agency") << u"KORSVIKA, 3 May (Nordpress) - Ferries stopped."_s
                                                    << u"KORSVIKA, 3 May (Nordpress) -"_s << u"KORSVIKA"_s << 5
                                                    << 3 << 0 << u"Nordpress"_s;
    QTest::newRow("a day-month in a sentence") << u"Markets rose, 3 March was busy."_s << QString() << QString()
                                               << 0 << 0 << 0 << QString();
    QTest::newRow("after a byline of its own") << u"By Tova Rennick\n\nKORSVIKA, March 3 (Nordpress) - Ferries stopped."_s
        << u"KORSVIKA, March 3 (Nordpress) -"_s << u"KORSVIKA"_s << 3 << 3 << 0 << u"Nordpress"_s;
    QTest::newRow("a byline is no dateline itself") << u"By Tova Rennick\n\nFerries stopped on March 3."_s << QString()
        << QString() << 0 << 0 << 0 << QString();
    QTest::newRow("a sentence on its own line is no byline")
        << u"By March the ferries had stopped.\nOSLO, May 2 - Talks."_s << QString() << QString() << 0 << 0 << 0
        << QString();
    QTest::newRow("after a line that is only the date") << u"Monday, June 15, 2026\n\nKORSVIKA \u2014 Dockers struck."_s
        << u"KORSVIKA \u2014"_s << u"KORSVIKA"_s << 0 << 0 << 0 << QString();
    QTest::newRow("after the date and a byline") << u"June 15, 2026\nBy Tova Rennick\n\nKORSVIKA, June 14 - Dockers struck."_s
        << u"KORSVIKA, June 14 -"_s << u"KORSVIKA"_s << 6 << 14 << 0 << QString();
    QTest::newRow("a date line before a sentence is no dateline") << u"June 15, 2026\n\nDockers struck on Monday."_s
        << QString() << QString() << 0 << 0 << 0 << QString();
    QTest::newRow("empty") << QString() << QString() << QString() << 0 << 0 << 0 << QString();
}

void DatelineTest::find()
{
    QFETCH(QString, text);
    QFETCH(QString, dateline);
    QFETCH(QString, place);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, year);
    QFETCH(QString, agency);
    const Dateline d = findDateline(text);
    QCOMPARE(d.isValid(), !dateline.isEmpty());
    QCOMPARE(text.mid(d.range.start, d.range.length()), dateline);
    QCOMPARE(d.place, place);
    QCOMPARE(d.month, month);
    QCOMPARE(d.day, day);
    QCOMPARE(d.year, year);
    QCOMPARE(d.agency, agency);
}

void DatelineTest::dateValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ISO") << u"2025-09-09"_s << QDate(2025, 9, 9);
    QTest::newRow("ISO with time and zone") << u" 2025-09-09T14:30:00+04:00 "_s << QDate(2025, 9, 9);
    QTest::newRow("ISO with a space before the time") << u"2025-09-09 14:30"_s << QDate(2025, 9, 9);
    QTest::newRow("compact") << u"20250909"_s << QDate(2025, 9, 9);
    QTest::newRow("slashes") << u"2025/09/09"_s << QDate(2025, 9, 9);
    QTest::newRow("month day, year") << u"September 9, 2025"_s << QDate(2025, 9, 9);
    QTest::newRow("abbreviated") << u"Sept. 9, 2025"_s << QDate(2025, 9, 9);
    QTest::newRow("ordinal") << u"Sep 9th, 2025"_s << QDate(2025, 9, 9);
    QTest::newRow("day month year") << u"9 September 2025"_s << QDate(2025, 9, 9);
    QTest::newRow("weekday first") << u"Tuesday, March 3, 2026"_s << QDate(2026, 3, 3);
    QTest::newRow("short weekday, day month year") << u"Tue 3 March 2026"_s << QDate(2026, 3, 3);
    QTest::newRow("a weekday alone") << u"Tuesday"_s << QDate();
    QTest::newRow("a weekday and no year") << u"Tuesday, March 3"_s << QDate();
    QTest::newRow("no year is no date") << u"September 9"_s << QDate();
    QTest::newRow("invalid day") << u"2025-02-30"_s << QDate();
    QTest::newRow("mixed separators") << u"2025-09/09"_s << QDate();
    QTest::newRow("words") << u"yesterday"_s << QDate();
    QTest::newRow("not a month") << u"Mayday 9, 2025"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void DatelineTest::dateValue()
{
    QFETCH(QString, value);
    QFETCH(QDate, date);
    QCOMPARE(parseDateValue(value), date);
}

QTEST_GUILESS_MAIN(DatelineTest)
#include "dateline_test.moc"
