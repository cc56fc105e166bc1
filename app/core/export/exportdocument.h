// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/article.h"
#include "recognize/entity.h"
#include "temporal/timelineevent.h"
#include "theme/entitypalette.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Annalist {

/// What every exporter reads: one article with its effective annotations
/// (the automatic layer with the user's layer applied). Events marked hidden
/// are left out of every timeline format; entities are exported as given.
struct ExportDocument {
    Article article;
    EntityList entities;
    QList<TimelineEvent> events;
};

/// Everything besides the documents that an export depends on, so that an
/// exporter is a pure function of (documents, options).
struct ExportOptions {
    /// Colours for the formats that draw (html, svg, png); left unset
    /// (invalid), those formats take the default light theme's (see
    /// drawingPalette()). Not made here: loading the theme repository costs
    /// more than exporting a news article as text, and only they need it.
    EntityPalette palette;
    /// palette, or the default light theme's when it is unset.
    EntityPalette drawingPalette() const
    {
        return palette.isValid() ? palette : EntityPalette::defaultLight();
    }
    /// The moment of the export, in UTC (iCalendar's DTSTAMP). Injected so
    /// that the same input always gives the same bytes.
    QDateTime generated = QDateTime::currentDateTimeUtc();
    /// brat: the base name of the .txt/.ann pair when there is one article;
    /// empty means the article's own base name.
    QString baseName;
    /// markdown: the folder the output goes to, for a relative link back to
    /// the article; empty gives an absolute file: URL.
    QString outputDirectory;
};

/// One file an export produces. Most formats produce one file without a name
/// (it goes where the user says); brat produces named pairs.
struct ExportFile {
    QString name;
    QByteArray data;
};

struct ExportOutput {
    QList<ExportFile> files;
    /// Things a person should know, one sentence each: events that a format
    /// could not hold (no year for iCalendar), overlaps left out, ….
    QStringList warnings;
    /// Set when the export could not be made at all; files is then empty.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace Annalist
