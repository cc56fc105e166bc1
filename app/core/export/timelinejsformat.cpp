// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exporthelpers.h"
#include "export/formats.h"
#include "export/jsonwriter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Annalist::Formats {

namespace {

using namespace ExportHelpers;
using P = ExportDate::Precision;

/// TimelineJS3 date object at the value's precision; for periods (decade,
/// season, week …) the first or the last day's fields.
QJsonObject dateObject(const ExportDate &t, bool end)
{
    const QDate d = end ? t.lastDay() : t.firstDay();
    QJsonObject o{{QStringLiteral("year"), QString::number(isoYearOf(d))}};
    switch (t.precision()) {
    case P::Day:
    case P::Week:
        o.insert(QStringLiteral("month"), QString::number(d.month()));
        o.insert(QStringLiteral("day"), QString::number(d.day()));
        break;
    case P::Month:
    case P::Season:
    case P::Quarter:
    case P::Half:
        o.insert(QStringLiteral("month"), QString::number(d.month()));
        break;
    case P::Year:
    case P::Decade:
    case P::Century:
    case P::None:
        break;
    }
    return o;
}

bool isPeriod(const ExportDate &t)
{
    return t.precision() == P::Century || t.precision() == P::Decade || t.precision() == P::Half
        || t.precision() == P::Season || t.precision() == P::Quarter || t.precision() == P::Week;
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + escapeXml(text) + QStringLiteral("</p>");
}

/// TimelineJS3's JSON: a title slide and one slide per dated event. Its
/// headline and text are HTML to TimelineJS, so every piece of article text
/// is escaped. start_date.year is required, so events without a year are
/// left out (and listed in the warnings).
class TimelineJsExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("timelinejs"); }
    QString description() const override
    {
        return QCoreApplication::translate("Exporter", "TimelineJS3 JSON");
    }
    QString fileSuffix() const override { return QStringLiteral("json"); }

    ExportOutput run(const QList<ExportDocument> &documents, const ExportOptions &) const override
    {
        using L = QLatin1StringView;
        ExportOutput out;
        const bool several = documents.size() > 1;
        // Written as it goes, members in the order QJsonObject keeps them
        // (sorted), so that the bytes are what QJsonDocument wrote before.
        QByteArray bytes;
        JsonWriter w(&bytes);
        w.beginObject();
        w.key(L("events"));
        w.beginArray();
        EntityTypeLookup entityTypes;
        for (const TimelineItem &item : mergedTimeline(documents)) {
            const TimelineEvent &ev = *item.event;
            if (!item.start.hasYear()) {
                out.warnings << QCoreApplication::translate(
                    "Exporter", "timelinejs: left out “%1” (%2): TimelineJS needs a year")
                                    .arg(ev.label, ev.date);
                continue;
            }
            w.beginObject();
            const bool range = item.end.hasYear();
            if (range)
                w.member(L("display_date"), QString(item.start.displayText() + QStringLiteral(" – ") + item.end.displayText()));
            else if (item.start.precision() != P::Day)
                w.member(L("display_date"), item.start.displayText());
            if (range) {
                w.key(L("end_date"));
                w.value(dateObject(item.end, true));
            } else if (isPeriod(item.start)) {
                w.key(L("end_date"));
                w.value(dateObject(item.start, true));
            }
            QString group;
            if (several) {
                group = articleName(*item.document, item.documentIndex);
            } else {
                for (const QString &name : ev.entities) {
                    group = entityTypes.typeOf(*item.document, name);
                    if (!group.isEmpty())
                        break;
                }
            }
            if (!group.isEmpty())
                w.member(L("group"), group);
            w.key(L("start_date"));
            w.value(dateObject(item.start, false));
            QString text = paragraph(sentenceText(item).toString());
            if (!ev.note.isEmpty())
                text += QStringLiteral("<blockquote>") + escapeXml(ev.note) + QStringLiteral("</blockquote>");
            w.key(L("text"));
            w.beginObject();
            w.member(L("headline"), escapeXml(ev.label));
            w.member(L("text"), text);
            w.endObject();
            w.member(L("unique_id"), item.uniqueId);
            w.endObject();
        }
        w.endArray();

        w.key(L("title"));
        w.beginObject();
        w.key(L("text"));
        w.beginObject();
        if (documents.size() == 1) {
            const Article &a = documents.first().article;
            const QStringList meta = articleFacts(a);
            w.member(L("headline"), escapeXml(a.title.isEmpty() ? articleName(documents.first(), 0) : a.title));
            w.member(L("text"), meta.isEmpty() ? QString() : paragraph(meta.join(QStringLiteral(", "))));
        } else {
            QString list;
            for (int i = 0; i < documents.size(); ++i) {
                const ExportDocument &d = documents.at(i);
                list += QStringLiteral("<li>") + escapeXml(d.article.title.isEmpty() ? articleName(d, i) : d.article.title)
                    + QStringLiteral("</li>");
            }
            w.member(L("headline"), QStringLiteral("%1 articles").arg(documents.size()));
            w.member(L("text"), QString(QStringLiteral("<ul>") + list + QStringLiteral("</ul>")));
        }
        w.endObject();
        w.endObject();
        w.endObject();
        out.files.append(ExportFile{QString(), bytes});
        return out;
    }
};

} // namespace

std::unique_ptr<Exporter> makeTimelineJsExporter()
{
    return std::make_unique<TimelineJsExporter>();
}

} // namespace Annalist::Formats
