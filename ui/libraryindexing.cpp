// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "libraryindexing.h"

#include "analysis/analyzer.h"
#include "annotations/lexicon.h"
#include "library/library.h"

#include <QDateTime>
#include <QDirIterator>
#include <QThread>

namespace Annalist {

LibraryIndexing::LibraryIndexing(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
{
    m_changed.setSingleShot(true);
    m_changed.setInterval(1500);
    connect(&m_changed, &QTimer::timeout, this, &LibraryIndexing::start);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_changed.start(); });
}

LibraryIndexing::~LibraryIndexing()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void LibraryIndexing::watch(const QStringList &folders)
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    // Folders only: a watch per file would run out of the system's watches
    // in a large library, and saving a file (atomically, as editors do)
    // changes its folder too.
    constexpr int MostFolders = 2000;
    QStringList dirs;
    for (const QString &folder : folders) {
        dirs << folder;
        QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && dirs.size() < MostFolders)
            dirs << it.next();
    }
    if (!dirs.isEmpty())
        m_watcher.addPaths(dirs);
}

void LibraryIndexing::start()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    m_cancel = false;
    m_again = false;
    m_thread = QThread::create([this] {
        Library library;
        // The window's own connection checked the database when it opened it.
        const Library::OpenResult opened = library.open(m_folder, Library::Check::None);
        if (!opened.ok()) {
            m_report = IndexReport();
            m_report.error = opened.message;
            return;
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

void LibraryIndexing::finish()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const IndexReport report = m_report;
    Q_EMIT finished(report);
    if (m_again)
        start();
}

} // namespace Annalist
