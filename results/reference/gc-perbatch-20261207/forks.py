#!/usr/bin/env python3
"""Fork wall times per side of a time-stamped jmh:ab log: from each '# Fork:' line to its 'Result' line, the sides
told apart by the '=== A/B round r of n: baseline|candidate' lines. Usage: forks.py AB-LOG.gz"""
import collections
import gzip
import statistics
import sys

forks = collections.defaultdict(list)
side, start = None, None
for line in gzip.open(sys.argv[1], "rt"):
    stamp, _, text = line.rstrip("\n").partition(" ")
    try:
        ts = float(stamp)
    except ValueError:
        continue
    if text.startswith("=== A/B round"):
        side = "baseline" if ": baseline" in text else "candidate"
    elif text.startswith("# Fork:"):
        start = ts
    elif text.startswith('Result "') and start is not None:
        forks[side].append(ts - start)
        start = None
for name, times in sorted(forks.items()):
    print("%-9s %3d forks, median %.2f s, mean %.2f s, total %.0f s"
          % (name, len(times), statistics.median(times), statistics.mean(times), sum(times)))
