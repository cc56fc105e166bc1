#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the include graph of the core against its layers.

    layering_check.py --layers BUILD/app/core/layers.txt --root app/core

The layers file (written by app/core/CMakeLists.txt when the project is
configured) lists each area, lowest first, with the areas its library links
directly. A source in app/core/<area>/ may include "<other>/..." only when
<other> is its own area or one its library reaches through its links, and
each link must point down the list. Every folder of the core holding sources
must be an area, and no include may climb out of its folder with "..".
Prints one line per offence (file:line) and exits 1 when there is any.
"""

import argparse
import re
import sys
from pathlib import Path

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')
SOURCE_SUFFIXES = {".h", ".hpp", ".cpp", ".cc", ".inc"}


def read_layers(path):
    """The areas in order and the areas each links directly."""
    order, links = [], {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        area, sep, deps = line.partition(":")
        if not sep:
            raise SystemExit(f"{path}:{number}: expected 'area: links…'")
        order.append(area.strip())
        links[area.strip()] = deps.split()
    return order, links


def check(order, links, root):
    problems = []
    level = {area: i for i, area in enumerate(order)}
    for area, deps in links.items():
        for dep in deps:
            if dep not in level or level[dep] >= level[area]:
                problems.append(f"layers: {area} links {dep}, which is not below it ({' → '.join(order)})")

    def reach(area):
        seen, todo = set(), [area]
        while todo:
            for dep in links.get(todo.pop(), []):
                if dep not in seen:
                    seen.add(dep)
                    todo.append(dep)
        return seen

    root = Path(root)
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        sources = sorted(p for p in folder.rglob("*") if p.suffix in SOURCE_SUFFIXES)
        if not sources:
            continue
        area = folder.name
        if area not in level:
            problems.append(f"{folder}: holds sources but is no layer of the core")
            continue
        visible = reach(area) | {area}
        for source in sources:
            lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
            for number, line in enumerate(lines, 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                target = match.group(1)
                if ".." in Path(target).parts:
                    problems.append(f"{source}:{number}: includes {target}, reaching past its folder")
                    continue
                first = Path(target).parts[0]
                if first in level and first not in visible:
                    where = "above" if level[first] > level[area] else "beside"
                    problems.append(f"{source}:{number}: {area} includes {target}, an area {where} it "
                                    f"that annalist_{area} does not link")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", required=True, help="app/core/layers.txt of a configured build")
    parser.add_argument("--root", required=True, help="the core's source folder (app/core)")
    args = parser.parse_args()
    order, links = read_layers(args.layers)
    problems = check(order, links, args.root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} offence(s) against the layers")
        return 1
    print(f"{len(order)} layers, no include or link against their order")
    return 0


if __name__ == "__main__":
    sys.exit(main())
