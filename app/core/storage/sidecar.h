// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "annotations/anchoring.h"
#include "annotations/userlayer.h"
#include "article/article.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Annalist {

/// The sidecar file: the user's layer of one article, stored beside it as a
/// W3C Web Annotation collection (docs/sidecar.md describes the format).
///
/// In short: an AnnotationCollection whose first page holds one Annotation
/// per user entity record, each targeting the article with a
/// TextQuoteSelector (exact, 32 code points of prefix and suffix) and a
/// TextPositionSelector (code points). Bodies are TextualBody objects: purpose
/// "tagging" carries the entity type, "commenting" the note. A rejection of an
/// automatic entity has motivation "moderating", a body with purpose
/// "moderating" whose value is the rejected type, and "annalist:action":
/// "reject", so that other tools never mistake it for a tag. Timeline edits,
/// which W3C has no term for, go to "annalist:timeline"; the schema version
/// and the SHA-256 of the article text to "annalist:schema" and
/// "annalist:textSha256".
namespace Sidecar {

/// 2: the collection has an id and every target its source (the article's
/// file: IRI), as the W3C model requires. 1 (read, upgraded on save): no
/// collection id, the source a bare file name.
inline constexpr int SchemaVersion = 2;
inline constexpr QLatin1StringView Namespace{"https://invent.kde.org/annalist/ns/sidecar#"};
/// Sidecars larger than this are not read (twice the largest article, which
/// leaves room for annotating every name in it): they are refused with a
/// message and left untouched.
inline constexpr qint64 MaxFileBytes = 128LL * 1024 * 1024;

/// The sidecar belongs to the article's real file: an article opened through
/// a symbolic link (or a linked folder) has the sidecar of the file it
/// points to. Paths that do not exist are taken as given.
///
/// "report.txt" → "report.txt.annalist.json" beside the article's real file.
QString besidePath(const QString &articlePath);
/// Where the sidecar goes when the article's folder cannot be written:
/// <AppDataLocation>/sidecars/<SHA-256 of the real article path>.annalist.json.
QString fallbackPath(const QString &articlePath);
/// Every place a sidecar of the article may be read from: beside and
/// per-user for its real path, then for the path as given (where earlier
/// versions kept the sidecar of an article opened through a link).
QStringList candidatePaths(const QString &articlePath);
/// The sidecar to read: the one beside the article if it exists, else the
/// fallback one if it exists, else empty. When both exist (the folder was
/// read-only for a while), the one modified last. The real path's pair is
/// looked at first, then the pair of the path as given.
QString existingPath(const QString &articlePath);
/// SHA-256 of the text in UTF-8, lower-case hexadecimal.
QString textFingerprint(QStringView text);

} // namespace Sidecar

/// A user entity record as read from a file, not yet placed in the text.
struct StoredEntity {
    UserEntity entity; ///< range unset
    TextAnchor anchor;
};

/// A timeline edit as read from a file, not yet placed in the text.
struct StoredTimelineEdit {
    TimelineEdit edit; ///< target unset
    TextAnchor anchor;
};

/// What a sidecar (or an imported W3C file) holds, before placement.
struct SidecarContent {
    int schema = 0; ///< 0 for a plain W3C file without Annalist fields
    QString textSha256; ///< empty when the file does not say
    QString generator;
    /// The collection's id (an IRI) as read; serializeSidecar() keeps it, so
    /// that the collection is the same resource across saves. Empty when the
    /// file had none (schema 1, or a foreign file).
    QString collectionId;
    QList<StoredEntity> entities;
    QList<StoredTimelineEdit> timeline;
    /// Items that parsed as JSON but not as something we understand (other
    /// motivations, targets without selectors, hostile values…). They are
    /// written back unchanged on save, so that nothing in the file is lost.
    QJsonArray unreadItems;
    QJsonArray unreadTimeline;
    /// How many records had an id that an earlier item of the file already
    /// had and were given a new one on reading (ids are unique afterwards).
    qsizetype renamedIds = 0;
};

struct SidecarReadResult {
    enum class Status {
        Ok,
        Missing, ///< no sidecar: nothing to load, free to write
        Empty, ///< a zero-length (or blank) file: nothing to load, and nothing to lose by writing
        NotJson, ///< not valid JSON: left untouched, never overwritten until the user decides
        NotOurSchema, ///< JSON, but neither our sidecar nor a W3C annotation collection
        NewerVersion, ///< our format from a newer Annalist: content read where understood, read-only
        Unreadable, ///< the file exists but cannot be read (permissions, I/O, not a regular file)
        TooLarge, ///< over Sidecar::MaxFileBytes: not read, never overwritten until the user decides
    };

    Status status = Status::Missing;
    QString message; ///< one sentence for a person, naming the file; empty when Ok or Missing
    QString path;
    SidecarContent content;

    bool ok() const { return status == Status::Ok; }
    /// Whether content is worth placing (Ok, or NewerVersion read-only).
    bool hasContent() const { return status == Status::Ok || status == Status::NewerVersion; }
    /// Whether writing over the file would lose something the user has not given up.
    bool blocksWriting() const
    {
        return status == Status::NotJson || status == Status::NotOurSchema || status == Status::NewerVersion
            || status == Status::Unreadable || status == Status::TooLarge;
    }
};

/// Reads and parses a sidecar or a W3C annotation file. Never modifies it.
SidecarReadResult readSidecar(const QString &path);
/// The same for bytes in memory; name is used in messages only.
SidecarReadResult parseSidecar(const QByteArray &bytes, const QString &name);

/// How the stored annotations found their place in the current text.
struct AnchoringReport {
    qsizetype atPosition = 0;
    qsizetype moved = 0; ///< found by exact quote elsewhere
    qsizetype approximate = 0;
    qsizetype orphaned = 0;
    bool textChanged = false; ///< the fingerprint differs from the text's (or is unknown)
};

/// Places what a sidecar holds in text: each annotation by its quote and
/// position (see Anchorer); what cannot be placed becomes an Orphan. An
/// annotation with a position but no quote is placed only when the file's
/// fingerprint proves the text unchanged.
UserLayer placeSidecarContent(const SidecarContent &content, const QString &text, AnchoringReport *report = nullptr);

/// For the user, after opening: how many orphans could not be placed in the
/// text and how many overlap another of the user's records (each reported as
/// what it is); empty when there are none.
QString describeOrphans(const QList<Orphan> &orphans);

/// The sidecar bytes for a user layer of article (whose text gives quotes,
/// context and the fingerprint): a conforming W3C AnnotationCollection with
/// extra's collection id (or, without one, a stable one named after the
/// article's IRI), every target with the article's file: IRI as its source.
/// Orphans are written with the anchor they were read with; extra's unread
/// items are appended unchanged.
QByteArray serializeSidecar(const Article &article, const UserLayer &layer, const SidecarContent &extra = {});

struct SidecarWriteResult {
    bool ok = false;
    QString message; ///< one sentence naming the file; empty when ok
};

/// Writes bytes to path atomically (through OutputGuard): either the whole
/// new file is there afterwards or the old one is untouched. Creates missing
/// folders. A sidecar that is a symbolic link is replaced by a regular file,
/// never written through; a device or a pipe is refused.
SidecarWriteResult writeSidecarFile(const QString &path, const QByteArray &bytes);

} // namespace Annalist
