// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exporthelpers.h"
#include "export/formats.h"

#include <QCoreApplication>

namespace Annalist::Formats {

namespace {

using namespace ExportHelpers;

/// Appends one field, RFC 4180: a field holding a comma, quote or line
/// break is quoted, with quotes doubled. (Written into the row in place: a
/// long article has tens of thousands of rows.)
void appendField(QString &out, QStringView raw)
{
    // A spreadsheet program runs a cell that starts with one of these as a
    // formula; a leading apostrophe makes it text (OWASP's advice). Tab and
    // carriage return are on the list because some programs skip them first.
    bool neutralize = false;
    if (!raw.isEmpty()) {
        const QChar c = raw.front();
        neutralize = c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    }
    bool quote = false;
    for (const QChar c : raw) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (neutralize)
            out += u'\'';
        out += raw;
        return;
    }
    out += u'"';
    if (neutralize)
        out += u'\'';
    qsizetype from = 0;
    for (qsizetype at = raw.indexOf(u'"'); at >= 0; at = raw.indexOf(u'"', from)) {
        out += raw.sliced(from, at + 1 - from);
        out += u'"';
        from = at + 1;
    }
    out += raw.sliced(from);
    out += u'"';
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
        // Each article's name once, not once per row.
        QList<QString> names;
        names.reserve(documents.size());
        for (int d = 0; d < documents.size(); ++d)
            names.append(articleName(documents.at(d), d));
        QString cell;
        for (const TimelineItem &item : mergedTimeline(documents)) {
            const TimelineEvent &ev = *item.event;
            if (ev.until.isEmpty()) {
                appendField(text, ev.date);
            } else {
                cell = ev.date + u'/' + ev.until;
                appendField(text, cell);
            }
            text += u',';
            appendField(text, item.start.precisionName());
            text += u',';
            appendField(text, ev.label);
            text += u',';
            appendField(text, sentenceText(item));
            text += u',';
            cell = ev.entities.join(QStringLiteral("; "));
            appendField(text, cell);
            text += u',';
            appendField(text, ev.note);
            text += u',';
            appendField(text, originName(ev.origin));
            text += u',';
            appendField(text, names.at(item.documentIndex));
            text += QStringLiteral("\r\n");
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
