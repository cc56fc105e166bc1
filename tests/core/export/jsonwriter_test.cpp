// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The streaming JSON writer of the exports: the same bytes as
// QJsonDocument::toJson(Indented) for the same values, and the escaping
// rules where it means to differ (U+2028/9, unpaired surrogates).

#include "export/jsonexport.h"
#include "export/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Annalist;

namespace {

QByteArray written(const QJsonValue &v)
{
    QByteArray out;
    JsonWriter w(&out);
    w.value(v);
    return out;
}

QByteArray byQt(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

QByteArray escaped(const QString &s)
{
    QByteArray out;
    JsonWriter::appendEscaped(out, s);
    return out;
}

/// A string of characters from everywhere that matters for escaping:
/// controls, quotes, backslashes, Latin-1, the BMP, pairs; never U+2028/9
/// or unpaired surrogates (where the writer differs from Qt on purpose).
QString randomText(QRandomGenerator &rnd)
{
    static const char16_t pool[] = {u'a', u'Z', u' ', u'"', u'\\', u'/', 0x00, 0x01, 0x08, 0x09, 0x0a, 0x0c, 0x0d,
                                    0x1f, 0x7f, 0xe9, 0x7ff, 0x800, 0x2027, 0x202a, 0x4e2d, 0xfeff, 0xfffd, 0xffff};
    QString s;
    const int n = rnd.bounded(12);
    for (int i = 0; i < n; ++i) {
        if (rnd.bounded(8) == 0) {
            const char32_t c = 0x10000 + rnd.bounded(0x100000);
            s += QString::fromUcs4(&c, 1);
        } else {
            s += QChar(pool[rnd.bounded(int(std::size(pool)))]);
        }
    }
    return s;
}

QJsonValue randomValue(QRandomGenerator &rnd, int depth)
{
    switch (rnd.bounded(depth > 3 ? 5 : 7)) {
    case 0:
        return QJsonValue();
    case 1:
        return rnd.bounded(2) == 1;
    case 2:
        return qint64(rnd.generate64() >> rnd.bounded(64)) * (rnd.bounded(2) ? 1 : -1);
    case 3:
        return double(rnd.bounded(1000000)) / 64.0;
    case 4:
        return randomText(rnd);
    case 5: {
        QJsonArray a;
        const int n = rnd.bounded(4);
        for (int i = 0; i < n; ++i)
            a.append(randomValue(rnd, depth + 1));
        return a;
    }
    default: {
        QJsonObject o;
        const int n = rnd.bounded(4);
        for (int i = 0; i < n; ++i) {
            // Keys are the formats' ASCII names; the writer escapes others
            // all the same (output_isValidJsonThatReadsBack).
            static const char *const keys[] = {"a", "end", "Start", "@context", "unique_id", "z9"};
            const QJsonValue value = randomValue(rnd, depth + 1);
            o.insert(QLatin1StringView(keys[rnd.bounded(int(std::size(keys)))]), value);
        }
        return o;
    }
    }
}

} // namespace

class JsonWriterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layout_isQtIndented_data();
    void layout_isQtIndented();
    void randomValues_areQtBytes();
    void output_holdsExactlyTheTextWhenReadable();
    void members_inGivenOrder();
    void escaping_data();
    void escaping();
    void surrogatePair_acrossPieceBoundary();
    void longText_everyEscapeAtEveryOffset();
    void output_isValidJsonThatReadsBack();
    void probeJson_matchesTheObject();
};

void JsonWriterTest::layout_isQtIndented_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("empty object") << QJsonValue(QJsonObject());
    QTest::newRow("empty array") << QJsonValue(QJsonArray());
    QTest::newRow("nested empties") << QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonArray()},
                                                              {QStringLiteral("b"), QJsonObject()}});
    QTest::newRow("array of arrays") << QJsonValue(QJsonArray{QJsonArray{1, 2}, QJsonArray{}, QJsonArray{QJsonObject{}}});
    QTest::newRow("scalars") << QJsonValue(QJsonObject{{QStringLiteral("n"), QJsonValue()},
                                                       {QStringLiteral("t"), true},
                                                       {QStringLiteral("f"), false},
                                                       {QStringLiteral("i"), -42},
                                                       {QStringLiteral("big"), qint64(1) << 60},
                                                       {QStringLiteral("half"), 0.5},
                                                       {QStringLiteral("huge"), 1e300},
                                                       {QStringLiteral("s"), QStringLiteral("x\ny")}});
}

void JsonWriterTest::layout_isQtIndented()
{
    QFETCH(QJsonValue, value);
    QCOMPARE(written(value), byQt(value));
}

void JsonWriterTest::randomValues_areQtBytes()
{
    QRandomGenerator rnd(2026);
    for (int i = 0; i < 2000; ++i) {
        const QJsonValue v = rnd.bounded(2) ? QJsonValue(randomValue(rnd, 0).toArray())
                                            : QJsonValue(QJsonObject{{QStringLiteral("k"), randomValue(rnd, 0)}});
        const QByteArray mine = written(v);
        const QByteArray qt = byQt(v);
        if (mine != qt)
            QFAIL(qPrintable(QStringLiteral("case %1:\n%2\nQt:\n%3").arg(i).arg(QString::fromUtf8(mine), QString::fromUtf8(qt))));
    }
}

void JsonWriterTest::output_holdsExactlyTheTextWhenReadable()
{
    // The writer writes ahead into room of its own; what a caller reads is
    // the text alone, after what out held before.
    QByteArray out("prefix ");
    JsonWriter w(&out);
    w.beginArray();
    w.string(QString(5000, u'q')); // past the first room
    w.finish();
    QCOMPARE(out, QByteArray("prefix [\n    \"") + QByteArray(5000, 'q') + '"');
    w.number(7);
    w.endArray();
    QCOMPARE(out, QByteArray("prefix [\n    \"") + QByteArray(5000, 'q') + "\",\n    7\n]\n");
    QByteArray scalar;
    JsonWriter s(&scalar);
    s.string(u"a\u00e9");
    QCOMPARE(scalar, QByteArray("\"a\xc3\xa9\""));
}

void JsonWriterTest::members_inGivenOrder()
{
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.member(QLatin1StringView("start"), qint64(3));
    w.key(QLatin1StringView("list"));
    w.beginArray();
    w.string(u"a");
    w.beginObject();
    w.endObject();
    w.endArray();
    w.member(QLatin1StringView("end"), u"é");
    QVERIFY(!w.isComplete());
    w.endObject();
    QVERIFY(w.isComplete());
    QCOMPARE(out, QByteArray("{\n    \"start\": 3,\n    \"list\": [\n        \"a\",\n        {\n        }\n    ],\n"
                             "    \"end\": \"\xc3\xa9\"\n}\n"));
}

void JsonWriterTest::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("Ilsa Varnholt") << QByteArray("Ilsa Varnholt");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c/d") << QByteArray("a\\\"b\\\\c/d");
    QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t") << QByteArray("\\b\\f\\n\\r\\t");
    QTest::newRow("other controls") << QString(QChar(0)) + QChar(0x1b) + QChar(0x1f) << QByteArray("\\u0000\\u001b\\u001f");
    QTest::newRow("delete is allowed") << QString(QChar(0x7f)) << QByteArray("\x7f");
    QTest::newRow("two and three bytes") << QStringLiteral("é中") << QByteArray("\xc3\xa9\xe4\xb8\xad");
    QTest::newRow("pair") << QStringLiteral("🚢") << QByteArray("\xf0\x9f\x9a\xa2");
    QTest::newRow("line separators") << QString(QChar(0x2028)) + u'x' + QChar(0x2029)
                                     << QByteArray("\\u2028x\\u2029");
    QTest::newRow("lone high surrogate") << QString(QChar(0xd83d)) + u'x' << QByteArray("\xef\xbf\xbdx");
    QTest::newRow("lone low surrogate") << u'x' + QString(QChar(0xde80)) << QByteArray("x\xef\xbf\xbd");
    QTest::newRow("high at the end") << u'x' + QString(QChar(0xd83d)) << QByteArray("x\xef\xbf\xbd");
    QTest::newRow("two highs, then a low") << QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xde80)
                                           << QByteArray("\xef\xbf\xbd\xf0\x9f\x9a\x80");
    QTest::newRow("noncharacters pass") << QString(QChar(0xfffe)) << QByteArray("\xef\xbf\xbe");
}

void JsonWriterTest::escaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(escaped(text), expected);
}

void JsonWriterTest::longText_everyEscapeAtEveryOffset()
{
    // The writer copies runs of plain ASCII several units at a time: each
    // character that is not plain, at each offset of a run, in runs of
    // each length around the width of a step, is escaped as Qt escapes it.
    static const char16_t special[] = {u'"', u'\\', 0x00, 0x09, 0x0a, 0x1f, 0x7f, 0x80, 0xe9, 0x7ff,
                                       0x800, 0x4e2d, 0x7fff, 0x8000, 0xfeff, 0xffff};
    for (int length = 0; length <= 34; ++length) {
        for (int at = 0; at < std::max(length, 1); ++at) {
            for (char16_t c : special) {
                QString s;
                for (int i = 0; i < length; ++i)
                    s += QChar(u'a' + i % 26);
                if (length > 0)
                    s[at] = QChar(c);
                const QJsonArray a{s};
                const QByteArray mine = written(a);
                if (mine != byQt(a))
                    QFAIL(qPrintable(QStringLiteral("length %1, U+%2 at %3: %4")
                                         .arg(length)
                                         .arg(int(c), 4, 16, QLatin1Char('0'))
                                         .arg(at)
                                         .arg(QString::fromUtf8(mine))));
            }
        }
    }
}

void JsonWriterTest::surrogatePair_acrossPieceBoundary()
{
    // The escaper works in pieces of some thousand units; a pair must never
    // be cut into two replacement characters wherever the cut falls.
    for (qsizetype lead : {16382, 16383, 16384, 32767}) {
        const QString text = QString(lead, u'a') + QStringLiteral("🚢") + QString(40000, u'b');
        const QByteArray out = escaped(text);
        QCOMPARE(out, text.toUtf8());
    }
}

void JsonWriterTest::output_isValidJsonThatReadsBack()
{
    QString hostile;
    for (char16_t u = 0; u < 0x80; ++u)
        hostile += QChar(u);
    hostile += QChar(0x2028);
    hostile += QChar(0x2029);
    QByteArray out;
    JsonWriter w(&out);
    w.beginArray();
    w.string(hostile);
    w.endArray();
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.array().at(0).toString(), hostile);
    // No raw line separators: the output is a JavaScript literal too.
    QVERIFY(!out.contains("\xe2\x80\xa8"));
    QVERIFY(!out.contains("\xe2\x80\xa9"));
}

void JsonWriterTest::probeJson_matchesTheObject()
{
    Article article;
    article.path = QStringLiteral("/news/dunhaven.txt");
    article.title = QStringLiteral("Dunhaven \"ferry\"");
    article.text = QStringLiteral("Mayor Orla Penwick opened the 🚢 ferry line on 3 May 2024.\nIt runs daily.");
    Entity person;
    person.range = {6, 18};
    person.type = QStringLiteral("PERSON");
    person.why = QStringLiteral("title: Mayor");
    person.note = QStringLiteral("spelt \"Penwik\" once");
    Entity date;
    date.range = {47, 57};
    date.type = QStringLiteral("DATE");
    date.value = QStringLiteral("2024-05-03");
    date.timexType = QStringLiteral("DATE");
    date.canonical = QStringLiteral("3 May 2024");
    TimelineEvent ev;
    ev.date = QStringLiteral("2024-05-03");
    ev.until = QStringLiteral("2024-06");
    ev.label = QStringLiteral("Orla Penwick opened the ferry line");
    ev.sentence = {0, 58};
    ev.expression = {47, 57};
    ev.entities = {QStringLiteral("Orla Penwick")};
    ev.note = QStringLiteral("opening day");

    QByteArray out;
    JsonWriter w(&out);
    writeProbeJson(w, article, {person, date}, {ev});
    QVERIFY(w.isComplete());
    // The object the writer's bytes stand for, written by Qt, is the same bytes.
    const QJsonObject object = QJsonDocument::fromJson(out).object();
    QCOMPARE(QJsonDocument(object).toJson(QJsonDocument::Indented), out);
    QCOMPARE(object.value(QStringLiteral("entities")).toArray().at(1).toObject().value(QStringLiteral("start")).toInt(),
             46); // code points: the ship is one
    QCOMPARE(toProbeJson(article, {person, date}, {ev}), object);
}

QTEST_GUILESS_MAIN(JsonWriterTest)
#include "jsonwriter_test.moc"
