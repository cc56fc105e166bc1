// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/textrange.h"

#include <QList>
#include <QStringView>

namespace Annalist {

/// Splits the paragraph text[paragraph] into sentences and appends their
/// ranges (trimmed of white space, never empty) to out.
///
/// A sentence ends at '.', '?', '!' or '…' (with any closing quotes and
/// brackets after it) that is followed by white space and then by something
/// that can begin a sentence (not a lower-case letter). It does not end after
/// - a title or other abbreviation that goes before a name or a number
///   ("Dr.", "Gen.", "St.", "No. 5", "Sept. 9", "Art. 3", "vs."),
/// - an initial ("John F. Kennedy") or "e.g."/"i.e.",
/// - a dotted acronym ("U.S.", "U.N.") unless the next word is one that
///   typically starts a sentence ("The", "He", "In", …).
/// Decimals ("3.5") and dotted acronyms never split since no space follows
/// their inner dots. No sentence ends at or before keepUntil: the loader
/// passes the end of the dateline, so that "VELMORA, Dravenia, September 9."
/// opens the first sentence rather than standing alone.
void splitSentences(QStringView text, TextRange paragraph, QList<TextRange> &out, qsizetype keepUntil = -1);

} // namespace Annalist
