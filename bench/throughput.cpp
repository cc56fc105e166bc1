// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints how fast recognition runs on one thread, in MB/s of UTF-8 text,
// as the median of several runs over generated news-like text.
//
//   throughput [--megabytes N] [--runs N] [--smoke]
//   throughput --file PATH --as-loaded [--parallel] [--part-length N] [--runs N]
//
// --as-loaded measures Analyzer::analyze on the file's article exactly as
// the loader gives it, whole, as `annalist export` analyses it: the measure
// an export of that file is compared with (scripts/bench, figure 9).
// --parallel there lets the analysis use a second core as an export of one
// long article does (Analyzer::setParallel()): compare the wall clock.
// --part-length sets the length of the parts a long text is read in
// (Analyzer::setPartLength(), in thousands of UTF-16 units; 0: whole).
// --smoke runs once over 50 KB: it checks that the benchmark still works and
// asserts nothing about time.

#include "analysis/analyzer.h"
#include "article/loader.h"
#include "newsgenerator.h"
#include "recognize/recognizer.h"
#include "recognize/tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Rate {
    double wall = 0; ///< MB/s by the clock on the wall
    double cpu = 0; ///< MB/s by this thread's CPU time, which other processes on a busy machine do not distort
};

template<typename Fn>
Rate medianMBps(qsizetype utf8Bytes, int runs, Fn &&fn)
{
    QList<double> wall;
    QList<double> cpu;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuSeconds();
        timer.start();
        fn();
        const double seconds = std::max<double>(double(timer.nsecsElapsed()) / 1e9, 1e-9);
        const double cpuSeconds = std::max<double>(threadCpuSeconds() - cpuStart, 1e-9);
        wall.append(double(utf8Bytes) / 1e6 / seconds);
        cpu.append(double(utf8Bytes) / 1e6 / cpuSeconds);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(wall.size() / 2), cpu.at(cpu.size() / 2)};
}

QString rateText(const Rate &r)
{
    return QStringLiteral("%1 MB/s wall, %2 MB/s CPU").arg(r.wall, 6, 'f', 1).arg(r.cpu, 6, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Recognition throughput on generated news-like text"));
    parser.addHelpOption();
    QCommandLineOption megabytes(QStringLiteral("megabytes"), QStringLiteral("Size of the text (default 4)."),
                                 QStringLiteral("N"), QStringLiteral("4"));
    QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs to take the median of (default 5)."),
                            QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("One quick run over 50 KB; no timing claims."));
    QCommandLineOption file(QStringLiteral("file"), QStringLiteral("Measure on this article's text (repeated up to the size) instead of generated text."),
                            QStringLiteral("PATH"));
    QCommandLineOption save(QStringLiteral("save"), QStringLiteral("Also write the text measured on to this file."),
                            QStringLiteral("PATH"));
    QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Measure only this step (recognize, whole, tokenize, analyze or rules), for a profiler."),
                            QStringLiteral("STEP"));
    QCommandLineOption asLoaded(QStringLiteral("as-loaded"),
                                QStringLiteral("With --file: only Analyzer::analyze of the article as loaded, whole."));
    QCommandLineOption parallel(QStringLiteral("parallel"),
                                QStringLiteral("With --as-loaded: with a second core, as an export of one long article."));
    QCommandLineOption partLength(QStringLiteral("part-length"),
                                  QStringLiteral("With --as-loaded: read a long text in parts of about N thousand UTF-16 units (Analyzer::setPartLength(); 0: whole)."),
                                  QStringLiteral("N"));
    parser.addOptions({megabytes, runs, smoke, file, save, only, asLoaded, parallel, partLength});
    parser.process(app);
    if (parser.isSet(asLoaded) && !parser.isSet(file)) {
        QTextStream(stderr) << "throughput: --as-loaded needs --file\n";
        return 1;
    }
    LoadResult loaded;
    if (parser.isSet(file)) {
        loaded = loadArticle(parser.value(file));
        if (!loaded.ok()) {
            QTextStream(stderr) << "throughput: " << loaded.message << "\n";
            return 1;
        }
    }
    if (parser.isSet(asLoaded)) {
        Analyzer analyzer;
        analyzer.setParallel(parser.isSet(parallel));
        if (parser.isSet(partLength))
            analyzer.setPartLength(parser.value(partLength).toLongLong() * 1000);
        const qsizetype bytes = loaded.article.text.toUtf8().size();
        qsizetype found = 0;
        const Rate rate = medianMBps(bytes, std::max(1, parser.value(runs).toInt()),
                                     [&] { found = analyzer.analyze(loaded.article).entities.size(); });
        QTextStream out(stdout);
        out << "text: " << bytes << " bytes of " << parser.value(file) << " as loaded, one article, "
            << (parser.isSet(parallel) ? "two threads (CPU: the calling thread's)" : "one thread") << ", "
            << analyzer.parts(loaded.article).size() << " part(s)\n";
        out << QStringLiteral("Analyzer::analyze      %1  (%2 entities incl. dates)\n").arg(rateText(rate)).arg(found);
        out << "RESULT loaded_analyze_mbps_cpu " << rate.cpu << "\n";
        return found > 0 ? 0 : 1;
    }

    const bool isSmoke = parser.isSet(smoke);
    const qsizetype size = isSmoke ? 50 * 1000 : qsizetype(parser.value(megabytes).toDouble() * 1e6);
    const int runCount = isSmoke ? 1 : std::max(1, parser.value(runs).toInt());

    Article article;
    QString source = QStringLiteral("generated news");
    if (parser.isSet(file)) {
        source = parser.value(file);
        while (article.text.size() < size)
            article.text += loaded.article.text + u'\n';
    } else {
        article.text = generateNews(size);
    }
    segmentArticle(article);
    if (parser.isSet(save)) {
        QFile out(parser.value(save));
        if (!out.open(QIODevice::WriteOnly) || out.write(article.text.toUtf8()) < 0) {
            QTextStream(stderr) << "throughput: cannot write " << parser.value(save) << "\n";
            return 1;
        }
    }
    const qsizetype utf8Bytes = article.text.toUtf8().size();

    // The recognizer works one article at a time, so the text is also cut
    // into article-sized pieces (about 6 KB, at paragraph ends), as a reader
    // would open them.
    QList<Article> articles;
    {
        qsizetype start = 0;
        while (start < article.text.size()) {
            qsizetype end = article.text.indexOf(u'\n', std::min(start + 6000, article.text.size()));
            if (end < 0)
                end = article.text.size();
            Article piece;
            piece.text = article.text.mid(start, end - start);
            segmentArticle(piece);
            articles.append(std::move(piece));
            start = end + 1;
        }
    }

    QTextStream out(stdout);
    QElapsedTimer setup;
    setup.start();
    const Recognizer recognizer;
    const qint64 setupMs = setup.elapsed();
    const Analyzer analyzer;
    Analyzer rulesAnalyzer;
    rulesAnalyzer.setRecognizerParts(RecognizerParts::RulesOnly);

    // Every step runs unless --only names one; a step left out shows 0.
    const QString onlyStep = parser.value(only);
    const auto measure = [&](const QString &step, auto &&work) {
        return onlyStep.isEmpty() || onlyStep == step ? medianMBps(utf8Bytes, runCount, work) : Rate{};
    };
    if (!onlyStep.isEmpty() && !QStringList{u"recognize"_s, u"whole"_s, u"tokenize"_s, u"analyze"_s, u"rules"_s}.contains(onlyStep)) {
        QTextStream(stderr) << "throughput: --only takes recognize, whole, tokenize, analyze or rules\n";
        return 1;
    }
    qsizetype found = 0;
    const Rate recognizeRate = measure(u"recognize"_s, [&] {
        found = 0;
        for (const Article &a : std::as_const(articles))
            found += recognizer.recognize(a).size();
    });
    qsizetype foundWhole = 0;
    const Rate wholeRate = measure(u"whole"_s, [&] { foundWhole = recognizer.recognize(article).size(); });
    qsizetype tokenCount = 0;
    const Rate tokenizeRate = measure(u"tokenize"_s, [&] { tokenCount = tokenize(article.text).size(); });
    qsizetype analyzed = 0;
    const Rate analyzeRate = measure(u"analyze"_s, [&] {
        analyzed = 0;
        for (const Article &a : std::as_const(articles))
            analyzed += analyzer.analyze(a).entities.size();
    });
    // The same with the rules alone, without the learned model.
    qsizetype analyzedByRules = 0;
    const Rate rulesRate = measure(u"rules"_s, [&] {
        analyzedByRules = 0;
        for (const Article &a : std::as_const(articles))
            analyzedByRules += rulesAnalyzer.analyze(a).entities.size();
    });

    out << "text: " << utf8Bytes << " bytes of " << source << ", " << runCount << " run(s), median, one thread\n";
    out << "recognizer construction (gazetteers): " << setupMs << " ms\n";
    out << "articles: " << articles.size() << " of about 6 KB\n";
    out << QStringLiteral("Recognizer::recognize  %1  (%2 entities)\n").arg(rateText(recognizeRate)).arg(found);
    out << QStringLiteral("  as one long article  %1  (%2 entities)\n").arg(rateText(wholeRate)).arg(foundWhole);
    out << QStringLiteral("  tokenize() alone     %1  (%2 tokens)\n").arg(rateText(tokenizeRate)).arg(tokenCount);
    out << QStringLiteral("Analyzer::analyze      %1  (%2 entities incl. dates)\n").arg(rateText(analyzeRate)).arg(analyzed);
    out << QStringLiteral("  the rules alone      %1  (%2 entities incl. dates)\n").arg(rateText(rulesRate)).arg(analyzedByRules);
    // For scripts/bench.
    out << "RESULT analyze_mbps_cpu " << analyzeRate.cpu << "\n";
    out << "RESULT analyze_mbps_wall " << analyzeRate.wall << "\n";
    out << "RESULT rules_mbps_cpu " << rulesRate.cpu << "\n";
    if (found == 0 && (onlyStep.isEmpty() || onlyStep == u"recognize")) {
        QTextStream(stderr) << "throughput: the recognizer found nothing in the generated text\n";
        return 1;
    }
    return 0;
}
