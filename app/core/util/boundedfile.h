// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace Annalist {

/// The whole content of a file that the program reads at once (a sidecar, the
/// lexicon, the entity types), read with a size limit: a file larger than
/// the limit is refused before anything is read, so that a huge (or sparse)
/// file costs no memory, and a file that grows while it is read is cut off
/// one byte past the limit. Devices, pipes and sockets are refused too: they
/// could block or never end.
struct BoundedRead {
    enum class Status {
        Ok,
        Missing, ///< no such file
        NotAFile, ///< a folder, device, pipe or socket
        TooLarge, ///< larger than the limit; see size
        Unreadable, ///< open or read failed; see error
    };

    Status status = Status::Missing;
    QByteArray bytes; ///< the content when Ok
    qint64 size = 0; ///< the size found (for TooLarge, at least limit + 1)
    QString error; ///< the system's reason when Unreadable

    bool ok() const { return status == Status::Ok; }
};

BoundedRead readBoundedFile(const QString &path, qint64 maxBytes);

/// Whether what is left to read of device holds needle, read through in
/// pieces of about piece bytes (a needle cut between two pieces is found):
/// for looking through a file that may be tens of megabytes without holding
/// it in memory. False when a read fails.
bool deviceContains(QIODevice &device, QByteArrayView needle, qint64 piece = qint64(1) << 20);

/// A size for a message: "64 MB" for whole mebibytes, "3,072.0 MB" style otherwise
/// (one decimal, in MB), "%n byte(s)" below one.
QString sizeForMessage(qint64 bytes);

} // namespace Annalist
