#!/usr/bin/env python3
"""Wall time of the nightly's two-fork rows (writes, generator) at another shape k forks x (2 warm-up + m measured),
from nightly-time.py's table of a run at 2 x (2 + 5): per row, set-up per fork S (JVM start to the first iteration,
untimed) and per iteration I ((timed + between + last) / iterations), row time = k (S + (2 + m) I).
Usage: walltime.py nightly-time.txt k x m ..."""
import re, sys
rows, other = [], 0.0
for line in open(sys.argv[1]):
    m = re.match(r"(\w+Benchmark.{0,52})\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", line.rstrip())
    if not m:
        continue
    forks, wall, timed, setup, between, last = int(m.group(2)), *(float(m.group(i)) for i in range(3, 8))
    if forks == 2:
        rows.append((setup / forks, (timed + between + last) / (forks * 7)))
    else:
        other += wall
now = sum(2 * (s + 7 * i) for s, i in rows)
print("two-fork rows: %d, now %.1f min; other rows %.1f min" % (len(rows), now / 60, other / 60))
for shape in sys.argv[2:]:
    k, m = (int(x) for x in shape.split("x"))
    t = sum(k * (s + (2 + m) * i) for s, i in rows)
    print("%s: two-fork rows %.1f min (%.2fx), whole %.1f -> %.1f min (forks only)" % (shape, t / 60, t / now, (now + other) / 60, (t + other) / 60))
