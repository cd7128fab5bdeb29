#!/usr/bin/env python3
"""Would pairing the forks of an interleaved A/B by round narrow its comparison? For every stored jmh:ab pair
(results/reference/**, merged runs whose meta has "ab"), every row with 3 or more rounds: the 99 % half-width of the
candidate/baseline ratio by Welch's test on the fork means (the comparison's "by fork" test) and by the paired t
test on each round's difference of log fork means (n - 1 degrees of freedom), and both p values.
A/A = both sides the same clean git sha. Usage: python3 paired.py [results/reference]   (needs numpy, scipy)"""
import glob, json, math, os, sys

import numpy as np
from scipy import stats

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
IGNORED_PARAMS = ("scaleFactor", "ringBatches", "maxRowsPerFile", "storageVersion")


def ab_runs():
    runs = {}
    for meta_path in glob.glob(os.path.join(ROOT, "**", "*.meta.json"), recursive=True):
        meta = json.load(open(meta_path))
        if meta.get("ab"):
            runs[meta_path[:-len(".meta.json")]] = meta
    return runs


def pairs(runs):
    """(baseline stem, candidate stem): the sides of one jmh:ab invocation share a folder, a start time and an order."""
    for stem, meta in sorted(runs.items()):
        if meta["ab"]["side"] != "baseline":
            continue
        for other, m in runs.items():
            if (m["ab"]["side"] == "candidate" and os.path.dirname(other) == os.path.dirname(stem)
                    and os.path.basename(other)[:16] == os.path.basename(stem)[:16] and m["ab"]["order"] == meta["ab"]["order"]):
                yield stem, other


def fork_mean_logs(stem):
    """Each row's mean log time per fork, in round order (jmh:ab keeps one fork per round, in order)."""
    rows = {}
    for entry in json.load(open(stem + ".json")):
        params = ",".join(v for k, v in sorted(entry["params"].items()) if k not in IGNORED_PARAMS)
        rows[entry["benchmark"].split(".")[-2] + " " + params] = np.array(
            [np.mean(np.log(fork)) for fork in entry["primaryMetric"]["rawData"]])
    return rows


def half_width(t_quantile, standard_error):
    return math.exp(t_quantile * standard_error) - 1


def compare(x, y):
    n = len(x)
    vx, vy = x.var(ddof=1) / n, y.var(ddof=1) / n
    se = math.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx ** 2 / (n - 1) + vy ** 2 / (n - 1))
    d = y - x
    sd = d.std(ddof=1) / math.sqrt(n)
    return (half_width(stats.t.ppf(0.995, df), se), half_width(stats.t.ppf(0.995, n - 1), sd),
            2 * stats.t.sf(abs(y.mean() - x.mean()) / se, df), 2 * stats.t.sf(abs(d.mean()) / sd, n - 1),
            math.exp(d.mean()))


def main():
    runs = ab_runs()
    results = []
    print("kind | pair (baseline run) | row | rounds | Welch by fork ± | paired ± | p Welch | p paired | ratio")
    for base, cand in pairs(runs):
        aa = (runs[base]["git"]["sha"] == runs[cand]["git"]["sha"]
              and not runs[base]["git"]["dirty"] and not runs[cand]["git"]["dirty"])
        b, c = fork_mean_logs(base), fork_mean_logs(cand)
        for row in sorted(b.keys() & c.keys()):
            if len(b[row]) < 3 or len(b[row]) != len(c[row]):
                continue
            welch, paired, p_welch, p_paired, ratio = compare(b[row], c[row])
            results.append((aa, welch, paired, p_welch, p_paired))
            print("%s | %s | %s | %d | %.1f %% | %.1f %% | %.4f | %.4f | %.3f" % ("A/A" if aa else "A/B",
                  os.path.relpath(base, ROOT), row, len(b[row]), 100 * welch, 100 * paired, p_welch, p_paired, ratio))
    for kind, chosen in (("A/A", [r for r in results if r[0]]), ("A/B", [r for r in results if not r[0]])):
        print("%s rows %d: median half-width Welch by fork ±%.1f %%, paired ±%.1f %%; paired narrower in %d; "
              "p < 0.01: Welch %d, paired %d" % (kind, len(chosen), 100 * np.median([r[1] for r in chosen]),
              100 * np.median([r[2] for r in chosen]), sum(r[2] < r[1] for r in chosen),
              sum(r[3] < 0.01 for r in chosen), sum(r[4] < 0.01 for r in chosen)))


if __name__ == "__main__":
    main()
