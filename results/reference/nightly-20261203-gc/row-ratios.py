"""Ratios of two rows of one run, with a 99 % interval by fork (Welch's t on the log fork means).

python3 row-ratios.py RUN.json : PHASE_3 and PHASE_2 against the phase before, per table, and the hop's
1,048,576-row time against its 1,024-row time. Rows/s ratio = inverse of the time ratio.
"""
import json
import sys

import numpy as np
from scipy import stats

runs = json.load(open(sys.argv[1]))


def fork_means(method, **params):
    for row in runs:
        if row["benchmark"].endswith("." + method) and all(row["params"].get(k) == v for k, v in params.items()):
            return np.array([np.mean(fork) for fork in row["primaryMetric"]["rawData"]])
    raise SystemExit(f"no row {method} {params}")


def time_ratio(numerator, denominator, alpha=0.01):
    """numerator / denominator of the times, [lower, upper] at 1 - alpha."""
    a, b = np.log(numerator), np.log(denominator)
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    se = np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    t = stats.t.ppf(1 - alpha / 2, df)
    d = a.mean() - b.mean()
    return np.exp(d), np.exp(d - t * se), np.exp(d + t * se)


def rows_per_second(faster, slower):
    r, lo, hi = time_ratio(slower, faster)
    return f"{r:.3f}x [{lo:.3f}, {hi:.3f}]"


for table in ["lineitem", "orders", "customer"]:
    p15, p2, p3 = (fork_means("pipeline", phase=p, table=table) for p in ["PHASE_1_5", "PHASE_2", "PHASE_3"])
    print(f"{table}: PHASE_3 / PHASE_2 rows/s {rows_per_second(p3, p2)}, PHASE_2 / PHASE_1_5 {rows_per_second(p2, p15)}"
          f" ({len(p3)} forks a row)")
small, large = fork_means("hopBatch", batchRows="1024"), fork_means("hopBatch", batchRows="1048576")
r, lo, hi = time_ratio(large, small)
print(f"hop time, 1,048,576 / 1,024 rows: {r:.3f} [{lo:.3f}, {hi:.3f}] ({len(small)} forks a row)")
