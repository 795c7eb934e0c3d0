#!/usr/bin/env python3
"""One line of docs/scale-out.md's tables from a Gatling run: docker/cluster/fault-summary.py REPORT_DIR CONSOLE_LOG
[FAULT_EPOCH].

Prints key=value pairs: requests, failed, rps, p50, p95, p99 (all requests, from the report's index.html), the
writes the simulation saw acknowledged (OK "save diary entry" and "sign note"), and, given the moment of a fault
(seconds since the epoch), when failures began and ended relative to it, from the console's 5-second lines.
"""
import datetime
import html
import re
import sys

report, console = sys.argv[1], sys.argv[2]
fault = float(sys.argv[3]) if len(sys.argv) > 3 else None
page = open(report + "/index.html", encoding="utf-8").read()
rows = {}
for row_id, cells in re.findall(r'<tr id="(req_[^"]*|ROOT)"[^>]*>(.*?)</tr>', page, re.S):
    name_match = re.search(r'class="ellipsed-name">([^<]*)<', cells)
    name = html.unescape(name_match.group(1)) if name_match else "all"
    rows[name] = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', cells))
every = rows.get("all") or rows.get("All Requests") or next(iter(rows.values()))
out = {
    "requests": every.get("2"), "failed": every.get("4"), "rps": every.get("6"),
    "p50": every.get("8"), "p95": every.get("10"), "p99": every.get("11"), "max": every.get("12"),
    "diary_saves_acknowledged": rows.get("save diary entry", {}).get("3", "0"),
    "notes_signed_acknowledged": rows.get("sign note", {}).get("3", "0"),
}
if fault is not None:
    # Cumulative failures at each 5-second line: the first and last line where they grew.
    stamps = []
    current = None
    for line in open(console, encoding="utf-8", errors="replace"):
        m = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) GMT\s+\d+s elapsed", line)
        if m:
            current = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S").replace(
                tzinfo=datetime.timezone.utc).timestamp()
            continue
        m = re.match(r"> Global\s+\|\s+([\d,]+)\s+\|\s+([\d,]+)\s+\|\s+([\d,]+)", line)
        if m and current is not None:
            stamps.append((current, int(m.group(3).replace(",", ""))))
    previous = 0
    grew = []
    for at, failed in stamps:
        if failed > previous:
            grew.append(at)
        previous = failed
    after = [t for t in grew if t >= fault - 5]
    out["failures_from_s"] = f"{after[0] - fault:.0f}" if after else "none"
    out["failures_until_s"] = f"{after[-1] - fault:.0f}" if after else "none"
print(" ".join(f"{k}={v}" for k, v in out.items()))
