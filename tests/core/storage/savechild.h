// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What savechild writes, shared with crashsave_test which checks it.

#include <QString>

namespace Annalist::SaveChild {

/// Different lengths, so that a file cut short or mixed up cannot pass for the other version.
inline qsizetype noteLength(char version)
{
    return version == 'A' ? 300000 : 170000;
}

inline QString note(char version)
{
    return QString(noteLength(version), QLatin1Char(version));
}

} // namespace Annalist::SaveChild
