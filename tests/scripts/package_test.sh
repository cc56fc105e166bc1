#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian package, as a packager checks it: lintian finds no error, the
# licences pass `reuse lint`, and the package installs into a fresh copy of
# the build root (a Debian 13 system) with nothing left for apt to do, after
# which the installed program runs and exports the sample article.
# Run by scripts/test before ctest; prints one line per case and a summary.
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$repo/scripts/common.sh"
set +e

suite=package
source "$repo/tests/scripts/checks.sh"

out=$(cd "$repo" && in_env reuse lint 2>&1)
check "reuse lint: every file has its licence and copyright" $? "$(echo "$out" | tail -n 30)"

deb=$("$repo/scripts/package" 2>"${TMPDIR:-/tmp}/annalist-package.log" | tail -n 1)
[ -f "$deb" ]
check "scripts/package builds a .deb" $? "$(tail -n 20 "${TMPDIR:-/tmp}/annalist-package.log")"
if [ ! -f "$deb" ]; then
    finish
    exit 1
fi

out=$(in_env lintian --fail-on error --no-tag-display-limit "$deb" 2>&1)
check "lintian reports no error" $? "$out"

out=$(in_env dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/share/doc/annalist/copyright.embedded-data 2>&1)
echo "$out" | grep -q "WordNet 3.0 Copyright 2006 by Princeton University" && echo "$out" | grep -q "Kevin Atkinson" \
    && echo "$out" | grep -q "geonames.org"
check "the notices of the data compiled in (WordNet, SCOWL, iso-codes, GeoNames) are installed" $? "$(echo "$out" | head -n 20)"

out=$(in_env dpkg-deb --field "$deb" Depends 2>&1)
echo "$out" | grep -q "libKF6SyntaxHighlighting\|libkf6syntaxhighlighting" && echo "$out" | grep -q "libqt6widgets6"
check "dependencies come from the libraries the program links" $? "Depends: $out"

if host_is_native; then
    echo "SKIP: package: installing into a fresh Debian 13 root (this host builds natively; no root)"
else
    root=$(root_dir)
    fresh=$(mktemp -d "$ANNALIST_CACHE/package-test.XXXXXX")
    trap 'rm -rf "$fresh"' EXIT
    # Files hard-linked (dpkg replaces files by renaming, never in place),
    # the folders dpkg and its triggers rewrite copied.
    cp -al "$root/." "$fresh/" && rm -rf "$fresh/etc" "$fresh/var" \
        && cp -a "$root/etc" "$root/var" "$fresh/"
    work=$(mktemp -d "${TMPDIR:-/tmp}/annalist-package.XXXXXX")
    cp "$deb" "$work/annalist.deb"
    cp "$repo/resources/samples/"*.txt "$work/"
    out=$(bwrap --bind "$fresh" / --dev /dev --proc /proc --bind "$work" "$work" --chdir / \
            --setenv PATH /usr/sbin:/usr/bin:/sbin:/bin --setenv HOME /root \
            --setenv QT_QPA_PLATFORM offscreen \
            sh -ec "dpkg -i '$work/annalist.deb'
                    apt-get -f install -s
                    annalist --version
                    annalist export --format csv '$work'/*.txt" 2>&1)
    status=$?
    [ $status = 0 ] && echo "$out" | grep -q "^0 upgraded, 0 newly installed, 0 to remove" \
        && echo "$out" | grep -qi "^annalist [0-9]" && echo "$out" | grep -q "^[0-9]\{4\}"
    check "installs into a fresh Debian 13 root; apt has nothing to do; the program runs and exports" $? "exit $status: $out"
    rm -rf "$work"
fi

finish
