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
            const int dr = c.red() - o.red(), dg = c.green() - o.green(), db = c.blue() - o.blue();
            QVERIFY2(dr * dr + dg * dg + db * db >= 40 * 40,
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

QTEST_GUILESS_MAIN(EntityPaletteTest)
#include "entitypalette_test.moc"
