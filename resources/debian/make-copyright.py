#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a machine-readable Debian copyright file (DEP-5) from the REUSE
information of the source tree, as `reuse spdx` reports it: files are grouped
by their copyright and licence, the largest group becomes `Files: *`, a folder
whose files all share a group is named by a wildcard, and each licence is
given by reference to /usr/share/common-licenses where Debian has its text,
else in full from LICENSES/."""

import argparse
import collections
import os
import subprocess
import sys


def read_spdx(source, reuse):
    out = subprocess.run([reuse, "--root", source, "spdx"], cwd=source, check=True,
                         capture_output=True, text=True).stdout
    files = {}
    current = None
    lines = out.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("FileName: "):
            current = line[len("FileName: "):].removeprefix("./")
            files[current] = {"licenses": [], "copyright": []}
        elif current and line.startswith("LicenseInfoInFile: "):
            files[current]["licenses"].append(line.split(": ", 1)[1])
        elif current and line.startswith("FileCopyrightText: "):
            text = line.split(": ", 1)[1]
            # <text>…</text> may run over several lines.
            while "</text>" not in text and i + 1 < len(lines):
                i += 1
                text += "\n" + lines[i]
            text = text.replace("<text>", "").replace("</text>", "").strip()
            for part in text.splitlines():
                part = part.strip().removeprefix("SPDX-FileCopyrightText:").strip()
                if part and part != "NONE":
                    files[current]["copyright"].append(part)
        i += 1
    return files


def group_key(info):
    licenses = sorted(set(info["licenses"])) or ["NONE"]
    return (" AND ".join(licenses), tuple(sorted(set(info["copyright"]))))


def compress(paths, owners):
    """Folders whose every file is in this group become `folder/*`."""
    result = set(paths)
    by_dir = collections.defaultdict(list)
    for p in owners:
        by_dir[os.path.dirname(p)].append(p)
    changed = True
    while changed:
        changed = False
        for d in sorted({os.path.dirname(p) for p in result if not p.endswith("/*")} - {""}):
            members = [p for p in owners if p.startswith(d + "/")]
            if members and all(p in paths for p in members):
                result = {p for p in result if not p.startswith(d + "/")} | {d + "/*"}
                changed = True
                break
    return sorted(result)


def license_paragraph(name, source):
    common = f"/usr/share/common-licenses/{name.replace('-or-later', '').replace('-only', '').replace('GPL-3.0', 'GPL-3').replace('GPL-2.0', 'GPL-2')}"
    if os.path.exists(common) or name in ("GPL-3.0-or-later", "CC0-1.0", "CC-BY-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0"):
        return (f"License: {name}\n On Debian systems, the complete text of this licence is in\n"
                f" {common}.\n")
    path = os.path.join(source, "LICENSES", name + ".txt")
    with open(path, encoding="utf-8") as f:
        body = "\n".join(" " + (l if l.strip() else ".") for l in f.read().strip().splitlines())
    return f"License: {name}\n{body}\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    ap.add_argument("--reuse", default="reuse")
    ap.add_argument("--output", required=True)
    args = ap.parse_args()
    files = read_spdx(args.source, args.reuse)
    if not files:
        sys.exit("reuse spdx listed no files")
    groups = collections.defaultdict(list)
    for path, info in files.items():
        groups[group_key(info)].append(path)
    ordered = sorted(groups.items(), key=lambda kv: -len(kv[1]))
    out = ["Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
           "Upstream-Name: Annalist",
           "Upstream-Contact: The Annalist developers <annalist-devel@kde.org>",
           "Source: https://invent.kde.org/annalist", ""]
    licenses = set()
    for n, ((lic, copyright), paths) in enumerate(ordered):
        names = ["*"] if n == 0 else compress(set(paths), list(files))
        out.append("Files: " + "\n ".join(names))
        out.append("Copyright: " + ("\n ".join(copyright) if copyright else "NONE"))
        out.append(f"License: {lic}")
        out.append("")
        licenses.update(l.strip("()") for l in lic.replace(" AND ", " ").replace(" OR ", " ").split())
    for name in sorted(licenses - {"NONE"}):
        out.append(license_paragraph(name, args.source))
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
