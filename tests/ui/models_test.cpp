// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "entitymodel.h"
#include "legendbar.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "article/loader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFontMetricsF>
#include <QTest>
#include <QToolButton>

using namespace Annalist;
using namespace Qt::StringLiterals;

class ModelsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeline_passesModelTesterAndShowsPrecision();
    void timeline_marksEventsOfTheCursorSentence();
    void entities_groupAliasesAndCount();
    void entities_groupSpellingsThatDifferOnlyInCase();
    void entitiesAndLegend_nameTypesAlikeAndSayWhatTheyCount();
    void timelineChips_showWholeNamesThatFit();
};

static Article article()
{
    Article a;
    a.text = QStringLiteral("Ilse Varnholt spoke in 1999. CORW met. Later Varnholt left the Council on Riverways (CORW) "
                            "on 14 September 1999.");
    segmentArticle(a);
    return a;
}

static Entity entity(const Article &a, const QString &text, QLatin1StringView type, int nth = 0,
                     const QString &canonical = {})
{
    qsizetype i = -1;
    for (int k = 0; k <= nth; ++k)
        i = a.text.indexOf(text, i + 1);
    Entity e;
    e.range = {i, i + text.size()};
    e.type = type;
    e.canonical = canonical;
    return e;
}

void ModelsTest::timeline_passesModelTesterAndShowsPrecision()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Article a = article();
    TimelineEvent year;
    year.date = QStringLiteral("1999");
    year.label = QStringLiteral("Ilse Varnholt spoke");
    year.sentence = a.sentences[0];
    TimelineEvent day;
    day.date = QStringLiteral("1999-09-14");
    day.label = QStringLiteral("Varnholt left");
    day.sentence = a.sentences[2];
    day.entities = {QStringLiteral("Ilse Varnholt")};
    // "over the weekend", as the tagger resolves it: the weekend's days, not the value's code.
    TimelineEvent weekend;
    weekend.date = QStringLiteral("2025-W42-WE");
    weekend.label = QStringLiteral("Volunteers served meals");
    weekend.sentence = a.sentences[1];
    model.setTimeline(a, {year, day, weekend});
    QCOMPARE(model.rowCount(), 3);
    const QString weekendText = model.index(2).data(TimelineModel::DateTextRole).toString();
    QVERIFY2(weekendText.contains(u"18") && weekendText.contains(u"19") && weekendText.endsWith(u"2025"),
             qPrintable(weekendText));
    QVERIFY(model.index(2).data(TimelineModel::NewYearRole).toBool());
    QCOMPARE(model.index(0).data(TimelineModel::DateTextRole).toString(), QStringLiteral("1999"));
    QVERIFY(model.index(1).data(TimelineModel::DateTextRole).toString().startsWith(QStringLiteral("14 ")));
    QVERIFY(model.index(0).data(TimelineModel::NewYearRole).toBool());
    QVERIFY(!model.index(1).data(TimelineModel::NewYearRole).toBool());
    QCOMPARE(model.index(1).data(TimelineModel::EntitiesRole).toStringList(), QStringList{QStringLiteral("Ilse Varnholt")});
    model.setTimeline(a, {});
    QCOMPARE(model.rowCount(), 0);
}

void ModelsTest::timeline_marksEventsOfTheCursorSentence()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Article a = article();
    TimelineEvent e1;
    e1.date = QStringLiteral("1999");
    e1.sentence = a.sentences[0];
    TimelineEvent e2;
    e2.date = QStringLiteral("1999-09-14");
    e2.sentence = a.sentences[2];
    model.setTimeline(a, {e1, e2});
    model.markPosition(a.sentences[2].start + 3);
    QCOMPARE(model.markedRows(), QList<int>{1});
    model.markPosition(a.sentences[0].start);
    QCOMPARE(model.markedRows(), QList<int>{0});
    model.markPosition(-1);
    QVERIFY(model.markedRows().isEmpty());
}

void ModelsTest::entities_groupAliasesAndCount()
{
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Article a = article();
    EntityList list{
        entity(a, QStringLiteral("Ilse Varnholt"), EntityTypes::Person),
        entity(a, QStringLiteral("CORW"), EntityTypes::Organization, 0, QStringLiteral("Council on Riverways")),
        entity(a, QStringLiteral("Varnholt"), EntityTypes::Person, 1, QStringLiteral("Ilse Varnholt")),
        entity(a, QStringLiteral("Council on Riverways"), EntityTypes::Organization),
        entity(a, QStringLiteral("CORW"), EntityTypes::Organization, 1, QStringLiteral("Council on Riverways")),
    };
    std::sort(list.begin(), list.end(), [](const Entity &x, const Entity &y) { return x.range.start < y.range.start; });
    model.setEntities(a, list, {QStringLiteral("PERSON"), QStringLiteral("ORGANIZATION"), QStringLiteral("LOCATION")});
    QCOMPARE(model.rowCount(), 2); // empty types stay out
    const QModelIndex people = model.index(0, 0);
    QCOMPARE(people.data(EntityModel::TypeRole).toString(), QStringLiteral("PERSON"));
    QCOMPARE(model.rowCount(people), 1);
    const QModelIndex varnholt = model.index(0, 0, people);
    QCOMPARE(varnholt.data(EntityModel::NameRole).toString(), QStringLiteral("Ilse Varnholt"));
    QCOMPARE(varnholt.data(EntityModel::CountRole).toInt(), 2);
    QCOMPARE(varnholt.data(EntityModel::AliasesRole).toStringList(), QStringList{QStringLiteral("Varnholt")});
    const QModelIndex orgs = model.index(1, 0);
    const QModelIndex council = model.index(0, 0, orgs);
    QCOMPARE(council.data(EntityModel::NameRole).toString(), QStringLiteral("Council on Riverways"));
    QCOMPARE(council.data(EntityModel::CountRole).toInt(), 3);
    const QList<TextRange> occ = model.occurrences(council);
    QCOMPARE(occ.size(), 3);
    QVERIFY(occ[0].start < occ[1].start && occ[1].start < occ[2].start);
    QCOMPARE(model.indexForRange(occ[1]), council);
}

void ModelsTest::entities_groupSpellingsThatDifferOnlyInCase()
{
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Article a;
    a.text = QStringLiteral("ASTANA, Kazakhstan. Experts met in Astana.");
    segmentArticle(a);
    EntityList list{entity(a, QStringLiteral("ASTANA"), EntityTypes::Location),
                    entity(a, QStringLiteral("Kazakhstan"), EntityTypes::Location),
                    entity(a, QStringLiteral("Astana"), EntityTypes::Location)};
    model.setEntities(a, list, {QStringLiteral("LOCATION")});
    const QModelIndex places = model.index(0, 0);
    QCOMPARE(model.rowCount(places), 2);
    const QModelIndex astana = model.index(0, 0, places);
    QCOMPARE(astana.data(EntityModel::NameRole).toString(), QStringLiteral("Astana"));
    QCOMPARE(astana.data(EntityModel::CountRole).toInt(), 2);
    QCOMPARE(astana.data(EntityModel::AliasesRole).toStringList(), QStringList{QStringLiteral("ASTANA")});
}

// The legend counts mentions, the entity list names: each says which, and
// both call a type by the same name.
void ModelsTest::entitiesAndLegend_nameTypesAlikeAndSayWhatTheyCount()
{
    Article a;
    a.text = QStringLiteral("Velmar and Orsk signed. Velmar agreed, Velmar paid.");
    segmentArticle(a);
    EntityList list {entity(a, QStringLiteral("Velmar"), EntityTypes::Location, 0),
        entity(a, QStringLiteral("Orsk"), EntityTypes::Location),
        entity(a, QStringLiteral("Velmar"), EntityTypes::Location, 1),
        entity(a, QStringLiteral("Velmar"), EntityTypes::Location, 2)};
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntities(a, list, {QStringLiteral("LOCATION")});
    const QModelIndex places = model.index(0, 0);
    const QString row = places.data(Qt::DisplayRole).toString();
    QVERIFY2(
        row.startsWith(QStringLiteral("Place")) && row.contains(QStringLiteral("2 name")), qPrintable(row));
    QVERIFY2(places.data(Qt::ToolTipRole).toString().contains(QStringLiteral("4 mention")),
        qPrintable(places.data(Qt::ToolTipRole).toString()));
    const QModelIndex velmar = model.index(0, 0, places);
    QVERIFY2(velmar.data(Qt::ToolTipRole).toString().contains(QStringLiteral("3 mention")),
        qPrintable(velmar.data(Qt::ToolTipRole).toString()));

    LegendBar legend;
    legend.setTypes({QStringLiteral("LOCATION")});
    legend.setCounts({{QStringLiteral("LOCATION"), 4}});
    const QList<QToolButton *> buttons = legend.findChildren<QToolButton *>();
    const auto button = std::find_if(buttons.cbegin(), buttons.cend(), [](const QToolButton *b) {
        return b->property("entityType").toString() == QStringLiteral("LOCATION");
    });
    QVERIFY(button != buttons.cend());
    QVERIFY2((*button)->text().startsWith(QStringLiteral("Place")), qPrintable((*button)->text()));
    QVERIFY2((*button)->toolTip().contains(QStringLiteral("4 mention")), qPrintable((*button)->toolTip()));
}

// A chip is sized for its name and must then show all of it, at any size
// of the font (whole-pixel widths rounded down had cut half the names).
void ModelsTest::timelineChips_showWholeNamesThatFit()
{
    const QStringList names{u"Mirna"_s, u"Oslo"_s, u"Tove Strand"_s, u"Kellbrook United"_s, u"Jörg"_s,
                            u"Wim"_s, u"Nordlys 7"_s, u"Ilse Varnholt"_s};
    QFont font = QApplication::font();
    for (qreal points = 7; points <= 14; points += 0.25) {
        font.setPointSizeF(points);
        for (const QString &name : names) {
            const int width = TimelineDelegate::chipWidth(font, name, 1000);
            QCOMPARE(TimelineDelegate::chipText(font, name, width), name);
        }
        // A name wider than the column is cut to fit, and says so.
        const QString longName = u"Fellowship of Riverside Allotment Holders and Beekeepers"_s;
        const int narrow = TimelineDelegate::chipWidth(font, longName, 120);
        QCOMPARE(narrow, 120);
        const QString shown = TimelineDelegate::chipText(font, longName, narrow);
        QVERIFY2(shown.endsWith(QChar(0x2026)) && shown.size() < longName.size(), qPrintable(shown));
        QVERIFY(QFontMetricsF(font).horizontalAdvance(shown) <= narrow - 12);
    }
}

QTEST_MAIN(ModelsTest)
#include "models_test.moc"
