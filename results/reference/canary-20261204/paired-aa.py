#!/usr/bin/env python3
"""Earlier A/As (no canary) compared two ways, on the logs of the fork means at 99 %: the forks as independent
samples (Welch) and paired by round (each round's candidate fork over its baseline fork, n - 1 degrees of
freedom). Rows whose sides have different fork counts are skipped.
Usage: paired-aa.py RUN_STEM... (each: a jmh:ab run's name without -baseline.json)"""
import json, math, statistics as st, sys

from scipy import stats


def half_width(se, df):
    return (math.exp(stats.t.ppf(0.995, df) * se) - 1) * 100


welch_all, paired_all = [], []
for stem in sys.argv[1:]:
    base = {json.dumps([r["benchmark"], r["params"]], sort_keys=True): r for r in json.load(open(stem + "-baseline.json"))}
    cand = {json.dumps([r["benchmark"], r["params"]], sort_keys=True): r for r in json.load(open(stem + "-candidate.json"))}
    print(stem.rsplit("/", 1)[-1])
    for key in base:
        if key not in cand:
            continue
        b = [math.log(st.mean(f)) for f in base[key]["primaryMetric"]["rawData"]]
        c = [math.log(st.mean(f)) for f in cand[key]["primaryMetric"]["rawData"]]
        if len(b) != len(c) or len(b) < 3:
            continue
        n = len(b)
        vb, vc = st.variance(b) / n, st.variance(c) / n
        welch = half_width(math.sqrt(vb + vc), (vb + vc) ** 2 / (vb ** 2 / (n - 1) + vc ** 2 / (n - 1)))
        d = [y - x for x, y in zip(b, c)]
        paired = half_width(st.stdev(d) / math.sqrt(n), n - 1)
        welch_all.append(welch)
        paired_all.append(paired)
        name, params = json.loads(key)
        short = " ".join(f"{k}={v}" for k, v in sorted(params.items()) if k in ("table", "phase", "importer", "batchRows", "codec"))
        print(f"  {name.rsplit('.', 2)[-2]:32s} {short:45s} n {n:2d}  independent +-{welch:5.1f} %  paired +-{paired:5.1f} %")
print(f"{len(welch_all)} rows: median independent +-{st.median(welch_all):.1f} %, paired +-{st.median(paired_all):.1f} %; "
      f"paired narrower in {sum(p < w for p, w in zip(paired_all, welch_all))}; within 5 %: independent "
      f"{sum(w <= 5 for w in welch_all)}, paired {sum(p <= 5 for p in paired_all)}")
