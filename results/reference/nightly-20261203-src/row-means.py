"""Mean of every measured iteration of each row in two runs, and their ratio (second / first).
Usage: python3 row-means.py ../nightly-20261203-gc/20261203T110203Z_a6a46de_nightly.json 20261203T141210Z_1c8d5a1_nightly.json"""
import json
import statistics
import sys


def load(path):
    data = json.load(open(path, encoding="utf-8"))
    rows = data if isinstance(data, list) else data["benchmarks"]
    means = {}
    for row in rows:
        params = row["params"]
        key = row["benchmark"].split(".")[-2] + " " + " ".join(
            f"{k}={v}" for k, v in sorted(params.items()) if k in ("table", "codec", "phase", "batchRows", "importer", "hop"))
        means[key] = statistics.mean(x for fork in row["primaryMetric"]["rawData"] for x in fork)
    return means


first, second = load(sys.argv[1]), load(sys.argv[2])
for key in sorted(first):
    if key in second:
        print(f"{key:75s} {first[key]:10.1f} {second[key]:10.1f}  {second[key] / first[key]:.3f}")
