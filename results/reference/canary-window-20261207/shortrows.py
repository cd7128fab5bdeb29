#!/usr/bin/env python3
"""The nightly pair's rows that main's rule (measured iterations only) certainly leaves unadjusted: a first fork with
fewer than 3 samples in either run (the experiment's field reached the stored runs for each row's first fork only).
For them, main's rule decides by the unadjusted interval; prints it beside the stretched rule's deciding one.
Usage: shortrows.py RUN1.json RUN2.json REPORT.md"""
import json, statistics, sys
from mdrows import key, rows

short = set()
for run in sys.argv[1:3]:
    for e in json.load(open(run)):
        if e['canaryMeasuredOnly']['samples'][0] < 3:
            short.add(key(e['benchmark'], e.get('params', {})))
stretched, main, narrower, adjusted = [], [], 0, 0
for r in rows(sys.argv[3]):
    k = key(r.benchmark, r.params)
    if k not in short:
        continue
    if r.adjusted is not None:
        adjusted += 1
        narrower += r.adjusted < r.unadjusted
    stretched.append(r.deciding)
    main.append(r.unadjusted)
    print('%-100s stretched ±%6.1f  main (unadjusted) ±%6.1f  %s' % (k[:100], r.deciding, r.unadjusted, r.verdict))
print('%d rows: median deciding ±%.1f %% (stretched) against ±%.1f %% (main\'s rule); adjusted %d, narrower than '
      'unadjusted in %d of them' % (len(stretched), statistics.median(stretched), statistics.median(main), adjusted, narrower))
