#!/usr/bin/env python3
"""Per variant and group: rows, median deciding half-width, within ±5 %, rows by fork or adjusted, A/A flags (of them
pooled), planted 10 % flagged; the nightly33 group is the check and is left out of the total.
Rows are read by ../nightly-aa-20261205/shape/summarize.py. Usage: summ.py /tmp/pool"""
import glob, os, statistics as st, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "nightly-aa-20261205", "shape"))
from summarize import rows

GROUPS = ["2x5", "3x3", "3x5", "full", "nightly25", "nightly33"]
CHECK = "nightly33"


def line(variant, group, aa, pl):
    hws = [r[1] for r in aa]
    flags = [r for r in aa if r[2] in ("SLOWER", "FASTER")]
    print("| %s | %s | %d | ±%.1f %% | %d | %d | %d (%d) | %d of %d |" % (
        variant, group + (" (check)" if group == CHECK else ""), len(aa), st.median(hws), sum(h <= 5 for h in hws),
        sum(r[4] for r in aa), len(flags), sum(not r[4] for r in flags), sum(r[2] == "SLOWER" for r in pl), len(pl)))
    return len(aa), len(flags), sum(not r[4] for r in flags)


root = sys.argv[1]
print("| variant | group | rows | median half-width | within ±5 % | by fork or adjusted | A/A flags (pooled) | planted 10 % flagged |")
print("|---|---|--:|--:|--:|--:|--:|--:|")
for v in sorted(os.listdir(root)):
    tot = [0, 0, 0]
    for g in GROUPS:
        aa, pl = [], []
        for p in glob.glob(f"{root}/{v}/{g}/reports/compare_*.md"):
            (pl if p.endswith("_planted1.100.md") else aa).extend(rows(p))
        if not aa:
            continue
        counts = line(v, g, aa, pl)
        if g != CHECK:
            tot = [a + b for a, b in zip(tot, counts)]
    print("| %s | all | %d | | | | %d (%d) = %.1f %% | |" % (v, tot[0], tot[1], tot[2], 100.0 * tot[1] / tot[0]))
