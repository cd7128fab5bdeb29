#!/usr/bin/env python3
"""Single slow iterations in the C Data rows at 1,048,576 rows: per result file, how many iterations took more
than 1.25x their fork's median iteration and how much more; then, for this folder's A/A, each row's 99 % Welch
half-width by fork on the forks' mean log (as the suite compares) and on the forks' median iteration.
Usage (from this folder): python3 spikes.py            (the files below, then the half-widths)
                          python3 spikes.py RESULTS.json ...  (only the counts, per file and per row)"""
import glob, json, math, statistics as st, sys

from scipy import stats

SPIKE = 1.25


def per_batch_1m(entry):
    return "CData" in entry["benchmark"] and entry["params"].get("batchRows") == "1048576"


def spikes(entries):
    n, ratios = 0, []
    for e in entries:
        for fork in e["primaryMetric"]["rawData"]:
            m = st.median(fork)
            n += len(fork)
            ratios += [x / m for x in fork if x > SPIKE * m]
    return n, ratios


def show(name, entries):
    n, ratios = spikes(entries)
    print(f"{name}: {len(ratios)} of {n} iterations above {SPIKE}x their fork's median"
          + (f" ({min(ratios):.2f}-{max(ratios):.2f}x)" if ratios else ""))


if len(sys.argv) > 1:
    for path in sys.argv[1:]:
        entries = [e for e in json.load(open(path)) if per_batch_1m(e)]
        show(path, entries)
        for e in entries:
            show("  " + e["benchmark"].split(".")[-2] + " " + e["params"].get("importer", ""), [e])
    sys.exit()
files = (["../nightly-20261204/20261204T165329Z_e9654af_nightly.json"]
         + sorted(p for p in glob.glob("../aa-1m-ring2-20261203/*.json") if not p.endswith(".meta.json"))
         + sorted(glob.glob("20261205T002935Z_*cdata1m-*e.json")))
for path in files:
    show(path, [e for e in json.load(open(path)) if per_batch_1m(e)])


def half_width(b, c):
    vb, vc = st.variance(b) / len(b), st.variance(c) / len(c)
    df = (vb + vc) ** 2 / (vb ** 2 / (len(b) - 1) + vc ** 2 / (len(c) - 1))
    return 100 * (math.exp(stats.t.ppf(0.995, df) * math.sqrt(vb + vc)) - 1)


stem = "20261205T002935Z_55736fc_aa6-cdata1m"
base, cand = json.load(open(stem + "-baseline.json")), json.load(open(stem + "-candidate.json"))
for b, c in zip(base, cand):
    per_fork = {name: [[f([math.log(x) for x in fork]) for fork in e["primaryMetric"]["rawData"]] for e in (b, c)]
                for name, f in (("mean log", st.mean), ("median", st.median))}
    row = b["benchmark"].split(".")[-2] + " " + b["params"].get("importer", "")
    print(f"{row:40s} by fork on the mean log ±{half_width(*per_fork['mean log']):.1f} %, "
          f"on the median iteration ±{half_width(*per_fork['median']):.1f} %")
