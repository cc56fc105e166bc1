// Prints how fast recognition runs on one thread, in MB/s of UTF-8 text,
// as the median of several runs over generated news-like text.
//
//   throughput [--megabytes N] [--runs N] [--smoke]
//
// --smoke runs once over 50 KB: it checks that the benchmark still works and
// asserts nothing about time.

#include "analysis/analyzer.h"
#include "article/loader.h"
#include "newsgenerator.h"
#include "recognize/recognizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Annalist;

namespace {

template<typename Fn>
double medianMBps(qsizetype utf8Bytes, int runs, Fn &&fn)
{
    QList<double> rates;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        fn();
        const double seconds = std::max<double>(double(timer.nsecsElapsed()) / 1e9, 1e-9);
        rates.append(double(utf8Bytes) / 1e6 / seconds);
    }
    std::sort(rates.begin(), rates.end());
    return rates.at(rates.size() / 2);
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
    parser.addOptions({megabytes, runs, smoke});
    parser.process(app);

    const bool isSmoke = parser.isSet(smoke);
    const qsizetype size = isSmoke ? 50 * 1000 : qsizetype(parser.value(megabytes).toDouble() * 1e6);
    const int runCount = isSmoke ? 1 : std::max(1, parser.value(runs).toInt());

    Article article;
    article.text = generateNews(size);
    segmentArticle(article);
    const qsizetype utf8Bytes = article.text.toUtf8().size();

    QTextStream out(stdout);
    QElapsedTimer setup;
    setup.start();
    const Recognizer recognizer;
    const qint64 setupMs = setup.elapsed();
    const Analyzer analyzer;

    qsizetype found = 0;
    const double recognizeRate = medianMBps(utf8Bytes, runCount, [&] { found = recognizer.recognize(article).size(); });
    qsizetype analyzed = 0;
    const double analyzeRate = medianMBps(utf8Bytes, runCount, [&] { analyzed = analyzer.analyze(article).entities.size(); });

    out << "text: " << utf8Bytes << " bytes of generated news, " << runCount << " run(s), median, one thread\n";
    out << "recognizer construction (gazetteers): " << setupMs << " ms\n";
    out << QStringLiteral("Recognizer::recognize  %1 MB/s  (%2 entities)\n").arg(recognizeRate, 0, 'f', 1).arg(found);
    out << QStringLiteral("Analyzer::analyze      %1 MB/s  (%2 entities incl. dates)\n").arg(analyzeRate, 0, 'f', 1).arg(analyzed);
    if (found == 0) {
        QTextStream(stderr) << "throughput: the recognizer found nothing in the generated text\n";
        return 1;
    }
    return 0;
}
