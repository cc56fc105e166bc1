// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/exporter.h"

#include <QSet>
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

/// Writes the files of an export, each replaced atomically (QSaveFile: a
/// reader sees the old file or the new one, never half of one). Refuses to
/// write over any of protectedPaths (the articles being exported), since
/// the brat .txt of an article could otherwise replace the article itself.
ExportWriteResult writeExport(const ExportOutput &output, const ExportDestination &destination,
                              const QStringList &protectedPaths = {});

/// The canonical form of paths, as writeExport() compares them.
QSet<QString> canonicalPaths(const QStringList &paths);
/// writeExport() with the protected paths already made canonical: for
/// writing many exports that all protect the same articles (resolving every
/// article's path for every file written would cost time in the square of
/// their number).
ExportWriteResult writeExportGuarded(const ExportOutput &output, const ExportDestination &destination,
                                     const QSet<QString> &protectedCanonicalPaths);

} // namespace Annalist
