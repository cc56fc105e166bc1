// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exporthelpers.h"
#include "export/formats.h"
#include "export/jsonwriter.h"
#include "storage/webannotation.h"
#include "util/codepoints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Annalist::Formats {

namespace {

using namespace ExportHelpers;

// Identifiers are name-based (version 5) UUIDs, so the same annotation gets
// the same IRI on every export.
QString uuidIri(const QString &name)
{
    return WebAnnotation::stableUuidIri(name);
}

/// The sidecar's target (WebAnnotation::target()): the same quote, context
/// and position for the same range; its source is the article described by
/// what it says of itself (WebAnnotation::describedSource()).
QJsonObject target(const ExportDocument &d, const QJsonValue &source, const CodePointMap &map, TextRange r)
{
    return WebAnnotation::target(source, d.article.text, map, r);
}

QJsonObject body(const QString &purpose, const QString &value)
{
    return WebAnnotation::textualBody(purpose, value);
}

QJsonObject creator(Origin origin)
{
    // An automatic annotation is made by the program, a user's by a person.
    if (origin == Origin::User)
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), QStringLiteral("user")}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Software")},
                       {QStringLiteral("name"), QString(QStringLiteral("Annalist " ANNALIST_VERSION " (") + originName(origin) + u')')}};
}

/// W3C Web Annotation Data Model, JSON-LD: an AnnotationCollection with one
/// AnnotationPage holding one Annotation per entity (a tagging body with the
/// type, a commenting body with the note) and one per timeline event that
/// has a note (describing = label, commenting = note, on the date
/// expression). Targets carry a TextQuoteSelector and a TextPositionSelector
/// in code points, and their source says what the article says of itself.
class W3cExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("w3c"); }
    QString description() const override
    {
        return QCoreApplication::translate("Exporter", "W3C Web Annotation (JSON-LD)");
    }
    QString fileSuffix() const override { return QStringLiteral("jsonld"); }

    ExportOutput run(const QList<ExportDocument> &documents, const ExportOptions &) const override
    {
        using L = QLatin1StringView;
        QString collectionKey;
        for (int i = 0; i < documents.size(); ++i)
            collectionKey += articleName(documents.at(i), i) + u'\x1f';
        const QString label = documents.size() == 1
            ? QStringLiteral("Annotations of ") + (documents.first().article.title.isEmpty() ? articleName(documents.first(), 0) : documents.first().article.title)
            : QStringLiteral("Annotations of %1 articles").arg(documents.size());

        // Written as it goes, one annotation at a time, members in the order
        // QJsonObject keeps them (sorted): the bytes QJsonDocument wrote.
        QByteArray bytes;
        JsonWriter w(&bytes);
        w.beginObject();
        w.member(L("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        w.key(L("first"));
        w.beginObject();
        w.member(L("id"), uuidIri(collectionKey + QStringLiteral("page1")));
        w.key(L("items"));
        w.beginArray();
        qint64 total = 0;
        for (int i = 0; i < documents.size(); ++i) {
            const ExportDocument &d = documents.at(i);
            const CodePointMap map(d.article.text);
            const QJsonValue source = WebAnnotation::describedSource(
                WebAnnotation::sourceIri(d.article.path, d.article.text), d.article);
            const QString docKey = articleName(d, i);
            for (const Entity &e : d.entities) {
                if (e.range.isEmpty() || e.range.start < 0 || e.range.end > d.article.text.size())
                    continue;
                const QJsonArray bodies = WebAnnotation::entityBodies(e.type, e.canonical, e.note);
                const QString key = docKey + QStringLiteral("\x1f" "entity\x1f") + QString::number(e.range.start) + u'\x1f'
                    + QString::number(e.range.end) + u'\x1f' + e.type;
                w.value(QJsonObject{{QStringLiteral("id"), uuidIri(key)},
                                    {QStringLiteral("type"), QStringLiteral("Annotation")},
                                    {QStringLiteral("motivation"), e.note.isEmpty() ? QStringLiteral("tagging") : QStringLiteral("commenting")},
                                    {QStringLiteral("creator"), creator(e.origin)},
                                    {QStringLiteral("body"), bodies},
                                    {QStringLiteral("target"), target(d, source, map, e.range)}});
                ++total;
            }
            for (const TimelineEvent &ev : d.events) {
                if (ev.note.isEmpty() || ev.hidden)
                    continue;
                const TextRange r = ev.expression.isEmpty() ? ev.sentence : ev.expression;
                if (r.isEmpty() || r.start < 0 || r.end > d.article.text.size())
                    continue;
                const QString key = docKey + QStringLiteral("\x1f" "event\x1f") + ev.date + u'\x1f' + ev.label + u'\x1f'
                    + QString::number(r.start);
                w.value(QJsonObject{{QStringLiteral("id"), uuidIri(key)},
                                    {QStringLiteral("type"), QStringLiteral("Annotation")},
                                    {QStringLiteral("motivation"), QStringLiteral("commenting")},
                                    {QStringLiteral("creator"), creator(ev.origin)},
                                    {QStringLiteral("body"),
                                     QJsonArray{body(QStringLiteral("describing"), ev.label),
                                                body(QStringLiteral("commenting"), ev.note)}},
                                    {QStringLiteral("target"), target(d, source, map, r)}});
                ++total;
            }
        }
        w.endArray();
        w.member(L("startIndex"), qint64(0));
        w.member(L("type"), QStringLiteral("AnnotationPage"));
        w.endObject();
        w.member(L("id"), uuidIri(collectionKey));
        w.member(L("label"), label);
        w.member(L("total"), total);
        w.member(L("type"), QStringLiteral("AnnotationCollection"));
        w.endObject();
        return ExportOutput{{ExportFile{QString(), bytes}}, {}, {}};
    }
};

} // namespace

std::unique_ptr<Exporter> makeW3cExporter()
{
    return std::make_unique<W3cExporter>();
}

} // namespace Annalist::Formats
