// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// An article changed or deleted on disk while it is open: the window says so
// once, offers to reload, and the reloaded article keeps the person's
// annotations, moved to where their text now is.

#include "annotations/annotateddocument.h"
#include "documenttab.h"
#include "mainwindow.h"
#include "storage/annotationsession.h"

#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class FileChangeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void changedText_offersReload_andAnnotationsFollow();
    void sameTextWrittenAgain_saysNothing();
    void deleted_saysSo_andKeepsAnnotations();
    void reloadAction_readsTheFileAgain();

private:
    QString m_path;
    QTemporaryDir m_dir;
    static bool clickInfoButton(DocumentTab *tab, const QString &text);
    static bool write(const QString &path, const QByteArray &bytes);
    static QByteArray read(const QString &path);
    /// Tags the first "seminar" as EVENT and saves; returns its offset.
    static qsizetype tagSeminar(MainWindow &w);
};

void FileChangeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void FileChangeTest::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("changing story %1.txt").arg(++n));
    QVERIFY(QFile::copy(QStringLiteral(":/annalist/samples/cica-astana-2024.txt"), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}

bool FileChangeTest::clickInfoButton(DocumentTab *tab, const QString &text)
{
    const auto buttons = tab->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == text && b->isVisibleTo(tab)) {
            b->click();
            return true;
        }
    }
    return false;
}

bool FileChangeTest::write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray FileChangeTest::read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qsizetype FileChangeTest::tagSeminar(MainWindow &w)
{
    AnnotatedDocument *doc = w.currentTab()->document();
    const qsizetype at = doc->article().text.indexOf(QStringLiteral("seminar"));
    if (at < 0 || !doc->tagRange({at, at + 7}, QStringLiteral("EVENT")) || !w.currentTab()->saveNow())
        return -1;
    return at;
}

void FileChangeTest::changedText_offersReload_andAnnotationsFollow()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(m_path));
    QVERIFY(w.waitUntilIdle());
    DocumentTab *before = w.currentTab();
    const qsizetype at = tagSeminar(w);
    QVERIFY(at >= 0);
    QCOMPARE(before->diskState(), DocumentTab::DiskState::Same);

    // Another program adds a paragraph before the tagged word.
    QByteArray bytes = read(m_path);
    const QByteArray added = "A new first paragraph was added by an editor while the article was open.\n\n";
    const qsizetype body = bytes.indexOf("\n") + 1;
    bytes.insert(body, added);
    QVERIFY(write(m_path, bytes));

    QTRY_COMPARE_WITH_TIMEOUT(before->diskState(), DocumentTab::DiskState::Changed, 10000);
    QVERIFY(before->infoText().contains(QStringLiteral("changed on disk")));
    // Nothing is replaced until the person decides.
    QCOMPARE(w.currentTab(), before);
    QVERIFY(!before->article().text.contains(QStringLiteral("new first paragraph")));

    QVERIFY(clickInfoButton(before, QStringLiteral("&Reload")));
    QTRY_VERIFY(w.currentTab() != before);
    QVERIFY(w.waitUntilIdle());
    DocumentTab *after = w.currentTab();
    QCOMPARE(w.tabCount(), 1);
    QVERIFY(after->article().text.contains(QStringLiteral("new first paragraph")));
    const QList<UserEntity> mine = after->document()->userEntities();
    QCOMPARE(mine.size(), 1);
    const qsizetype moved = after->article().text.indexOf(QStringLiteral("seminar"));
    QVERIFY(moved > at);
    QCOMPARE(mine.first().range.start, moved);
    QCOMPARE(after->document()->orphans().size(), 0);
    QCOMPARE(after->diskState(), DocumentTab::DiskState::Same);
}

void FileChangeTest::sameTextWrittenAgain_saysNothing()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(m_path));
    QVERIFY(w.waitUntilIdle());
    DocumentTab *tab = w.currentTab();
    // The same text with other line ends: a new file time and size, the same article.
    QByteArray bytes = read(m_path);
    bytes.replace("\n", "\r\n");
    QVERIFY(write(m_path, bytes));
    tab->checkFileOnDisk();
    // A changed file is noticed well within this time (see the test above).
    QTest::qWait(1500);
    QCOMPARE(tab->diskState(), DocumentTab::DiskState::Same);
    QVERIFY(tab->infoText().isEmpty());
}

void FileChangeTest::deleted_saysSo_andKeepsAnnotations()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(m_path));
    QVERIFY(w.waitUntilIdle());
    DocumentTab *tab = w.currentTab();
    QVERIFY(tagSeminar(w) >= 0);
    const QString sidecar = tab->session()->sidecarPath();
    QVERIFY(QFile::exists(sidecar));

    QVERIFY(QFile::remove(m_path));
    QTRY_COMPARE_WITH_TIMEOUT(tab->diskState(), DocumentTab::DiskState::Gone, 10000);
    QVERIFY(tab->infoText().contains(QStringLiteral("deleted or moved")));
    // The text stays readable and the annotations stay saved.
    QVERIFY(tab->article().text.contains(QStringLiteral("seminar")));
    QCOMPARE(tab->document()->userEntities().size(), 1);
    QVERIFY(QFile::exists(sidecar));

    // It comes back (an editor's save by rename): the bar goes away.
    QVERIFY(QFile::copy(QStringLiteral(":/annalist/samples/cica-astana-2024.txt"), m_path));
    tab->checkFileOnDisk();
    QTRY_COMPARE_WITH_TIMEOUT(tab->diskState(), DocumentTab::DiskState::Same, 10000);
    QVERIFY(tab->infoText().isEmpty());

    QVERIFY(QFile::remove(m_path));
    QTRY_COMPARE_WITH_TIMEOUT(tab->diskState(), DocumentTab::DiskState::Gone, 10000);
    QVERIFY(clickInfoButton(tab, QStringLiteral("&Close Article")));
    QTRY_COMPARE(w.tabCount(), 0);
    QVERIFY(QFile::exists(sidecar));
}

void FileChangeTest::reloadAction_readsTheFileAgain()
{
    MainWindow w(MainWindow::Mode::Screenshot);
    QVERIFY(w.openArticle(m_path));
    QVERIFY(w.waitUntilIdle());
    DocumentTab *before = w.currentTab();
    QVERIFY(tagSeminar(w) >= 0);
    QByteArray bytes = read(m_path);
    bytes.replace("two-day seminar", "three-day seminar");
    QVERIFY(write(m_path, bytes));
    QVERIFY(w.reloadTab(before));
    QVERIFY(w.waitUntilIdle());
    QVERIFY(w.currentTab()->article().text.contains(QStringLiteral("three-day seminar")));
    QCOMPARE(w.currentTab()->document()->userEntities().size(), 1);
    // The file is gone: reloading fails, says why and keeps the tab.
    DocumentTab *current = w.currentTab();
    QVERIFY(QFile::remove(m_path));
    QVERIFY(!w.reloadTab(current));
    QCOMPARE(w.currentTab(), current);
    QVERIFY(!current->infoText().isEmpty());
}

QTEST_MAIN(FileChangeTest)
#include "filechange_test.moc"
