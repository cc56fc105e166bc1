// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Annalist {

/// `annalist export --format FMT [-o OUT] ARTICLE…`: the headless command.
/// Parses its own arguments (argv[1] is "export"); returns the exit code.
int runExportCommand(int argc, char **argv);

/// The progress line of `export --each` on a terminal, after `done` of
/// `total` articles in `elapsedMs`: "120/10000 articles, 2400/s, 0:04 left"
/// (the rate and the time left once an article is done and time has passed;
/// the time left as minutes and seconds, hours first when there are any).
QString exportProgressLine(qsizetype done, qsizetype total, qint64 elapsedMs);

} // namespace Annalist
