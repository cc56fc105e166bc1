// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exporthelpers.h"
#include "export/formats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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
        ExportOutput out;
        const bool several = documents.size() > 1;
        QJsonObject title;
        if (documents.size() == 1) {
            const Article &a = documents.first().article;
            QStringList meta;
            if (!a.source.isEmpty())
                meta << a.source;
            if (a.date.isValid())
                meta << a.date.toString(Qt::ISODate);
            title.insert(QStringLiteral("text"),
                         QJsonObject{{QStringLiteral("headline"),
                                      escapeXml(a.title.isEmpty() ? articleName(documents.first(), 0) : a.title)},
                                     {QStringLiteral("text"), meta.isEmpty() ? QString() : paragraph(meta.join(QStringLiteral(", ")))}});
        } else {
            QString list;
            for (int i = 0; i < documents.size(); ++i) {
                const ExportDocument &d = documents.at(i);
                list += QStringLiteral("<li>") + escapeXml(d.article.title.isEmpty() ? articleName(d, i) : d.article.title)
                    + QStringLiteral("</li>");
            }
            title.insert(QStringLiteral("text"),
                         QJsonObject{{QStringLiteral("headline"), QStringLiteral("%1 articles").arg(documents.size())},
                                     {QStringLiteral("text"), QString(QStringLiteral("<ul>") + list + QStringLiteral("</ul>"))}});
        }

        QJsonArray events;
        EntityTypeLookup entityTypes;
        for (const TimelineItem &item : mergedTimeline(documents)) {
            const TimelineEvent &ev = *item.event;
            if (!item.start.hasYear()) {
                out.warnings << QCoreApplication::translate(
                    "Exporter", "timelinejs: left out “%1” (%2): TimelineJS needs a year")
                                    .arg(ev.label, ev.date);
                continue;
            }
            QJsonObject o{{QStringLiteral("start_date"), dateObject(item.start, false)},
                          {QStringLiteral("unique_id"), item.uniqueId}};
            const bool range = item.end.hasYear();
            if (range)
                o.insert(QStringLiteral("end_date"), dateObject(item.end, true));
            else if (isPeriod(item.start))
                o.insert(QStringLiteral("end_date"), dateObject(item.start, true));
            if (range)
                o.insert(QStringLiteral("display_date"),
                         QString(item.start.displayText() + QStringLiteral(" – ") + item.end.displayText()));
            else if (item.start.precision() != P::Day)
                o.insert(QStringLiteral("display_date"), item.start.displayText());

            QString text = paragraph(sentenceText(item));
            if (!ev.note.isEmpty())
                text += QStringLiteral("<blockquote>") + escapeXml(ev.note) + QStringLiteral("</blockquote>");
            o.insert(QStringLiteral("text"),
                     QJsonObject{{QStringLiteral("headline"), escapeXml(ev.label)}, {QStringLiteral("text"), text}});

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
                o.insert(QStringLiteral("group"), group);
            events.append(o);
        }
        const QJsonObject root{{QStringLiteral("title"), title}, {QStringLiteral("events"), events}};
        out.files.append(ExportFile{QString(), QJsonDocument(root).toJson(QJsonDocument::Indented)});
        return out;
    }
};

} // namespace

std::unique_ptr<Exporter> makeTimelineJsExporter()
{
    return std::make_unique<TimelineJsExporter>();
}

} // namespace Annalist::Formats
