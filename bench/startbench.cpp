// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Start-up: from starting the real `annalist` executable to its first painted
// window, offscreen, with no article and fresh settings.
//
//   startbench [--runs N] [--smoke]
//
// The program is started with ANNALIST_BENCH_FIRST_PAINT set, which makes it
// print the moment of its window's first paint (the system's monotonic clock)
// and quit; the time is that moment less the moment just before the process
// was started, so it covers loading the libraries, QApplication, the window
// and the paint, but not quitting. One warm-up run is not counted (it brings
// the executable and Qt's libraries into the page cache). Prints the median.

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/// Milliseconds to the first paint, or a negative number when the run failed;
/// cpuMs receives the CPU time the whole run took (quitting included).
double startOnce(const QString &home, double *cpuMs = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ANNALIST_BENCH_FIRST_PAINT"), QStringLiteral("1"));
    // Fresh settings: no restored tabs, the default window.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(ANNALIST_EXECUTABLE));
    const double cpuBefore = childrenCpuMs();
    const qint64 started = nowNs();
    p.start();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    if (cpuMs)
        *cpuMs = childrenCpuMs() - cpuBefore;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("first-paint-ns "))
            return double(line.mid(15).toLongLong() - started) / 1e6;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 9;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--smoke")
            runs = 1;
        else if (args[i] == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
    }
    QTemporaryDir home;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (startOnce(home.path()) < 0) {
        err << "startbench: " << ANNALIST_EXECUTABLE << " did not report its first paint\n";
        return 1;
    }
    QList<double> times;
    QList<double> cpuTimes;
    for (int r = 0; r < runs; ++r) {
        double cpu = 0;
        const double ms = startOnce(home.path(), &cpu);
        if (ms < 0) {
            err << "startbench: a run failed\n";
            return 1;
        }
        times << ms;
        cpuTimes << cpu;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    out << "Start-up to the first painted window (offscreen, no article), median of " << runs << " runs: "
        << QString::number(times.at(times.size() / 2), 'f', 0) << " ms (fastest "
        << QString::number(times.first(), 'f', 0) << ", slowest " << QString::number(times.last(), 'f', 0) << "); CPU time of a whole run, quitting included: "
        << QString::number(cpuTimes.at(cpuTimes.size() / 2), 'f', 0) << " ms\n";
    out << "RESULT startup_ms " << times.at(times.size() / 2) << "\n";
    out << "RESULT startup_cpu_ms " << cpuTimes.at(cpuTimes.size() / 2) << "\n";
    return 0;
}
