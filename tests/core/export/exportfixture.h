// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Hand-made documents for the export tests: articles written for the tests,
// with entities and events built here (not by the recognizer), covering
// notes, user origins, a range, every date precision, text outside the Basic
// Multilingual Plane and hostile text. Offsets are found with indexOf, so the
// texts can be edited freely.

#include "article/loader.h"
#include "export/exportdocument.h"

#include <QDateTime>
#include <QTimeZone>

namespace ExportFixture {

using namespace Annalist;

inline Article article(const QString &path, const QString &title, const QDate &date, const QString &text)
{
    Article a;
    a.path = path;
    a.title = title;
    a.date = date;
    a.source = QStringLiteral("Test Wire");
    a.text = text;
    segmentArticle(a);
    return a;
}

inline TextRange rangeOf(const Article &a, const QString &needle, qsizetype from = 0)
{
    const qsizetype start = a.text.indexOf(needle, from);
    if (start < 0)
        qFatal("export fixture: the text lacks \"%s\"", qUtf8Printable(needle));
    return TextRange{start, start + needle.size()};
}

inline Entity entity(const Article &a, const QString &text, QLatin1StringView type, Origin origin = Origin::Auto,
                     const QString &note = {})
{
    Entity e;
    e.range = rangeOf(a, text);
    e.type = QString(type);
    e.origin = origin;
    e.note = note;
    e.why = origin == Origin::User ? QStringLiteral("tagged by the user") : QStringLiteral("test fixture");
    return e;
}

inline Entity dateEntity(const Article &a, const QString &text, const QString &value)
{
    Entity e = entity(a, text, EntityTypes::Date);
    e.value = value;
    e.timexType = QStringLiteral("DATE");
    return e;
}

inline TimelineEvent event(const Article &a, const QString &expression, const QString &date, const QString &label,
                           const QStringList &entities = {}, const QString &note = {}, Origin origin = Origin::Auto)
{
    TimelineEvent ev;
    ev.date = date;
    ev.label = label;
    ev.expression = rangeOf(a, expression);
    const qsizetype s = a.sentenceAt(ev.expression.start);
    ev.sentence = s >= 0 ? a.sentences.at(s) : ev.expression;
    ev.entities = entities;
    ev.note = note;
    ev.origin = origin;
    ev.confirmed = origin == Origin::User;
    return ev;
}

inline ExportDocument harbour()
{
    const QString text = QStringLiteral(
        "LIRANO, Veloria, March 4. The Lirano Port Authority reopened the northern quay on 3 March 2021, two years "
        "after the storm of 2019 closed it.\n"
        "Mayor Ana Kovač said the works ran from 2019 until 2020 and cost \"a lot more\" than planned, by 12%, she "
        "added.\n"
        "A sign reading <script>alert(1)</script> was found on the gate in September 2020.\n"
        "The harbour charter of the 1890s is kept in the 𝒜rchive of Lirano 🚢; it was revised in summer 2018. "
        "The fishing village grew in the 19th century.\n"
        "Tariffs rose in the third quarter of 2022. The ferry Morning Star docked in week 37 of 2025. "
        "Every year on 7 April the town holds a harbour day. A party was planned for 2000 but called off. "
        "The quay is open now.");
    Article a = article(QStringLiteral("/articles/lirano-harbour.txt"),
                        QStringLiteral("Lirano harbour reopens, \"at last\" & <on time>"), QDate(2021, 3, 4), text);
    a.byline = QStringLiteral("Mira Castell and Tomas Vey");
    a.language = QStringLiteral("en-GB");
    ExportDocument d;
    d.entities = {
        entity(a, QStringLiteral("LIRANO, Veloria"), EntityTypes::Location),
        entity(a, QStringLiteral("Lirano Port Authority"), EntityTypes::Organization, Origin::Auto,
               QStringLiteral("Runs both quays, \"since 1950\",\nper its site")),
        dateEntity(a, QStringLiteral("3 March 2021"), QStringLiteral("2021-03-03")),
        entity(a, QStringLiteral("storm of 2019"), EntityTypes::Event),
        entity(a, QStringLiteral("Ana Kovač"), EntityTypes::Person, Origin::User,
               QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")")),
        entity(a, QStringLiteral("harbour charter"), EntityTypes::Document),
        entity(a, QStringLiteral("𝒜rchive of Lirano"), EntityTypes::Organization, Origin::Lexicon),
        entity(a, QStringLiteral("Morning Star"), QLatin1StringView("VESSEL"), Origin::User, QStringLiteral("@harbourmaster")),
        // Overlaps "LIRANO, Veloria": kept where formats allow overlaps.
        entity(a, QStringLiteral("Veloria"), EntityTypes::Location),
    };
    d.events = {
        event(a, QStringLiteral("3 March 2021"), QStringLiteral("2021-03-03"),
              QStringLiteral("Port Authority reopens the northern quay"), {QStringLiteral("Lirano Port Authority")}),
        event(a, QStringLiteral("from 2019 until 2020"), QStringLiteral("2019"), QStringLiteral("Works on the quay"),
              {QStringLiteral("Ana Kovač")}, QStringLiteral("Cost \"a lot more\", she said,\nper the mayor")),
        event(a, QStringLiteral("September 2020"), QStringLiteral("2020-09"),
              QStringLiteral("<script>alert(1)</script> sign found"), {},
              QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"), Origin::User),
        event(a, QStringLiteral("the 1890s"), QStringLiteral("189"), QStringLiteral("Harbour charter written"),
              {QStringLiteral("harbour charter")}),
        event(a, QStringLiteral("summer 2018"), QStringLiteral("2018-SU"), QStringLiteral("Charter revised 𝒜"),
              {QStringLiteral("harbour charter"), QStringLiteral("𝒜rchive of Lirano")}, QStringLiteral("-5% of pages lost")),
        event(a, QStringLiteral("19th century"), QStringLiteral("18"), QStringLiteral("Fishing village grows")),
        event(a, QStringLiteral("third quarter of 2022"), QStringLiteral("2022-Q3"), QStringLiteral("+ Tariffs rise")),
        event(a, QStringLiteral("week 37 of 2025"), QStringLiteral("2025-W37"), QStringLiteral("Morning Star docks"),
              {QStringLiteral("Morning Star")}, QStringLiteral("@harbourmaster logged it")),
        event(a, QStringLiteral("7 April"), QStringLiteral("XXXX-04-07"), QStringLiteral("Harbour day")),
        event(a, QStringLiteral("now"), QStringLiteral("PRESENT_REF"), QStringLiteral("The quay is open")),
    };
    d.events[1].until = QStringLiteral("2020");
    TimelineEvent hidden = event(a, QStringLiteral("2000"), QStringLiteral("2000"), QStringLiteral("Party called off"));
    hidden.hidden = true;
    d.events.append(hidden);
    d.article = a;
    return d;
}

inline ExportDocument ferry()
{
    const QString text = QStringLiteral(
        "PORT SELA, March 9. A ferry line between Port Sela and Lirano opened in March 2021.\n"
        "Talks on the line began on 12 May 2019, and the ship was ordered in 2019.");
    Article a = article(QStringLiteral("/articles/sela-ferry.md"), QStringLiteral("Ferry line to Lirano opens"),
                        QDate(2021, 3, 9), text);
    ExportDocument d;
    d.entities = {
        entity(a, QStringLiteral("PORT SELA"), EntityTypes::Location),
        entity(a, QStringLiteral("Lirano"), EntityTypes::Location),
        dateEntity(a, QStringLiteral("12 May 2019"), QStringLiteral("2019-05-12")),
    };
    d.events = {
        event(a, QStringLiteral("March 2021"), QStringLiteral("2021-03"), QStringLiteral("Ferry line opens"),
              {QStringLiteral("Lirano")}),
        event(a, QStringLiteral("12 May 2019"), QStringLiteral("2019-05-12"), QStringLiteral("Talks begin")),
        event(a, QStringLiteral("in 2019"), QStringLiteral("2019"), QStringLiteral("Ship ordered")),
    };
    d.article = a;
    return d;
}

inline ExportOptions options()
{
    ExportOptions o;
    o.palette = EntityPalette::fromThemeName(QString());
    o.generated = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
    return o;
}

} // namespace ExportFixture
