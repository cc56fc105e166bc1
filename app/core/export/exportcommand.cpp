#include "export/exportcommand.h"

#include "analysis/analyzer.h"
#include "article/loader.h"
#include "export/exporter.h"
#include "export/exportwriter.h"
#include "storage/effectivelayer.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace Annalist {

namespace {

QString formatList()
{
    QString list;
    for (const Exporter *e : Exporter::all())
        list += QStringLiteral("\n  %1  %2").arg(e->name().leftJustified(11), e->description());
    return list;
}

} // namespace

int runExportCommand(int argc, char **argv)
{
    // Pictures need fonts and a paint device, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("annalist"));
    QGuiApplication::setOrganizationName(QStringLiteral("Annalist"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ANNALIST_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("export", "Exports the entities and the timeline of articles. Several articles "
                                              "give one merged timeline.\n\nFormats:")
        + formatList()
        + QCoreApplication::translate("export", "\n\nText formats go to standard output unless -o is given; png and brat "
                                                "need -o (brat: a base name or a folder). An existing output file is "
                                                "replaced atomically."));
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
    parser.addOptions({formatOption, outputOption, themeOption});
    parser.process(app);

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

    const Analyzer analyzer;
    QList<ExportDocument> documents;
    for (const QString &path : std::as_const(articles)) {
        const LoadResult loaded = loadArticle(path);
        if (!loaded.ok()) {
            err << QStringLiteral("annalist: ") << loaded.message << Qt::endl;
            return 1;
        }
        const Analysis analysis = analyzer.analyze(loaded.article);
        // The user's sidecar and lexicon on top of the automatic layer.
        const EffectiveLayer layer = effectiveLayer(loaded.article, analysis);
        if (!layer.message.isEmpty())
            err << prefix << layer.message << Qt::endl;
        documents.append(ExportDocument{loaded.article, layer.entities, layer.events});
    }

    ExportDestination destination;
    if (!output.isEmpty()) {
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
    if (output.isEmpty()) {
        for (const ExportFile &f : result.files)
            std::fwrite(f.data.constData(), 1, size_t(f.data.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    const ExportWriteResult written = writeExport(result, destination, articles);
    if (!written.ok()) {
        err << prefix << written.message << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Annalist
