// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/codepoints.h"

#include <QTest>

using namespace Annalist;

class CodePointsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void clampsOutOfRange();
    void withoutDiacritics_keepsLettersAndCase();
};

void CodePointsTest::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("Velmora, Dravenia");
    QTest::newRow("bmp only") << QStringLiteral("Алматы — 阿拉木图");
    QTest::newRow("astral at start") << QStringLiteral("😀 CORW");
    QTest::newRow("astral at end") << QStringLiteral("CORW 😀");
    QTest::newRow("adjacent astral") << QStringLiteral("a😀😀b𝒜c");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("x😀");
    // Long texts are read in blocks: pairs before, across and after a block's edge.
    const QString face = QStringLiteral("😀");
    for (const int at : {61, 62, 63, 64, 65, 126, 127, 128}) {
        QTest::addRow("pair at unit %d of a long text", at)
            << QString(at, u'x') + face + QString(140 - at, u'y');
        QTest::addRow("pair at unit %d, text ends with it", at) << QString(at, u'x') + face;
    }
    QTest::newRow("lone low surrogate on a block's edge")
        << QString(64, u'x') + QChar(0xDC00) + QString(10, u'y') + face;
    QTest::newRow("lone high surrogate ends a long text") << QString(127, u'x') + QChar(0xD83D);
}

void CodePointsTest::roundTrip()
{
    QFETCH(QString, text);
    const CodePointMap map(text);
    const QList<uint> ucs4 = text.toUcs4();
    QCOMPARE(map.codePointLength(), ucs4.size());
    // Walk the string by code point and check both directions at every boundary.
    qsizetype utf16 = 0;
    for (qsizetype cp = 0; cp <= ucs4.size(); ++cp) {
        QCOMPARE(map.toCodePoint(utf16), cp);
        QCOMPARE(map.toUtf16(cp), utf16);
        if (cp < ucs4.size())
            utf16 += QChar::requiresSurrogates(ucs4[cp]) ? 2 : 1;
    }
    QCOMPARE(utf16, text.size());
}

void CodePointsTest::clampsOutOfRange()
{
    const QString text = QStringLiteral("a😀b");
    const CodePointMap map(text);
    QCOMPARE(map.toUtf16(-3), 0);
    QCOMPARE(map.toUtf16(99), text.size());
    QCOMPARE(map.toCodePoint(-1), 0);
    QCOMPARE(map.toCodePoint(99), 3);
}

void CodePointsTest::withoutDiacritics_keepsLettersAndCase()
{
    QCOMPARE(withoutDiacritics(u"Ramón Dávila"), QStringLiteral("Ramon Davila"));
    QCOMPARE(withoutDiacritics(u"Haryāna, Tamil Nādu"), QStringLiteral("Haryana, Tamil Nadu"));
    QCOMPARE(withoutDiacritics(u"ÉCOLE"), QStringLiteral("ECOLE"));
    QCOMPARE(withoutDiacritics(u"ﬁnal"), QStringLiteral("final")); // a compatibility ligature
    QCOMPARE(withoutDiacritics(u"Velmora"), QStringLiteral("Velmora"));
    QCOMPARE(withoutDiacritics(u"Алматы"), QStringLiteral("Алматы")); // nothing to drop
}

QTEST_GUILESS_MAIN(CodePointsTest)
#include "codepoints_test.moc"
