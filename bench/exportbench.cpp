// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Batch export: the real `annalist export --each` over a corpus of generated
// news articles, on every core; and the export of one long article.
//
//   exportbench [--articles N] [--runs N] [--jobs N] [--format FMT] [--corpus DIR] [--smoke]
//   exportbench --single FILE [--runs N]
//   exportbench --single-generated MEGABYTES [--runs N]   (generated news of that size)
//
// Batch: writes N articles (default 1,000) of 2–8 KB of news-like text as
// files (or takes every file of --corpus DIR, as bench/make_corpus.py writes
// them), then runs `annalist export --format FMT --each -o OUT -j JOBS` over
// all of them and prints the median articles per second by the wall clock,
// and the articles per second of CPU time (user + system, all threads), which
// other processes on a shared machine distort less.
//
// Single: `annalist export --format json` and `--format csv` of FILE into a
// file, in turns, each in a fresh process: the median MB/s of the article's
// bytes end to end (wall clock and CPU time) and the median peak resident
// memory of each process, and the ratio of json's to csv's.

#include "newsgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <vector>

extern char **environ;

using namespace Annalist;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

struct ChildRun {
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0;
    double peakMegabytes = 0; ///< ru_maxrss of this process alone
};

/// Runs the program with args and waits for it, with its own resource use
/// (wait4(), where RUSAGE_CHILDREN would mix every child's peak).
ChildRun runChild(const QStringList &args)
{
    QList<QByteArray> bytes{QByteArray(ANNALIST_EXECUTABLE)};
    for (const QString &a : args)
        bytes << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    ChildRun r;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), nullptr, nullptr, argv.data(), environ) != 0)
        return r;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return r;
    r.seconds = std::max(1e-9, clock.nsecsElapsed() / 1e9);
    r.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    r.peakMegabytes = double(usage.ru_maxrss) / 1024.0;
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return r;
}

/// --single: json and csv of one long article, in turns.
int single(const QString &file, int runs, const QTemporaryDir &dir)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const double megabytes = double(QFileInfo(file).size()) / 1e6;
    struct Figures {
        QList<double> wall, cpu, rss;
    };
    QHash<QString, Figures> figures;
    const QStringList formats{QStringLiteral("json"), QStringLiteral("csv")};
    for (int r = 0; r < runs; ++r) {
        for (const QString &format : formats) {
            const QString output = dir.filePath(QStringLiteral("single.") + format);
            const ChildRun run = runChild({QStringLiteral("export"), QStringLiteral("--format"), format,
                                           QStringLiteral("-o"), output, file});
            if (!run.ok) {
                err << "exportbench: the " << format << " export of " << file << " failed\n";
                return 1;
            }
            QFile::remove(output);
            Figures &f = figures[format];
            f.wall << megabytes / run.seconds;
            f.cpu << megabytes / std::max(1e-9, run.cpuSeconds);
            f.rss << run.peakMegabytes;
        }
    }
    for (const QString &format : formats) {
        const Figures &f = figures[format];
        out << "annalist export --format " << format << " of one article of " << QString::number(megabytes, 'f', 1)
            << " MB, median of " << runs << " runs: " << QString::number(median(f.wall), 'f', 1)
            << " MB/s by the wall clock, " << QString::number(median(f.cpu), 'f', 1) << " MB/s by CPU time, peak RSS "
            << QString::number(median(f.rss), 'f', 0) << " MB\n";
        out << "RESULT single_" << format << "_mbps " << median(f.wall) << "\n";
        out << "RESULT single_" << format << "_mbps_cpu " << median(f.cpu) << "\n";
        out << "RESULT single_" << format << "_rss_mb " << median(f.rss) << "\n";
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 1000;
    int runs = 5;
    int jobs = QThread::idealThreadCount();
    QString format = QStringLiteral("json");
    QString corpusDir;
    QString singleFile;
    double singleMegabytes = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--smoke") {
            count = 10;
            runs = 1;
        } else if (args[i] == u"--articles" && i + 1 < args.size()) {
            count = std::max(1, args[++i].toInt());
        } else if (args[i] == u"--runs" && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (args[i] == u"--jobs" && i + 1 < args.size()) {
            jobs = std::max(1, args[++i].toInt());
        } else if (args[i] == u"--format" && i + 1 < args.size()) {
            format = args[++i];
        } else if (args[i] == u"--corpus" && i + 1 < args.size()) {
            corpusDir = args[++i];
        } else if (args[i] == u"--single" && i + 1 < args.size()) {
            singleFile = args[++i];
        } else if (args[i] == u"--single-generated" && i + 1 < args.size()) {
            singleMegabytes = args[++i].toDouble();
        }
    }
    // No user lexicon or settings of the person running the benchmark.
    QTemporaryDir home;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTemporaryDir dir;
    if (singleMegabytes > 0) {
        singleFile = dir.filePath(QStringLiteral("single.txt"));
        const QByteArray text = generateNews(qsizetype(singleMegabytes * 1e6), 26).toUtf8();
        QFile f(singleFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return 2;
    }
    if (!singleFile.isEmpty())
        return single(singleFile, runs, dir);
    const QDir corpus(dir.filePath(QStringLiteral("corpus")));
    if (!dir.isValid() || !QDir().mkpath(corpus.path()))
        return 2;
    QStringList files;
    qint64 bytes = 0;
    if (!corpusDir.isEmpty()) {
        const QDir given(corpusDir);
        for (const QString &name : given.entryList(QDir::Files, QDir::Name)) {
            files << given.filePath(name);
            bytes += QFileInfo(files.last()).size();
        }
        count = int(files.size());
        if (count == 0) {
            err << "exportbench: no articles in " << corpusDir << "\n";
            return 2;
        }
    }
    for (int i = 0; i < count && corpusDir.isEmpty(); ++i) {
        // 2–8 KB, as news articles are; each with its own seed.
        const QByteArray text = generateNews(2000 + (i * 1237) % 6000, quint32(i + 1)).toUtf8();
        const QString path = corpus.filePath(QStringLiteral("article-%1.txt").arg(i, 4, 10, QLatin1Char('0')));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return 2;
        bytes += text.size();
        files << path;
    }

    QList<double> wallRates;
    QList<double> cpuRates;
    for (int r = 0; r < runs; ++r) {
        const QString output = dir.filePath(QStringLiteral("out-%1").arg(r));
        const ChildRun run = runChild(QStringList{QStringLiteral("export"), QStringLiteral("--format"), format,
                                                  QStringLiteral("--each"), QStringLiteral("-j"), QString::number(jobs),
                                                  QStringLiteral("-o"), output}
                                      + files);
        if (!run.ok) {
            err << "exportbench: the export failed\n";
            return 1;
        }
        const double seconds = run.seconds;
        const double cpu = std::max(1e-9, run.cpuSeconds);
        const qsizetype written = QDir(output).entryList(QDir::Files).size();
        if (written != count) {
            err << "exportbench: " << written << " files written for " << count << " articles\n";
            return 1;
        }
        wallRates << count / seconds;
        cpuRates << count / cpu;
        QDir(output).removeRecursively();
    }
    out << "annalist export --format " << format << " --each -j " << jobs << " over " << count << " articles ("
        << bytes / 1000 << " KB), median of " << runs << " runs: " << QString::number(median(wallRates), 'f', 0)
        << " articles/s by the wall clock, " << QString::number(median(cpuRates), 'f', 0)
        << " articles per CPU-second (all threads)\n";
    out << "RESULT export_articles_per_s " << median(wallRates) << "\n";
    out << "RESULT export_articles_per_cpu_s " << median(cpuRates) << "\n";
    return 0;
}
