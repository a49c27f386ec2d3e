#!/usr/bin/env python3
"""Harvest date strings from the extraction evaluation pages into pages.tsv.

Usage: python3 harvest.py ../../../../shared/eval/extraction > pages.tsv

For each page (*.html.gz beside its expected *.json) it takes the content of
<meta> elements whose attributes mention a publication or modification date,
and the text and datetime attribute of <time> elements. Columns: page, where
the string was found, the string, and the page's expected publication day
(from the .json) for meta values that name the publication time, else "-".
Of the other strings, only the first few of each shape (digits read as 9)
are kept.
"""
import glob
import gzip
import html
import json
import os
import re
import sys

root = sys.argv[1]
META = re.compile(r"<meta\b[^>]*>", re.I)
PUBLISHED = re.compile(r"published_time|datepublished|pubdate|publish-date|publishdate|parsely-pub-date|dc\.date\.issued", re.I)
DATEISH = re.compile(r"published|(?<!vali)date|modified|timestamp|updated", re.I)
SHAPES_KEPT = 3  # strings of the same shape (digits as 9) kept, beyond checked ones
shapes = {}

for path in sorted(glob.glob(os.path.join(root, "*", "*.html.gz"))):
    page = os.path.relpath(path, root)[: -len(".html.gz")]
    try:
        with open(os.path.join(root, page + ".json")) as f:
            expected = json.load(f).get("date", "") or ""
    except (OSError, ValueError, AttributeError):
        expected = ""
    text = gzip.open(path).read().decode("utf-8", "replace")
    found = []
    for m in META.finditer(text):
        tag = m.group(0)
        name = re.search(r'(?:property|name|itemprop|http-equiv)\s*=\s*"([^"]*)"', tag, re.I)
        content = re.search(r'content\s*=\s*"([^"]*)"', tag, re.I)
        if not name or not content or not DATEISH.search(name.group(1)):
            continue
        # Only the page's first publication time is its own; later ones
        # belong to related articles.
        first = not any(w != "-" for _, _, w in found)
        want = expected if PUBLISHED.search(name.group(1)) and expected and first else "-"
        found.append(("meta:" + name.group(1), html.unescape(content.group(1)), want))
    for m in re.finditer(r"<time\b([^>]*)>(.*?)</time>", text, re.I | re.S):
        inner = html.unescape(" ".join(re.sub(r"<[^>]+>", " ", m.group(2)).split()))
        if inner:
            found.append(("time", inner, "-"))
        dt = re.search(r'datetime\s*=\s*"([^"]*)"', m.group(1), re.I)
        if dt:
            found.append(("time@datetime", html.unescape(dt.group(1)), "-"))
    seen = set()
    for where, value, want in found:
        value = " ".join(value.split())
        if not value or len(value) > 100 or value in seen or not re.search(r"\d", value):
            continue
        seen.add(value)
        shape = re.sub(r"\d", "9", value)
        shapes[shape] = shapes.get(shape, 0) + 1
        if want == "-" and shapes[shape] > SHAPES_KEPT:
            continue
        print(f"{page}\t{where}\t{value}\t{want}")
