#!/usr/bin/env python3
"""Where a time-stamped nightly log's fork seconds go, per benchmark: the timed work (each iteration's score x its
calls per op), the start (the fork line to the end of warm-up 1, less that iteration's work: JVM, set-up, warm-up
laps), the gaps between iterations less their work (the gate's checks, the iteration set-up, the collection) and the
tail (last iteration to the fork's result). Approximate: timestamps are of whole lines. Usage: overhead.py LOG.gz"""
import collections, gzip, re, sys

SCORE = re.compile(r"([\d.,]+) (ms|us|s)/op")
UNIT = {"ms": 1e-3, "us": 1e-6, "s": 1.0}
totals = collections.defaultdict(collections.Counter)
calls, bench, fork, pending = 1, None, None, False


def close(end):
    global fork
    if fork is None:
        return
    name, start, its = fork
    c = totals[name]
    c["forks"] += 1
    c["all"] += end - start
    c["timed"] += sum(d for _, d in its)
    if its:
        c["start"] += its[0][0] - its[0][1] - start
        c["gaps"] += sum(its[i][0] - its[i - 1][0] - its[i][1] for i in range(1, len(its)))
        c["tail"] += end - its[-1][0]
    fork = None


for line in gzip.open(sys.argv[1], "rt"):
    stamp, _, text = line.rstrip("\n").partition(" ")
    try:
        ts = float(stamp)
    except ValueError:
        continue
    if text.startswith("# Warmup:"):
        m = re.search(r"(\d+) calls per op", text)
        calls = int(m.group(1)) if m else 1
    elif text.startswith("# Benchmark:"):
        bench = text.split(".")[-2]
    elif text.startswith("# Fork:"):
        close(ts)
        fork, pending = (bench, ts, []), False
    elif text.startswith(('Result "', "# JMH version", "# Run complete")):
        close(ts)
    elif fork is not None:
        score = SCORE.search(text)
        is_iteration = re.match(r"(# Warmup )?Iteration\s+\d+:", text) is not None
        if score and (is_iteration or pending):
            fork[2].append((ts, float(score.group(1).replace(",", "")) * UNIT[score.group(2)] * calls))
            pending = False
        elif is_iteration:
            pending = True  # a set-up message ended the line; the score follows on its own line

grand = collections.Counter()
print("%-28s %5s %8s %8s %8s %8s %8s" % ("benchmark", "forks", "all s", "timed", "start", "gaps", "tail"))
for name, c in sorted(totals.items()):
    print("%-28s %5d %8.0f %8.0f %8.0f %8.0f %8.0f" % (name, c["forks"], c["all"], c["timed"], c["start"], c["gaps"], c["tail"]))
    grand.update(c)
print("%-28s %5d %8.0f %8.0f %8.0f %8.0f %8.0f" % ("ALL", grand["forks"], grand["all"], grand["timed"], grand["start"], grand["gaps"], grand["tail"]))
