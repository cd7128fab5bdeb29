#!/usr/bin/env python3
"""Each fork's mean time (in the row's unit) beside the canary's CPU time for its fixed work while the fork's measured iterations ran.
Usage: canary-vs-forks.py LOG CANARY.jsonl
LOG: JMH's output with each line's epoch time first (a jmh:ab log too: forks are labelled by side and round).
For a jmh:ab log it also compares the sides per row twice, on the logs of the fork means (Welch, 99 %): as they
are, and adjusted for the canary (the fork means' log regressed on the canary's log within each side, pooled
slope; one degree of freedom less), to show how much of the forks' spread the machine's speed explains."""
import math, statistics as st, sys

from scipy import stats

import canarylog

log_path, canary_path = sys.argv[1], sys.argv[2]
canary = canarylog.read_canary(canary_path)
groups = {}
for f in canarylog.forks(log_path):
    cpu = canarylog.canary_during(canary, f)
    groups.setdefault((f["row"], f["side"]), []).append((st.mean(ms for _, ms in f["iters"]), st.median(cpu), len(cpu)))

rel_time, rel_cpu = [], []
for (row, side), fs in groups.items():
    print(f"{row} {side}".rstrip())
    mean_time, mean_cpu = st.mean(f[0] for f in fs), st.mean(f[1] for f in fs)
    for time_ms, cpu_ms, n in fs:
        print(f"  fork mean {time_ms:8.1f}   canary CPU (median of {n:2d}) {cpu_ms:.2f} ms")
        rel_time.append(time_ms / mean_time)
        rel_cpu.append(cpu_ms / mean_cpu)
print(f"r(fork time, canary CPU), each relative to its row and side: {st.correlation(rel_time, rel_cpu):.2f} over {len(rel_time)} forks")


def welch(base, cand, lost_df=0):
    """Ratio candidate/baseline of the mean logs, its 99 % interval and half-width."""
    vb, vc = st.variance(base) / len(base), st.variance(cand) / len(cand)
    df = (vb + vc) ** 2 / (vb ** 2 / (len(base) - 1) + vc ** 2 / (len(cand) - 1)) - lost_df
    d, se = st.mean(cand) - st.mean(base), math.sqrt(vb + vc)
    t = stats.t.ppf(0.995, df)
    return math.exp(d), math.exp(d - t * se), math.exp(d + t * se), math.exp(t * se) - 1


rows = sorted({row for row, side in groups if side})
for row in rows:
    base = [(math.log(f[0]), math.log(f[1])) for f in groups.get((row, "baseline"), [])]
    cand = [(math.log(f[0]), math.log(f[1])) for f in groups.get((row, "candidate"), [])]
    if len(base) < 2 or len(cand) < 2:
        continue
    slope, moved_base, moved_cand = canarylog.moved_to_mean_canary(base, cand)
    raw = welch([x for x, _ in base], [x for x, _ in cand])
    adj = welch(moved_base, moved_cand, 1)
    print(f"{row}: as measured {raw[0]:.3f} [{raw[1]:.3f}, {raw[2]:.3f}] +-{raw[3] * 100:.1f} %;"
          f" adjusted for the canary (slope {slope:.2f}) {adj[0]:.3f} [{adj[1]:.3f}, {adj[2]:.3f}] +-{adj[3] * 100:.1f} %")
