// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/boundedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cstring>

namespace Annalist {

BoundedRead readBoundedFile(const QString &path, qint64 maxBytes)
{
    BoundedRead r;
    const QFileInfo info(path);
    if (!info.exists()) {
        r.status = BoundedRead::Status::Missing;
        return r;
    }
    if (!info.isFile()) {
        r.status = BoundedRead::Status::NotAFile;
        return r;
    }
    r.size = info.size();
    if (r.size > maxBytes) {
        r.status = BoundedRead::Status::TooLarge;
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.status = BoundedRead::Status::Unreadable;
        r.error = file.errorString();
        return r;
    }
    // One byte past the size, in case the file grew since it was measured,
    // then at most up to one byte past the limit.
    r.bytes = file.read(std::min(maxBytes, r.size) + 1);
    if (r.bytes.size() > r.size && r.bytes.size() <= maxBytes && file.error() == QFileDevice::NoError)
        r.bytes += file.read(maxBytes + 1 - r.bytes.size());
    if (file.error() != QFileDevice::NoError) {
        r.status = BoundedRead::Status::Unreadable;
        r.error = file.errorString();
        r.bytes.clear();
        return r;
    }
    if (r.bytes.size() > maxBytes) {
        r.status = BoundedRead::Status::TooLarge;
        r.size = std::max<qint64>(r.size, r.bytes.size());
        r.bytes.clear();
        return r;
    }
    r.status = BoundedRead::Status::Ok;
    r.size = r.bytes.size();
    return r;
}

bool deviceContains(QIODevice &device, QByteArrayView needle, qint64 piece)
{
    if (needle.isEmpty())
        return true;
    // Each piece is read after the last needle.size() - 1 bytes of the one
    // before, which is where a needle cut in two begins.
    const qsizetype carried = needle.size() - 1;
    piece = std::max<qint64>(piece, 1);
    QByteArray buffer(carried + piece, Qt::Uninitialized);
    qsizetype held = 0;
    for (;;) {
        const qint64 got = device.read(buffer.data() + held, piece);
        if (got <= 0)
            return false;
        const QByteArrayView seen(buffer.constData(), held + got);
        if (seen.contains(needle))
            return true;
        held = std::min(carried, seen.size());
        std::memmove(buffer.data(), seen.constData() + seen.size() - held, std::size_t(held));
    }
}

QString sizeForMessage(qint64 bytes)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    if (bytes >= mebibyte && bytes % mebibyte == 0)
        return QString::number(bytes / mebibyte) + QStringLiteral(" MB");
    if (bytes >= mebibyte)
        return QLocale::c().toString(double(bytes) / double(mebibyte), 'f', 1) + QStringLiteral(" MB");
    return QCoreApplication::translate("BoundedFile", "%n byte(s)", nullptr, int(bytes));
}

} // namespace Annalist
