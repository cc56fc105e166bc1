#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# scripts/install and scripts/uninstall, as a person uses them: the installed
# program runs from any folder on an article anywhere, its menu entry and
# metadata pass the freedesktop validators, "Open with" offers it for text,
# HTML and Markdown, and uninstalling removes exactly what was installed.
# Run by scripts/test before ctest; prints one line per case and a summary.
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$repo/scripts/common.sh"
set +e

suite=install
source "$repo/tests/scripts/checks.sh"

base=/srv
[ -w "$base" ] || base=/var/tmp
work=$(mktemp -d "$base/annalist-install.XXXXXX") || { echo "FAIL: install: cannot make a folder in $base"; exit 1; }
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
mkdir -p "$prefix/share/applications" "$work/articles" "$work/elsewhere"
# Something of the person's own in the same folders, which must survive.
echo "[Desktop Entry]" >"$prefix/share/applications/someone-else.desktop"
printf 'date 2026-05-02\n\nThe Ostvik ferry line reopened on 30 April 2026.\n' >"$work/articles/ferry.txt"

out=$("$repo/scripts/install" --prefix "$prefix" 2>&1)
check "scripts/install --prefix succeeds" $? "$out"

manifest="$prefix/share/annalist/install-manifest.txt"
desktop="$prefix/share/applications/org.annalist.Annalist.desktop"
metainfo="$prefix/share/metainfo/org.annalist.Annalist.metainfo.xml"
missing=
for f in "$manifest" "$desktop" "$metainfo" "$prefix/bin/annalist" \
         "$prefix/share/icons/hicolor/scalable/apps/org.annalist.Annalist.svg"; do
    [ -e "$f" ] || missing="$missing $f"
done
[ -z "$missing" ] && [ -x "$prefix/bin/annalist" ]
check "the program, menu entry, icon and metadata are in place" $? "missing:$missing"

out=$(cd "$work/elsewhere" && "$prefix/bin/annalist" export --format csv "$work/articles/ferry.txt" 2>&1)
echo "$out" | grep -q "2026-04-30"
check "the installed program exports an article by an absolute path from another folder" $? "$out"

out=$(cd "$work/elsewhere" && "$prefix/bin/annalist" --screenshot "$work/window.png" "$work/articles/ferry.txt" 2>&1)
head -c 8 "$work/window.png" 2>/dev/null | grep -q PNG
check "the installed program opens the article in its window (offscreen picture)" $? "$out"

out=$(in_env desktop-file-validate "$desktop" 2>&1)
check "desktop-file-validate accepts the installed menu entry" $? "$out"
out=$(in_env appstreamcli validate --no-net --pedantic "$metainfo" 2>&1)
check "appstreamcli validate accepts the installed metadata" $? "$out"

exec_line=$(sed -n 's/^Exec=//p' "$desktop")
mimes=$(sed -n 's/^MimeType=//p' "$desktop")
[ "${exec_line% %F}" = "$prefix/bin/annalist" ] && [[ ";$mimes" == *";text/plain;"* ]] \
    && [[ ";$mimes" == *";text/html;"* ]] && [[ ";$mimes" == *";text/markdown;"* ]]
check "Open with: the entry starts the installed program on text, HTML and Markdown files" $? "Exec=$exec_line MimeType=$mimes"

cp "$manifest" "$work/manifest"
out=$("$repo/scripts/uninstall" --prefix "$prefix" 2>&1)
status=$?
left=$(while IFS= read -r f; do [ -e "$f" ] && echo "$f"; done <"$work/manifest")
[ $status = 0 ] && [ -s "$work/manifest" ] && [ -z "$left" ] && [ ! -e "$prefix/bin" ] && [ -f "$prefix/share/applications/someone-else.desktop" ]
check "scripts/uninstall removes exactly what was installed" $? "exit $status, left: $left; $out"

finish
