// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QtGlobal>

namespace Annalist::Testing {

/// Compares a test's JSON array with its golden file. Empty when they are
/// equal, else why not (the actual array is printed for the diff). With
/// ANNALIST_REGENERATE_GOLDEN=1 the golden file is written from the actual
/// array instead (read the diff before committing it).
inline QString goldenJsonMismatch(const QJsonArray &actual, const QString &goldenPath)
{
    if (qEnvironmentVariableIntValue("ANNALIST_REGENERATE_GOLDEN") == 1) {
        QFile out(goldenPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write %1").arg(goldenPath);
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        qInfo("regenerated %s", qPrintable(goldenPath));
        return {};
    }
    QFile in(goldenPath);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(goldenPath);
    if (QJsonDocument::fromJson(in.readAll()).array() == actual)
        return {};
    qWarning().noquote() << "actual:\n" << QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Indented));
    return QStringLiteral("timeline differs from %1").arg(goldenPath);
}

} // namespace Annalist::Testing
