// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Batch export: the real `annalist export --each` over a corpus of generated
// news articles, on every core.
//
//   exportbench [--articles N] [--runs N] [--jobs N] [--format FMT] [--smoke]
//
// Writes N articles (default 1,000) of 2–8 KB of news-like text as files,
// then runs `annalist export --format FMT --each -o OUT -j JOBS` over all of
// them and prints the median articles per second by the wall clock, and the
// articles per second of CPU time (user + system, all threads), which other
// processes on a shared machine distort less.

#include "newsgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>

using namespace Annalist;

namespace {

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 1000;
    int runs = 5;
    int jobs = QThread::idealThreadCount();
    QString format = QStringLiteral("json");
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
        }
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTemporaryDir dir;
    const QDir corpus(dir.filePath(QStringLiteral("corpus")));
    if (!dir.isValid() || !QDir().mkpath(corpus.path()))
        return 2;
    QStringList files;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
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
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // No user lexicon or settings of the person running the benchmark.
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(ANNALIST_EXECUTABLE));
        p.setArguments(QStringList{QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("--each"),
                                   QStringLiteral("-j"), QString::number(jobs), QStringLiteral("-o"), output}
                       + files);
        const double cpuBefore = childrenCpuSeconds();
        QElapsedTimer clock;
        clock.start();
        p.start();
        if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            err << "exportbench: the export failed: " << p.readAllStandardError() << "\n";
            return 1;
        }
        const double seconds = std::max(1e-9, clock.nsecsElapsed() / 1e9);
        const double cpu = std::max(1e-9, childrenCpuSeconds() - cpuBefore);
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
