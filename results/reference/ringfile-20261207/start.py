#!/usr/bin/env python3
"""Each fork's start in a time-stamped jmh:ab log: from the fork line to the end of its first warm-up iteration, less
that iteration's timed work (score x calls per op). Per row and side: the median start, baseline and candidate, and
their difference; a fork that generated the run's source file (it says so) is marked. Usage: start.py LOG"""
import collections, re, statistics, sys

SCORE = re.compile(r"([\d.,]+) (ms|us|s)/op")
UNIT = {"ms": 1e-3, "us": 1e-6, "s": 1.0}
starts = collections.defaultdict(list)  # (row, side) -> [(seconds, generated)]
side = row = bench = None
calls, fork_at, generated, pending = 1, None, False, False
for line in open(sys.argv[1]):
    stamp, _, text = line.rstrip("\n").partition(" ")
    try:
        ts = float(stamp)
    except ValueError:
        continue
    m = re.match(r"=== A/B round \d+ of \d+: (baseline|candidate)", text)
    if m:
        side = m.group(1)
    elif text.startswith("# Warmup:"):
        m = re.search(r"(\d+) calls per op", text)
        calls = int(m.group(1)) if m else 1
    elif text.startswith("# Benchmark:"):
        bench = text.split(".")[-2] + "." + text.split(".")[-1]
    elif text.startswith("# Parameters:"):
        row = bench + " " + re.sub(r", (ringBatches|scaleFactor|table) = [^,)]+", "", text[len("# Parameters: "):])
    elif text.startswith("# Fork:"):
        fork_at, generated, pending = ts, False, False
    elif fork_at is not None:
        generated = generated or "Source generated once" in text
        score = SCORE.search(text)
        first = text.startswith("# Warmup Iteration   1:")
        if score and (first or pending):
            work = float(score.group(1).replace(",", "")) * UNIT[score.group(2)] * calls
            starts[(row, side)].append((ts - fork_at - work, generated))
            fork_at = None
        elif first:
            pending = True  # a set-up message ended the line; the score follows on its own line

rows = sorted({r for r, _ in starts})
print("%-75s %9s %9s %7s  %s" % ("row", "baseline", "candidate", "diff", "candidate forks (* generated the file)"))
diffs = []
for r in rows:
    b = statistics.median(s for s, _ in starts[(r, "baseline")])
    c = statistics.median(s for s, _ in starts[(r, "candidate")])
    diffs.append(c - b)
    forks = " ".join("%.2f%s" % (s, "*" if g else "") for s, g in starts[(r, "candidate")])
    print("%-75s %8.2fs %8.2fs %+6.2fs  %s" % (r, b, c, c - b, forks))
print("rows with a lower candidate median: %d of %d; median difference %+.2f s" % (
    sum(d < 0 for d in diffs), len(diffs), statistics.median(diffs)))
