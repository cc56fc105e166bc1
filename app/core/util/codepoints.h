// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Annalist {

/// Converts between UTF-16 indices (what QString uses) and Unicode code point
/// indices (what files, exports and Python use) for one text. Built once in
/// O(n); each conversion is O(log k) where k is the number of characters
/// outside the Basic Multilingual Plane, and O(1) when there are none.
class CodePointMap
{
public:
    CodePointMap() = default;
    explicit CodePointMap(QStringView text);

    qsizetype toCodePoint(qsizetype utf16) const;
    /// The UTF-16 index of a code point index; positions past the end clamp to the end.
    qsizetype toUtf16(qsizetype codePoint) const;
    qsizetype codePointLength() const { return m_utf16Length - m_surrogatePairs.size(); }

private:
    QList<qsizetype> m_surrogatePairs; ///< UTF-16 index of each high surrogate, ascending
    qsizetype m_utf16Length = 0;
};

/// The text in compatibility decomposition (NFKD) without its combining
/// marks: "Ramón" gives "Ramon", "Haryāna" "Haryana", "ﬁ" "fi". Case is kept.
QString withoutDiacritics(QStringView text);

} // namespace Annalist
