// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/exporter.h"
#include "storage/outputguard.h"

#include <QString>
#include <QStringList>

namespace Annalist {

/// Where an export goes, worked out from the single path a person gives.
/// Formats with one file write to `file`. Formats with named files (brat)
/// write into `directory`: the path itself when it is a directory, ends in
/// '/', or there are several documents; otherwise its folder, with the path's
/// file name (less a .txt/.ann suffix) as the base name of the pair.
struct ExportDestination {
    QString file;
    QString directory;
    QString baseName;
};

ExportDestination resolveDestination(const Exporter &exporter, qsizetype documentCount, const QString &path);

struct ExportWriteResult {
    QString message; ///< one sentence naming the file; empty when ok
    QStringList written; ///< absolute paths of the files written
    bool ok() const { return message.isEmpty(); }
};

/// Writes the files of an export through an OutputGuard (of kind Export):
/// each file replaced atomically, all of them or none, never over an
/// article of protectedPaths (the articles being exported) or a sidecar,
/// never through a link; "-" is standard output.
ExportWriteResult writeExport(const ExportOutput &output, const ExportDestination &destination,
                              const QStringList &protectedPaths = {});

/// writeExport() with a guard already made: for writing many exports that
/// all protect the same articles (working out every article's names for
/// every file written would cost time in the square of their number).
ExportWriteResult writeExport(const ExportOutput &output, const ExportDestination &destination,
                              const OutputGuard &guard);

/// writeExport() into a batch made with guard: the files are put in place
/// when the batch flushes their group; a failure then is the batch's
/// finish() to report, under id.
ExportWriteResult writeExport(const ExportOutput &output, const ExportDestination &destination,
                              const OutputGuard &guard, OutputBatch &batch, qsizetype id);

} // namespace Annalist
