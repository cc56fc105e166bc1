// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "temporal/timexvalue.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <random>

using namespace Annalist;
using namespace Qt::StringLiterals;
using P = TimexValue::Precision;
using K = TimexValue::Kind;

Q_DECLARE_METATYPE(TimexValue::Precision)
Q_DECLARE_METATYPE(TimexValue::Kind)

class TimexValueTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void interval_data();
    void interval();
    void notPlaceable_data();
    void notPlaceable();
    void zone();
    void writtenDate_data();
    void writtenDate();
    void ordersForATimeline();
    void orderIsTotal();
    void repeatedReadsAgree();
};

void TimexValueTest::parse_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<K>("kind");
    QTest::addColumn<P>("precision");
    QTest::addColumn<QString>("canonical");

    const auto row = [](const char *value, K kind, P precision, const char *canonical = nullptr) {
        QTest::newRow(value) << QString::fromLatin1(value) << kind << precision
                             << QString::fromLatin1(canonical ? canonical : value);
    };
    row("2025", K::Date, P::Year);
    row("2025-09", K::Date, P::Month);
    row("2025-09-14", K::Date, P::Day);
    row("199", K::Date, P::Decade);
    row("199X", K::Date, P::Decade, "199");
    row("19", K::Date, P::Century);
    row("19XX", K::Date, P::Century, "19");
    row("2025-W37", K::Date, P::Week);
    row("2025-W37-WE", K::Date, P::Week);
    row("2025-W37-3", K::Date, P::Day);
    row("2025-Q3", K::Date, P::Quarter);
    row("2025-H1", K::Date, P::Half);
    row("2025-SP", K::Date, P::Season);
    row("2025-SU", K::Date, P::Season);
    row("2025-FA", K::Date, P::Season);
    row("2025-AU", K::Date, P::Season, "2025-FA");
    row("2025-WI", K::Date, P::Season);
    row("FY2025", K::Date, P::Year);
    row("FY2025-Q1", K::Date, P::Quarter);
    row("FY2025-H2", K::Date, P::Half);
    row("XXXX-04-07", K::Date, P::Day);
    row("XXXX-04", K::Date, P::Month);
    row("XXXX", K::Date, P::Year);
    row("XXXX-WXX-2", K::Date, P::Day);
    row("XXXX-XX-XX", K::Date, P::Day);
    row("2025-09-14T10", K::Time, P::Hour);
    row("2025-09-14T10:30", K::Time, P::Minute);
    row("2025-09-14T10:30:15", K::Time, P::Second);
    row("2025-09-14T10:30:15.250", K::Time, P::Second);
    row("2025-09-14T10:30Z", K::Time, P::Minute);
    row("2025-09-14T10:30+02:00", K::Time, P::Minute);
    row("2025-09-14T10:30-0530", K::Time, P::Minute, "2025-09-14T10:30-05:30");
    row("2025-09-14T10:30+02", K::Time, P::Minute, "2025-09-14T10:30+02:00");
    row("2025-09-14T24:00", K::Time, P::Minute);
    row("2025-09-14TMO", K::Time, P::PartOfDay);
    row("2025-09-14TAF", K::Time, P::PartOfDay);
    row("2025-09-14TEV", K::Time, P::PartOfDay);
    row("2025-09-14TNI", K::Time, P::PartOfDay);
    row("2025-09-14TDT", K::Time, P::PartOfDay);
    row("2025-W37-3TEV", K::Time, P::PartOfDay);
    row("T10:00", K::Time, P::Minute);
    row("TNI", K::Time, P::PartOfDay);
    row("XXXX-XX-XXT09:00", K::Time, P::Minute);
    row("P3Y", K::Duration, P::Year);
    row("PXY", K::Duration, P::Year);
    row("P2W", K::Duration, P::Week);
    row("P6M", K::Duration, P::Month);
    row("P1Q", K::Duration, P::Quarter);
    row("P1WE", K::Duration, P::Week);
    row("P1DE", K::Duration, P::Decade);
    row("P2CE", K::Duration, P::Century);
    row("PT5H", K::Duration, P::Hour);
    row("PT30M", K::Duration, P::Minute);
    row("PT1.5S", K::Duration, P::Second);
    row("P1DT2H", K::Duration, P::Hour);
    row("P1Y6M", K::Duration, P::Month);
    row("P1.5Y", K::Duration, P::Year);
    row("PTXH", K::Duration, P::Hour);
    row("PRESENT_REF", K::Reference, P::None);
    row("PAST_REF", K::Reference, P::None);
    row("FUTURE_REF", K::Reference, P::None);
}

void TimexValueTest::parse()
{
    QFETCH(QString, value);
    QFETCH(K, kind);
    QFETCH(P, precision);
    QFETCH(QString, canonical);
    const TimexValue t = TimexValue::parse(value);
    QVERIFY(t.isValid());
    QCOMPARE(t.kind(), kind);
    QCOMPARE(t.precision(), precision);
    QCOMPARE(t.toString(), canonical);
    // The canonical text reads back as the same value.
    QCOMPARE(TimexValue::parse(canonical), t);
    QCOMPARE(TimexValue::parse(canonical).toString(), canonical);
}

void TimexValueTest::invalid_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v :
         {"", " 2025", "2025 ", "2025-13", "2025-00", "2025-02-30", "2025-02-29", "2025-04-31", "2025-W54", "2021-W53",
          "2025-W00", "2025-W37-8", "2025-W37-0", "2025-Q5", "2025-Q0", "2025-H3", "2025-SX", "2025-WE", "199-09",
          "19-09", "1X9X", "1", "20251", "FY199", "FY2025-09", "FY2025-W01", "FY2025-SU", "2025-09T10:00",
          "2025T10:00", "2025-09-14T25:00", "2025-09-14T24:30", "2025-09-14T10:60", "2025-09-14T10:30:61",
          "2025-09-14T10:30+25:00", "2025-09-14TXX", "2025-09-14TMOZ", "P", "PT", "P3", "P3X", "P1Y1Y", "PT5D",
          "P5H", "p3y", "2025-q3", "present_ref", "PRESENT", "abc", "2025-09-14-", "2025--09", "2025-9-14",
          "2025-09-4"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TimexValueTest::invalid()
{
    QFETCH(QString, value);
    const TimexValue t = TimexValue::parse(value);
    QVERIFY(!t.isValid());
    QCOMPARE(t.kind(), K::Invalid);
    QVERIFY(!t.isPlaceable());
    QVERIFY(!t.start().isValid());
    QVERIFY(t.toString().isEmpty());
}

void TimexValueTest::interval_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    const auto at = [](int y, int m, int d, int h = 0, int min = 0, int s = 0) {
        return QDateTime(dateOfIsoYear(y, m, d), QTime(h, min, s), QTimeZone(QTimeZone::UTC));
    };
    QTest::newRow("year") << "2025" << at(2025, 1, 1) << at(2026, 1, 1);
    QTest::newRow("month") << "2024-02" << at(2024, 2, 1) << at(2024, 3, 1);
    QTest::newRow("day") << "2025-09-14" << at(2025, 9, 14) << at(2025, 9, 15);
    QTest::newRow("decade") << "199" << at(1990, 1, 1) << at(2000, 1, 1);
    QTest::newRow("decade as 199X") << "199X" << at(1990, 1, 1) << at(2000, 1, 1);
    QTest::newRow("century") << "19" << at(1900, 1, 1) << at(2000, 1, 1);
    QTest::newRow("century as 20XX") << "20XX" << at(2000, 1, 1) << at(2100, 1, 1);
    QTest::newRow("week") << "2025-W37" << at(2025, 9, 8) << at(2025, 9, 15);
    QTest::newRow("week 1 starts the year before") << "2025-W01" << at(2024, 12, 30) << at(2025, 1, 6);
    QTest::newRow("week 53") << "2020-W53" << at(2020, 12, 28) << at(2021, 1, 4);
    QTest::newRow("weekend") << "2025-W37-WE" << at(2025, 9, 13) << at(2025, 9, 15);
    QTest::newRow("day of a week") << "2025-W37-3" << at(2025, 9, 10) << at(2025, 9, 11);
    QTest::newRow("quarter") << "2025-Q3" << at(2025, 7, 1) << at(2025, 10, 1);
    QTest::newRow("first half") << "2025-H1" << at(2025, 1, 1) << at(2025, 7, 1);
    QTest::newRow("second half") << "2025-H2" << at(2025, 7, 1) << at(2026, 1, 1);
    QTest::newRow("spring") << "2025-SP" << at(2025, 3, 1) << at(2025, 6, 1);
    QTest::newRow("summer") << "2025-SU" << at(2025, 6, 1) << at(2025, 9, 1);
    QTest::newRow("autumn") << "2025-FA" << at(2025, 9, 1) << at(2025, 12, 1);
    QTest::newRow("winter crosses the year") << "2025-WI" << at(2025, 12, 1) << at(2026, 3, 1);
    QTest::newRow("hour") << "2025-09-14T10" << at(2025, 9, 14, 10) << at(2025, 9, 14, 11);
    QTest::newRow("minute") << "2025-09-14T10:30" << at(2025, 9, 14, 10, 30) << at(2025, 9, 14, 10, 31);
    QTest::newRow("second") << "2025-09-14T10:30:15" << at(2025, 9, 14, 10, 30, 15) << at(2025, 9, 14, 10, 30, 16);
    QTest::newRow("midnight at the end") << "2025-09-14T24:00" << at(2025, 9, 15) << at(2025, 9, 15, 0, 1);
    QTest::newRow("morning") << "2025-09-14TMO" << at(2025, 9, 14, 6) << at(2025, 9, 14, 12);
    QTest::newRow("afternoon") << "2025-09-14TAF" << at(2025, 9, 14, 12) << at(2025, 9, 14, 18);
    QTest::newRow("evening") << "2025-09-14TEV" << at(2025, 9, 14, 18) << at(2025, 9, 14, 22);
    QTest::newRow("night into the morning") << "2025-09-14TNI" << at(2025, 9, 14, 22) << at(2025, 9, 15, 6);
    QTest::newRow("daytime") << "2025-09-14TDT" << at(2025, 9, 14, 6) << at(2025, 9, 14, 18);
    QTest::newRow("evening of a week day") << "2025-W37-3TEV" << at(2025, 9, 10, 18) << at(2025, 9, 10, 22);
    QTest::newRow("year 0000 is 1 BC") << "0000" << at(0, 1, 1) << at(1, 1, 1);
    QTest::newRow("last winter") << "9999-WI" << at(9999, 12, 1) << at(10000, 3, 1);
}

void TimexValueTest::interval()
{
    QFETCH(QString, value);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    const TimexValue t = TimexValue::parse(value);
    QVERIFY(t.isPlaceable());
    QVERIFY(t.hasYear());
    QCOMPARE(t.start(), start);
    QCOMPARE(t.end(), end);
    QCOMPARE(t.firstDay(), start.date());
    QCOMPARE(t.lastDay(), end.addSecs(-1).date());
}

void TimexValueTest::notPlaceable_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v : {"XXXX-04-07", "XXXX", "2025-XX", "2025-09-XX", "XXXX-WXX-2", "T10:00", "FY2025", "FY2025-Q1",
                          "P3Y", "PXY", "PRESENT_REF", "PAST_REF", "FUTURE_REF"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TimexValueTest::notPlaceable()
{
    QFETCH(QString, value);
    const TimexValue t = TimexValue::parse(value);
    QVERIFY(t.isValid());
    QVERIFY(!t.isPlaceable());
    QVERIFY(!t.start().isValid());
    QVERIFY(!t.end().isValid());
    QVERIFY(!t.firstDay().isValid());
}

void TimexValueTest::zone()
{
    const TimexValue t = TimexValue::parse(u"2025-09-14T10:30+02:00");
    QVERIFY(t.hasZone());
    QCOMPARE(t.zoneOffsetSeconds(), 7200);
    QCOMPARE(t.start().toUTC(), QDateTime(QDate(2025, 9, 14), QTime(8, 30), QTimeZone(QTimeZone::UTC)));
    QCOMPARE(TimexValue::parse(u"2025-09-14T10:30-05:30").zoneOffsetSeconds(), -19800);
    QVERIFY(TimexValue::parse(u"2025-09-14T10:30Z").hasZone());
    QVERIFY(!TimexValue::parse(u"2025-09-14T10:30").hasZone());
}

void TimexValueTest::writtenDate_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::newRow("day") << "2025-09-14" << 2025 << 9 << 14;
    QTest::newRow("time") << "2025-09-14T10:00" << 2025 << 9 << 14;
    QTest::newRow("month") << "2025-09" << 2025 << 9 << 0;
    QTest::newRow("week") << "2025-W37" << 2025 << 0 << 0;
    QTest::newRow("quarter") << "2025-Q3" << 2025 << 0 << 0;
    QTest::newRow("decade") << "199" << 0 << 0 << 0;
    QTest::newRow("century") << "19" << 0 << 0 << 0;
    QTest::newRow("fiscal") << "FY2025" << 0 << 0 << 0;
    QTest::newRow("year unknown") << "XXXX-09-14" << 0 << 0 << 0;
    QTest::newRow("month unknown") << "2025-XX-14" << 2025 << 0 << 0;
    QTest::newRow("impossible day") << "2025-02-30" << 0 << 0 << 0;
    QTest::newRow("duration") << "P3Y" << 0 << 0 << 0;
}

void TimexValueTest::writtenDate()
{
    QFETCH(QString, value);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    const TimexValue::WrittenDate d = TimexValue::parse(value).writtenDate();
    QCOMPARE(d.year, year);
    QCOMPARE(d.month, month);
    QCOMPARE(d.day, day);
}

// Every kind of value in the order a reader of the timeline expects.
static const QStringList chronological{
    u"19"_s,
    u"199"_s,
    u"1999"_s,
    u"2024-WI"_s, // December 2024 to February 2025
    u"2024-12"_s,
    u"2025-W01"_s, // from Monday 30 December 2024
    u"2025"_s,
    u"FY2025"_s, // at its calendar year, after it
    u"2025-H1"_s,
    u"2025-Q1"_s,
    u"FY2025-Q1"_s,
    u"2025-01"_s,
    u"2025-SP"_s, // 1 March, three months
    u"2025-03"_s,
    u"2025-SU"_s, // 1 June to 31 August, before the third quarter
    u"2025-Q3"_s,
    u"2025-09"_s,
    u"2025-W37"_s,
    u"2025-09-08"_s,
    u"2025-W37-WE"_s,
    u"2025-09-14"_s,
    u"2025-09-14TMO"_s,
    u"2025-09-14T10"_s,
    u"2025-09-14T10:30+02:00"_s, // the clock time as written
    u"2025-09-14T10:30Z"_s,
    u"2025-09-14T10:30:15"_s,
    u"2025-09-14TNI"_s,
    u"2025-12"_s,
    u"XXXX"_s,
    u"XXXX-03-01"_s,
    u"XXXX-04"_s,
    u"XXXX-04-07"_s,
    u"PAST_REF"_s,
    u"PRESENT_REF"_s,
    u"FUTURE_REF"_s,
    u"PT5H"_s,
    u"P1DT2H"_s,
    u"P2W"_s,
    u"P3Y"_s,
    u"PXY"_s,
};

void TimexValueTest::ordersForATimeline()
{
    const QStringList expected = chronological;
    QList<TimexValue> values;
    for (const QString &v : std::as_const(expected))
        values.append(TimexValue::parse(v));
    std::mt19937 random(7);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(values.begin(), values.end(), random);
        std::sort(values.begin(), values.end());
        QStringList got;
        for (const TimexValue &t : std::as_const(values))
            got.append(t.toString());
        QCOMPARE(got, expected);
    }
}

void TimexValueTest::orderIsTotal()
{
    QList<TimexValue> values;
    for (const QString &v : chronological)
        values.append(TimexValue::parse(v));
    values.append(TimexValue::parse(u"garbage"));
    values.append(TimexValue());
    for (const TimexValue &a : std::as_const(values)) {
        for (const TimexValue &b : std::as_const(values)) {
            QCOMPARE(a < b, b > a);
            QCOMPARE(a == b, a.toString() == b.toString());
            for (const TimexValue &c : std::as_const(values))
                if (a < b && b < c)
                    QVERIFY(a < c);
        }
    }
    // Invalid values come after everything else.
    QVERIFY(TimexValue::parse(u"PXY") < TimexValue::parse(u"garbage"));
}

// parse() keeps recent values per thread: a value read again, before and
// after the cache has been cleared, reads the same, valid or not.
void TimexValueTest::repeatedReadsAgree()
{
    QStringList values;
    for (int i = 0; i < 5000; ++i) {
        values << QStringLiteral("%1-%2-%3").arg(1500 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0')).arg(i % 28 + 1, 2, 10, QLatin1Char('0'));
        if (i % 50 == 0)
            values << QStringLiteral("%1-13").arg(1500 + i) << QStringLiteral("P%1Y").arg(i + 1);
    }
    QList<TimexValue> first;
    for (const QString &v : std::as_const(values))
        first << TimexValue::parse(v);
    for (int round = 0; round < 2; ++round) {
        for (qsizetype i = values.size() - 1; i >= 0; --i) {
            const TimexValue again = TimexValue::parse(values.at(i));
            QCOMPARE(again.isValid(), first.at(i).isValid());
            QCOMPARE(again.toString(), first.at(i).toString());
            QVERIFY(again == first.at(i));
        }
    }
    QVERIFY(TimexValue::parse(u"1501-02-03").isValid());
    QVERIFY(!TimexValue::parse(u"1500-13").isValid());
}

QTEST_GUILESS_MAIN(TimexValueTest)
#include "timexvalue_test.moc"
