// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exporthelpers.h"
#include "export/formats.h"

#include <QCoreApplication>
#include <QSet>

namespace Annalist::Formats {

namespace {

using namespace ExportHelpers;
using P = ExportDate::Precision;

QString cssClass(const QString &type)
{
    QString c = QStringLiteral("t-");
    for (const QChar ch : type.toLower())
        c += (ch.isLetterOrNumber() && ch.unicode() < 0x80) ? ch : QChar(u'-');
    return c;
}

QString css(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

/// The datetime attribute of <time>, for the precisions HTML can express.
QString machineDate(const ExportDate &t)
{
    // HTML's dates start with year 1.
    if (!t.hasYear() || t.year() < 1)
        return QString();
    switch (t.precision()) {
    case P::Day:
        return t.firstDay().toString(Qt::ISODate);
    case P::Month:
        return t.firstDay().toString(QStringLiteral("yyyy-MM"));
    case P::Year:
        return QString::number(t.year());
    case P::Week:
        return t.value().left(8);
    default:
        return QString();
    }
}

QString timeElement(const ExportDate &t)
{
    const QString machine = machineDate(t);
    const QString open = machine.isEmpty() ? QStringLiteral("<time>")
                                           : QStringLiteral("<time datetime=\"") + escapeXml(machine) + QStringLiteral("\">");
    return open + escapeXml(t.displayText()) + QStringLiteral("</time>");
}

/// One standalone HTML page: no script, no external resource, inline CSS in
/// the palette's colours. A legend names every type (the type is never shown
/// by colour alone: each mark also carries its name in a title attribute and
/// a small label), then the merged timeline, then each article with its
/// entities marked. All text from the article and the user is escaped.
class HtmlExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("html"); }
    QString description() const override { return QCoreApplication::translate("Exporter", "HTML page (timeline and annotated article)"); }
    QString fileSuffix() const override { return QStringLiteral("html"); }

    ExportOutput run(const QList<ExportDocument> &documents, const ExportOptions &options) const override
    {
        ExportOutput out;
        const EntityPalette pal = options.drawingPalette();

        // The types to show: the built-in ones in their order, then any other.
        QStringList types = EntityPalette::builtinTypes();
        for (const ExportDocument &d : documents) {
            for (const Entity &e : d.entities) {
                if (!types.contains(e.type))
                    types << e.type;
            }
        }

        const QString title = documents.size() == 1
            ? (documents.first().article.title.isEmpty() ? articleName(documents.first(), 0) : documents.first().article.title)
            : QStringLiteral("Timeline of %1 articles").arg(documents.size());

        QString h;
        h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                            "<meta name=\"generator\" content=\"Annalist " ANNALIST_VERSION "\">\n<title>")
            + escapeXml(title) + QStringLiteral("</title>\n<style>\n");
        h += QStringLiteral("body { background: %1; color: %2; font-family: sans-serif; line-height: 1.55; "
                            "max-width: 48em; margin: 2em auto; padding: 0 1em; }\n")
                 .arg(css(pal.background), css(pal.foreground));
        h += QStringLiteral(".meta, time, .article-name { color: %1; }\n").arg(css(pal.muted));
        h += QStringLiteral("h2 { border-bottom: 1px solid %1; }\n").arg(css(pal.rule));
        h += QStringLiteral("ol.timeline { list-style: none; padding-left: 0; border-left: 3px solid %1; }\n"
                            "ol.timeline > li { margin: 0 0 1em 0; padding-left: 1em; }\n"
                            "ol.timeline h3 { margin: 0; font-size: 1em; }\n"
                            "ol.timeline p { margin: 0.2em 0; }\n"
                            "blockquote { margin: 0.3em 0 0 0; padding-left: 0.8em; border-left: 3px solid %1; font-style: italic; }\n")
                 .arg(css(pal.rule));
        h += QStringLiteral("mark.ent { color: inherit; border-radius: 0.2em; padding: 0 0.1em; border-bottom: 2px solid; }\n"
                            "mark.ent::after, .chip::after { content: attr(data-type); font-size: 0.55em; vertical-align: super; "
                            "margin-left: 0.2em; color: %1; }\n"
                            ".chip { display: inline-block; border: 1px solid; border-radius: 0.8em; padding: 0 0.5em; "
                            "margin: 0.1em; font-size: 0.85em; }\n"
                            "ul.legend { list-style: none; padding-left: 0; }\n"
                            "ul.legend li { display: inline-block; margin-right: 1em; }\n")
                 .arg(css(pal.muted));
        for (const QString &t : std::as_const(types)) {
            h += QStringLiteral(".%1 { background: %2; border-color: %3; }\n")
                     .arg(cssClass(t), css(pal.tint(t)), css(pal.color(t)));
        }
        h += QStringLiteral("</style>\n</head>\n<body>\n<header>\n<h1>") + escapeXml(title) + QStringLiteral("</h1>\n");
        if (documents.size() == 1) {
            const Article &a = documents.first().article;
            const QStringList meta = articleFacts(
                a, [](const QString &t) { return escapeXml(t); },
                [](const QString &iso) { return QStringLiteral("<time datetime=\"%1\">%1</time>").arg(iso); });
            if (!meta.isEmpty())
                h += QStringLiteral("<p class=\"meta\">") + meta.join(QStringLiteral(" · ")) + QStringLiteral("</p>\n");
        }
        h += QStringLiteral("</header>\n");

        // Legend: only the types that occur, each named in words.
        QSet<QString> present;
        for (const ExportDocument &d : documents) {
            for (const Entity &e : d.entities)
                present.insert(e.type);
        }
        if (!present.isEmpty()) {
            h += QStringLiteral("<section>\n<h2>Entity types</h2>\n<ul class=\"legend\">\n");
            for (const QString &t : std::as_const(types)) {
                if (present.contains(t))
                    h += QStringLiteral("<li><mark class=\"ent %1\" data-type=\"\">%2</mark></li>\n").arg(cssClass(t), escapeXml(t));
            }
            h += QStringLiteral("</ul>\n</section>\n");
        }

        h += QStringLiteral("<section>\n<h2>Timeline</h2>\n");
        const QList<TimelineItem> timeline = mergedTimeline(documents);
        EntityTypeLookup entityTypes;
        if (timeline.isEmpty())
            h += QStringLiteral("<p>No dated events.</p>\n");
        else
            h += QStringLiteral("<ol class=\"timeline\">\n");
        for (const TimelineItem &item : timeline) {
            const TimelineEvent &ev = *item.event;
            h += QStringLiteral("<li id=\"") + item.uniqueId + QStringLiteral("\">\n<p>") + timeElement(item.start);
            if (item.end.isValid())
                h += QStringLiteral(" – ") + timeElement(item.end);
            if (documents.size() > 1)
                h += QStringLiteral(" <span class=\"article-name\">(")
                    + escapeXml(articleName(*item.document, item.documentIndex)) + QStringLiteral(")</span>");
            h += QStringLiteral("</p>\n<h3>") + escapeXml(ev.label) + QStringLiteral("</h3>\n");
            const QString sentence = sentenceText(item).toString();
            if (!sentence.isEmpty())
                h += QStringLiteral("<p>") + escapeXml(sentence) + QStringLiteral("</p>\n");
            if (!ev.note.isEmpty())
                h += QStringLiteral("<blockquote>") + escapeXml(ev.note).replace(u'\n', QStringLiteral("<br>"))
                    + QStringLiteral("</blockquote>\n");
            if (!ev.entities.isEmpty()) {
                h += QStringLiteral("<p>");
                for (const QString &name : ev.entities) {
                    const QString type = entityTypes.typeOf(*item.document, name);
                    h += type.isEmpty() ? QStringLiteral("<span class=\"chip\">") + escapeXml(name) + QStringLiteral("</span>")
                                        : QStringLiteral("<span class=\"chip %1\" title=\"%2\" data-type=\"%2\">%3</span>")
                                              .arg(cssClass(type), escapeXml(type), escapeXml(name));
                }
                h += QStringLiteral("</p>\n");
            }
            h += QStringLiteral("</li>\n");
        }
        if (!timeline.isEmpty())
            h += QStringLiteral("</ol>\n");
        h += QStringLiteral("</section>\n");

        for (int i = 0; i < documents.size(); ++i) {
            const ExportDocument &d = documents.at(i);
            h += QStringLiteral("<article>\n<h2>")
                + escapeXml(d.article.title.isEmpty() ? articleName(d, i) : d.article.title) + QStringLiteral("</h2>\n");
            qsizetype dropped = 0;
            h += annotatedText(d, &dropped);
            if (dropped > 0)
                out.warnings << QCoreApplication::translate(
                                    "Exporter", "html: %n overlapping entities of %1 are not marked in the text",
                                    nullptr, int(dropped))
                                    .arg(articleName(d, i));
            h += QStringLiteral("</article>\n");
        }
        h += QStringLiteral("</body>\n</html>\n");
        out.files.append(ExportFile{QString(), h.toUtf8()});
        return out;
    }

private:
    static QString annotatedText(const ExportDocument &d, qsizetype *dropped)
    {
        const QString &text = d.article.text;
        QList<TextRange> paragraphs = d.article.paragraphs;
        if (paragraphs.isEmpty())
            paragraphs.append(TextRange{0, text.size()});
        const EntityList entities = nonOverlapping(d, dropped);
        QString h;
        qsizetype next = 0; // index into entities
        for (const TextRange &p : std::as_const(paragraphs)) {
            h += QStringLiteral("<p>");
            qsizetype pos = p.start;
            while (next < entities.size() && entities.at(next).range.start < p.end) {
                const Entity &e = entities.at(next);
                ++next;
                if (e.range.start < pos || e.range.end > p.end) {
                    ++*dropped; // crosses a paragraph break
                    continue;
                }
                h += escapeXml(QStringView(text).mid(pos, e.range.start - pos));
                QString tip = e.type;
                if (e.origin != Origin::Auto)
                    tip += QStringLiteral(" (") + originName(e.origin) + u')';
                if (!e.canonical.isEmpty())
                    tip += QStringLiteral(": ") + e.canonical;
                if (!e.note.isEmpty())
                    tip += QStringLiteral(" — ") + e.note;
                h += QStringLiteral("<mark class=\"ent %1\" data-type=\"%2\" title=\"%3\">")
                         .arg(cssClass(e.type), escapeXml(e.type), escapeXml(tip))
                    + escapeXml(QStringView(text).mid(e.range.start, e.range.length())) + QStringLiteral("</mark>");
                pos = e.range.end;
            }
            h += escapeXml(QStringView(text).mid(pos, p.end - pos)) + QStringLiteral("</p>\n");
        }
        return h;
    }
};

} // namespace

std::unique_ptr<Exporter> makeHtmlExporter()
{
    return std::make_unique<HtmlExporter>();
}

} // namespace Annalist::Formats
