// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exportdate.h"

#include <QTest>

using namespace Annalist;
using P = ExportDate::Precision;

class ExportDateTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void sortsChronologically();
    void isoYears();
};

void ExportDateTest::parse_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("hasYear");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("display");

    QTest::newRow("year") << "1999" << true << "year" << QDate(1999, 1, 1) << QDate(1999, 12, 31) << "1999";
    QTest::newRow("month") << "1999-09" << true << "month" << QDate(1999, 9, 1) << QDate(1999, 9, 30) << "September 1999";
    QTest::newRow("february leap") << "2024-02" << true << "month" << QDate(2024, 2, 1) << QDate(2024, 2, 29)
                                   << "February 2024";
    QTest::newRow("day") << "1999-09-14" << true << "day" << QDate(1999, 9, 14) << QDate(1999, 9, 14) << "14 September 1999";
    QTest::newRow("day with time") << "1999-09-14T10:30" << true << "day" << QDate(1999, 9, 14) << QDate(1999, 9, 14)
                                   << "14 September 1999";
    QTest::newRow("decade") << "199" << true << "decade" << QDate(1990, 1, 1) << QDate(1999, 12, 31) << "the 1990s";
    QTest::newRow("century") << "19" << true << "century" << QDate(1900, 1, 1) << QDate(1999, 12, 31) << "the 20th century";
    QTest::newRow("21st century") << "20" << true << "century" << QDate(2000, 1, 1) << QDate(2099, 12, 31)
                                  << "the 21st century";
    QTest::newRow("quarter") << "1999-Q3" << true << "quarter" << QDate(1999, 7, 1) << QDate(1999, 9, 30) << "Q3 1999";
    QTest::newRow("first half") << "1999-H1" << true << "half" << QDate(1999, 1, 1) << QDate(1999, 6, 30) << "H1 1999";
    QTest::newRow("second half") << "1999-H2" << true << "half" << QDate(1999, 7, 1) << QDate(1999, 12, 31) << "H2 1999";
    QTest::newRow("summer") << "1999-SU" << true << "season" << QDate(1999, 6, 1) << QDate(1999, 8, 31) << "summer 1999";
    QTest::newRow("winter crosses the year") << "1999-WI" << true << "season" << QDate(1999, 12, 1) << QDate(2000, 2, 29)
                                             << "winter 1999/2000";
    QTest::newRow("autumn as AU") << "2001-AU" << true << "season" << QDate(2001, 9, 1) << QDate(2001, 11, 30)
                                  << "autumn 2001";
    QTest::newRow("iso week") << "2025-W37" << true << "week" << QDate(2025, 9, 8) << QDate(2025, 9, 14) << "week 37 of 2025";
    QTest::newRow("week 1 starts in the year before") << "2025-W01" << true << "week" << QDate(2024, 12, 30)
                                                      << QDate(2025, 1, 5) << "week 1 of 2025";
    QTest::newRow("weekend") << "2025-W42-WE" << true << "weekend" << QDate(2025, 10, 18) << QDate(2025, 10, 19)
                             << "the weekend of 18–19 October 2025";
    QTest::newRow("weekend across two months") << "2025-W22-WE" << true << "weekend" << QDate(2025, 5, 31)
                                               << QDate(2025, 6, 1) << "the weekend of 31 May – 1 June 2025";
    QTest::newRow("weekend across two years") << "2022-W52-WE" << true << "weekend" << QDate(2022, 12, 31)
                                              << QDate(2023, 1, 1) << "the weekend of 31 December 2022 – 1 January 2023";
    QTest::newRow("day of a week") << "2025-W37-3" << true << "day" << QDate(2025, 9, 10) << QDate(2025, 9, 10)
                                   << "10 September 2025";
    QTest::newRow("year unknown") << "XXXX-04-07" << false << "day" << QDate() << QDate() << "7 April (year unknown)";
    QTest::newRow("month, year unknown") << "XXXX-04" << false << "month" << QDate() << QDate() << "April (year unknown)";
    QTest::newRow("present") << "PRESENT_REF" << false << "reference" << QDate() << QDate() << "now";
    QTest::newRow("past") << "PAST_REF" << false << "reference" << QDate() << QDate() << "in the past";
    // ISO year 0000 is 1 BC, which QDate calls -1; it is a leap year.
    QTest::newRow("year 0000") << "0000" << true << "year" << QDate(-1, 1, 1) << QDate(-1, 12, 31) << "0";
    QTest::newRow("0000-02-29") << "0000-02-29" << true << "day" << QDate(-1, 2, 29) << QDate(-1, 2, 29)
                                << "29 February 0";
    QTest::newRow("first decade") << "000" << true << "decade" << QDate(-1, 1, 1) << QDate(9, 12, 31) << "the 0s";
    QTest::newRow("first century") << "00" << true << "century" << QDate(-1, 1, 1) << QDate(99, 12, 31)
                                   << "the 1st century";
    QTest::newRow("week 1 of 0000") << "0000-W01" << true << "week" << QDate(-1, 1, 3) << QDate(-1, 1, 9)
                                    << "week 1 of 0";
    QTest::newRow("last day") << "9999-12-31" << true << "day" << QDate(9999, 12, 31) << QDate(9999, 12, 31)
                              << "31 December 9999";
    QTest::newRow("last winter") << "9999-WI" << true << "season" << QDate(9999, 12, 1) << QDate(10000, 2, 29)
                                 << "winter 9999/10000";
}

void ExportDateTest::parse()
{
    QFETCH(QString, value);
    QFETCH(bool, hasYear);
    QFETCH(QString, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, display);
    const ExportDate t = ExportDate::parse(value);
    QVERIFY(t.isValid());
    QCOMPARE(t.hasYear(), hasYear);
    QCOMPARE(t.precisionName(), precision);
    QCOMPARE(t.firstDay(), first);
    QCOMPARE(t.lastDay(), last);
    QCOMPARE(t.displayText(), display);
    QCOMPARE(t.value(), value);
}

void ExportDateTest::invalid_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v : {"", "P7Y", "XXXX", "1999-13", "1999-02-30", "2025-W54", "2021-W53", "199-09", "abc", "1999-XX",
                          "1999-H3", "FY1999", "XXXX-W37-3", "XXXX-W37-WE", "T10:00"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void ExportDateTest::invalid()
{
    QFETCH(QString, value);
    const ExportDate t = ExportDate::parse(value);
    QVERIFY(!t.isValid());
    QVERIFY(!t.hasYear());
    QVERIFY(!t.firstDay().isValid());
}

void ExportDateTest::sortsChronologically()
{
    const QStringList expected{QStringLiteral("19"),         QStringLiteral("199"),        QStringLiteral("1999"),
                               QStringLiteral("1999-09"),    QStringLiteral("1999-09-14"), QStringLiteral("1999-WI"),
                               QStringLiteral("2000-02-01"), QStringLiteral("XXXX-03-01"), QStringLiteral("XXXX-04-07"),
                               QStringLiteral("PAST_REF"),   QStringLiteral("PRESENT_REF")};
    QList<ExportDate> values;
    for (qsizetype i = expected.size() - 1; i >= 0; --i)
        values << ExportDate::parse(expected.at(i));
    std::sort(values.begin(), values.end());
    QStringList got;
    for (const ExportDate &t : std::as_const(values))
        got << t.value();
    QCOMPARE(got, expected);
}

void ExportDateTest::isoYears()
{
    QCOMPARE(dateOfIsoYear(0, 3, 1), QDate(-1, 3, 1));
    QCOMPARE(dateOfIsoYear(-1, 3, 1), QDate(-2, 3, 1));
    QCOMPARE(dateOfIsoYear(1, 3, 1), QDate(1, 3, 1));
    QVERIFY(!dateOfIsoYear(1, 2, 29).isValid());
    for (const int year : {-2, 0, 1, 2024, 9999})
        QCOMPARE(isoYearOf(dateOfIsoYear(year, 6, 30)), year);
}

QTEST_GUILESS_MAIN(ExportDateTest)
#include "exportdate_test.moc"
