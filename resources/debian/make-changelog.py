#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the Debian changelog of the package, gzipped reproducibly, from the
releases listed in the AppStream metadata (one entry per release)."""

import argparse
import datetime
import gzip
import os
import xml.etree.ElementTree as ET


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--version", required=True)
    ap.add_argument("--metainfo", required=True)
    ap.add_argument("--output", required=True)
    args = ap.parse_args()
    releases = ET.parse(args.metainfo).getroot().findall("releases/release")
    entries = []
    for n, release in enumerate(releases):
        version = args.version if n == 0 else release.get("version") + "-1"
        date = datetime.datetime.strptime(release.get("date"), "%Y-%m-%d").replace(
            hour=12, tzinfo=datetime.timezone.utc)
        notes = [" ".join("".join(p.itertext()).split()) for p in release.iter("p")] or ["New release."]
        body = "\n".join("  * " + note for note in notes)
        entries.append(f"annalist ({version}) unstable; urgency=medium\n\n{body}\n\n"
                       f" -- The Annalist developers <annalist-devel@kde.org>  "
                       f"{date.strftime('%a, %d %b %Y %H:%M:%S %z')}\n")
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
            f.write("\n".join(entries).encode("utf-8"))


if __name__ == "__main__":
    main()
