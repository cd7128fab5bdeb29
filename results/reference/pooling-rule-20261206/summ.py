#!/usr/bin/env python3
"""Per variant and group: rows, median deciding half-width, within ±5 %, A/A flags (of them pooled), pooled rows,
planted 10 % flagged. Usage: summ.py /tmp/pool"""
import glob, os, re, statistics as st, sys
root = sys.argv[1]
def rows(path):
    for line in open(path, encoding="utf-8"):
        c = [x.strip() for x in line.strip().strip("|").split("|")]
        if len(c) < 10 or c[0] == "benchmark" or not re.search(r"\.\w+$", c[0]):
            continue
        plain = re.match(r"±([\d.,]+)%", c[7])
        if not plain:
            continue
        adjusted = "adjusted for the canary" in c[9]
        adj = re.search(r"±([\d.,]+)%", c[8])
        hw = float((adj if adjusted else plain).group(1).replace(",", ""))
        yield c[0] + " " + c[1], hw, c[9].split(" ")[0], adjusted, ("by fork" in c[7]) or adjusted
print("| variant | group | rows | median half-width | within ±5 % | by fork or adjusted | A/A flags (pooled) | planted 10 % flagged |")
print("|---|---|--:|--:|--:|--:|--:|--:|")
for v in sorted(os.listdir(root)):
    tot = [0, 0, 0]
    for g in ["2x5", "3x3", "3x5", "full", "nightly25", "nightly33"]:
        aa, pl = [], []
        for p in glob.glob(f"{root}/{v}/{g}/reports/compare_*.md"):
            (pl if p.endswith("_planted1.100.md") else aa).extend(rows(p))
        if not aa:
            continue
        hws = [r[1] for r in aa]
        flags = [r for r in aa if r[2] in ("SLOWER", "FASTER")]
        if g == "nightly33":  # the check, not counted in the choice
            print("| %s | %s (check) | %d | ±%.1f %% | %d | %d | %d (%d) | %d of %d |" % (v, g, len(aa), st.median(hws),
                  sum(h <= 5 for h in hws), sum(r[4] for r in aa), len(flags), sum(not r[4] for r in flags),
                  sum(r[2] == "SLOWER" for r in pl), len(pl)))
            continue
        tot[0] += len(aa); tot[1] += len(flags); tot[2] += sum(not r[4] for r in flags)
        print("| %s | %s | %d | ±%.1f %% | %d | %d | %d (%d) | %d of %d |" % (v, g, len(aa), st.median(hws),
              sum(h <= 5 for h in hws), sum(r[4] for r in aa), len(flags), sum(not r[4] for r in flags),
              sum(r[2] == "SLOWER" for r in pl), len(pl)))
    print("| %s | all | %d | | | | %d (%d) = %.1f %% | |" % (v, tot[0], tot[1], tot[2], 100.0 * tot[1] / tot[0]))
