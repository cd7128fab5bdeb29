#!/usr/bin/env python3
"""Does the fork order shift scores? Each row's geometric mean over all iterations of the control (JMH's order) against
that of the two rounds runs together, with Welch's test on log fork means (control forks against the rounds runs'
forks). Usage: python3 order.py CONTROL_STEM ROUNDS_STEM ROUNDS_STEM   (numpy, scipy)"""
import math, sys

import numpy as np

import calibration as c

control = c.rows(sys.argv[1])
rounds = [c.rows(s) for s in sys.argv[2:]]
ratios, ps = [], []
for row in sorted(control):
    both = np.concatenate([r[row] for r in rounds])
    d, se, p = c.welch(both, control[row])
    ratios.append(math.exp(d))
    ps.append(p)
    print("%-50s control/rounds %.3f  p %.3f" % (row, math.exp(d), p))
r = np.array(ratios)
print("\n%d rows: median control/rounds %.3f, range %.3f-%.3f; p < 0.05 in %d, p < 0.01 in %d"
      % (len(r), np.median(r), r.min(), r.max(), sum(p < 0.05 for p in ps), sum(p < 0.01 for p in ps)))
