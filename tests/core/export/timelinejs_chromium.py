#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

"""Loads TimelineJS3 JSON exports into TimelineJS itself, in headless Chromium.

Optional consumer check (the build root has neither Chromium nor npm):

  npm install @knight-lab/timelinejs        # into some folder
  apt-get install chromium
  tests/core/export/timelinejs_chromium.py \\
      --timelinejs node_modules/@knight-lab/timelinejs/dist \\
      tests/data/export/golden/timelinejs-*/output.json

For each file: TimelineJS's own configuration must accept every event with
no error, the timeline must fire "loaded", draw one slide per event plus the
title, and no <script> element may appear from the exported text.
"""

import argparse
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="{css}">
<script src="{js}"></script>
</head><body>
<div id="tl" style="width: 1200px; height: 700px"></div>
<pre id="result">pending</pre>
<script>
var data = {data};
var out = {{errors: [], loaded: false}};
window.onerror = function (m) {{ out.errors.push(String(m)); }};
try {{
  var timeline = new TL.Timeline('tl', data);
  timeline.on('loaded', function (c) {{
    out.loaded = true;
    out.events = c.events.length;
  }});
}} catch (e) {{ out.errors.push(String(e)); }}
setTimeout(function () {{
  if (typeof timeline !== 'undefined' && timeline.config) {{
    out.configErrors = timeline.config.getErrors();
    out.configEvents = timeline.config.events.length;
  }}
  var root = document.getElementById('tl');
  out.slides = root.querySelectorAll('.tl-slide').length;
  out.scripts = root.querySelectorAll('script').length;
  out.headlines = Array.from(root.querySelectorAll('.tl-headline')).map(function (h) {{ return h.textContent; }});
  document.getElementById('result').textContent = JSON.stringify(out);
}}, 3000);
</script>
</body></html>
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--timelinejs", required=True, help="TimelineJS dist folder (holds js/timeline.js)")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    dist = pathlib.Path(a.timelinejs).resolve()
    failures = 0
    for f in a.files:
        data = json.loads(pathlib.Path(f).read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            page = pathlib.Path(tmp) / "page.html"
            # </ inside the inline script would end it: JSON allows escaping the slash.
            page.write_text(PAGE.format(css=(dist / "css/timeline.css").as_uri(), js=(dist / "js/timeline.js").as_uri(),
                                        data=json.dumps(data).replace("</", "<\\/")), encoding="utf-8")
            p = subprocess.run([a.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                                "--virtual-time-budget=10000", "--dump-dom", page.as_uri()],
                               capture_output=True, timeout=120)
        m = re.search(r'<pre id="result">(.*?)</pre>', p.stdout.decode("utf-8"), re.S)
        if not m:
            print(f"FAIL {f}: no result from Chromium: {p.stderr.decode()[-500:]}")
            failures += 1
            continue
        out = json.loads(html.unescape(m.group(1)))
        expected = len(data["events"])
        problems = []
        if out.get("errors"):
            problems.append(f"page errors {out['errors']}")
        if out.get("configErrors"):
            problems.append(f"TimelineConfig errors {out['configErrors']}")
        if out.get("configEvents") != expected:
            problems.append(f"TimelineConfig kept {out.get('configEvents')} of {expected} events")
        if not out.get("loaded"):
            problems.append("the timeline never fired 'loaded'")
        if out.get("slides") != expected + 1:
            problems.append(f"{out.get('slides')} slides drawn, expected {expected + 1}")
        if out.get("scripts"):
            problems.append("exported text became a <script> element")
        for ev in data["events"]:
            shown = html.unescape(ev["text"]["headline"])
            if shown not in out.get("headlines", []):
                problems.append(f"headline {shown!r} not drawn")
        status = "FAIL" if problems else "ok"
        print(f"{status} {f}: {out.get('configEvents')} events, {out.get('slides')} slides" + "".join("\n  " + x for x in problems))
        failures += bool(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
