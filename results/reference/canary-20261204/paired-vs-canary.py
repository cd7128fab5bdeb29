#!/usr/bin/env python3
"""Three ways to compare the sides of a jmh:ab run, per row, on the logs of the fork means (99 %): the forks as
independent samples (Welch, as the suite does by fork), paired by round (each round's candidate fork over its
baseline fork: a drift of the machine falls out), and paired by round with the difference of the canary's
median CPU time regressed out (one degree of freedom less).
Usage: paired-vs-canary.py RUN_STEM LOG CANARY.jsonl   (RUN_STEM: the results' name without -baseline.json)"""
import json, math, re, statistics as st, sys

from scipy import stats

stem, log_path, canary_path = sys.argv[1:4]
canary = [json.loads(l) for l in open(canary_path)]
windows = {}  # (row, side) -> [(t0, t1)] in round order
row = side = None
for line in open(log_path):
    m = re.match(r"(\d+\.\d+) (.*)", line.rstrip("\n"))
    if not m:
        continue
    t, text = float(m.group(1)), m.group(2)
    if (ab := re.match(r"=== A/B round \d+ of \d+: (\w+)", text)):
        side = ab.group(1)
    elif text.startswith("# Parameters:"):
        row = text[len("# Parameters: "):]
    elif text.startswith("# Fork:"):
        windows.setdefault((row, side), []).append([None, None])
    elif re.match(r"# Warmup Iteration\s+\d+:", text) or re.match(r"^\d[\d.]* ms/op$", text):
        windows[(row, side)][-1][0] = t
    elif re.match(r"Iteration\s+\d+: ", text):
        windows[(row, side)][-1][1] = t


def canary_median(t0, t1):
    return st.median(c["cpu"] for c in canary if t0 <= c["t"] <= t1)


def interval(values, df, se):
    q = stats.t.ppf(0.995, df)
    m = st.mean(values) if se is None else values
    return m, q


def show(name, mean, se, df):
    q = stats.t.ppf(0.995, df)
    return f"{name} {math.exp(mean):.3f} [{math.exp(mean - q * se):.3f}, {math.exp(mean + q * se):.3f}] +-{(math.exp(q * se) - 1) * 100:.1f} %"


rows = [k[0] for k in windows if k[1] == "baseline"]
base_runs = json.load(open(stem + "-baseline.json"))
cand_runs = json.load(open(stem + "-candidate.json"))
for r, rb, rc in zip(rows, base_runs, cand_runs):
    b = [math.log(st.mean(f)) for f in rb["primaryMetric"]["rawData"]]
    c = [math.log(st.mean(f)) for f in rc["primaryMetric"]["rawData"]]
    n = len(b)
    vb, vc = st.variance(b) / n, st.variance(c) / n
    welch_df = (vb + vc) ** 2 / (vb ** 2 / (n - 1) + vc ** 2 / (n - 1))
    d = [y - x for x, y in zip(b, c)]
    cb = [math.log(canary_median(*w)) for w in windows[(r, "baseline")]]
    cc = [math.log(canary_median(*w)) for w in windows[(r, "candidate")]]
    e = [y - x for x, y in zip(cb, cc)]
    slope = sum((di - st.mean(d)) * (ei - st.mean(e)) for di, ei in zip(d, e)) / sum((ei - st.mean(e)) ** 2 for ei in e)
    resid = [di - slope * (ei - st.mean(e)) for di, ei in zip(d, e)]
    resid_se = math.sqrt(sum((x - st.mean(resid)) ** 2 for x in resid) / (n - 2) / n)
    print(r)
    print("  " + show("independent forks:", st.mean(c) - st.mean(b), math.sqrt(vb + vc), welch_df))
    print("  " + show("paired by round:  ", st.mean(d), st.stdev(d) / math.sqrt(n), n - 1))
    print("  " + show("paired + canary:  ", st.mean(resid), resid_se, n - 2) + f" (slope {slope:.2f})")
