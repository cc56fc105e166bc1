// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exporthelpers.h"
#include "export/formats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace Annalist::Formats {

namespace {

using namespace ExportHelpers;
using P = ExportDate::Precision;

/// Backslash-escapes what CommonMark would read as inline markup, flattens
/// line breaks, and escapes a leading character that could start a block
/// (heading, list, quotation), so that article text stays text.
QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += u' ';
            continue;
        }
        if (QStringView(u"\\`*_[]<>|~&").contains(c))
            out += u'\\';
        out += c;
    }
    if (!out.isEmpty() && QStringView(u"#+-=>").contains(out.front()))
        out.prepend(u'\\');
    static const QRegularExpression orderedList(QStringLiteral("^(\\d+)([.)])"));
    out.replace(orderedList, QStringLiteral("\\1\\\\\\2"));
    return out;
}

QString groupHeading(const ExportDate &t)
{
    if (!t.hasYear())
        return QStringLiteral("Undated");
    switch (t.precision()) {
    case P::Century:
    case P::Decade:
        return t.displayText();
    default:
        return QString::number(isoYearOf(t.firstDay()));
    }
}

/// Markdown: the events grouped under a heading per year, each with its date
/// at its precision, the label, the sentence, the user's note as a
/// quotation, and a link back to the article file.
class MarkdownExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("markdown"); }
    QString description() const override
    {
        return QCoreApplication::translate("Exporter", "Markdown, events grouped by year");
    }
    QString fileSuffix() const override { return QStringLiteral("md"); }

    ExportOutput run(const QList<ExportDocument> &documents, const ExportOptions &options) const override
    {
        QString md;
        const bool several = documents.size() > 1;
        if (several)
            md += QStringLiteral("# Timeline of %1 articles\n\n").arg(documents.size());
        for (int i = 0; i < documents.size(); ++i) {
            const ExportDocument &d = documents.at(i);
            const QString title = d.article.title.isEmpty() ? articleName(d, i) : d.article.title;
            const QString link = linkTo(d, options);
            const QString name = escapeMarkdown(articleName(d, i));
            const QString line = link.isEmpty() ? name : u'[' + name + QStringLiteral("](<") + link + QStringLiteral(">)");
            if (several) {
                md += QStringLiteral("- ") + escapeMarkdown(title) + QStringLiteral(": ") + line + u'\n';
            } else {
                md += QStringLiteral("# ") + escapeMarkdown(title) + QStringLiteral("\n\n");
                QStringList meta = articleFacts(d.article, escapeMarkdown);
                meta << QStringLiteral("article: ") + line;
                md += meta.join(QStringLiteral(" · ")) + u'\n';
            }
        }
        QString lastHeading;
        bool first = true;
        for (const TimelineItem &item : mergedTimeline(documents)) {
            const TimelineEvent &ev = *item.event;
            const QString heading = groupHeading(item.start);
            if (first || heading != lastHeading) {
                md += QStringLiteral("\n## ") + heading + QStringLiteral("\n\n");
                lastHeading = heading;
                first = false;
            }
            QString date = item.start.displayText();
            if (item.end.isValid())
                date += QStringLiteral(" – ") + item.end.displayText();
            md += QStringLiteral("- **") + escapeMarkdown(date) + QStringLiteral("**: ") + escapeMarkdown(ev.label);
            if (several)
                md += QStringLiteral(" (") + escapeMarkdown(articleName(*item.document, item.documentIndex)) + u')';
            md += u'\n';
            const QString sentence = sentenceText(item).toString();
            if (!sentence.isEmpty() && sentence != ev.label)
                md += QStringLiteral("\n  ") + escapeMarkdown(sentence) + u'\n';
            if (!ev.note.isEmpty()) {
                // Each line of the note becomes a line of the quotation.
                md += u'\n';
                const QStringList lines = ev.note.split(u'\n');
                for (const QString &l : lines)
                    md += QStringLiteral("  > ") + escapeMarkdown(l) + u'\n';
            }
            md += u'\n';
        }
        if (first)
            md += QStringLiteral("\nNo dated events.\n");
        // One blank line between blocks, never two.
        while (md.contains(QStringLiteral("\n\n\n")))
            md.replace(QStringLiteral("\n\n\n"), QStringLiteral("\n\n"));
        if (md.endsWith(QStringLiteral("\n\n")))
            md.chop(1);
        return ExportOutput{{ExportFile{QString(), md.toUtf8()}}, {}, {}};
    }

private:
    static QString linkTo(const ExportDocument &d, const ExportOptions &options)
    {
        if (d.article.path.isEmpty())
            return QString();
        if (!options.outputDirectory.isEmpty()) {
            const QString rel = QDir(options.outputDirectory).relativeFilePath(d.article.path);
            return QString::fromUtf8(QUrl::toPercentEncoding(rel, "/"));
        }
        return articleUrl(d);
    }
};

} // namespace

std::unique_ptr<Exporter> makeMarkdownExporter()
{
    return std::make_unique<MarkdownExporter>();
}

} // namespace Annalist::Formats
