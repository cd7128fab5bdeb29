#!/usr/bin/env python3
"""Three ways to compare the sides of a jmh:ab run, per row, on the logs of the fork means (99 %): the forks as
independent samples (Welch, as the suite does by fork), paired by round (each round's candidate fork over its
baseline fork: a drift of the machine falls out), and paired by round with the difference of the canary's
median CPU time regressed out (one degree of freedom less).
Usage: paired-vs-canary.py RUN_STEM LOG CANARY.jsonl   (RUN_STEM: the results' name without -baseline.json)"""
import json, math, statistics as st, sys

from scipy import stats

import canarylog

stem, log_path, canary_path = sys.argv[1:4]
canary = canarylog.read_canary(canary_path)
canary_logs = {}  # (row, side) -> the log of the canary's median during each fork, in round order
for f in canarylog.forks(log_path):
    canary_logs.setdefault((f["row"], f["side"]), []).append(math.log(canarylog.canary_median(canary, f)))


def show(name, mean, se, df):
    q = stats.t.ppf(0.995, df)
    return f"{name} {math.exp(mean):.3f} [{math.exp(mean - q * se):.3f}, {math.exp(mean + q * se):.3f}] +-{(math.exp(q * se) - 1) * 100:.1f} %"


base_runs = {canarylog.row_name(r["params"]): r for r in json.load(open(stem + "-baseline.json"))}
cand_runs = {canarylog.row_name(r["params"]): r for r in json.load(open(stem + "-candidate.json"))}
for r, rb in base_runs.items():
    b = [math.log(st.mean(f)) for f in rb["primaryMetric"]["rawData"]]
    c = [math.log(st.mean(f)) for f in cand_runs[r]["primaryMetric"]["rawData"]]
    n = len(b)
    vb, vc = st.variance(b) / n, st.variance(c) / n
    welch_df = (vb + vc) ** 2 / (vb ** 2 / (n - 1) + vc ** 2 / (n - 1))
    d = [y - x for x, y in zip(b, c)]
    e = [y - x for x, y in zip(canary_logs[(r, "baseline")], canary_logs[(r, "candidate")])]
    slope = sum((di - st.mean(d)) * (ei - st.mean(e)) for di, ei in zip(d, e)) / sum((ei - st.mean(e)) ** 2 for ei in e)
    resid = [di - slope * (ei - st.mean(e)) for di, ei in zip(d, e)]
    resid_se = math.sqrt(sum((x - st.mean(resid)) ** 2 for x in resid) / (n - 2) / n)
    print(r)
    print("  " + show("independent forks:", st.mean(c) - st.mean(b), math.sqrt(vb + vc), welch_df))
    print("  " + show("paired by round:  ", st.mean(d), st.stdev(d) / math.sqrt(n), n - 1))
    print("  " + show("paired + canary:  ", st.mean(resid), resid_se, n - 2) + f" (slope {slope:.2f})")
