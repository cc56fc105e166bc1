// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exportcommand.h"

#include "analysis/analyzer.h"
#include "annotations/lexicon.h"
#include "article/loader.h"
#include "export/exporter.h"
#include "export/exportwriter.h"
#include "storage/effectivelayer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QScopeGuard>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>

#include <unistd.h>

namespace Annalist {

namespace {

QString formatList()
{
    QString list;
    for (const Exporter *e : Exporter::all())
        list += QStringLiteral("\n  %1  %2").arg(e->name().leftJustified(11), e->description());
    return list;
}

/// Calls work(i) for every i in [0, count) on up to `threads` threads, this
/// one included; returns when all are done. Each index is taken once, in
/// order, so long and short articles spread evenly over the threads.
void forEachInParallel(qsizetype count, int threads, const std::function<void(qsizetype)> &work)
{
    if (count <= 0)
        return;
    std::atomic<qsizetype> next{0};
    const auto drain = [&] {
        for (qsizetype i = next++; i < count; i = next++)
            work(i);
    };
    QThreadPool pool;
    const int helpers = int(std::clamp<qsizetype>(threads, 1, count)) - 1;
    pool.setMaxThreadCount(std::max(1, helpers));
    for (int t = 0; t < helpers; ++t)
        pool.start(drain);
    drain();
    pool.waitForDone();
}

/// The progress line of --each, redrawn in place on standard error at most
/// every tenth of a second while articles are done, from whichever thread
/// finishes one; nothing at all when standard error is not a terminal (a
/// log or a pipe wants no carriage returns).
class Progress
{
public:
    explicit Progress(qsizetype total)
        : m_total(total),
          m_enabled(isatty(STDERR_FILENO) == 1)
    {
        m_clock.start();
    }

    void articleDone()
    {
        const qsizetype done = ++m_done;
        if (!m_enabled)
            return;
        const std::unique_lock lock(m_drawing, std::try_to_lock);
        if (!lock.owns_lock() || (done < m_total && m_clock.elapsed() < m_nextDrawMs))
            return;
        m_nextDrawMs = m_clock.elapsed() + 100;
        draw(done);
    }

    /// The last line stays, ended, above what is printed after it.
    void finish()
    {
        if (!m_enabled)
            return;
        const std::lock_guard lock(m_drawing);
        draw(m_done);
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }

private:
    void draw(qsizetype done)
    {
        // Back to the line's start, the line, and away with what was longer.
        const QByteArray line = "\r" + exportProgressLine(done, m_total, m_clock.elapsed()).toLocal8Bit() + "\x1b[K";
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }

    const qsizetype m_total;
    const bool m_enabled;
    std::atomic<qsizetype> m_done{0};
    std::mutex m_drawing;
    QElapsedTimer m_clock;
    qint64 m_nextDrawMs = 0; ///< written under m_drawing
};

/// One article read, analysed and merged with the user's work.
struct Prepared {
    ExportDocument document;
    QString error; ///< the article could not be read; one sentence naming it
    QString note; ///< a problem with its sidecar or the lexicon
    QStringList warnings; ///< from reading it (an assumed encoding, …), each naming it
};

Prepared prepare(const QString &path, const Analyzer &analyzer, const Lexicon &lexicon)
{
    Prepared p;
    LoadResult loaded = loadArticle(path);
    if (!loaded.ok()) {
        p.error = loaded.message;
        return p;
    }
    p.warnings = loaded.warnings;
    // The user's sidecar and lexicon on top of the automatic layer.
    EffectiveLayer layer = effectiveLayer(loaded.article, analyzer.analyze(loaded.article), lexicon);
    p.note = layer.message;
    p.document = ExportDocument{std::move(loaded.article), std::move(layer.entities), std::move(layer.events)};
    return p;
}

/// --each: every article on its own, into one folder. A failing article is
/// reported and the others are still written; returns the exit code.
int exportEach(const Exporter &exporter, const QStringList &articles, const QString &folder,
               const ExportOptions &baseOptions, const Analyzer &analyzer, const Lexicon &lexicon, int threads,
               QTextStream &err, const QString &prefix)
{
    // Two articles with one base name would write one file twice.
    QHash<QString, QString> byBase;
    QStringList bases;
    for (const QString &path : articles) {
        const QString base = QFileInfo(path).completeBaseName();
        const auto it = byBase.constFind(base);
        if (it != byBase.constEnd() && *it != path) {
            err << prefix
                << QCoreApplication::translate("export", "%1 and %2 would both be exported as “%3”; rename one")
                       .arg(*it, path, base)
                << Qt::endl;
            return 2;
        }
        byBase.insert(base, path);
        bases << base;
    }
    if (!QDir().mkpath(folder)) {
        err << prefix << QCoreApplication::translate("export", "cannot create the folder %1").arg(folder) << Qt::endl;
        return 1;
    }

    OutputGuard guard(OutputGuard::Kind::Export);
    guard.protectArticles(articles);
    // Lines for stderr, per article, printed in the order of the arguments.
    QList<QStringList> messages(articles.size());
    QStringList *said = messages.data();
    std::atomic<int> failures{0};
    Progress progress(articles.size());
    // One flush to the disk for a group of articles' files, not one for each.
    OutputBatch batch(guard);
    forEachInParallel(articles.size(), threads, [&](qsizetype i) {
        const auto counted = qScopeGuard([&progress] { progress.articleDone(); });
        const QString named = articles.at(i) + QStringLiteral(": ");
        const Prepared prepared = prepare(articles.at(i), analyzer, lexicon);
        if (!prepared.error.isEmpty()) {
            said[i] << prepared.error; // names the article
            ++failures;
            return;
        }
        said[i] << prepared.warnings;
        if (!prepared.note.isEmpty())
            said[i] << named + prepared.note;
        ExportOptions options = baseOptions;
        options.baseName = bases.at(i);
        options.outputDirectory = folder;
        const ExportOutput output = exporter.run({prepared.document}, options);
        for (const QString &w : output.warnings)
            said[i] << named + w;
        ExportDestination destination;
        if (exporter.writesNamedFiles())
            destination.directory = folder;
        else
            destination.file = QDir(folder).filePath(bases.at(i) + u'.' + exporter.fileSuffix());
        const ExportWriteResult written = writeExport(output, destination, guard, batch, i);
        if (!written.ok()) {
            said[i] << written.message;
            ++failures;
        }
    });
    for (const auto &[i, failed] : batch.finish()) {
        said[i] << failed.message;
        ++failures;
    }
    progress.finish();
    for (const QStringList &lines : std::as_const(messages)) {
        for (const QString &line : lines)
            err << prefix << line << Qt::endl;
    }
    return failures > 0 ? 1 : 0;
}

} // namespace

QString exportProgressLine(qsizetype done, qsizetype total, qint64 elapsedMs)
{
    if (done <= 0 || elapsedMs <= 0)
        return QCoreApplication::translate("export", "%1/%2 articles").arg(done).arg(total);
    const double perSecond = double(done) * 1000.0 / double(elapsedMs);
    const qint64 left = qint64(double(total - done) / perSecond + 0.5);
    const QString time = left >= 3600
        ? QStringLiteral("%1:%2:%3").arg(left / 3600).arg(left / 60 % 60, 2, 10, QLatin1Char('0')).arg(left % 60, 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("export", "%1/%2 articles, %3/s, %4 left")
        .arg(done)
        .arg(total)
        .arg(qint64(perSecond + 0.5))
        .arg(time);
}

int runExportCommand(int argc, char **argv)
{
    // Pictures need fonts and a paint device, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const auto named = [] {
        QCoreApplication::setApplicationName(QStringLiteral("annalist"));
        QCoreApplication::setOrganizationName(QStringLiteral("Annalist"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ANNALIST_VERSION));
    };
    // A plain application first; one with fonts only for the formats that
    // draw (the platform plugin and fontconfig cost some 60 M instructions
    // to set up and take down, more than exporting a news article).
    auto app = std::make_unique<QCoreApplication>(argc, argv);
    named();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("export", "Exports the entities and the timeline of articles. Several articles "
                                              "give one merged timeline.\n\nFormats:")
        + formatList()
        + QCoreApplication::translate("export", "\n\nText formats go to standard output unless -o is given (-o - is "
                                                "standard output too); png and brat need -o (brat: a base name or a "
                                                "folder). An existing output file is replaced atomically; an article, "
                                                "its annotations and links are never replaced."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("export", "The command."));
    parser.addPositionalArgument(QStringLiteral("article"), QCoreApplication::translate("export", "Articles to export."),
                                 QStringLiteral("ARTICLE…"));
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          QCoreApplication::translate("export", "Output format: %1.")
                                              .arg(Exporter::names().join(QStringLiteral(", "))),
                                          QStringLiteral("FMT"), QStringLiteral("json"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QCoreApplication::translate("export", "Write to this file (brat: base name or folder)."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("export", "Colour theme for html, svg and png (a KSyntaxHighlighting theme name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption eachOption(
        QStringLiteral("each"),
        QCoreApplication::translate("export", "Export every article on its own into the folder given with -o, as "
                                              "ARTICLE-NAME.SUFFIX. An article that fails is reported and the others "
                                              "are still written."));
    const QCommandLineOption jobsOption({QStringLiteral("j"), QStringLiteral("jobs")},
                                        QCoreApplication::translate("export", "Articles analysed at once (default: "
                                                                              "one per processor core)."),
                                        QStringLiteral("N"));
    parser.addOptions({formatOption, outputOption, themeOption, eachOption, jobsOption});
    parser.process(*app);

    QTextStream err(stderr);
    const QString prefix = QStringLiteral("annalist export: ");
    QStringList articles = parser.positionalArguments();
    articles.removeFirst(); // "export"
    const QString format = parser.value(formatOption);
    const Exporter *exporter = Exporter::forName(format);
    if (!exporter) {
        err << prefix
            << QCoreApplication::translate("export", "unknown format “%1”; the formats are %2")
                   .arg(format, Exporter::names().join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    if (articles.isEmpty()) {
        err << prefix << QCoreApplication::translate("export", "name at least one article") << Qt::endl;
        return 2;
    }
    if (exporter->needsGuiApplication()) {
        app.reset();
        app = std::make_unique<QGuiApplication>(argc, argv);
        named();
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty() && (!exporter->isText() || exporter->writesNamedFiles())) {
        err << prefix
            << QCoreApplication::translate("export", "the %1 format needs a destination: add -o OUT").arg(exporter->name())
            << Qt::endl;
        return 2;
    }
    ExportOptions options;
    if (parser.isSet(themeOption)) {
        options.palette = EntityPalette::fromThemeName(parser.value(themeOption));
        if (!options.palette.isValid()) {
            err << prefix
                << QCoreApplication::translate("export", "unknown theme “%1”; the themes are %2")
                       .arg(parser.value(themeOption), EntityPalette::themeNames().join(QStringLiteral(", ")))
                << Qt::endl;
            return 2;
        }
    }

    int threads = QThread::idealThreadCount();
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        threads = parser.value(jobsOption).toInt(&ok);
        if (!ok || threads < 1) {
            err << prefix
                << QCoreApplication::translate("export", "--jobs wants a number of at least 1, not “%1”")
                       .arg(parser.value(jobsOption))
                << Qt::endl;
            return 2;
        }
    }
    const bool toStandardOutput = output.isEmpty() || OutputGuard::isStandardOutput(output);
    if (exporter->writesNamedFiles() && toStandardOutput) {
        err << prefix
            << QCoreApplication::translate("export", "the %1 format writes several files: -o needs a base name or a folder")
                   .arg(exporter->name())
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(eachOption) && toStandardOutput) {
        err << prefix << QCoreApplication::translate("export", "--each needs a folder: add -o FOLDER") << Qt::endl;
        return 2;
    }

    Analyzer analyzer;
    // With more cores than articles, a long article's analysis uses them (Analyzer::setParallel()).
    analyzer.setParallel(threads > articles.size());
    Lexicon lexicon;
    {
        const Lexicon::LoadResult loaded = lexicon.load(Lexicon::defaultPath());
        if (!loaded.message.isEmpty())
            err << prefix << loaded.message << Qt::endl;
    }
    if (parser.isSet(eachOption))
        return exportEach(*exporter, articles, output, options, analyzer, lexicon, threads, err, prefix);

    // One merged export: the articles are read and analysed in parallel, and
    // the first that fails stops the export before anything is written.
    QList<Prepared> prepared(articles.size());
    Prepared *slot = prepared.data();
    forEachInParallel(articles.size(), threads,
                      [&](qsizetype i) { slot[i] = prepare(articles.at(i), analyzer, lexicon); });
    QList<ExportDocument> documents;
    documents.reserve(prepared.size());
    for (Prepared &p : prepared) {
        if (!p.error.isEmpty()) {
            err << QStringLiteral("annalist: ") << p.error << Qt::endl;
            return 1;
        }
        for (const QString &w : std::as_const(p.warnings))
            err << prefix << w << Qt::endl;
        if (!p.note.isEmpty())
            err << prefix << p.note << Qt::endl;
        documents.append(std::move(p.document));
    }
    prepared.clear();

    ExportDestination destination;
    destination.file = QStringLiteral("-");
    if (!toStandardOutput) {
        destination = resolveDestination(*exporter, documents.size(), output);
        options.baseName = destination.baseName;
        options.outputDirectory = destination.file.isEmpty() ? destination.directory
                                                             : QFileInfo(destination.file).absolutePath();
    }
    const ExportOutput result = exporter->run(documents, options);
    for (const QString &w : result.warnings)
        err << prefix << w << Qt::endl;
    if (!result.ok()) {
        err << prefix << result.error << Qt::endl;
        return 1;
    }
    const ExportWriteResult written = writeExport(result, destination, articles);
    if (!written.ok()) {
        err << prefix << written.message << Qt::endl;
        return 1;
    }
    // The process ends here: the articles' texts and their hundreds of
    // thousands of entities are left for it to give back whole, rather than
    // freed one by one (tens of milliseconds for a long article). Kept
    // reachable, so that a leak checker does not count them.
    static QList<ExportDocument> *const keptUntilExit = new QList<ExportDocument>;
    keptUntilExit->swap(documents);
    return 0;
}

} // namespace Annalist
