// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "notedialog.h"

#include <QAbstractTextDocumentLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Annalist;

class NoteDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void longNote_wrapsWithinTheField();
    void note_isTrimmedAndKeepsItsLines();
};

void NoteDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void NoteDialogTest::longNote_wrapsWithinTheField()
{
    QString sentence;
    while (sentence.size() < 600)
        sentence += QStringLiteral("The Orveld river board met twice before the vote on the new weir. ");
    NoteDialog dialog(QStringLiteral("Note on “Orveld”:"), sentence);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPlainTextEdit *editor = dialog.editor();
    // One paragraph, shown on many lines, and nothing to scroll sideways to.
    QCOMPARE(editor->document()->blockCount(), 1);
    QTRY_VERIFY(editor->document()->firstBlock().layout()->lineCount() > 3);
    QCOMPARE(editor->horizontalScrollBar()->maximum(), 0);
}

void NoteDialogTest::note_isTrimmedAndKeepsItsLines()
{
    NoteDialog dialog(QStringLiteral("Note:"), QStringLiteral("  first line\nsecond line \n"));
    QCOMPARE(dialog.note(), QStringLiteral("first line\nsecond line"));
}

QTEST_MAIN(NoteDialogTest)
#include "notedialog_test.moc"
