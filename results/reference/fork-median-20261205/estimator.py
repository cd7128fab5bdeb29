#!/usr/bin/env python3
"""Each fork's mean log iteration (the suite's) against its median log iteration, for the rows a comparison takes by
fork, over the stored A/As (criteria-written-before.md). The pooling rule is the suite's LogWelchTest: the side's
unit is the fork when a one-way ANOVA of its logs by fork has F above the 0.75 quantile; then Welch on the fork values.
Usage (from results/reference/<this folder>): python3 estimator.py"""
import glob, json, math, statistics as st

from scipy import stats

PAIRS = ["aa-1m-ring2-20261203/*aa-1m-ring2", "aa-cdata-20261202/*", "aa-hop-20261203/*aa-hop",
         "aa-hop-20261203/*aa-hop12", "aa-orders-20261203/*", "aa-pipeline-20261204/*", "aa-writes-20261202/*",
         "canary-20261204/*aa8-pipeline", "canary-20261204/*aa6-cdata", "canary-20261204/*aa6-orders",
         "canary-suite-20261204/*aa6-canary", "canary-suite-20261204/*aa6-canary2",
         "canary-suite-20261204/*aa6-orders-writes", "canary-rule-20261205/*aa6-cdata1m",
         "canary-rule-20261205/*aa6-customer", "canary-rule-20261205/*aa6-lineitem",
         "canary-rule-20261205/*aa6-sortcanary"]
ALPHA, PLANT = 0.01, 1.10


def side(forks, summary):
    logs = [[math.log(x) for x in f] for f in forks if f]
    allv = [x for f in logs for x in f]
    k, n = len(logs), len(allv)
    pooled = (st.mean(allv), st.variance(allv) / n, n - 1, False)
    if k < 2 or n - k < 1:
        return pooled
    grand = st.mean(allv)
    between = sum(len(f) * (st.mean(f) - grand) ** 2 for f in logs) / (k - 1)
    within = sum(st.variance(f) * (len(f) - 1) for f in logs if len(f) > 1) / (n - k)
    crit = stats.f.ppf(0.75, k - 1, n - k)
    if (between / within <= crit) if within > 0 else between == 0:
        return pooled
    vals = [summary(f) for f in logs]
    return (st.mean(vals), st.variance(vals) / k, k - 1, True)


def compare(bf, cf, summary, plant=1.0):
    b, c = side(bf, summary), side([[x * plant for x in f] for f in cf], summary)
    diff, se = c[0] - b[0], math.sqrt(b[1] + c[1])
    df = (b[1] + c[1]) ** 2 / (b[1] ** 2 / b[2] + c[1] ** 2 / c[2])
    hw = stats.t.ppf(1 - ALPHA / 2, df) * se
    return math.exp(hw) - 1, abs(diff) > hw, b[3] or c[3]


def key(e):
    return e["benchmark"] + json.dumps(e["params"], sort_keys=True)


rows = {"mean": [], "median": []}
for pattern in PAIRS:
    base = [p for p in glob.glob(pattern + "-baseline.json")]
    cand = [p for p in glob.glob(pattern + "-candidate.json")]
    assert len(base) == 1 and len(cand) == 1, (pattern, base, cand)
    b = {key(e): e for e in json.load(open(base[0]))}
    c = {key(e): e for e in json.load(open(cand[0]))}
    for k in sorted(b.keys() & c.keys()):
        bf, cf = b[k]["primaryMetric"]["rawData"], c[k]["primaryMetric"]["rawData"]
        if len(bf) < 2 or len(cf) < 2:
            continue
        for name, summary in [("mean", st.mean), ("median", st.median)]:
            hw, flag, byfork = compare(bf, cf, summary)
            _, planted, _ = compare(bf, cf, summary, PLANT)
            if byfork:
                rows[name].append((pattern, k, hw, flag, planted))
n = len(rows["mean"])
print(f"{n} rows compared by fork in {len(PAIRS)} A/As")
for name in rows:
    hws = [r[2] for r in rows[name]]
    print(f"fork {name:6s}: median half-width ±{st.median(hws) * 100:.2f} %, rows within ±5 % "
          f"{sum(h <= 0.05 for h in hws)}, A/A flags {sum(r[3] for r in rows[name])}, planted 10 % flagged "
          f"{sum(r[4] for r in rows[name])} of {n}")
narrower = sum(md[2] < mn[2] for mn, md in zip(rows["mean"], rows["median"]))
print(f"median narrower than mean in {narrower} of {n} rows")
for mn, md in zip(rows["mean"], rows["median"]):
    print(f"  {mn[0].split('/')[0]:24s} {mn[1][len('dev.tpchbench.bench.'):][:90]:90s} ±{mn[2] * 100:5.1f} -> "
          f"±{md[2] * 100:5.1f} %{' FLAG' if md[3] else ''}{' (mean flagged)' if mn[3] else ''}")
