// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/jsonexport.h"

#include "util/codepoints.h"

#include <QJsonArray>

namespace Annalist {

namespace {

QJsonObject rangeJson(const CodePointMap &map, TextRange r)
{
    return QJsonObject{{QStringLiteral("start"), map.toCodePoint(r.start)},
                       {QStringLiteral("end"), map.toCodePoint(r.end)}};
}

} // namespace

QJsonObject toProbeJson(const Article &article, const EntityList &entities, const QList<TimelineEvent> &events)
{
    const CodePointMap map(article.text);
    QJsonObject document{
        {QStringLiteral("path"), article.path},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("date"), article.date.isValid() ? QJsonValue(article.date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("text"), article.text},
    };
    // What the article says of itself, when it says it.
    for (const auto &[key, value] : {std::pair{QStringLiteral("source"), &article.source},
                                     std::pair{QStringLiteral("byline"), &article.byline},
                                     std::pair{QStringLiteral("language"), &article.language}})
        if (!value->isEmpty())
            document.insert(key, *value);
    QJsonArray entityArray;
    for (const Entity &e : entities) {
        QJsonObject o{
            {QStringLiteral("start"), map.toCodePoint(e.range.start)},
            {QStringLiteral("end"), map.toCodePoint(e.range.end)},
            {QStringLiteral("text"), article.slice(e.range).toString()},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("origin"), originName(e.origin)},
            {QStringLiteral("why"), e.why},
        };
        if (!e.value.isEmpty())
            o.insert(QStringLiteral("value"), e.value);
        if (!e.timexType.isEmpty())
            o.insert(QStringLiteral("timexType"), e.timexType);
        if (!e.canonical.isEmpty())
            o.insert(QStringLiteral("canonical"), e.canonical);
        if (!e.note.isEmpty())
            o.insert(QStringLiteral("note"), e.note);
        entityArray.append(o);
    }
    QJsonArray timeline;
    for (const TimelineEvent &ev : events) {
        QJsonObject o{
            {QStringLiteral("date"), ev.date},
            {QStringLiteral("label"), ev.label},
            {QStringLiteral("sentence"), article.slice(ev.sentence).toString()},
            {QStringLiteral("span"), rangeJson(map, ev.sentence)},
            {QStringLiteral("expression"),
             QJsonObject{{QStringLiteral("start"), map.toCodePoint(ev.expression.start)},
                         {QStringLiteral("end"), map.toCodePoint(ev.expression.end)},
                         {QStringLiteral("text"), article.slice(ev.expression).toString()}}},
            {QStringLiteral("entities"), QJsonArray::fromStringList(ev.entities)},
            {QStringLiteral("origin"), originName(ev.origin)},
        };
        if (!ev.until.isEmpty())
            o.insert(QStringLiteral("until"), ev.until);
        if (!ev.note.isEmpty())
            o.insert(QStringLiteral("note"), ev.note);
        timeline.append(o);
    }
    return QJsonObject{{QStringLiteral("document"), document},
                       {QStringLiteral("entities"), entityArray},
                       {QStringLiteral("timeline"), timeline}};
}

} // namespace Annalist
