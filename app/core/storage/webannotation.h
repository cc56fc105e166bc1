// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "annotations/anchoring.h"
#include "article/article.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Annalist {

/// The pieces of a W3C Web Annotation (https://www.w3.org/TR/annotation-model/)
/// that the sidecar and the W3C export both write, made in one place so that
/// the two stay alike.
namespace WebAnnotation {

/// The IRI of an article as a target's source: its absolute file: IRI, or,
/// for text that is not a file, a name-based urn:uuid of the text (the same
/// text gives the same IRI).
QString sourceIri(const QString &articlePath, const QString &text);

/// The article as a target's source, described as an External Web Resource
/// of the W3C model (§3.2.1, §3.3.1) when it says anything of itself: the
/// IRI as "id", "type" Text, the "format" of its file (text/html,
/// text/markdown or text/plain), its "language" and, as "creator", a Person
/// for each author its byline names. The model has no terms for a title, a
/// publisher or a date of publication (its "created" is a time of day in
/// UTC, which a page's date is not), so these are Dublin Core's through the
/// "dcterms" prefix that the model's own context defines: "dcterms:title",
/// "dcterms:publisher" (an Organization with a name) and "dcterms:issued"
/// (the ISO 8601 date). An article without title, byline, source, date and
/// language gives the bare IRI, as the sidecar writes it.
QJsonValue describedSource(const QString &iri, const Article &article);

/// The people a byline names: "Ann Lee and Bo Chen", "Ann Lee, Bo Chen" and
/// "Lee, Ann; Chen, Bo" each name two; a byline whose parts would not all be
/// names of two words or more ("Lee, Ann", "Ann Lee, MD") is one name.
QStringList bylineNames(const QString &byline);

/// A name-based (version 5) urn:uuid of name, the same on every call.
QString stableUuidIri(const QString &name);

/// A Specific Resource: exactly one source, and a TextQuoteSelector (prefix
/// and suffix only when not empty) followed by a TextPositionSelector when
/// the anchor has a position. Offsets and context are in code points, as
/// the anchor holds them.
QJsonObject target(const QString &source, const TextAnchor &anchor);

/// The same for range (UTF-16) of text, described by makeAnchor(): the
/// quote with TextAnchor::ContextLength code points of context on each side
/// and its position in code points. map must have been built on text. The
/// sidecar and the W3C export both describe their targets this way.
QJsonObject target(const QString &source, QStringView text, const CodePointMap &map, TextRange range);

/// The same with a source described by describedSource() (an IRI string or
/// an object with the IRI as its "id").
QJsonObject target(const QJsonValue &source, QStringView text, const CodePointMap &map, TextRange range);

/// A TextualBody with a purpose, in text/plain.
QJsonObject textualBody(const QString &purpose, const QString &value);

/// The bodies that say what a stretch of text is: "tagging" with its entity
/// type, "identifying" with its canonical name, "commenting" with a note,
/// each only when not empty, in that order.
QJsonArray entityBodies(const QString &type, const QString &canonical, const QString &note);

} // namespace WebAnnotation

} // namespace Annalist
