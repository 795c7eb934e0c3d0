#!/usr/bin/env python3
"""Prints a Gatling report's statistics table as Markdown: docs/load-summary.py REPORT_DIR [LABEL].

Reads the report's index.html (columns: total, OK, KO, %KO, rps, min, p50, p75, p95, p99, max, mean,
stddev), leaves out the static files the browser loads, and folds nothing else away.
"""
import html
import re
import sys

report = sys.argv[1]
label = sys.argv[2] if len(sys.argv) > 2 else report
page = open(report + "/index.html", encoding="utf-8").read()
rows = re.findall(r'<tr id="(req_[^"]*|ROOT)"[^>]*>(.*?)</tr>', page, re.S)
print(f"#### {label}\n")
print("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|---|")
for row_id, cells in rows:
    name_match = re.search(r'class="ellipsed-name">([^<]*)<', cells)
    name = html.unescape(name_match.group(1)) if name_match else "all requests"
    if re.search(r"\.(css|js)(\?|$)", name):
        continue
    values = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', cells))
    print(f"| {name} | {values.get('2')} | {values.get('4')} | {values.get('8')} | {values.get('10')} "
          f"| {values.get('11')} | {values.get('12')} |")
print()
