// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "library/libraryindexer.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace Annalist {

/// Runs LibraryIndexer on a thread of its own (with its own database
/// connection; the analysis on worker threads under it), so that the window
/// never waits for it. Reports progress a few times a second; cancel() stops
/// it between files. Watches the library's folders while the program runs
/// and indexes again shortly after something in them changed.
class LibraryIndexing : public QObject
{
    Q_OBJECT
public:
    /// folder: where the library's database lives (Library::defaultFolder()).
    explicit LibraryIndexing(const QString &folder, QObject *parent = nullptr);
    ~LibraryIndexing() override;

    /// Starts an update of the whole library; when one is running, another
    /// follows it.
    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    /// Follows these folders (and their subfolders) for changes.
    void watch(const QStringList &folders);

Q_SIGNALS:
    void started();
    void progress(qsizetype done, qsizetype total);
    /// Also after a cancel or a failure (report says which).
    void finished(const Annalist::IndexReport &report);

private:
    void finish();

    QString m_folder;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_lastProgress{0};
    bool m_again = false;
    IndexReport m_report;
    QFileSystemWatcher m_watcher;
    QTimer m_changed; ///< gathers a burst of changes into one update
};

} // namespace Annalist
