#!/usr/bin/env python3
"""Per row of the cut A/As: the median deciding half-width by design (replicates of the same stored A/A).
Usage: perrow.py out/*/reports/compare_*.md"""
import collections, re, statistics as st, sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from summarize import rows
cells = collections.defaultdict(lambda: collections.defaultdict(list))
for path in sys.argv[1:]:
    if path.endswith("_planted1.100.md"):
        continue
    design = re.search(r"_(\dx\d)r\d-", path).group(1)
    source = re.search(r"r\d-(aa6-[\w-]+?)-candidate", path).group(1)
    for row, hw, verdict, adjusted, _ in rows(path):
        key = source + " " + re.sub(r"(scaleFactor|ringBatches|maxRowsPerFile|storageVersion|batchRows)=\S+ ?", "", row)
        cells[key][design].append(hw)
designs = sorted({d for v in cells.values() for d in v})
print("| row (source A/A) | " + " | ".join(designs) + " |")
print("|---|" + "--:|" * len(designs))
better = 0
for key in sorted(cells):
    med = {d: st.median(cells[key][d]) for d in designs}
    better += med["3x3"] < med["2x5"]
    print("| %s | %s |" % (key, " | ".join("±%.1f" % med[d] for d in designs)))
print("\nrows where 3x3's median half-width < 2x5's: %d of %d" % (better, len(cells)))
