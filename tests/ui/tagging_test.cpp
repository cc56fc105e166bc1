// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Tagging by hand in the window: keys, undo and redo, rejection, tag-all,
// the sidecar written beside the article and read back on reopening, and
// the timeline linked to the text.

#include "annotations/annotateddocument.h"
#include "articleview.h"
#include "documenttab.h"
#include "mainwindow.h"
#include "storage/annotationsession.h"
#include "timelinemodel.h"
#include "timelinepanel.h"

#include <QFile>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>

using namespace Annalist;

class TaggingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void keyTagsSelection_undoRedo();
    void rejectAutomaticEntity_andRemoveTheRejection();
    void removeMyEdit_selectionRightAfterAnEdit_leavesIt();
    void tagAll_offeredAndAppliedInOneStep();
    void edits_savedBesideTheArticleAndRestored();
    void timelineClick_scrollsToTheEventSentence();
    void cursorInSentence_marksItsEvents();

private:
    QString m_path;
    QTemporaryDir m_dir;
    static qsizetype find(MainWindow &w, const QString &text, int nth = 0);
    static void select(MainWindow &w, const QString &text, int nth = 0);
    static const Entity *entityAt(MainWindow &w, qsizetype pos);
};

void TaggingTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TaggingTest::init()
{
    // A fresh copy of the sample for each test, so sidecars do not carry over.
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("story-%1.txt").arg(++n));
    QVERIFY(QFile::copy(QStringLiteral(":/annalist/samples/cica-astana-2024.txt"), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}

qsizetype TaggingTest::find(MainWindow &w, const QString &text, int nth)
{
    const QString &body = w.currentTab()->article().text;
    qsizetype i = -1;
    for (int k = 0; k <= nth; ++k)
        i = body.indexOf(text, i + 1);
    return i;
}

void TaggingTest::select(MainWindow &w, const QString &text, int nth)
{
    const qsizetype i = find(w, text, nth);
    QVERIFY(i >= 0);
    w.articleView()->selectRange({i, i + text.size()});
}

const Entity *TaggingTest::entityAt(MainWindow &w, qsizetype pos)
{
    AnnotatedDocument *doc = w.currentTab()->document();
    const qsizetype i = doc->entityIndexAt(pos);
    return i >= 0 ? &doc->entities()[i] : nullptr;
}

void TaggingTest::keyTagsSelection_undoRedo()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(m_path));
    QVERIFY(w.waitUntilIdle());
    const qsizetype at = find(w, QStringLiteral("seminar"));
    QVERIFY(!entityAt(w, at));
    select(w, QStringLiteral("seminar"));
    const QString eventType = w.entityTypes().typeForKey(6);
    QCOMPARE(eventType, QStringLiteral("EVENT"));
    QVERIFY(w.tagWithKey(6));
    QVERIFY(entityAt(w, at));
    QCOMPARE(entityAt(w, at)->type, QStringLiteral("EVENT"));
    QCOMPARE(entityAt(w, at)->origin, Origin::User);
    // The view highlights what the document says.
    QCOMPARE(w.articleView()->entities(), w.currentTab()->document()->entities());

    QVERIFY(w.undoGroup()->canUndo());
    w.undoGroup()->undo();
    QVERIFY(!entityAt(w, at));
    w.undoGroup()->redo();
    QCOMPARE(entityAt(w, at)->type, QStringLiteral("EVENT"));

    // With nothing selected, a key retypes the entity under the cursor.
    QTextCursor c = w.articleView()->textCursor();
    c.setPosition(w.articleView()->documentPosition(at + 2));
    w.articleView()->setTextCursor(c);
    QVERIFY(w.tagWithKey(2));
    QCOMPARE(entityAt(w, at)->type, QStringLiteral("ORGANIZATION"));
}

void TaggingTest::rejectAutomaticEntity_andRemoveTheRejection()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(m_path));
    QVERIFY(w.waitUntilIdle());
    const qsizetype at = find(w, QStringLiteral("Kairat Sarybay"));
    QVERIFY(entityAt(w, at));
    QCOMPARE(entityAt(w, at)->origin, Origin::Auto);
    QTextCursor c = w.articleView()->textCursor();
    c.setPosition(w.articleView()->documentPosition(at + 3));
    w.articleView()->setTextCursor(c);
    QVERIFY(w.rejectEntityAtCursor());
    QVERIFY(!entityAt(w, at));
    QVERIFY(w.removeUserEditAtCursor());
    QVERIFY(entityAt(w, at));
    QCOMPARE(entityAt(w, at)->origin, Origin::Auto);
}

void TaggingTest::removeMyEdit_selectionRightAfterAnEdit_leavesIt()
{
    // Remove My Edit acts on the selected words: the edit that ends where
    // the selection starts is not under them. Only with nothing selected
    // does the cursor just after a name still mean that name.
    const QString path = m_dir.filePath(QStringLiteral("harbour.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Odile Brannagh, the warden of the north quay, opened the new locks on Monday.\n");
    }
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(path));
    QVERIFY(w.waitUntilIdle());
    const qsizetype at = find(w, QStringLiteral("north quay"));
    select(w, QStringLiteral("north quay"));
    QVERIFY(w.tagSelectionAs(QStringLiteral("LOCATION")));
    QCOMPARE(entityAt(w, at)->origin, Origin::User);
    const qsizetype end = at + 10;
    w.articleView()->selectRange({end, end + 8}); // ", opened"
    QVERIFY(!w.removeUserEditAtCursor());
    QVERIFY(entityAt(w, at));
    QCOMPARE(entityAt(w, at)->origin, Origin::User);

    QTextCursor c = w.articleView()->textCursor();
    c.setPosition(w.articleView()->documentPosition(end));
    w.articleView()->setTextCursor(c);
    QVERIFY(w.removeUserEditAtCursor());
    QVERIFY(!entityAt(w, at) || entityAt(w, at)->origin != Origin::User);
}

void TaggingTest::tagAll_offeredAndAppliedInOneStep()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(m_path));
    QVERIFY(w.waitUntilIdle());
    select(w, QStringLiteral("seminar"));
    QVERIFY(w.tagSelectionAs(QStringLiteral("EVENT")));
    QVERIFY2(w.currentTab()->infoText().contains(QStringLiteral("seminar")), qPrintable(w.currentTab()->infoText()));
    const int before = w.undoGroup()->activeStack()->count();
    QVERIFY(w.tagAllOccurrences(QStringLiteral("seminar"), QStringLiteral("EVENT")));
    QCOMPARE(w.undoGroup()->activeStack()->count(), before + 1);
    QCOMPARE(entityAt(w, find(w, QStringLiteral("seminar"), 1))->type, QStringLiteral("EVENT"));
    w.undoGroup()->undo();
    QVERIFY(!entityAt(w, find(w, QStringLiteral("seminar"), 1)));
    QVERIFY(entityAt(w, find(w, QStringLiteral("seminar"), 0)));
}

void TaggingTest::edits_savedBesideTheArticleAndRestored()
{
    {
        MainWindow w(MainWindow::Mode::Screenshot);
        QVERIFY(w.openArticle(m_path));
        QVERIFY(w.waitUntilIdle());
        select(w, QStringLiteral("seminar"));
        QVERIFY(w.tagSelectionAs(QStringLiteral("EVENT")));
        QVERIFY(w.currentTab()->document()->setEntityNote(entityAt(w, find(w, QStringLiteral("seminar")))->range,
                                                          QStringLiteral("a two-day meeting")));
        // Closing the window saves at once, without waiting for the autosave.
    }
    QVERIFY(QFile::exists(m_path + QStringLiteral(".annalist.json")));

    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(m_path));
    QVERIFY(w.waitUntilIdle());
    const Entity *e = entityAt(w, find(w, QStringLiteral("seminar")));
    QVERIFY(e);
    QCOMPARE(e->type, QStringLiteral("EVENT"));
    QCOMPARE(e->origin, Origin::User);
    QCOMPARE(e->note, QStringLiteral("a two-day meeting"));
    QCOMPARE(w.currentTab()->session()->state(), AnnotationSession::State::Saved);
}

void TaggingTest::timelineClick_scrollsToTheEventSentence()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    w.resize(1000, 420);
    QVERIFY(w.openArticle(m_path));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.waitUntilIdle());
    TimelineModel *model = w.currentTab()->timelineModel();
    QVERIFY(model->rowCount() >= 3);
    // The last event in date order is the one furthest from the text's start.
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->event(r).sentence.start > model->event(qMax(row, 0)).sentence.start)
            row = r;
    }
    QVERIFY(row >= 0);
    QListView *list = w.timelinePanel()->listView();
    const QRect rect = list->visualRect(model->index(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    const TextRange sentence = model->event(row).sentence;
    const qsizetype cursor = w.articleView()->articlePosition(w.articleView()->textCursor().position());
    QVERIFY2(sentence.start <= cursor && cursor <= sentence.end, qPrintable(QString::number(cursor)));
    const QRect cursorRect = w.articleView()->cursorRect(w.articleView()->textCursor());
    QVERIFY(cursorRect.top() >= 0 && cursorRect.bottom() <= w.articleView()->viewport()->height());
}

void TaggingTest::cursorInSentence_marksItsEvents()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(m_path));
    QVERIFY(w.waitUntilIdle());
    TimelineModel *model = w.currentTab()->timelineModel();
    QVERIFY(model->rowCount() > 0);
    const TextRange sentence = model->event(0).sentence;
    QTextCursor c = w.articleView()->textCursor();
    c.setPosition(w.articleView()->documentPosition(sentence.start + 1));
    w.articleView()->setTextCursor(c);
    QVERIFY(model->markedRows().contains(0));
}

QTEST_MAIN(TaggingTest)
#include "tagging_test.moc"
