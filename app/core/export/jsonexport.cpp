// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/jsonexport.h"

#include "export/jsonwriter.h"
#include "util/codepoints.h"

#include <QJsonDocument>

namespace Annalist {

// Members are written in the order QJsonObject keeps them (sorted by key),
// so that the output is what the exports made through QJsonDocument were.
void writeProbeJson(JsonWriter &w, const Article &article, const EntityList &entities,
                    const QList<TimelineEvent> &events)
{
    using L = QLatin1StringView;
    const CodePointMap map(article.text);
    w.beginObject();
    w.key(L("document"));
    w.beginObject();
    // What the article says of itself (byline, language, source) only when
    // it says it.
    if (!article.byline.isEmpty())
        w.member(L("byline"), article.byline);
    w.key(L("date"));
    if (article.date.isValid())
        w.string(article.date.toString(Qt::ISODate));
    else
        w.null();
    if (!article.language.isEmpty())
        w.member(L("language"), article.language);
    w.member(L("path"), article.path);
    if (!article.source.isEmpty())
        w.member(L("source"), article.source);
    w.member(L("text"), article.text);
    w.member(L("title"), article.title);
    w.endObject();

    w.key(L("entities"));
    w.beginArray();
    for (const Entity &e : entities) {
        w.beginObject();
        if (!e.canonical.isEmpty())
            w.member(L("canonical"), e.canonical);
        w.member(L("end"), map.toCodePoint(e.range.end));
        if (!e.note.isEmpty())
            w.member(L("note"), e.note);
        w.member(L("origin"), originName(e.origin));
        w.member(L("start"), map.toCodePoint(e.range.start));
        w.member(L("text"), article.slice(e.range));
        if (!e.timexType.isEmpty())
            w.member(L("timexType"), e.timexType);
        w.member(L("type"), e.type);
        if (!e.value.isEmpty())
            w.member(L("value"), e.value);
        w.member(L("why"), e.why);
        w.endObject();
    }
    w.endArray();

    w.key(L("timeline"));
    w.beginArray();
    for (const TimelineEvent &ev : events) {
        w.beginObject();
        w.member(L("date"), ev.date);
        w.key(L("entities"));
        w.beginArray();
        for (const QString &name : ev.entities)
            w.string(name);
        w.endArray();
        w.key(L("expression"));
        w.beginObject();
        w.member(L("end"), map.toCodePoint(ev.expression.end));
        w.member(L("start"), map.toCodePoint(ev.expression.start));
        w.member(L("text"), article.slice(ev.expression));
        w.endObject();
        w.member(L("label"), ev.label);
        if (!ev.note.isEmpty())
            w.member(L("note"), ev.note);
        w.member(L("origin"), originName(ev.origin));
        w.member(L("sentence"), article.slice(ev.sentence));
        w.key(L("span"));
        w.beginObject();
        w.member(L("end"), map.toCodePoint(ev.sentence.end));
        w.member(L("start"), map.toCodePoint(ev.sentence.start));
        w.endObject();
        if (!ev.until.isEmpty())
            w.member(L("until"), ev.until);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

QJsonObject toProbeJson(const Article &article, const EntityList &entities, const QList<TimelineEvent> &events)
{
    QByteArray bytes;
    JsonWriter writer(&bytes);
    writeProbeJson(writer, article, entities, events);
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace Annalist
