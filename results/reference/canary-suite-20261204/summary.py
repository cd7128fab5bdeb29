#!/usr/bin/env python3
"""The README's totals over the A/A comparisons here (compare_*.md without _planted): per row the unadjusted and the
canary-adjusted half-width, how many rows each could see 5 % in, how many the adjustment narrowed, the medians."""
import glob, re, statistics as st

plain, adjusted = [], []
for path in sorted(glob.glob("compare_*.md")):
    if "_planted" in path:
        continue
    for line in open(path):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 10 or not cells[0].endswith(("Table", "Batch", "pipeline", "generateTable")):
            continue
        p = float(re.match(r"±([\d.]+)%", cells[7]).group(1))
        a = float(re.search(r"±([\d.]+)%", cells[8]).group(1))
        print(f"{path[8:40]} {cells[0]:40s} {cells[1][:60]:60s} ±{p:5.1f} % -> ±{a:5.1f} %")
        plain.append(p)
        adjusted.append(a)
print(f"{len(plain)} rows: narrower adjusted in {sum(a < p for p, a in zip(plain, adjusted))}; "
      f"could see 5 %: {sum(p <= 5 for p in plain)} unadjusted, {sum(a <= 5 for a in adjusted)} adjusted; "
      f"median ±{st.median(plain):.2f} -> ±{st.median(adjusted):.2f} %")
