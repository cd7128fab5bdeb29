"""Fork means and their coefficient of variation per row and side of A/A result pairs.
Usage: python3 fork-cv.py baseline.json candidate.json [more pairs...]"""
import json
import statistics
import sys

for path in sys.argv[1:]:
    for row in json.load(open(path, encoding="utf-8")):
        p = row["params"]
        if p.get("batchRows") != "1048576":
            continue
        means = [statistics.mean(fork) for fork in row["primaryMetric"]["rawData"]]
        name = row["benchmark"].split(".")[-2] + " " + (p.get("importer") or p.get("hop") or "")
        print(f"{path.split('/')[-1][:60]:60s} {name:34s} ring {p.get('ringBatches')}: fork means "
              f"{', '.join('%.1f' % m for m in means)}; CV {statistics.stdev(means) / statistics.mean(means) * 100:.1f} %")
