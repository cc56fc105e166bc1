// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Annalist {

/// `annalist export --format FMT [-o OUT] ARTICLE…`: the headless command.
/// Parses its own arguments (argv[1] is "export"); returns the exit code.
int runExportCommand(int argc, char **argv);

} // namespace Annalist
