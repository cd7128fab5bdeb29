"""Two runs' wall time by segment, from their time-stamped logs: python3 segments.py before.log after.log"""
import collections
import re
import subprocess
import sys


def segment(row):
    rows = re.search(r"batchRows = (\d+)", row).group(1)
    if row.startswith("CDataHop"):
        return "hop at %s rows" % rows
    if row.startswith("CData"):
        return "per-batch C Data at %s rows" % rows
    if row.startswith("TpchGenerate"):
        return "generator"
    return "writes"


def totals(log):
    out = subprocess.run([sys.executable, "nightly-time.py", log], capture_output=True, text=True, check=True).stdout
    seg = collections.defaultdict(lambda: [0, 0.0])
    for line in out.splitlines()[1:]:
        if line.startswith("total"):
            continue
        parts = line.split()
        name = line[:62].strip()
        seg[segment(name)][0] += int(parts[-6])
        seg[segment(name)][1] += float(parts[-5])
    return seg


a, b = totals(sys.argv[1]), totals(sys.argv[2])
print("| segment | forks | before (min) | after (min) | after / before |")
print("|---|--:|--:|--:|--:|")
for key in sorted(set(a) | set(b)):
    print("| %s | %d | %.1f | %.1f | %.2f |" % (key, b[key][0], a[key][1] / 60, b[key][1] / 60, b[key][1] / a[key][1]))
print("| all | %d | %.1f | %.1f | %.2f |" % (sum(v[0] for v in b.values()), sum(v[1] for v in a.values()) / 60,
                                             sum(v[1] for v in b.values()) / 60,
                                             sum(v[1] for v in b.values()) / sum(v[1] for v in a.values())))
