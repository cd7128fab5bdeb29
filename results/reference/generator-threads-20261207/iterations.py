#!/usr/bin/env python3
"""Every fork's iterations (6 warm-up, then 5 measured, ms) by side and table, from a jmh:ab log (gzip or plain),
with the sum of the warm-ups. Usage: iterations.py AB-LOG[.gz]"""
import gzip
import re
import sys

path = sys.argv[1]
lines = (gzip.open if path.endswith(".gz") else open)(path, "rt", errors="replace")
forks = []
side = "?"
for line in lines:
    invoker = re.search(r"VM invoker: \S*-(baseline|candidate)/", line)
    if invoker:
        side = invoker.group(1)
    table = re.search(r"table = (\w+)", line)
    if table:
        forks.append((side, table.group(1), []))
    iteration = re.search(r"Iteration +\d+: ([\d.]+) ms", line)
    if iteration and forks:
        forks[-1][2].append(float(iteration.group(1)))
for side, table, its in sorted(forks, key=lambda f: (f[1], f[0])):
    print("%-9s %-8s %s   warm-ups %.1f s" % (side, table, " ".join("%5.0f" % x for x in its), sum(its[:6]) / 1000))
