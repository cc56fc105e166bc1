#include "export/exportcommand.h"

#include "analysis/analyzer.h"
#include "article/loader.h"
#include "export/jsonexport.h"
#include "storage/effectivelayer.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Annalist {

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
        QCoreApplication::translate("export", "Exports the entities and the timeline of articles."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("export", "The command."));
    parser.addPositionalArgument(QStringLiteral("article"), QCoreApplication::translate("export", "Articles to export."),
                                 QStringLiteral("ARTICLE…"));
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          QCoreApplication::translate("export", "Output format: json."),
                                          QStringLiteral("FMT"), QStringLiteral("json"));
    parser.addOption(formatOption);
    parser.process(app);

    QTextStream err(stderr);
    QStringList articles = parser.positionalArguments();
    articles.removeFirst(); // "export"
    if (articles.isEmpty()) {
        err << QCoreApplication::translate("export", "annalist export: name at least one article") << Qt::endl;
        return 2;
    }
    const QString format = parser.value(formatOption);
    if (format != u"json") {
        err << QCoreApplication::translate("export", "annalist export: unknown format “%1”").arg(format) << Qt::endl;
        return 2;
    }
    const Analyzer analyzer;
    QJsonArray all;
    for (const QString &path : std::as_const(articles)) {
        const LoadResult loaded = loadArticle(path);
        if (!loaded.ok()) {
            err << QStringLiteral("annalist: ") << loaded.message << Qt::endl;
            return 1;
        }
        const Analysis analysis = analyzer.analyze(loaded.article);
        const EffectiveLayer layer = effectiveLayer(loaded.article, analysis); // the user's sidecar and lexicon
        if (!layer.message.isEmpty())
            err << QStringLiteral("annalist: ") << layer.message << Qt::endl;
        all.append(toProbeJson(loaded.article, layer.entities, layer.events));
    }
    const QJsonDocument doc = all.size() == 1 ? QJsonDocument(all.first().toObject()) : QJsonDocument(all);
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return 0;
}

} // namespace Annalist
