// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/resourcebytes.h"

#include <QResource>

namespace Annalist {

QByteArray uncompressedResource(const QString &path, QString *problem)
{
    const QResource resource(path);
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression) {
        *problem = QStringLiteral("%1 is not in the program's resources uncompressed").arg(path);
        return {};
    }
    problem->clear();
    return QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size());
}

} // namespace Annalist
