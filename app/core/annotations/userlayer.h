// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "annotations/anchoring.h"
#include "article/textrange.h"
#include "recognize/entity.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Annalist {

/// A new stable identifier for a user annotation: "urn:uuid:…".
QString newAnnotationId();

/// One decision of the user about a span of the text. This, not the merged
/// result, is what the sidecar stores; automatic entities are recomputed.
struct UserEntity {
    enum class Action {
        /// The span is an entity of `type`: a new tag, a retype of an automatic
        /// entity, or a note on one (a Tag with the automatic type and a note).
        /// A Tag with an empty type is a note only: it never hides anything and
        /// shows its note on the automatic entity with exactly its range, if
        /// any (that is what an imported W3C comment without a tag becomes).
        Tag,
        /// No entity here: hides every automatic (or lexicon) entity that overlaps
        /// the range. `type` keeps the type that was rejected, for display.
        Reject,
    };

    QString id; ///< "urn:uuid:…", stable across saves
    TextRange range; ///< UTF-16, the current placement in the article's text
    QString type;
    Action action = Action::Tag;
    QString note;
    Origin origin = Origin::User; ///< User or Lexicon, never Auto
    QDateTime created; ///< UTC
    QDateTime modified; ///< UTC

    bool isReject() const { return action == Action::Reject; }
    bool isNoteOnly() const { return action == Action::Tag && type.isEmpty(); }
    friend bool operator==(const UserEntity &, const UserEntity &) = default;
};

/// One user change to the timeline. There is at most one edit per event: an
/// edit of an automatic event carries every override (date, label, note,
/// confirmation, hiding) at once, so that they travel and undo together.
struct TimelineEdit {
    enum class Kind {
        Added, ///< an event the user made from a selection; `target` is its expression
        Amended, ///< changes to the automatic event whose expression is `target`
    };

    QString id; ///< "urn:uuid:…"
    Kind kind = Kind::Added;
    /// UTF-16, current placement: the expression of the event (what the user
    /// selected for an added one; the automatic event's temporal expression
    /// for an amended one). Re-anchored like entities.
    TextRange target;
    /// Amended only: the automatic date of the event it amends, to tell apart
    /// several events that share one expression ("in 1999 and 2002").
    QString autoDate;
    std::optional<QString> date; ///< TIMEX3 value; unset = keep the automatic one
    std::optional<QString> until; ///< TIMEX3 end; set and empty = no end
    std::optional<QString> label; ///< unset = keep the automatic one
    QString note;
    bool confirmed = false;
    bool hidden = false; ///< Amended only; an added event is removed, not hidden
    QDateTime created;
    QDateTime modified;

    friend bool operator==(const TimelineEdit &, const TimelineEdit &) = default;
};

/// A stored annotation that could not be placed in the current text (its
/// passage was deleted or rewritten beyond recognition, or the automatic event
/// it amended is gone). It is kept, saved back unchanged, and shown to the
/// user, who may place it on a selection or discard it; it is never guessed.
struct Orphan {
    enum class Kind { Entity, TimelineEdit };
    /// Why it has no place, so that a summary can say so truthfully: an
    /// overlap with another of the user's records is not a changed text.
    enum class Cause {
        NotFound, ///< its quote is no longer found (the text changed)
        NoQuote, ///< a position without a quote, in a text that may have changed
        OutsideText, ///< its position lies outside the text
        Overlap, ///< it overlaps another of the user's records (a hand-merged or imported file)
        EventGone, ///< the automatic event it amended is no longer found
    };

    Kind kind = Kind::Entity;
    UserEntity entity; ///< when kind is Entity; its range is meaningless
    TimelineEdit edit; ///< when kind is TimelineEdit; its target is meaningless
    TextAnchor anchor; ///< where it was: quote, context and old position
    QString reason; ///< one sentence for a person
    Cause cause = Cause::NotFound;

    QString id() const { return kind == Kind::Entity ? entity.id : edit.id; }
    friend bool operator==(const Orphan &, const Orphan &) = default;
};

/// The whole user layer of one article.
struct UserLayer {
    QList<UserEntity> entities;
    QList<TimelineEdit> timeline;
    QList<Orphan> orphans;

    bool isEmpty() const { return entities.isEmpty() && timeline.isEmpty() && orphans.isEmpty(); }
    friend bool operator==(const UserLayer &, const UserLayer &) = default;
};

} // namespace Annalist
