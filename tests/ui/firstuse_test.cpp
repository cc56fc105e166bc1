// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window as a new user finds it: the flash on a sentence is seen, the
// keys the handbook names work, find lands where a reader expects, Tag All
// keeps longer names whole, the timeline follows the reader's own tags, the
// list of unplaced annotations stays open beside the article, each tab keeps
// its own timeline position, and the article takes the keys.

#include "annotations/annotateddocument.h"
#include "articleview.h"
#include "documenttab.h"
#include "findbar.h"
#include "mainwindow.h"
#include "theme/entitypalette.h"
#include "timelinemodel.h"
#include "timelinepanel.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>

#include <array>
#include <cmath>

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

// Our own measures, so that the test does not take the program's word for them.
double luminance(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// CIE76 ΔE in L*a*b* (D65): about 2 is just noticeable, 20 plainly seen.
double deltaE(const QColor &p, const QColor &q)
{
    const auto lab = [](const QColor &c) {
        const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
        const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
        return std::array<double, 3>{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    };
    const auto a = lab(p), b = lab(q);
    return std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
}

// An invented story: a charter whose long name holds a shorter one that
// also stands alone, a person, and enough dated sentences to scroll.
QString story()
{
    QString text = u"date 2024-05-14\n"
                   "Harbour council signs the fishing charter\n\n"
                   "KORSVIK, Norway, May 14 (Nordpress) - The Harbour Council signed the Charter on Fishing Rights "
                   "between the Coastal Provinces on 14 May 2024.\n"
                   "Mayor Ingrid Solheim said the Coastal Provinces had asked for it in March 2019.\n"
                   "The harbour master Tor Bakkevik opened the new quay on 2 April 2024.\n"
                   "Envoys of the Coastal Provinces came back in June 2024.\n"_s;
    for (int i = 0; i < 40; ++i)
        text += u"The ferry Nordlys %1 made its first crossing in %2.\n"_s.arg(i + 1).arg(1950 + i);
    return text;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(text.toUtf8());
    return path;
}

qsizetype find(MainWindow &w, const QString &text, int nth = 0)
{
    const QString &body = w.currentTab()->article().text;
    qsizetype i = -1;
    for (int k = 0; k <= nth; ++k)
        i = body.indexOf(text, i + 1);
    return i;
}

const Entity *entityAt(MainWindow &w, qsizetype pos)
{
    AnnotatedDocument *doc = w.currentTab()->document();
    const qsizetype i = doc->entityIndexAt(pos);
    return i >= 0 ? &doc->entities()[i] : nullptr;
}

QPushButton *infoButton(DocumentTab *tab, const QString &text)
{
    for (QPushButton *b : tab->findChildren<QPushButton *>())
        if (b->text() == text && b->isVisibleTo(tab))
            return b;
    return nullptr;
}

} // namespace

class FirstUseTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void flash_seenInEveryTheme();
    void ctrlY_redoes();
    void find_typingLandsOnTheFirstMatchFromTheStart();
    void find_searchesTheHeadline();
    void tagAll_leavesLongerEntitiesWhole();
    void tagInsideLongerEntity_saysWhatItReplaced();
    void tagAllBanner_goesOnceTagAllWasUsed();
    void timelineChips_followTheUsersTags();
    void unplacedAnnotations_listStaysOpenBesideTheArticle();
    void newTab_timelineStartsAtTheTop();
    void article_takesTheKeys();
    void headerSelection_saysWhyItCannotBeTagged();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newStory() { return writeFile(m_dir, u"story-%1.txt"_s.arg(++m_files), story()); }
};

void FirstUseTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void FirstUseTest::flash_seenInEveryTheme()
{
    ArticleView view;
    view.resize(700, 400);
    Article a;
    a.title = u"A title"_s;
    a.text = u"First words here.\nThe sentence names Ingrid Solheim and ends here.\nLast words."_s;
    segmentArticle(a);
    view.setArticle(a);
    Entity e;
    e.range = {a.text.indexOf(u"Ingrid"_s), a.text.indexOf(u" and ends"_s)};
    e.type = EntityTypes::Person;
    view.setEntities({e});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const TextRange sentence{a.text.indexOf(u"The sentence"_s), a.text.indexOf(u"\nLast"_s)};
    const QStringList themes = EntityPalette::themeNames();
    QVERIFY(themes.size() >= 5);
    QStringList unseen;
    for (const QString &name : themes) {
        const EntityPalette palette = EntityPalette::fromThemeName(name);
        view.setEntityPalette(palette);
        view.flashRange(sentence);
        const QList<QTextEdit::ExtraSelection> painted = view.extraSelections();
        qsizetype flash = -1;
        qsizetype entity = -1;
        for (qsizetype i = 0; i < painted.size(); ++i) {
            const QTextCursor &c = painted[i].cursor;
            if (c.selectionStart() == view.documentPosition(sentence.start)
                && c.selectionEnd() == view.documentPosition(sentence.end))
                flash = i;
            if (c.selectionStart() == view.documentPosition(e.range.start))
                entity = i;
        }
        QVERIFY2(flash >= 0, qPrintable(name));
        // Painted after the entity's tint: the whole sentence shows.
        QVERIFY2(flash > entity, qPrintable(name));
        const QColor mark = painted[flash].format.background().color();
        const double seen = deltaE(mark, palette.background);
        const double readable = std::min(4.5, contrast(palette.foreground, palette.background));
        if (seen < 20 || contrast(palette.foreground, mark) < readable)
            unseen << u"%1: %2 on the page's %3 (ΔE %4), text %5 on it %6:1"_s.arg(name, mark.name(),
                                                                                   palette.background.name())
                          .arg(seen, 0, 'f', 1)
                          .arg(palette.foreground.name())
                          .arg(contrast(palette.foreground, mark), 0, 'f', 2);
    }
    QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(u"\n"_s)));
}

void FirstUseTest::ctrlY_redoes()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(newStory()));
    QVERIFY(w.waitUntilIdle());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const qsizetype at = find(w, u"harbour master"_s);
    w.articleView()->selectRange({at, at + 14});
    QVERIFY(w.tagSelectionAs(EntityTypes::Person));
    QCOMPARE(entityAt(w, at)->origin, Origin::User);
    QTest::keyClick(w.articleView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!entityAt(w, at) || entityAt(w, at)->origin != Origin::User);
    QTest::keyClick(w.articleView(), Qt::Key_Y, Qt::ControlModifier);
    QVERIFY(entityAt(w, at));
    QCOMPARE(entityAt(w, at)->origin, Origin::User);
}

// Each keystroke searches again from where the search started, so typing a
// word lands on its first occurrence, not on one further per letter typed.
void FirstUseTest::find_typingLandsOnTheFirstMatchFromTheStart()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(newStory()));
    QVERIFY(w.waitUntilIdle());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    FindBar *bar = w.currentTab()->findBar();
    bar->activate();
    QTest::keyClicks(bar->lineEdit(), u"nordly"_s);
    QCOMPARE(w.articleView()->searchMatchCount(), 40);
    QCOMPARE(bar->statusText(), u"1 of 40"_s);
    QCOMPARE(w.articleView()->selectedRange().start, find(w, u"Nordlys"_s));
    // From a place further down, typing finds the first match from there.
    bar->lineEdit()->clear();
    const qsizetype later = find(w, u"Nordlys 30"_s);
    w.articleView()->selectRange({later, later});
    bar->activate();
    QTest::keyClicks(bar->lineEdit(), u"nordlys"_s);
    QCOMPARE(bar->statusText(), u"30 of 40"_s);
    QCOMPARE(w.articleView()->selectedRange().start, later);
}

void FirstUseTest::find_searchesTheHeadline()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(newStory()));
    QVERIFY(w.waitUntilIdle());
    FindBar *bar = w.currentTab()->findBar();
    bar->activate();
    // "signs" is only in the title.
    QTest::keyClicks(bar->lineEdit(), u"signs"_s);
    QCOMPARE(bar->statusText(), u"1 of 1"_s);
    const QTextCursor c = w.articleView()->textCursor();
    QCOMPARE(c.selectedText(), u"signs"_s);
    QVERIFY(c.selectionStart() < w.articleView()->bodyOffset());
}

void FirstUseTest::tagAll_leavesLongerEntitiesWhole()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(newStory()));
    QVERIFY(w.waitUntilIdle());
    const QString charter = u"Charter on Fishing Rights between the Coastal Provinces"_s;
    const qsizetype charterAt = find(w, charter);
    const Entity *longer = entityAt(w, charterAt);
    QVERIFY(longer);
    QCOMPARE(longer->range, (TextRange{charterAt, charterAt + charter.size()}));
    QCOMPARE(longer->type, QString(EntityTypes::Document));
    // The name standing alone, tagged by hand.
    const qsizetype alone = find(w, u"Coastal Provinces"_s, 1);
    w.articleView()->selectRange({alone, alone + 17});
    QVERIFY(w.tagSelectionAs(EntityTypes::Location));
    QVERIFY2(w.currentTab()->infoText().contains(u"inside longer names"_s), qPrintable(w.currentTab()->infoText()));
    w.tagAllOccurrences(u"Coastal Provinces"_s, EntityTypes::Location);
    QVERIFY(entityAt(w, charterAt));
    QCOMPARE(entityAt(w, charterAt)->range, (TextRange{charterAt, charterAt + charter.size()}));
    QCOMPARE(entityAt(w, charterAt)->type, QString(EntityTypes::Document));
    QVERIFY2(w.statusBar()->currentMessage().contains(u"inside longer names"_s),
             qPrintable(w.statusBar()->currentMessage()));
}

void FirstUseTest::tagInsideLongerEntity_saysWhatItReplaced()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(newStory()));
    QVERIFY(w.waitUntilIdle());
    const qsizetype charterAt = find(w, u"Charter on Fishing"_s);
    const qsizetype inside = find(w, u"Coastal Provinces"_s);
    w.articleView()->selectRange({inside, inside + 17});
    QVERIFY(w.tagSelectionAs(EntityTypes::Location));
    DocumentTab *tab = w.currentTab();
    QVERIFY2(tab->infoText().contains(u"Charter on Fishing Rights"_s), qPrintable(tab->infoText()));
    QPushButton *undo = infoButton(tab, u"&Undo"_s);
    QVERIFY(undo);
    undo->click();
    QVERIFY(entityAt(w, charterAt));
    QCOMPARE(entityAt(w, charterAt)->type, QString(EntityTypes::Document));
    QVERIFY(tab->infoText().isEmpty());
}

void FirstUseTest::tagAllBanner_goesOnceTagAllWasUsed()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(newStory()));
    QVERIFY(w.waitUntilIdle());
    const qsizetype at = find(w, u"Nordlys"_s);
    w.articleView()->selectRange({at, at + 7});
    QVERIFY(w.tagSelectionAs(EntityTypes::Organization));
    DocumentTab *tab = w.currentTab();
    QVERIFY2(tab->infoText().contains(u"Tag them all"_s), qPrintable(tab->infoText()));
    // Tag All from the menu (as Ctrl+Alt+A does), not from the banner.
    QVERIFY(w.tagAllOccurrences(u"Nordlys"_s, EntityTypes::Organization));
    QCOMPARE(tab->infoText(), QString());
}

// The timeline's chips name the entities of each event as the reader sees
// them: a name tagged by hand appears, a rejected one is gone.
void FirstUseTest::timelineChips_followTheUsersTags()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(newStory()));
    QVERIFY(w.waitUntilIdle());
    TimelineModel *model = w.currentTab()->timelineModel();
    const qsizetype sentence = find(w, u"The ferry Nordlys 7 "_s);
    auto chipsOfSentence = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row);
            if (i.data(TimelineModel::SentenceStartRole).toLongLong() == sentence)
                return i.data(TimelineModel::EntitiesRole).toStringList();
        }
        return QStringList{u"no event"_s};
    };
    QVERIFY(!chipsOfSentence().contains(u"no event"_s));
    QVERIFY(!chipsOfSentence().contains(u"Nordlys 7"_s));
    w.articleView()->selectRange({sentence + 10, sentence + 19});
    QVERIFY(w.tagSelectionAs(EntityTypes::Organization));
    QVERIFY2(chipsOfSentence().contains(u"Nordlys 7"_s), qPrintable(chipsOfSentence().join(u", ")));
    // The chip has its type's colour, not the grey of an unknown name.
    QCOMPARE(w.currentTab()->typeOfName().value(u"Nordlys 7"_s), QString(EntityTypes::Organization));
    // Rejected: the chip goes.
    QTextCursor c = w.articleView()->textCursor();
    c.setPosition(w.articleView()->documentPosition(sentence + 12));
    w.articleView()->setTextCursor(c);
    QVERIFY(w.rejectEntityAtCursor());
    QVERIFY2(!chipsOfSentence().contains(u"Nordlys 7"_s), qPrintable(chipsOfSentence().join(u", ")));
    // An automatic name rejected goes too.
    const qsizetype mayor = find(w, u"Ingrid Solheim"_s);
    auto chipsOf = [&](qsizetype start) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row);
            if (i.data(TimelineModel::SentenceStartRole).toLongLong() <= start
                && start < i.data(TimelineModel::SentenceEndRole).toLongLong())
                return i.data(TimelineModel::EntitiesRole).toStringList();
        }
        return QStringList();
    };
    QVERIFY2(chipsOf(mayor).contains(u"Ingrid Solheim"_s), qPrintable(chipsOf(mayor).join(u", ")));
    c.setPosition(w.articleView()->documentPosition(mayor + 2));
    w.articleView()->setTextCursor(c);
    QVERIFY(w.rejectEntityAtCursor());
    QVERIFY2(!chipsOf(mayor).contains(u"Ingrid Solheim"_s), qPrintable(chipsOf(mayor).join(u", ")));
}

void FirstUseTest::unplacedAnnotations_listStaysOpenBesideTheArticle()
{
    const QString path = newStory();
    {
        MainWindow w(MainWindow::Mode::Screenshot);
        QVERIFY(w.openArticle(path));
        QVERIFY(w.waitUntilIdle());
        const qsizetype at = find(w, u"harbour master"_s);
        w.articleView()->selectRange({at, at + 14});
        QVERIFY(w.tagSelectionAs(EntityTypes::Person));
        QVERIFY(w.currentTab()->saveNow());
    }
    // The words tagged are gone from the text: the tag cannot be placed.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(story().replace(u"harbour master"_s, u"port warden"_s).toUtf8());
    }
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(path));
    QVERIFY(w.waitUntilIdle());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    DocumentTab *tab = w.currentTab();
    QCOMPARE(tab->document()->orphans().size(), 1);
    QPushButton *show = infoButton(tab, u"Show &Unplaced Annotations"_s);
    QVERIFY2(show, qPrintable(tab->infoText()));
    show->click();
    auto *dialog = w.findChild<QDialog *>(u"orphansDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    // The reader selects words in the article while the list is open …
    const qsizetype at = find(w, u"port warden"_s);
    w.articleView()->selectRange({at, at + 11});
    QPushButton *place = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == u"&Place on Selection"_s)
            place = b;
    QVERIFY(place);
    QTRY_VERIFY(place->isEnabled());
    // … and places the annotation there: the list and the message are done.
    place->click();
    QVERIFY(tab->document()->orphans().isEmpty());
    QCOMPARE(entityAt(w, at)->type, QString(EntityTypes::Person));
    QCOMPARE(tab->infoText(), QString());
    QCOMPARE(dialog->findChild<QListWidget *>()->count(), 0);
}

void FirstUseTest::newTab_timelineStartsAtTheTop()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    w.resize(1000, 600);
    QVERIFY(w.openArticle(newStory()));
    QVERIFY(w.waitUntilIdle());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QScrollBar *bar = w.timelinePanel()->listView()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 200);
    bar->setValue(bar->maximum());
    const int left = bar->value();
    QVERIFY(left > 0);
    QVERIFY(w.openArticle(newStory()));
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(w.tabCount(), 2);
    QTRY_VERIFY(bar->maximum() > 200);
    QCOMPARE(bar->value(), 0);
    // Back on the first article, its timeline is where it was left.
    w.tabs()->setCurrentIndex(0);
    QTRY_COMPARE(bar->value(), left);
}

// As in Okular and Kate, the document view has the keys on opening and after
// a switch of tabs: a keyboard user's first keys go to the article.
void FirstUseTest::article_takesTheKeys()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(newStory()));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.articleView()));
    QVERIFY(w.openArticle(newStory()));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.articleView()));
    ArticleView *second = w.articleView();
    w.tabs()->setCurrentIndex(0);
    QVERIFY(w.articleView() != second);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.articleView()));
}

void FirstUseTest::headerSelection_saysWhyItCannotBeTagged()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(newStory()));
    QVERIFY(w.waitUntilIdle());
    // Ctrl+Home, then Shift+End: the title.
    QTextCursor c = w.articleView()->textCursor();
    c.setPosition(0);
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    w.articleView()->setTextCursor(c);
    QVERIFY(!w.tagWithKey(2));
    QVERIFY2(w.statusBar()->currentMessage().contains(u"cannot be tagged"_s),
             qPrintable(w.statusBar()->currentMessage()));
}

QTEST_MAIN(FirstUseTest)
#include "firstuse_test.moc"
