#!/usr/bin/env python3
"""Per row, the median deciding half-width over several comparisons' Markdown reports of two rules.
Usage: perrow.py 'GLOB_A' 'GLOB_B' (quoted; e.g. "$OUT/stretched-*-1.md" "$OUT/main-*-1.md")"""
import glob, statistics, sys
from mdrows import rows

def widths(pattern):
    out = {}
    for md in sorted(glob.glob(pattern)):
        for r in rows(md):
            name = r.benchmark.split('.')[0] + ' ' + ' '.join('%s=%s' % kv for kv in r.params.items() if kv[0] in ('codec', 'phase'))
            out.setdefault(name, []).append(r.deciding)
    return out

a, b = widths(sys.argv[1]), widths(sys.argv[2])
for name in sorted(a):
    print('%-45s ±%6.1f %% against ±%6.1f %% (%d comparisons)' % (name, statistics.median(a[name]), statistics.median(b[name]), len(a[name])))
