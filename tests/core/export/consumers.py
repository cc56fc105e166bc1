#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

"""Feeds Annalist's exports to the programs that read those formats.

Two sources are checked: the golden files (rich hand-made content: notes,
ranges, every date precision, text outside the BMP, hostile text), and what
the real `annalist export` command writes for a sample article. Consumers:

  ics         icalendar (Debian: python3-icalendar), the RFC 5545 parser
  csv         Python's csv module (RFC 4180 dialect)
  json, timelinejs, w3c
              Python's json module, then the structure each format requires
  html        Python's html.parser (no script, no external resource)
  svg         Python's xml.etree (well-formed XML in the SVG namespace)
  brat        the .ann offsets sliced out of the .txt as Python code points,
              which is how brat itself reads them
  markdown    python3-markdown when installed (optional)

Exit status 0 when every check passes; every failure is printed.
"""

import argparse
import csv
import html.parser
import io
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def check_ics(data, where, expect_events=None):
    try:
        import icalendar
    except ImportError:
        check(False, f"{where}: python3-icalendar is not installed")
        return
    check(b"\n" not in data.replace(b"\r\n", b""), f"{where}: a line ends without CR")
    for line in data.split(b"\r\n"):
        check(len(line) <= 75, f"{where}: line longer than 75 octets: {line[:40]!r}")
    cal = icalendar.Calendar.from_ical(data)
    check(cal.get("VERSION") == "2.0", f"{where}: VERSION is not 2.0")
    check(cal.get("PRODID") is not None, f"{where}: no PRODID")
    events = list(cal.walk("VEVENT"))
    uids = set()
    import datetime
    for ev in events:
        uid = str(ev.get("UID"))
        check(uid not in uids, f"{where}: duplicate UID {uid}")
        uids.add(uid)
        check(ev.get("DTSTAMP") is not None, f"{where}: {uid} has no DTSTAMP")
        start = ev.decoded("DTSTART")
        end = ev.decoded("DTEND")
        check(type(start) is datetime.date, f"{where}: {uid} DTSTART is not a DATE")
        check(end > start, f"{where}: {uid} ends before it starts")
        precision = str(ev.get("X-ANNALIST-PRECISION"))
        check(precision in {"century", "decade", "year", "season", "quarter", "month", "week", "day"},
              f"{where}: {uid} has precision {precision}")
        if precision == "year" and "/" not in str(ev.get("X-ANNALIST-TIMEX")):
            check((start.month, start.day) == (1, 1) and end == datetime.date(start.year + 1, 1, 1),
                  f"{where}: year-only {uid} does not span its year")
        if precision == "month":
            check(start.day == 1 and (end - datetime.timedelta(days=1)).month == start.month,
                  f"{where}: month-only {uid} does not span its month")
    if expect_events is not None:
        check(len(events) == expect_events, f"{where}: {len(events)} events, expected {expect_events}")
    return events


def check_csv(data, where):
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    check(rows and rows[0] == ["date", "precision", "label", "sentence", "entities", "note", "origin", "article"],
          f"{where}: bad header {rows[:1]}")
    for row in rows[1:]:
        check(len(row) == 8, f"{where}: row with {len(row)} fields: {row}")
        for cell in row:
            check(not cell or cell[0] not in "=+-@\t\r", f"{where}: formula-like cell {cell!r}")
    return rows


def check_timelinejs(data, where):
    doc = json.loads(data)
    check("title" in doc and "text" in doc["title"], f"{where}: no title slide")
    ids = set()
    for ev in doc.get("events", []):
        sd = ev.get("start_date", {})
        check(str(sd.get("year", "")).lstrip("-").isdigit(), f"{where}: start_date.year missing in {ev}")
        for part in ("month", "day"):
            if part in sd:
                check(str(sd[part]).isdigit(), f"{where}: bad {part} in {sd}")
        check("headline" in ev.get("text", {}), f"{where}: event without headline")
        check("<script" not in json.dumps(ev), f"{where}: unescaped script in {ev}")
        uid = ev.get("unique_id")
        check(uid and uid not in ids, f"{where}: unique_id missing or repeated: {uid}")
        ids.add(uid)
    return doc


def code_point_slice(text, start, end):
    return text[start:end]  # Python strings index code points


def check_w3c(data, texts, where):
    doc = json.loads(data)
    check(doc.get("@context") == "http://www.w3.org/ns/anno.jsonld", f"{where}: wrong @context")
    check(doc.get("type") == "AnnotationCollection", f"{where}: not an AnnotationCollection")
    page = doc.get("first", {})
    check(page.get("type") == "AnnotationPage", f"{where}: first is not an AnnotationPage")
    items = page.get("items", [])
    check(doc.get("total") == len(items), f"{where}: total does not match")
    for a in items:
        check(a.get("type") == "Annotation", f"{where}: item is not an Annotation")
        check(str(a.get("id", "")).startswith("urn:uuid:"), f"{where}: id is not an IRI")
        bodies = a.get("body", [])
        check(any(b.get("purpose") in ("tagging", "commenting", "describing") for b in bodies),
              f"{where}: annotation without a purposeful body")
        target = a.get("target", {})
        source = target.get("source")
        if isinstance(source, dict):  # the article described: its IRI is the id
            check(source.get("type") == "Text", f"{where}: a described source that is not Text")
            source = source.get("id")
        text = texts.get(source)
        if text is None:
            continue
        selectors = {s["type"]: s for s in target.get("selector", [])}
        quote = selectors.get("TextQuoteSelector")
        pos = selectors.get("TextPositionSelector")
        if check(quote and pos, f"{where}: selectors missing"):
            check(code_point_slice(text, pos["start"], pos["end"]) == quote["exact"],
                  f"{where}: TextPositionSelector {pos} does not select {quote['exact']!r}")
            check(text[max(0, pos["start"] - len(quote.get("prefix", ""))):pos["start"]] == quote.get("prefix", ""),
                  f"{where}: prefix does not precede {quote['exact']!r}")


def check_brat(folder, where):
    pairs = 0
    for ann in sorted(pathlib.Path(folder).glob("*.ann")):
        txt = ann.with_suffix(".txt")
        if not check(txt.exists(), f"{where}: {ann.name} has no .txt"):
            continue
        pairs += 1
        text = txt.read_text(encoding="utf-8")
        ids = set()
        for line in ann.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            check(len(cols) == 3, f"{where}: {ann.name}: malformed line {line!r}")
            if line.startswith("T"):
                ids.add(cols[0])
                kind, _, spans = cols[1].partition(" ")
                check(kind and " " not in kind, f"{where}: bad type {kind!r}")
                pieces = []
                for span in spans.split(";"):
                    s, e = (int(x) for x in span.split(" "))
                    pieces.append(code_point_slice(text, s, e))
                check(" ".join(pieces) == cols[2], f"{where}: {ann.name}: {cols[0]} selects {pieces!r}, not {cols[2]!r}")
            elif line.startswith("#"):
                note_type, _, ref = cols[1].partition(" ")
                check(note_type == "AnnotatorNotes" and ref in ids, f"{where}: note refers to unknown {ref}")
            else:
                check(False, f"{where}: unexpected line {line!r}")
    return pairs


class HtmlChecker(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "srcset") or (name == "href" and value and not value.startswith("#")):
                self.problems.append(f"external resource {name}={value}")
            if name.startswith("on"):
                self.problems.append(f"event handler {name}")
        if tag in ("script", "link", "iframe", "img", "object", "embed"):
            self.problems.append(f"<{tag}>")


def check_html(data, where):
    p = HtmlChecker()
    p.feed(data.decode("utf-8"))
    p.close()
    for problem in p.problems:
        check(False, f"{where}: {problem}")
    check("html" in p.tags and "style" in p.tags, f"{where}: not a standalone page")
    check("url(" not in data.decode("utf-8"), f"{where}: CSS url()")


def check_svg(data, where):
    root = ET.fromstring(data)
    check(root.tag == "{http://www.w3.org/2000/svg}svg", f"{where}: root is {root.tag}")
    check(root.get("width") and root.get("height"), f"{where}: no size")
    check(not any(el.tag.endswith("script") for el in root.iter()), f"{where}: script element")


def check_markdown(data, where):
    try:
        import markdown
    except ImportError:
        return  # optional
    rendered = markdown.markdown(data.decode("utf-8"))
    check("<script" not in rendered, f"{where}: Markdown renders a script element")


def check_golden(golden):
    g = pathlib.Path(golden)
    texts = {}
    for case in ("json-single", "json-merged"):
        doc = json.loads((g / case / "output.json").read_bytes())
        for d in doc if isinstance(doc, list) else [doc]:
            texts[pathlib.Path(d["document"]["path"]).as_uri()] = d["document"]["text"]
    for case in ("single", "merged"):
        check_ics((g / f"ics-{case}" / "output.ics").read_bytes(), f"golden ics-{case}")
        check_csv((g / f"csv-{case}" / "output.csv").read_bytes(), f"golden csv-{case}")
        check_timelinejs((g / f"timelinejs-{case}" / "output.json").read_bytes(), f"golden timelinejs-{case}")
        check_w3c((g / f"w3c-{case}" / "output.jsonld").read_bytes(), texts, f"golden w3c-{case}")
        check(check_brat(g / f"brat-{case}", f"golden brat-{case}") == (1 if case == "single" else 2),
              f"golden brat-{case}: wrong number of pairs")
        check_html((g / f"html-{case}" / "output.html").read_bytes(), f"golden html-{case}")
        check_svg((g / f"svg-{case}" / "output.svg").read_bytes(), f"golden svg-{case}")
        check_markdown((g / f"markdown-{case}" / "output.md").read_bytes(), f"golden markdown-{case}")
    rows = check_csv((g / "csv-single" / "output.csv").read_bytes(), "golden csv-single")
    check(any("\n" in cell for row in rows for cell in row), "golden csv-single: no multi-line cell to test with")


def run(annalist, args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([annalist, "export", *args], capture_output=True, env=env, timeout=120)
    check(p.returncode == 0, f"annalist export {' '.join(args)}: exit {p.returncode}: {p.stderr.decode()}")
    return p.stdout


def check_command(annalist, article):
    text = json.loads(run(annalist, ["--format", "json", article]))["document"]["text"]
    texts = {pathlib.Path(os.path.abspath(article)).as_uri(): text}
    check_ics(run(annalist, ["--format", "ics", article]), "command ics")
    check_csv(run(annalist, ["--format", "csv", article]), "command csv")
    check_timelinejs(run(annalist, ["--format", "timelinejs", article]), "command timelinejs")
    check_w3c(run(annalist, ["--format", "w3c", article]), texts, "command w3c")
    check_html(run(annalist, ["--format", "html", article]), "command html")
    check_svg(run(annalist, ["--format", "svg", article]), "command svg")
    check_markdown(run(annalist, ["--format", "markdown", article]), "command markdown")
    with tempfile.TemporaryDirectory() as tmp:
        run(annalist, ["--format", "brat", "-o", os.path.join(tmp, "pair"), article])
        check(check_brat(tmp, "command brat") == 1, "command brat: no pair written")
        check((pathlib.Path(tmp) / "pair.txt").read_text(encoding="utf-8") == text,
              "command brat: the .txt is not exactly the article text")
        png = os.path.join(tmp, "t.png")
        run(annalist, ["--format", "png", "-o", png, article])
        with open(png, "rb") as f:
            check(f.read(8) == b"\x89PNG\r\n\x1a\n", "command png: not a PNG file")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--annalist", help="the annalist executable; without it only the golden files are checked")
    ap.add_argument("--golden", required=True, help="tests/data/export/golden")
    ap.add_argument("--article", help="an article for the command checks")
    a = ap.parse_args()
    check_golden(a.golden)
    if a.annalist and a.article:
        check_command(a.annalist, a.article)
    failures[:] = [f for f in failures if f]
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
