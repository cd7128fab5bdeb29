import json, math, sys, glob, statistics as st
runs = sys.argv[1:]
data = {}  # key -> list of (run, logtime_mean_over_forks, logcanary_mean, nforks)
for r in runs:
    for e in json.load(open(r)):
        if 'canary' not in e: continue
        key = e['benchmark'].split('.')[-2] + '.' + e['benchmark'].split('.')[-1] + ' ' + ','.join(f"{k}={v}" for k,v in sorted(e.get('params',{}).items()))
        raw = e['primaryMetric']['rawData']
        fm = [st.mean(math.log(x) for x in f) for f in raw]
        cm = [math.log(c) for c in e['canary']['cpuMillis'] if c is not None]
        data.setdefault(key, []).append((r.split('/')[-1][:16], st.mean(fm), st.mean(cm), len(raw), fm, cm))
print("runs:", [r.split('/')[-1] for r in runs])
rows=[]
for k, pts in sorted(data.items()):
    if len(pts) < 3: continue
    xs = [p[2] for p in pts]; ys = [p[1] for p in pts]
    mx, my = st.mean(xs), st.mean(ys)
    sxx = sum((x-mx)**2 for x in xs); sxy = sum((x-mx)*(y-my) for x,y in zip(xs,ys))
    b = sxy/sxx
    res = [y-my-b*(x-mx) for x,y in zip(xs,ys)]
    se = math.sqrt(sum(r*r for r in res)/(len(xs)-2)/sxx) if len(xs)>2 else float('nan')
    sd_raw = st.stdev(ys); sd_res = math.sqrt(sum(r*r for r in res)/(len(xs)-2))
    # within-run slope: fork-level deviations
    wxx=wxy=0
    for p in pts:
        fm, cm = p[4], p[5]
        if len(fm)!=len(cm): continue
        a, c = st.mean(fm), st.mean(cm)
        wxx += sum((x-c)**2 for x in cm); wxy += sum((x-c)*(y-a) for x,y in zip(cm,fm))
    wb = wxy/wxx if wxx else float('nan')
    rows.append((k,b,se,sd_raw,sd_res,wb,pts[0][3]))
    print(f"{k:75s} forks={pts[0][3]} between-run slope {b:5.2f} ±{se:4.2f}  run-to-run sd {100*sd_raw:5.1f}% -> {100*sd_res:5.1f}% after  within-run slope {wb:5.2f}")
print("canary per run:", [(p[0], round(math.exp(p[2]),2)) for p in next(iter(data.values()))])
