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

#include <algorithm>
#include <chrono>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// Milliseconds to the first paint, or a negative number when the run failed.
double startOnce(const QString &home)
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
    const qint64 started = nowNs();
    p.start();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
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
    for (int r = 0; r < runs; ++r) {
        const double ms = startOnce(home.path());
        if (ms < 0) {
            err << "startbench: a run failed\n";
            return 1;
        }
        times << ms;
    }
    std::sort(times.begin(), times.end());
    out << "Start-up to the first painted window (offscreen, no article), median of " << runs << " runs: "
        << QString::number(times.at(times.size() / 2), 'f', 0) << " ms (fastest "
        << QString::number(times.first(), 'f', 0) << ", slowest " << QString::number(times.last(), 'f', 0) << ")\n";
    out << "RESULT startup_ms " << times.at(times.size() / 2) << "\n";
    return 0;
}
