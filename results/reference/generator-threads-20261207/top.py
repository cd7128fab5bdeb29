import sys,collections
c=collections.Counter(); leaf=collections.Counter(); tot=0
for f in sys.argv[1:]:
  for line in open(f):
    stack,_,n=line.rstrip().rpartition(" ")
    fr=stack.split(";")
    if not fr[0].startswith("[tpch-lineitem"): continue
    n=int(n); tot+=n
    leaf[fr[-1]]+=n
    for x in set(fr[1:]): c[x]+=n
print("total",tot)
for k,v in leaf.most_common(15): print("leaf %5.1f%% %s"%(100*v/tot,k[:150]))
for k,v in c.most_common(40): print("incl %5.1f%% %s"%(100*v/tot,k[:150]))
