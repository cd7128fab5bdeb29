#!/usr/bin/env python3
"""Fork wall times per side of a time-stamped jmh:ab log: from each '# Fork:' line to its 'Result' line, the sides
told apart by the '=== A/B round r of n: baseline|candidate' lines; with --by-table, per table and side too (for the
generator, ../gc-generator-threads-20261207/); with --single-shot, only the writes' and pipelines' forks (not the
per-batch C Data classes' nor the generator's; for a jmh:run log, whose side is None: ../customer-shape-20261207/).
Usage: forks.py LOG.gz [--by-table] [--single-shot]"""
import collections
import gzip
import statistics
import sys

by_table = "--by-table" in sys.argv[2:]
single_shot = "--single-shot" in sys.argv[2:]
forks = collections.defaultdict(list)
side, table, benchmark, start = None, None, None, None
for line in gzip.open(sys.argv[1], "rt", errors="replace"):
    stamp, _, text = line.rstrip("\n").partition(" ")
    try:
        ts = float(stamp)
    except ValueError:
        continue
    if text.startswith("=== A/B round"):
        side = "baseline" if ": baseline" in text else "candidate"
    elif text.startswith("# Benchmark: "):
        benchmark = text.split(".")[-2]
    elif text.startswith("# Parameters:") and "table = " in text:
        table = text.split("table = ")[1].split(",")[0].rstrip(")")
    elif text.startswith("# Fork:"):
        start = ts
    elif text.startswith('Result "') and start is not None:
        if not (single_shot and (benchmark.startswith("CData") or benchmark.startswith("TpchGenerate"))):
            forks[(table, side) if by_table else side].append(ts - start)
        start = None
for key, times in sorted(forks.items()):
    if by_table:
        print("%-8s %-9s median %5.1f s, total %4.0f s  (%s)" % (key + (statistics.median(times), sum(times),
                                                                   " ".join("%.1f" % t for t in times))))
    else:
        print("%-9s %3d forks, median %.2f s, mean %.2f s, total %.0f s"
              % (key, len(times), statistics.median(times), statistics.mean(times), sum(times)))
