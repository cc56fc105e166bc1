// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace Annalist {

/// The bytes of a file compiled into the program's resources, where they lie
/// (no copy). The learned models are compiled in without compression so that
/// their weights can be read in place; a missing or compressed resource gives
/// an empty array and a reason in *problem.
QByteArray uncompressedResource(const QString &path, QString *problem);

} // namespace Annalist
