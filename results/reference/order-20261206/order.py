#!/usr/bin/env python3
"""Row, rounds, row (criteria.md): does the order of the forks itself cost time or shift scores?
For each row: the rounds run's geometric mean against the two row-order runs together (Welch on log fork means), and
the two row-order runs against each other (another sequential same-build pair, as calibration.py counts them); the
canary's median per run. Usage: python3 order.py ROW1_STEM ROUNDS_STEM ROW2_STEM   (numpy, scipy)"""
import json, math, os, statistics, sys

import numpy as np
from scipy import stats

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "calibration-20261206"))
import calibration as c  # noqa: E402  rows() and welch() as the calibration counted them


def canary(stem):
    writes, per_batch = [], []
    for entry in json.load(open(stem + ".json")):
        readings = entry.get("canary")
        if readings:
            (per_batch if "CData" in entry["benchmark"] else writes).extend(readings["cpuMillis"])
    return statistics.median(writes), len(writes), statistics.median(per_batch), len(per_batch)


row1, rounds, row2 = (c.rows(s) for s in sys.argv[1:4])
ratios, ps, pair = [], [], []
print("%-50s %14s %7s %12s %7s" % ("row", "rounds/row", "p", "row2/row1", "p"))
for name in sorted(rounds):
    both = np.concatenate([row1[name], row2[name]])
    d, se, p = c.welch(both, rounds[name])
    d2, se2, p2 = c.welch(row1[name], row2[name])
    ratios.append(math.exp(d)); ps.append(p); pair.append((d2, se2, p2))
    print("%-50s %14.3f %7.3f %12.3f %7.3f" % (name, math.exp(d), p, math.exp(d2), p2))
r = np.array(ratios)
print("\n%d rows: median rounds/row %.3f, range %.3f-%.3f; p < 0.05 in %d, p < 0.01 in %d"
      % (len(r), np.median(r), r.min(), r.max(), sum(p < 0.05 for p in ps), sum(p < 0.01 for p in ps)))
d = np.array([x[0] for x in pair]); se = np.array([x[1] for x in pair]); p = np.array([x[2] for x in pair])
excess = math.sqrt(max(0.0, float(np.mean(d ** 2 - se ** 2))))
print("row1 vs row2 (sequential, JMH's order): p < 0.05 in %d of %d, p < 0.10 in %d, excess %.3f, sd(z) %.2f"
      % ((p < 0.05).sum(), len(p), (p < 0.10).sum(), excess, np.median(np.abs(stats.norm.isf(p / 2))) / 0.6745))
for label, stem in zip(("row1", "rounds", "row2"), sys.argv[1:4]):
    print("canary %-6s writes %.3f ms (%d forks), per-batch %.3f ms (%d forks)" % ((label,) + canary(stem)))
