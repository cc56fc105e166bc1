// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The shipped tagger and parser on invented sentences: the clause structure
// the timeline's labels rely on (main verb, subject, relative clause, which
// verb a date's phrase belongs to), and the splitting of the caller's words
// into the treebank's.

#include "syntax/syntaxmodel.h"

#include <QTest>

using namespace Annalist;
using namespace Annalist::Syntax;
using namespace Qt::StringLiterals;

namespace {

/// A sentence written with spaces between its words.
struct Sentence {
    QString text;
    QList<QStringView> words;
    Analysis analysis;

    explicit Sentence(const QString &t)
        : text(t)
    {
        for (const QStringView w : QStringView(text).split(u' ', Qt::SkipEmptyParts))
            words.append(w);
        analysis = Model::shared()->parse(words);
    }
    /// The index of the nth (from 0) occurrence of word.
    qsizetype at(QStringView word, int nth = 0) const
    {
        for (qsizetype i = 0; i < words.size(); ++i)
            if (words[i] == word && nth-- == 0)
                return i;
        return -1;
    }
    qsizetype headOf(QStringView word, int nth = 0) const
    {
        const qsizetype i = at(word, nth);
        return i < 0 ? -2 : analysis.nodes[i].head;
    }
    Node node(QStringView word, int nth = 0) const { return analysis.nodes.value(at(word, nth)); }
    /// The tree for a failure message: word/POS/head/relation.
    QByteArray dump() const
    {
        QString out;
        for (qsizetype i = 0; i < words.size(); ++i)
            out += QStringLiteral("%1:%2/%3/%4/%5 ")
                       .arg(i)
                       .arg(words[i])
                       .arg(posName(analysis.nodes[i].pos))
                       .arg(analysis.nodes[i].head)
                       .arg(analysis.nodes[i].relation);
        return out.toUtf8();
    }
};

bool isPredicate(Pos p)
{
    return p == Pos::VERB || p == Pos::AUX;
}

} // namespace

class SyntaxModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(Model::shared(), "the shipped syntax model does not load");
        QVERIFY(Model::shared()->header().contains(QLatin1StringView("sha256")));
    }

    void mainVerbIsTheRoot_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("verb");
        QTest::newRow("transitive") << "The Ostrel committee approved the new budget on Tuesday ." << "approved";
        QTest::newRow("passive") << "The bridge over the Tamsin was opened in 1931 ." << "opened";
        QTest::newRow("intransitive") << "Veska Dorn resigned last week ." << "resigned";
        QTest::newRow("fronted date") << "In May 2004 , ten countries joined the union ." << "joined";
        QTest::newRow("relative clause first")
            << "The minister , who signed the accord in 1998 , resigned in 2003 ." << "resigned";
    }
    void mainVerbIsTheRoot()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, verb);
        const Sentence s(sentence);
        QVERIFY2(s.analysis.root() == s.at(verb), s.dump().constData());
        QVERIFY2(isPredicate(s.node(verb).pos), s.dump().constData());
        QCOMPARE(s.node(verb).relation, QLatin1StringView("root"));
    }

    void subjectAttachesToItsVerb_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("verb");
        QTest::newRow("simple") << "The council voted to rename the capital ." << "council" << "voted";
        // A name's first word is its head, as in the treebank.
        QTest::newRow("name") << "Harlan Voss signed the charter in Pellow ." << "Harlan" << "signed";
        QTest::newRow("second clause")
            << "The council voted in March , and the treaty entered into force in June ." << "treaty" << "entered";
        QTest::newRow("passive") << "The company , founded in 1987 , was sold in 2001 ." << "company" << "sold";
        QTest::newRow("pronoun") << "She founded the company in 1987 ." << "She" << "founded";
    }
    void subjectAttachesToItsVerb()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, subject);
        QFETCH(QString, verb);
        const Sentence s(sentence);
        QVERIFY2(s.headOf(subject) == s.at(verb), s.dump().constData());
        QVERIFY2(s.node(subject).relation.startsWith(QLatin1StringView("nsubj")), s.dump().constData());
    }

    void relativeClauseAttachesToItsNoun()
    {
        const Sentence s(QStringLiteral("The minister , who signed the accord in 1998 , resigned in 2003 ."));
        QVERIFY2(s.analysis.root() == s.at(u"resigned"), s.dump().constData());
        QVERIFY2(s.headOf(u"minister") == s.at(u"resigned"), s.dump().constData());
        QVERIFY2(s.headOf(u"signed") == s.at(u"minister"), s.dump().constData());
        QVERIFY2(s.node(u"signed").relation == QLatin1StringView("acl:relcl"), s.dump().constData());
        QVERIFY2(s.headOf(u"who") == s.at(u"signed"), s.dump().constData());
        // Each date belongs to the verb of its own clause.
        QVERIFY2(s.headOf(u"1998") == s.at(u"signed"), s.dump().constData());
        QVERIFY2(s.headOf(u"2003") == s.at(u"resigned"), s.dump().constData());
        QVERIFY2(!s.analysis.dominates(s.at(u"signed"), s.at(u"2003")), s.dump().constData());
    }

    void dateAttachesToTheVerbOfItsClause_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<int>("nthVerb");
        const QString coordinated =
            QStringLiteral("The council voted in March , and the treaty entered into force in June .");
        QTest::newRow("coordinated clauses, first") << coordinated << "March" << "voted" << 0;
        QTest::newRow("coordinated clauses, second") << coordinated << "June" << "entered" << 0;
        const QString shared = QStringLiteral("The ministers met in Carvel in March and signed the treaty in June .");
        QTest::newRow("coordinated predicates, first") << shared << "March" << "met" << 0;
        QTest::newRow("coordinated predicates, second") << shared << "June" << "signed" << 0;
        const QString whileClause = QStringLiteral("Tavrin joined the league in 1998 , while Orlessa joined in 2004 .");
        QTest::newRow("while, main") << whileClause << "1998" << "joined" << 0;
        QTest::newRow("while, subordinate") << whileClause << "2004" << "joined" << 1;
        const QString participle = QStringLiteral("The company , founded in 1987 , was sold in 2001 .");
        QTest::newRow("participle") << participle << "1987" << "founded" << 0;
        QTest::newRow("participle, main") << participle << "2001" << "sold" << 0;
    }
    void dateAttachesToTheVerbOfItsClause()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, date);
        QFETCH(QString, verb);
        QFETCH(int, nthVerb);
        const Sentence s(sentence);
        QVERIFY2(s.headOf(date) == s.at(verb, nthVerb), s.dump().constData());
        QVERIFY2(s.node(date).relation.startsWith(QLatin1StringView("obl")), s.dump().constData());
    }

    void eachDateHasItsClauseAndSubject_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<int>("nthClause");
        QTest::addColumn<QString>("subject");
        const QString relative = QStringLiteral("The minister , who signed the accord in 1998 , resigned in 2003 .");
        QTest::newRow("relative clause") << relative << "1998" << "signed" << 0 << "who";
        QTest::newRow("main clause") << relative << "2003" << "resigned" << 0 << "minister";
        const QString shared = QStringLiteral("The ministers met in Carvel in March and signed the treaty in June .");
        QTest::newRow("first predicate") << shared << "March" << "met" << 0 << "ministers";
        QTest::newRow("second predicate, shared subject") << shared << "June" << "signed" << 0 << "ministers";
        const QString participle = QStringLiteral("The company , founded in 1987 , was sold in 2001 .");
        QTest::newRow("participle: the noun it describes") << participle << "1987" << "founded" << 0 << "company";
        QTest::newRow("passive main clause") << participle << "2001" << "sold" << 0 << "company";
        const QString whileClause = QStringLiteral("Tavrin joined the league in 1998 , while Orlessa joined in 2004 .");
        QTest::newRow("while-clause") << whileClause << "2004" << "joined" << 1 << "Orlessa";
    }
    void eachDateHasItsClauseAndSubject()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, date);
        QFETCH(QString, clause);
        QFETCH(int, nthClause);
        QFETCH(QString, subject);
        const Sentence s(sentence);
        const qsizetype c = s.analysis.clauseOf(s.at(date));
        QVERIFY2(c == s.at(clause, nthClause), s.dump().constData());
        QVERIFY2(s.analysis.subjectOf(c) == s.at(subject), s.dump().constData());
    }

    void clausesOfAHandMadeTree()
    {
        // "Vela was ready in May": the adjective with a copula heads the clause.
        Analysis a;
        a.nodes = {{Pos::PROPN, 2, QLatin1StringView("nsubj")},
                   {Pos::AUX, 2, QLatin1StringView("cop")},
                   {Pos::ADJ, -1, QLatin1StringView("root")},
                   {Pos::ADP, 4, QLatin1StringView("case")},
                   {Pos::PROPN, 2, QLatin1StringView("obl")}};
        QCOMPARE(a.clauseOf(4), 2);
        QCOMPARE(a.subjectOf(2), 0);
        QVERIFY(!a.headsClause(4));
        QCOMPARE(a.clauseOf(-1), -1);
        QCOMPARE(a.subjectOf(7), -1);
        // A cycle (never made by the parser) does not hang the walk.
        Analysis broken;
        broken.nodes = {{Pos::NOUN, 1, QLatin1StringView("nmod")}, {Pos::NOUN, 0, QLatin1StringView("nmod")}};
        QCOMPARE(broken.clauseOf(0), -1);
        QVERIFY(!broken.dominates(5, 0));
    }

    void cliticsAndHyphensAreSplitAsInTheTreebank()
    {
        // One word each for the caller; the treebank's parts inside.
        const Sentence s(QStringLiteral("The mayor didn't sign Anna's long-term plan ."));
        QCOMPARE(s.analysis.nodes.size(), s.words.size());
        QVERIFY2(s.analysis.root() == s.at(u"sign"), s.dump().constData());
        QVERIFY2(s.node(u"didn't").pos == Pos::AUX, s.dump().constData());
        QVERIFY2(s.headOf(u"didn't") == s.at(u"sign"), s.dump().constData());
        QVERIFY2(s.node(u"Anna's").pos == Pos::PROPN, s.dump().constData());
        QVERIFY2(s.headOf(u"Anna's") == s.at(u"plan"), s.dump().constData());
        QVERIFY2(s.node(u"Anna's").relation == QLatin1StringView("nmod:poss"), s.dump().constData());
        QVERIFY2(s.headOf(u"long-term") == s.at(u"plan"), s.dump().constData());

        std::vector<QString> pieces;
        std::vector<qsizetype> owner;
        const QString text = QStringLiteral("can't won\u2019t cannot they're Anna's long-term 713-555-0100 -");
        QList<QStringView> words;
        for (const QStringView w : QStringView(text).split(u' '))
            words.append(w);
        splitWords(words, pieces, owner);
        const std::vector<QString> expected{u"ca"_s,   u"n't"_s, u"wo"_s,   u"n't"_s,  u"can"_s,
                                            u"not"_s,  u"they"_s, u"'re"_s, u"Anna"_s, u"'s"_s,
                                            u"long"_s, u"-"_s,    u"term"_s, u"713-555-0100"_s, u"-"_s};
        QCOMPARE(pieces, expected);
        const std::vector<qsizetype> owners{0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6, 7};
        QCOMPARE(owner, owners);
    }

    void sentenceWordsSplitsPunctuationAsTheTreebankDoes()
    {
        const QString text = QStringLiteral(
            "\"We won't wait,\" said Mr. Dane (of Pell Co.) in the U.S. on 3.5 % of $1,000... M. Orr's e-mail?!");
        QStringList words;
        const QList<QStringView> views = sentenceWords(text);
        for (const QStringView w : views)
            words.append(w.toString());
        const QStringList expected{u"\""_s,  u"We"_s,    u"won't"_s, u"wait"_s, u","_s,   u"\""_s,   u"said"_s,
                                   u"Mr."_s,  u"Dane"_s,  u"("_s,     u"of"_s,   u"Pell"_s, u"Co."_s,   u")"_s,
                                   u"in"_s,   u"the"_s,   u"U.S."_s,  u"on"_s,   u"3.5"_s,  u"%"_s,     u"of"_s,
                                   u"$"_s,    u"1,000"_s, u"..."_s,   u"M."_s,   u"Orr's"_s, u"e-mail"_s, u"?"_s,
                                   u"!"_s};
        QCOMPARE(words, expected);
        // Views into the text: offsets come for free.
        QCOMPARE(views[1].data() - text.data(), 1);
        QVERIFY(sentenceWords(u"  ").isEmpty());
        // The last full stop of a sentence is a word of its own.
        QCOMPARE(sentenceWords(u"It rained.").last(), u"."_s);
    }

    void everyAnalysisIsOneTree()
    {
        const QStringList sentences{
            QStringLiteral("The Ostrel committee approved the new budget on Tuesday ."),
            QStringLiteral("\" No , \" said Pell ."),
            QStringLiteral("Signed in Varrow in 1992 , the accord entered into force on 1 November 1993 ."),
            QStringLiteral("- - ( ) ."),
            QStringLiteral("Quietly"),
        };
        for (const QString &text : sentences) {
            const Sentence s(text);
            qsizetype roots = 0;
            for (qsizetype i = 0; i < s.words.size(); ++i) {
                roots += s.analysis.nodes[i].head < 0;
                QVERIFY2(s.analysis.nodes[i].head < s.words.size(), s.dump().constData());
                QVERIFY2(s.analysis.dominates(s.analysis.root(), i), s.dump().constData()); // no cycle
                QVERIFY2(!s.analysis.nodes[i].relation.isEmpty(), s.dump().constData());
            }
            QCOMPARE(roots, 1);
        }
        QVERIFY(Model::shared()->parse({}).nodes.isEmpty());
        // Empty words (a caller's slip) still make one tree.
        const Analysis empty = Model::shared()->parse({QStringView(), QStringView()});
        QCOMPARE(empty.root(), 0);
        QCOMPARE(empty.nodes[1].head, 0);
        QCOMPARE(Model::shared()->tag({}).size(), 0);
    }

    void tagAgreesWithParse()
    {
        const Sentence s(QStringLiteral("The senators haven't voted on Telmar's long-awaited reform yet ."));
        const QList<Pos> tags = Model::shared()->tag(s.words);
        QCOMPARE(tags.size(), s.words.size());
        for (qsizetype i = 0; i < s.words.size(); ++i)
            QVERIFY2(tags[i] == s.analysis.nodes[i].pos || s.words[i].contains(u'-'), s.dump().constData());
    }

    void brokenFilesAreRefused()
    {
        Model m;
        QVERIFY(!m.load(QByteArray("not a model")).isEmpty());
        QVERIFY(!m.isValid());
        QByteArray cut = QByteArray::fromRawData(reinterpret_cast<const char *>(Model::shared()), 0);
        QVERIFY(!m.load(cut).isEmpty());
        QVERIFY(m.parse({u"Hello"}).nodes.size() == 1); // an invalid model still answers, with nothing known
    }
};

QTEST_GUILESS_MAIN(SyntaxModelTest)
#include "syntaxmodel_test.moc"
