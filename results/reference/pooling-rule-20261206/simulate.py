#!/usr/bin/env python3
"""A/A false-flag rate of the comparison's 'sometimes pool' rule on synthetic samples: k forks of n iterations a side,
fork means off by a normal of sd sb (log scale), iterations by sw = 0.02; Welch on logs at alpha 0.01, the side by fork
when the F test of fork spread rejects at the given level, pooled otherwise (LogWelchTest's rule, re-written here).
Prints flag rate and median 99 % half-width per shape, fork spread and level. Usage: python3 simulate.py (needs scipy)"""
import numpy as np
from scipy import stats

rng = np.random.default_rng(1)


def side(k, n, sb, sw, level):
    x = rng.normal(0, sb, k)[:, None] + rng.normal(0, sw, (k, n))
    m = x.mean(1); allx = x.ravel(); N = k * n
    msb = n * ((m - allx.mean()) ** 2).sum() / (k - 1); msw = ((x - m[:, None]) ** 2).sum() / (N - k)
    if msb / msw <= stats.f.ppf(1 - level, k - 1, N - k):
        return allx.mean(), allx.var(ddof=1) / N, N - 1
    return m.mean(), m.var(ddof=1) / k, k - 1


def trial(k, n, sb, sw, level):
    b = side(k, n, sb, sw, level); c = side(k, n, sb, sw, level)
    se = np.sqrt(b[1] + c[1]); df = (b[1] + c[1]) ** 2 / (b[1] ** 2 / b[2] + c[1] ** 2 / c[2])
    p = 2 * stats.t.cdf(-abs(c[0] - b[0]) / se, df)
    return p < 0.01, np.exp(stats.t.ppf(0.995, df) * se) - 1


for k, n in [(2, 5), (3, 3), (4, 5)]:
    for sb in [0.0, 0.01, 0.02, 0.04]:
        cells = []
        for level in [0.25, 0.5]:
            r = [trial(k, n, sb, 0.02, level) for _ in range(4000)]
            cells.append("level %.2f: flags %.2f %%, median half-width %.1f %%" % (
                level, 100 * np.mean([a for a, _ in r]), 100 * np.median([b for _, b in r])))
        print("%d x %d, fork sd %.2f: %s" % (k, n, sb, "; ".join(cells)))
for level in [0.25, 0.5, 0.75, 0.999]:
    print("2 x 5, fork sd 0.02, 20,000 pairs, level %.3f: flags %.2f %%" % (
        level, 100 * np.mean([trial(2, 5, 0.02, 0.02, level)[0] for _ in range(20000)])))
