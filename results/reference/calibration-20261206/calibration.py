#!/usr/bin/env python3
"""Are comparisons of two sequential runs calibrated, and would spreading each row's forks over the run fix them?
Offline, stored runs only. For every row of every stored same-build pair, Welch's test on the log fork means (the
comparison's "by fork" test) gives a p value; if the test is honest, p < 0.01 in 1 % of rows, p < 0.05 in 5 %.
Four kinds of pair:
  sequential  two jmh:run runs of one clean sha one after the other, each row's forks back to back (JMH's order,
              -Djmh.forkOrder=row; every run recorded before the knob)
  rounds      the same with -Djmh.forkOrder=rounds: one fork of every row per round, so a row's forks are spread
              over the run (the default from 2026-12-06)
  split       one side of a stored same-sha jmh:ab, its first rounds against its last rounds: two "runs" whose
              forks are spread over the session (one fork of every row per round), separated in time like the above
  interleaved a stored same-sha jmh:ab's baseline against its candidate (what jmh:ab compares)
Also the excess: sqrt(mean(d^2 - se^2)) over rows, the spread of a row's log ratio that its forks do not show
(0 when calibrated), and sd(z): the robust spread (median |z| / 0.6745) of the normal scores of the p values
(1 when calibrated, whatever the degrees of freedom). Usage: python3 calibration.py [results/reference]   (numpy, scipy)"""
import glob, json, math, os, sys

import numpy as np
from scipy import stats

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
IGNORED_PARAMS = ("scaleFactor", "ringBatches", "maxRowsPerFile", "storageVersion")


def metas():
    for path in sorted(glob.glob(os.path.join(ROOT, "**", "*.meta.json"), recursive=True)):
        meta = json.load(open(path))
        if meta.get("status") == "PASSED" and not meta.get("profiler") and not meta["git"].get("dirty"):
            yield path[:-len(".meta.json")], meta


def rows(stem):
    """Row name -> log fork means, forks in run order."""
    out = {}
    for entry in json.load(open(stem + ".json")):
        params = ",".join(v for k, v in sorted(entry["params"].items()) if k not in IGNORED_PARAMS)
        forks = [f for f in entry["primaryMetric"]["rawData"] if f]
        out[entry["benchmark"].split(".")[-2] + " " + params] = np.array([np.mean(np.log(f)) for f in forks])
    return out


def welch(x, y):
    """(difference of mean logs, its standard error, p value) by Welch on fork means."""
    vx, vy = x.var(ddof=1) / len(x), y.var(ddof=1) / len(y)
    se = math.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx ** 2 / (len(x) - 1) + vy ** 2 / (len(y) - 1))
    d = y.mean() - x.mean()
    return d, se, 2 * stats.t.sf(abs(d) / se, df)


def pairs():
    runs = list(metas())
    seq = [(s, m) for s, m in runs if not m.get("ab")]
    for i, (a, ma) in enumerate(seq):
        for b, mb in seq[i + 1:]:
            if (os.path.dirname(a) == os.path.dirname(b) and ma["git"]["sha"] == mb["git"]["sha"]
                    and ma["label"] == mb["label"]):
                kind = "rounds" if ma["jmh"].get("forkOrder") == "rounds" else "sequential"
                yield kind, os.path.basename(a), rows(a), rows(b)
    ab = [(s, m) for s, m in runs if m.get("ab")]
    for a, ma in ab:
        if ma["ab"]["side"] != "baseline":
            continue
        for b, mb in ab:
            if (mb["ab"]["side"] == "candidate" and os.path.dirname(a) == os.path.dirname(b)
                    and os.path.basename(a)[:16] == os.path.basename(b)[:16] and ma["ab"]["order"] == mb["ab"]["order"]
                    and ma["git"]["sha"] == mb["git"]["sha"]):
                ra, rb = rows(a), rows(b)
                yield "interleaved", os.path.basename(a), ra, rb
                for side in (ra, rb):
                    split = {}
                    for name, f in side.items():
                        half = len(f) // 2
                        if half >= 2:
                            split[name] = (f[:half], f[len(f) - half:])
                    yield "split", os.path.basename(a), {k: v[0] for k, v in split.items()}, {k: v[1] for k, v in split.items()}


def main():
    found = {}
    for kind, name, x, y in pairs():
        for row in sorted(set(x) & set(y)):
            if len(x[row]) >= 2 and len(y[row]) >= 2:
                found.setdefault(kind, []).append((name, row) + welch(x[row], y[row]))
    print("%-12s %5s %6s %9s %9s %9s %8s %8s" % ("kind", "pairs", "rows", "p<0.01", "p<0.05", "p<0.10", "excess", "sd(z)"))
    for kind in ("sequential", "rounds", "split", "interleaved"):
        r = found.get(kind, [])
        if not r:
            continue
        p = np.array([x[4] for x in r])
        d = np.array([x[2] for x in r])
        se = np.array([x[3] for x in r])
        excess = math.sqrt(max(0.0, float(np.mean(d ** 2 - se ** 2))))
        z = stats.norm.isf(p / 2)
        print("%-12s %5d %6d %4d %3.0f%% %4d %3.0f%% %4d %3.0f%% %8.3f %8.2f" % (
            kind, len({x[0] for x in r}), len(r), (p < 0.01).sum(), 100 * (p < 0.01).mean(), (p < 0.05).sum(),
            100 * (p < 0.05).mean(), (p < 0.10).sum(), 100 * (p < 0.10).mean(), excess, np.median(np.abs(z)) / 0.6745))
    for kind in ("sequential", "rounds"):
        print("\n%s pairs, rows with p < 0.05:" % kind)
        for name, row, d, se, p in found.get(kind, []):
            if p < 0.05:
                print("  %-40s %-45s ratio %.3f  p %.4f" % (name, row, math.exp(d), p))


if __name__ == "__main__":
    main()
