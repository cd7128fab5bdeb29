#!/usr/bin/env python3
"""Does the canary adjustment narrow a row's interval when the canary moved between its forks? Per compared row of
A/A pairs: the canary's spread between the row's forks (sd of the log of its readings, pooled within the two sides)
and the adjusted / unadjusted half-width. Prints them binned by the spread.
Usage: spread-gain.py BASE.json CAND.json REPORT.md [BASE.json CAND.json REPORT.md ...]"""
import statistics, sys
from canaryspread import canaries, spread
from mdrows import key, rows

points = []
args = sys.argv[1:]
for base, cand, md in zip(args[0::3], args[1::3], args[2::3]):
    b, c = canaries(base), canaries(cand)
    for r in rows(md):
        k = key(r.benchmark, r.params)
        if r.adjusted is None or k not in b or k not in c:
            continue
        points.append((spread(b[k], c[k]), r.adjusted / r.unadjusted))
for lo, hi in ((0, 0.01), (0.01, 0.03), (0.03, 1)):
    ratios = [g for s, g in points if lo <= s < hi]
    if ratios:
        print('canary spread %4.1f-%4.1f %%: %3d adjusted rows, narrower in %3d, median adjusted / unadjusted %.2f'
              % (lo * 100, hi * 100, len(ratios), sum(g < 1 for g in ratios), statistics.median(ratios)))
