// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QStringView>

namespace Annalist {

/// The month (1–12) an English month name or its usual abbreviation names
/// ("September", "Sept", "Sep", "sept"), or 0.
int monthFromName(QStringView name);

/// Reads a publication date as files state it: ISO 8601 ("2025-09-09",
/// "2025-09-09T10:30:00+04:00", "20250909"), "September 9, 2025",
/// "9 September 2025", "Sept. 9, 2025", "2025/09/09". Returns an invalid date
/// for anything else; never guesses a missing year.
QDate parseDateValue(QStringView value);

} // namespace Annalist
