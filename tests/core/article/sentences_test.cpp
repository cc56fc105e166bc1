// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/sentences.h"

#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

class SentencesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void keepUntil();
    void onlyInsideTheParagraph();
};

void SentencesTest::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("plain") << u"One fell. Two rose! Did three? Yes."_s
                           << QStringList{u"One fell."_s, u"Two rose!"_s, u"Did three?"_s, u"Yes."_s};
    QTest::newRow("no final stop") << u"A headline without a stop"_s
                                   << QStringList{u"A headline without a stop"_s};
    QTest::newRow("titles before names")
        << u"Dr. Lena Hart met Gen. Omar Sy and Mr. Li. They spoke."_s
        << QStringList{u"Dr. Lena Hart met Gen. Omar Sy and Mr. Li."_s, u"They spoke."_s};
    QTest::newRow("dotted acronym inside a sentence")
        << u"The U.S. Senate and the U.N. Security Council met."_s
        << QStringList{u"The U.S. Senate and the U.N. Security Council met."_s};
    QTest::newRow("dotted acronym at the end")
        << u"Aid came from the U.S. The rest came later."_s
        << QStringList{u"Aid came from the U.S."_s, u"The rest came later."_s};
    QTest::newRow("month abbreviations before numbers")
        << u"It opens Sept. 9 and closes Jan. 12, 2026. Then it moves."_s
        << QStringList{u"It opens Sept. 9 and closes Jan. 12, 2026."_s, u"Then it moves."_s};
    QTest::newRow("No. before a number")
        << u"Resolution No. 2231 passed. No. It did not."_s
        << QStringList{u"Resolution No. 2231 passed."_s, u"No."_s, u"It did not."_s};
    QTest::newRow("initials") << u"John F. Kennedy and J. R. Tolkien wrote. Others read."_s
                              << QStringList{u"John F. Kennedy and J. R. Tolkien wrote."_s, u"Others read."_s};
    QTest::newRow("a regnal number ends a sentence before a word that starts one")
        << u"The bridge was opened by King Alaric V. The crowd cheered. Ilse V. Tarn and Ola X. Brem spoke."_s
        << QStringList{u"The bridge was opened by King Alaric V."_s, u"The crowd cheered."_s,
                       u"Ilse V. Tarn and Ola X. Brem spoke."_s};
    QTest::newRow("the pronoun I ends a sentence before a word that starts one")
        << u"Nobody saw the letter, not even I. It was lost."_s
        << QStringList{u"Nobody saw the letter, not even I."_s, u"It was lost."_s};
    QTest::newRow("decimals and versions") << u"Growth was 3.5 percent, up from 2.75. Prices fell 0.4%."_s
                                           << QStringList{u"Growth was 3.5 percent, up from 2.75."_s,
                                                          u"Prices fell 0.4%."_s};
    QTest::newRow("quotes after the stop")
        << u"\u201cWe agree.\u201d The talks ended. \"Fine,\" he said. \"Go.\" She left."_s
        << QStringList{u"\u201cWe agree.\u201d"_s, u"The talks ended."_s, u"\"Fine,\" he said."_s, u"\"Go.\""_s,
                       u"She left."_s};
    QTest::newRow("question in quotes followed by a lower-case verb")
        << u"\"Why now?\" she asked. He shrugged."_s
        << QStringList{u"\"Why now?\" she asked."_s, u"He shrugged."_s};
    QTest::newRow("brackets") << u"The fund (set up in 2001.) grew. (It was small.) Now it is large."_s
                              << QStringList{u"The fund (set up in 2001.) grew."_s, u"(It was small.)"_s,
                                             u"Now it is large."_s};
    QTest::newRow("e.g. and i.e.") << u"Some cities, e.g. Oslo, i.e. the capital, agreed."_s
                                   << QStringList{u"Some cities, e.g. Oslo, i.e. the capital, agreed."_s};
    QTest::newRow("a.m. before a lower-case word, then a new sentence")
        << u"It began at 9 a.m. local time. The end came at 5 p.m. The crowd left."_s
        << QStringList{u"It began at 9 a.m. local time."_s, u"The end came at 5 p.m."_s, u"The crowd left."_s};
    QTest::newRow("company abbreviations")
        << u"Acme Inc. said profits rose. It sold more to Bolt Corp. The deal closed."_s
        << QStringList{u"Acme Inc. said profits rose."_s, u"It sold more to Bolt Corp."_s, u"The deal closed."_s};
    QTest::newRow("ellipsis") << u"He waited\u2026 Then he spoke... and stopped... Nobody moved."_s
                              << QStringList{u"He waited\u2026"_s, u"Then he spoke... and stopped..."_s,
                                             u"Nobody moved."_s};
    QTest::newRow("several marks") << u"Really?! Yes. 2025 was a good year."_s
                                   << QStringList{u"Really?!"_s, u"Yes."_s, u"2025 was a good year."_s};
    QTest::newRow("lower-case after a stop does not split")
        << u"The approx. figure is 40. Then came more."_s
        << QStringList{u"The approx. figure is 40."_s, u"Then came more."_s};
    QTest::newRow("St. and Mt.") << u"They walked from St. Petersburg to Mt. Elbrus. It was far."_s
                                 << QStringList{u"They walked from St. Petersburg to Mt. Elbrus."_s, u"It was far."_s};
    QTest::newRow("non-Latin text") << u"\u0412\u0441\u0442\u0440\u0435\u0447\u0430 \u043f\u0440\u043e\u0448\u043b\u0430. \u0412\u0441\u0435 \u0443\u0448\u043b\u0438."_s
                                    << QStringList{u"\u0412\u0441\u0442\u0440\u0435\u0447\u0430 \u043f\u0440\u043e\u0448\u043b\u0430."_s,
                                                   u"\u0412\u0441\u0435 \u0443\u0448\u043b\u0438."_s};
    QTest::newRow("stop without a following space") << u"See example.org.Then nothing."_s
                                                     << QStringList{u"See example.org.Then nothing."_s};
    QTest::newRow("white space around") << u"   Padded.   Again.   "_s
                                        << QStringList{u"Padded."_s, u"Again."_s};
    QTest::newRow("only white space") << u"    "_s << QStringList();
}

void SentencesTest::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    QList<TextRange> out;
    splitSentences(text, {0, text.size()}, out);
    QStringList got;
    for (const TextRange &r : std::as_const(out))
        got.append(text.mid(r.start, r.length()));
    QCOMPARE(got, sentences);
}

void SentencesTest::keepUntil()
{
    const QString text = u"VIENNA, Austria, May 2. Ministers met. They agreed."_s;
    QList<TextRange> out;
    splitSentences(text, {0, text.size()}, out, 23);
    QCOMPARE(out.size(), 2);
    QCOMPARE(text.mid(out[0].start, out[0].length()), u"VIENNA, Austria, May 2. Ministers met."_s);
    out.clear();
    splitSentences(text, {0, text.size()}, out);
    QCOMPARE(out.size(), 3);
}

void SentencesTest::onlyInsideTheParagraph()
{
    const QString text = u"Before. Inside one. Inside two. After."_s;
    QList<TextRange> out;
    splitSentences(text, {8, 31}, out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0], (TextRange{8, 19}));
    QCOMPARE(out[1], (TextRange{20, 31}));
}

QTEST_GUILESS_MAIN(SentencesTest)
#include "sentences_test.moc"
