#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The program started through scripts/run sees what a program installed on the
# host would see, whether it runs natively or inside the build root: files in
# any folder (not only the repository, the home folder and /tmp), paths given
# relative to the current folder, and the person's language.
# Run by scripts/test before ctest; prints one line per case and a summary.
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
run="$repo/scripts/run"

suite=hostview
source "$repo/tests/scripts/checks.sh"

# A folder outside the repository, the home folder and /tmp: /srv when it can
# be written (CI runs as root), else /var/tmp, which the build root has too.
base=/srv
[ -w "$base" ] || base=/var/tmp
work=$(mktemp -d "$base/annalist-hostview.XXXXXX") || { echo "FAIL: hostview: cannot make a folder in $base"; exit 1; }
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/articles" "$work/elsewhere"
cat >"$work/articles/harbour.txt" <<'TEXT'
date 2026-02-11

The Harbour Board of Kelvermouth approved the new breakwater on 4 February 2026.
TEXT

out=$("$run" export --format csv "$work/articles/harbour.txt" 2>&1)
echo "$out" | grep -q "2026-02-04"
check "an article outside the usual folders exports" $? "$out"

out=$(cd "$work/elsewhere" && "$run" export --format csv ../articles/harbour.txt 2>&1)
echo "$out" | grep -q "2026-02-04"
check "a path relative to the current folder (../x) exports" $? "$out"

out=$("$run" --screenshot "$work/window.png" "$work/articles/harbour.txt" 2>&1)
head -c 8 "$work/window.png" 2>/dev/null | grep -q PNG
check "the window opens such an article" $? "$out"

out=$("$run" export --format csv "$work/articles/missing.txt" 2>&1)
status=$?
[ $status -ne 0 ] && echo "$out" | grep -q "missing.txt"
check "a path that does not exist is still named in a clear error" $? "exit $status: $out"

# The person's locale reaches the program unchanged: the help speaks German,
# and the C library accepted the locale (Qt says so when it did not).
out=$(env -u LC_ALL -u LANGUAGE LANG=de_DE.UTF-8 "$run" --help 2>&1)
echo "$out" | grep -q "Zu öffnende Artikel" && ! echo "$out" | grep -q "Detected locale"
check "LANG=de_DE.UTF-8 gives the German interface, without a locale warning" $? "$out"

finish
