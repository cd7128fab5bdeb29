#!/usr/bin/env python3
"""The calibration figures of ../calibration-20261206/calibration.py (Welch on log fork means per row: p < 0.05
counts, excess spread, sd(z)) for the two cross-session rounds pairs, which it does not pair (other sha, other folder).
Usage: python3 calib.py   (numpy, scipy)"""
import math, os, sys
import numpy as np
from scipy import stats
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "calibration-20261206"))
from calibration import rows, welch

LATE = os.path.join(HERE, "..", "order-20261206", "20261206T091440Z_12e2b20_rounds")
for early in ("20261206T054910Z_4c2af46_rounds", "20261206T062821Z_4c2af46_rounds"):
    x, y = rows(os.path.join(HERE, "..", "calibration-20261206", early)), rows(LATE)
    r = [welch(x[k], y[k]) for k in sorted(set(x) & set(y))]
    d, se, p = (np.array(v) for v in zip(*r))
    excess = math.sqrt(max(0.0, float(np.mean(d ** 2 - se ** 2))))
    z = stats.norm.isf(p / 2)
    print("%s vs 12e2b20 rounds: %d rows, p<0.01 %d, p<0.05 %d, p<0.10 %d, excess %.3f, sd(z) %.2f, sd of log ratio %.3f" % (
        early, len(r), (p < 0.01).sum(), (p < 0.05).sum(), (p < 0.10).sum(), excess,
        np.median(np.abs(z)) / 0.6745, d.std(ddof=1)))
