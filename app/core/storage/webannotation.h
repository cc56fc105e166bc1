// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "annotations/anchoring.h"

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

/// A name-based (version 5) urn:uuid of name, the same on every call.
QString stableUuidIri(const QString &name);

/// A Specific Resource: exactly one source, and a TextQuoteSelector (prefix
/// and suffix only when not empty) followed by a TextPositionSelector when
/// the anchor has a position. Offsets and context are in code points, as
/// the anchor holds them.
QJsonObject target(const QString &source, const TextAnchor &anchor);

/// A TextualBody with a purpose, in text/plain.
QJsonObject textualBody(const QString &purpose, const QString &value);

} // namespace WebAnnotation

} // namespace Annalist
