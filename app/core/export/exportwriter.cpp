// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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

namespace {

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

} // namespace

QSet<QString> canonicalPaths(const QStringList &paths)
{
    QSet<QString> result;
    result.reserve(paths.size());
    for (const QString &p : paths)
        result.insert(canonical(p));
    return result;
}

ExportWriteResult writeExport(const ExportOutput &output, const ExportDestination &destination,
                              const QStringList &protectedPaths)
{
    return writeExportGuarded(output, destination, canonicalPaths(protectedPaths));
}

ExportWriteResult writeExportGuarded(const ExportOutput &output, const ExportDestination &destination,
                                     const QSet<QString> &guarded)
{
    ExportWriteResult result;
    if (!output.ok()) {
        result.message = output.error;
        return result;
    }
    QStringList targets;
    for (const ExportFile &f : output.files) {
        if (f.name.isEmpty())
            targets << destination.file;
        else
            targets << QDir(destination.directory).filePath(f.name);
    }
    for (const QString &t : std::as_const(targets)) {
        if (t.isEmpty()) {
            result.message = QCoreApplication::translate("ExportWriter", "No destination file was given.");
            return result;
        }
        if (guarded.contains(canonical(t))) {
            result.message = QCoreApplication::translate(
                "ExportWriter", "Refusing to write over the article %1; choose another destination.")
                                 .arg(t);
            return result;
        }
    }
    if (!destination.directory.isEmpty() && !QDir().mkpath(destination.directory)) {
        result.message = QCoreApplication::translate("ExportWriter", "Cannot create the folder %1.")
                             .arg(destination.directory);
        return result;
    }
    for (qsizetype i = 0; i < output.files.size(); ++i) {
        const QString &target = targets.at(i);
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly)) {
            result.message = QCoreApplication::translate("ExportWriter", "Cannot write %1: %2.")
                                 .arg(target, file.errorString());
            return result;
        }
        const QByteArray &data = output.files.at(i).data;
        if (file.write(data) != data.size() || !file.commit()) {
            result.message = QCoreApplication::translate("ExportWriter", "Cannot write %1: %2.")
                                 .arg(target, file.errorString());
            return result;
        }
        result.written << QFileInfo(target).absoluteFilePath();
    }
    return result;
}

} // namespace Annalist
