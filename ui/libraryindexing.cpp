// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "libraryindexing.h"

#include "analysis/analyzer.h"
#include "annotations/lexicon.h"
#include "library/library.h"

#include <QDateTime>
#include <QDirIterator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

namespace Annalist {

namespace {

/// The longest a burst of changes may put an update off.
constexpr qint64 MostDelay = 5000;

/// The library's folders and subfolders, at most MostFolders.
QStringList foldersToWatch(const QStringList &folders)
{
    constexpr int MostFolders = 2000;
    QStringList dirs;
    for (const QString &folder : folders) {
        if (dirs.size() >= MostFolders)
            break;
        dirs << folder;
        QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && dirs.size() < MostFolders)
            dirs << it.next();
    }
    return dirs;
}

} // namespace

LibraryIndexing::LibraryIndexing(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
{
    m_changed.setSingleShot(true);
    connect(&m_changed, &QTimer::timeout, this, [this] {
        m_firstChange.invalidate();
        start();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LibraryIndexing::changed);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LibraryIndexing::changed);
    m_poll.setInterval(60000);
    connect(&m_poll, &QTimer::timeout, this, &LibraryIndexing::start);
}

LibraryIndexing::~LibraryIndexing()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void LibraryIndexing::changed()
{
    // Each change puts the update off a little (a file is often written in
    // several pieces), but no more than MostDelay after the first.
    if (!m_firstChange.isValid())
        m_firstChange.start();
    m_changed.start(int(std::clamp<qint64>(MostDelay - m_firstChange.elapsed(), 0, m_settle)));
}

void LibraryIndexing::start()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    m_cancel = false;
    m_again = false;
    const Library::Check check = m_checked ? Library::Check::None : Library::Check::Full;
    m_checked = true;
    m_thread = QThread::create([this, budget = m_fileBudget, check] {
        Library library;
        // The first run checks the whole database here, off the window's
        // thread (the window's connection only looked at its header).
        const Library::OpenResult opened = library.open(m_folder, check);
        if (!opened.ok()) {
            m_report = IndexReport();
            m_report.error = opened.message;
            return;
        }
        if (opened.status == Library::OpenResult::Status::Rebuilt) {
            QMetaObject::invokeMethod(this, [this, message = opened.message] { Q_EMIT rebuilt(message); },
                                      Qt::QueuedConnection);
        }
        const Analyzer analyzer;
        Lexicon lexicon;
        lexicon.load(Lexicon::defaultPath());
        LibraryIndexer indexer(library, analyzer, lexicon);
        // One core stays free for the window.
        indexer.setThreads(std::max(1, QThread::idealThreadCount() - 1));
        m_report = indexer.update(
            [this](const IndexProgress &p) {
                // A few updates a second are enough for a progress bar.
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                if (p.done != p.total && now - m_lastProgress < 100)
                    return;
                m_lastProgress = now;
                QMetaObject::invokeMethod(this, [this, done = p.done, total = p.total] { Q_EMIT progress(done, total); },
                                          Qt::QueuedConnection);
            },
            &m_cancel);

        // What to watch until the next run, found here rather than on the
        // window's thread: the folders, and the files changed most recently.
        m_watchFolders = foldersToWatch(library.folders());
        m_watchFiles.clear();
        QSqlQuery q(library.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT path FROM articles ORDER BY mtime DESC LIMIT ?"));
        q.addBindValue(budget + 1);
        if (q.exec()) {
            while (q.next())
                m_watchFiles << q.value(0).toString();
        }
        m_unwatchedFiles = m_watchFiles.size() > budget;
        if (m_unwatchedFiles)
            m_watchFiles.removeLast();
    });
    connect(m_thread, &QThread::finished, this, &LibraryIndexing::finish);
    m_thread->start(QThread::LowPriority);
    Q_EMIT started();
}

void LibraryIndexing::cancel()
{
    m_cancel = true;
    m_again = false;
}

void LibraryIndexing::applyWatches()
{
    // Only the difference: a path that stays keeps its watch. A file
    // replaced by a save has lost its watch (the watcher drops it) and is added again.
    const QStringList wanted = m_watchFolders + m_watchFiles;
    const QSet<QString> want(wanted.cbegin(), wanted.cend());
    QStringList drop;
    QSet<QString> have;
    for (const QStringList &list : {m_watcher.directories(), m_watcher.files()}) {
        for (const QString &path : list) {
            if (want.contains(path))
                have.insert(path);
            else
                drop << path;
        }
    }
    if (!drop.isEmpty())
        m_watcher.removePaths(drop);
    m_pendingWatches.clear();
    for (const QString &path : wanted) {
        if (!have.contains(path))
            m_pendingWatches << path;
    }
    addSomeWatches();
    if (m_unwatchedFiles)
        m_poll.start();
    else
        m_poll.stop();
}

void LibraryIndexing::addSomeWatches()
{
    // A few hundred at a time (each is a system call and a look at the
    // file), so that thousands of them do not stall the window.
    constexpr qsizetype Chunk = 200;
    const QStringList chunk = m_pendingWatches.first(std::min(Chunk, m_pendingWatches.size()));
    m_pendingWatches.remove(0, chunk.size());
    if (!chunk.isEmpty())
        m_watcher.addPaths(chunk);
    if (!m_pendingWatches.isEmpty())
        QTimer::singleShot(0, this, &LibraryIndexing::addSomeWatches);
}

void LibraryIndexing::finish()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    applyWatches();
    const IndexReport report = m_report;
    Q_EMIT finished(report);
    if (m_again)
        start();
}

} // namespace Annalist
