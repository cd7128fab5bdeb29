#!/usr/bin/env python3
"""Per row, the CV of the fork means of two runs and their ratio, from two outputs of scripts/iteration-cv
(baseline first); then the median ratio and how many rows came out wider. Usage: cv-ratio.py BASE.txt CAND.txt"""
import re
import statistics
import sys


def read(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        found = re.search(r"fork-means cv=\s*([\d.]+)%", line)
        if found:
            rows[" ".join(line.split()[:3])] = float(found.group(1))
    return rows


base, cand = read(sys.argv[1]), read(sys.argv[2])
ratios = []
for row in base:
    ratios.append(cand[row] / base[row])
    print("%-80s %6.2f %6.2f %5.2f" % (row, base[row], cand[row], ratios[-1]))
print("median CV of the fork means: %.2f %% -> %.2f %%; median ratio %.2f; %d of %d rows wider"
      % (statistics.median(base.values()), statistics.median(cand.values()), statistics.median(ratios),
         sum(r > 1 for r in ratios), len(ratios)))
