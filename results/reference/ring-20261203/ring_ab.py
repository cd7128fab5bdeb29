"""Interleaved A/B of the ring size from time-stamped jmh:run logs (one fork per row per run).
Per row: each side's fork means (mean of the measured iterations), their ratio (2 / 8) with a 99 % Welch
interval on the logs, and each side's fork wall time. Usage: python3 ring_ab.py run*-ring*.log"""
import math
import re
import statistics
import sys

from scipy import stats

rows = {}
for path in sys.argv[1:]:
    side = re.search(r"ring(\d+)", path.split("/")[-1]).group(1)
    key = start = None
    measured = []
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*([\d.]+) (.*)", line)
        if not m:
            continue
        t, text = float(m.group(1)), m.group(2)
        if text.startswith("# Parameters: "):
            p = dict(re.findall(r"(\w+) = (\w+)", text))
            key = p.get("importer") or p.get("hop") or "export"
        if text.startswith("# Fork: 1 of 1"):
            start, measured = t, []
        i = re.match(r"Iteration\s+(\d+): ([\d.]+) us/op", text)
        if i:
            measured.append(float(i.group(2)))
            if i.group(1) == "5":
                rows.setdefault(key, {}).setdefault(side, []).append((statistics.mean(measured), t - start))
for key, sides in sorted(rows.items()):
    a = [math.log(m) for m, _ in sides["8"]]
    b = [math.log(m) for m, _ in sides["2"]]
    diff = statistics.mean(b) - statistics.mean(a)
    va, vb = statistics.variance(a) / len(a), statistics.variance(b) / len(b)
    se = math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    q = stats.t.ppf(0.995, df)
    p = 2 * stats.t.sf(abs(diff / se), df)
    wall8 = statistics.mean(w for _, w in sides["8"])
    wall2 = statistics.mean(w for _, w in sides["2"])
    print(f"{key:14s} ring 2 / ring 8: {math.exp(diff):.3f} [99 % {math.exp(diff - q * se):.3f}, {math.exp(diff + q * se):.3f}]"
          f" p {p:.2f}, forks {len(b)}/{len(a)}; means ring 8: {', '.join('%.0f' % m for m, _ in sides['8'])};"
          f" ring 2: {', '.join('%.0f' % m for m, _ in sides['2'])}; fork wall {wall8:.1f} -> {wall2:.1f} s")
