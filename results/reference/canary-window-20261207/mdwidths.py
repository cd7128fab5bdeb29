#!/usr/bin/env python3
"""Per row of a comparison's Markdown report: deciding half-width, adjusted or not, unadjusted width, verdict.
Usage: mdwidths.py REPORT.md [ROW_REGEX]"""
import re, statistics, sys
from mdrows import rows

pattern = re.compile(sys.argv[2] if len(sys.argv) > 2 else '.')
chosen = [r for r in rows(sys.argv[1]) if pattern.search(r.benchmark + ' ' + ' '.join('%s=%s' % kv for kv in r.params.items()))]
for r in chosen:
    print('%-45s %-70s deciding ±%6.1f adj=%d unadj ±%6.1f %s %s' % (r.benchmark, ' '.join('%s=%s' % kv for kv in r.params.items()),
          r.deciding, r.adjusted is not None, r.unadjusted, r.verdict, r.why_not[:60]))
print('%d rows: median deciding ±%.1f %%, adjusted %d, flags %d' % (len(chosen), statistics.median(r.deciding for r in chosen),
      sum(r.adjusted is not None for r in chosen), sum(r.verdict in ('SLOWER', 'FASTER') for r in chosen)))
