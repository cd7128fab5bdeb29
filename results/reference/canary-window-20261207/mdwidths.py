#!/usr/bin/env python3
"""Per row of a comparison's Markdown report: deciding half-width, adjusted or not, unadjusted width, verdict.
Usage: mdwidths.py REPORT.md [ROW_REGEX]"""
import re, statistics, sys
pat = re.compile(sys.argv[2] if len(sys.argv) > 2 else '.')
rows = []
for line in open(sys.argv[1]):
    if not re.match(r'^\| [A-Z]\w+Benchmark\.', line): continue
    c = [x.strip() for x in line.strip().strip('|').split('|')]
    name = c[0] + ' ' + c[1]
    if not pat.search(name): continue
    unadj = float(re.search(r'±([\d,.]+)%', c[7]).group(1).replace(',', ''))
    adjusted = not c[8].startswith('not adjusted')
    v = c[9]
    if 'could see' in v: d = float(re.search(r'±([\d,.]+)%', v).group(1).replace(',', ''))
    elif 'adjusted for the canary' in v: d = float(re.search(r'±([\d,.]+)%', c[8]).group(1).replace(',', ''))
    else: d = unadj
    rows.append((name, d, adjusted, unadj, v.split(' ')[0], c[8][:60]))
for r in rows: print('%-110s deciding ±%6.1f adj=%d unadj ±%6.1f %s | %s' % r)
print('%d rows: median deciding ±%.1f %%, adjusted %d, flags %d' % (len(rows), statistics.median(r[1] for r in rows),
      sum(r[2] for r in rows), sum(r[4] in ('SLOWER', 'FASTER') for r in rows)))
