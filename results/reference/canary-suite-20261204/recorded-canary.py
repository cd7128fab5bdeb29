#!/usr/bin/env python3
"""The canary the suite recorded (each result entry's "canary": per fork the median CPU ms of its work) beside
each fork's mean time: per row and side the forks, and r between fork time and canary, each relative to its row
and side, over all forks. Usage: recorded-canary.py RESULTS.json [MORE.json ...] (e.g. both sides of a jmh:ab)."""
import json, statistics as st, sys

rel_time, rel_cpu = [], []
for path in sys.argv[1:]:
    for entry in json.load(open(path)):
        canary = entry.get("canary")
        if not canary:
            continue
        row = entry["benchmark"].split(".")[-2] + " " + " ".join(f"{k}={v}" for k, v in sorted(entry["params"].items()))
        times = [st.mean(fork) for fork in entry["primaryMetric"]["rawData"]]
        cpus = canary["cpuMillis"]
        print(f"{path.split('/')[-1]}: {row}")
        for t, c, n in zip(times, cpus, canary["samples"]):
            print(f"  fork mean {t:10.3f}   canary {c:.3f} ms (median of {n})")
        pairs = [(t, c) for t, c in zip(times, cpus) if c is not None]
        mt, mc = st.mean(t for t, _ in pairs), st.mean(c for _, c in pairs)
        rel_time += [t / mt for t, _ in pairs]
        rel_cpu += [c / mc for _, c in pairs]
print(f"r(fork time, canary), each relative to its row and side: {st.correlation(rel_time, rel_cpu):.2f} "
      f"over {len(rel_time)} forks")
