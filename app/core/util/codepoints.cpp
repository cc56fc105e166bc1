// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/codepoints.h"

#include <algorithm>

namespace Annalist {

CodePointMap::CodePointMap(QStringView text)
    : m_utf16Length(text.size())
{
    // Nearly every text has no surrogate at all: blocks of 64 units are
    // looked at in a loop without branches, which the compiler vectorises,
    // and only a block that holds one (or a pair that may cross into it) is
    // read unit by unit.
    constexpr qsizetype Block = 64;
    const char16_t *const units = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i + 1 < n) {
        if (i + Block <= n) {
            unsigned hits = 0; // not a bool: GCC vectorises an integer's reduction
            for (qsizetype k = 0; k < Block; ++k)
                hits |= unsigned(char16_t(units[i + k] - 0xD800) < 0x800);
            if (!hits) {
                i += Block;
                continue;
            }
        }
        const qsizetype stop = std::min(i + Block, n - 1);
        for (; i < stop; ++i) {
            if (QChar::isHighSurrogate(units[i]) && QChar::isLowSurrogate(units[i + 1])) {
                m_surrogatePairs.append(i);
                ++i;
            }
        }
    }
}

qsizetype CodePointMap::toCodePoint(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, m_utf16Length);
    // Each pair that starts before utf16 took two units for one code point.
    const auto before = std::lower_bound(m_surrogatePairs.cbegin(), m_surrogatePairs.cend(), utf16)
        - m_surrogatePairs.cbegin();
    return utf16 - before;
}

qsizetype CodePointMap::toUtf16(qsizetype codePoint) const
{
    if (codePoint <= 0)
        return 0;
    if (codePoint >= codePointLength())
        return m_utf16Length;
    // Find how many pairs start before the answer: the answer is codePoint + k
    // where k pairs start before it, i.e. pairs[k] >= codePoint + k.
    qsizetype lo = 0;
    qsizetype hi = m_surrogatePairs.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_surrogatePairs[mid] < codePoint + mid)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

QString withoutDiacritics(QStringView text)
{
    QString plain;
    plain.reserve(text.size());
    for (const QChar c : text.toString().normalized(QString::NormalizationForm_KD)) {
        if (!c.isMark())
            plain += c;
    }
    return plain;
}

} // namespace Annalist
