#!/usr/bin/env python3
"""Per design (k forks x m iterations), from jmh:compare's Markdown reports of the cut A/As: every row's deciding
99 % half-width (the adjusted one where the verdict says so), A/A flags, planted 10 % flagged.
Usage: summarize.py out/<design>/reports/compare_*.md ..."""
import collections, re, statistics as st, sys


def rows(path):
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 10 or cells[0] in ("benchmark",) or not re.search(r"\.\w+$", cells[0]):
            continue
        verdict = cells[9]
        plain = re.match(r"±([\d.,]+)%", cells[7])
        adj = re.search(r"±([\d.,]+)%", cells[8])
        if not plain:
            continue
        adjusted = "adjusted for the canary" in verdict
        hw = float((adj if adjusted else plain).group(1).replace(",", ""))
        yield cells[0] + " " + cells[1], hw, verdict.split(" ")[0], adjusted, "by fork" in cells[7] or adjusted


def main():
    table = collections.defaultdict(lambda: collections.defaultdict(list))
    for path in sys.argv[1:]:
        design = re.search(r"_(\dx\d)r\d-", path).group(1)
        kind = "planted" if path.endswith("_planted1.100.md") else "A/A"
        for row, hw, verdict, adjusted, _ in rows(path):
            table[design][kind].append((row, hw, verdict, adjusted))

    print("| design | cut A/As (rows) | deciding half-width, median (range) | rows within ±5 % | adjusted | A/A flags | planted 10 % flagged |")
    print("|---|--:|---|--:|--:|--:|--:|")
    for design in sorted(table):
        aa, pl = table[design]["A/A"], table[design]["planted"]
        hws = [r[1] for r in aa]
        print("| %s | %d | ±%.1f %% (±%.1f-%.1f) | %d | %d | %d | %d of %d |" % (
            design, len(aa), st.median(hws), min(hws), max(hws), sum(h <= 5 for h in hws), sum(r[3] for r in aa),
            sum(r[2] in ("SLOWER", "FASTER") for r in aa), sum(r[2] == "SLOWER" for r in pl), len(pl)))


if __name__ == "__main__":
    main()
