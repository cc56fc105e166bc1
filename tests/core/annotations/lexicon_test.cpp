// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "annotations/lexicon.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class LexiconTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void match_data();
    void match();
    void editing();
    void saveLoad_roundTrip();
    void loadMissing_isEmptyAndOk();
    void loadBroken_isNeverOverwritten();
    void defaultPath_isPerUser();
    void loadTooLarge_refusedUnreadAndKept();
};

void LexiconTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void LexiconTest::match_data()
{
    QTest::addColumn<QStringList>("entries"); // "text=TYPE"
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "start:text:TYPE"
    QTest::newRow("whole words only")
        << QStringList{QStringLiteral("Berg=PERSON")} << QStringLiteral("Berg met Bergen and Ahlberg; Berg.")
        << QStringList{QStringLiteral("0:Berg:PERSON"), QStringLiteral("29:Berg:PERSON")};
    QTest::newRow("longest wins")
        << QStringList{QStringLiteral("Nordic=LOCATION"), QStringLiteral("Nordic Water Council=ORGANIZATION")}
        << QStringLiteral("The Nordic Water Council and the Nordic states.")
        << QStringList{QStringLiteral("4:Nordic Water Council:ORGANIZATION"), QStringLiteral("33:Nordic:LOCATION")};
    QTest::newRow("case-sensitive") << QStringList{QStringLiteral("Oslo=LOCATION")} << QStringLiteral("oslo OSLO")
                                    << QStringList{};
    QTest::newRow("starts with a symbol")
        << QStringList{QStringLiteral("#Accord=DOCUMENT")} << QStringLiteral("See #Accord, not #Accords.")
        << QStringList{QStringLiteral("4:#Accord:DOCUMENT")};
    QTest::newRow("astral neighbours")
        << QStringList{QStringLiteral("Kraków=LOCATION")} << QStringLiteral("😀Kraków😀 𝒜Kraków")
        << QStringList{QStringLiteral("2:Kraków:LOCATION")};
    QTest::newRow("empty text") << QStringList{QStringLiteral("A=B")} << QString() << QStringList{};
}

void LexiconTest::match()
{
    QFETCH(QStringList, entries);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    Lexicon lexicon;
    for (const QString &e : std::as_const(entries))
        QVERIFY(lexicon.add({e.section(u'=', 0, 0), e.section(u'=', 1)}));
    QStringList got;
    for (const Entity &e : lexicon.match(text)) {
        QCOMPARE(e.origin, Origin::Lexicon);
        got.append(QString::number(e.range.start) + u':' + text.mid(e.range.start, e.range.length()) + u':' + e.type);
    }
    QCOMPARE(got, expected);
}

void LexiconTest::editing()
{
    Lexicon lexicon;
    QVERIFY(lexicon.add({QStringLiteral("Oslo"), QStringLiteral("LOCATION")}));
    QVERIFY(!lexicon.add({QStringLiteral("Oslo"), QStringLiteral("LOCATION")}));
    QVERIFY(lexicon.add({QStringLiteral("Oslo"), QStringLiteral("CITY")})); // retypes
    QCOMPARE(lexicon.entries().size(), 1);
    QCOMPARE(lexicon.entries().first().type, QStringLiteral("CITY"));
    QVERIFY(!lexicon.add({QStringLiteral("  "), QStringLiteral("CITY")}));
    QVERIFY(!lexicon.add({QStringLiteral("Bergen"), QString()}));
    QVERIFY(lexicon.add({QStringLiteral("Bergen"), QStringLiteral("CITY")}));
    QVERIFY(!lexicon.setEntry(1, {QStringLiteral("Oslo"), QStringLiteral("CITY")})); // would duplicate
    QVERIFY(lexicon.setEntry(1, {QStringLiteral("Bergen Port"), QStringLiteral("PLACE")}));
    QCOMPARE(lexicon.match(QStringLiteral("Bergen Port")).size(), 1);
    QVERIFY(!lexicon.setEntry(7, {QStringLiteral("X"), QStringLiteral("Y")}));
    QVERIFY(lexicon.remove(QStringLiteral("Oslo")));
    QVERIFY(!lexicon.remove(QStringLiteral("Oslo")));
    QCOMPARE(lexicon.indexOf(QStringLiteral("Bergen Port")), 0);
    QVERIFY(lexicon.match(QStringLiteral("Oslo")).isEmpty());
}

void LexiconTest::saveLoad_roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/lexicon.json"));
    Lexicon lexicon;
    lexicon.add({QStringLiteral("Ilse Varnholt"), QStringLiteral("PERSON")});
    lexicon.add({QStringLiteral("Ünal 😀"), QStringLiteral("MASCOT")});
    QString error;
    QVERIFY2(lexicon.save(path, &error), qPrintable(error));
    Lexicon again;
    QCOMPARE(again.load(path).status, Lexicon::LoadResult::Status::Ok);
    QCOMPARE(again.entries(), lexicon.entries());
}

void LexiconTest::loadMissing_isEmptyAndOk()
{
    QTemporaryDir dir;
    Lexicon lexicon;
    lexicon.add({QStringLiteral("A"), QStringLiteral("B")});
    const Lexicon::LoadResult r = lexicon.load(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(r.ok());
    QCOMPARE(r.status, Lexicon::LoadResult::Status::Missing);
    QVERIFY(lexicon.isEmpty());
}

void LexiconTest::loadBroken_isNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lexicon.json"));
    const QByteArray broken = "{\"annalist:lexicon\": 1, \"entries\": [";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(broken);
    }
    Lexicon lexicon;
    const Lexicon::LoadResult r = lexicon.load(path);
    QCOMPARE(r.status, Lexicon::LoadResult::Status::Invalid);
    QVERIFY(r.message.contains(u"lexicon.json"));
    lexicon.add({QStringLiteral("A"), QStringLiteral("B")});
    QString error;
    QVERIFY(!lexicon.save(path, &error));
    QVERIFY(!error.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), broken);
    f.close();
    lexicon.discardBrokenFile();
    QVERIFY(lexicon.save(path, &error));
    QCOMPARE(Lexicon().load(path).status, Lexicon::LoadResult::Status::Ok);
}

void LexiconTest::defaultPath_isPerUser()
{
    const QString path = Lexicon::defaultPath();
    QVERIFY(path.endsWith(u"/lexicon.json"));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void LexiconTest::loadTooLarge_refusedUnreadAndKept()
{
    // Sparse files (they cost no disk): a lexicon padded one byte past the
    // limit and a 3 GB one are refused by their size alone and never overwritten.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lexicon.json"));
    const QByteArray start = R"({"annalist:lexicon": 1, "entries": [{"text": "Aldmoor", "type": "PLACE"}]})";
    for (const qint64 size : {Lexicon::MaxFileBytes + 1, 3LL * 1024 * 1024 * 1024}) {
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(start), start.size());
            QVERIFY(f.resize(size));
        }
        Lexicon lexicon;
        const Lexicon::LoadResult r = lexicon.load(path);
        QCOMPARE(r.status, Lexicon::LoadResult::Status::TooLarge);
        QVERIFY(!r.ok());
        QVERIFY(r.message.contains(u"lexicon.json"));
        QVERIFY(r.message.contains(u"32 MB"));
        QVERIFY(lexicon.isEmpty());
        lexicon.add({QStringLiteral("A"), QStringLiteral("B")});
        QVERIFY(!lexicon.save(path));
        QCOMPARE(QFileInfo(path).size(), size);
    }
}

QTEST_GUILESS_MAIN(LexiconTest)
#include "lexicon_test.moc"
