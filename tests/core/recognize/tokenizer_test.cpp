// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recognize/tokenizer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

class TokenizerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data();
    void words();
    void shapes_data();
    void shapes();
    void gapPunctuation();
    void gapSpacesAndBreaks_data();
    void gapSpacesAndBreaks();
    void hashMatchesFoldedHash();
    void hashesOnRandomText();
};

void TokenizerTest::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // words joined by '|'

    QTest::newRow("plain") << QStringLiteral("Ilse Varnholt said.") << QStringLiteral("Ilse|Varnholt|said");
    QTest::newRow("hyphen joins") << QStringLiteral("Vel-Amar and then-President") << QStringLiteral("Vel-Amar|and|then-President");
    QTest::newRow("possessive split") << QStringLiteral("Dravenia's leader") << QStringLiteral("Dravenia|leader");
    QTest::newRow("typographic possessive") << QStringLiteral("Dravenia\u2019s leader") << QStringLiteral("Dravenia|leader");
    QTest::newRow("inner apostrophe") << QStringLiteral("Mirela d'Aventi") << QStringLiteral("Mirela|d'Aventi");
    QTest::newRow("dotted abbreviation") << QStringLiteral("the D.R. and L.A. today") << QStringLiteral("the|D.R.|and|L.A.|today");
    QTest::newRow("initial") << QStringLiteral("Oskar M. Tull") << QStringLiteral("Oskar|M.|Tull");
    QTest::newRow("sentence stop not kept") << QStringLiteral("in Velmora. Then") << QStringLiteral("in|Velmora|Then");
    QTest::newRow("brackets") << QStringLiteral("Ostrand (CORW) met") << QStringLiteral("Ostrand|CORW|met");
    QTest::newRow("numbers") << QStringLiteral("On 14 September 1999, 15 states") << QStringLiteral("On|14|September|1999|15|states");
    QTest::newRow("non-latin") << QStringLiteral("Zürich и Москва") << QStringLiteral("Zürich|и|Москва");
    QTest::newRow("ends in a lower-case word") << QStringLiteral("they met in velmora") << QStringLiteral("they|met|in|velmora");
    QTest::newRow("one lower-case word") << QStringLiteral("x") << QStringLiteral("x");
    QTest::newRow("empty") << QString() << QString();
}

void TokenizerTest::words()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QList<Word> tokens = tokenize(text);
    QStringList got;
    for (const Word &t : tokens)
        got.append(text.mid(t.start, t.length()));
    QCOMPARE(got.join(u'|'), expected);
}

void TokenizerTest::shapes_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("present");
    QTest::addColumn<int>("absent");

    QTest::newRow("capitalized") << QStringLiteral("Velmora") << int(Word::Capitalized) << int(Word::AllCaps | Word::Lowercase);
    QTest::newRow("all caps") << QStringLiteral("CORW") << int(Word::Capitalized | Word::AllCaps) << int(Word::Lowercase);
    QTest::newRow("camel case") << QStringLiteral("QuikChat") << int(Word::Capitalized | Word::InnerCaps) << int(Word::AllCaps);
    QTest::newRow("lower") << QStringLiteral("said") << int(Word::Lowercase) << int(Word::Capitalized);
    QTest::newRow("initial") << QStringLiteral("M.") << int(Word::Initial | Word::Capitalized) << int(Word::AllCaps);
    QTest::newRow("abbreviation") << QStringLiteral("D.R.") << int(Word::Abbreviation | Word::AllCaps) << int(Word::Initial);
    QTest::newRow("hyphenated") << QStringLiteral("Vel-Amar") << int(Word::Hyphenated | Word::Capitalized) << int(Word::InnerCaps);
    QTest::newRow("digits") << QStringLiteral("G20") << int(Word::HasDigit | Word::Capitalized) << int(Word::AllCaps);
}

void TokenizerTest::shapes()
{
    QFETCH(QString, word);
    QFETCH(int, present);
    QFETCH(int, absent);
    const QList<Word> tokens = tokenize(word);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().shape & present, present);
    QCOMPARE(tokens.first().shape & absent, 0);
}

void TokenizerTest::gapPunctuation()
{
    const QString text = QStringLiteral("first,\n\"Second\" (third)");
    const QList<Word> tokens = tokenize(text);
    QCOMPARE(tokens.size(), 3);
    QVERIFY(tokens.at(0).newlineBefore);
    QCOMPARE(tokens.at(1).gapPunct, u'"');
    QVERIFY(tokens.at(1).newlineBefore);
    QCOMPARE(tokens.at(2).gapPunct, u'(');
    QVERIFY(!tokens.at(2).newlineBefore);
}

void TokenizerTest::gapSpacesAndBreaks_data()
{
    QTest::addColumn<QString>("gap");
    QTest::addColumn<bool>("space");
    QTest::addColumn<bool>("newline");
    QTest::addColumn<int>("punct");
    QTest::newRow("space") << QStringLiteral(" ") << true << false << 0;
    QTest::newRow("tab") << QStringLiteral("\t") << true << false << 0;
    QTest::newRow("vertical tab") << QStringLiteral("\v") << true << false << 0;
    QTest::newRow("form feed") << QStringLiteral("\f") << true << false << 0;
    QTest::newRow("line feed") << QStringLiteral("\n") << true << true << 0;
    QTest::newRow("carriage return") << QStringLiteral("\r") << true << true << 0;
    QTest::newRow("paragraph separator") << QStringLiteral("\u2029") << true << true << 0;
    QTest::newRow("no-break space") << QStringLiteral("\u00a0") << true << false << 0;
    QTest::newRow("ideographic space") << QStringLiteral("\u3000") << true << false << 0;
    QTest::newRow("comma and space") << QStringLiteral(", ") << true << false << int(u',');
    QTest::newRow("break clears punctuation") << QStringLiteral(".\n") << true << true << 0;
    QTest::newRow("punctuation after break") << QStringLiteral("\n\"") << true << true << int(u'"');
    QTest::newRow("file separator is no space") << QStringLiteral("\x1c") << false << false << 0x1c;
    QTest::newRow("dash") << QStringLiteral("\u2014") << false << false << 0x2014;
    QTest::newRow("nothing but a hyphen") << QStringLiteral(" - ") << true << false << int(u'-');
}

// What the gap before a word says: a space, a line break, the last punctuation.
void TokenizerTest::gapSpacesAndBreaks()
{
    QFETCH(QString, gap);
    QFETCH(bool, space);
    QFETCH(bool, newline);
    QFETCH(int, punct);
    const QString text = u"one" + gap + u"two";
    const QList<Word> tokens = tokenize(text);
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens.at(1).spaceBefore, space);
    QCOMPARE(tokens.at(1).newlineBefore, newline);
    QCOMPARE(int(tokens.at(1).gapPunct), punct);
}

void TokenizerTest::hashMatchesFoldedHash()
{
    const QString text = QStringLiteral("VELMORA Velmora velmora D.R. Vel-Amar d\u2019Aventi");
    const QList<Word> tokens = tokenize(text);
    QCOMPARE(tokens.size(), 6);
    for (const Word &t : tokens)
        QCOMPARE(t.hash, foldedHash(QStringView(text).mid(t.start, t.length())));
    QCOMPARE(tokens.at(0).hash, tokens.at(1).hash);
    QCOMPARE(tokens.at(1).hash, tokens.at(2).hash);
    QCOMPARE(tokens.at(5).hash, foldedHash(u"d'aventi"));
}

// Every word's hash is its folded text's, and every word is a maximal run
// on text of long and short words of every kind.
void TokenizerTest::hashesOnRandomText()
{
    const QStringList pieces = {u"internationalization"_s, u"a"_s, u"Velmora"_s, u"UNESCO"_s, u"D.R."_s, u"then-President"_s,
                                u"Dravenia's"_s, u"d\u2019Aventi"_s, u"1999"_s, u"Zürich"_s, u"straßenbahn"_s,
                                u" "_s, u", "_s, u". "_s, u"\n"_s, u"-"_s, u"'"_s, u"abcdefghijklmnopq"_s};
    QRandomGenerator random(1127);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        for (int k = random.bounded(30); k > 0; --k)
            text += pieces.at(random.bounded(int(pieces.size())));
        const QList<Word> tokens = tokenize(text);
        for (const Word &t : tokens) {
            const QStringView word = QStringView(text).mid(t.start, t.length());
            if (t.hash != foldedHash(word))
                QFAIL(qPrintable(u"\""_s + word + u"\" in \""_s + text + u"\": hash differs"_s));
            if (t.start > 0 && text.at(t.start - 1).isLetterOrNumber())
                QFAIL(qPrintable(u"\""_s + word + u"\" in \""_s + text + u"\" starts inside a word"_s));
            // (An abbreviation keeps its last full stop even when a word follows: "D.R.Velmora".)
            if (t.end < text.size() && text.at(t.end).isLetterOrNumber() && !word.endsWith(u'.'))
                QFAIL(qPrintable(u"\""_s + word + u"\" in \""_s + text + u"\" ends inside a word"_s));
        }
    }
}

QTEST_GUILESS_MAIN(TokenizerTest)
#include "tokenizer_test.moc"
