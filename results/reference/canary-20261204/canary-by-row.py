#!/usr/bin/env python3
"""Does the benchmark's own work move the canary? In a jmh:ab log each round runs every row once, one fork after
the other: this pairs the forks of two rows within each round and gives the canary's median CPU time during
the second row's fork over the first's (geometric mean over the rounds, with the range).
Usage: canary-by-row.py LOG CANARY.jsonl"""
import math, statistics as st, sys

import canarylog

log_path, canary_path = sys.argv[1], sys.argv[2]
canary = canarylog.read_canary(canary_path)
rounds = {}  # (side, round) -> {row: the canary's median during that row's fork}
for f in canarylog.forks(log_path):
    rounds.setdefault((f["side"], f["round"]), {})[f["row"]] = canarylog.canary_median(canary, f)
medians = list(rounds.values())
rows = list(medians[0])
for first, second in zip(rows, rows[1:]):
    ratios = [m[second] / m[first] for m in medians]
    mean = math.exp(st.mean(math.log(r) for r in ratios))
    print(f"{second}\n  over {first}:\n  canary {mean:.3f}x (rounds: {min(ratios):.3f}-{max(ratios):.3f}, n {len(ratios)})")
