// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/libraryindexer.h"

#include "analysis/analyzer.h"
#include "annotations/lexicon.h"
#include "article/loader.h"
#include "export/exportdate.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "storage/effectivelayer.h"
#include "storage/sidecar.h"
#include "util/boundedfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace Annalist {

namespace {

/// A file as found on disk.
struct FoundFile {
    QString path; ///< absolute
    QString folder; ///< the library folder it was found under
    qint64 size = 0;
    qint64 mtime = 0; ///< milliseconds since the epoch
    QString sidecar; ///< the sidecar's path, size and time; empty when it has none
};

/// A file as the database records it.
struct Recorded {
    qint64 id = 0;
    qint64 size = -1;
    qint64 mtime = -1;
    QString hash;
    QString sidecar;
    bool failed = false;
    QString analysis; ///< analysisStamp() when it was analysed
};

QString sidecarStamp(const QString &articlePath)
{
    const QString path = Sidecar::existingPath(articlePath);
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    return QStringLiteral("%1:%2:%3").arg(path).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

/// What the analysis depends on besides the file: the program's version and
/// the user's lexicon. When it changes every article is analysed again.
QString analysisStamp(const Lexicon &lexicon)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView(ANNALIST_VERSION));
    for (const LexiconEntry &e : lexicon.entries()) {
        hash.addData(QByteArrayView("\n"));
        hash.addData(e.text.toUtf8());
        hash.addData(QByteArrayView("\t"));
        hash.addData(e.type.toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

PreparedArticle prepare(const FoundFile &file, const Recorded *old, bool forceAnalysis, const Analyzer &analyzer,
                        const Lexicon &lexicon)
{
    PreparedArticle p;
    const LoadOptions options;
    const BoundedRead read = readBoundedFile(file.path, options.maxBytes);
    if (!read.ok()) {
        // The loader words every kind of refusal for a person.
        const LoadResult loaded = loadArticle(file.path, options);
        p.kind = PreparedArticle::Kind::Failed;
        p.reason = loaded.ok() ? read.error : loaded.message;
        return p;
    }
    p.hash = QString::fromLatin1(QCryptographicHash::hash(read.bytes, QCryptographicHash::Sha1).toHex());
    if (old && !forceAnalysis && !old->failed && old->hash == p.hash && old->sidecar == file.sidecar) {
        p.kind = PreparedArticle::Kind::SameContent;
        return p;
    }
    LoadResult loaded = parseArticle(read.bytes, file.path, options);
    if (!loaded.ok()) {
        p.kind = PreparedArticle::Kind::Failed;
        p.reason = loaded.message;
        return p;
    }
    loaded.article.path = file.path;
    EffectiveLayer layer = effectiveLayer(loaded.article, analyzer.analyze(loaded.article), lexicon);
    p.kind = PreparedArticle::Kind::Analysed;
    p.article = std::move(loaded.article);
    p.entities = std::move(layer.entities);
    p.events = std::move(layer.events);
    return p;
}

} // namespace

LibraryIndexer::LibraryIndexer(Library &library, const Analyzer &analyzer, const Lexicon &lexicon)
    : m_library(library)
    , m_analyzer(analyzer)
    , m_lexicon(lexicon)
{
}

bool LibraryIndexer::isArticleFile(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    if (name.startsWith(u'.') || name.endsWith(QLatin1StringView(".annalist.json")))
        return false;
    const QString suffix = QFileInfo(name).suffix().toLower();
    static const QSet<QString> suffixes{QStringLiteral("txt"),  QStringLiteral("text"),     QStringLiteral("html"),
                                        QStringLiteral("htm"),  QStringLiteral("xhtml"),    QStringLiteral("md"),
                                        QStringLiteral("markdown")};
    return suffixes.contains(suffix);
}

IndexReport LibraryIndexer::update(const ProgressFunction &progress, const std::atomic<bool> *cancel)
{
    IndexReport report;
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const QStringList folders = m_library.folders();

    // What is on disk. A file under two listed folders (one inside the
    // other) belongs to the first.
    QList<FoundFile> found;
    QSet<QString> seen;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            if (!isArticleFile(info.fileName()))
                continue;
            const QString path = info.absoluteFilePath();
            if (seen.contains(path))
                continue;
            seen.insert(path);
            found.append({path, folder, info.size(), info.lastModified().toMSecsSinceEpoch(), sidecarStamp(path)});
        }
        if (cancelled()) {
            report.cancelled = true;
            return report;
        }
    }
    // Unreadable files are listed too (the iterator skips them above): a
    // person should learn why an article is missing.
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString path = info.absoluteFilePath();
            if (info.isReadable() || !isArticleFile(info.fileName()) || seen.contains(path))
                continue;
            seen.insert(path);
            found.append({path, folder, info.size(), info.lastModified().toMSecsSinceEpoch(), QString()});
        }
    }

    LibraryStore store(m_library.database());
    QString error;
    QHash<QString, Recorded> recorded;
    {
        QSqlQuery q(m_library.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, path, size, mtime, hash, sidecar, error, analysis FROM articles"))) {
            report.error = store.errorMessage(q);
            return report;
        }
        while (q.next()) {
            Recorded r{q.value(0).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                       q.value(4).toString(), q.value(5).toString(), !q.value(6).isNull(), q.value(7).toString()};
            recorded.insert(q.value(1).toString(), r);
        }
    }
    // Each article records what it was analysed with, so that a run
    // interrupted after a change of the lexicon redoes only the rest.
    const QString stamp = analysisStamp(m_lexicon);
    const auto stale = [&stamp](const Recorded &r) { return !r.failed && r.analysis != stamp; };

    // Gone from disk, or no longer under a library folder.
    QList<qint64> gone;
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (!seen.contains(it.key()))
            gone << it->id;
    }
    QList<qsizetype> todo;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const FoundFile &f = found.at(i);
        const auto it = recorded.constFind(f.path);
        if (it != recorded.cend() && !stale(*it) && it->size == f.size && it->mtime == f.mtime
            && it->sidecar == f.sidecar) {
            ++report.unchanged;
            continue;
        }
        todo << i;
    }

    if (!gone.isEmpty()) {
        m_library.beginTransaction();
        for (qint64 id : std::as_const(gone)) {
            if (!store.removeArticle(id)) {
                report.error = store.lastError();
                m_library.rollback();
                return report;
            }
        }
        if (!m_library.commit(&report.error))
            return report;
        report.removed = gone.size();
    }

    // Workers read and analyse; this thread writes what they hand over, in
    // order of completion. The queue is bounded so that a fast reader does
    // not hold thousands of analysed articles in memory.
    std::mutex mutex;
    std::condition_variable ready;
    std::condition_variable space;
    std::deque<std::pair<qsizetype, PreparedArticle>> queue;
    constexpr std::size_t QueueLimit = 256;
    std::atomic<qsizetype> next{0};
    std::atomic<bool> stop{false};
    const int threads = std::clamp<int>(m_threads > 0 ? m_threads : QThread::idealThreadCount(), 1,
                                        int(std::max<qsizetype>(1, todo.size())));
    int working = threads;
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads && !todo.isEmpty(); ++t) {
        pool.start([&] {
            for (qsizetype i = next++; i < todo.size() && !stop && !cancelled(); i = next++) {
                const FoundFile &f = found.at(todo.at(i));
                const auto it = recorded.constFind(f.path);
                const Recorded *old = it == recorded.cend() ? nullptr : &*it;
                PreparedArticle p = prepare(f, old, old && stale(*old), m_analyzer, m_lexicon);
                std::unique_lock lock(mutex);
                space.wait(lock, [&] { return queue.size() < QueueLimit || stop; });
                queue.emplace_back(todo.at(i), std::move(p));
                ready.notify_one();
            }
            std::lock_guard lock(mutex);
            --working;
            ready.notify_all();
        });
    }
    if (todo.isEmpty())
        working = 0;

    IndexProgress shown;
    shown.total = todo.size();
    int inTransaction = 0;
    bool writeFailed = false;
    for (;;) {
        std::deque<std::pair<qsizetype, PreparedArticle>> batch;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return !queue.empty() || working == 0; });
            if (queue.empty() && working == 0)
                break;
            batch.swap(queue);
            space.notify_all();
        }
        for (auto &[index, prepared] : batch) {
            if (writeFailed || cancelled())
                break;
            const FoundFile &f = found.at(index);
            const auto it = recorded.constFind(f.path);
            const Recorded *old = it == recorded.cend() ? nullptr : &*it;
            if (inTransaction == 0)
                m_library.beginTransaction();
            ArticleStamp s{f.path, f.folder, f.size, f.mtime, prepared.hash, f.sidecar, stamp};
            bool written = false;
            switch (prepared.kind) {
            case PreparedArticle::Kind::SameContent:
                written = store.restamp(old->id, s);
                ++report.unchanged;
                break;
            case PreparedArticle::Kind::Failed:
                written = store.writeFailure(old ? old->id : 0, s, prepared.reason);
                report.failures.append({f.path, prepared.reason});
                break;
            case PreparedArticle::Kind::Analysed:
                written = store.writeArticle(old ? old->id : 0, s, prepared);
                ++(old ? report.updated : report.added);
                break;
            }
            if (!written) {
                report.error = store.lastError();
                writeFailed = true;
                break;
            }
            if (++inTransaction >= m_batch) {
                inTransaction = 0;
                if (!m_library.commit(&report.error)) {
                    writeFailed = true;
                    break;
                }
            }
            ++shown.done;
            shown.path = f.path;
            if (progress)
                progress(shown);
        }
        // On a cancel what is analysed but not written is dropped.
        if (writeFailed || cancelled()) {
            std::lock_guard lock(mutex);
            stop = true;
            queue.clear();
            space.notify_all();
        }
    }
    pool.waitForDone();
    if (writeFailed) {
        if (inTransaction > 0)
            m_library.rollback();
        return report;
    }
    if (inTransaction > 0 && !m_library.commit(&report.error))
        return report;
    report.cancelled = cancelled() && shown.done < todo.size();
    if (!report.cancelled) {
        m_library.beginTransaction();
        if (!store.removeUnusedEntities()) {
            report.error = store.lastError();
            m_library.rollback();
            return report;
        }
        m_library.commit(&report.error);
    }
    return report;
}

} // namespace Annalist
