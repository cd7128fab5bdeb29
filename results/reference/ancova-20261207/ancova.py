import json, math, sys, statistics as st
from scipy import stats
def load(p):
    d={}
    for e in json.load(open(p)):
        if 'canary' not in e: continue
        k=e['benchmark'].split('.')[-2]+' '+','.join(f"{v}" for kk,v in sorted(e.get('params',{}).items()) if kk not in('scaleFactor','ringBatches','maxRowsPerFile','storageVersion'))
        fm=[st.mean(math.log(x) for x in f) for f in e['primaryMetric']['rawData']]
        cm=[math.log(c) for c in e['canary']['cpuMillis']]
        d[k]=(fm,cm)
    return d
B=load(sys.argv[1]); C=load(sys.argv[2]); alpha=0.01
for k in B:
    if k not in C: continue
    yb,cb=B[k]; yc,cc=C[k]
    if len(yb)<3: continue
    def cp(x,y): mx,my=st.mean(x),st.mean(y); return sum((a-mx)*(b-my) for a,b in zip(x,y))
    sxx=cp(cb,cb)+cp(cc,cc); b=(cp(cb,yb)+cp(cc,yc))/sxx
    cm=st.mean(cb+cc)
    mb=[y-b*(c-cm) for y,c in zip(yb,cb)]; mc=[y-b*(c-cm) for y,c in zip(yc,cc)]
    d=st.mean(mc)-st.mean(mb)
    vb=st.variance(mb)/len(mb); vc=st.variance(mc)/len(mc)
    df=(vb+vc)**2/(vb*vb/(len(mb)-1)+vc*vc/(len(mc)-1))-1
    hw=stats.t.ppf(1-alpha/2,df)*math.sqrt(vb+vc)
    # classical ANCOVA: pooled residual variance, df=n-3, slope term
    n=len(yb)+len(yc)
    rss=sum((y-st.mean(yb)-b*(c-st.mean(cb)))**2 for y,c in zip(yb,cb))+sum((y-st.mean(yc)-b*(c-st.mean(cc)))**2 for y,c in zip(yc,cc))
    s2=rss/(n-3)
    dc=st.mean(cc)-st.mean(cb)
    d2=(st.mean(yc)-st.mean(yb))-b*dc
    se2=math.sqrt(s2*(1/len(yb)+1/len(yc)+dc*dc/sxx))
    hw2=stats.t.ppf(1-alpha/2,n-3)*se2
    print(f"{k:45s} canary {math.exp(dc):.3f} slope {b:5.2f}  moved-Welch {math.exp(d):.3f} ±{100*(math.exp(hw)-1):5.1f}%   ANCOVA {math.exp(d2):.3f} ±{100*(math.exp(hw2)-1):6.1f}%  (drift term share of var {dc*dc/sxx/(1/len(yb)+1/len(yc)+dc*dc/sxx):.2f})")
