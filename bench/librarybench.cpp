// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The library at scale: indexing a folder of generated news articles into
// the SQLite library, then searching it.
//
//   librarybench [--articles N] [--jobs N] [--searches N] [--dir DIR] [--smoke]
//   librarybench --window [--articles N] [--smoke]
//
// Writes N articles (default 10,000) of 3–8 KB of news-like text, indexes
// them with LibraryIndexer on JOBS worker threads (default 2) into a fresh
// database, and prints the wall-clock and CPU seconds; then indexes again
// (nothing changed: the incremental check alone); then runs a set of full
// text, entity and date searches and the entity index, and prints the median
// and the slowest search in milliseconds, of all and of each kind.
//
// --window measures the window instead: offscreen, it adds a folder of N
// generated articles to its library (in a temporary XDG_DATA_HOME) and
// indexes it in the background while a search is typed every two seconds,
// and prints the longest stall of its event loop meanwhile (a 10 ms
// timer's longest lateness), until the results after indexing are shown.

#include "analysis/analyzer.h"
#include "annotations/lexicon.h"
#include "library/library.h"
#include "library/libraryindexer.h"
#include "library/librarysearch.h"
#include "librarydock.h"
#include "mainwindow.h"
#include "newsgenerator.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <ctime>

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

/// This thread's CPU time in milliseconds (a search runs on the calling thread, SQLite included).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// The corpus: count articles of 3–8 KB, spread evenly; a dated first
/// line as the samples have. Returns the bytes written, -1 on failure.
qint64 writeCorpus(const QString &corpus, int count)
{
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype size = 3 * 1024 + (qsizetype(i) * 5 * 1024) / std::max(1, count);
        const QByteArray text = "date 20" + QByteArray::number(10 + i % 15) + "-0" + QByteArray::number(1 + i % 9)
            + "-1" + QByteArray::number(i % 9) + "\n\n" + generateNews(size, quint32(i + 1)).toUtf8();
        QFile f(QDir(corpus).filePath(QStringLiteral("article-%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return -1;
        bytes += text.size();
    }
    return bytes;
}

/// The event loop's gaps: a 10 ms timer's lateness, the longest and how
/// many passed 100 ms (and when, as seconds from the start).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            const qint64 late = now - m_last - 10'000'000;
            if (late > m_longest) {
                m_longest = late;
                m_longestAt = double(m_last) / 1e9;
                m_longestCpu = cpu - m_lastCpu;
            }
            // What the window's thread itself did in one gap: the part of a
            // stall that is its work, not a wait for a core of a busy machine.
            m_busiest = std::max(m_busiest, cpu - m_lastCpu);
            if (late > 100'000'000)
                ++m_over;
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    double longestMs() const { return double(m_longest) / 1e6; }
    double longestCpuMs() const { return m_longestCpu; }
    double busiestMs() const { return m_busiest; }
    double longestAt() const { return m_longestAt; }
    int over() const { return m_over; }
    double seconds() const { return double(m_clock.nsecsElapsed()) / 1e9; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    double m_longestAt = 0;
    int m_over = 0;
    double m_lastCpu = 0;
    double m_longestCpu = 0;
    double m_busiest = 0;
};

/// --window: the window (offscreen) adds a folder of count articles to its
/// library and indexes it in the background while a person searches every
/// two seconds; prints the longest stall of its event loop meanwhile.
int runWindow(int count)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    if (!dir.isValid() || !QDir().mkpath(corpus) || writeCorpus(corpus, count) < 0)
        return 2;
    // A library of its own, not the person's.
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    MainWindow window(MainWindow::Mode::Screenshot);
    window.resize(1400, 900);
    window.show();
    auto *dock = window.findChild<LibraryDock *>();
    if (!dock)
        return 2;
    QApplication::processEvents();
    bool indexed = false;
    int searchesShown = 0;
    QObject::connect(dock, &LibraryDock::indexingFinished, dock, [&] { indexed = true; });
    QObject::connect(dock, &LibraryDock::searched, dock, [&] { ++searchesShown; });
    const QStringList typed{QStringLiteral("minister"), QStringLiteral("type:PERSON"), QStringLiteral("from:2015 to:2016"),
                            QStringLiteral("summit agreement"), QString()};
    int next = 0;
    QTimer searching;
    searching.setInterval(2000);
    QObject::connect(&searching, &QTimer::timeout, dock, [&] { dock->search(typed.at(next++ % typed.size())); });

    StallMeter stall;
    QElapsedTimer clock;
    clock.start();
    if (!dock->addFolder(corpus))
        return 2;
    const double addMs = double(clock.nsecsElapsed()) / 1e6;
    searching.start();
    while (!indexed)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double indexSeconds = double(clock.nsecsElapsed()) / 1e9;
    searching.stop();
    // The whole library's results, entity index and timeline after indexing.
    const int before = searchesShown;
    QElapsedTimer settle;
    settle.start();
    while (searchesShown == before && settle.elapsed() < 120000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    while (settle.elapsed() < 1000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    out << "window: " << count << " articles indexed in the background in " << QString::number(indexSeconds, 'f', 1)
        << " s (adding the folder took " << QString::number(addMs, 'f', 0) << " ms), " << next
        << " searches meanwhile; longest stall of the event loop " << QString::number(stall.longestMs(), 'f', 0)
        << " ms (at " << QString::number(stall.longestAt(), 'f', 1) << " s; the window's thread ran "
        << QString::number(stall.longestCpuMs(), 'f', 0) << " ms of it), " << stall.over()
        << " over 100 ms (target: none); the most CPU the window's thread used between two ticks "
        << QString::number(stall.busiestMs(), 'f', 0) << " ms" << Qt::endl;
    out << "RESULT library_window_articles " << count << Qt::endl;
    out << "RESULT library_window_index_s " << indexSeconds << Qt::endl;
    out << "RESULT library_window_stall_ms " << stall.longestMs() << Qt::endl;
    out << "RESULT library_window_stalls_over_100ms " << stall.over() << Qt::endl;
    out << "RESULT library_window_busiest_ms " << stall.busiestMs() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--window") == 0) {
            QApplication app(argc, argv);
            int count = 10000;
            const QStringList args = app.arguments();
            for (int j = 1; j < args.size(); ++j) {
                if (args[j] == u"--articles" && j + 1 < args.size())
                    count = std::max(1, args[++j].toInt());
                else if (args[j] == u"--smoke")
                    count = 20;
            }
            return runWindow(count);
        }
    }
    QCoreApplication app(argc, argv);
    int count = 10000;
    int jobs = 2;
    int searches = 5;
    QString keep;
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
        } else if (args[i] == u"--dir" && i + 1 < args.size()) {
            keep = args[++i];
        }
    }
    QTextStream out(stdout);
    QTemporaryDir temporary;
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    if (!temporary.isValid() || !QDir().mkpath(corpus))
        return 2;
    // --dir keeps the corpus and the library between runs (for working on
    // the searches): the corpus is written once, the indexing is incremental.
    const bool reuse = !keep.isEmpty() && QDir(corpus).count() >= uint(count) + 2;
    const qint64 bytes = reuse ? 0 : writeCorpus(corpus, count);
    if (bytes < 0)
        return 2;
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
    if (!first.ok() || (first.added != count && !reuse)) {
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

    // Searches by kind; each kind's median and slowest are reported, since
    // the target (50 ms) holds for every search, the slowest kind included.
    const LibrarySearch search(library);
    const QList<LibraryEntity> top = search.entities({}, 5);
    struct Kind {
        Kind(const char *n, const QStringList &q)
            : name(n)
            , queries(q)
        {
        }
        const char *name;
        QStringList queries;
        QList<double> times;
        QList<double> cpu;
    };
    QList<Kind> kinds{
        {"words", {QStringLiteral("minister"), QStringLiteral("summit agreement"), QStringLiteral("harbour")}},
        {"phrase", {QStringLiteral("\"foreign ministers\""), QStringLiteral("\"the minister said\"")}},
        {"dates", {QStringLiteral("from:2015 to:2016"), QStringLiteral("from:2012-03"), QStringLiteral("to:1990")}},
        {"type", {QStringLiteral("type:PERSON"), QStringLiteral("type:DOCUMENT"), QStringLiteral("type:EVENT")}},
        {"type_dates", {QStringLiteral("type:PERSON from:2012-03"), QStringLiteral("type:ORGANIZATION to:2011")}},
        {"entity", {}},
        {"words_dates", {QStringLiteral("minister from:2020"), QStringLiteral("agreement type:LOCATION to:2013")}},
    };
    for (const LibraryEntity &e : top)
        kinds[5].queries << QStringLiteral("entity:\"%1\"").arg(e.name);
    QList<double> times;
    qsizetype found = 0;
    for (int run = 0; run < searches; ++run) {
        for (Kind &kind : kinds) {
            for (const QString &typed : std::as_const(kind.queries)) {
                LibraryQuery q = LibraryQuery::parse(typed);
                q.limit = 200;
                const double cpuBefore = threadCpuMs();
                clock.restart();
                found += search.search(q).hits.size();
                const double ms = double(clock.nsecsElapsed()) / 1e6;
                kind.cpu << threadCpuMs() - cpuBefore;
                kind.times << ms;
                times << ms;
            }
        }
    }
    const auto median = [](QList<double> t) {
        std::sort(t.begin(), t.end());
        return t.isEmpty() ? 0.0 : t.at(t.size() / 2);
    };
    const double medianMs = median(times);
    const double slowestMs = times.isEmpty() ? 0.0 : *std::max_element(times.cbegin(), times.cend());
    // The number of matching articles, which the window shows after the first page.
    QList<double> countTimes;
    for (const Kind &kind : std::as_const(kinds)) {
        for (const QString &typed : kind.queries) {
            clock.restart();
            search.count(LibraryQuery::parse(typed));
            countTimes << double(clock.nsecsElapsed()) / 1e6;
        }
    }
    clock.restart();
    const qsizetype entityCount = search.entities({}, 1000).size();
    const double entityMs = double(clock.nsecsElapsed()) / 1e6;
    out << "search (" << times.size() / searches << " queries x " << searches << ", up to 200 results each, " << found
        << " results in all): median " << QString::number(medianMs, 'f', 1) << " ms, slowest "
        << QString::number(slowestMs, 'f', 1) << " ms (target: every search <= 50 ms)" << Qt::endl;
    QString slowestKind;
    double slowestKindMs = -1;
    for (const Kind &kind : std::as_const(kinds)) {
        const double max = kind.times.isEmpty() ? 0.0 : *std::max_element(kind.times.cbegin(), kind.times.cend());
        out << "  " << QString::fromLatin1(kind.name).leftJustified(12) << " median "
            << QString::number(median(kind.times), 'f', 1) << " ms, slowest " << QString::number(max, 'f', 1)
            << " ms (CPU: median " << QString::number(median(kind.cpu), 'f', 1) << " ms, slowest "
            << QString::number(*std::max_element(kind.cpu.cbegin(), kind.cpu.cend()), 'f', 1) << " ms)  ("
            << kind.queries.join(QStringLiteral(", ")) << ")" << Qt::endl;
        out << "RESULT library_search_" << kind.name << "_median_ms " << median(kind.times) << Qt::endl;
        out << "RESULT library_search_" << kind.name << "_max_ms " << max << Qt::endl;
        out << "RESULT library_search_" << kind.name << "_max_cpu_ms "
            << *std::max_element(kind.cpu.cbegin(), kind.cpu.cend()) << Qt::endl;
        if (max > slowestKindMs) {
            slowestKindMs = max;
            slowestKind = QString::fromLatin1(kind.name);
        }
    }
    out << "count of matches: median " << QString::number(median(countTimes), 'f', 1) << " ms, slowest "
        << QString::number(*std::max_element(countTimes.cbegin(), countTimes.cend()), 'f', 1) << " ms" << Qt::endl;
    out << "entity index (" << entityCount << " shown) " << QString::number(entityMs, 'f', 0) << " ms" << Qt::endl;
    out << "RESULT library_search_slowest_kind " << slowestKind << Qt::endl;
    out << "RESULT library_index_s " << indexSeconds << Qt::endl;
    out << "RESULT library_index_cpu_s " << indexCpu << Qt::endl;
    out << "RESULT library_articles " << count << Qt::endl;
    out << "RESULT library_search_median_ms " << medianMs << Qt::endl;
    out << "RESULT library_search_max_ms " << slowestMs << Qt::endl;
    return 0;
}
