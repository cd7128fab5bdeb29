#!/usr/bin/env python3
"""Where a nightly's fork time goes: per row, the mean wall time of its forks (from the time-stamped log: a fork runs
from its "# Fork:" line to the next fork or result line) and, for the writes and the generator (SingleShotTime,
ms/op), the part of it that is timed (7 iterations x the row's score: 2 warm-up + 5 measured) and the untimed rest per
iteration (the fork's start and source load included). Then the totals: per-batch forks, and the others with their
timed part.
Usage: python3 forktime.py ROW-ORDER-LOG.gz RESULTS.json   (a row-order run: a row's forks are consecutive)"""
import gzip, json, sys

ITERATIONS = 7


def key(benchmark, params):
    variant = params.get("codec") or params.get("phase") or params.get("importer") or params.get("hop") or ""
    return benchmark.split(".")[-1], params.get("table"), variant, params.get("batchRows")


def fork_seconds(log):
    """Row key -> wall seconds of each of its forks."""
    forks, row, start, benchmark = {}, None, None, None
    for line in gzip.open(log, "rt"):
        stamp, _, rest = line.partition(" ")
        try:
            t = float(stamp)
        except ValueError:
            continue
        if rest.startswith("# Benchmark:"):
            benchmark = rest.split(":", 1)[1].strip().rsplit(".", 1)[0]
        elif rest.startswith("# Parameters:"):
            inside = rest[rest.index("(") + 1:rest.rindex(")")]
            params = dict(kv.strip().split(" = ") for kv in inside.split(","))
            current = key(benchmark, params)
        elif rest.startswith("# Fork:") or rest.startswith('Result "'):
            if start is not None:
                forks.setdefault(row, []).append(t - start)
                start = None
            if rest.startswith("# Fork:"):
                row, start = current, t
    return forks


def main():
    scores = {key(r["benchmark"].rsplit(".", 1)[0], r["params"]): (r["primaryMetric"]["score"], r["primaryMetric"]["scoreUnit"])
              for r in json.load(open(sys.argv[2]))}
    per_batch = timed_total = others = 0.0
    for row, forks in sorted(fork_seconds(sys.argv[1]).items()):
        mean = sum(forks) / len(forks)
        score, unit = scores[row]
        if unit == "ms/op":
            timed = score / 1000 * ITERATIONS
            others += sum(forks)
            timed_total += timed * len(forks)
            extra = "timed %5.1f s, untimed %4.1f s per iteration" % (timed, (mean - timed) / ITERATIONS)
        else:
            per_batch += sum(forks)
            extra = "(per batch)"
        print("%-28s %-9s %-13s %8s forks=%d fork %5.1f s  %s" % (row[0][:28], row[1], row[2], row[3], len(forks), mean, extra))
    print("per-batch forks %.0f s; writes and generator forks %.0f s, of which timed %.0f s (%.0f %%)"
          % (per_batch, others, timed_total, 100 * timed_total / others))


if __name__ == "__main__":
    main()
