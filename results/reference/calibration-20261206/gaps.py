#!/usr/bin/env python3
"""Wall time of a run from its timestamped log (each line "<epoch seconds> <text>"): total, time inside forks
(from each "# Fork:" line to the next fork or the row's result), outside, and the starts of JMH. Usage: gaps.py LOG[.gz] ..."""
import re,gzip,sys
def parse(path):
    op=gzip.open if path.endswith('.gz') else open
    lines=op(path,'rt').read().splitlines()
    first=last=None; forks=0.0; cur=None; n=0; starts=0
    for l in lines:
        m=re.match(r'([0-9.]+) (.*)',l)
        if not m: continue
        t=float(m.group(1)); s=m.group(2)
        if first is None: first=t
        last=t
        if s.startswith('# Run progress: 0.00%'): starts+=1
        if s.startswith('# Fork: '):
            if cur is not None: forks+=t-cur
            cur=t; n+=1
        if (s.startswith('Result "') or s.startswith('# Run complete')) and cur is not None:
            forks+=t-cur; cur=None
    return last-first, forks, n, starts
for p in sys.argv[1:]:
    w,f,n,s=parse(p)
    print("%-60s wall %.1f min, forks %d take %.1f min, outside forks %.1f min, JMH starts %d" % (p[-60:],w/60,n,f/60,(w-f)/60,s))
