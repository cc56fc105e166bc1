// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The rules of the W3C Web Annotation model that can be checked without a
// JSON-LD processor: the MUSTs of the W3C test suite (annotationMusts,
// collectionMusts) that Annalist's files can touch, so that tests check
// every file Annalist writes against them without the suite itself.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <cmath>

namespace Annalist::Testing::WebAnnotationCheck {

/// One line per problem; empty when there are none.
using Problems = QStringList;

namespace Detail {

inline const QLatin1StringView AnnoContext{"http://www.w3.org/ns/anno.jsonld"};

inline QStringList typesOf(const QJsonObject &o)
{
    QStringList out;
    for (const char *name : {"type", "@type"}) {
        const QJsonValue v = o.value(QLatin1StringView(name));
        if (v.isString())
            out.append(v.toString());
        for (const QJsonValue &x : v.toArray())
            out.append(x.toString());
    }
    return out;
}

/// An absolute IRI: a scheme, a colon, and something after it.
inline bool isIri(const QJsonValue &v)
{
    if (!v.isString())
        return false;
    const QUrl url(v.toString(), QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && v.toString().size() > url.scheme().size() + 1;
}

inline bool isCount(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == std::floor(v.toDouble());
}

inline bool isDateTime(const QJsonValue &v)
{
    return v.isString() && QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid();
}

inline bool hasAnnoContext(const QJsonValue &context)
{
    if (context.isString())
        return context.toString() == AnnoContext;
    const QJsonArray a = context.toArray();
    return !a.isEmpty() && a.first().toString() == AnnoContext;
}

inline QList<QJsonValue> valuesOf(const QJsonValue &v)
{
    if (!v.isArray())
        return {v};
    const QJsonArray a = v.toArray();
    return QList<QJsonValue>(a.cbegin(), a.cend());
}

inline void checkSelector(const QJsonObject &s, const QString &where, Problems &out)
{
    const QStringList types = typesOf(s);
    if (types.contains(u"TextQuoteSelector")) {
        if (!s.value(u"exact").isString())
            out.append(where + QStringLiteral(": TextQuoteSelector without a string exact"));
        for (const char *name : {"prefix", "suffix"}) {
            const QJsonValue v = s.value(QLatin1StringView(name));
            if (!v.isUndefined() && !v.isString())
                out.append(where + QStringLiteral(": TextQuoteSelector %1 is not a string").arg(QLatin1StringView(name)));
        }
    } else if (types.contains(u"TextPositionSelector")) {
        const QJsonValue start = s.value(u"start");
        const QJsonValue end = s.value(u"end");
        if (!isCount(start) || !isCount(end))
            out.append(where + QStringLiteral(": TextPositionSelector start or end is not a non-negative integer"));
        else if (start.toDouble() > end.toDouble())
            out.append(where + QStringLiteral(": TextPositionSelector starts after its end"));
    } else if (types.isEmpty()) {
        out.append(where + QStringLiteral(": selector without a type"));
    }
}

inline void checkTarget(const QJsonValue &target, const QString &where, Problems &out)
{
    if (target.isString()) {
        if (!isIri(target))
            out.append(where + QStringLiteral(": target is a string but not an IRI"));
        return;
    }
    if (!target.isObject()) {
        out.append(where + QStringLiteral(": target is neither an IRI nor an object"));
        return;
    }
    const QJsonObject t = target.toObject();
    if (t.contains(u"selector")) {
        // A Specific Resource: exactly one source (model 4).
        const QJsonValue source = t.value(u"source");
        if (source.isUndefined())
            out.append(where + QStringLiteral(": Specific Resource without a source"));
        else if (!isIri(source) && !(source.isObject() && isIri(source.toObject().value(u"id"))))
            out.append(where + QStringLiteral(": source is not one IRI"));
        for (const QJsonValue &s : valuesOf(t.value(u"selector"))) {
            if (s.isObject())
                checkSelector(s.toObject(), where, out);
            else if (!isIri(s))
                out.append(where + QStringLiteral(": selector is neither an object nor an IRI"));
        }
    } else if (!isIri(t.value(u"id")) && !t.contains(u"items")) {
        out.append(where + QStringLiteral(": target object has no IRI id and no selector"));
    }
}

inline void checkBody(const QJsonValue &body, const QString &where, Problems &out)
{
    if (body.isString()) {
        if (!isIri(body))
            out.append(where + QStringLiteral(": body is a string but not an IRI"));
        return;
    }
    const QJsonObject b = body.toObject();
    if (!body.isObject()) {
        out.append(where + QStringLiteral(": body is neither an IRI nor an object"));
    } else if (typesOf(b).contains(u"TextualBody") || b.contains(u"value")) {
        if (!b.value(u"value").isString())
            out.append(where + QStringLiteral(": TextualBody without a string value"));
        if (b.contains(u"source"))
            out.append(where + QStringLiteral(": TextualBody with a source"));
    } else if (!isIri(b.value(u"id")) && !b.contains(u"source") && !b.contains(u"items")) {
        out.append(where + QStringLiteral(": body object is neither textual nor an identified resource"));
    }
}

} // namespace Detail

/// An Annotation has an IRI id, the type Annotation, a target (an IRI, or an
/// object or array of them), and not both body and bodyValue; a Specific
/// Resource (an object with a selector) has exactly one source, an IRI; a
/// TextQuoteSelector has a string exact (prefix and suffix strings when
/// present), a TextPositionSelector non-negative integer start ≤ end; a
/// TextualBody has a string value and no source; created, modified and
/// generated are date-times. inContext: the annotation is embedded in a
/// collection whose @context holds the anno.jsonld context.
inline Problems checkAnnotation(const QJsonObject &a, bool inContext)
{
    using namespace Detail;
    Problems out;
    const QString where = QStringLiteral("annotation ") + a.value(u"id").toString(QStringLiteral("?"));
    if (!inContext && !hasAnnoContext(a.value(u"@context")))
        out.append(where + QStringLiteral(": no @context with the anno.jsonld context"));
    if (!isIri(a.value(u"id")))
        out.append(where + QStringLiteral(": id is not one IRI"));
    if (!typesOf(a).contains(u"Annotation"))
        out.append(where + QStringLiteral(": type is not Annotation"));
    if (!a.contains(u"target"))
        out.append(where + QStringLiteral(": no target"));
    const QJsonValue targets = a.value(u"target");
    if (targets.isArray() && targets.toArray().isEmpty())
        out.append(where + QStringLiteral(": empty target list"));
    for (const QJsonValue &t : valuesOf(targets)) {
        if (!t.isUndefined())
            checkTarget(t, where, out);
    }
    if (a.contains(u"body") && a.contains(u"bodyValue"))
        out.append(where + QStringLiteral(": both body and bodyValue"));
    if (a.contains(u"bodyValue") && !a.value(u"bodyValue").isString())
        out.append(where + QStringLiteral(": bodyValue is not a string"));
    if (a.contains(u"body")) {
        for (const QJsonValue &b : valuesOf(a.value(u"body")))
            checkBody(b, where, out);
    }
    for (const char *name : {"created", "modified", "generated"}) {
        if (a.contains(QLatin1StringView(name)) && !isDateTime(a.value(QLatin1StringView(name))))
            out.append(where + QStringLiteral(": %1 is not a date-time").arg(QLatin1StringView(name)));
    }
    return out;
}

/// An AnnotationCollection: @context (a string or an array starting with the
/// anno.jsonld context), an IRI id, the type AnnotationCollection, a
/// non-negative integer total, a string label if any, and an embedded first
/// page (AnnotationPage with items) whose items each pass checkAnnotation();
/// total counts them (one page).
inline Problems checkCollection(const QJsonObject &c)
{
    using namespace Detail;
    Problems out;
    if (!hasAnnoContext(c.value(u"@context")))
        out.append(QStringLiteral("collection: no @context with the anno.jsonld context"));
    if (!isIri(c.value(u"id")))
        out.append(QStringLiteral("collection: id is not one IRI"));
    if (!typesOf(c).contains(u"AnnotationCollection"))
        out.append(QStringLiteral("collection: type is not AnnotationCollection"));
    if (c.contains(u"label") && !c.value(u"label").isString())
        out.append(QStringLiteral("collection: label is not a string"));
    if (!isCount(c.value(u"total")))
        out.append(QStringLiteral("collection: total is not a non-negative integer"));
    const QJsonObject first = c.value(u"first").toObject();
    if (!typesOf(first).contains(u"AnnotationPage") || !first.value(u"items").isArray()) {
        out.append(QStringLiteral("collection: first is not an embedded AnnotationPage with items"));
        return out;
    }
    const QJsonArray items = first.value(u"items").toArray();
    if (c.value(u"total").toDouble() != double(items.size()))
        out.append(QStringLiteral("collection: total %1 but %2 items").arg(c.value(u"total").toDouble()).arg(items.size()));
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            out.append(QStringLiteral("collection: an item is not an object"));
        else
            out.append(checkAnnotation(v.toObject(), true));
    }
    return out;
}

} // namespace Annalist::Testing::WebAnnotationCheck
