// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sidecar.h"

#include "storage/outputguard.h"
#include "storage/webannotation.h"

#include "util/boundedfile.h"
#include "util/codepoints.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace Annalist {

namespace {

// Bounds on what a file may ask of us; beyond them a value is refused as hostile.
constexpr double MaxOffset = 1LL << 40;
constexpr qsizetype MaxTypeLength = 100;
constexpr qsizetype MaxQuoteLength = 1 << 20;

const QLatin1StringView W3cContext{"http://www.w3.org/ns/anno.jsonld"};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

/// A JSON-LD value that may be one string or an array of strings.
QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    if (v.isString()) {
        out.append(v.toString());
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray()) {
            if (x.isString())
                out.append(x.toString());
        }
    }
    return out;
}

/// A JSON-LD value that may be one object or an array of values.
QList<QJsonObject> objectsOf(const QJsonValue &v)
{
    QList<QJsonObject> out;
    if (v.isObject()) {
        out.append(v.toObject());
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray()) {
            if (x.isObject())
                out.append(x.toObject());
        }
    }
    return out;
}

bool hasType(const QJsonObject &o, QStringView type)
{
    return stringsOf(o.value(u"type")).contains(type) || stringsOf(o.value(u"@type")).contains(type);
}

/// An absolute IRI (a scheme and something after it), as an id must be.
bool isIri(const QJsonValue &v)
{
    if (!v.isString())
        return false;
    const QUrl url(v.toString(), QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && v.toString().size() > url.scheme().size() + 1;
}

/// A non-negative integral offset, or -1.
qsizetype offsetOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > MaxOffset || d != std::floor(d))
        return -1;
    return qsizetype(d);
}

QString optionalString(const QJsonObject &o, QStringView name)
{
    const QJsonValue v = o.value(name);
    return v.isString() ? v.toString() : QString();
}

QDateTime timeOf(const QJsonObject &o, QStringView name)
{
    const QDateTime t = QDateTime::fromString(optionalString(o, name), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

/// The anchor described by a W3C target (object, or array of them); false
/// when no usable selector is there.
bool anchorOf(const QJsonValue &target, TextAnchor &anchor)
{
    bool found = false;
    for (const QJsonObject &t : objectsOf(target)) {
        for (const QJsonObject &s : objectsOf(t.value(u"selector"))) {
            if (hasType(s, u"TextQuoteSelector") && anchor.exact.isEmpty()) {
                const QJsonValue exact = s.value(u"exact");
                if (!exact.isString() || exact.toString().isEmpty() || exact.toString().size() > MaxQuoteLength)
                    continue;
                anchor.exact = exact.toString();
                anchor.prefix = optionalString(s, u"prefix").right(4 * TextAnchor::ContextLength);
                anchor.suffix = optionalString(s, u"suffix").left(4 * TextAnchor::ContextLength);
                found = true;
            } else if (hasType(s, u"TextPositionSelector") && !anchor.hasPosition()) {
                const qsizetype start = offsetOf(s.value(u"start"));
                const qsizetype end = offsetOf(s.value(u"end"));
                if (start < 0 || end <= start)
                    continue;
                anchor.start = start;
                anchor.end = end;
                found = true;
            }
        }
        if (found)
            break;
    }
    return found;
}

/// A type name as we use them: upper case, no surrounding space.
QString typeName(const QString &value)
{
    const QString t = value.trimmed().toUpper();
    return t.size() <= MaxTypeLength ? t : QString();
}

std::optional<StoredEntity> entityOf(const QJsonObject &o)
{
    if (o.contains(u"type") && !hasType(o, u"Annotation"))
        return std::nullopt;
    StoredEntity stored;
    if (!anchorOf(o.value(u"target"), stored.anchor))
        return std::nullopt;
    UserEntity &u = stored.entity;
    const QStringList motivations = stringsOf(o.value(u"motivation"));
    const bool reject = o.value(u"annalist:action").toString() == u"reject" || motivations.contains(u"moderating");
    QString type;
    QString note;
    for (const QJsonObject &body : objectsOf(o.value(u"body"))) {
        const QJsonValue value = body.value(u"value");
        if (!value.isString())
            continue;
        QStringList purposes = stringsOf(body.value(u"purpose"));
        if (purposes.isEmpty())
            purposes = motivations;
        if (purposes.contains(u"tagging") || purposes.contains(u"classifying") || purposes.contains(u"identifying")
            || purposes.contains(u"moderating")) {
            if (type.isEmpty())
                type = typeName(value.toString());
        } else if (purposes.contains(u"commenting") || purposes.contains(u"describing") || purposes.isEmpty()) {
            if (note.isEmpty())
                note = value.toString();
        }
    }
    if (o.value(u"bodyValue").isString() && note.isEmpty())
        note = o.value(u"bodyValue").toString();
    if (!reject && type.isEmpty() && note.isEmpty())
        return std::nullopt; // a highlight or a bookmark: nothing we can show
    const QString id = optionalString(o, u"id");
    u.id = id.isEmpty() ? newAnnotationId() : id;
    u.action = reject ? UserEntity::Action::Reject : UserEntity::Action::Tag;
    u.type = type;
    u.note = reject ? QString() : note;
    u.origin = o.value(u"annalist:origin").toString() == u"lexicon" ? Origin::Lexicon : Origin::User;
    u.created = timeOf(o, u"created");
    u.modified = timeOf(o, u"modified");
    return stored;
}

std::optional<StoredTimelineEdit> timelineEditOf(const QJsonObject &o)
{
    StoredTimelineEdit stored;
    if (!anchorOf(o.value(u"target"), stored.anchor))
        return std::nullopt;
    TimelineEdit &e = stored.edit;
    const QString kind = optionalString(o, u"kind");
    if (kind == u"added")
        e.kind = TimelineEdit::Kind::Added;
    else if (kind == u"amended")
        e.kind = TimelineEdit::Kind::Amended;
    else
        return std::nullopt;
    const QString id = optionalString(o, u"id");
    e.id = id.isEmpty() ? newAnnotationId() : id;
    e.autoDate = optionalString(o, u"autoDate");
    if (o.value(u"date").isString())
        e.date = o.value(u"date").toString();
    if (o.value(u"until").isString())
        e.until = o.value(u"until").toString();
    if (o.value(u"label").isString())
        e.label = o.value(u"label").toString();
    e.note = optionalString(o, u"note");
    e.confirmed = o.value(u"confirmed").toBool();
    e.hidden = e.kind == TimelineEdit::Kind::Amended && o.value(u"hidden").toBool();
    e.created = timeOf(o, u"created");
    e.modified = timeOf(o, u"modified");
    if (e.kind == TimelineEdit::Kind::Added && (!e.date || e.date->isEmpty()))
        return std::nullopt;
    return stored;
}

void putTimes(QJsonObject &o, const QDateTime &created, const QDateTime &modified)
{
    if (created.isValid())
        o.insert(key("created"), created.toUTC().toString(Qt::ISODateWithMs));
    if (modified.isValid())
        o.insert(key("modified"), modified.toUTC().toString(Qt::ISODateWithMs));
}

QJsonObject entityJson(const UserEntity &u, const QJsonObject &target)
{
    QJsonObject o{{key("id"), u.id}, {key("type"), key("Annotation")}};
    QJsonArray body;
    if (u.isReject()) {
        o.insert(key("motivation"), key("moderating"));
        o.insert(key("annalist:action"), key("reject"));
        body.append(WebAnnotation::textualBody(key("moderating"), u.type));
    } else {
        o.insert(key("motivation"), u.isNoteOnly() ? key("commenting") : key("tagging"));
        body = WebAnnotation::entityBodies(u.type, QString(), u.note);
    }
    o.insert(key("body"), body);
    o.insert(key("target"), target);
    if (u.origin == Origin::Lexicon)
        o.insert(key("annalist:origin"), key("lexicon"));
    putTimes(o, u.created, u.modified);
    return o;
}

QJsonObject timelineJson(const TimelineEdit &e, const QJsonObject &target)
{
    QJsonObject o{{key("id"), e.id},
                  {key("kind"), e.kind == TimelineEdit::Kind::Added ? key("added") : key("amended")},
                  {key("target"), target}};
    if (e.kind == TimelineEdit::Kind::Amended)
        o.insert(key("autoDate"), e.autoDate);
    if (e.date)
        o.insert(key("date"), *e.date);
    if (e.until)
        o.insert(key("until"), *e.until);
    if (e.label)
        o.insert(key("label"), *e.label);
    if (!e.note.isEmpty())
        o.insert(key("note"), e.note);
    if (e.confirmed)
        o.insert(key("confirmed"), true);
    if (e.hidden)
        o.insert(key("hidden"), true);
    putTimes(o, e.created, e.modified);
    return o;
}

/// Gives every entity and timeline edit an id no other item of the file has:
/// the first keeps it, a later one gets a new one. Ids of items that were
/// not understood count as taken (they are written back unchanged). Without
/// this, removing one of two records that share an id would write neither.
/// Returns how many ids changed.
qsizetype makeIdsUnique(SidecarContent &content)
{
    QSet<QString> taken;
    for (const QJsonArray *unread : {&content.unreadItems, &content.unreadTimeline}) {
        for (const QJsonValue &v : *unread) {
            const QJsonValue id = v.toObject().value(u"id");
            if (id.isString())
                taken.insert(id.toString());
        }
    }
    qsizetype renamed = 0;
    const auto claim = [&taken, &renamed](QString &id) {
        if (taken.contains(id)) {
            do {
                id = newAnnotationId();
            } while (taken.contains(id));
            ++renamed;
        }
        taken.insert(id);
    };
    for (StoredEntity &e : content.entities)
        claim(e.entity.id);
    for (StoredTimelineEdit &e : content.timeline)
        claim(e.edit.id);
    return renamed;
}

SidecarReadResult failure(SidecarReadResult::Status status, QString message)
{
    SidecarReadResult r;
    r.status = status;
    r.message = std::move(message);
    return r;
}

} // namespace

namespace Sidecar {

namespace {

QString realPath(const QString &articlePath)
{
    const QFileInfo info(articlePath);
    const QString real = info.canonicalFilePath();
    return real.isEmpty() ? info.absoluteFilePath() : real;
}

QString besideName(const QString &articlePath)
{
    return articlePath + QStringLiteral(".annalist.json");
}

QString fallbackName(const QString &articlePath)
{
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(articlePath).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha256);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sidecars/")
        + QString::fromLatin1(hash.toHex()) + QStringLiteral(".annalist.json");
}

/// The names to look for the sidecar under: the real path, then the path as given.
QStringList articleNames(const QString &articlePath)
{
    QStringList names{realPath(articlePath)};
    if (QFileInfo(articlePath).absoluteFilePath() != names.first())
        names << articlePath;
    return names;
}

} // namespace

QString besidePath(const QString &articlePath)
{
    // A path that does not exist keeps its form (relative stays relative).
    const QString real = QFileInfo(articlePath).canonicalFilePath();
    return besideName(real.isEmpty() ? articlePath : real);
}

QString fallbackPath(const QString &articlePath)
{
    return fallbackName(realPath(articlePath));
}

QStringList candidatePaths(const QString &articlePath)
{
    QStringList paths;
    for (const QString &name : articleNames(articlePath))
        paths << besideName(name) << fallbackName(name);
    return paths;
}

QString existingPath(const QString &articlePath)
{
    if (articlePath.isEmpty())
        return {};
    for (const QString &name : articleNames(articlePath)) {
        const QFileInfo beside(besideName(name));
        const QFileInfo fallback(fallbackName(name));
        // Both exist when the folder was read-only for a while: the later save wins.
        if (beside.isFile() && fallback.isFile())
            return fallback.lastModified() > beside.lastModified() ? fallback.filePath() : beside.filePath();
        if (beside.isFile())
            return beside.filePath();
        if (fallback.isFile())
            return fallback.filePath();
    }
    return {};
}

QString textFingerprint(QStringView text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Sidecar

SidecarReadResult readSidecar(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const BoundedRead read = readBoundedFile(path, Sidecar::MaxFileBytes);
    SidecarReadResult r;
    switch (read.status) {
    case BoundedRead::Status::Missing:
        return failure(SidecarReadResult::Status::Missing, {});
    case BoundedRead::Status::TooLarge:
        r = failure(SidecarReadResult::Status::TooLarge,
                    QCoreApplication::translate("Sidecar", "The annotation file %1 is larger than the %2 limit (%3); "
                                                           "the article opens without annotations and the file is "
                                                           "left as it is.")
                        .arg(name, sizeForMessage(Sidecar::MaxFileBytes), sizeForMessage(read.size)));
        break;
    case BoundedRead::Status::NotAFile:
    case BoundedRead::Status::Unreadable: {
        const QString why = read.status == BoundedRead::Status::NotAFile
            ? QCoreApplication::translate("Sidecar", "not a regular file")
            : read.error;
        r = failure(SidecarReadResult::Status::Unreadable,
                    QCoreApplication::translate("Sidecar", "The annotations in %1 cannot be read (%2); the article opens without them "
                                         "and the file is left as it is.")
                        .arg(name, why));
        break;
    }
    case BoundedRead::Status::Ok:
        r = parseSidecar(read.bytes, name);
        break;
    }
    r.path = path;
    return r;
}

SidecarReadResult parseSidecar(const QByteArray &bytes, const QString &name)
{
    using Status = SidecarReadResult::Status;
    if (bytes.trimmed().isEmpty()) {
        return failure(Status::Empty,
                       QCoreApplication::translate("Sidecar", "The annotation file %1 is empty; the article opens without annotations.").arg(name));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return failure(Status::NotJson,
                       QCoreApplication::translate("Sidecar", "The annotation file %1 is damaged (%2 at byte %3); the article opens without annotations "
                          "and the file is left as it is until you decide what to do with it.")
                           .arg(name, error.errorString())
                           .arg(error.offset));
    }
    const QString notOurs = QCoreApplication::translate("Sidecar", "The file %1 holds neither Annalist annotations nor W3C Web Annotations; the article "
                               "opens without annotations and the file is left as it is.")
                                .arg(name);
    SidecarReadResult result;
    result.status = Status::Ok;
    SidecarContent &content = result.content;
    QJsonArray items;
    QJsonObject root;
    if (doc.isArray()) {
        items = doc.array();
    } else {
        root = doc.object();
        if (root.contains(u"annalist:schema")) {
            const QJsonValue schema = root.value(u"annalist:schema");
            const double version = schema.toDouble(-1);
            if (!schema.isDouble() || version < 1 || version != std::floor(version) || version > 1e6)
                return failure(Status::NotOurSchema, notOurs);
            content.schema = int(version);
            if (content.schema > Sidecar::SchemaVersion) {
                result.status = Status::NewerVersion;
                result.message = QCoreApplication::translate("Sidecar", "The annotations in %1 were saved by a newer version of Annalist; they are shown "
                                    "read-only and the file is not changed.")
                                     .arg(name);
            }
            content.textSha256 = optionalString(root, u"annalist:textSha256");
            if (isIri(root.value(u"id")))
                content.collectionId = root.value(u"id").toString();
            content.generator = optionalString(root, u"annalist:generator");
        }
        if (hasType(root, u"AnnotationCollection")) {
            const QJsonValue first = root.value(u"first");
            if (first.isObject())
                items = first.toObject().value(u"items").toArray();
            else if (root.value(u"items").isArray())
                items = root.value(u"items").toArray();
            else if (!first.isUndefined() && !first.isNull())
                return failure(Status::NotOurSchema, notOurs); // pages elsewhere: we do not fetch
        } else if (hasType(root, u"AnnotationPage")) {
            items = root.value(u"items").toArray();
        } else if (hasType(root, u"Annotation")) {
            items.append(root);
        } else if (content.schema > 0 && root.value(u"items").isArray()) {
            items = root.value(u"items").toArray();
        } else if (content.schema == 0) {
            return failure(Status::NotOurSchema, notOurs);
        }
    }
    if (doc.isArray()) {
        // A bare array must at least look like annotations.
        for (const QJsonValue &v : std::as_const(items)) {
            if (!v.isObject())
                return failure(Status::NotOurSchema, notOurs);
        }
    }
    for (const QJsonValue &v : std::as_const(items)) {
        std::optional<StoredEntity> e = v.isObject() ? entityOf(v.toObject()) : std::nullopt;
        if (e)
            content.entities.append(std::move(*e));
        else
            content.unreadItems.append(v);
    }
    if (content.schema > 0) {
        const QJsonValue timeline = root.value(u"annalist:timeline");
        const QJsonArray edits = timeline.toArray();
        for (const QJsonValue &v : edits) {
            std::optional<StoredTimelineEdit> e = v.isObject() ? timelineEditOf(v.toObject()) : std::nullopt;
            if (e)
                content.timeline.append(std::move(*e));
            else
                content.unreadTimeline.append(v);
        }
    }
    content.renamedIds = makeIdsUnique(content);
    const qsizetype unread = content.unreadItems.size() + content.unreadTimeline.size();
    QStringList notes;
    if (!result.message.isEmpty())
        notes.append(result.message);
    if (unread > 0 && result.status == Status::Ok) {
        notes.append(QCoreApplication::translate("Sidecar", "%n annotation(s) in %1 could not be understood; they are kept in the file unchanged.",
                            nullptr, int(unread))
                             .arg(name));
    }
    if (content.renamedIds > 0) {
        notes.append(QCoreApplication::translate("Sidecar", "%n annotation(s) in %1 had an id that another one in the file "
                                                            "already had; each now has an id of its own, saved "
                                                            "with your next change.",
                                                 nullptr, int(content.renamedIds))
                         .arg(name));
    }
    result.message = notes.join(u' ');
    return result;
}

UserLayer placeSidecarContent(const SidecarContent &content, const QString &text, AnchoringReport *report)
{
    AnchoringReport local;
    AnchoringReport &r = report ? *report : local;
    r = {};
    const Anchorer anchorer(text);
    const bool sameText = !content.textSha256.isEmpty() && content.textSha256 == Sidecar::textFingerprint(text);
    r.textChanged = !sameText;
    const auto place = [&](const TextAnchor &anchor, QString *reason,
                           Orphan::Cause *cause) -> std::optional<TextRange> {
        if (anchor.exact.isEmpty()) {
            const qsizetype length = anchorer.codePoints().codePointLength();
            if (sameText && anchor.hasPosition() && anchor.end <= length) {
                ++r.atPosition;
                return TextRange{anchorer.codePoints().toUtf16(anchor.start), anchorer.codePoints().toUtf16(anchor.end)};
            }
            *reason = QCoreApplication::translate("Sidecar", "It has no quote to check its position against.");
            *cause = Orphan::Cause::NoQuote;
            ++r.orphaned;
            return std::nullopt;
        }
        const AnchorResult placed = anchorer.locate(anchor);
        switch (placed.method) {
        case AnchorMethod::Position:
            ++r.atPosition;
            return placed.range;
        case AnchorMethod::ExactQuote:
            ++r.moved;
            return placed.range;
        case AnchorMethod::Approximate:
            ++r.approximate;
            return placed.range;
        case AnchorMethod::Failed:
            break;
        }
        *reason = QCoreApplication::translate("Sidecar", "Its text is no longer found in the article.");
        *cause = Orphan::Cause::NotFound;
        ++r.orphaned;
        return std::nullopt;
    };
    UserLayer layer;
    for (const StoredEntity &s : content.entities) {
        QString reason;
        Orphan::Cause cause = Orphan::Cause::NotFound;
        if (const std::optional<TextRange> range = place(s.anchor, &reason, &cause)) {
            UserEntity u = s.entity;
            u.range = *range;
            layer.entities.append(std::move(u));
        } else {
            layer.orphans.append({Orphan::Kind::Entity, s.entity, {}, s.anchor, reason, cause});
        }
    }
    for (const StoredTimelineEdit &s : content.timeline) {
        QString reason;
        Orphan::Cause cause = Orphan::Cause::NotFound;
        if (const std::optional<TextRange> range = place(s.anchor, &reason, &cause)) {
            TimelineEdit e = s.edit;
            e.target = *range;
            layer.timeline.append(std::move(e));
        } else {
            layer.orphans.append({Orphan::Kind::TimelineEdit, {}, s.edit, s.anchor, reason, cause});
        }
    }
    return layer;
}

QString describeOrphans(const QList<Orphan> &orphans)
{
    const auto overlapping = std::count_if(orphans.cbegin(), orphans.cend(),
                                           [](const Orphan &o) { return o.cause == Orphan::Cause::Overlap; });
    const auto unplaced = orphans.size() - overlapping;
    QStringList out;
    if (unplaced > 0) {
        out.append(QCoreApplication::translate("Annalist::AnnotationSession",
                                               "%n annotation(s) could not be placed in the article's current "
                                               "text; they are listed as orphans for you to place or discard.",
                                               nullptr, int(unplaced)));
    }
    if (overlapping > 0) {
        out.append(QCoreApplication::translate("Sidecar",
                                               "%n annotation(s) overlap another of your annotations in the same "
                                               "file; they are listed as orphans for you to place or discard.",
                                               nullptr, int(overlapping)));
    }
    return out.join(u' ');
}

QByteArray serializeSidecar(const Article &article, const UserLayer &layer, const SidecarContent &extra)
{
    const CodePointMap map(article.text);
    const QString source = WebAnnotation::sourceIri(article.path, article.text);
    QJsonArray items;
    for (const UserEntity &u : layer.entities)
        items.append(entityJson(u, WebAnnotation::target(source, article.text, map, u.range)));
    QJsonArray timeline;
    for (const TimelineEdit &e : layer.timeline)
        timeline.append(timelineJson(e, WebAnnotation::target(source, article.text, map, e.target)));
    for (const Orphan &o : layer.orphans) {
        const QJsonObject target = WebAnnotation::target(source, o.anchor);
        QJsonObject json = o.kind == Orphan::Kind::Entity ? entityJson(o.entity, target) : timelineJson(o.edit, target);
        json.insert(key("annalist:orphan"), o.reason.isEmpty() ? QStringLiteral("orphan") : o.reason);
        (o.kind == Orphan::Kind::Entity ? items : timeline).append(json);
    }
    for (const QJsonValue &v : extra.unreadItems)
        items.append(v);
    for (const QJsonValue &v : extra.unreadTimeline)
        timeline.append(v);

    const QJsonArray context{W3cContext, QJsonObject{{key("annalist"), Sidecar::Namespace}}};
    const QJsonObject page{{key("type"), key("AnnotationPage")}, {key("startIndex"), 0}, {key("items"), items}};
    // The collection's id is kept from the file read; a new file gets one
    // named after the article's IRI, so that saving twice gives the same.
    const QString id = extra.collectionId.isEmpty()
        ? WebAnnotation::stableUuidIri(QStringLiteral("sidecar\x1f") + source)
        : extra.collectionId;
    const QJsonObject root{
        {key("@context"), context},
        {key("id"), id},
        {key("type"), key("AnnotationCollection")},
        {key("label"), QFileInfo(article.path).fileName()},
        {key("total"), items.size()},
        {key("first"), page},
        {key("annalist:schema"), Sidecar::SchemaVersion},
        {key("annalist:generator"), QStringLiteral("Annalist " ANNALIST_VERSION)},
        {key("annalist:textSha256"), Sidecar::textFingerprint(article.text)},
        {key("annalist:timeline"), timeline},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SidecarWriteResult writeSidecarFile(const QString &path, const QByteArray &bytes)
{
    SidecarWriteResult result;
    const QString name = QDir::toNativeSeparators(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        result.message = QCoreApplication::translate("Sidecar", "The annotations cannot be saved: the folder %1 cannot be made.")
                             .arg(QDir::toNativeSeparators(folder));
        return result;
    }
    // Through the guard: a sidecar that is a link is replaced, not written through.
    const OutputWriteResult written = OutputGuard(OutputGuard::Kind::Sidecar).write({{path, bytes}});
    if (!written.ok()) {
        result.message = QCoreApplication::translate("Sidecar", "The annotations cannot be saved to %1: %2").arg(name, written.reason);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Annalist
