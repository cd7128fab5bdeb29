#!/usr/bin/env python3
"""Copies a run of the experiment branch with main's canary readings (measured iterations only, recorded as
canaryMeasuredOnly) in place of the stretched ones, so that compare_stored reads the same forks by main's rule.
Usage: measured-only.py RUN.json OUT_DIR (the .meta.json beside RUN.json is copied too)."""
import json, os, shutil, sys

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
entries = json.load(open(src))
for entry in entries:
    entry['canary'] = entry.pop('canaryMeasuredOnly')
json.dump(entries, open(os.path.join(out, os.path.basename(src)), 'w'), indent=2)
meta = src[:-len('.json')] + '.meta.json'
shutil.copy(meta, out)
