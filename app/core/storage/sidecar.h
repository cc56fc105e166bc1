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

inline constexpr int SchemaVersion = 1;
inline constexpr QLatin1StringView Namespace{"https://invent.kde.org/annalist/ns/sidecar#"};

/// "report.txt" → "report.txt.annalist.json" in the same folder.
QString besidePath(const QString &articlePath);
/// Where the sidecar goes when the article's folder cannot be written:
/// <AppDataLocation>/sidecars/<SHA-256 of the absolute article path>.annalist.json.
QString fallbackPath(const QString &articlePath);
/// The sidecar to read: the one beside the article if it exists, else the
/// fallback one if it exists, else empty. When both exist (the folder was
/// read-only for a while), the one modified last.
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
    QList<StoredEntity> entities;
    QList<StoredTimelineEdit> timeline;
    /// Items that parsed as JSON but not as something we understand (other
    /// motivations, targets without selectors, hostile values…). They are
    /// written back unchanged on save, so that nothing in the file is lost.
    QJsonArray unreadItems;
    QJsonArray unreadTimeline;
};

struct SidecarReadResult {
    enum class Status {
        Ok,
        Missing, ///< no sidecar: nothing to load, free to write
        Empty, ///< a zero-length (or blank) file: nothing to load, and nothing to lose by writing
        NotJson, ///< not valid JSON: left untouched, never overwritten until the user decides
        NotOurSchema, ///< JSON, but neither our sidecar nor a W3C annotation collection
        NewerVersion, ///< our format from a newer Annalist: content read where understood, read-only
        Unreadable, ///< the file exists but cannot be read (permissions, I/O)
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
            || status == Status::Unreadable;
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

/// The sidecar bytes for a user layer of article (whose text gives quotes,
/// context and the fingerprint). Orphans are written with the anchor they
/// were read with; extra's unread items are appended unchanged.
QByteArray serializeSidecar(const Article &article, const UserLayer &layer, const SidecarContent &extra = {});

struct SidecarWriteResult {
    bool ok = false;
    QString message; ///< one sentence naming the file; empty when ok
};

/// Writes bytes to path atomically (QSaveFile): either the whole new file is
/// there afterwards or the old one is untouched. Creates missing folders.
SidecarWriteResult writeSidecarFile(const QString &path, const QByteArray &bytes);

} // namespace Annalist
