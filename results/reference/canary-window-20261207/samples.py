#!/usr/bin/env python3
"""Canary samples per fork by both rules, for the rows whose measured windows held fewer than 3 in some fork.
Usage: samples.py RUN.json"""
import json, sys

for e in json.load(open(sys.argv[1])):
    old, new = e['canaryMeasuredOnly']['samples'], e['canary']['samples']
    if min(old) < 3:
        params = ' '.join('%s=%s' % kv for kv in sorted(e.get('params', {}).items()) if kv[0] in ('table', 'codec', 'phase', 'batchRows', 'importer'))
        print('%-40s %-60s measured only %-12s stretched %s' % (e['benchmark'].split('.')[-2], params, old, new))
