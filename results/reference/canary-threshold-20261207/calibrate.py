#!/usr/bin/env python3
"""Choose the canary-spread threshold below which a row is not adjusted, on stored A/A pairs only.
Per compared row: the canary's spread between the row's forks (sd of the log of its readings, pooled within the two
sides, as ../canary-window-20261207/spread-gain.py) and the deciding half-width with and without the adjustment.
For each threshold T, the rule 'adjust only when the spread >= T' gives every row's deciding half-width; prints,
per group of pairs, the median of those widths and the mean log width (the geometric mean).
Usage: calibrate.py GROUP BASE.json CAND.json REPORT.md [GROUP BASE.json CAND.json REPORT.md ...]"""
import math, os, statistics, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'canary-window-20261207'))
from canaryspread import canaries, spread
from mdrows import key, rows

THRESHOLDS = [0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 1]


groups = {}
args = sys.argv[1:]
for group, base, cand, md in zip(args[0::4], args[1::4], args[2::4], args[3::4]):
    b, c = canaries(base), canaries(cand)
    for r in rows(md):
        k = key(r.benchmark, r.params)
        s = spread(b[k], c[k]) if r.by_canary else None
        groups.setdefault(group, []).append((s, r.deciding, r.unadjusted))

print('%-10s %5s' % ('group', 'rows') + ''.join('%9s' % ('T=%.1f%%' % (t * 100) if t < 1 else 'never')
                                                 for t in THRESHOLDS))
for group, pts in list(groups.items()) + [('all', [p for g in groups.values() for p in g])]:
    medians, geo = [], []
    for t in THRESHOLDS:
        widths = [d if s is not None and s >= t else u for s, d, u in pts]
        medians.append(statistics.median(widths))
        geo.append(math.exp(statistics.mean(math.log(w) for w in widths)))
    print('%-10s %5d' % (group, len(pts)) + ''.join('%8.1f%%' % m for m in medians) + '   median')
    print('%-10s %5s' % ('', '') + ''.join('%8.1f%%' % g for g in geo) + '   geometric mean')
