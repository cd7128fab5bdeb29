#!/usr/bin/env python3
"""Per row and run: the sd of the log fork means (the spread between forks) and the median sd of the logs within a
fork; then per run the medians over the rows all the runs have, and the canary's spread over the same forks (per row, the sd of the
log of its per-fork readings; median over the rows). Rows are matched by benchmark and parameters.
Usage: python3 forksd.py RUN.json [RUN.json ...]"""
import json, math, os, statistics as st, sys

IGNORED = ("scaleFactor", "ringBatches", "maxRowsPerFile", "storageVersion")


def sds(path):
    out = {}
    for e in json.load(open(path)):
        key = e["benchmark"].split(".")[-2] + " " + " ".join(
            "%s=%s" % kv for kv in sorted(e["params"].items()) if kv[0] not in IGNORED)
        forks = [[math.log(x) for x in f] for f in e["primaryMetric"]["rawData"] if f]
        out[key] = (st.stdev([st.mean(f) for f in forks]), st.median(st.stdev(f) for f in forks))
    return out


def canary_spread(path):
    spreads = [st.stdev([math.log(x) for x in e["canary"]["cpuMillis"]]) for e in json.load(open(path)) if e.get("canary")]
    return st.median(spreads) if spreads else float("nan")


runs = sys.argv[1:]
data = [sds(r) for r in runs]
names = [os.path.basename(r)[:-len(".json")] for r in runs]
print("| row | " + " | ".join("%s: between / within forks" % n for n in names) + " |")
print("|---|" + "--:|" * len(runs))
common = sorted(set(data[0]).intersection(*data[1:]))
for key in common:
    print("| %s | " % key + " | ".join("%.1f / %.1f %%" % (100 * d[key][0], 100 * d[key][1]) for d in data) + " |")
for name, d, run in zip(names, data, runs):
    print("%s: over the %d common rows, median between-fork sd %.1f %%, within %.1f %%; canary spread over forks, median over rows %.1f %%" % (
        name, len(common), 100 * st.median(d[k][0] for k in common), 100 * st.median(d[k][1] for k in common),
        100 * canary_spread(run)))
