// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exporthelpers.h"
#include "export/formats.h"

#include <QCoreApplication>

namespace Annalist::Formats {

namespace {

using namespace ExportHelpers;

/// A spreadsheet program runs a cell that starts with one of these as a
/// formula; a leading apostrophe makes it text (OWASP's advice). Tab and
/// carriage return are on the list because some programs skip them first.
QString neutralized(const QString &cell)
{
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return u'\'' + cell;
    }
    return cell;
}

/// RFC 4180: a field holding a comma, quote or line break is quoted, with
/// quotes doubled.
QString field(const QString &raw)
{
    const QString cell = neutralized(raw);
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        QString quoted = cell;
        quoted.replace(u'"', QStringLiteral("\"\""));
        return u'"' + quoted + u'"';
    }
    return cell;
}

/// RFC 4180 CSV, one row per timeline event, CRLF line ends, a header row.
/// `date` is the TIMEX3 value ("start/end" for ranges, as ISO 8601 writes
/// intervals); events without a year are kept, with their value as it is.
class CsvExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("csv"); }
    QString description() const override
    {
        return QCoreApplication::translate("Exporter", "CSV (RFC 4180), one row per event");
    }
    QString fileSuffix() const override { return QStringLiteral("csv"); }

    ExportOutput run(const QList<ExportDocument> &documents, const ExportOptions &) const override
    {
        const QStringList header{QStringLiteral("date"), QStringLiteral("precision"), QStringLiteral("label"),
                                 QStringLiteral("sentence"), QStringLiteral("entities"), QStringLiteral("note"),
                                 QStringLiteral("origin"), QStringLiteral("article")};
        QString text = header.join(u',') + QStringLiteral("\r\n");
        for (const TimelineItem &item : mergedTimeline(documents)) {
            const TimelineEvent &ev = *item.event;
            const QString date = ev.until.isEmpty() ? ev.date : ev.date + u'/' + ev.until;
            const QStringList row{date,
                                  item.start.precisionName(),
                                  ev.label,
                                  sentenceText(item),
                                  ev.entities.join(QStringLiteral("; ")),
                                  ev.note,
                                  originName(ev.origin),
                                  articleName(*item.document, item.documentIndex)};
            QStringList cells;
            for (const QString &c : row)
                cells << field(c);
            text += cells.join(u',') + QStringLiteral("\r\n");
        }
        return ExportOutput{{ExportFile{QString(), text.toUtf8()}}, {}, {}};
    }
};

} // namespace

std::unique_ptr<Exporter> makeCsvExporter()
{
    return std::make_unique<CsvExporter>();
}

} // namespace Annalist::Formats
