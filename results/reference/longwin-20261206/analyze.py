#!/usr/bin/env python3
"""The longwin A/B (criteria.md): per row and side, the sd of the 6 fork means' logs, the median within-fork sd of log
time, the time-per-call ratio; each side's wall time from the run's time-stamped log; the criteria.
Usage: analyze.py RUNS_DIR RUN_LOG   (here: python3 analyze.py . <(zcat ab-timestamps.log.gz))"""
import glob, json, math, re, statistics as st, sys

from scipy import stats

runs, log = sys.argv[1], sys.argv[2]


def load(side):
    (path,) = glob.glob("%s/*_longwin-%s.json" % (runs, side))
    rows = {}
    for e in json.load(open(path)):
        p = e["params"]
        key = "%s %s %s" % (e["benchmark"].split(".")[-2], p["batchRows"], p.get("importer", p.get("hop", "")))
        logs = [[math.log(x) for x in fork] for fork in e["primaryMetric"]["rawData"]]
        rows[key] = logs
    return path, rows


def side_times():
    times = {"baseline": [], "candidate": []}
    start = side = None
    for line in open(log):
        m = re.match(r"\s*([\d.]+) === A/B round \d+ of \d+: (baseline|candidate) ", line)
        if m:
            start, side = float(m.group(1)), m.group(2)
        m = re.match(r"\s*([\d.]+) Results: ", line)
        if m and side:
            times[side].append(float(m.group(1)) - start)
            side = None
    return times


_, base = load("baseline")
_, cand = load("candidate")
ratios, sds = [], []
print("| row | fork-mean sd base | cand | cand/base | within-fork sd base | cand | time per call cand/base |")
print("|---|--:|--:|--:|--:|--:|--:|")
for key in sorted(base):
    b, c = base[key], cand[key]
    sb, sc = st.stdev([st.mean(f) for f in b]), st.stdev([st.mean(f) for f in c])
    wb, wc = st.median([st.stdev(f) for f in b]), st.median([st.stdev(f) for f in c])
    ratio = math.exp(st.mean([st.mean(f) for f in c]) - st.mean([st.mean(f) for f in b]))
    ratios.append(sc / sb)
    sds.append((sb, sc))
    print("| %s | %.1f %% | %.1f %% | %.2f | %.1f %% | %.1f %% | %.3f |" % (key, 100 * sb, 100 * sc, sc / sb, 100 * wb, 100 * wc, ratio))
t = side_times()
print()
print("median fork-mean sd ratio cand/base over %d rows: %.2f (criterion b: <= 0.85)" % (len(ratios), st.median(ratios)))
print("side wall times (s): baseline %s, candidate %s" % ([round(x) for x in t["baseline"]], [round(x) for x in t["candidate"]]))
if t["baseline"] and t["candidate"]:
    print("candidate/baseline wall time: %.3f (criterion c: <= 1.05)" % (sum(t["candidate"]) / sum(t["baseline"])))


def by_fork_half_width(sd, forks):
    """What Welch's test by fork would see with `forks` forks a side of this spread (equal sds: 2 forks - 2 df)."""
    return 100 * (math.exp(stats.t.ppf(0.995, 2 * forks - 2) * sd * math.sqrt(2 / forks)) - 1)


for forks in (4, 8):
    print("by fork, %d forks a side, from these sds: median ±%.1f %% before, ±%.1f %% after" % (
        forks, st.median(by_fork_half_width(b, forks) for b, _ in sds), st.median(by_fork_half_width(c, forks) for _, c in sds)))
