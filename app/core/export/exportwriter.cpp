// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Annalist {

ExportDestination resolveDestination(const Exporter &exporter, qsizetype documentCount, const QString &path)
{
    ExportDestination d;
    if (!exporter.writesNamedFiles()) {
        d.file = path;
        return d;
    }
    const QFileInfo info(path);
    if (info.isDir() || path.endsWith(u'/') || documentCount > 1) {
        d.directory = path;
        return d;
    }
    d.directory = info.absolutePath();
    QString base = info.fileName();
    for (const QLatin1StringView suffix : {QLatin1StringView(".ann"), QLatin1StringView(".txt")}) {
        if (base.endsWith(suffix))
            base.chop(suffix.size());
    }
    d.baseName = base;
    return d;
}

ExportWriteResult writeExport(const ExportOutput &output, const ExportDestination &destination,
                              const QStringList &protectedPaths)
{
    OutputGuard guard(OutputGuard::Kind::Export);
    guard.protectArticles(protectedPaths);
    return writeExport(output, destination, guard);
}

namespace {

/// The files of an export as the guard takes them, each checked, and its
/// folder made; or why they cannot be written.
ExportWriteResult filesOf(const ExportOutput &output, const ExportDestination &destination,
                          const OutputGuard &guard, QList<OutputFile> *files)
{
    ExportWriteResult result;
    if (!output.ok()) {
        result.message = output.error;
        return result;
    }
    files->reserve(output.files.size());
    for (const ExportFile &f : output.files) {
        const QString target = f.name.isEmpty() ? destination.file : QDir(destination.directory).filePath(f.name);
        // Checked before a folder is made for them.
        const QString refusal = guard.refusal(target);
        if (!refusal.isEmpty()) {
            result.message = refusal;
            return result;
        }
        files->append({target, f.data});
    }
    if (!destination.directory.isEmpty() && !QDir().mkpath(destination.directory)) {
        result.message = QCoreApplication::translate("ExportWriter", "Cannot create the folder %1.")
                             .arg(destination.directory);
        return result;
    }
    return result;
}

ExportWriteResult resultOf(const OutputWriteResult &written)
{
    ExportWriteResult result;
    result.message = written.message;
    result.written = written.written;
    return result;
}

} // namespace

ExportWriteResult writeExport(const ExportOutput &output, const ExportDestination &destination,
                              const OutputGuard &guard)
{
    QList<OutputFile> files;
    if (ExportWriteResult r = filesOf(output, destination, guard, &files); !r.ok())
        return r;
    return resultOf(guard.write(files));
}

ExportWriteResult writeExport(const ExportOutput &output, const ExportDestination &destination,
                              const OutputGuard &guard, OutputBatch &batch, qsizetype id)
{
    QList<OutputFile> files;
    if (ExportWriteResult r = filesOf(output, destination, guard, &files); !r.ok())
        return r;
    return resultOf(batch.add(id, files));
}

} // namespace Annalist
