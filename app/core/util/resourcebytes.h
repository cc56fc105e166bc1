// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Annalist {

/// The bytes of a file compiled into the program's resources, where they lie
/// (no copy). The learned models are compiled in without compression so that
/// their weights can be read in place; a missing or compressed resource gives
/// an empty array and a reason in *problem.
QByteArray uncompressedResource(const QString &path, QString *problem);

/// Loads a learned model (a type with `QString load(const QByteArray &)`,
/// which keeps the bytes it is given) from such a resource; the problem, or
/// empty when it loaded.
template<typename Model>
QString loadModelResource(Model &model, const QString &path)
{
    QString problem;
    const QByteArray bytes = uncompressedResource(path, &problem);
    return problem.isEmpty() ? model.load(bytes) : problem;
}

/// The same from a file.
template<typename Model>
QString loadModelFile(Model &model, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    return model.load(file.readAll());
}

} // namespace Annalist
