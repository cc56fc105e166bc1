#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every script of scripts/ answers -h and --help with its usage and does
# nothing else: no build, no training, no file taken for "--help".
# (scripts/run hands its arguments to the program, whose own --help the
# command-line tests check.)
# Run by scripts/test before ctest; prints one line per case and a summary.
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

source "$repo/scripts/common.sh"
set +e
suite=help
source "$repo/tests/scripts/checks.sh"

before=$(cd "$repo" && git status --porcelain 2>/dev/null)
for script in "$repo"/scripts/*; do
    name=$(basename "$script")
    [ -x "$script" ] && [ "$name" != run ] && [ "$name" != common.sh ] || continue
    for option in -h --help; do
        # (A second is plenty for printing a comment; a build or a training run takes longer.)
        out=$(timeout 10 "$script" "$option" 2>&1)
        rc=$?
        first=$(usage "$script" | head -n 1)
        [ "$rc" = 0 ] && [ -n "$first" ] && [ "$(head -n 1 <<<"$out")" = "$first" ] && ! grep -q '^annalist:' <<<"$out"
        check "scripts/$name $option prints its usage" $? "exit $rc: $(head -n 3 <<<"$out")"
    done
done
after=$(cd "$repo" && git status --porcelain 2>/dev/null)
[ "$before" = "$after" ]
check "asking for help changes no file of the repository" $? "$after"

finish
