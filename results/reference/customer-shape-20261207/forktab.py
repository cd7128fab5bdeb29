#!/usr/bin/env python3
import gzip,sys,re,collections
# fork seconds by (class, table) from a time-stamped jmh:run log: '# Fork:' to the row's 'Result' line
for path in sys.argv[1:]:
    op=gzip.open if path.endswith('.gz') else open
    cur=None; bench=None; start=None; tot=collections.defaultdict(float); n=collections.Counter()
    for line in op(path,'rt',errors='replace'):
        parts=line.split(' ',1)
        if len(parts)<2: continue
        try: t=float(parts[0])
        except: continue
        s=parts[1]
        if s.startswith('# Benchmark: '): bench=s.split('.')[-2]
        m=re.search(r'table = (\w+)',s)
        if s.startswith('# Parameters:') and m: cur=m.group(1)
        if s.startswith('# Fork:'): start=t
        if (s.startswith('Result "') or s.startswith('# Run progress')) and start is not None:
            tot[(bench,cur)]+=t-start; n[(bench,cur)]+=1; start=None
    bt=collections.defaultdict(float)
    for (b,tb),v in tot.items():
        if 'CData' not in b and 'Tpch' not in b: bt[tb]+=v
    print(path.split('/')[-1], {k:round(v) for k,v in bt.items()}, 'forks', sum(n[k] for k in n if 'CData' not in k[0] and 'Tpch' not in k[0]))
