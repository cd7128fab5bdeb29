#!/usr/bin/env python3
"""The nightly A/A per row: deciding 99 % half-width, A/A verdict, verdict with a planted 10 % slowdown.
Usage: rows.py compare_<pair>.md compare_<pair>_planted1.100.md"""
import re, sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/shape" if "/" in __file__ else "shape")
from summarize import rows
aa = {r[0]: r for r in rows(sys.argv[1])}
pl = {r[0]: r for r in rows(sys.argv[2])}
print("| row | deciding half-width | A/A | planted 10 % |")
print("|---|--:|---|---|")
for key, (row, hw, verdict, adjusted, _) in aa.items():
    short = re.sub(r"(scaleFactor|ringBatches|maxRowsPerFile|storageVersion)=\S+ ?", "", row)
    if not short.startswith("CData"):
        short = short.replace("batchRows=65536 ", "")
    print("| %s | ±%.1f %%%s | %s | %s |" % (short.strip(), hw, " (canary)" if adjusted else "", verdict, pl[key][2]))
