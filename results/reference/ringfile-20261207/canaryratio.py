#!/usr/bin/env python3
"""How much slower the machine was in one nightly than in others, by the canary: per row, the median of the forks'
canary readings (cpuMillis of its sort, null readings left out), then the median over the rows of run / other.
Usage: canaryratio.py RUN.json OTHER.json...  (e.g. this folder's first nightly against ../canary-threshold-20261207/)"""
import json, statistics, sys


def canary(path):
    out = {}
    for b in json.load(open(path)):
        readings = [x for x in ((b.get("canary") or {}).get("cpuMillis") or []) if x is not None]
        if readings:
            out[(b["benchmark"], json.dumps(b["params"], sort_keys=True))] = statistics.median(readings)
    return out


run = canary(sys.argv[1])
for other_path in sys.argv[2:]:
    other = canary(other_path)
    ratios = [run[k] / other[k] for k in run if k in other]
    print("%s: the canary's median ratio %.3f over %d rows" % (other_path.split("/")[-1], statistics.median(ratios), len(ratios)))
