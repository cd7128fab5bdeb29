#!/usr/bin/env python3
"""Drift within forks: per row and in all, the median over forks of (last measured iteration / first), from a
suite or JMH JSON results file. Usage: drift.py RESULTS.json"""
import json
import statistics
import sys

ratios = []
for row in json.load(open(sys.argv[1], encoding="utf-8")):
    forks = row["primaryMetric"]["rawData"]
    mine = [fork[-1] / fork[0] for fork in forks if len(fork) >= 2]
    ratios += mine
    print("%-12s %d forks, last/first median %.3f (%s)" % (row["params"].get("table"), len(forks), statistics.median(mine),
                                                       " ".join("%.2f" % r for r in mine)))
print("all: %d forks, last/first median %.3f" % (len(ratios), statistics.median(ratios)))
