#!/usr/bin/env python3
"""Where a nightly's fork time goes: per row, the mean wall time of its forks (from the time-stamped log: a fork runs
from its "# Fork:" line to the next fork or result line) and, for the writes (SingleShotTime, ms/op), the part of it
that is timed (7 iterations x the row's score: 2 warm-up + 5 measured). The rest is the fork's start, the source's
load, and every iteration's untimed set-up and read-back check.
Usage: python3 forktime.py ROW-ORDER-LOG.gz RESULTS.json   (a row-order run: a row's forks are consecutive)"""
import gzip,re,sys,json
log=sys.argv[1]; res=json.load(open(sys.argv[2]))
score={}
for r in res:
    p=r['params']; key=(r['benchmark'].split('.')[-2], p.get('table'), p.get('codec') or p.get('phase') or p.get('importer') or p.get('hop') or '', p.get('batchRows'))
    score[key]=r['primaryMetric']['score'], r['primaryMetric']['scoreUnit']
cur=None; start=None; rows={}
for line in gzip.open(log,'rt'):
    t,_,rest=line.partition(' ')
    try: t=float(t)
    except: continue
    if rest.startswith('# Benchmark:'): bench=rest.split('.')[-2]
    elif rest.startswith('# Parameters:'):
        p=dict(kv.strip().split(' = ') for kv in rest[rest.index('(')+1:rest.rindex(')')].split(','))
        key=(bench,p.get('table'),p.get('codec') or p.get('phase') or p.get('importer') or p.get('hop') or '',p.get('batchRows'))
    elif rest.startswith('# Fork:') or rest.startswith('Result "'):
        if start is not None: rows.setdefault(cur,[]).append(t-start); start=None
        if rest.startswith('# Fork:'): cur=key; start=t
tot=0; timed=0
for k,v in sorted(rows.items()):
    s,u=score.get(k,(0,''))
    it = 7 if u=='ms/op' else 0
    tm = s/1000*it*len(v) if u=='ms/op' else 0
    tot+=sum(v); timed+=tm
    print('%-30s %-9s %-14s %8s forks=%d fork_s=%6.1f timed7_s=%6.1f' % (k[0][:30],k[1],k[2],k[3],len(v),sum(v)/len(v), tm/len(v)))
print('total fork s %.0f, of which timed writes (7 it) %.0f'%(tot,timed))
