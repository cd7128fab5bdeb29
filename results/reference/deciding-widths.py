#!/usr/bin/env python3
"""The median half-width of the intervals that decided the rows' verdicts in a comparison's text report (CompareMain's
stdout): per row the verdict's own "could see" when INCONCLUSIVE, else the adjusted column's when the canary decided,
else the unadjusted "detectable" column's. Usage: deciding-widths.py REPORT.txt [ROW_REGEX] (default: every row)."""
import re, statistics, sys

pattern = re.compile(sys.argv[2] if len(sys.argv) > 2 else r'^[A-Z]\w+Benchmark\.')
widths = []
for line in open(sys.argv[1]):
    if not re.match(r'^[A-Z]\w+Benchmark\.', line) or not pattern.match(line):
        continue
    cells = re.split(r'\s{2,}', line.strip())
    verdict = cells[-1]
    if 'could see' in verdict:
        cell = verdict
    elif 'adjusted for the canary' in verdict:
        cell = cells[-2]
    else:
        cell = next(c for c in cells if re.match(r'^±[\d,.]+%', c))
    widths.append(float(re.search(r'±([\d,.]+)%', cell).group(1).replace(',', '')))
print('%d rows: median ±%.1f %%' % (len(widths), statistics.median(widths)))
