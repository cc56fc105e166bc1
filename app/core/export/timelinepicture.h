// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/exportdocument.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace Annalist {

/// The timeline as an SVG picture sized for a slide, in the palette's
/// colours: the events in chronological order spaced evenly along an axis
/// (not to scale: a slide must stay readable when events bunch up), a marker
/// where each year starts, dates at their precision, wrapped labels and
/// chips for the entities involved. Shared by the svg and png formats so
/// that both look the same. Text widths are estimated from the number of
/// characters, so the output does not depend on the fonts installed.
struct TimelinePicture {
    static constexpr QSize size{1600, 900};
    /// At most this many events are drawn; the rest are counted in a note.
    static constexpr int maxEvents = 16;

    static QString svg(const QList<ExportDocument> &documents, const ExportOptions &options, QStringList *warnings);
};

} // namespace Annalist
