// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Private to AnnotatedDocument's sources (annotateddocument.cpp for the
// entities and the undo stack, annotateddocumentevents.cpp for the timeline):
// what both use. Not part of the core's interface.

#include "annotations/userlayer.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Annalist {

/// A change to the user layer: the records to take out and those to put in.
struct LayerDelta {
    QList<UserEntity> entities;
    QList<TimelineEdit> timeline;
    QList<Orphan> orphans;

    bool isEmpty() const { return entities.isEmpty() && timeline.isEmpty() && orphans.isEmpty(); }
};

namespace AnnotatedDocumentDetail {

inline bool editIsEmpty(const TimelineEdit &e)
{
    return e.kind == TimelineEdit::Kind::Amended && !e.date && !e.until && !e.label && e.note.isEmpty()
        && !e.confirmed && !e.hidden;
}

inline bool sameIgnoringModified(TimelineEdit a, TimelineEdit b)
{
    a.modified = b.modified;
    return a == b;
}

/// A name or label shortened for an undo command's text.
inline QString elided(QStringView s)
{
    constexpr qsizetype max = 40;
    return s.size() <= max ? s.toString() : s.left(max - 1).toString() + QChar(0x2026);
}

} // namespace AnnotatedDocumentDetail

} // namespace Annalist
