#!/usr/bin/env python3
"""Fork wall times per table and side of a time-stamped jmh:ab log of the generator: from each '# Fork:' line to its
'Result' line, as ../gc-perbatch-20261207/forks.py, told apart by the table too. Usage: forks-by-table.py AB-LOG.gz"""
import collections
import gzip
import statistics
import sys

forks = collections.defaultdict(list)
side = table = start = None
for line in gzip.open(sys.argv[1], "rt", errors="replace"):
    stamp, _, text = line.rstrip("\n").partition(" ")
    try:
        ts = float(stamp)
    except ValueError:
        continue
    if text.startswith("=== A/B round"):
        side = "baseline" if ": baseline" in text else "candidate"
    elif text.startswith("# Parameters:"):
        table = text.split("table = ")[1].rstrip(")")
    elif text.startswith("# Fork:"):
        start = ts
    elif text.startswith('Result "') and start is not None:
        forks[(table, side)].append(ts - start)
        start = None
for (table, side), times in sorted(forks.items()):
    print("%-8s %-9s median %5.1f s  (%s)" % (table, side, statistics.median(times), " ".join("%.1f" % t for t in times)))
