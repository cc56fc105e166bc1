// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "articleview.h"
#include "article/loader.h"
#include "entitymodel.h"

#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

using namespace Annalist;

class ArticleViewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void positions_roundTripThroughHeaderAndBreaks();
    void entities_highlightedInTheirTypeColour();
    void themeChange_recoloursHighlights();
    void hiddenType_isNotHighlighted();
    void headline_namesColouredAsInTheBody();
    void headline_wholeWordsAndTheBodysMajorityType();
    void onlyVisibleEntities_arePainted();
    void search_findsAllMatchesAndSteps();
    void flashRange_scrollsTheSentenceIntoView();
    void toolTip_namesTypeAndReason();
    void zoom_changesFontSize();

private:
    static Article makeArticle(const QString &text);
    /// An article with this title and text, shown in view.
    static Article showTitled(ArticleView &view, const QString &title, const QString &text);
};

Article ArticleViewTest::makeArticle(const QString &text)
{
    Article a;
    a.title = QStringLiteral("A title");
    a.date = QDate(2024, 10, 3);
    a.datelinePlace = QStringLiteral("ASTANA, Kazakhstan");
    a.text = text;
    segmentArticle(a);
    return a;
}

Article ArticleViewTest::showTitled(ArticleView &view, const QString &title, const QString &text)
{
    Article a = makeArticle(text);
    a.title = title;
    view.resize(800, 600);
    view.setArticle(a);
    return a;
}

void ArticleViewTest::positions_roundTripThroughHeaderAndBreaks()
{
    ArticleView view;
    const QString text = QStringLiteral("First paragraph here.\nSecond 😀 one.\nThird.");
    view.setArticle(makeArticle(text));
    const QString shown = view.toPlainText();
    for (qsizetype p = 0; p <= text.size(); ++p) {
        const qsizetype d = view.documentPosition(p);
        QCOMPARE(view.articlePosition(d), p);
        if (p < text.size() && text[p] != u'\n')
            QCOMPARE(shown[d], text[p]);
    }
    // Paragraphs are shown with an empty line between them.
    QVERIFY(shown.contains(QStringLiteral("here.\n\nSecond")));
    QCOMPARE(view.articlePosition(0), -1);
}

static EntityList sampleEntities(const QString &text)
{
    EntityList list;
    auto add = [&](const QString &needle, QLatin1StringView type) {
        const qsizetype i = text.indexOf(needle);
        Entity e;
        e.range = {i, i + needle.size()};
        e.type = type;
        e.why = QStringLiteral("test");
        list.append(e);
    };
    add(QStringLiteral("Astana"), EntityTypes::Location);
    add(QStringLiteral("Kairat Sarybay"), EntityTypes::Person);
    add(QStringLiteral("1999"), EntityTypes::Date);
    std::sort(list.begin(), list.end(), [](const Entity &a, const Entity &b) { return a.range.start < b.range.start; });
    return list;
}

void ArticleViewTest::entities_highlightedInTheirTypeColour()
{
    ArticleView view;
    view.resize(800, 600);
    const QString text = QStringLiteral("Experts met in Astana.\nKairat Sarybay spoke about 1999.");
    view.setArticle(makeArticle(text));
    view.setEntityPalette(EntityPalette::fromThemeName(QStringLiteral("Breeze Light")));
    view.setEntities(sampleEntities(text));
    const auto selections = view.entitySelections();
    QCOMPARE(selections.size(), 3);
    for (const auto &s : selections) {
        const qsizetype start = view.articlePosition(s.cursor.selectionStart());
        const qsizetype idx = view.entityIndexAt(start);
        QVERIFY(idx >= 0);
        const QString type = view.entities()[idx].type;
        QCOMPARE(s.format.foreground().color(), view.entityPalette().color(type));
        QCOMPARE(s.cursor.selectedText(), text.mid(view.entities()[idx].range.start, view.entities()[idx].range.length()));
    }
}

void ArticleViewTest::themeChange_recoloursHighlights()
{
    ArticleView view;
    view.resize(800, 600);
    const QString text = QStringLiteral("Experts met in Astana.\nKairat Sarybay spoke about 1999.");
    view.setArticle(makeArticle(text));
    view.setEntities(sampleEntities(text));
    view.setEntityPalette(EntityPalette::fromThemeName(QStringLiteral("Breeze Light")));
    const QColor lightPerson = view.entitySelections().at(1).format.foreground().color();
    const QColor lightBackground = view.palette().color(QPalette::Base);
    view.setEntityPalette(EntityPalette::fromThemeName(QStringLiteral("Breeze Dark")));
    const QColor darkPerson = view.entitySelections().at(1).format.foreground().color();
    QVERIFY(lightPerson != darkPerson);
    QCOMPARE(darkPerson, EntityPalette::fromThemeName(QStringLiteral("Breeze Dark")).color(QStringLiteral("PERSON")));
    QVERIFY(view.palette().color(QPalette::Base).lightness() < 128);
    QVERIFY(lightBackground.lightness() > 128);
}

void ArticleViewTest::hiddenType_isNotHighlighted()
{
    ArticleView view;
    view.resize(800, 600);
    const QString text = QStringLiteral("Experts met in Astana.\nKairat Sarybay spoke about 1999.");
    view.setArticle(makeArticle(text));
    view.setEntities(sampleEntities(text));
    view.setHiddenTypes({QStringLiteral("PERSON")});
    QCOMPARE(view.entitySelections().size(), 2);
    view.setHiddenTypes({});
    QCOMPARE(view.entitySelections().size(), 3);
}

static Entity entityAt(const QString &text, const QString &needle, QLatin1StringView type, qsizetype from = 0)
{
    Entity e;
    const qsizetype i = text.indexOf(needle, from);
    e.range = {i, i + needle.size()};
    e.type = type;
    e.why = QStringLiteral("test");
    return e;
}

void ArticleViewTest::headline_namesColouredAsInTheBody()
{
    ArticleView view;
    const QString text = QStringLiteral("Mirela Tosk arrived in Velmar on Monday.\nThe Corvant Group said Tosk would stay.");
    const Article a = showTitled(view, QStringLiteral("Mirela Tosk visits Velmar for the Corvant Group"), text);
    view.setEntityPalette(EntityPalette::fromThemeName(QStringLiteral("Breeze Light")));
    EntityList list{entityAt(text, QStringLiteral("Mirela Tosk"), EntityTypes::Person),
                    entityAt(text, QStringLiteral("Velmar"), EntityTypes::Location),
                    entityAt(text, QStringLiteral("Corvant Group"), EntityTypes::Organization),
                    entityAt(text, QStringLiteral("Tosk"), EntityTypes::Person, 20)};
    view.setEntities(list);

    const QString shown = view.toPlainText();
    QStringList named;
    QStringList types;
    for (const auto &m : view.headerMentions()) {
        QVERIFY(m.range.end <= view.bodyOffset());
        named << shown.mid(m.range.start, m.range.length());
        types << view.entities()[m.entity].type;
    }
    // The longest string wins over the lone surname inside it.
    QCOMPARE(named, (QStringList{QStringLiteral("Mirela Tosk"), QStringLiteral("Velmar"), QStringLiteral("Corvant Group")}));
    QCOMPARE(types, (QStringList{EntityTypes::Person, EntityTypes::Location, EntityTypes::Organization}));
    // The body's own highlights are as before.
    QCOMPARE(view.entitySelections().size(), 4);

    // Painted in the type's colour, and not when the type is switched off.
    auto paintedInHeader = [&]() {
        QStringList painted;
        for (const auto &s : view.extraSelections()) {
            if (s.cursor.selectionEnd() <= view.bodyOffset())
                painted << s.cursor.selectedText() + u'=' + s.format.foreground().color().name();
        }
        return painted;
    };
    const EntityPalette palette = view.entityPalette();
    QCOMPARE(paintedInHeader(),
             (QStringList{QStringLiteral("Mirela Tosk=") + palette.color(EntityTypes::Person).name(),
                          QStringLiteral("Velmar=") + palette.color(EntityTypes::Location).name(),
                          QStringLiteral("Corvant Group=") + palette.color(EntityTypes::Organization).name()}));
    // The tooltip over the headline's name, and over the body's.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto pointAt = [&](qsizetype documentPos) {
        QTextCursor c(view.document());
        c.setPosition(documentPos);
        return view.cursorRect(c).center() + QPoint(2, 0);
    };
    const QString headerTip = view.toolTipAt(pointAt(view.headerMentions().at(1).range.start));
    QVERIFY2(headerTip.contains(entityTypeDisplayName(EntityTypes::Location)), qPrintable(headerTip));
    QVERIFY(view.toolTipAt(pointAt(view.headerMentions().at(1).range.end + 2)).isEmpty()); // "for"
    QVERIFY(view.toolTipAt(pointAt(view.documentPosition(list[2].range.start))).contains(QStringLiteral("test")));

    view.setHiddenTypes({QString(EntityTypes::Location)});
    QCOMPARE(paintedInHeader().size(), 2);
    QVERIFY(view.toolTipAt(pointAt(view.headerMentions().at(1).range.start)).isEmpty());

    // A title that runs on for pages is looked through in its first lines only.
    Article longTitle = makeArticle(text);
    longTitle.title = QStringLiteral("Velmar ").repeated(2000);
    view.setArticle(longTitle);
    view.setEntities(list);
    QVERIFY(!view.headerMentions().isEmpty());
    QVERIFY(view.headerMentions().last().range.end <= 2000);

    // A new article starts with no mentions of the old one's names.
    Article other = makeArticle(QStringLiteral("Nothing here."));
    other.title = a.title;
    view.setArticle(other);
    QVERIFY(view.headerMentions().isEmpty());
}

void ArticleViewTest::headline_wholeWordsAndTheBodysMajorityType()
{
    ArticleView view;
    const QString text = QStringLiteral("Dorn spoke. Dorn left. The Dorn party won. Velmar voted.");
    showTitled(view, QStringLiteral("Dorn and Velmarsk: a Dorned vote"), text);
    qsizetype from = 0;
    EntityList list;
    for (const auto type : {EntityTypes::Person, EntityTypes::Person, EntityTypes::Organization}) {
        list << entityAt(text, QStringLiteral("Dorn"), type, from);
        from = list.last().range.end;
    }
    list << entityAt(text, QStringLiteral("Velmar"), EntityTypes::Location);
    view.setEntities(list);
    // "Dorn" as a person (two mentions against one); "Velmar" and "Dorn"
    // inside longer words are not these names.
    QCOMPARE(view.headerMentions().size(), 1);
    const auto m = view.headerMentions().first();
    QCOMPARE(view.toPlainText().mid(m.range.start, m.range.length()), QStringLiteral("Dorn"));
    QCOMPARE(m.range.start, 0);
    QCOMPARE(view.entities()[m.entity].type, EntityTypes::Person);
    QCOMPARE(view.entities()[m.entity].range.start, 0);
}

void ArticleViewTest::onlyVisibleEntities_arePainted()
{
    ArticleView view;
    view.resize(600, 300);
    view.show();
    QString text;
    EntityList entities;
    for (int i = 0; i < 3000; ++i) {
        Entity e;
        e.range = {text.size(), text.size() + 6};
        e.type = EntityTypes::Location;
        entities.append(e);
        text += QStringLiteral("Astana is a city.\n");
    }
    text.chop(1);
    view.setArticle(makeArticle(text));
    view.setEntities(entities);
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto visibleCount = view.entitySelections().size();
    QVERIFY2(visibleCount > 0 && visibleCount < 200, QByteArray::number(visibleCount).constData());
    // Scrolling to the end brings the last entities in.
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    QTRY_VERIFY(!view.entitySelections().isEmpty()
                && view.articlePosition(view.entitySelections().last().cursor.selectionStart())
                    == entities.last().range.start);
}

void ArticleViewTest::search_findsAllMatchesAndSteps()
{
    ArticleView view;
    view.setArticle(makeArticle(QStringLiteral("CORW met. The corw plan.\nCORW again.")));
    QCOMPARE(view.setSearchText(QStringLiteral("corw")), 3);
    QCOMPARE(view.currentSearchMatch(), 0);
    QVERIFY(view.findNext());
    QCOMPARE(view.currentSearchMatch(), 1);
    QVERIFY(view.findNext());
    QVERIFY(view.findNext());
    QCOMPARE(view.currentSearchMatch(), 0); // wraps around
    QVERIFY(view.findPrevious());
    QCOMPARE(view.currentSearchMatch(), 2);
    QCOMPARE(view.selectedRange(), (TextRange{25, 29}));
    QCOMPARE(view.setSearchText(QStringLiteral("absent")), 0);
    QVERIFY(!view.findNext());
}

void ArticleViewTest::flashRange_scrollsTheSentenceIntoView()
{
    ArticleView view;
    view.resize(600, 300);
    view.show();
    QString text;
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("Paragraph number %1 says little.\n").arg(i);
    text += QStringLiteral("The target sentence is here.");
    view.setArticle(makeArticle(text));
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qsizetype start = text.indexOf(QStringLiteral("The target"));
    view.flashRange({start, text.size()});
    const QRect r = view.cursorRect(view.textCursor());
    QVERIFY2(r.top() >= 0 && r.bottom() <= view.viewport()->height(), qPrintable(QString::number(r.top())));
    QCOMPARE(view.articlePosition(view.textCursor().position()), start);
}

void ArticleViewTest::toolTip_namesTypeAndReason()
{
    ArticleView view;
    Entity e;
    e.type = EntityTypes::Date;
    e.value = QStringLiteral("1999-09-14");
    e.why = QStringLiteral("full date");
    const QString tip = view.toolTipFor(e);
    QVERIFY(tip.contains(QStringLiteral("Date")));
    QVERIFY(tip.contains(QStringLiteral("1999-09-14")));
    QVERIFY(tip.contains(QStringLiteral("full date")));
    e.origin = Origin::User;
    e.note = QStringLiteral("<check>");
    const QString userTip = view.toolTipFor(e);
    QVERIFY(userTip.contains(QStringLiteral("by you")));
    QVERIFY(userTip.contains(QStringLiteral("&lt;check&gt;")));
    // Only a note added to what the analysis found: the tag is not the person's.
    e.alsoFound = true;
    const QString noteTip = view.toolTipFor(e);
    QVERIFY2(!noteTip.contains(QStringLiteral("by you")), qPrintable(noteTip));
    QVERIFY(noteTip.contains(QStringLiteral("full date")));
    QVERIFY(noteTip.contains(QStringLiteral("&lt;check&gt;")));
}

void ArticleViewTest::zoom_changesFontSize()
{
    ArticleView view;
    const int start = view.fontPointSize();
    view.zoomBy(2);
    QCOMPARE(view.fontPointSize(), start + 2);
    view.resetZoom();
    QCOMPARE(view.fontPointSize(), start);
}

QTEST_MAIN(ArticleViewTest)
#include "articleview_test.moc"
