// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "theme/entitytypeset.h"

#include "recognize/entity.h"
#include "theme/entitypalette.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class EntityTypeSetTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaults_haveKeysInLegendOrder();
    void normalizedName_data();
    void normalizedName();
    void userTypes_keysStayUnique();
    void saveLoad_roundTrip();
    void loadBroken_keepsDefaultsAndFile();
    void colors_reachThePalette();
    void loadTooLarge_refusedAtTheLimit();
};

void EntityTypeSetTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void EntityTypeSetTest::defaults_haveKeysInLegendOrder()
{
    const EntityTypeSet set;
    const QStringList builtins = EntityPalette::builtinTypes();
    QCOMPARE(set.types().size(), builtins.size());
    for (int i = 0; i < builtins.size(); ++i) {
        QCOMPARE(set.typeForKey(i + 1), builtins[i]);
        QVERIFY(set.types()[i].builtin);
        QVERIFY(!set.types()[i].color.isValid());
    }
    QVERIFY(set.typeForKey(0).isEmpty());
    QVERIFY(set.typeForKey(10).isEmpty());
    QVERIFY(set.type(QString(EntityTypes::Person)).has_value());
}

void EntityTypeSetTest::normalizedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "minister" << "MINISTER";
    QTest::newRow("spaces") << "  armed   group " << "ARMED_GROUP";
    QTest::newRow("non-latin") << "ministère" << "MINISTÈRE";
    QTest::newRow("blank") << "   " << "";
    QTest::newRow("too long") << QString(41, u'a') << "";
}

void EntityTypeSetTest::normalizedName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(EntityTypeSet::normalizedName(name), expected);
}

void EntityTypeSetTest::userTypes_keysStayUnique()
{
    EntityTypeSet set;
    const qsizetype builtins = set.types().size();
    QVERIFY(set.addUserType(QStringLiteral("minister"), QColor(Qt::red)));
    QCOMPARE(set.type(QStringLiteral("MINISTER"))->key, int(builtins + 1)); // the first free key
    QVERIFY(!set.addUserType(QStringLiteral("Minister"))); // taken
    QVERIFY(!set.addUserType(QStringLiteral(" ")));
    QVERIFY(set.addUserType(QStringLiteral("treaty body"), QColor(), -1));
    QCOMPARE(set.type(QStringLiteral("TREATY_BODY"))->key, 0);
    // Taking key 1 from PERSON.
    QVERIFY(set.setKey(QStringLiteral("TREATY_BODY"), 1));
    QCOMPARE(set.typeForKey(1), QStringLiteral("TREATY_BODY"));
    QCOMPARE(set.type(QString(EntityTypes::Person))->key, 0);
    QVERIFY(!set.setKey(QStringLiteral("TREATY_BODY"), 12));
    QVERIFY(!set.setKey(QStringLiteral("UNKNOWN"), 2));
    QVERIFY(!set.removeUserType(QString(EntityTypes::Person)));
    QVERIFY(set.removeUserType(QStringLiteral("TREATY_BODY")));
    QVERIFY(set.typeForKey(1).isEmpty());
    QVERIFY(set.setColor(QString(EntityTypes::Location), QColor(0x20, 0x60, 0xa0)));
    QVERIFY(!set.setColor(QString(EntityTypes::Location), QColor(0x20, 0x60, 0xa0)));
}

void EntityTypeSetTest::saveLoad_roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("types.json"));
    EntityTypeSet set;
    set.addUserType(QStringLiteral("minister"), QColor(0xc0, 0x30, 0x30));
    set.setKey(QStringLiteral("MINISTER"), 2);
    set.setColor(QString(EntityTypes::Date), QColor(0x10, 0x80, 0x10));
    QString error;
    QVERIFY2(set.save(path, &error), qPrintable(error));
    EntityTypeSet again;
    QCOMPARE(again.load(path).status, EntityTypeSet::LoadResult::Status::Ok);
    QCOMPARE(again.types(), set.types());
    QCOMPARE(EntityTypeSet().load(dir.filePath(QStringLiteral("none.json"))).status,
             EntityTypeSet::LoadResult::Status::Missing);
}

void EntityTypeSetTest::loadBroken_keepsDefaultsAndFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("types.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[1, 2");
    }
    EntityTypeSet set;
    set.addUserType(QStringLiteral("x"));
    const EntityTypeSet::LoadResult r = set.load(path);
    QCOMPARE(r.status, EntityTypeSet::LoadResult::Status::Invalid);
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(set.types(), EntityTypeSet().types());
    QVERIFY(!set.save(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("[1, 2"));
}

void EntityTypeSetTest::colors_reachThePalette()
{
    EntityTypeSet set;
    set.addUserType(QStringLiteral("minister"), QColor(0xc0, 0x30, 0x30));
    EntityPalette palette;
    set.applyColors(palette);
    QCOMPARE(palette.color(QStringLiteral("MINISTER")), QColor(0xc0, 0x30, 0x30));
}

void EntityTypeSetTest::loadTooLarge_refusedAtTheLimit()
{
    // A valid file padded with spaces to exactly the limit is read; one byte
    // more (a sparse file, which costs no disk) is refused unread and kept.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("types.json"));
    EntityTypeSet set;
    set.addUserType(QStringLiteral("harbour"));
    QVERIFY(set.save(path));
    QByteArray bytes;
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    bytes.append(QByteArray(EntityTypeSet::MaxFileBytes - bytes.size(), ' '));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    EntityTypeSet atLimit;
    QCOMPARE(atLimit.load(path).status, EntityTypeSet::LoadResult::Status::Ok);
    QVERIFY(atLimit.type(QStringLiteral("HARBOUR")).has_value());
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(EntityTypeSet::MaxFileBytes + 1));
    }
    EntityTypeSet over;
    const EntityTypeSet::LoadResult r = over.load(path);
    QCOMPARE(r.status, EntityTypeSet::LoadResult::Status::TooLarge);
    QVERIFY(r.message.contains(u"types.json"));
    QVERIFY(r.message.contains(u"1 MB"));
    QCOMPARE(over.types(), EntityTypeSet().types());
    QVERIFY(!over.save(path));
    QCOMPARE(QFileInfo(path).size(), EntityTypeSet::MaxFileBytes + 1);
}

QTEST_GUILESS_MAIN(EntityTypeSetTest)
#include "entitytypeset_test.moc"
