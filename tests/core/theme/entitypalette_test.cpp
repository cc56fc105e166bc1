// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "theme/entitypalette.h"

#include <QTest>

using namespace Annalist;

class EntityPaletteTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyThemeTellsTypesApart_data();
    void everyThemeTellsTypesApart();
    void userTypeColourIsStable();
    void colourDifference_data();
    void colourDifference();
    void defaultFor_followsLightness();
};

void EntityPaletteTest::everyThemeTellsTypesApart_data()
{
    QTest::addColumn<QString>("theme");
    const QStringList names = EntityPalette::themeNames();
    QVERIFY(names.size() > 5);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

// Whatever theme the reader picks, each built-in type has a colour of its
// own that stands out from the page and from ordinary text.
void EntityPaletteTest::everyThemeTellsTypesApart()
{
    QFETCH(QString, theme);
    const EntityPalette p = EntityPalette::fromThemeName(theme);
    QCOMPARE(p.themeName, theme);
    const QStringList types = EntityPalette::builtinTypes();
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QColor c = p.color(types[i]);
        QVERIFY2(c.isValid(), qPrintable(types[i]));
        QVERIFY2(c != p.foreground, qPrintable(types[i] + u" is painted like ordinary text"));
        QVERIFY2(qAbs(c.lightness() - p.background.lightness()) >= 40,
                 qPrintable(types[i] + u" hardly stands out from the page: " + c.name() + u" on " + p.background.name()));
        for (qsizetype k = 0; k < i; ++k) {
            const QColor o = p.color(types[k]);
            QVERIFY2(EntityPalette::colourDifference(c, o) >= EntityPalette::DistinctColours,
                     qPrintable(types[i] + u' ' + c.name() + u" looks like " + types[k] + u' ' + o.name()));
        }
    }
}

void EntityPaletteTest::userTypeColourIsStable()
{
    const EntityPalette a = EntityPalette::fromThemeName(QString());
    const EntityPalette b = EntityPalette::fromThemeName(QString());
    QCOMPARE(a.color(QStringLiteral("VESSEL")), b.color(QStringLiteral("VESSEL")));
    QVERIFY(a.color(QStringLiteral("VESSEL")) != a.color(QStringLiteral("TREATY_BODY")));
}

void EntityPaletteTest::colourDifference_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<bool>("distinct");
    QTest::newRow("same") << QColor(0x8f, 0x25, 0x8f) << QColor(0x8f, 0x25, 0x8f) << false;
    QTest::newRow("dark and light blue") << QColor(0x00, 0x57, 0xae) << QColor(0x00, 0x95, 0xff) << false;
    QTest::newRow("two golds") << QColor(0xe6, 0xb4, 0x50) << QColor(0xff, 0xb4, 0x54) << false;
    QTest::newRow("two yellows") << QColor(0xff, 0xd5, 0x80) << QColor(0xff, 0xcc, 0x66) << false;
    QTest::newRow("purple and blue") << QColor(0x64, 0x4a, 0x9b) << QColor(0x00, 0x57, 0xae) << true;
    QTest::newRow("brown and mustard") << QColor(0xaa, 0x55, 0x00) << QColor(0xb0, 0x80, 0x00) << true;
    QTest::newRow("blue and purple") << QColor(0x00, 0x57, 0xae) << QColor(0x8f, 0x25, 0x8f) << true;
    QTest::newRow("red and green") << QColor(0xbf, 0x03, 0x03) << QColor(0x00, 0x6e, 0x28) << true;
    QTest::newRow("orange and teal") << QColor(0xf6, 0x74, 0x00) << QColor(0x16, 0xa0, 0x85) << true;
}

// The measure behind the choice: what a reader takes for one colour is alike.
void EntityPaletteTest::colourDifference()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(bool, distinct);
    const double d = EntityPalette::colourDifference(a, b);
    QCOMPARE(EntityPalette::colourDifference(b, a), d);
    QVERIFY2((d >= EntityPalette::DistinctColours) == distinct, qPrintable(QString::number(d)));
}

QTEST_GUILESS_MAIN(EntityPaletteTest)
void EntityPaletteTest::defaultFor_followsLightness()
{
    const EntityPalette light = EntityPalette::defaultFor(false);
    const EntityPalette dark = EntityPalette::defaultFor(true);
    QVERIFY(light.isValid() && dark.isValid());
    QCOMPARE(light.themeName, EntityPalette::defaultLight().themeName);
    QVERIFY(light.background.lightness() >= 128);
    QVERIFY2(dark.background.lightness() < 128, qPrintable(dark.themeName + u" " + dark.background.name()));
    QVERIFY(light.themeName != dark.themeName);
}

#include "entitypalette_test.moc"
