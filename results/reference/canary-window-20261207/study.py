#!/usr/bin/env python3
"""Totals of A/A comparisons' Markdown reports by one rule: rows adjusted, median deciding half-width, flags.
Usage: study.py LABEL REPORT.md [REPORT.md ...]"""
import statistics, sys
from mdrows import rows

all_rows = [r for md in sys.argv[2:] for r in rows(md)]
print('%s: %d row-comparisons, %d adjusted, median deciding ±%.1f %%, %d within ±5 %%, %d flagged'
      % (sys.argv[1], len(all_rows), sum(r.adjusted is not None for r in all_rows),
         statistics.median(r.deciding for r in all_rows), sum(r.deciding <= 5 for r in all_rows),
         sum(r.verdict in ('SLOWER', 'FASTER') for r in all_rows)))
