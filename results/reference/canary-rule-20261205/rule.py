#!/usr/bin/env python3
"""A candidate rule for the canary-adjusted interval, applied to jmh:compare reports: the adjusted interval and
verdict decide a row only when the unadjusted comparison was by fork (the forks differed beyond their iterations)
and the row could be adjusted; otherwise the unadjusted ones. Per report: every row's unadjusted, adjusted and
ruled half-width and verdict; then totals per kind of report (A/A, planted 1.10, planted 1.05).
Usage: rule.py compare_*.md"""
import re, statistics as st, sys
from collections import defaultdict

totals = defaultdict(lambda: defaultdict(list))
for path in sys.argv[1:]:
    kind = re.search(r"_planted([\d.]+)\.md$", path)
    kind = "planted " + kind.group(1) if kind else "A/A"
    for line in open(path):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 10 or not re.search(r"\.\w+$", cells[0]) or cells[0] == "benchmark":
            continue
        plain_m = re.match(r"±([\d.]+)%( by fork)?", cells[7])
        if not plain_m:
            continue
        plain_hw, by_fork = float(plain_m.group(1)), bool(plain_m.group(2))
        # The unadjusted verdict from its own columns (the verdict column may be the adjusted one's): RunComparator's rule.
        ratio, p = float(cells[4].split(" ")[0]), float(cells[6].lstrip("<"))
        flagged = p < 0.01 and abs(ratio - 1) >= 0.05
        plain_v = ("SLOWER" if ratio > 1 else "FASTER") if flagged else ("NO_CHANGE" if plain_hw <= 5 else "INCONCLUSIVE")
        adj_m = re.search(r"±([\d.]+)% (\w+)", cells[8])
        ruled = (float(adj_m.group(1)), adj_m.group(2)) if (adj_m and by_fork) else (plain_hw, plain_v)
        t = totals[kind]
        t["plain"].append((plain_hw, plain_v))
        t["adjusted"].append((float(adj_m.group(1)), adj_m.group(2)) if adj_m else (plain_hw, plain_v))
        t["ruled"].append(ruled)
        if kind == "A/A":
            print(f"{cells[0][:30]:30s} {cells[1][:70]:70s} ±{plain_hw:5.1f}{' F' if by_fork else '  '} "
                  f"adj {cells[8][-30:]:>30s} -> ruled ±{ruled[0]:5.1f} {ruled[1]}")
for kind, t in totals.items():
    print(f"\n{kind}: {len(t['plain'])} rows")
    for way in ("plain", "adjusted", "ruled"):
        hws, vs = [h for h, _ in t[way]], [v for _, v in t[way]]
        flagged = sum(v in ("SLOWER", "FASTER") for v in vs)
        print(f"  {way:8s} median ±{st.median(hws):5.2f} %, could see 5 % in {sum(h <= 5 for h in hws):2d}, "
              f"FASTER or SLOWER in {flagged:2d}")
