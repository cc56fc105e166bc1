// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/librarycommand.h"

#include "analysis/analyzer.h"
#include "annotations/lexicon.h"
#include "export/exporter.h"
#include "export/exportwriter.h"
#include "library/library.h"
#include "library/libraryindexer.h"
#include "library/librarysearch.h"
#include "library/librarytimeline.h"
#include "util/codepoints.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Annalist {

namespace {

const QString Prefix = QStringLiteral("annalist library: ");

/// Opens the library, telling about a rebuild; false (with the message
/// printed) when it cannot be opened. Every command opens it, so the
/// page-by-page check runs only after an unclean end (Check::Quick).
bool openLibrary(Library &library, QTextStream &err)
{
    const Library::OpenResult opened = library.open(Library::defaultFolder(), Library::Check::Quick);
    if (!opened.message.isEmpty())
        err << Prefix << opened.message << Qt::endl;
    return opened.ok();
}

/// Brings the database up to date; prints what changed and what could not be read.
int index(Library &library, QTextStream &err, bool quiet)
{
    const Analyzer analyzer;
    Lexicon lexicon;
    const Lexicon::LoadResult loaded = lexicon.load(Lexicon::defaultPath());
    if (!loaded.message.isEmpty())
        err << Prefix << loaded.message << Qt::endl;
    LibraryIndexer indexer(library, analyzer, lexicon);
    // A long run tells how far it is, at each tenth; a short one stays quiet.
    qsizetype shownTenth = 0;
    const auto progress = [&](const IndexProgress &p) {
        constexpr qsizetype FewArticles = 100;
        if (quiet || p.total < FewArticles)
            return;
        const qsizetype tenth = p.done * 10 / p.total;
        if (tenth <= shownTenth || p.done == p.total)
            return;
        shownTenth = tenth;
        err << Prefix
            << QCoreApplication::translate("LibraryCommand", "%1 of %2 articles indexed").arg(p.done).arg(p.total)
            << Qt::endl;
    };
    const IndexReport report = indexer.update(progress);
    for (const IndexFailure &f : report.failures)
        err << Prefix << f.reason << Qt::endl;
    if (!report.ok()) {
        err << Prefix << report.error << Qt::endl;
        return 1;
    }
    if (!quiet) {
        err << Prefix
            << QCoreApplication::translate("LibraryCommand",
                                           "%1 added, %2 updated, %3 unchanged, %4 removed, %5 could not be read")
                   .arg(report.added)
                   .arg(report.updated)
                   .arg(report.unchanged)
                   .arg(report.removed)
                   .arg(report.failures.size())
            << Qt::endl;
    }
    return 0;
}

/// Up to date before a search: cheap when nothing changed (a look at each file's size and time).
bool refresh(Library &library, QTextStream &err)
{
    return index(library, err, true) == 0;
}

QJsonArray codePointRanges(const QString &text, const QList<TextRange> &ranges)
{
    const CodePointMap map(text);
    QJsonArray result;
    for (const TextRange &r : ranges)
        result.append(QJsonArray{qint64(map.toCodePoint(r.start)), qint64(map.toCodePoint(r.end))});
    return result;
}

} // namespace

int runLibraryCommand(int argc, char **argv)
{
    // Pictures (svg, png timelines) need fonts and a paint device, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("annalist"));
    QGuiApplication::setOrganizationName(QStringLiteral("Annalist"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ANNALIST_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("LibraryCommand", "Keeps a library of article folders, indexed for search, in the per-user data folder.\n\n"
           "Commands:\n"
           "  add FOLDER…          add folders and index their articles\n"
           "  update               index what changed in the library's folders\n"
           "  remove FOLDER…       take folders out of the library\n"
           "  search QUERY         find articles: words, entity:NAME, type:TYPE, from:DATE, to:DATE\n"
           "  entities [QUERY]     the entity index of the library or of a search\n"
           "  timeline             one timeline across the library or a search (--query)\n"
           "  status               the library's folders, its size and the files that could not be read"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), QCoreApplication::translate("LibraryCommand", "The command."));
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("LibraryCommand", "add, update, remove, search, entities, timeline or status."),
                                 QStringLiteral("COMMAND [ARGUMENT…]"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("LibraryCommand", "search, entities: print JSON."));
    const QCommandLineOption queryOption({QStringLiteral("q"), QStringLiteral("query")},
                                         QCoreApplication::translate("LibraryCommand", "timeline: only the articles this search finds."), QStringLiteral("Q"));
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          QCoreApplication::translate("LibraryCommand", "timeline: the format, one of the timeline formats of annalist export."),
                                          QStringLiteral("FMT"), QStringLiteral("json"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QCoreApplication::translate("LibraryCommand", "timeline: write to this file (standard output by default)."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QCoreApplication::translate("LibraryCommand", "search, entities: at most this many results."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({jsonOption, queryOption, formatOption, outputOption, limitOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = parser.positionalArguments();
    args.removeFirst(); // "library"
    if (args.isEmpty()) {
        err << Prefix << QCoreApplication::translate("LibraryCommand", "name a command: add, update, remove, search, entities, timeline or status") << Qt::endl;
        return 2;
    }
    const QString command = args.takeFirst();
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1) {
        err << Prefix << QCoreApplication::translate("LibraryCommand", "--limit wants a number of at least 1") << Qt::endl;
        return 2;
    }

    Library library;
    if (command == QLatin1StringView("add") || command == QLatin1StringView("remove")) {
        if (args.isEmpty()) {
            err << Prefix << QCoreApplication::translate("LibraryCommand", "name at least one folder") << Qt::endl;
            return 2;
        }
        if (!openLibrary(library, err))
            return 1;
        for (const QString &folder : std::as_const(args)) {
            QString error;
            const bool done = command == QLatin1StringView("add") ? library.addFolder(folder, &error)
                                                                   : library.removeFolder(folder, &error);
            if (!done) {
                err << Prefix << error << Qt::endl;
                return 1;
            }
        }
        return index(library, err, false);
    }
    if (command == QLatin1StringView("update")) {
        if (!openLibrary(library, err))
            return 1;
        return index(library, err, false);
    }
    if (command == QLatin1StringView("status")) {
        if (!openLibrary(library, err) || !refresh(library, err))
            return 1;
        const LibrarySearch search(library);
        const LibraryStatistics s = search.statistics();
        out << QCoreApplication::translate("LibraryCommand", "Database: ") << library.databasePath() << Qt::endl;
        for (const QString &folder : library.folders())
            out << QCoreApplication::translate("LibraryCommand", "Folder: ") << folder << Qt::endl;
        out << QCoreApplication::translate("LibraryCommand", "%1 articles, %2 entities, %3 events; %4 files could not be read")
                   .arg(s.articles)
                   .arg(s.entities)
                   .arg(s.events)
                   .arg(s.failed)
            << Qt::endl;
        for (const IndexFailure &f : search.failures())
            out << "  " << f.reason << Qt::endl;
        return 0;
    }
    if (command == QLatin1StringView("search") || command == QLatin1StringView("entities")) {
        const bool isSearch = command == QLatin1StringView("search");
        if (isSearch && args.isEmpty()) {
            err << Prefix << QCoreApplication::translate("LibraryCommand", "name what to search for") << Qt::endl;
            return 2;
        }
        if (!openLibrary(library, err) || !refresh(library, err))
            return 1;
        LibraryQuery query = LibraryQuery::parse(args.join(u' '));
        query.limit = limit;
        const LibrarySearch search(library);
        if (!isSearch) {
            const QList<LibraryEntity> entities = search.entities(query, limit);
            if (parser.isSet(jsonOption)) {
                QJsonArray array;
                for (const LibraryEntity &e : entities) {
                    array.append(QJsonObject{{QStringLiteral("type"), e.type},
                                             {QStringLiteral("name"), e.name},
                                             {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
                                             {QStringLiteral("articles"), qint64(e.articles)},
                                             {QStringLiteral("mentions"), qint64(e.mentions)},
                                             {QStringLiteral("first"), e.firstDate.isEmpty() ? QJsonValue() : e.firstDate},
                                             {QStringLiteral("last"), e.lastDate.isEmpty() ? QJsonValue() : e.lastDate}});
                }
                out << QString::fromUtf8(QJsonDocument(array).toJson());
            } else {
                for (const LibraryEntity &e : entities) {
                    out << e.name << " (" << e.type << ")\t" << e.articles << '\t' << e.mentions << '\t'
                        << e.firstDate << '\t' << e.lastDate;
                    if (!e.aliases.isEmpty())
                        out << '\t' << e.aliases.join(QStringLiteral("; "));
                    out << Qt::endl;
                }
            }
            return 0;
        }
        const LibrarySearchResult result = search.search(query);
        if (!result.ok()) {
            err << Prefix << result.error << Qt::endl;
            return 2;
        }
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const LibraryHit &h : result.hits) {
                const QString text = search.articleText(h.articleId);
                array.append(QJsonObject{{QStringLiteral("path"), h.path},
                                         {QStringLiteral("title"), h.title},
                                         {QStringLiteral("date"), h.date.isEmpty() ? QJsonValue() : h.date},
                                         {QStringLiteral("snippet"), h.snippet},
                                         {QStringLiteral("highlights"), codePointRanges(h.snippet, h.highlights)},
                                         {QStringLiteral("offset"), qint64(CodePointMap(text).toCodePoint(h.offset))}});
            }
            out << QString::fromUtf8(QJsonDocument(array).toJson());
        } else {
            for (const LibraryHit &h : result.hits) {
                QString snippet = h.snippet;
                for (auto it = h.highlights.crbegin(); it != h.highlights.crend(); ++it) {
                    snippet.insert(it->end, u'»');
                    snippet.insert(it->start, u'«');
                }
                out << h.path << (h.date.isEmpty() ? QString() : QStringLiteral("  ") + h.date) << Qt::endl
                    << "  " << snippet << Qt::endl;
            }
        }
        return 0;
    }
    if (command == QLatin1StringView("timeline")) {
        const QString format = parser.value(formatOption);
        const Exporter *exporter = Exporter::forName(format);
        if (!exporter || !isTimelineFormat(format)) {
            QStringList formats;
            for (const QString &name : Exporter::names()) {
                if (isTimelineFormat(name))
                    formats << name;
            }
            err << Prefix
                << QCoreApplication::translate("LibraryCommand", "unknown timeline format “%1”; the formats are %2")
                       .arg(format, formats.join(QStringLiteral(", ")))
                << Qt::endl;
            return 2;
        }
        const QString output = parser.value(outputOption);
        if (output.isEmpty() && !exporter->isText()) {
            err << Prefix
                << QCoreApplication::translate("LibraryCommand", "the %1 format needs a destination: add -o OUT")
                       .arg(exporter->name())
                << Qt::endl;
            return 2;
        }
        if (!openLibrary(library, err) || !refresh(library, err))
            return 1;
        const LibraryQuery query = LibraryQuery::parse(parser.value(queryOption));
        const LibrarySearch search(library);
        const QList<ExportDocument> documents = timelineDocuments(search.timeline(query));
        ExportOptions options;
        ExportDestination destination;
        destination.file = output.isEmpty() ? QStringLiteral("-") : output;
        if (!output.isEmpty() && output != QLatin1StringView("-"))
            options.outputDirectory = QFileInfo(output).absolutePath();
        const ExportOutput result = exporter->run(documents, options);
        for (const QString &w : result.warnings)
            err << Prefix << w << Qt::endl;
        if (!result.ok()) {
            err << Prefix << result.error << Qt::endl;
            return 1;
        }
        QStringList articles;
        for (const ExportDocument &d : documents)
            articles << d.article.path;
        const ExportWriteResult written = writeExport(result, destination, articles);
        if (!written.ok()) {
            err << Prefix << written.message << Qt::endl;
            return 1;
        }
        return 0;
    }
    err << Prefix
        << QCoreApplication::translate("LibraryCommand",
                                       "unknown command “%1”; the commands are add, update, remove, search, entities, "
                                       "timeline and status")
               .arg(command)
        << Qt::endl;
    return 2;
}

} // namespace Annalist
