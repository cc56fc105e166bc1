// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Opening long articles in the window, against Qt's own floor.
//
//   openbench [--sizes 1,10] [--runs N] [--smoke]
//   openbench --one MODE FILE        (internal: one measurement in a fresh process)
//   openbench --write MB FILE        writes the article of that size it measures (to profile it)
//
// For each size it generates news-like text, writes it to a temporary file,
// and measures in separate processes (so peak memory is per measurement):
//   floor:    reading the file as UTF-8 and QPlainTextEdit::setPlainText of
//             the text, no highlighting, until the first paint of the viewport;
//   annalist: MainWindow::openArticle until the text is painted, and until
//             the highlights of the whole article are ready;
// with, for each, the longest stall of the event loop (a 1 ms timer's longest
// gap) and the peak resident memory. Prints medians of --runs runs.

#include "documenttab.h"
#include "mainwindow.h"
#include "newsgenerator.h"
#include "articleview.h"
#include "util/allocator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Annalist;

namespace {

/// Resident memory now, from /proc (0 where there is none).
double currentRssMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096 / (1024.0 * 1024.0) : 0;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

/// Records the longest gap between ticks of a 1 ms timer: how long the event
/// loop could not run.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    /// Stops and includes the gap up to now.
    double stopMs()
    {
        m_longest = std::max(m_longest, m_clock.nsecsElapsed() - m_last);
        m_timer.stop();
        return m_longest / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

/// Waits for the next paint of a widget and returns once it has been painted.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *w)
        : m_widget(w)
    {
        w->installEventFilter(this);
    }
    bool painted = false;

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (o == m_widget && e->type() == QEvent::Paint) {
            m_widget->removeEventFilter(this);
            // Let the paint itself happen, then note it.
            const bool r = QObject::eventFilter(o, e);
            QMetaObject::invokeMethod(this, [this] { painted = true; }, Qt::QueuedConnection);
            return r;
        }
        return false;
    }

private:
    QWidget *m_widget;
};

int runOne(const QString &mode, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    QTextStream out(stdout);
    StallMeter stall;
    QElapsedTimer clock;
    if (mode == u"floor") {
        QPlainTextEdit edit;
        edit.resize(1000, 800);
        edit.show();
        QApplication::processEvents();
        stall.start();
        clock.start();
        // Opening includes reading the file, as it does for the window.
        edit.setPlainText(QString::fromUtf8(f.readAll()));
        PaintWatcher watcher(edit.viewport());
        while (!watcher.painted)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const double paintMs = clock.nsecsElapsed() / 1e6;
        out << "paint " << paintMs << " ready " << paintMs << " stall " << stall.stopMs() << " rss " << peakRssMb()
            << Qt::endl;
        return 0;
    }
    f.close();
    MainWindow window(MainWindow::Mode::Screenshot);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    stall.start();
    clock.start();
    if (!window.openArticle(path))
        return 3;
    const double openedMs = clock.nsecsElapsed() / 1e6;
    DocumentTab *tab = window.currentTab();
    while (!tab->isShown())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double shownMs = clock.nsecsElapsed() / 1e6;
    if (qEnvironmentVariableIsSet("OPENBENCH_PHASES"))
        QTextStream(stderr) << "opened " << openedMs << " shown " << shownMs << Qt::endl;
    PaintWatcher watcher(tab->view()->viewport());
    tab->view()->viewport()->update();
    while (!watcher.painted)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double paintMs = clock.nsecsElapsed() / 1e6;
    window.waitUntilIdle(600000);
    PaintWatcher highlighted(tab->view()->viewport());
    tab->view()->viewport()->update();
    while (!highlighted.painted)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double readyMs = clock.nsecsElapsed() / 1e6;
    out << "paint " << paintMs << " ready " << readyMs << " stall " << stall.stopMs() << " rss " << peakRssMb()
        << " rssReady " << currentRssMb() << Qt::endl;
    return 0;
}

struct Figures {
    double paint = 0, ready = 0, stall = 0, rss = 0;
};

Figures measure(const QString &mode, const QString &path)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--one"), mode, path});
    p.waitForFinished(-1);
    const QStringList w = QString::fromUtf8(p.readAllStandardOutput()).simplified().split(u' ');
    Figures f;
    for (int i = 0; i + 1 < w.size(); i += 2) {
        const double v = w[i + 1].toDouble();
        if (w[i] == u"paint")
            f.paint = v;
        else if (w[i] == u"ready")
            f.ready = v;
        else if (w[i] == u"stall")
            f.stall = v;
        else if (w[i] == u"rss")
            f.rss = v;
    }
    return f;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("annalist-openbench"));
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == u"--one") {
        // As the program runs (app/main.cpp); the floor too, so that both
        // stand on the same allocator.
        tuneAllocator(AllocatorUse::Window);
        return runOne(args[2], args[3]);
    }
    if (args.size() == 4 && args[1] == u"--write") {
        QFile f(args[3]);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(generateNews(qsizetype(args[2].toDouble() * 1024 * 1024)).toUtf8());
        return 0;
    }

    QList<double> sizes{1, 10};
    int runs = 3;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--smoke") {
            sizes = {0.05};
            runs = 1;
        } else if (args[i] == u"--runs" && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (args[i] == u"--sizes" && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args[++i].split(u','))
                sizes << s.toDouble();
        }
    }
    QTemporaryDir dir;
    QTextStream out(stdout);
    out << "Opening an article in the window (offscreen), median of " << runs << " runs\n";
    out << "size    | floor paint | annalist paint | ratio | highlights ready | stall floor | stall annalist | "
           "RSS floor | RSS annalist | ratio\n";
    for (double mb : std::as_const(sizes)) {
        const QString path = dir.filePath(QStringLiteral("article-%1.txt").arg(mb));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(generateNews(qsizetype(mb * 1024 * 1024)).toUtf8());
        f.close();
        QList<double> fp, fs, fr, ap, ar, as, arss;
        for (int r = 0; r < runs; ++r) {
            const Figures floor = measure(QStringLiteral("floor"), path);
            const Figures ours = measure(QStringLiteral("annalist"), path);
            fp << floor.paint;
            fs << floor.stall;
            fr << floor.rss;
            ap << ours.paint;
            ar << ours.ready;
            as << ours.stall;
            arss << ours.rss;
        }
        out << QStringLiteral("%1 MB").arg(mb, 5) << " | " << QStringLiteral("%1 ms").arg(median(fp), 8, 'f', 0)
            << " | " << QStringLiteral("%1 ms").arg(median(ap), 11, 'f', 0) << " | "
            << QStringLiteral("%1").arg(median(ap) / std::max(1.0, median(fp)), 5, 'f', 2) << " | "
            << QStringLiteral("%1 ms").arg(median(ar), 13, 'f', 0) << " | "
            << QStringLiteral("%1 ms").arg(median(fs), 8, 'f', 0) << " | "
            << QStringLiteral("%1 ms").arg(median(as), 11, 'f', 0) << " | "
            << QStringLiteral("%1 MB").arg(median(fr), 6, 'f', 0) << " | "
            << QStringLiteral("%1 MB").arg(median(arss), 9, 'f', 0) << " | "
            << QStringLiteral("%1").arg(median(arss) / std::max(1.0, median(fr)), 5, 'f', 2) << Qt::endl;
        // For scripts/bench, keyed by the size in MB.
        const QString key = QString::number(mb);
        out << "RESULT paint_floor_ms_" << key << ' ' << median(fp) << '\n'
            << "RESULT paint_ms_" << key << ' ' << median(ap) << '\n'
            << "RESULT ready_ms_" << key << ' ' << median(ar) << '\n'
            << "RESULT stall_ms_" << key << ' ' << median(as) << '\n'
            << "RESULT rss_floor_mb_" << key << ' ' << median(fr) << '\n'
            << "RESULT rss_mb_" << key << ' ' << median(arss) << Qt::endl;
    }
    return 0;
}
