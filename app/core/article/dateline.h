// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/textrange.h"

#include <QString>
#include <QStringView>

namespace Annalist {

/// A news dateline at the start of an article's body:
/// "VELMORA, Dravenia, September 9." / "GENEVA —" / "LONDON (Reuters) -" /
/// "Velmora, Dravenia, Sept. 9, 2025 (Norpress) —" / "OSLO, 9 September 2025 –".
struct Dateline {
    TextRange range; ///< from the place to the closing '.', dash or colon included
    QString place; ///< "VELMORA, Dravenia"
    QString agency; ///< "Reuters" from "(Reuters)", when given
    int month = 0; ///< 1–12 when a month-day is given, else 0
    int day = 0;
    int year = 0; ///< only when the dateline states it; never guessed

    bool isValid() const { return !range.isEmpty(); }
};

/// Finds a dateline at the start of text (its first paragraph). The place
/// is one to three comma-separated names of capitalised words. Either the first
/// name is in capitals ("GENEVA", "NEW YORK") and a month-day, an agency in
/// brackets or a dash follows; or a month-day and a full stop or dash follow
/// ("Velmora, Dravenia, September 9."). A byline on a line of its own may come
/// first ("By Kari Lund", then the dateline's paragraph); the range is then
/// past it. Returns an invalid Dateline otherwise.
Dateline findDateline(QStringView text);

/// Whether text, a paragraph or a line, is a byline: "By" and who wrote the
/// article, maybe when ("By Kari Lund, 12 March 2024", "By Kari Lund and Per
/// Dahl | Updated 3 May"). Told from a sentence that opens with "By" ("By
/// March, the plant had closed") by its words: names, dates and joining
/// words, with hardly a lower-case word.
bool isBylineText(QStringView text);

} // namespace Annalist
