// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Annalist {

class Analyzer;
class Lexicon;
class Library;

struct IndexProgress {
    qsizetype done = 0; ///< files looked at so far
    qsizetype total = 0; ///< files that needed reading (new or changed)
    QString path; ///< the last file done
};

struct IndexFailure {
    QString path;
    QString reason; ///< one sentence naming the file (the loader's message)
};

struct IndexReport {
    qsizetype added = 0;
    qsizetype updated = 0; ///< changed articles read again (their sidecar counts)
    qsizetype unchanged = 0; ///< by size and time, or by hash when only the time changed
    qsizetype removed = 0; ///< gone from disk, or under a folder no longer in the library
    QList<IndexFailure> failures; ///< files that could not be read this time; the others were indexed
    bool cancelled = false; ///< stopped on request; what was written stays, the rest waits for the next run
    QString error; ///< the database failed: indexing stopped (what was committed stays)

    bool ok() const { return error.isEmpty(); }
};

/// Brings the library's database up to date with its folders. Reuses the
/// loader, the analyzer and the user's work (the sidecar's tags and timeline
/// edits, the lexicon) exactly as the window and `annalist export` do.
///
/// Incremental: a file whose size, modification time and sidecar are as
/// recorded is not read; one whose bytes hash as before is not analysed
/// again. Files are analysed on worker threads; this thread alone writes,
/// in transactions of a few dozen articles, so a kill loses at most the
/// articles of the open transaction and the next run takes up where it stopped.
class LibraryIndexer
{
public:
    using ProgressFunction = std::function<void(const IndexProgress &)>;

    /// library must be open and belong to the calling thread; analyzer and
    /// lexicon are only read (shared with the worker threads).
    LibraryIndexer(Library &library, const Analyzer &analyzer, const Lexicon &lexicon);

    /// Worker threads (default: one per core).
    void setThreads(int threads) { m_threads = threads; }
    /// Articles written per transaction.
    void setBatchSize(int articles) { m_batch = articles; }

    /// Indexes the library's folders (recursively): new and changed articles
    /// are read, articles gone from disk or from the list of folders are
    /// removed. A change of the user's lexicon (or of Annalist's version)
    /// analyses every article again. progress is called on this thread;
    /// cancel is read between files.
    IndexReport update(const ProgressFunction &progress = {}, const std::atomic<bool> *cancel = nullptr);

    /// Whether a file is an article the library reads (text, HTML, Markdown
    /// by suffix; never a sidecar or a hidden file).
    static bool isArticleFile(const QString &fileName);

private:
    Library &m_library;
    const Analyzer &m_analyzer;
    const Lexicon &m_lexicon;
    int m_threads = 0;
    int m_batch = 64;
};

} // namespace Annalist
