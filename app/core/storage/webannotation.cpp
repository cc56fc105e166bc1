// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/webannotation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace Annalist::WebAnnotation {

namespace {

// Name-based identifiers live under this namespace of Annalist's own.
const QUuid idNamespace = QUuid::fromString(u"{6f1c2a54-0d4e-4b7a-9b8e-3c55a1d0e2f7}");

} // namespace

QString stableUuidIri(const QString &name)
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuidV5(idNamespace, name).toString(QUuid::WithoutBraces);
}

QString sourceIri(const QString &articlePath, const QString &text)
{
    if (articlePath.isEmpty())
        return stableUuidIri(text);
    return QUrl::fromLocalFile(QFileInfo(articlePath).absoluteFilePath()).toString(QUrl::FullyEncoded);
}

QJsonObject target(const QString &source, const TextAnchor &anchor)
{
    QJsonObject quote{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                      {QStringLiteral("exact"), anchor.exact}};
    if (!anchor.prefix.isEmpty())
        quote.insert(QStringLiteral("prefix"), anchor.prefix);
    if (!anchor.suffix.isEmpty())
        quote.insert(QStringLiteral("suffix"), anchor.suffix);
    QJsonArray selectors{quote};
    if (anchor.hasPosition()) {
        selectors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                     {QStringLiteral("start"), anchor.start},
                                     {QStringLiteral("end"), anchor.end}});
    }
    return QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("selector"), selectors}};
}

QJsonObject target(const QString &source, QStringView text, const CodePointMap &map, TextRange range)
{
    return target(source, makeAnchor(text, map, range));
}

QJsonObject target(const QJsonValue &source, QStringView text, const CodePointMap &map, TextRange range)
{
    QJsonObject t = target(QString(), makeAnchor(text, map, range));
    t.insert(QStringLiteral("source"), source);
    return t;
}

QStringList bylineNames(const QString &byline)
{
    const QString whole = byline.simplified();
    if (whole.isEmpty())
        return {};
    static const QRegularExpression semicolon(QStringLiteral("\\s*;\\s*"));
    static const QRegularExpression listSeparator(QStringLiteral("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&)\\s+"));
    QStringList parts = whole.contains(u';') ? whole.split(semicolon, Qt::SkipEmptyParts)
                                             : whole.split(listSeparator, Qt::SkipEmptyParts);
    if (!whole.contains(u';')) {
        // A part of one word is a surname before its first name, or a degree.
        for (const QString &p : std::as_const(parts))
            if (!p.contains(u' '))
                return {whole};
    }
    return parts;
}

QJsonValue describedSource(const QString &iri, const Article &article)
{
    const bool known = !article.title.isEmpty() || !article.byline.isEmpty() || !article.source.isEmpty()
        || article.date.isValid() || !article.language.isEmpty();
    if (!known)
        return iri;
    QJsonObject s{{QStringLiteral("id"), iri}, {QStringLiteral("type"), QStringLiteral("Text")}};
    switch (article.format) {
    case Article::Format::Html:
        s.insert(QStringLiteral("format"), QStringLiteral("text/html"));
        break;
    case Article::Format::Markdown:
        s.insert(QStringLiteral("format"), QStringLiteral("text/markdown"));
        break;
    case Article::Format::PlainText:
        s.insert(QStringLiteral("format"), QStringLiteral("text/plain"));
        break;
    }
    if (!article.language.isEmpty())
        s.insert(QStringLiteral("language"), article.language);
    QJsonArray creators;
    for (const QString &name : bylineNames(article.byline))
        creators.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), name}});
    if (creators.size() == 1)
        s.insert(QStringLiteral("creator"), creators.first());
    else if (!creators.isEmpty())
        s.insert(QStringLiteral("creator"), creators);
    if (!article.title.isEmpty())
        s.insert(QStringLiteral("dcterms:title"), article.title);
    if (!article.source.isEmpty())
        s.insert(QStringLiteral("dcterms:publisher"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("Organization")}, {QStringLiteral("name"), article.source}});
    if (article.date.isValid())
        s.insert(QStringLiteral("dcterms:issued"), article.date.toString(Qt::ISODate));
    return s;
}

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

QJsonArray entityBodies(const QString &type, const QString &canonical, const QString &note)
{
    QJsonArray bodies;
    if (!type.isEmpty())
        bodies.append(textualBody(QStringLiteral("tagging"), type));
    if (!canonical.isEmpty())
        bodies.append(textualBody(QStringLiteral("identifying"), canonical));
    if (!note.isEmpty())
        bodies.append(textualBody(QStringLiteral("commenting"), note));
    return bodies;
}

} // namespace Annalist::WebAnnotation
