"""Where a run's wall time goes, per row, from its time-stamped output (JMH's own lines, each prefixed with
the seconds since Maven started). Per fork: set-up = fork start to the end of the first warm-up iteration,
less that iteration's timed part (JVM start, source, the trial's untimed warm-up laps, the first iteration's
untimed set-up and check); between = the untimed time between the later iterations (iteration set-up,
check, collection); last = the untimed end of the last iteration (its check and the trial's teardown).
Timed = every iteration's score x its calls (JMH's "N calls per op"; one call otherwise).
Usage: python3 nightly-time.py nightly-timestamps.log"""
import collections
import re
import sys

UNIT = {"us/op": 1e-6, "ms/op": 1e-3, "s/op": 1.0}
forks = []
fork = None
calls = 1
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"\s*([\d.]+) (.*)", line)
    if not m:
        continue
    t, text = float(m.group(1)), m.group(2)
    if text.startswith("# Measurement:"):
        c = re.search(r"(\d+) calls per op", text)
        calls = int(c.group(1)) if c else 1
    elif text.startswith("# Benchmark:"):
        bench = text.split(".")[-2]
    elif text.startswith("# Parameters:"):
        key = bench + " " + " ".join(re.findall(r"(?:batchRows|importer|codec|phase|hop|table) = \w+", text))
    elif text.startswith("# Fork:"):
        fork = {"row": key, "start": t, "iterations": [], "calls": calls}
        forks.append(fork)
    else:
        i = re.search(r"Iteration +\d+: .*?([\d.]+) (us/op|ms/op|s/op)", text)
        if i and fork is not None:
            fork["iterations"].append((t, float(i.group(1)) * UNIT[i.group(2)] * fork["calls"]))
rows = collections.defaultdict(collections.Counter)
for f in forks:
    its = f["iterations"]
    if not its:
        continue
    gaps = [its[k][0] - its[k - 1][0] - its[k][1] for k in range(1, len(its))]
    r = rows[f["row"]]
    r["forks"] += 1
    r["wall"] += its[-1][0] - f["start"]
    r["timed"] += sum(x[1] for x in its)
    r["set-up"] += its[0][0] - f["start"] - its[0][1]
    r["between"] += sum(gaps[:-1])
    r["last"] += gaps[-1] if gaps else 0
cols = ["forks", "wall", "timed", "set-up", "between", "last"]
print("%-62s %5s %7s %7s %7s %7s %7s" % ("row (seconds, all forks)", *cols))
total = collections.Counter()
for key, r in sorted(rows.items(), key=lambda kv: -kv[1]["wall"]):
    print("%-62s %5d %7.1f %7.1f %7.1f %7.1f %7.1f" % (key[:62], *(r[c] for c in cols)))
    total += r
print("%-62s %5d %7.1f %7.1f %7.1f %7.1f %7.1f" % ("total", *(total[c] for c in cols)))
print("%-62s %5s %7.1f %7.1f %7.1f %7.1f %7.1f" % ("total, minutes", "", *(total[c] / 60 for c in cols[1:])))
