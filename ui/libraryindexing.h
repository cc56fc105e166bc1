// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "library/libraryindexer.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace Annalist {

/// Runs LibraryIndexer on a thread of its own (with its own database
/// connection; the analysis on worker threads under it), so that the window
/// never waits for it. Reports progress a few times a second; cancel() stops
/// it between files.
///
/// While the program runs it follows the library's folders: their folders
/// (a file added, removed or saved by replacing it) and, up to a budget, the
/// article files themselves, the most recently changed first (a file
/// written in place changes only the file). The system's watches are few
/// (inotify's are shared by every program of the user), so when the library
/// holds more files than the budget, the rest is checked by a look at every
/// file's size and time every pollInterval. A burst of changes makes one
/// update, a second after the last change and at most a few seconds after
/// the first.
class LibraryIndexing : public QObject
{
    Q_OBJECT
public:
    /// folder: where the library's database lives (Library::defaultFolder()).
    explicit LibraryIndexing(const QString &folder, QObject *parent = nullptr);
    ~LibraryIndexing() override;

    /// Starts an update of the whole library; when one is running, another
    /// follows it. Each update ends by watching the library's folders and files anew.
    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    /// Most article files watched one by one (default 2,000).
    void setFileWatchBudget(int files) { m_fileBudget = files; }
    /// How often a library with more files than the budget is looked over (default one minute).
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }
    /// How long after a change the update starts (default one second).
    void setSettleTime(int milliseconds) { m_settle = milliseconds; }
    QStringList watchedFiles() const { return m_watcher.files(); }
    QStringList watchedFolders() const { return m_watcher.directories(); }

Q_SIGNALS:
    void started();
    void progress(qsizetype done, qsizetype total);
    /// Also after a cancel or a failure (report says which).
    void finished(const Annalist::IndexReport &report);
    /// The database was damaged or of another version and is rebuilt; message says so for a person.
    void rebuilt(const QString &message);

private:
    void finish();
    void changed();
    void applyWatches();
    void addSomeWatches();

    QString m_folder;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_lastProgress{0};
    bool m_again = false;
    bool m_checked = false; ///< the first run checks the whole database
    IndexReport m_report;
    int m_fileBudget = 2000;
    int m_settle = 1000;
    // What the last run found to watch (written by its thread, read after it ended).
    QStringList m_watchFolders;
    QStringList m_watchFiles;
    bool m_unwatchedFiles = false;
    QStringList m_pendingWatches; ///< added a chunk at a time
    QFileSystemWatcher m_watcher;
    QTimer m_changed; ///< gathers a burst of changes into one update
    QElapsedTimer m_firstChange; ///< of the burst: a steady stream of changes still updates
    QTimer m_poll; ///< looks over a library larger than the watch budget
};

} // namespace Annalist
