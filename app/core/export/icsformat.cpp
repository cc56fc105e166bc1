// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exporthelpers.h"
#include "export/formats.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Annalist::Formats {

namespace {

using namespace ExportHelpers;

/// RFC 5545 §3.3.11: TEXT escapes backslash, semicolon, comma and newline.
QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            break;
        default:
            // Other control characters (RFC 5545 §3.1: CONTROL, which
            // includes DEL) are not allowed in a content line.
            out += (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f ? QChar(u' ') : c;
        }
    }
    return out;
}

/// RFC 5545 §3.1: lines longer than 75 octets are folded by CRLF + space,
/// never inside a UTF-8 sequence.
QByteArray folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype lineOctets = 0;
    qsizetype i = 0;
    while (i < utf8.size()) {
        // The length of the UTF-8 sequence that starts here.
        const auto lead = static_cast<unsigned char>(utf8.at(i));
        qsizetype n = 1;
        if (lead >= 0xF0)
            n = 4;
        else if (lead >= 0xE0)
            n = 3;
        else if (lead >= 0xC0)
            n = 2;
        if (lineOctets + n > 75) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out += utf8.mid(i, n);
        lineOctets += n;
        i += n;
    }
    out += "\r\n";
    return out;
}

/// RFC 5545 §3.3.4: a DATE has a four-digit year, 0000–9999 (ISO years:
/// 0000 is 1 BC).
bool hasDateValue(const QDate &d)
{
    return d.isValid() && isoYearOf(d) >= 0 && isoYearOf(d) <= 9999;
}

QString dateValue(const QDate &d)
{
    const auto pad = [](int n, int width) { return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0')); };
    return pad(isoYearOf(d), 4) + pad(d.month(), 2) + pad(d.day(), 2);
}

/// ";LANGUAGE=tag" for text in the article's language (RFC 5545 §3.2.10),
/// or "" when the article does not say or says something that is no
/// language tag (RFC 5646: letters and digits in parts joined by '-').
QString languageParameter(const Article &article)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    if (article.language.isEmpty() || !tag.match(article.language).hasMatch())
        return QString();
    return QStringLiteral(";LANGUAGE=") + article.language;
}

/// What the article says of itself, in the calendar's own properties:
/// RFC 7986's NAME (the title, in the article's language) and DESCRIPTION
/// (its byline, source and date, as every export's header gives them), each
/// followed by the X-WR-CALNAME and X-WR-CALDESC that calendar programs
/// older than RFC 7986 read instead (plain: they predate the parameter).
/// Nothing for what is not known. RFC 7986's URL and SOURCE are not the
/// article's: they name where the calendar itself can be fetched again.
template<typename Line>
void writeCalendarMetadata(const Article &article, const Line &line)
{
    const QString language = languageParameter(article);
    if (!article.title.isEmpty()) {
        line(QStringLiteral("NAME") + language + u':' + escapeText(article.title));
        line(QStringLiteral("X-WR-CALNAME:") + escapeText(article.title));
    }
    const QStringList facts = articleFacts(article);
    if (!facts.isEmpty()) {
        const QString description = escapeText(facts.join(QStringLiteral(" · ")));
        line(QStringLiteral("DESCRIPTION:") + description);
        line(QStringLiteral("X-WR-CALDESC:") + description);
    }
}

/// iCalendar (RFC 5545): one all-day VEVENT per event with a year. An event
/// known only to the year, month, season … spans that whole period (DTEND is
/// exclusive, so the day after); X-ANNALIST-PRECISION keeps the precision
/// and X-ANNALIST-TIMEX the value. Events without a year cannot be placed
/// on a calendar: they are left out and listed in the warnings. A period
/// that ends on 9999-12-31, whose exclusive end no DATE can hold, gets a
/// DURATION instead of a DTEND (RFC 5545 §3.6.1 allows either). A calendar
/// of one article carries its metadata (writeCalendarMetadata()); every
/// SUMMARY, a label made of the article's words, carries its language.
class IcsExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("ics"); }
    QString description() const override { return QCoreApplication::translate("Exporter", "iCalendar (RFC 5545)"); }
    QString fileSuffix() const override { return QStringLiteral("ics"); }

    ExportOutput run(const QList<ExportDocument> &documents, const ExportOptions &options) const override
    {
        ExportOutput out;
        QByteArray ics;
        const auto line = [&ics](const QString &l) { ics += folded(l); };
        line(QStringLiteral("BEGIN:VCALENDAR"));
        line(QStringLiteral("VERSION:2.0"));
        line(QStringLiteral("PRODID:-//Annalist//Annalist " ANNALIST_VERSION "//EN"));
        line(QStringLiteral("CALSCALE:GREGORIAN"));
        if (documents.size() == 1)
            writeCalendarMetadata(documents.first().article, line);
        const QString stamp = options.generated.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        for (const TimelineItem &item : mergedTimeline(documents)) {
            const TimelineEvent &ev = *item.event;
            if (!item.start.hasYear()) {
                out.warnings << QCoreApplication::translate("Exporter", "ics: left out “%1” (%2): a calendar needs a year")
                                    .arg(ev.label, ev.date);
                continue;
            }
            const QDate last = item.end.hasYear() && item.end.lastDay() >= item.start.firstDay()
                ? item.end.lastDay()
                : item.start.lastDay();
            line(QStringLiteral("BEGIN:VEVENT"));
            line(QStringLiteral("UID:") + item.uniqueId + QStringLiteral("@annalist"));
            line(QStringLiteral("DTSTAMP:") + stamp);
            const QDate first = item.start.firstDay();
            const QDate end = last.addDays(1);
            line(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(first));
            if (hasDateValue(end))
                line(QStringLiteral("DTEND;VALUE=DATE:") + dateValue(end));
            else
                line(QStringLiteral("DURATION:P%1D").arg(first.daysTo(end)));
            line(QStringLiteral("SUMMARY") + languageParameter(item.document->article) + u':' + escapeText(ev.label));
            QString description = sentenceText(item).toString();
            if (!ev.note.isEmpty())
                description += QStringLiteral("\n\nNote: ") + ev.note;
            description += QStringLiteral("\n\nDate: ") + item.start.displayText();
            if (item.end.isValid())
                description += QStringLiteral(" – ") + item.end.displayText();
            description += QStringLiteral("\nArticle: ") + articleName(*item.document, item.documentIndex);
            line(QStringLiteral("DESCRIPTION:") + escapeText(description));
            if (!ev.entities.isEmpty()) {
                QStringList categories;
                for (const QString &e : ev.entities)
                    categories << escapeText(e);
                line(QStringLiteral("CATEGORIES:") + categories.join(u','));
            }
            const QString url = articleUrl(*item.document);
            if (!url.isEmpty())
                line(QStringLiteral("URL;VALUE=URI:") + url);
            line(QStringLiteral("X-ANNALIST-PRECISION:") + item.start.precisionName());
            line(QStringLiteral("X-ANNALIST-TIMEX:") + escapeText(ev.until.isEmpty() ? ev.date : ev.date + u'/' + ev.until));
            line(QStringLiteral("X-ANNALIST-ORIGIN:") + originName(ev.origin));
            line(QStringLiteral("END:VEVENT"));
        }
        line(QStringLiteral("END:VCALENDAR"));
        out.files.append(ExportFile{QString(), ics});
        return out;
    }
};

} // namespace

std::unique_ptr<Exporter> makeIcsExporter()
{
    return std::make_unique<IcsExporter>();
}

} // namespace Annalist::Formats
