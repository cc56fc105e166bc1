// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Library dock driven as a person would: add a folder, wait for the
// background indexing, search, open a result at its match.

#include "articleview.h"
#include "librarydock.h"
#include "libraryindexing.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSqlQuery>
#include <QMenuBar>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace Annalist;

class LibraryDockTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_articles;

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_data.filePath(QStringLiteral("config")).toUtf8());
        write(m_articles.filePath(QStringLiteral("accord.txt")),
              "date 2011-03-20\n\nAccord signed\n\nOn 14 March 2011, Ostravia and Pellund signed the Velmoran Water "
              "Accord in Quessel.\n");
        write(m_articles.filePath(QStringLiteral("report.txt")),
              "date 2011-03-15\n\nRiver dispute settled\n\nOstravia and Pellund signed the Velmoran Water Accord in "
              "Quessel on 14 March 2011.\n\nThe delta fishermen played forgotten overtures.\n");
    }

    void addFolderAndSearch_opensTheArticleAtTheMatch()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        auto *dock = window.findChild<LibraryDock *>();
        QVERIFY(dock);
        QVERIFY(dock->isHidden()); // nothing is opened until the person asks
        bool inFileMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(dock->addFolderAction()))
                inFileMenu = true;
        }
        QVERIFY(inFileMenu);

        QSignalSpy finished(dock, &LibraryDock::indexingFinished);
        QVERIFY(dock->addFolder(m_articles.path()));
        QVERIFY(dock->isVisible());
        QVERIFY(finished.wait(120000));
        QVERIFY(dock->progressBar()->isHidden());

        // Typing searches (after a short pause).
        QSignalSpy searched(dock, &LibraryDock::searched);
        QTest::keyClicks(dock->searchBox(), QStringLiteral("overtures"));
        // The search after indexing may still be on its way: only the newest is shown.
        QTRY_COMPARE(dock->hits().size(), 1);
        QVERIFY(dock->results()->toHtml().contains(QStringLiteral("<span style=\" font-weight:700;\">overtures</span>")));

        dock->activateHit(0);
        QCOMPARE(window.tabCount(), 1);
        QVERIFY(window.articleView());
        QTRY_COMPARE(window.articleView()->textCursor().selectedText(), QStringLiteral("overtures"));

        // The timeline across both articles shows the accord once, with both.
        searched.clear();
        dock->search(QString());
        QVERIFY(searched.wait());
        QVERIFY(dock->timeline()->toPlainText().contains(QStringLiteral("accord.txt")) || !dock->timelineItems().isEmpty());
        const auto accord = std::find_if(dock->timelineItems().cbegin(), dock->timelineItems().cend(),
                                         [](const LibraryTimelineItem &i) { return i.date == QLatin1StringView("2011-03-14"); });
        QVERIFY(accord != dock->timelineItems().cend());
        QCOMPARE(accord->sources.size(), 2);

        // The entity index; activating an entity searches for it.
        auto *model = qobject_cast<QStandardItemModel *>(dock->entityView()->model());
        QVERIFY(model && model->rowCount() > 0);
        const QList<QStandardItem *> found = model->findItems(QStringLiteral("Velmoran Water Accord"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(model->item(found.first()->row(), 2)->data(Qt::DisplayRole).toInt(), 2);
        searched.clear();
        Q_EMIT dock->entityView()->activated(found.first()->index());
        QVERIFY(searched.wait());
        QVERIFY(dock->searchBox()->text().startsWith(QStringLiteral("entity:\"Velmoran Water Accord\"")));
        QCOMPARE(dock->hits().size(), 2);

        // A file saved into the folder while the program runs is indexed by itself.
        dock->search(QStringLiteral("zephyrine"));
        QVERIFY(searched.wait());
        QCOMPARE(dock->hits().size(), 0);
        write(m_articles.filePath(QStringLiteral("later.txt")),
              "date 2011-05-02\n\nThe zephyrine festival opened in Quessel.\n");
        QTRY_COMPARE_WITH_TIMEOUT(dock->hits().size(), 1, 60000);

        // A file written in place (its folder does not change, only the file) is indexed again.
        QTRY_VERIFY_WITH_TIMEOUT(!dock->isIndexing(), 60000);
        dock->search(QStringLiteral("quillwort"));
        QVERIFY(searched.wait());
        QCOMPARE(dock->hits().size(), 0);
        QVERIFY(dock->indexing()->watchedFiles().contains(m_articles.filePath(QStringLiteral("report.txt"))));
        {
            QFile f(m_articles.filePath(QStringLiteral("report.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly)); // truncated: the same file, not a new one
            f.write("date 2011-03-15\n\nRiver dispute settled\n\nThe quillwort harvest began in Quessel.\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(dock->hits().size(), 1, 60000);
    }

    void damagedDatabase_isFoundByTheIndexingAndRebuilt()
    {
        // The library of the first test, damaged inside (its header intact,
        // so only a full check finds it: the indexing thread's, not the window's).
        const QString path = Library::defaultFolder() + QStringLiteral("/library.sqlite");
        {
            Library library;
            QVERIFY(library.open(Library::defaultFolder(), Library::Check::None).ok());
            QSqlQuery q(library.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 12 * 4096);
            f.seek(3 * 4096);
            f.write(QByteArray(8 * 4096, 'x'));
        }
        MainWindow window;
        window.show();
        auto *dock = window.findChild<LibraryDock *>();
        QSignalSpy searched(dock, &LibraryDock::searched);
        dock->show();
        QVERIFY(dock->ensureOpen());
        // Set aside (with its write-ahead log) under a name of its own.
        static const QRegularExpression aside(QStringLiteral("^library\\.sqlite\\.damaged-[0-9-]+$"));
        QTRY_VERIFY_WITH_TIMEOUT(QDir(Library::defaultFolder()).entryList(QDir::Files).contains(aside), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!dock->isIndexing(), 60000);
        dock->search(QStringLiteral("quillwort"));
        // What the dock says (the rebuild's message, an indexing error) tells why, should this fail.
        const auto said = [dock] {
            QStringList texts;
            for (const QLabel *l : dock->findChildren<QLabel *>())
                texts << l->text();
            for (const QTextBrowser *b : dock->findChildren<QTextBrowser *>())
                texts << b->toPlainText().left(300);
            return texts.join(QStringLiteral(" | "));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(dock->hits().size() == 1, qPrintable(said()), 60000);
        const QList<QLabel *> labels = dock->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](const QLabel *l) { return l->text().contains(QStringLiteral("set aside")); }));
    }

    void indexing_watchesFilesUpToABudgetAndLooksOverTheRest()
    {
        QTemporaryDir libraryFolder;
        QTemporaryDir folder;
        write(folder.filePath(QStringLiteral("one.txt")), "The Varden committee met in Quessel.\n");
        write(folder.filePath(QStringLiteral("two.txt")), "The Varden committee met in Barrowfield.\n");
        {
            Library library;
            QVERIFY(library.open(libraryFolder.path()).ok());
            QVERIFY(library.addFolder(folder.path()));
        }
        LibraryIndexing indexing(libraryFolder.path());
        indexing.setFileWatchBudget(1);
        indexing.setPollInterval(300);
        indexing.setSettleTime(50);
        qsizetype updated = 0;
        int runs = 0;
        connect(&indexing, &LibraryIndexing::finished, this, [&](const IndexReport &r) {
            updated += r.updated;
            ++runs;
        });
        indexing.start();
        QTRY_VERIFY_WITH_TIMEOUT(runs > 0, 60000);
        // One file watched (the budget), the folder too.
        const QStringList files = indexing.watchedFiles();
        QCOMPARE(files.size(), 1);
        QVERIFY(indexing.watchedFolders().contains(QDir::cleanPath(folder.path())));
        // The other, written in place, is found by the next look over the library.
        const QString unwatched = files.first().endsWith(QStringLiteral("one.txt"))
            ? folder.filePath(QStringLiteral("two.txt"))
            : folder.filePath(QStringLiteral("one.txt"));
        {
            QFile f(unwatched);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("The Varden committee met again, this time in Lindholm.\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(updated, 1, 60000);
    }

    void addFolderDialog_startsInTheArticlesFolderElseBesideTheFolderAddedLast()
    {
        // A library of its own: the folders added by the tests above must not count.
        QTemporaryDir data;
        const QByteArray before = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        const auto restore = qScopeGuard([&before] { qputenv("XDG_DATA_HOME", before); });
        const auto startFolderShown = [](QAction *action) {
            QString shown;
            QTimer poll;
            poll.setInterval(5);
            connect(&poll, &QTimer::timeout, &poll, [&] {
                if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                    poll.stop();
                    shown = dialog->directory().absolutePath();
                    dialog->reject();
                }
            });
            poll.start();
            action->trigger(); // returns once the dialog is closed
            return shown;
        };

        MainWindow window;
        window.show();
        auto *dock = window.findChild<LibraryDock *>();
        QVERIFY(dock);
        // An empty library: the folder of the article in view, the likely one to add.
        QVERIFY(window.openArticle(m_articles.filePath(QStringLiteral("accord.txt"))));
        QCOMPARE(startFolderShown(dock->addFolderAction()), QFileInfo(m_articles.path()).absoluteFilePath());

        // Once a folder is added: still the article's while the library has
        // not got its folder, else beside the folder added last, where its
        // siblings are.
        QTemporaryDir parent;
        const QString added = parent.filePath(QStringLiteral("dispatches"));
        QVERIFY(QDir().mkpath(added));
        write(added + QStringLiteral("/ferry.txt"), "The Kessport ferry sailed on 3 June 2022.\n");
        QSignalSpy finished(dock, &LibraryDock::indexingFinished);
        QVERIFY(dock->addFolder(added));
        QVERIFY(finished.wait(120000));
        QCOMPARE(startFolderShown(dock->addFolderAction()), QFileInfo(m_articles.path()).absoluteFilePath());

        // An article from a folder the library has got: beside the folder added last.
        QVERIFY(window.openArticle(added + QStringLiteral("/ferry.txt")));
        QCOMPARE(startFolderShown(dock->addFolderAction()), QFileInfo(parent.path()).absoluteFilePath());
    }
};

QTEST_MAIN(LibraryDockTest)
#include "librarydock_test.moc"
