// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "annotations/anchoring.h"

#include <QTest>

using namespace Annalist;

Q_DECLARE_METATYPE(Annalist::AnchorMethod)

namespace {

TextRange nth(const QString &text, const QString &needle, int n)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i) {
        at = text.indexOf(needle, at + 1);
        if (at < 0)
            return {-1, -1};
    }
    return {at, at + needle.size()};
}

const QString Base = QStringLiteral(
    "Maria Lindqvist met Tomas Berg in Oslo on 3 March 2021. Lindqvist said the Nordic Water Council would meet "
    "again in Bergen. Tomas Berg agreed, and a second meeting followed in 2022.");

} // namespace

class AnchoringTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void makeAnchor_contextInCodePoints();
    void locate_data();
    void locate();
    void locate_withoutPosition();
    void locate_hostilePositions();
    void locate_farInLongText();
    void editDistance_data();
    void editDistance();
};

void AnchoringTest::makeAnchor_contextInCodePoints()
{
    const QString text = QStringLiteral("😀").repeated(40) + QStringLiteral("quote") + QString(40, u'x');
    const TextRange r = nth(text, QStringLiteral("quote"), 0);
    const TextAnchor a = makeAnchor(text, r);
    QCOMPARE(a.exact, QStringLiteral("quote"));
    QCOMPARE(a.prefix.toUcs4().size(), TextAnchor::ContextLength);
    QCOMPARE(a.prefix.size(), 2 * TextAnchor::ContextLength); // all astral
    QCOMPARE(a.suffix, QString(TextAnchor::ContextLength, u'x'));
    QCOMPARE(a.start, 40);
    QCOMPARE(a.end, 45);
    // Near the start there is less context.
    const TextAnchor b = makeAnchor(Base, nth(Base, QStringLiteral("Lindqvist"), 0));
    QCOMPARE(b.prefix, QStringLiteral("Maria "));
}

void AnchoringTest::locate_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence"); // which occurrence of quote in oldText is annotated
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("expected"); // what the placed range must read; empty = orphan
    QTest::addColumn<int>("expectedOccurrence"); // which occurrence of expected in newText
    QTest::addColumn<AnchorMethod>("method");

    const QString b = Base;
    auto replaced = [](QString s, const QString &from, const QString &to) { return s.replace(from, to); };

    QTest::newRow("unchanged") << b << "Nordic Water Council" << 0 << b << "Nordic Water Council" << 0
                               << AnchorMethod::Position;
    QTest::newRow("insertion before") << b << "Bergen" << 0 << QStringLiteral("BREAKING. ") + b << "Bergen" << 0
                                      << AnchorMethod::ExactQuote;
    QTest::newRow("long insertion before")
        << b << "Tomas Berg" << 1 << QString(5000, u'z') + QStringLiteral(" ") + b << "Tomas Berg" << 1
        << AnchorMethod::ExactQuote;
    QTest::newRow("deletion before") << b << "Tomas Berg" << 1 << replaced(b, QStringLiteral(" on 3 March 2021"), {})
                                     << "Tomas Berg" << 1 << AnchorMethod::ExactQuote;
    QTest::newRow("insertion inside")
        << b << "Nordic Water Council" << 0 << replaced(b, QStringLiteral("Nordic Water"), QStringLiteral("Nordic Fresh Water"))
        << "Nordic Fresh Water Council" << 0 << AnchorMethod::Approximate;
    QTest::newRow("typo fixed inside")
        << replaced(b, QStringLiteral("Lindqvist said"), QStringLiteral("Lindqvsit said")) << "Lindqvsit" << 0 << b
        << "Lindqvist" << 1 << AnchorMethod::Approximate;
    QTest::newRow("typo fixed inside, text moved too")
        << replaced(b, QStringLiteral("Nordic Water"), QStringLiteral("Nordik Water")) << "Nordik Water Council" << 0
        << QStringLiteral("Updated at noon. ") + b << "Nordic Water Council" << 0 << AnchorMethod::Approximate;
    QTest::newRow("typo fixed in the context")
        << replaced(b, QStringLiteral("would meet"), QStringLiteral("wuld meet")) << "Bergen" << 0 << b << "Bergen" << 0
        << AnchorMethod::ExactQuote;
    QTest::newRow("deleted passage is an orphan")
        << b << "Nordic Water Council" << 0 << replaced(b, QStringLiteral("Lindqvist said the Nordic Water Council would meet again in Bergen. "), {})
        << "" << 0 << AnchorMethod::Failed;
    QTest::newRow("short name elsewhere is not taken")
        << b << "Bergen" << 0
        << replaced(b, QStringLiteral("Lindqvist said the Nordic Water Council would meet again in Bergen. "), {})
               + QStringLiteral(" Ferries leave Bergen daily.")
        << "" << 0 << AnchorMethod::Failed;
    QTest::newRow("look-alike is not taken")
        << b << "Nordic Water Council" << 0
        << replaced(b, QStringLiteral("Lindqvist said the Nordic Water Council would meet again in Bergen. "), {})
               + QStringLiteral(" Separately, a Nordic Waters Councils forum was held.")
        << "" << 0 << AnchorMethod::Failed;

    const QString repeated = QStringLiteral("Anna Berg said the plan works. The minister agreed. Berg said nothing more.");
    QTest::newRow("recurring name with a little shared context is not taken")
        << repeated << "Berg" << 1 << replaced(repeated, QStringLiteral(" Berg said nothing more."), {}) << "" << 0
        << AnchorMethod::Failed;

    const QString twice = QStringLiteral("In Oslo the Council met. Later: ") + QStringLiteral("In Oslo the Council met.");
    QTest::newRow("duplicated passage keeps its copy")
        << twice << "Council" << 1 << QStringLiteral("Short intro. ") + twice << "Council" << 1
        << AnchorMethod::ExactQuote;
    QTest::newRow("duplicated passage, first removed")
        << twice << "Council" << 1 << replaced(twice, QStringLiteral("In Oslo the Council met. Later: "), QStringLiteral("Later: "))
        << "Council" << 0 << AnchorMethod::ExactQuote;

    const QString astral = QStringLiteral("😀 The 𝒜lpha Group met 😀😀 in Bergen on Monday. 𝒜lpha Group said yes.");
    QTest::newRow("astral, unchanged") << astral << "𝒜lpha Group" << 1 << astral << "𝒜lpha Group" << 1
                                       << AnchorMethod::Position;
    QTest::newRow("astral inserted before")
        << astral << "Bergen" << 0 << QStringLiteral("🎉🎉🎉 ") + astral << "Bergen" << 0 << AnchorMethod::ExactQuote;
    QTest::newRow("astral, typo fixed inside")
        << replaced(astral, QStringLiteral("𝒜lpha Group met"), QStringLiteral("𝒜lpah Group met")) << "𝒜lpah Group" << 0
        << QStringLiteral("🎉 ") + astral << "𝒜lpha Group" << 0 << AnchorMethod::Approximate;
    QTest::newRow("astral, removed")
        << astral << "Bergen" << 0 << replaced(astral, QStringLiteral(" in Bergen on Monday"), {}) << "" << 0
        << AnchorMethod::Failed;
}

void AnchoringTest::locate()
{
    QFETCH(QString, oldText);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(QString, newText);
    QFETCH(QString, expected);
    QFETCH(int, expectedOccurrence);
    QFETCH(AnchorMethod, method);
    const TextRange annotated = nth(oldText, quote, occurrence);
    QVERIFY(annotated.start >= 0);
    const TextAnchor anchor = makeAnchor(oldText, annotated);
    const Anchorer anchorer(newText);
    const AnchorResult result = anchorer.locate(anchor);
    QCOMPARE(result.method, method);
    if (expected.isEmpty()) {
        QVERIFY(!result.placed());
        return;
    }
    QCOMPARE(result.range, nth(newText, expected, expectedOccurrence));
}

void AnchoringTest::locate_withoutPosition()
{
    // A W3C tool that wrote only a TextQuoteSelector.
    TextAnchor anchor;
    anchor.exact = QStringLiteral("Tomas Berg");
    anchor.prefix = QStringLiteral("Bergen. ");
    anchor.suffix = QStringLiteral(" agreed");
    const AnchorResult result = Anchorer(Base).locate(anchor);
    QCOMPARE(result.method, AnchorMethod::ExactQuote);
    QCOMPARE(result.range, nth(Base, QStringLiteral("Tomas Berg"), 1));
}

void AnchoringTest::locate_hostilePositions()
{
    TextAnchor anchor = makeAnchor(Base, nth(Base, QStringLiteral("Bergen"), 0));
    const TextRange bergen = nth(Base, QStringLiteral("Bergen"), 0);
    for (const auto &[start, end] : {std::pair<qsizetype, qsizetype>{1LL << 40, (1LL << 40) + 6},
                                     {-9, -3},
                                     {50, 10},
                                     {Base.size(), Base.size() + 6}}) {
        anchor.start = start;
        anchor.end = end;
        const AnchorResult result = Anchorer(Base).locate(anchor);
        QVERIFY(result.placed());
        QCOMPARE(result.range, bergen);
    }
    TextAnchor empty;
    QVERIFY(!Anchorer(Base).locate(empty).placed());
    QVERIFY(!Anchorer(QString()).locate(anchor).placed());
}

void AnchoringTest::locate_farInLongText()
{
    // Long enough for the pair index, moved further than the local windows.
    QString filler;
    for (int i = 0; filler.size() < 100'000; ++i)
        filler += QStringLiteral("item %1 of the appendix; ").arg(i);
    const QString old = filler + Base + filler;
    const TextRange bergen = nth(old, QStringLiteral("Bergen"), 0);
    const TextRange in = nth(old, QStringLiteral("in"), 2); // a two-letter quote
    const QString moved = filler + filler + Base + filler;
    const Anchorer anchorer(moved);
    const AnchorResult far = anchorer.locate(makeAnchor(old, bergen));
    QCOMPARE(far.method, AnchorMethod::ExactQuote);
    QCOMPARE(far.range, nth(moved, QStringLiteral("Bergen"), 0));
    const AnchorResult shortQuote = anchorer.locate(makeAnchor(old, in));
    QCOMPARE(shortQuote.method, AnchorMethod::ExactQuote);
    QCOMPARE(moved.mid(shortQuote.range.start - 10, 30), old.mid(in.start - 10, 30));
    // Gone from the long text: an orphan, even though "Bergen"-like words abound.
    const QString gone = QString(moved).replace(QStringLiteral("Bergen"), QStringLiteral("Bergamo"));
    QVERIFY(!Anchorer(gone).locate(makeAnchor(old, bergen)).placed());
    // Without a position, the index gives every occurrence.
    TextAnchor quoteOnly = makeAnchor(old, bergen);
    quoteOnly.start = quoteOnly.end = -1;
    QCOMPARE(anchorer.locate(quoteOnly).range, far.range);
}

void AnchoringTest::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal") << "Bergen" << "Bergen" << 3 << 0;
    QTest::newRow("substitution") << "Bergen" << "Bergan" << 3 << 1;
    QTest::newRow("transposition") << "Lindqvist" << "Lindqvsit" << 3 << 1;
    QTest::newRow("insertion and deletion") << "Water" << "Wter!" << 3 << 2;
    QTest::newRow("over the limit") << "abcdef" << "uvwxyz" << 2 << 3;
    QTest::newRow("lengths too far apart") << "a" << "abcdefgh" << 3 << 4;
    QTest::newRow("empty") << "" << "abc" << 5 << 3;
}

void AnchoringTest::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, limit);
    QFETCH(int, expected);
    QCOMPARE(boundedEditDistance(a, b, limit), expected);
    QCOMPARE(boundedEditDistance(b, a, limit), expected);
}

QTEST_GUILESS_MAIN(AnchoringTest)
#include "anchoring_test.moc"
