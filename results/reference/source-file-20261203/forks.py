"""Per fork of an A/B log (jmh:ab output, time-stamped): seconds from the fork's start to the end of its first
warm-up iteration, that iteration's timed score, and the mean of its measured iterations.
Usage: python3 forks.py ab-writes.log"""
import re
import statistics
import sys

side = bench = None
start = None
rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"\s*([\d.]+) (.*)", line)
    if not m:
        continue
    t, text = float(m.group(1)), m.group(2)
    r = re.match(r"=== A/B round (\d+) of \d+: (\w+)", text)
    if r:
        side = r.group(2)
    if text.startswith("# Benchmark: "):
        bench = text.split(".")[-2]
    if text.startswith("# Fork: 1 of 1"):
        start, first, measured = t, None, []
    w = re.search(r"Warmup Iteration\s+1: .*?([\d.]+) (ms|us)/op", text)
    if w:
        first = (t - start, float(w.group(1)))
    i = re.match(r"Iteration\s+(\d+): ([\d.]+) (ms|us)/op", text)
    if i:
        measured.append(float(i.group(2)))
        if i.group(1) == "5":
            rows.append((bench, side, first[0], first[1], statistics.mean(measured), t - start))
for bench in sorted({r[0] for r in rows}):
    for side in ("baseline", "candidate"):
        forks = [r for r in rows if r[0] == bench and r[1] == side]
        means = [r[4] for r in forks]
        print(f"{bench:24s} {side:9s} to first warm-up end (s): {', '.join('%.1f' % r[2] for r in forks):24s}"
              f" fork wall (s): {', '.join('%.1f' % r[5] for r in forks):24s} measured means: "
              f"{', '.join('%.0f' % m for m in means)}  CV {statistics.stdev(means) / statistics.mean(means) * 100:.1f} %")
