// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Annalist {

/// `annalist library add|update|remove|search|entities|timeline|status …`:
/// the library without a window (argv[1] is "library"). The library lives in
/// the per-user data folder (XDG_DATA_HOME). Returns the exit code: 0, 1
/// when something failed (a file that could not be read among others is
/// reported, not a failure), 2 for a usage error.
int runLibraryCommand(int argc, char **argv);

} // namespace Annalist
