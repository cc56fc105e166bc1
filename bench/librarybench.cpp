// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The library at scale: indexing a folder of generated news articles into
// the SQLite library, then searching it.
//
//   librarybench [--articles N] [--jobs N] [--searches N] [--smoke]
//
// Writes N articles (default 10,000) of 3–8 KB of news-like text, indexes
// them with LibraryIndexer on JOBS worker threads (default 2) into a fresh
// database, and prints the wall-clock and CPU seconds; then indexes again
// (nothing changed: the incremental check alone); then runs a set of full
// text, entity and date searches and the entity index, and prints the median
// and the slowest search in milliseconds.

#include "analysis/analyzer.h"
#include "annotations/lexicon.h"
#include "library/library.h"
#include "library/libraryindexer.h"
#include "library/librarysearch.h"
#include "newsgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace Annalist;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    int jobs = 2;
    int searches = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--smoke") {
            count = 40;
            searches = 1;
        } else if (args[i] == u"--articles" && i + 1 < args.size()) {
            count = std::max(1, args[++i].toInt());
        } else if (args[i] == u"--jobs" && i + 1 < args.size()) {
            jobs = std::max(1, args[++i].toInt());
        } else if (args[i] == u"--searches" && i + 1 < args.size()) {
            searches = std::max(1, args[++i].toInt());
        }
    }
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    if (!dir.isValid() || !QDir().mkpath(corpus))
        return 2;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        // 3–8 KB, spread evenly; a dated first line as the samples have.
        const qsizetype size = 3 * 1024 + (qsizetype(i) * 5 * 1024) / std::max(1, count);
        const QByteArray text = "date 20" + QByteArray::number(10 + i % 15) + "-0" + QByteArray::number(1 + i % 9)
            + "-1" + QByteArray::number(i % 9) + "\n\n" + generateNews(size, quint32(i + 1)).toUtf8();
        QFile f(QDir(corpus).filePath(QStringLiteral("article-%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return 2;
        bytes += text.size();
    }
    out << "corpus: " << count << " articles, " << QString::number(double(bytes) / 1e6, 'f', 1) << " MB" << Qt::endl;

    Library library;
    if (!library.open(dir.filePath(QStringLiteral("library"))).ok() || !library.addFolder(corpus))
        return 2;
    const Analyzer analyzer;
    const Lexicon lexicon;
    LibraryIndexer indexer(library, analyzer, lexicon);
    indexer.setThreads(jobs);
    QElapsedTimer clock;
    double cpu = cpuSeconds();
    clock.start();
    const IndexReport first = indexer.update();
    const double indexSeconds = double(clock.nsecsElapsed()) / 1e9;
    const double indexCpu = cpuSeconds() - cpu;
    if (!first.ok() || first.added != count) {
        out << "indexing failed: " << first.error << " (" << first.added << " added)" << Qt::endl;
        return 1;
    }
    clock.restart();
    const IndexReport second = indexer.update();
    const double recheckSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (second.unchanged != count)
        return 1;
    const qint64 databaseBytes = QFileInfo(library.databasePath()).size()
        + QFileInfo(library.databasePath() + QStringLiteral("-wal")).size();
    out << "indexed in " << QString::number(indexSeconds, 'f', 1) << " s (CPU " << QString::number(indexCpu, 'f', 1)
        << " s, " << jobs << " worker threads), " << QString::number(double(count) / indexSeconds, 'f', 0)
        << " articles/s; database " << QString::number(double(databaseBytes) / 1e6, 'f', 0) << " MB" << Qt::endl;
    out << "unchanged library checked again in " << QString::number(recheckSeconds, 'f', 2) << " s" << Qt::endl;

    const LibrarySearch search(library);
    const QList<LibraryEntity> top = search.entities({}, 5);
    QStringList queries{QStringLiteral("minister"), QStringLiteral("\"foreign ministers\""),
                        QStringLiteral("summit agreement"), QStringLiteral("from:2015 to:2016"),
                        QStringLiteral("type:PERSON from:2012-03")};
    for (const LibraryEntity &e : top)
        queries << QStringLiteral("entity:\"%1\"").arg(e.name);
    QList<double> times;
    qsizetype found = 0;
    for (int run = 0; run < searches; ++run) {
        for (const QString &typed : std::as_const(queries)) {
            LibraryQuery q = LibraryQuery::parse(typed);
            q.limit = 200;
            clock.restart();
            found += search.search(q).hits.size();
            times << double(clock.nsecsElapsed()) / 1e6;
        }
    }
    std::sort(times.begin(), times.end());
    const double medianMs = times.at(times.size() / 2);
    const double slowestMs = times.last();
    clock.restart();
    const qsizetype entityCount = search.entities({}, 1000).size();
    const double entityMs = double(clock.nsecsElapsed()) / 1e6;
    out << "search (" << queries.size() << " queries x " << searches << ", up to 200 results each, " << found
        << " results in all): median " << QString::number(medianMs, 'f', 1) << " ms, slowest "
        << QString::number(slowestMs, 'f', 1) << " ms; entity index (" << entityCount << " shown) "
        << QString::number(entityMs, 'f', 0) << " ms" << Qt::endl;
    out << "RESULT library_index_s " << indexSeconds << Qt::endl;
    out << "RESULT library_index_cpu_s " << indexCpu << Qt::endl;
    out << "RESULT library_articles " << count << Qt::endl;
    out << "RESULT library_search_median_ms " << medianMs << Qt::endl;
    out << "RESULT library_search_max_ms " << slowestMs << Qt::endl;
    return 0;
}
