#!/usr/bin/env python3
"""Fork-to-fork spread per row of two JMH result files of the same rows (a jmh:ab's baseline and candidate): the CV
of the fork means, the ratio of the fork-mean variances (of the logs) candidate / baseline with its one-sided F-test p
(a lower candidate variance), the mean within-fork CV, and the level ratio of the fork-mean medians.
Usage: forkcv.py BASELINE.json CANDIDATE.json"""
import json, math, statistics, sys
from scipy import stats


def rows(path):
    out = {}
    for b in json.load(open(path)):
        p = b["params"]
        key = b["benchmark"].split(".")[-2] + " " + " ".join("%s=%s" % (k, p[k]) for k in sorted(p)
                                                            if k not in ("ringBatches", "scaleFactor", "table"))
        out[key] = [statistics.mean(f) for f in b["primaryMetric"]["rawData"]], \
            statistics.mean(statistics.stdev(f) / statistics.mean(f) for f in b["primaryMetric"]["rawData"])
    return out


base, cand = rows(sys.argv[1]), rows(sys.argv[2])
print("%-62s %5s %9s %9s %7s %7s %11s %7s" % ("row", "forks", "CV base", "CV cand", "F", "p", "within b/c", "level"))
logs = []
for key in sorted(base):
    (b, wb), (c, wc) = base[key], cand[key]
    vb, vc = statistics.variance([math.log(x) for x in b]), statistics.variance([math.log(x) for x in c])
    f = vc / vb
    logs.append(math.log(f))
    p = stats.f.cdf(f, len(c) - 1, len(b) - 1)
    print("%-62s %2d/%-2d %8.1f%% %8.1f%% %7.2f %7.3f %5.1f/%4.1f%% %7.3f" % (
        key, len(b), len(c), 100 * statistics.stdev(b) / statistics.mean(b), 100 * statistics.stdev(c) / statistics.mean(c),
        f, p, 100 * wb, 100 * wc, statistics.median(c) / statistics.median(b)))
print("geometric mean of the variance ratios: %.2f over %d rows" % (math.exp(statistics.mean(logs)), len(logs)))
