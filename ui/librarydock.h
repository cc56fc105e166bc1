// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/textrange.h"
#include "library/library.h"
#include "library/librarysearch.h"

#include <QDockWidget>

#include <atomic>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace Annalist {

class LibraryIndexing;
class MainWindow;

/// The Library dock: a search box over every article of the library's
/// folders, the results with their highlighted snippets, the entity index
/// and one timeline across the library (or the search's results); a
/// progress bar with Cancel while the folders are indexed in the background.
///
/// The library is opened the first time the dock is shown or a folder is
/// added, so that a window that never uses it never touches its database.
class LibraryDock : public QDockWidget
{
    Q_OBJECT
public:
    /// The roles of the entity index's items.
    enum Role { EntityNameRole = Qt::UserRole + 1, EntityTypeRole };

    explicit LibraryDock(QWidget *parent = nullptr);
    ~LibraryDock() override;

    /// Puts a Library dock into the window (hidden until the person shows
    /// it or adds a folder), whose results open in the window's tabs.
    static LibraryDock *install(MainWindow *window);

    /// File → Add Folder to Library…
    QAction *addFolderAction() const { return m_addFolderAction; }

    /// Adds a folder and starts indexing it; false (and tells the person)
    /// when it cannot be added.
    bool addFolder(const QString &path);
    /// Searches as if the person had typed text into the box. The results
    /// are shown when searched() is emitted (they are read on a worker thread).
    void search(const QString &text);
    bool isIndexing() const;
    /// Opens the library if it is not open yet; false when it cannot be.
    bool ensureOpen();

    QLineEdit *searchBox() const { return m_searchBox; }
    QTextBrowser *results() const { return m_results; }
    QTextBrowser *timeline() const { return m_timeline; }
    QTreeView *entityView() const { return m_entityView; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    LibraryIndexing *indexing() const { return m_indexing; }
    const QList<LibraryHit> &hits() const { return m_hits; }
    const QList<LibraryTimelineItem> &timelineItems() const { return m_timelineItems; }

    /// Opens hit number index of the results, as a click on it does.
    void activateHit(int index);

Q_SIGNALS:
    /// An article to show, with the passage to select in it.
    void openRequested(const QString &path, Annalist::TextRange range);
    /// An indexing run ended (finished, cancelled or failed).
    void indexingFinished();
    /// A search's results are shown.
    void searched();

private:
    void chooseFolder();
    void runSearch();
    struct Found;
    void showPage(Found &found);
    void showRest(Found &found);
    void openLink(const QUrl &url);
    void exportTimeline();
    void indexingDone(const IndexReport &report);
    void showStatus();

    std::unique_ptr<Library> m_library; ///< the folder list; its database connection is closed once checked
    bool m_libraryReady = false;
    LibraryIndexing *m_indexing = nullptr;
    QAction *m_addFolderAction = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_results = nullptr;
    QTextBrowser *m_timeline = nullptr;
    QTreeView *m_entityView = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_typing = nullptr;
    QList<LibraryHit> m_hits;
    QList<LibraryTimelineItem> m_timelineItems;
    QString m_notice; ///< the last rebuild or failure message, shown until the next run
    /// The number of the newest search: the results of older ones are
    /// dropped (shared with the searches' worker threads, which stop early).
    std::shared_ptr<std::atomic<int>> m_newestSearch = std::make_shared<std::atomic<int>>(0);
    LibraryStatistics m_statistics; ///< as the last search found them
    QList<IndexFailure> m_failures;
    qsizetype m_found = -1; ///< articles the shown search finds in all; -1 until counted
    static constexpr int PageSize = 50; ///< results shown at first, and added by "More results…"
    int m_pageSize = PageSize;
    QString m_searchedText; ///< what the page size is for
};

} // namespace Annalist
