// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A small article with a hand-made automatic layer, shared by the annotation
// and storage tests, so that they do not depend on what the recognizer finds.

#include "analysis/analyzer.h"
#include "article/loader.h"

#include <QString>

namespace Annalist::Testing {

/// The range of the n-th occurrence (from 0) of needle in text; asserts in the caller by being empty when absent.
inline TextRange find(const QString &text, const QString &needle, int n = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i) {
        at = text.indexOf(needle, at + 1);
        if (at < 0)
            return {};
    }
    return {at, at + needle.size()};
}

inline Article makeArticle(const QString &text, const QString &path = {})
{
    Article article;
    article.path = path;
    article.text = text;
    segmentArticle(article);
    return article;
}

inline Entity entity(const QString &text, const QString &needle, QLatin1StringView type, int n = 0,
                     const QString &canonical = {})
{
    Entity e;
    e.range = find(text, needle, n);
    e.type = type;
    e.why = QStringLiteral("test");
    e.canonical = canonical;
    return e;
}

inline QString sampleText()
{
    return QStringLiteral(
        "Maria Lindqvist met Tomas Berg in Oslo on 3 March 2021. Lindqvist said the Nordic Water Council "
        "would meet again in Bergen.\n"
        "Tomas Berg agreed, and Bergström did not. A second meeting followed in 2022.");
}

/// The automatic layer a recognizer might have produced for sampleText().
inline Analysis sampleAnalysis(const QString &text)
{
    Analysis a;
    a.entities = {
        entity(text, QStringLiteral("Maria Lindqvist"), EntityTypes::Person),
        entity(text, QStringLiteral("Tomas Berg"), EntityTypes::Person),
        entity(text, QStringLiteral("Oslo"), EntityTypes::Location),
        entity(text, QStringLiteral("3 March 2021"), EntityTypes::Date),
        entity(text, QStringLiteral("Lindqvist"), EntityTypes::Person, 1, QStringLiteral("Maria Lindqvist")),
        entity(text, QStringLiteral("Nordic Water Council"), EntityTypes::Organization),
        entity(text, QStringLiteral("Bergen"), EntityTypes::Location),
        entity(text, QStringLiteral("Tomas Berg"), EntityTypes::Person, 1),
        entity(text, QStringLiteral("2022"), EntityTypes::Date),
    };
    a.entities[3].value = QStringLiteral("2021-03-03");
    a.entities[8].value = QStringLiteral("2022");
    TimelineEvent first;
    first.date = QStringLiteral("2021-03-03");
    first.label = QStringLiteral("Maria Lindqvist met Tomas Berg");
    first.expression = find(text, QStringLiteral("3 March 2021"));
    first.sentence = {0, text.indexOf(u'.') + 1};
    first.entities = {QStringLiteral("Maria Lindqvist"), QStringLiteral("Tomas Berg")};
    TimelineEvent second;
    second.date = QStringLiteral("2022");
    second.label = QStringLiteral("A second meeting followed");
    second.expression = find(text, QStringLiteral("2022"));
    second.sentence = find(text, QStringLiteral("A second meeting followed in 2022."));
    a.events = {first, second};
    return a;
}

} // namespace Annalist::Testing
