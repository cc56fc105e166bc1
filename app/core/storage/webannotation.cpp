// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/webannotation.h"

#include <QFileInfo>
#include <QJsonArray>
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
