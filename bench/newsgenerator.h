// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Annalist {

/// Writes deterministic news-like English text of about `bytes` UTF-8 bytes:
/// paragraphs of sentences with people, titles, places, organizations,
/// acronyms, dates ("On 14 September 1999", "in 2002"), numbers and quotes.
/// The same seed always gives the same text.
QString generateNews(qsizetype bytes, quint32 seed = 1);

} // namespace Annalist
