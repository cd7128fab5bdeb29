#!/usr/bin/env python3
"""The canary's median (ms of CPU for its fixed work, one reading per fork) in each run of this folder, over the
writes' and generator's forks and over the per-batch forks. Usage: python3 canary.py"""
import glob, json, os, statistics

HERE = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(HERE, "2026*.json"))):
    if path.endswith(".meta.json"):
        continue
    writes, per_batch = [], []
    for entry in json.load(open(path)):
        readings = entry.get("canary")
        if readings:
            (per_batch if "CData" in entry["benchmark"] else writes).extend(readings["cpuMillis"])
    print("%s: writes %.3f ms (%d forks), per-batch %.3f ms (%d forks)" % (os.path.basename(path)[:-5],
          statistics.median(writes), len(writes), statistics.median(per_batch), len(per_batch)))
