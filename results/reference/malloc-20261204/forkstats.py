#!/usr/bin/env python3
"""Per row of a results JSON: fork means, the CV of the fork means, the median within-fork CV (iterations)."""
import json, statistics as st, sys
for path in sys.argv[1:]:
    print(path.rsplit('/', 1)[-1])
    for r in json.load(open(path)):
        raw = r["primaryMetric"]["rawData"]
        means = [st.mean(f) for f in raw]
        within = [st.stdev(f) / st.mean(f) for f in raw if len(f) > 1]
        p = r.get("params", {})
        name = r["benchmark"].rsplit(".", 2)[-2] + " " + " ".join(f"{k}={v}" for k, v in p.items() if k in ("phase", "table"))
        print(f"  {name:45s} fork means {' '.join(f'{m:,.0f}' for m in means)}  fork-mean CV {st.stdev(means)/st.mean(means)*100:4.1f} %"
              f"  within-fork CV median {st.median(within)*100:4.1f} %")
