// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recognize/englishlexicon.h"

#include "recognize/tokenizer.h"
#include "util/resourcebytes.h"

#include <cstring>
#include <vector>

namespace Annalist {

namespace {

constexpr char Magic[8] = {'A', 'N', 'L', 'E', 'X', '1', '\n', '\0'};
constexpr qsizetype HeaderSize = 16;

} // namespace

QString EnglishLexicon::load(const QByteArray &bytes)
{
    m_bytes.clear();
    m_slots = nullptr;
    m_mask = 0;
    m_count = 0;
    if (bytes.size() < HeaderSize || std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
        return QStringLiteral("the lexicon is not a table this program reads");
    const auto *header = reinterpret_cast<const uchar *>(bytes.constData()) + sizeof Magic;
    const quint32 slotCount = qFromLittleEndian<quint32>(header);
    const quint32 count = qFromLittleEndian<quint32>(header + 4);
    // Half full at most, so that a search always meets a free slot.
    if (slotCount < 2 || (slotCount & (slotCount - 1)) != 0 || count > slotCount / 2
        || bytes.size() != HeaderSize + qsizetype(slotCount) * qsizetype(sizeof(quint32))) {
        return QStringLiteral("the lexicon's table is damaged (%1 slots for %2 words in %3 bytes)")
            .arg(slotCount)
            .arg(count)
            .arg(bytes.size());
    }
    m_bytes = bytes;
    m_slots = reinterpret_cast<const uchar *>(m_bytes.constData()) + HeaderSize;
    m_mask = slotCount - 1;
    m_count = count;
    return {};
}

QString EnglishLexicon::loadBuiltIn()
{
    return loadModelResource(*this, QStringLiteral(":/annalist/lexicon/lexicon.bin"));
}

QByteArray EnglishLexicon::build(const QList<std::pair<QString, quint8>> &words)
{
    quint32 slotCount = 16;
    while (slotCount < 2 * quint32(words.size()))
        slotCount *= 2;
    std::vector<quint32> table(slotCount, 0);
    quint32 count = 0;
    for (const auto &[word, bits] : words) {
        const quint64 h = foldedHash(word);
        const quint32 fingerprint = fingerprintOf(h);
        quint32 i = quint32(h >> 40) & (slotCount - 1);
        while (table[i] && table[i] >> 8 != fingerprint)
            i = (i + 1) & (slotCount - 1);
        count += table[i] == 0;
        table[i] = fingerprint << 8 | (table[i] & 0xff) | bits;
    }
    QByteArray out(Magic, sizeof Magic);
    uchar number[4];
    qToLittleEndian(slotCount, number);
    out.append(reinterpret_cast<const char *>(number), 4);
    qToLittleEndian(count, number);
    out.append(reinterpret_cast<const char *>(number), 4);
    for (const quint32 s : table) {
        qToLittleEndian(s, number);
        out.append(reinterpret_cast<const char *>(number), 4);
    }
    return out;
}

} // namespace Annalist
