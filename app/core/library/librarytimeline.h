// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/exportdocument.h"
#include "library/librarysearch.h"

#include <QList>

namespace Annalist {

/// One article's report of an event, as the database holds it.
struct TimelineReport {
    QString date;
    QString until;
    QStringList entities;
    QString origin;
    QString note;
    bool confirmed = false;
    TimelineSource source;
};

/// Merges reports (in chronological order) into timeline items. Reports of
/// different articles are one event when their date values are equal and
/// they share entities and words: a shared entity and a quarter of the
/// words of the shorter sentence, or without a shared entity, three words
/// in five. For dates coarser than a month (a year, a decade) the bar is
/// higher (two in five words with an entity, seven in ten without), since
/// many different things happen in one year. Two reports of one article are
/// never merged: the extractor has already merged what it found twice.
QList<LibraryTimelineItem> mergeReports(const QList<TimelineReport> &reports);

/// The timeline items as documents for the exporters of `annalist export`:
/// one document per article, holding the sentences its items cite (its
/// text is those sentences, one per line) and the items whose first source
/// it is. An item reported by several articles carries their names in its note.
QList<ExportDocument> timelineDocuments(const QList<LibraryTimelineItem> &items);

/// Whether an export format is one of the timeline formats.
bool isTimelineFormat(const QString &name);

} // namespace Annalist
