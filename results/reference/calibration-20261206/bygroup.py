#!/usr/bin/env python3
"""One pair of runs, by group of rows (writes and generator; per-batch C Data): the range of the run-to-run ratio,
the sd of its log over the rows, the median standard error of the log ratio from the forks (Welch on fork means),
the excess (as in calibration.py) and the smallest p. Usage: python3 bygroup.py BASELINE_STEM CANDIDATE_STEM"""
import math, sys

import numpy as np

import calibration as c

a, b = c.rows(sys.argv[1]), c.rows(sys.argv[2])
for group, wanted in (("writes", lambda row: "CData" not in row), ("per-batch", lambda row: "CData" in row),
                      ("all", lambda row: True)):
    found = [c.welch(a[row], b[row]) for row in sorted(set(a) & set(b)) if wanted(row)]
    if not found:
        continue
    d = np.array([x[0] for x in found])
    se = np.array([x[1] for x in found])
    print("%-9s %2d rows: ratio %.3f-%.3f, sd of the log %.3f, median se %.3f, excess %.3f, smallest p %.3f" % (
        group, len(d), math.exp(d.min()), math.exp(d.max()), d.std(ddof=1), np.median(se),
        math.sqrt(max(0.0, float(np.mean(d ** 2 - se ** 2)))), min(x[2] for x in found)))
