#!/usr/bin/env python3
"""Per comparison report: how many canary-adjusted rows had an adjusted interval narrower than the unadjusted one.
Usage: adjnarrow.py REPORT.md [REPORT.md ...]"""
import statistics, sys
from mdrows import rows

for md in sys.argv[1:]:
    adjusted = [r for r in rows(md) if r.adjusted is not None]
    print('%s: %d of %d adjusted rows narrower than unadjusted; median adjusted/unadjusted %.2f'
          % (md, sum(r.adjusted < r.unadjusted for r in adjusted), len(adjusted),
             statistics.median(r.adjusted / r.unadjusted for r in adjusted)))
