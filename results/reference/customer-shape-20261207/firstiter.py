import json,sys,statistics as st
# per fork: first measured iteration / median of the others, for single-shot rows of a table
table=sys.argv[1]
for f in sys.argv[2:]:
    d=json.load(open(f)); rs=[]; cv=[]
    for r in d:
        p=r.get('params',{})
        if p.get('table')!=table or 'ringBatches' in p or 'TpchGenerate' in r['benchmark']: continue
        raw=r['primaryMetric']['rawData']
        for fk in raw:
            rs.append(fk[0]/st.median(fk[1:]))
        means=[st.mean(fk) for fk in raw]
        cv.append(st.stdev(means)/st.mean(means)*100)
    print(f.split('/')[-1], 'forks',len(rs),'first/median(rest) median %.3f'%st.median(rs), 'p90 %.3f'%sorted(rs)[int(.9*len(rs))], '| rows',len(cv),'median CV of fork means %.2f %%'%st.median(cv))
